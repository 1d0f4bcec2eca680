#include "codebookeditor.h"

#include "metrics/themeanalysis.h"
#include "text/answerthemes.h"
#include "themesplitdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QList<ThemeKeyword> parseKeywords(const QString &text, const QList<ThemeKeyword> &existing)
{
    QList<ThemeKeyword> keywords;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString word = part.simplified();
        if (word.isEmpty())
            continue;
        // A keyword kept as it was keeps its language and kind.
        const auto same = std::find_if(existing.begin(),
                                       existing.end(),
                                       [&word](const ThemeKeyword &k) { return k.text == word; });
        keywords.append(same != existing.end() ? *same : ThemeKeyword{word});
    }
    return keywords;
}

QString joined(const QList<ThemeKeyword> &keywords)
{
    QStringList words;
    for (const ThemeKeyword &k : keywords)
        words << k.text;
    return words.join(QStringLiteral(", "));
}

} // namespace

CodebookEditor::CodebookEditor(const ThemeAnalysis &analysis, QWidget *parent)
    : QDialog(parent)
    , m_analysis(analysis)
    , m_codebook(analysis.codebook())
    , m_history(m_codebook)
    , m_list(new QListWidget)
    , m_label(new QLineEdit)
    , m_keywords(new QLineEdit)
    , m_count(new QLabel)
    , m_message(new QLabel)
    , m_search(new QLineEdit)
    , m_searchCount(new QLabel)
    , m_create(new QPushButton(tr("Create Theme")))
    , m_undo(new QPushButton(tr("Undo")))
    , m_redo(new QPushButton(tr("Redo")))
{
    setWindowTitle(tr("Edit Themes"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumWidth(260);
    columns->addWidget(m_list, 1);
    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_label);
    m_keywords->setPlaceholderText(tr("Words or phrases, comma separated: factuur, invoice"));
    form->addRow(tr("Keywords:"), m_keywords);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_count);
    right->addLayout(form);
    auto *actions = new QHBoxLayout;
    auto *merge = new QPushButton(tr("Merge Selected"));
    merge->setToolTip(tr("One theme of the selected ones, with all their keywords"));
    auto *split = new QPushButton(tr("Split…"));
    split->setToolTip(tr("Move some of this theme's keywords into a new theme"));
    auto *remove = new QPushButton(tr("Delete"));
    actions->addWidget(merge);
    actions->addWidget(split);
    actions->addWidget(remove);
    actions->addStretch();
    actions->addWidget(m_undo);
    actions->addWidget(m_redo);
    right->addLayout(actions);
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    // A theme of the answers a search finds, as in the search box: the text as typed.
    auto *search = new QGroupBox(tr("New theme from a search"));
    auto *searchLayout = new QVBoxLayout(search);
    auto *searchRow = new QHBoxLayout;
    m_search->setPlaceholderText(tr("A word or phrase the answers contain: te laat, late"));
    m_search->setClearButtonEnabled(true);
    m_create->setToolTip(tr("A theme of the answers that contain this text"));
    m_create->setAutoDefault(false);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_create);
    searchLayout->addLayout(searchRow);
    m_searchCount->setForegroundRole(QPalette::PlaceholderText);
    searchLayout->addWidget(m_searchCount);
    right->addWidget(search);
    right->addStretch();
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        applyLabel();
        applyKeywords();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(merge, &QPushButton::clicked, this, &CodebookEditor::mergeSelected);
    connect(remove, &QPushButton::clicked, this, &CodebookEditor::removeSelected);
    connect(split, &QPushButton::clicked, this, &CodebookEditor::splitCurrent);
    connect(m_search, &QLineEdit::textChanged, this, &CodebookEditor::updateSearchCount);
    connect(m_search, &QLineEdit::returnPressed, this, &CodebookEditor::createFromSearch);
    connect(m_create, &QPushButton::clicked, this, &CodebookEditor::createFromSearch);
    connect(m_undo, &QPushButton::clicked, this, &CodebookEditor::undo);
    connect(m_redo, &QPushButton::clicked, this, &CodebookEditor::redo);
    new QShortcut(QKeySequence::Undo, this, this, &CodebookEditor::undo);
    new QShortcut(QKeySequence::Redo, this, this, &CodebookEditor::redo);
    connect(m_list, &QListWidget::currentRowChanged, this, &CodebookEditor::showCurrent);
    connect(m_label, &QLineEdit::editingFinished, this, &CodebookEditor::applyLabel);
    connect(m_keywords, &QLineEdit::editingFinished, this, &CodebookEditor::applyKeywords);
    connect(m_keywords, &QLineEdit::textChanged, this, &CodebookEditor::updateCount);
    rebuild(m_codebook.isEmpty() ? 0 : m_codebook.themes().constFirst().id);
    updateSearchCount();
    resize(860, 560);
}

qint64 CodebookEditor::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

qint64 CodebookEditor::responsesOf(const QList<ThemeKeyword> &keywords) const
{
    std::vector<quint32> answers;
    for (const ThemeKeyword &k : keywords) {
        const std::vector<quint32> found = AnswerThemes::matchKeyword(m_analysis.corpus(), k);
        answers.insert(answers.end(), found.begin(), found.end());
    }
    std::sort(answers.begin(), answers.end());
    answers.erase(std::unique(answers.begin(), answers.end()), answers.end());
    const std::vector<quint32> &weights = m_analysis.weights();
    qint64 responses = 0;
    for (quint32 a : answers)
        responses += a < weights.size() ? weights[a] : 1;
    return responses;
}

void CodebookEditor::rebuild(qint64 current)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Theme &t : m_codebook.themes()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(t.label, QLocale().toString(responsesOf(t.keywords))));
        item->setData(Qt::UserRole, t.id);
        m_list->addItem(item);
        if (t.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_undo->setEnabled(m_history.canUndo());
    m_undo->setToolTip(m_history.undoText());
    m_redo->setEnabled(m_history.canRedo());
    m_redo->setToolTip(m_history.redoText());
    showCurrent();
}

void CodebookEditor::showCurrent()
{
    const Theme *t = m_codebook.theme(currentId());
    m_label->setEnabled(t);
    m_keywords->setEnabled(t);
    m_label->setText(t ? t->label : QString());
    m_keywords->setText(t ? joined(t->keywords) : QString());
    updateCount();
}

void CodebookEditor::updateCount()
{
    const Theme *t = m_codebook.theme(currentId());
    if (!t) {
        m_count->clear();
        return;
    }
    const qint64 n = responsesOf(parseKeywords(m_keywords->text(), t->keywords));
    m_count->setText(tr("These keywords find %n responses.", nullptr, int(n)));
}

void CodebookEditor::perform(const Result<CodebookEdit> &edit)
{
    if (!edit) {
        m_message->setText(edit.error());
        return;
    }
    m_message->clear();
    const qint64 current = currentId();
    m_history.perform(edit.value());
    rebuild(m_codebook.theme(current) ? current : 0);
}

void CodebookEditor::applyLabel()
{
    const Theme *t = m_codebook.theme(currentId());
    const QString label = m_label->text().simplified();
    if (!t || label.isEmpty() || label == t->label)
        return;
    perform(m_codebook.rename(t->id, label));
}

void CodebookEditor::applyKeywords()
{
    const Theme *t = m_codebook.theme(currentId());
    if (!t)
        return;
    const qint64 id = t->id;
    const QList<ThemeKeyword> wanted = parseKeywords(m_keywords->text(), t->keywords);
    const QList<ThemeKeyword> before = t->keywords;
    for (const ThemeKeyword &k : before) {
        if (!wanted.contains(k))
            perform(m_codebook.removeKeyword(id, k));
    }
    for (const ThemeKeyword &k : wanted) {
        if (!before.contains(k))
            perform(m_codebook.addKeyword(id, k));
    }
}

void CodebookEditor::mergeSelected()
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->isSelected())
            ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
    }
    if (ids.size() >= 2)
        perform(m_codebook.merge(ids));
}

void CodebookEditor::removeSelected()
{
    // The ids first: every edit rebuilds the list.
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->isSelected() || row == m_list->currentRow())
            ids << m_list->item(row)->data(Qt::UserRole).toLongLong();
    }
    for (qint64 id : std::as_const(ids))
        perform(m_codebook.remove(id));
}

void CodebookEditor::undo()
{
    if (!m_history.canUndo())
        return;
    const qint64 current = currentId();
    m_history.undo();
    rebuild(current);
}

void CodebookEditor::redo()
{
    if (!m_history.canRedo())
        return;
    const qint64 current = currentId();
    m_history.redo();
    rebuild(current);
}

void CodebookEditor::splitCurrent()
{
    const Theme *t = m_codebook.theme(currentId());
    if (!t)
        return;
    if (t->keywords.size() < 2) {
        m_message->setText(tr("“%1” has one keyword: there is nothing to split.").arg(t->label));
        return;
    }
    ThemeSplitDialog dialog(
        *t, [this](const QList<ThemeKeyword> &keywords) { return responsesOf(keywords); }, this);
    if (dialog.exec() == QDialog::Accepted)
        splitTheme(t->id, dialog.moved(), dialog.label());
}

void CodebookEditor::splitTheme(qint64 id, const QList<ThemeKeyword> &moved, const QString &label)
{
    perform(m_codebook.split(id, moved, label));
}

void CodebookEditor::updateSearchCount()
{
    const QString text = m_search->text().simplified();
    m_create->setEnabled(!text.isEmpty());
    if (text.isEmpty()) {
        m_searchCount->setText(tr("Type what the answers say to see how many contain it."));
        return;
    }
    const qint64 n = responsesOf({{text, Language::Unknown, ThemeKeyword::Kind::Text}});
    m_searchCount->setText(tr("%n responses contain it.", nullptr, int(n)));
}

void CodebookEditor::createFromSearch()
{
    const Result<CodebookEdit> edit = m_codebook.createFromSearch(m_search->text());
    perform(edit);
    if (!edit)
        return;
    // The new theme, last in the list, is the one to go on with.
    m_list->setCurrentRow(m_list->count() - 1);
    m_search->clear();
}
