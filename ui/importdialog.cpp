#include "importdialog.h"

#include "importjob.h"

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
                            ColumnRole::Ces};

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
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(const QString &filePath, const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_projectPath(projectPath)
    , m_pages(new QStackedWidget)
    , m_detected(new QLabel)
    , m_encoding(new QComboBox)
    , m_delimiter(new QComboBox)
    , m_preview(new QTableWidget)
    , m_notes(new QListWidget)
    , m_progress(new QProgressBar)
    , m_progressLabel(new QLabel)
    , m_summary(new QLabel)
    , m_issues(new QListWidget)
    , m_buttons(new QDialogButtonBox)
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
    setupLayout->addWidget(
        new QLabel(tr("Each column's role, and the first rows as they will be read:")));
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(150);
    setupLayout->addWidget(m_preview, 1);
    setupLayout->addWidget(new QLabel(tr("How the columns were chosen, and problems:")));
    m_notes->setMaximumHeight(110);
    setupLayout->addWidget(m_notes);
    m_pages->addWidget(setup);

    // Page 1: progress.
    auto *running = new QWidget;
    auto *runningLayout = new QVBoxLayout(running);
    runningLayout->addStretch();
    runningLayout->addWidget(m_progressLabel);
    m_progress->setRange(0, 1000);
    runningLayout->addWidget(m_progress);
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
    connect(m_target, &QComboBox::activated, this, [this] {
        m_projectPath = m_target->currentData().toString();
    });
    m_form->insertRow(0, tr("Import into:"), m_target);
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
    for (int c = 0; c < m_roles.size(); ++c)
        options.map.append({ColumnMapping::roleKey(m_roles.at(c)), QString::number(c + 1)});
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
    m_detected->setText(tr("%1 · encoding %2 (%3) · delimiter %4 (%5)")
                            .arg(r.layout.toolName(),
                                 QString::fromLatin1(r.dialect.encoding),
                                 r.encodingReason,
                                 r.dialect.delimiterName(),
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
        connect(combo, &QComboBox::activated, this, [this, c, combo] {
            m_roles[c] = ColumnRole(combo->currentData().toInt());
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
    if (!r.error.isEmpty()) {
        auto *item = new QListWidgetItem(r.error);
        item->setForeground(QColor(0xD5, 0x5E, 0x00));
        m_notes->insertItem(0, item);
    }
    importButton->setEnabled(columns > 0);
    m_pages->setCurrentIndex(0);
}

void ImportDialog::setRole(int column, ColumnRole role)
{
    if (column < 0 || column >= m_roles.size())
        return;
    m_roles[column] = role;
    if (auto *combo = qobject_cast<QComboBox *>(m_preview->cellWidget(0, column)))
        combo->setCurrentIndex(combo->findData(int(role)));
}

void ImportDialog::startImport()
{
    if (m_job)
        return;
    if (!m_roles.contains(ColumnRole::Score)) {
        m_notes->insertItem(0, tr("Choose the column that holds the 0–10 recommendation score."));
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
    m_job = new ImportJob(m_projectPath, m_filePath, currentOptions(), this);
    connect(cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
    connect(
        m_job,
        &ImportJob::progress,
        this,
        [this](qint64 done, qint64 total) {
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        },
        Qt::QueuedConnection);
    connect(
        m_job,
        &ImportJob::waiting,
        this,
        [this] { m_progressLabel->setText(tr("Waiting for another import to finish…")); },
        Qt::QueuedConnection);
    connect(
        m_job,
        &ImportJob::progress,
        this,
        [this] {
            m_progressLabel->setText(tr("Importing %1…").arg(QFileInfo(m_filePath).fileName()));
        },
        Qt::QueuedConnection);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::showResult, Qt::QueuedConnection);
    m_job->start();
}

void ImportDialog::showResult(const ImportReport &report)
{
    m_job->wait();
    m_job->deleteLater();
    m_job = nullptr;
    m_result = report;
    m_done = true;
    const QLocale locale;
    if (report.cancelled)
        m_summary->setText(tr("<b>The import was cancelled.</b> The project is unchanged."));
    else if (!report.ok())
        m_summary->setText(tr("<b>Nothing was imported.</b> The project is unchanged.<br>%1")
                               .arg(report.error.toHtmlEscaped()));
    else
        m_summary->setText(tr("<b>%1 responses imported</b> from %2 rows read: %3 skipped with a "
                              "problem, %4 already in the project.")
                               .arg(locale.toString(report.imported),
                                    locale.toString(report.rowsRead),
                                    locale.toString(report.skipped),
                                    locale.toString(report.duplicates))
                           + (report.excluded > 0
                                  ? u' '
                                        + tr("%1 left out on purpose (survey previews, tests or "
                                             "unfinished responses).")
                                              .arg(locale.toString(report.excluded))
                                  : QString())
                           + (report.withoutScore > 0
                                  ? u' '
                                        + tr("%1 have no score: they keep their answers but do not "
                                             "count in the NPS.")
                                              .arg(locale.toString(report.withoutScore))
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
