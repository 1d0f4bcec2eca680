#include "themesplitdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ThemeSplitDialog::ThemeSplitDialog(const Theme &theme,
                                   std::function<qint64(const QList<ThemeKeyword> &)> countOf,
                                   QWidget *parent)
    : QDialog(parent)
    , m_theme(theme)
    , m_countOf(std::move(countOf))
    , m_keywords(new QListWidget)
    , m_label(new QLineEdit)
    , m_count(new QLabel)
{
    setWindowTitle(tr("Split “%1”").arg(theme.label));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Tick the keywords that leave “%1” for a new theme; the others stay.").arg(theme.label));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const ThemeKeyword &k : theme.keywords) {
        auto *item = new QListWidgetItem(k.text, m_keywords);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_keywords, 1);
    auto *form = new QFormLayout;
    m_label->setPlaceholderText(tr("The new theme's name"));
    form->addRow(tr("New theme:"), m_label);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setWordWrap(true);
    form->addRow(QString(), m_count);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Split"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keywords, &QListWidget::itemChanged, this, &ThemeSplitDialog::update);
    connect(m_label, &QLineEdit::textEdited, this, [this] { m_labelEdited = true; });
    connect(m_label, &QLineEdit::textChanged, this, &ThemeSplitDialog::update);
    update();
    resize(420, 380);
}

QList<ThemeKeyword> ThemeSplitDialog::moved() const
{
    QList<ThemeKeyword> keywords;
    for (int i = 0; i < m_keywords->count() && i < m_theme.keywords.size(); ++i) {
        if (m_keywords->item(i)->checkState() == Qt::Checked)
            keywords << m_theme.keywords.at(i);
    }
    return keywords;
}

QString ThemeSplitDialog::label() const
{
    return m_label->text().simplified();
}

void ThemeSplitDialog::update()
{
    const QList<ThemeKeyword> keywords = moved();
    // The new theme is named after its first keyword until the analyst names it.
    if (!m_labelEdited) {
        const QSignalBlocker blocker(m_label);
        m_label->setText(keywords.isEmpty() ? QString() : keywords.constFirst().text);
    }
    const bool all = keywords.size() == m_theme.keywords.size();
    if (keywords.isEmpty())
        m_count->setText(tr("Tick at least one keyword."));
    else if (all)
        m_count->setText(tr("At least one keyword must stay with “%1”.").arg(m_theme.label));
    else
        m_count->setText(
            tr("The new theme finds %n responses.", nullptr, int(m_countOf(keywords))));
    m_ok->setEnabled(!keywords.isEmpty() && !all && !label().isEmpty());
}
