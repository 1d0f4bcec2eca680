#include "filtersection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

FilterSection::FilterSection(const QString &title, const QString &toolTip, QWidget *parent)
    : QWidget(parent)
    , m_arrow(new QToolButton)
    , m_title(new QLabel(title))
    , m_badge(new QLabel)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 2, 0, 2);
    m_layout->setSpacing(2);
    auto *header = new QWidget;
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    m_arrow->setArrowType(Qt::RightArrow);
    m_arrow->setAutoRaise(true);
    m_arrow->setFocusPolicy(Qt::TabFocus);
    m_arrow->setAccessibleName(title);
    m_arrow->setToolTip(toolTip);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_title->setToolTip(toolTip);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(80);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_badge->setFont(bold);
    m_badge->setForegroundRole(QPalette::Link);
    m_badge->hide();
    row->addWidget(m_arrow, 0, Qt::AlignTop);
    row->addWidget(m_title, 1);
    row->addWidget(m_badge, 0, Qt::AlignTop);
    m_title->installEventFilter(this);
    header->setCursor(Qt::PointingHandCursor);
    m_layout->addWidget(header);
    connect(m_arrow, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
}

QString FilterSection::title() const
{
    return m_title->text();
}

void FilterSection::setTitle(const QString &title)
{
    m_title->setText(title);
    m_arrow->setAccessibleName(title);
}

void FilterSection::setContentFactory(std::function<QWidget *()> factory)
{
    m_factory = std::move(factory);
}

void FilterSection::setExpanded(bool expanded)
{
    if (expanded && !m_content && m_factory) {
        m_content = m_factory();
        m_layout->addWidget(m_content);
    }
    m_arrow->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_content)
        m_content->setVisible(expanded);
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    emit expandedChanged(expanded);
}

void FilterSection::setBadge(const QString &text)
{
    m_badge->setText(text);
    m_badge->setVisible(!text.isEmpty());
}

bool FilterSection::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        setExpanded(!m_expanded);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
