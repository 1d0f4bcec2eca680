#include "import/importer.h"

#include "import/keyset.h"
#include "logging.h"

#include "csv/contentsniffer.h"
#include "csv/csvreader.h"
#include "csv/dialectsniffer.h"
#include "csv/xlsxreader.h"
#include "import/responsedecoder.h"
#include "import/responsekeys.h"
#include "import/roledetector.h"
#include "import/surveyidentity.h"
#include "store/postgressession.h"
#include "store/responsewriter.h"
#include "store/surveycatalog.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <xxhash.h>

namespace {

constexpr int SampleRows = 2000;
constexpr qsizetype MaxSampleCells = 1'000'000; // fewer sample rows for a wide file
constexpr int MaxWarnings = 1000;
constexpr int PreviewRows = 20;
constexpr int ProgressEvery = 4096;
constexpr int PreviewIssues = 20; // problems shown before an import, from the sample rows

int findColumn(const SurveyLayout &layout, const QString &wanted)
{
    const QString w = wanted.trimmed();
    for (int c = 0; c < layout.columnNames.size(); ++c) {
        if (layout.columnNames.at(c).compare(w, Qt::CaseInsensitive) == 0
            || layout.columnIds.value(c).compare(w, Qt::CaseInsensitive) == 0)
            return c;
    }
    bool isNumber = false;
    const int index = w.toInt(&isNumber); // 1-based column number
    if (isNumber && index >= 1 && index <= layout.columnNames.size())
        return index - 1;
    return -1;
}

// A sample row read as a record, so that the sample is decoded as the import will decode it.
class ListRecord final : public RecordReader
{
public:
    explicit ListRecord(const QStringList &fields)
        : m_fields(fields)
    {}
    bool readRecord() override { return false; }
    qsizetype fieldCount() const override { return m_fields.size(); }
    QStringView field(qsizetype index) const override
    {
        return index >= 0 && index < m_fields.size() ? QStringView(m_fields.at(index))
                                                     : QStringView();
    }
    qint64 lineNumber() const override { return 0; }
    qint64 bytesRead() const override { return 0; }
    qint64 totalBytes() const override { return 0; }
    bool hasError() const override { return false; }
    QString errorString() const override { return {}; }

private:
    const QStringList &m_fields;
};

// Reads the header records and a sample of data rows.
struct Inspection
{
    ImportReport report;
    QList<QStringList> sample;
    DateParser::ColumnFormat dateFormat;
};

// Opens the file's records: a workbook sheet, or delimited text in its sniffed (or chosen)
// dialect. Fills in what was detected; null with report.error set when it cannot be read.
std::unique_ptr<RecordReader>
openRecords(const QString &path, const ImportOptions &options, ImportReport &report)
{
    if (XlsxReader::looksLikeXlsx(path)) {
        auto xlsx = std::make_unique<XlsxReader>(path, options.sheet);
        if (xlsx->hasError()) {
            report.error = xlsx->errorString();
            return nullptr;
        }
        report.sheet = xlsx->sheetName();
        report.dialect.encoding = "XLSX";
        report.encodingReason
            = QCoreApplication::translate("Importer", "Excel workbook, sheet “%1”")
                  .arg(report.sheet);
        report.delimiterReason = QCoreApplication::translate("Importer", "cells of a sheet");
        return xlsx;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        report.error = QCoreApplication::translate("Importer", "Cannot open “%1”: %2")
                           .arg(path, file->errorString());
        return nullptr;
    }
    if (!options.encoding.isEmpty() && !QStringDecoder(options.encoding.constData()).isValid()) {
        report.error = QCoreApplication::translate("Importer", "Unknown encoding “%1”.")
                           .arg(QString::fromLatin1(options.encoding));
        return nullptr;
    }
    const DialectSniffer::Result sniffed
        = DialectSniffer::sniff(file.get(), options.delimiter, options.encoding);
    report.dialect = sniffed.dialect;
    report.encodingReason = sniffed.encodingReason;
    report.delimiterReason = sniffed.delimiterReason;
    // An image, a PDF or random bytes is no export: said so, not searched for a score column.
    if (Status s
        = ContentSniffer::checkText(path, file->peek(qint64(64) * 1024), report.dialect.encoding);
        !s) {
        report.error = s.error();
        return nullptr;
    }
    return std::make_unique<CsvReader>(std::move(file), report.dialect);
}

Inspection inspectFile(const QString &path, const ImportOptions &options)
{
    Inspection in;
    ImportReport &report = in.report;
    report.filePath = path;
    const std::unique_ptr<RecordReader> records_ = openRecords(path, options, report);
    if (!records_)
        return in;
    RecordReader &reader = *records_;
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList problems; // of broken records (a quote never closed)
    qsizetype sampleRows = SampleRows;
    while (records.size() < 3 + sampleRows && reader.readRecord()) {
        if (records.isEmpty()) {
            // Excel's widest sheet: a wider "export" is no survey (or a transposed one).
            if (reader.fieldCount() > XlsxReader::MaxColumns) {
                report.error = QCoreApplication::translate(
                                   "Importer",
                                   "“%1” has %2 columns in its first row; a survey export has at "
                                   "most %3 (one per question). Is it a transposed table, or "
                                   "not an export?")
                                   .arg(path,
                                        QLocale().toString(reader.fieldCount()),
                                        QLocale().toString(XlsxReader::MaxColumns));
                return in;
            }
            sampleRows = std::clamp<qsizetype>(
                MaxSampleCells / std::max<qsizetype>(1, reader.fieldCount()), 100, SampleRows);
        }
        records.append(reader.fields());
        lines.append(reader.lineNumber());
        problems.append(reader.recordProblem());
    }
    if (reader.hasError()) {
        report.error = QStringLiteral("%1: %2").arg(path, reader.errorString());
        return in;
    }
    if (records.isEmpty()) {
        report.error = QCoreApplication::translate(
                           "Importer", "“%1” is empty: expected a header row and responses.")
                           .arg(path);
        return in;
    }
    if (!problems.constFirst().isEmpty()) {
        report.error = QCoreApplication::translate("Importer", "“%1”: its header row is broken: %2")
                           .arg(path, problems.constFirst());
        return in;
    }
    report.layout = SurveyLayout::recognise(records.mid(0, 3));
    in.sample = records.mid(report.layout.headerRows);
    if (in.sample.isEmpty()) {
        report.error = QCoreApplication::translate(
                           "Importer", "“%1” has a header but no responses: nothing to import.")
                           .arg(path);
        return in;
    }
    report.previewRows = in.sample.mid(0, PreviewRows);

    RoleDetector::Detection detection = RoleDetector::detect(report.layout, in.sample);
    report.mapping = detection.mapping;
    report.notes = detection.notes;
    report.scoreCandidates = detection.scoreCandidates;
    report.scoreAmbiguous = detection.scoreAmbiguous;
    QString problem = detection.problem;

    for (const auto &[roleKey, column] : options.map) {
        const auto role = ColumnMapping::roleFromKey(roleKey);
        if (!role) {
            report.error = QCoreApplication::translate(
                               "Importer",
                               "Unknown role “%1” in --map; expected score, date, id, answer, "
                               "segment, csat, ces, contact or ignore.")
                               .arg(roleKey);
            return in;
        }
        const int c = findColumn(report.layout, column);
        if (c < 0) {
            report.error
                = QCoreApplication::translate("Importer",
                                              "No column “%1” in “%2”; its columns are: %3")
                      .arg(column, path, report.layout.columnNames.join(QStringLiteral(", ")));
            return in;
        }
        const bool changed
            = report.mapping.roleOf(c) != *role
              || (ColumnMapping::isPrimaryAnswerKey(roleKey) && report.mapping.openAnswer != c);
        if (!changed)
            continue; // the dialog passes every column's role, most of them as detected
        report.mapping.assign(*role, c);
        if (ColumnMapping::isPrimaryAnswerKey(roleKey))
            report.mapping.setPrimaryAnswer(c);
        report.notes << QCoreApplication::translate("Importer", "%1: “%2”, chosen by the user")
                            .arg(ColumnMapping::roleKey(*role), report.layout.columnNames.at(c));
        if (*role == ColumnRole::Score) {
            problem.clear();
            report.scoreAmbiguous = false;
            RoleDetector::readScoreColumn(report.layout, in.sample, report.mapping, report.notes);
        }
    }
    if (!problem.isEmpty() && report.mapping.score < 0) {
        report.error = QStringLiteral("%1: %2").arg(path, problem);
        return in;
    }
    if (report.mapping.score < 0) {
        report.error = QCoreApplication::translate(
                           "Importer", "%1: no score column; choose one with --map score=COLUMN.")
                           .arg(path);
        return in;
    }

    // The order of day and month is decided from all the column's values.
    if (report.mapping.answeredAt >= 0) {
        DateParser::Evidence evidence;
        for (const QStringList &row : std::as_const(in.sample))
            evidence.add(row.value(report.mapping.answeredAt));
        while (!evidence.orderSettled() && reader.readRecord())
            evidence.add(reader.field(report.mapping.answeredAt));
        in.dateFormat = evidence.decide(options.locale);
        report.dateFormat = in.dateFormat.describe();
        if (in.dateFormat.orderFromLocale)
            report.dateNotes << QCoreApplication::translate(
                                    "Importer",
                                    "dates: day and month order is ambiguous in every value; "
                                    "read as %1 after the locale (%2)")
                                    .arg(in.dateFormat.describe(), options.locale.name());
    } else {
        report.dateNotes << QCoreApplication::translate(
            "Importer",
            "this export has no date column: its responses count in all figures except per period");
    }
    report.notes << report.dateNotes;

    // The problems the sample rows already show, so that they can be seen before importing.
    const ResponseDecoder decoder(report.mapping, report.layout, in.dateFormat, report.dateFormat);
    const int width = int(report.layout.columnNames.size());
    for (qsizetype i = 0; i < in.sample.size() && report.issues.size() < PreviewIssues; ++i) {
        const QStringList &row = in.sample.at(i);
        const qint64 line = lines.value(report.layout.headerRows + i);
        if (const QString &broken = problems.at(report.layout.headerRows + i); !broken.isEmpty()) {
            report.issues.append(
                {line, QString(), broken, row.join(QStringLiteral(" | ")).left(200)});
            continue;
        }
        qsizetype fields = row.size();
        while (fields > width && row.at(fields - 1).isEmpty())
            --fields;
        if (fields != width) {
            report.issues.append(
                {line,
                 QString(),
                 QCoreApplication::translate("Importer", "expected %1 fields, found %2")
                     .arg(width)
                     .arg(fields),
                 row.join(QStringLiteral(" | ")).left(200)});
            continue;
        }
        ResponseRow decoded;
        QString marker;
        if (const std::optional<RowIssue> problem
            = decoder.readFigures(ListRecord(row), line, decoded, marker))
            report.issues.append(*problem);
    }
    return in;
}

QString fieldsText(const RecordReader &reader)
{
    QStringList parts;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i)
        parts << reader.field(i).toString();
    return parts.join(QStringLiteral(" | ")).left(500);
}

// Identifies the file's bytes (XXH3-128: the import record needs a fingerprint, not a seal,
// and SHA-256 would cost a tenth of a million-row import).
// Whether the file's last byte ends a line (an export cut off mid-row does not).
bool endsWithLineBreak(QFile &file)
{
    const qint64 at = file.pos();
    const qint64 size = file.size();
    char last = '\n';
    if (size > 0 && file.seek(size - 1))
        file.getChar(&last);
    file.seek(at);
    return last == '\n' || last == '\r';
}

Result<QString> fileHash(QFile &file)
{
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    file.seek(0);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    qint64 got = 0;
    while ((got = file.read(chunk.data(), chunk.size())) > 0)
        XXH3_128bits_update(state, chunk.constData(), size_t(got));
    const XXH128_hash_t hash = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    if (got < 0)
        return Result<QString>::failure(file.errorString());
    return QStringLiteral("xxh3-128:%1%2")
        .arg(hash.high64, 16, 16, QChar(u'0'))
        .arg(hash.low64, 16, 16, QChar(u'0'));
}

} // namespace

Importer::Importer(SurveyStore &store)
    : m_store(store)
{}

ImportReport Importer::inspect(const QString &path, const ImportOptions &options)
{
    return inspectFile(path, options).report;
}

ImportReport Importer::run(const QString &path, const ImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    Inspection in = inspectFile(path, options);
    qCDebug(lcImport) << "inspected" << path << "in" << timer.elapsed() << "ms:" << in.report.notes;
    ImportReport report = std::move(in.report);
    report.issues.clear(); // the preview's; the import finds them all again
    if (!report.error.isEmpty())
        return report;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = QCoreApplication::translate("Importer", "Cannot open “%1”: %2")
                           .arg(path, file.errorString());
        return report;
    }
    const qint64 total = file.size();
    const SurveyLayout &layout = report.layout;
    const ColumnMapping &mapping = report.mapping;
    const int width = int(layout.columnNames.size());

    // Another import holding the project is waited for, visibly (options.waiting).
    SurveyStore::LockWait wait;
    wait.waiting = options.waiting;
    wait.cancel = options.cancel;
    if (Status s = m_store.beginTransaction(wait); !s) {
        report.cancelled = options.cancel && options.cancel->load();
        report.error = QCoreApplication::translate("Importer", "Cannot write to the project: %1")
                           .arg(s.error());
        return report;
    }
    std::unique_ptr<ResponseWriter> writer;
    auto fail = [&](const QString &message) {
        if (writer)
            (void)writer->flush(); // the writer's thread must be done with the connection
        writer.reset();
        m_store.rollback();
        report.error = m_store.explain(message); // a full disk named as such
        report.imported = 0;
        report.duplicates = 0;
        return report;
    };
    if (options.begun) {
        if (Status s = options.begun(m_store); !s)
            return fail(s.error());
    }

    // Version 1 projects seeded their dedup keys with the exact column list: find those too.
    SurveyCatalog catalog(m_store);
    const Result<bool> legacyKeys = catalog.hasLegacyKeys();
    if (!legacyKeys)
        return fail(legacyKeys.error());

    ImportRecord record;
    record.fileName = QFileInfo(path).fileName();
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.layout = SurveyLayout::toolKey(layout.tool);
    record.delimiter = report.dialect.delimiterName();
    record.encoding = QString::fromLatin1(report.dialect.encoding);
    record.headerRows = layout.headerRows;
    record.mapping = mapping.toJson(layout.columnNames);
    record.fileHash = QStringLiteral("pending");
    const Result<qint64> importId = m_store.addImport(record);
    if (!importId)
        return fail(QCoreApplication::translate("Importer", "Cannot record the import: %1")
                        .arg(importId.error()));
    record.id = importId.value();
    report.importId = record.id;

    // The survey this export belongs to: a stored one when it asks the same recommend question
    // and shares most columns (in any order or letter case), else a new one.
    QStringList columnKeys = SurveyIdentity::columnKeys(layout);
    const Result<QList<SurveyCatalog::Survey>> surveys = catalog.surveys();
    if (!surveys)
        return fail(surveys.error());
    SurveyIdentity::Match survey
        = SurveyIdentity::match(columnKeys.value(mapping.score), columnKeys, surveys.value());
    if (survey.surveyId == 0) {
        const Result<qint64> id = catalog.addSurvey(columnKeys.value(mapping.score), columnKeys);
        if (!id)
            return fail(id.error());
        survey.surveyId = id.value();
    } else {
        QStringList known;
        for (const SurveyCatalog::Survey &s : surveys.value())
            if (s.id == survey.surveyId)
                known = s.columns;
        // A question spelt otherwise than before ("hOW LIKELY…") is the stored one.
        columnKeys = SurveyIdentity::canonical(columnKeys, known);
        for (const QString &key : columnKeys)
            if (!known.contains(key))
                known.append(key);
        if (Status s = catalog.setSurveyColumns(survey.surveyId, known); !s)
            return fail(s.error());
        report.notes << QCoreApplication::translate(
                            "Importer",
                            "this export continues a survey of the project (%1 of its %2 columns "
                            "are known): respondents already imported are not added again")
                            .arg(survey.shared)
                            .arg(columnKeys.size());
    }

    // Segment dimensions with their values, and the open questions, resolved to ids once.
    ResponseDecoder decoder(mapping, layout, in.dateFormat, report.dateFormat);
    if (Status s = decoder.prepare(m_store); !s)
        return fail(s.error());
    if (Status s = catalog.describeImport(
            record.id, survey.surveyId, decoder.primaryQuestionId(), mapping.scaleMin);
        !s)
        return fail(s.error());

    // The dedup key belongs to the survey: the same respondent (or the same answers, counted
    // by their occurrence in the file). BEGIN IMMEDIATE holds the write lock, so the stored keys
    // cannot change while this import runs.
    ResponseKeys keyOf(survey.surveyId, layout, columnKeys, legacyKeys.value());
    KeySet stored;
    {
        const Result<QSet<qint64>> storedKeys = m_store.responseKeys();
        if (!storedKeys)
            return fail(storedKeys.error());
        stored = KeySet(size_t(storedKeys->size() + 16));
        for (qint64 key : std::as_const(storedKeys.value()))
            stored.insert(key);
    }
    KeySet inFile;
    {
        // Room for every row of the file, estimated from the sample's bytes per row.
        qint64 sampleBytes = 0;
        for (const QStringList &row : std::as_const(in.sample))
            for (const QString &field : row)
                sampleBytes += field.size() + 1;
        const qint64 expected = sampleBytes > 0 ? total * in.sample.size() / sampleBytes : 0;
        inFile = KeySet(size_t(expected + 16));
    }

    ImportReport reopened;
    const std::unique_ptr<RecordReader> records_ = openRecords(path, options, reopened);
    if (!records_)
        return fail(reopened.error);
    RecordReader &reader = *records_;
    const qint64 progressTotal = reader.totalBytes();
    for (int h = 0; h < layout.headerRows && reader.readRecord(); ++h) {
    }
    writer = std::make_unique<ResponseWriter>(m_store, record.id);
    writer->setAnswerQuestions(decoder.answerQuestionIds());
    // Qualtrics marks previews and tests in Status and unfinished responses in Finished.
    const int statusColumn = layout.tool == SurveyLayout::Tool::Qualtrics && !options.keepIncomplete
                                 ? int(layout.columnIds.indexOf(QStringLiteral("Status")))
                                 : -1;
    const int finishedColumn
        = layout.tool == SurveyLayout::Tool::Qualtrics && !options.keepIncomplete
              ? int(layout.columnIds.indexOf(QStringLiteral("Finished")))
              : -1;
    const auto excludedBecause = [&](const RecordReader &r) -> QString {
        if (statusColumn >= 0) {
            const QStringView status = r.field(statusColumn).trimmed();
            if (status == u"1" || status == u"2" || status == u"8" || status == u"9"
                || status.contains(u"Preview", Qt::CaseInsensitive)
                || status.contains(u"Test", Qt::CaseInsensitive)
                || status.contains(u"Spam", Qt::CaseInsensitive))
                return QCoreApplication::translate("Importer", "survey preview, test or spam");
        }
        if (finishedColumn >= 0) {
            const QStringView finished = r.field(finishedColumn).trimmed();
            if (finished == u"0" || finished.compare(u"False", Qt::CaseInsensitive) == 0)
                return QCoreApplication::translate("Importer", "unfinished");
        }
        return {};
    };
    qint64 sinceProgress = 0;
    QString missingMarker;
    qint64 shortLast = 0; // the line of the last record read, when it lacked fields
    qint64 lastLine = 0;

    while (reader.readRecord()) {
        ++report.rowsRead;
        if (++sinceProgress >= ProgressEvery) {
            sinceProgress = 0;
            if (options.progress)
                options.progress(reader.bytesRead(), progressTotal);
            if (options.cancel && options.cancel->load()) {
                fail(QString());
                report.cancelled = true;
                return report;
            }
        }
        const qint64 line = reader.lineNumber();
        lastLine = line;
        shortLast = 0;
        if (const QString why = excludedBecause(reader); !why.isEmpty()) {
            ++report.excluded;
            ++report.excludedBecause[why];
            continue;
        }
        auto issue = [&](int column, const QString &reason, const QString &raw) {
            report.issues.append(
                {line, column >= 0 ? layout.columnNames.value(column) : QString(), reason, raw});
        };

        bool bad = false;
        qsizetype fields = reader.fieldCount();
        while (fields > width && reader.field(fields - 1).isEmpty())
            --fields; // trailing empty columns
        if (const QString problem = reader.recordProblem(); !problem.isEmpty()) {
            issue(-1, problem, fieldsText(reader)); // a quote never closed, say
            bad = true;
        } else if (fields != width) {
            issue(-1,
                  QCoreApplication::translate("Importer", "expected %1 fields, found %2")
                      .arg(width)
                      .arg(fields),
                  fieldsText(reader));
            bad = true;
            shortLast = fields < width ? line : 0;
        }
        ResponseRow &row = writer->nextRow();
        row.line = line;
        if (!bad) {
            if (std::optional<RowIssue> problem
                = decoder.readFigures(reader, line, row, missingMarker)) {
                report.issues.append(*problem);
                bad = true;
            }
        }
        if (bad) {
            ++report.skipped;
            if (options.strict)
                return fail(QCoreApplication::translate(
                                "Importer",
                                "%1, line %2, column “%3”: %4 (found “%5”). Nothing was imported "
                                "(--strict).")
                                .arg(path)
                                .arg(line)
                                .arg(report.issues.last().column,
                                     report.issues.last().reason,
                                     report.issues.last().rawText));
            continue;
        }

        const ResponseKeys::Keys keys = keyOf.of(reader, fields, mapping.respondentId);
        row.key = keys.key;
        if (stored.contains(keys.key) || (keys.legacy != 0 && stored.contains(keys.legacy))) {
            ++report.duplicates;
            continue;
        }
        if (!inFile.insert(keys.key)) {
            // Only an id repeats within a file: rows without one are counted by occurrence.
            ++report.duplicates;
            ++report.duplicatesInFile;
            if (report.warnings.size() < MaxWarnings)
                report.warnings.append(
                    {line,
                     layout.columnNames.value(mapping.respondentId),
                     QCoreApplication::translate("Importer",
                                                 "this respondent id came earlier in the file: "
                                                 "counted once, this row is a duplicate"),
                     reader.field(mapping.respondentId).trimmed().toString()});
            continue;
        }
        if (mapping.respondentId >= 0)
            row.respondent.append(reader.field(mapping.respondentId).trimmed());
        if (!row.score) {
            ++report.withoutScore;
            ++report.withoutScoreBecause[missingMarker];
        }
        if (std::optional<RowIssue> warning = decoder.checkGroup(reader, line, row)) {
            ++report.groupDisagreements;
            if (report.warnings.size() < MaxWarnings)
                report.warnings.append(*warning);
        }
        decoder.readAnswers(reader, row);

        if (Status s = writer->addRow(); !s)
            return fail(QCoreApplication::translate("Importer", "Cannot store line %1: %2")
                            .arg(line)
                            .arg(s.error()));
    }
    // The keys are done with: what follows (the snapshot of the cache, above all) gets their
    // memory, a quarter of a gigabyte at ten million rows.
    stored = KeySet();
    inFile = KeySet();
    if (reader.hasError())
        return fail(QStringLiteral("%1: %2").arg(path, reader.errorString()));
    // The last row short of fields, and no line break after it: the export was cut off (a
    // download or a copy that stopped), which says more than its missing fields.
    if (shortLast > 0 && shortLast == lastLine && !report.issues.isEmpty()
        && report.issues.last().line == shortLast && !XlsxReader::looksLikeXlsx(path)
        && !endsWithLineBreak(file))
        report.issues.last().reason += QCoreApplication::translate(
            "Importer", "; the file ends in the middle of this row: it looks cut off");
    if (Status s = writer->flush(); !s)
        return fail(QCoreApplication::translate("Importer", "Cannot store the responses: %1")
                        .arg(s.error()));
    report.imported = writer->written();
    writer.reset();
    if (Status s = decoder.storeNewValues(m_store); !s)
        return fail(s.error());
    // Rows without a score that turned out to be duplicates were not imported.
    const int rowsRead = report.rowsRead > INT_MAX ? INT_MAX : int(report.rowsRead);
    if (report.imported == 0 && report.skipped > 0 && report.duplicates == 0)
        return fail(QCoreApplication::translate(
                        "Importer",
                        "%1: none of its %n row(s) could be imported; the first problem is on "
                        "line %2: %3",
                        nullptr,
                        rowsRead)
                        .arg(path)
                        .arg(report.issues.first().line)
                        .arg(report.issues.first().reason));

    const Result<QString> hash = fileHash(file);
    if (!hash)
        return fail(hash.error());
    record.fileHash = hash.value();
    record.rowsRead = report.rowsRead;
    record.rowsImported = report.imported;
    record.rowsSkipped = report.skipped;
    record.rowsDuplicate = report.duplicates;
    if (Status s = m_store.updateImportCounts(record); !s)
        return fail(s.error());
    if (Status s = m_store.addRowIssues(record.id, report.issues); !s)
        return fail(s.error());
    if (options.committing) {
        if (Status s = options.committing(m_store); !s)
            return fail(s.error());
    }
    // The team's other windows load this import when (and only if) it commits.
    if (Status s = PostgresSession::notifyChange(m_store, QStringLiteral("import"), record.id); !s)
        return fail(s.error());
    if (Status s = m_store.commit(); !s)
        return fail(
            QCoreApplication::translate("Importer", "Cannot save the import: %1").arg(s.error()));
    if (options.progress)
        options.progress(progressTotal, progressTotal);
    qCDebug(lcImport) << "imported" << report.imported << "of" << report.rowsRead << "rows ("
                      << report.skipped << "skipped," << report.duplicates << "already present) in"
                      << timer.elapsed() << "ms";
    return report;
}
