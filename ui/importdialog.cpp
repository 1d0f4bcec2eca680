#include "importdialog.h"

#include "elidingheader.h"
#include "importjob.h"

#include "import/surveyidentity.h"
#include "store/surveystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <xxhash.h>

namespace {

const ColumnRole Roles[] = {ColumnRole::Ignore,
                            ColumnRole::Score,
                            ColumnRole::AnsweredAt,
                            ColumnRole::RespondentId,
                            ColumnRole::OpenAnswer,
                            ColumnRole::Segment,
                            ColumnRole::Csat,
                            ColumnRole::Ces,
                            ColumnRole::NpsGroup,
                            ColumnRole::Contact};

QString roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return ImportDialog::tr("Ignore");
    case ColumnRole::Score:
        return ImportDialog::tr("Score (0–10)");
    case ColumnRole::AnsweredAt:
        return ImportDialog::tr("Date");
    case ColumnRole::RespondentId:
        return ImportDialog::tr("Respondent id");
    case ColumnRole::OpenAnswer:
        return ImportDialog::tr("Open answer");
    case ColumnRole::Segment:
        return ImportDialog::tr("Segment");
    case ColumnRole::Csat:
        return ImportDialog::tr("CSAT");
    case ColumnRole::Ces:
        return ImportDialog::tr("CES");
    case ColumnRole::NpsGroup:
        return ImportDialog::tr("NPS group");
    case ColumnRole::Contact:
        return ImportDialog::tr("Contact (personal data)");
    }
    return {};
}

// "43 empty, 217 “NA”": why responses have no score.
QString missingText(const ImportReport &report, const QLocale &locale)
{
    QStringList parts;
    for (auto it = report.withoutScoreBecause.cbegin(); it != report.withoutScoreBecause.cend();
         ++it)
        parts << (it.key().isEmpty() ? ImportDialog::tr("%1 empty").arg(locale.toString(it.value()))
                                     : ImportDialog::tr("%1 “%2”").arg(locale.toString(it.value()),
                                                                       it.key().toHtmlEscaped()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ImportDialog::ImportDialog(const QString &filePath, const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_projectPath(projectPath)
    , m_pages(new QStackedWidget)
    , m_detected(new QLabel)
    , m_scoreChoice(new QLabel)
    , m_encoding(new QComboBox)
    , m_delimiter(new QComboBox)
    , m_preview(new QTableWidget)
    , m_notes(new QListWidget)
    , m_progress(new QProgressBar)
    , m_progressLabel(new QLabel)
    , m_summary(new QLabel)
    , m_issues(new QListWidget)
    , m_buttons(new QDialogButtonBox)
    , m_importer(new JobTracker(this))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(filePath).fileName()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    // Page 0: what was detected, the preview with a role per column, and the problems.
    auto *setup = new QWidget;
    auto *setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_form = form;
    m_detected->setWordWrap(true);
    m_detected->setObjectName(QStringLiteral("detected"));
    form->addRow(tr("Detected:"), m_detected);
    for (const char *encoding :
         {"UTF-8", "windows-1252", "UTF-16LE", "UTF-16BE", "ISO-8859-1", "ISO-8859-15"})
        m_encoding->addItem(QString::fromLatin1(encoding));
    m_encoding->setEditable(true);
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    auto *dialect = new QHBoxLayout;
    dialect->addWidget(new QLabel(tr("Encoding")));
    dialect->addWidget(m_encoding);
    dialect->addSpacing(16);
    dialect->addWidget(new QLabel(tr("Delimiter")));
    dialect->addWidget(m_delimiter);
    dialect->addStretch();
    form->addRow(tr("Read as:"), dialect);
    setupLayout->addLayout(form);
    m_scoreChoice->setWordWrap(true);
    m_scoreChoice->setVisible(false);
    m_scoreChoice->setStyleSheet(QStringLiteral("QLabel { background: #FFF1D6; color: #5A3A00;"
                                                " border: 1px solid #E0A030; padding: 6px; }"));
    setupLayout->addWidget(m_scoreChoice);
    setupLayout->addWidget(
        new QLabel(tr("Each column's role, and the first rows as they will be read:")));
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Long questions as headers end in "…" (the whole question as tooltip), not mid-word.
    m_preview->setHorizontalHeader(new ElidingHeader(Qt::Horizontal, m_preview));
    m_preview->horizontalHeader()->setDefaultSectionSize(150);
    setupLayout->addWidget(m_preview, 1);
    setupLayout->addWidget(new QLabel(tr("How the columns were chosen, and problems:")));
    // Each explanation wrapped to the width, never cut off at the right.
    m_notes->setMaximumHeight(150);
    m_notes->setWordWrap(true);
    m_notes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_notes->setResizeMode(QListView::Adjust);
    m_notes->setObjectName(QStringLiteral("notes"));
    setupLayout->addWidget(m_notes);
    m_pages->addWidget(setup);

    // Page 1: progress.
    auto *running = new QWidget;
    auto *runningLayout = new QVBoxLayout(running);
    runningLayout->addStretch();
    runningLayout->addWidget(m_progressLabel);
    m_progress->setRange(0, 1000);
    runningLayout->addWidget(m_progress);
    connect(m_importer, &JobTracker::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        if (!m_stopping)
            m_progressLabel->setText(tr("Importing %1…").arg(QFileInfo(m_filePath).fileName()));
    });
    connect(m_importer, &JobTracker::waiting, this, [this] {
        m_progressLabel->setText(tr("Waiting for another import to finish…"));
    });
    runningLayout->addStretch();
    m_pages->addWidget(running);

    // Page 2: the summary.
    auto *summary = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summary);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addWidget(m_issues, 1);
    m_pages->addWidget(summary);

    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::inspect);
    connect(m_delimiter, &QComboBox::activated, this, &ImportDialog::inspect);
    resize(980, 640);
    inspect();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::offerNewProject(const QString &newProjectPath)
{
    if (m_target)
        return;
    m_target = new QComboBox;
    m_target->addItem(tr("The open project (%1)").arg(QFileInfo(m_projectPath).completeBaseName()),
                      m_projectPath);
    m_target->addItem(tr("A new project (%1)").arg(QFileInfo(newProjectPath).completeBaseName()),
                      newProjectPath);
    m_targetReason = new QLabel;
    m_targetReason->setWordWrap(true);
    // Into the open project only when this export belongs there: one click must not merge an
    // unrelated survey into a project and move its NPS.
    QString reason;
    bool intoOpen = true;
    SurveyStore store;
    if (!m_inspection.layout.columnNames.isEmpty() && store.open(m_projectPath).ok()) {
        const Result<SurveyIdentity::Comparison> compared
            = SurveyIdentity::compare(store, m_inspection.layout, m_inspection.mapping.score);
        if (compared) {
            const SurveyIdentity::Comparison &c = compared.value();
            if (c.projectEmpty) {
                reason = tr("The open project is empty.");
            } else if (c.sameSurvey) {
                reason = tr("This export continues a survey of the open project: respondents "
                            "already there are not added again.");
            } else {
                intoOpen = false;
                reason = c.shared == 0
                             ? tr("This export has none of this project's questions, so it goes "
                                  "into a new project unless you choose otherwise.")
                             : tr("This export shares only %1 of its %2 questions with this "
                                  "project, so it goes into a new project unless you choose "
                                  "otherwise.")
                                   .arg(c.shared)
                                   .arg(c.columns);
            }
        }
    }
    m_target->setCurrentIndex(intoOpen ? 0 : 1);
    m_projectPath = m_target->currentData().toString();
    m_targetReason->setText(reason);
    m_targetReason->setVisible(!reason.isEmpty());
    connect(m_target, &QComboBox::activated, this, [this] {
        m_projectPath = m_target->currentData().toString();
    });
    auto *target = new QVBoxLayout;
    target->addWidget(m_target);
    target->addWidget(m_targetReason);
    m_form->insertRow(0, tr("Import into:"), target);
}

QString ImportDialog::targetReason() const
{
    return m_targetReason ? m_targetReason->text() : QString();
}

QString ImportDialog::headerKey() const
{
    const QString joined = m_inspection.layout.columnIds.join(QChar(0x1f));
    return QStringLiteral("mappings/%1")
        .arg(XXH3_64bits(joined.utf16(), size_t(joined.size()) * 2), 16, 16, QChar(u'0'));
}

ImportOptions ImportDialog::currentOptions() const
{
    ImportOptions options;
    options.encoding = m_encoding->currentText().toLatin1();
    options.delimiter = m_delimiter->currentData().toString().at(0);
    // The detected primary open question stays primary while it is an open question; else the
    // first open question is.
    int primary = m_inspection.mapping.openAnswer;
    if (primary < 0 || m_roles.value(primary) != ColumnRole::OpenAnswer)
        primary = int(m_roles.indexOf(ColumnRole::OpenAnswer));
    for (int c = 0; c < m_roles.size(); ++c) {
        const QString key
            = c == primary ? QStringLiteral("answer") : ColumnMapping::roleKey(m_roles.at(c));
        options.map.append({key, QString::number(c + 1)});
    }
    return options;
}

void ImportDialog::inspect()
{
    ImportOptions options;
    if (!m_inspection.filePath.isEmpty()) { // the user changed the encoding or delimiter
        options.encoding = m_encoding->currentText().toLatin1();
        options.delimiter = m_delimiter->currentData().toString().at(0);
    }
    m_inspection = Importer::inspect(m_filePath, options);
    // Roles chosen for this header before are chosen again.
    const QStringList remembered = QSettings().value(headerKey()).toStringList();
    m_roles.clear();
    for (int c = 0; c < m_inspection.layout.columnNames.size(); ++c) {
        const auto saved
            = c < remembered.size() ? ColumnMapping::roleFromKey(remembered.at(c)) : std::nullopt;
        m_roles.append(saved ? *saved : m_inspection.mapping.roleOf(c));
    }
    if (!remembered.isEmpty() && remembered.size() == m_inspection.layout.columnNames.size())
        m_inspection.notes.prepend(
            tr("The roles you chose last time for this header are chosen again."));
    showInspection();
}

void ImportDialog::showInspection()
{
    const ImportReport &r = m_inspection;
    m_buttons->clear();
    QPushButton *importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject, Qt::UniqueConnection);

    {
        const QSignalBlocker a(m_encoding), b(m_delimiter);
        const int e
            = m_encoding->findText(QString::fromLatin1(r.dialect.encoding), Qt::MatchFixedString);
        if (e >= 0)
            m_encoding->setCurrentIndex(e);
        else
            m_encoding->setEditText(QString::fromLatin1(r.dialect.encoding));
        m_delimiter->setCurrentIndex(
            std::max(0, m_delimiter->findData(QString(r.dialect.delimiter))));
    }
    m_detected->setText(
        tr("%1 · encoding %2 (%3) · delimiter %4 (%5)")
            .arg(r.layout.toolName(),
                 QString::fromLatin1(r.dialect.encoding),
                 r.encodingReason,
                 r.dialect.delimiter == u'\t' ? tr("tab") : r.dialect.delimiterName(),
                 r.delimiterReason));

    const int columns = int(r.layout.columnNames.size());
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(int(r.previewRows.size()) + 1);
    m_preview->setHorizontalHeaderLabels(r.layout.columnNames);
    QStringList rowLabels{tr("Role")};
    for (int row = 0; row < r.previewRows.size(); ++row)
        rowLabels << QString::number(row + 1);
    m_preview->setVerticalHeaderLabels(rowLabels);
    for (int c = 0; c < columns; ++c) {
        auto *combo = new QComboBox;
        for (ColumnRole role : Roles)
            combo->addItem(roleName(role), int(role));
        combo->setCurrentIndex(combo->findData(int(m_roles.value(c))));
        if (r.mapping.leftOut.contains(c) && m_roles.value(c) == ColumnRole::Ignore)
            combo->setToolTip(tr("Not imported: %1").arg(r.mapping.leftOut.value(c)));
        if (m_roles.value(c) == ColumnRole::Segment && r.mapping.traits.contains(c)) {
            const SegmentTraits t = r.mapping.traits.value(c);
            QString tip = t.kind == SegmentTraits::Kind::Multi
                              ? tr("Multi-select: each chosen option is a value")
                          : t.kind == SegmentTraits::Kind::Numeric ? tr("A numeric scale")
                                                                   : QString();
            if (!t.shownByDefault)
                tip += (tip.isEmpty() ? QString() : QStringLiteral("; "))
                       + tr("not shown as a filter by default: %1").arg(t.why);
            combo->setToolTip(tip);
        }
        if (c == r.mapping.openAnswer && m_roles.value(c) == ColumnRole::OpenAnswer)
            combo->setToolTip(tr("The primary open question: the answers shown first"));
        connect(combo, &QComboBox::activated, this, [this, c, combo] {
            m_roles[c] = ColumnRole(combo->currentData().toInt());
            showScoreChoice();
        });
        m_preview->setCellWidget(0, c, combo);
        for (int row = 0; row < r.previewRows.size(); ++row)
            m_preview->setItem(row + 1, c, new QTableWidgetItem(r.previewRows.at(row).value(c)));
    }
    m_notes->clear();
    for (const QString &note : r.notes)
        m_notes->addItem(note);
    for (const RowIssue &issue : r.issues) {
        auto *item = new QListWidgetItem(
            tr("Line %1%2: %3 (found “%4”)")
                .arg(issue.line)
                .arg(issue.column.isEmpty() ? QString() : tr(", column “%1”").arg(issue.column),
                     issue.reason,
                     issue.rawText));
        item->setForeground(QColor(0xD5, 0x5E, 0x00));
        m_notes->addItem(item);
    }
    // The score's problems are asked here, in the window's words; others are shown as found.
    const bool scoreProblem = columns > 0 && r.mapping.score < 0;
    if (!r.error.isEmpty() && !scoreProblem) {
        auto *item = new QListWidgetItem(r.error);
        item->setForeground(QColor(0xD5, 0x5E, 0x00));
        m_notes->insertItem(0, item);
    }
    showScoreChoice();
    importButton->setEnabled(columns > 0);
    m_pages->setCurrentIndex(0);
}

void ImportDialog::showScoreChoice()
{
    const ImportReport &r = m_inspection;
    const int columns = int(r.layout.columnNames.size());
    const bool chosen = m_roles.contains(ColumnRole::Score);
    const bool ask = columns > 0 && r.mapping.score < 0 && !chosen;
    if (ask && r.scoreAmbiguous) {
        QStringList names;
        for (int c : r.scoreCandidates)
            names << QStringLiteral("“%1”").arg(r.layout.columnNames.value(c));
        m_scoreChoice->setText(
            tr("<b>Which column holds the recommendation score?</b> These %1 columns hold 0–10 "
               "answers and nothing tells them apart: %2. They are highlighted below; choose "
               "“Score (0–10)” in the Role box of the one that asks how likely the respondent "
               "is to recommend you.")
                .arg(r.scoreCandidates.size())
                .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
    } else if (ask) {
        m_scoreChoice->setText(tr("<b>No column holds 0–10 recommendation scores.</b> Choose "
                                  "“Score (0–10)” in the Role box of the column that does."));
    }
    m_scoreChoice->setVisible(ask);
    const QColor highlight(0xFF, 0xD8, 0x8A);
    for (int c = 0; c < columns; ++c) {
        QTableWidgetItem *header = m_preview->horizontalHeaderItem(c);
        if (!header)
            continue;
        const bool candidate = ask && r.scoreAmbiguous && r.scoreCandidates.contains(c);
        header->setData(Qt::BackgroundRole, candidate ? QVariant(highlight) : QVariant());
        header->setToolTip(candidate ? tr("Could be the recommendation score") : QString());
        for (int row = 1; row < m_preview->rowCount(); ++row)
            if (QTableWidgetItem *item = m_preview->item(row, c))
                item->setData(Qt::BackgroundRole, candidate ? QVariant(highlight) : QVariant());
    }
}

void ImportDialog::setRole(int column, ColumnRole role)
{
    if (column < 0 || column >= m_roles.size())
        return;
    m_roles[column] = role;
    if (auto *combo = qobject_cast<QComboBox *>(m_preview->cellWidget(0, column)))
        combo->setCurrentIndex(combo->findData(int(role)));
    showScoreChoice();
}

void ImportDialog::startImport()
{
    if (m_importer->isRunning())
        return;
    if (!m_roles.contains(ColumnRole::Score)) {
        m_notes->insertItem(0, tr("Choose the column that holds the 0–10 recommendation score."));
        showScoreChoice();
        return;
    }
    QStringList keys;
    for (ColumnRole role : std::as_const(m_roles))
        keys << ColumnMapping::roleKey(role);
    QSettings().setValue(headerKey(), keys);

    m_pages->setCurrentIndex(1);
    m_progressLabel->setText(tr("Importing %1…").arg(QFileInfo(m_filePath).fileName()));
    m_buttons->clear();
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    disconnect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(cancel, &QPushButton::clicked, this, [this, cancel] {
        m_stopping = true;
        cancel->setEnabled(false);
        m_progressLabel->setText(tr("Cancelling: the project stays as it was…"));
        m_importer->stop();
    });
    m_stopping = false;
    m_progress->setValue(0);
    m_importer->startWithProgress(ImportJob(m_projectPath, m_filePath, currentOptions()),
                                  [this](const ImportReport &report) { showResult(report); });
}

void ImportDialog::showResult(const ImportReport &report)
{
    m_result = report;
    m_done = true;
    const QLocale locale;
    if (report.cancelled)
        m_summary->setText(tr("<b>The import was cancelled.</b> The project is unchanged."));
    else if (!report.ok())
        m_summary->setText(tr("<b>Nothing was imported.</b> The project is unchanged.<br>%1")
                               .arg(report.error.toHtmlEscaped()));
    else
        m_summary->setText(
            tr("<b>%1 responses imported</b> from %2 rows read: %3 skipped with a "
               "problem, %4 already in the project.")
                .arg(locale.toString(report.imported),
                     locale.toString(report.rowsRead),
                     locale.toString(report.skipped),
                     locale.toString(report.duplicates))
            + (report.excluded > 0 ? u' '
                                         + tr("%1 left out on purpose (survey previews, tests or "
                                              "unfinished responses).")
                                               .arg(locale.toString(report.excluded))
                                   : QString())
            + (report.withoutScore > 0
                   ? u' '
                         + tr("%1 have no score (%2): they keep their answers but "
                              "do not count in the NPS.")
                               .arg(locale.toString(report.withoutScore),
                                    missingText(report, locale))
                   : QString())
            + (report.duplicatesInFile > 0
                   ? u' '
                         + tr("%n rows repeat the respondent id of an earlier row and "
                              "were counted once.",
                              nullptr,
                              int(report.duplicatesInFile))
                   : QString())
            + (report.mapping.openQuestions.size() > 1
                   ? u' '
                         + tr("%1 open questions are kept.")
                               .arg(report.mapping.openQuestions.size())
                   : QString())
            + (report.mapping.scaleMin == 1
                   ? u' ' + tr("The scores run from 1 to 10 (1 to 6 are detractors).")
                   : QString()));
    m_issues->clear();
    for (const RowIssue &issue : report.issues.mid(0, 500))
        m_issues->addItem(
            tr("Line %1%2: %3 (found “%4”)")
                .arg(issue.line)
                .arg(issue.column.isEmpty() ? QString() : tr(", column “%1”").arg(issue.column),
                     issue.reason,
                     issue.rawText));
    m_issues->setVisible(m_issues->count() > 0);
    m_pages->setCurrentIndex(2);
    m_buttons->clear();
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    connect(close, &QPushButton::clicked, this, report.ok() ? &QDialog::accept : &QDialog::reject);
    emit importFinished(report);
}
