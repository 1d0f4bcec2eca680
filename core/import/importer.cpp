#include "import/importer.h"

#include "import/keyset.h"
#include "logging.h"

#include "csv/contentsniffer.h"
#include "csv/csvreader.h"
#include "csv/dialectsniffer.h"
#include "csv/xlsxreader.h"
#include "import/roledetector.h"
#include "import/scoreparser.h"
#include "import/segmentencoder.h"
#include "store/responsewriter.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <xxhash.h>

namespace {

constexpr int SampleRows = 2000;
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
    while (records.size() < 3 + SampleRows && reader.readRecord()) {
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
    QString problem = detection.problem;

    for (const auto &[roleKey, column] : options.map) {
        const auto role = ColumnMapping::roleFromKey(roleKey);
        if (!role) {
            report.error = QCoreApplication::translate(
                               "Importer",
                               "Unknown role “%1” in --map; expected score, date, id, answer, "
                               "segment, csat, ces or ignore.")
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
        report.mapping.assign(*role, c);
        report.notes << QStringLiteral("%1: “%2”, chosen by the user")
                            .arg(ColumnMapping::roleKey(*role), report.layout.columnNames.at(c));
        if (*role == ColumnRole::Score)
            problem.clear();
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
            report.notes << QStringLiteral(
                                "dates: day and month order is ambiguous in every value; "
                                "read as %1 after the locale (%2)")
                                .arg(in.dateFormat.describe(), options.locale.name());
    } else {
        report.notes << QStringLiteral("this export has no date column: its responses count in all "
                                       "figures except per period");
    }

    // The problems the sample rows already show, so that they can be seen before importing.
    const ColumnMapping &m = report.mapping;
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
        const ScoreParser::Result score = ScoreParser::parse(row.value(m.score));
        if (score.kind == ScoreParser::Kind::Invalid)
            report.issues.append(
                {line, report.layout.columnNames.value(m.score), score.reason, row.value(m.score)});
        else if (m.answeredAt >= 0 && !row.value(m.answeredAt).trimmed().isEmpty()
                 && !DateParser::toIso(row.value(m.answeredAt), in.dateFormat))
            report.issues.append(
                {line,
                 report.layout.columnNames.value(m.answeredAt),
                 QCoreApplication::translate("Importer", "not a date of this column's format (%1)")
                     .arg(report.dateFormat),
                 row.value(m.answeredAt)});
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

quint64 hashView(QStringView text, quint64 seed)
{
    return XXH3_64bits_withSeed(text.utf16(), size_t(text.size()) * sizeof(char16_t), seed);
}

// Identifies the file's bytes (XXH3-128: the import record needs a fingerprint, not a seal,
// and SHA-256 would cost a tenth of a million-row import).
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

    // Segment dimensions and their values, resolved to ids once.
    SegmentEncoder segments;
    {
        QStringList names;
        for (int c : mapping.segments) {
            // Two columns under one header (a question asked twice) are two dimensions.
            QString name = layout.columnNames.at(c);
            for (int n = 2; names.contains(name); ++n)
                name = QStringLiteral("%1 (%2)").arg(layout.columnNames.at(c)).arg(n);
            names << name;
        }
        if (Status s = segments.load(m_store, names); !s)
            return fail(s.error());
    }

    // The dedup key belongs to the survey: the same respondent (or the same row, counted by
    // its occurrence in the file) in an export with the same columns. BEGIN IMMEDIATE holds the
    // write lock, so the stored keys cannot change while this import runs.
    const quint64 surveySeed = hashView(layout.columnIds.join(QChar(0x1f)), 0x4e5053);
    QHash<quint64, int> rowOccurrences;
    Result<QSet<qint64>> storedKeys = m_store.responseKeys();
    if (!storedKeys)
        return fail(storedKeys.error());
    KeySet keys;
    {
        // Room for every row of the file, estimated from the sample's bytes per row.
        qint64 sampleBytes = 0;
        for (const QStringList &row : std::as_const(in.sample))
            for (const QString &field : row)
                sampleBytes += field.size() + 1;
        const qint64 expected = sampleBytes > 0 ? total * in.sample.size() / sampleBytes : 0;
        keys = KeySet(size_t(storedKeys->size() + expected + 16));
        for (qint64 key : std::as_const(storedKeys.value()))
            keys.insert(key);
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
    // LimeSurvey writes line breaks inside answers as the two characters \n.
    const bool unescapeNewlines = layout.tool == SurveyLayout::Tool::LimeSurvey;
    QString rowText;
    qint64 sinceProgress = 0;
    const QString scoreColumn = layout.columnNames.at(mapping.score);

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
        }
        ResponseRow &row = writer->nextRow();
        row.line = line;
        if (!bad) {
            const ScoreParser::Result score = ScoreParser::parse(reader.field(mapping.score));
            if (score.kind == ScoreParser::Kind::Invalid) {
                issue(mapping.score, score.reason, reader.field(mapping.score).toString());
                bad = true;
            } else if (score.kind == ScoreParser::Kind::Score) {
                row.score = score.score;
            }
        }
        if (!bad && mapping.answeredAt >= 0) {
            const QStringView value = reader.field(mapping.answeredAt);
            if (!value.trimmed().isEmpty()) {
                if (!DateParser::appendIso(value, in.dateFormat, row.answeredAt)) {
                    issue(mapping.answeredAt,
                          QCoreApplication::translate("Importer",
                                                      "not a date of this column's format (%1)")
                              .arg(report.dateFormat),
                          value.toString());
                    bad = true;
                }
            }
        }
        for (const auto &[column, target] :
             {std::pair{mapping.csat, &row.csat}, std::pair{mapping.ces, &row.ces}}) {
            if (bad || column < 0 || reader.field(column).trimmed().isEmpty())
                continue;
            *target = ScoreParser::parseNumber(reader.field(column));
            if (!*target) {
                issue(column,
                      QCoreApplication::translate("Importer", "not a number"),
                      reader.field(column).toString());
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

        if (mapping.respondentId >= 0 && !reader.field(mapping.respondentId).trimmed().isEmpty()) {
            row.respondent.append(reader.field(mapping.respondentId).trimmed());
            row.key = qint64(hashView(row.respondent, surveySeed));
        } else {
            rowText.resize(0);
            for (qsizetype i = 0; i < fields; ++i) {
                rowText += reader.field(i);
                rowText += QChar(0x1f);
            }
            const quint64 content = hashView(rowText, surveySeed);
            const int occurrence = rowOccurrences[content]++;
            row.key = qint64(
                occurrence == 0
                    ? content
                    : content ^ XXH3_64bits_withSeed(&occurrence, sizeof occurrence, content));
        }
        if (!keys.insert(row.key)) {
            ++report.duplicates;
            continue;
        }
        if (!row.score)
            ++report.withoutScore;

        if (mapping.openAnswer >= 0)
            row.openAnswer.append(reader.field(mapping.openAnswer).trimmed());
        if (unescapeNewlines)
            row.openAnswer.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        for (qsizetype s = 0; s < mapping.segments.size(); ++s) {
            const QStringView value = reader.field(mapping.segments.at(s)).trimmed();
            if (value.isEmpty())
                continue;
            segments.encode(s, value, row.segmentValues);
        }

        if (Status s = writer->addRow(); !s)
            return fail(QCoreApplication::translate("Importer", "Cannot store line %1: %2")
                            .arg(line)
                            .arg(s.error()));
    }
    if (reader.hasError())
        return fail(QStringLiteral("%1: %2").arg(path, reader.errorString()));
    if (Status s = writer->flush(); !s)
        return fail(QCoreApplication::translate("Importer", "Cannot store the responses: %1")
                        .arg(s.error()));
    report.imported = writer->written();
    writer.reset();
    if (Status s = segments.storeNewValues(m_store); !s)
        return fail(s.error());
    // Rows without a score that turned out to be duplicates were not imported.
    if (report.imported == 0 && report.skipped > 0 && report.duplicates == 0)
        return fail(QCoreApplication::translate(
                        "Importer",
                        "%1: none of its %2 rows could be imported; the first problem is on line "
                        "%3: %4")
                        .arg(path)
                        .arg(report.rowsRead)
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
