#include "openanswersview.h"

#include "csv/csvcell.h"
#include "dashboardcontroller.h"
#include "groupcolors.h"
#include "models/openanswersmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

// Paints the group column as a coloured chip and marks the search text in the answers.
class OpenAnswersDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString highlight;
    int answerColumn = -1;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.column() == OpenAnswersModel::GroupColumn
            && index.data(OpenAnswersModel::GroupRole).isValid()) {
            QStyleOptionViewItem o = option;
            initStyleOption(&o, index);
            o.text.clear();
            o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
            const auto group = ScoreGroup(index.data(OpenAnswersModel::GroupRole).toInt());
            const QString text = index.data().toString();
            const QFontMetrics m(option.font);
            const QRect chip(option.rect.left() + 4,
                             option.rect.center().y() - m.height() / 2 - 1,
                             m.horizontalAdvance(text) + 14,
                             m.height() + 2);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(GroupColors::of(group));
            painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
            painter->setPen(GroupColors::textOn(group));
            painter->drawText(chip, Qt::AlignCenter, text);
            painter->restore();
            return;
        }
        if (index.column() == answerColumn && !highlight.isEmpty()) {
            QStyleOptionViewItem o = option;
            initStyleOption(&o, index);
            const QString text = o.text;
            o.text.clear();
            o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
            QTextDocument doc;
            doc.setDefaultFont(o.font);
            doc.setTextWidth(o.rect.width() - 6);
            const QString escaped = text.toHtmlEscaped();
            QString html;
            const QString needle = highlight.toHtmlEscaped();
            qsizetype from = 0;
            for (;;) {
                const qsizetype at = escaped.indexOf(needle, from, Qt::CaseInsensitive);
                if (at < 0) {
                    html += escaped.mid(from);
                    break;
                }
                html += escaped.mid(from, at - from)
                        + QStringLiteral("<span style=\"background:#ffe066;color:#000\">")
                        + escaped.mid(at, needle.size()) + QStringLiteral("</span>");
                from = at + needle.size();
            }
            doc.setHtml(html);
            painter->save();
            painter->translate(o.rect.topLeft() + QPoint(3, 2));
            painter->setClipRect(QRect(QPoint(0, 0), o.rect.size() - QSize(3, 2)));
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette.setColor(QPalette::Text,
                                     (o.state & QStyle::State_Selected)
                                         ? o.palette.color(QPalette::HighlightedText)
                                         : o.palette.color(QPalette::Text));
            doc.documentLayout()->draw(painter, context);
            painter->restore();
            return;
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

OpenAnswersView::OpenAnswersView(DashboardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new OpenAnswersModel(this))
    , m_delegate(new OpenAnswersDelegate(this))
    , m_table(new QTableView)
    , m_summary(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Open answers"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    top->addWidget(title);
    top->addSpacing(12);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_summary, 1);
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setToolTip(tr("Save every response of this selection as a CSV file"));
    exportButton->setAutoDefault(false);
    connect(exportButton, &QPushButton::clicked, this, &OpenAnswersView::exportCsv);
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OpenAnswersModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(int(m_table->fontMetrics().height() * 2.4));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_table, 1);

    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &OpenAnswersView::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(controller, &DashboardController::cacheChanged, this, [this] {
        m_model->setCache(m_controller->cache());
    });
    connect(controller, &DashboardController::resultChanged, this, &OpenAnswersView::refresh);
}

void OpenAnswersView::refresh()
{
    if (!(m_model->filter() == m_controller->filter()))
        m_model->setFilter(m_controller->filter());
    m_delegate->highlight = m_controller->filter().text;
    m_delegate->answerColumn = m_model->answerColumn();
    const DashboardResult &r = m_controller->result();
    m_summary->setText(tr("%1 responses · %2 with an answer")
                           .arg(QLocale().toString(qint64(m_model->matchingCount())),
                                QLocale().toString(r.withAnswer)));
    const QFontMetrics m = m_table->fontMetrics();
    m_table->setColumnWidth(OpenAnswersModel::DateColumn,
                            m.horizontalAdvance(QStringLiteral("00-00-0000")) + 24);
    m_table->setColumnWidth(OpenAnswersModel::ScoreColumn, m.horizontalAdvance(tr("Score")) + 28);
    m_table->setColumnWidth(OpenAnswersModel::GroupColumn,
                            m.horizontalAdvance(tr("Detractor")) + 34);
    for (int c = OpenAnswersModel::FirstDimensionColumn; c < m_model->answerColumn(); ++c)
        m_table->setColumnWidth(
            c,
            std::clamp(m.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28,
                       70,
                       160));
    m_table->viewport()->update();
}

void OpenAnswersView::copySelection() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> ordered;
    for (const QModelIndex &i : rows)
        ordered << i.row();
    std::sort(ordered.begin(), ordered.end());
    QStringList lines;
    for (int row : std::as_const(ordered)) {
        QStringList cells;
        // Pasted into a spreadsheet, no cell may run as a formula (CSV injection).
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << CsvCell::tabField(m_model->index(row, c).data().toString());
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void OpenAnswersView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Open Answers"), tr("open-answers.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    Status status = file.open(QIODevice::WriteOnly) ? m_model->writeCsv(&file)
                                                    : Status::failure(file.errorString());
    if (status && !file.commit())
        status = Status::failure(file.errorString());
    if (!status)
        QMessageBox::warning(
            this, tr("Export Open Answers"), tr("Cannot write “%1”: %2").arg(path, status.error()));
}
