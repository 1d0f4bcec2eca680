// ResponseCache::load: reading a project's responses, dimensions and open answers into the
// cache (the in-memory structure itself is in responsecache.cpp).

#include "metrics/responsecache.h"

#include "metrics/cachesnapshot.h"

#include "logging.h"

#include "store/surveystore.h"
#include "store/workerqueue.h"

#include <cmath>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace {

// "2025-07-01…" → Julian day; NoDay for anything else.
qint32 julianDayOf(const char *text, int length)
{
    if (!text || length < 10 || text[4] != '-' || text[7] != '-')
        return ResponseCache::NoDay;
    auto digits = [text](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    const QDate date(y, m, d);
    return date.isValid() ? qint32(date.toJulianDay()) : ResponseCache::NoDay;
}

struct ValueCode
{
    qint16 dimension = -1;
    quint16 code = ResponseCache::NoValue;
};

struct Dictionaries
{
    QList<ResponseCache::Dimension> dimensions;
    std::vector<ValueCode> byValueId;
    std::vector<int> multi; // indices of the multi-select dimensions
};

ResponseCache::Dimension::Kind kindOf(const QString &key)
{
    if (key == u"multi")
        return ResponseCache::Dimension::Kind::Multi;
    if (key == u"numeric")
        return ResponseCache::Dimension::Kind::Numeric;
    return ResponseCache::Dimension::Kind::Single;
}

Result<Dictionaries> readDictionaries(const SurveyStore &store)
{
    Dictionaries d;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    QHash<qint64, int> dimensionIndex;
    if (!query.exec(QStringLiteral("SELECT id, name, kind, label, relevance, shown_by_default"
                                   " FROM dimensions ORDER BY id")))
        return Result<Dictionaries>::failure(query.lastError().text());
    while (query.next()) {
        dimensionIndex.insert(query.value(0).toLongLong(), int(d.dimensions.size()));
        ResponseCache::Dimension dimension{query.value(1).toString(), {}};
        dimension.kind = kindOf(query.value(2).toString());
        dimension.label = query.value(3).toString();
        dimension.relevance = query.value(4).isNull() ? 0 : query.value(4).toDouble();
        dimension.shownByDefault = query.value(5).toInt() != 0;
        if (dimension.kind == ResponseCache::Dimension::Kind::Multi)
            d.multi.push_back(int(d.dimensions.size()));
        d.dimensions.append(dimension);
    }
    struct Value
    {
        qint64 id;
        int dimension;
        QString text;
        double number;
    };
    QList<Value> values;
    qint64 maxId = 0;
    if (!query.exec(QStringLiteral("SELECT id, dimension_id, value FROM dimension_values")))
        return Result<Dictionaries>::failure(query.lastError().text());
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const int dimension = dimensionIndex.value(query.value(1).toLongLong(), -1);
        QString text = query.value(2).toString();
        bool number = false;
        double n = 0;
        if (dimension >= 0
            && d.dimensions.at(dimension).kind == ResponseCache::Dimension::Kind::Numeric) {
            n = QString(text).replace(u',', u'.').toDouble(&number);
            // "nan" would make the ordering below inconsistent; it sorts as text, after numbers.
            if (!number || !std::isfinite(n))
                n = std::numeric_limits<double>::infinity();
        }
        values.append({id, dimension, std::move(text), n});
        maxId = std::max(maxId, id);
    }
    // Codes follow the values' natural order (numbers by value), so facets and breakdowns list
    // them sorted.
    std::sort(values.begin(), values.end(), [&d](const Value &a, const Value &b) {
        if (a.dimension != b.dimension)
            return a.dimension < b.dimension;
        if (a.dimension >= 0
            && d.dimensions.at(a.dimension).kind == ResponseCache::Dimension::Kind::Numeric
            && a.number != b.number)
            return a.number < b.number;
        const int c = QString::compare(a.text, b.text, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.text < b.text;
    });
    d.byValueId.assign(size_t(maxId + 1), {});
    for (const Value &v : std::as_const(values)) {
        if (v.dimension < 0)
            continue;
        QStringList &list = d.dimensions[v.dimension].values;
        if (list.size() >= ResponseCache::NoValue)
            continue; // more values than a segment can have: left out of the breakdowns
        d.byValueId[size_t(v.id)] = {qint16(v.dimension), quint16(list.size())};
        list.append(v.text);
    }
    return d;
}

// Reads one response's segment_values: a code per single dimension, the options of the
// multi-select ones.
class SegmentDecoder
{
public:
    SegmentDecoder(const Dictionaries &dict, ResponseCache::Builder &builder)
        : m_dict(dict)
        , m_builder(builder)
        , m_codes(size_t(dict.dimensions.size()))
        , m_options(size_t(dict.dimensions.size()))
    {
        m_isMulti.assign(size_t(dict.dimensions.size()), 0);
        for (int d : dict.multi)
            m_isMulti[size_t(d)] = 1;
    }

    const quint16 *decode(const char *text, int length)
    {
        std::fill(m_codes.begin(), m_codes.end(), ResponseCache::NoValue);
        for (int d : m_dict.multi)
            m_options[size_t(d)].clear();
        qint64 id = 0;
        bool inNumber = false;
        for (int i = 0; i <= length; ++i) {
            const char c = i < length ? text[i] : ' ';
            if (c >= '0' && c <= '9') {
                id = id * 10 + (c - '0');
                inNumber = true;
            } else if (inNumber) {
                if (id >= 0 && size_t(id) < m_dict.byValueId.size()) {
                    const ValueCode v = m_dict.byValueId[size_t(id)];
                    if (v.dimension >= 0) {
                        if (m_isMulti[size_t(v.dimension)])
                            m_options[size_t(v.dimension)].push_back(v.code);
                        else
                            m_codes[size_t(v.dimension)] = v.code;
                    }
                }
                id = 0;
                inNumber = false;
            }
        }
        for (int d : m_dict.multi)
            m_codes[size_t(d)] = m_builder.combinationOf(d, m_options[size_t(d)]);
        return m_codes.data();
    }

private:
    const Dictionaries &m_dict;
    ResponseCache::Builder &m_builder;
    std::vector<quint16> m_codes;
    std::vector<std::vector<quint16>> m_options;
    std::vector<quint8> m_isMulti;
};

// The open questions: [0] the primary one of the imports (the first import's text), then the
// others that have answers. `secondary` maps their question ids to cache indices.
Result<QList<ResponseCache::Question>> readQuestions(const SurveyStore &store,
                                                     QHash<qint64, int> &secondary)
{
    QList<ResponseCache::Question> questions;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    QHash<qint64, std::pair<QString, QString>> texts;
    if (!query.exec(QStringLiteral("SELECT id, text, label FROM questions")))
        return Result<QList<ResponseCache::Question>>::failure(query.lastError().text());
    while (query.next())
        texts.insert(query.value(0).toLongLong(),
                     {query.value(1).toString(), query.value(2).toString()});
    if (!query.exec(QStringLiteral("SELECT primary_question_id, mapping FROM imports ORDER BY id")))
        return Result<QList<ResponseCache::Question>>::failure(query.lastError().text());
    while (query.next() && questions.isEmpty()) {
        if (!query.value(0).isNull()) {
            const auto [text, label] = texts.value(query.value(0).toLongLong());
            questions.append({text, label, true});
        } else {
            // Imported before schema 2: the mapping names the open answer's column.
            const QString answer = QJsonDocument::fromJson(query.value(1).toString().toUtf8())
                                       .object()
                                       .value(QStringLiteral("answer"))
                                       .toString();
            if (!answer.isEmpty())
                questions.append({answer, {}, true});
        }
    }
    if (!query.exec(
            QStringLiteral("SELECT DISTINCT question_id FROM answers WHERE question_id IN"
                           " (SELECT id FROM questions WHERE kind = 'open') ORDER BY question_id")))
        return Result<QList<ResponseCache::Question>>::failure(query.lastError().text());
    while (query.next()) {
        if (questions.isEmpty())
            questions.append(
                {QCoreApplication::translate("ResponseCache", "Open answer"), {}, true});
        const qint64 id = query.value(0).toLongLong();
        secondary.insert(id, int(questions.size()));
        const auto [text, label] = texts.value(id);
        questions.append({text, label, false});
    }
    return questions;
}

// Adds the response in the current row of `query` (the columns of ResponsesSql) to `builder`.
void addResponseRow(const QSqlQuery &query,
                    ResponseCache::Builder &builder,
                    SegmentDecoder &segments)
{
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const QVariant score = query.value(0);
    const QByteArray date = query.value(1).toString().toLatin1();
    const QByteArray values = query.value(5).toString().toLatin1();
    builder.addEncoded(score.isNull() ? ResponseCache::NoScore : qint8(score.toInt()),
                       julianDayOf(date.constData(), int(date.size())),
                       builder.answerIndexOf(query.value(2).toString()),
                       segments.decode(values.constData(), int(values.size())),
                       query.value(3).isNull() ? nan : query.value(3).toFloat(),
                       query.value(4).isNull() ? nan : query.value(4).toFloat());
}

constexpr const char *ResponsesSql
    = "SELECT score, answered_at, open_answer, csat, ces, segment_values, id"
      " FROM responses ORDER BY id";
constexpr const char *AnswersSql
    = "SELECT response_id, question_id, text FROM answers ORDER BY response_id";

// Responses read off SQLite on the calling thread and encoded into the builder on another, a
// batch at a time: stepping through the table (SQLite's work) and encoding the rows (the
// answers' dictionary, the segment codes, the columns) take a core each.
class PipelinedRows
{
public:
    PipelinedRows(ResponseCache::Builder &builder, SegmentDecoder &segments)
        : m_queue(Capacity, [&builder, &segments](Batch &batch) {
            batch.encodeInto(builder, segments);
            return QString();
        })
    {}

    // Reads `stmt` (the columns of ResponsesSql) to its end; the step's result code (SQLITE_DONE
    // when every row was read). Response ids go to `ids` when it is given.
    int read(sqlite3_stmt *stmt, std::vector<qint64> *ids, const std::function<bool()> &cancelled)
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        int rc;
        qint64 n = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if ((++n & 0xffff) == 0 && cancelled())
                break;
            Batch &b = m_batch;
            b.scores.push_back(sqlite3_column_type(stmt, 0) == SQLITE_NULL
                                   ? ResponseCache::NoScore
                                   : qint8(sqlite3_column_int(stmt, 0)));
            const auto *date = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
            b.days.push_back(julianDayOf(date, sqlite3_column_bytes(stmt, 1)));
            const auto *answer = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2));
            b.bytes.append(answer, answer ? sqlite3_column_bytes(stmt, 2) : 0);
            b.ends.push_back(quint32(b.bytes.size()));
            b.csat.push_back(sqlite3_column_type(stmt, 3) == SQLITE_NULL
                                 ? nan
                                 : float(sqlite3_column_double(stmt, 3)));
            b.ces.push_back(sqlite3_column_type(stmt, 4) == SQLITE_NULL
                                ? nan
                                : float(sqlite3_column_double(stmt, 4)));
            const auto *values = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 5));
            b.bytes.append(values, values ? sqlite3_column_bytes(stmt, 5) : 0);
            b.ends.push_back(quint32(b.bytes.size()));
            if (ids)
                ids->push_back(sqlite3_column_int64(stmt, 6));
            if (b.scores.size() == BatchRows)
                (void)m_queue.enqueue(m_batch); // the work never fails
        }
        if (!m_batch.scores.empty())
            (void)m_queue.enqueue(m_batch);
        (void)m_queue.drain(); // the builder is the caller's again
        return rc;
    }

private:
    static constexpr size_t BatchRows = 4096;
    static constexpr size_t Capacity = 4;

    struct Batch
    {
        std::vector<qint8> scores;
        std::vector<qint32> days;
        std::vector<float> csat, ces;
        QByteArray bytes;          // per row: the answer's UTF-8, then its segment values
        std::vector<quint32> ends; // per row: where its answer ends, where its values end

        void encodeInto(ResponseCache::Builder &builder, SegmentDecoder &segments)
        {
            quint32 at = 0;
            const char *data = bytes.constData();
            for (size_t r = 0; r < scores.size(); ++r) {
                const quint32 answerEnd = ends[2 * r];
                const quint32 valuesEnd = ends[2 * r + 1];
                const quint32 answer = answerEnd == at ? 0
                                                       : builder.answerIndexOf(QString::fromUtf8(
                                                           data + at, qsizetype(answerEnd - at)));
                const quint16 *codes
                    = segments.decode(data + answerEnd, int(valuesEnd - answerEnd));
                builder.addEncoded(scores[r], days[r], answer, codes, csat[r], ces[r]);
                at = valuesEnd;
            }
            scores.clear();
            days.clear();
            csat.clear();
            ces.clear();
            bytes.clear();
            ends.clear();
        }
    };

    Batch m_batch;
    WorkerQueue<Batch> m_queue; // last: its thread stops before the batch above goes
};

} // namespace

Result<ResponseCache>
ResponseCache::load(const SurveyStore &store, const std::atomic_bool *cancel, Texts texts)
{
    Result<ResponseCache> snapshot = CacheSnapshot::read(store, texts);
    if (snapshot)
        return snapshot;
    qCDebug(lcCache) << snapshot.error();
    return loadFromRows(store, cancel);
}

Result<ResponseCache> ResponseCache::loadFromRows(const SurveyStore &store,
                                                  const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const Result<Dictionaries> dictionaries = readDictionaries(store);
    if (!dictionaries)
        return Result<ResponseCache>::failure(dictionaries.error());
    const Dictionaries &dict = dictionaries.value();
    QHash<qint64, int> secondary;
    const Result<QList<Question>> questions = readQuestions(store, secondary);
    if (!questions)
        return Result<ResponseCache>::failure(questions.error());

    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*), COUNT(csat), COUNT(ces) FROM responses"))
        || !query.next())
        return Result<ResponseCache>::failure(query.lastError().text());
    const qint64 rows = query.value(0).toLongLong();
    Builder builder(
        dict.dimensions, query.value(1).toLongLong() > 0, query.value(2).toLongLong() > 0);
    builder.reserve(rows);
    builder.setQuestions(questions.value());
    if (query.exec(QStringLiteral("SELECT COALESCE(MIN(scale_min), 0) FROM imports"))
        && query.next())
        builder.setScoreScaleMin(query.value(0).toInt());
    const Result<QList<qint64>> imports = storedImports(store);
    if (!imports)
        return Result<ResponseCache>::failure(imports.error());
    builder.setImportIds(imports.value());
    SegmentDecoder segments(dict, builder);
    // Response ids by cache row, to place the other open questions' answers.
    std::vector<qint64> ids;
    if (!secondary.isEmpty())
        ids.reserve(size_t(rows));
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };

    if (sqlite3 *db = store.sqliteHandle()) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, ResponsesSql, -1, &stmt, nullptr) != SQLITE_OK)
            return Result<ResponseCache>::failure(QString::fromUtf8(sqlite3_errmsg(db)));
        const int rc = PipelinedRows(builder, segments)
                           .read(stmt, secondary.isEmpty() ? nullptr : &ids, cancelled);
        const QString error = rc == SQLITE_DONE || rc == SQLITE_ROW
                                  ? QString()
                                  : QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        if (!error.isEmpty())
            return Result<ResponseCache>::failure(
                QCoreApplication::translate("ResponseCache", "Cannot read the responses: %1")
                    .arg(error));
    } else {
        query.setForwardOnly(true);
        if (!query.exec(QString::fromLatin1(ResponsesSql)))
            return Result<ResponseCache>::failure(query.lastError().text());
        while (query.next() && !cancelled()) {
            addResponseRow(query, builder, segments);
            if (!secondary.isEmpty())
                ids.push_back(query.value(6).toLongLong());
        }
    }
    if (cancelled())
        return Result<ResponseCache>::failure(
            QCoreApplication::translate("ResponseCache", "Cancelled."));

    // The other open questions' answers, in response order: one walk beside the rows.
    if (!secondary.isEmpty()) {
        QSqlQuery answers(store.database());
        answers.setForwardOnly(true);
        if (!answers.exec(QString::fromLatin1(AnswersSql)))
            return Result<ResponseCache>::failure(answers.lastError().text());
        size_t row = 0;
        while (answers.next()) {
            const qint64 response = answers.value(0).toLongLong();
            while (row < ids.size() && ids[row] < response)
                ++row;
            if (row == ids.size())
                break;
            if (ids[row] != response || !secondary.contains(answers.value(1).toLongLong()))
                continue; // contact details are no open answer
            builder.setAnswer(secondary.value(answers.value(1).toLongLong()),
                              qsizetype(row),
                              builder.answerIndexOf(answers.value(2).toString()));
        }
    }
    ResponseCache cache = builder.finish();
    qCDebug(lcCache) << "loaded" << cache.size() << "responses," << cache.questions().size()
                     << "open questions," << cache.columnBytes() << "bytes of columns, in"
                     << timer.elapsed() << "ms";
    return cache;
}

Result<QList<qint64>> ResponseCache::storedImports(const SurveyStore &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM imports ORDER BY id")))
        return Result<QList<qint64>>::failure(query.lastError().text());
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

namespace {

// How many responses each import stored, by import id.
Result<QHash<qint64, qint64>> storedPerImport(const SurveyStore &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, rows_imported FROM imports")))
        return Result<QHash<qint64, qint64>>::failure(query.lastError().text());
    QHash<qint64, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return counts;
}

} // namespace

Result<ResponseCache> ResponseCache::loadAdding(const ResponseCache &previous,
                                                const SurveyStore &store,
                                                const std::atomic_bool *cancel)
{
    using R = Result<ResponseCache>;
    if (!previous.hasAnswerTexts()) // nothing to re-use the texts from
        return load(store, cancel);
    QElapsedTimer timer;
    timer.start();
    const Result<QList<qint64>> imports = storedImports(store);
    if (!imports)
        return R::failure(imports.error());
    const Result<QHash<qint64, qint64>> stored = storedPerImport(store);
    if (!stored)
        return R::failure(stored.error());
    // `previous` must be the project as it was before the added imports: every import it
    // holds still there with as many responses, and the added ones after them (imports write
    // one at a time, under the project's lock, their rows numbered on from the last).
    QList<qint64> added;
    qint64 newRows = 0;
    for (qint64 id : imports.value()) {
        if (!previous.importIds().contains(id)) {
            added.append(id);
            newRows += stored->value(id);
        }
    }
    qint64 kept = 0;
    bool removed = false;
    for (qint64 id : previous.importIds()) {
        removed = removed || !stored->contains(id);
        kept += stored->value(id);
    }
    if (removed || kept != previous.size() || previous.importIds().isEmpty()
        || (!added.isEmpty() && added.constFirst() < previous.importIds().constLast()))
        return load(store, cancel);
    if (added.isEmpty())
        return previous;
    // The added rows are the last ones: read through the primary key's index, backwards.
    const QString latest = QStringLiteral("(SELECT * FROM responses ORDER BY id DESC LIMIT %1)"
                                          " AS latest")
                               .arg(newRows);

    const Result<Dictionaries> dictionaries = readDictionaries(store);
    if (!dictionaries)
        return R::failure(dictionaries.error());
    const Dictionaries &dict = dictionaries.value();
    QHash<qint64, int> secondary;
    const Result<QList<Question>> questions = readQuestions(store, secondary);
    if (!questions)
        return R::failure(questions.error());
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(csat), COUNT(ces) FROM ") + latest)
        || !query.next())
        return R::failure(query.lastError().text());
    Builder builder(dict.dimensions,
                    previous.hasCsat() || query.value(0).toLongLong() > 0,
                    previous.hasCes() || query.value(1).toLongLong() > 0);
    builder.reserve(previous.size() + newRows);
    builder.setQuestions(questions.value());
    builder.setImportIds(imports.value());
    if (query.exec(QStringLiteral("SELECT COALESCE(MIN(scale_min), 0) FROM imports"))
        && query.next())
        builder.setScoreScaleMin(query.value(0).toInt());

    // The rows in memory: each old code to the new one, looked up once, in the order load()
    // meets them (so that answers and combinations get the codes a full load gives them).
    constexpr quint32 Unmapped = std::numeric_limits<quint32>::max();
    std::vector<quint32> answerMap(size_t(previous.answerTexts().size()), Unmapped);
    const auto mapAnswer = [&](quint32 old) {
        quint32 &mapped = answerMap[old];
        if (mapped == Unmapped)
            mapped = builder.answerIndexOf(previous.answerTexts().at(old));
        return mapped;
    };
    const qsizetype dimensionCount = dict.dimensions.size();
    const auto columns = static_cast<size_t>(dimensionCount);
    std::vector<int> oldDimension(columns, -1);
    std::vector<std::vector<quint32>> codeMap(columns);
    std::vector<QHash<QString, quint16>> valueCodes(columns);
    for (qsizetype d = 0; d < dimensionCount; ++d) {
        const Dimension &dimension = dict.dimensions.at(d);
        for (qsizetype v = 0; v < dimension.values.size(); ++v)
            valueCodes[size_t(d)].insert(dimension.values.at(v), quint16(v));
        for (qsizetype o = 0; o < previous.dimensions().size(); ++o) {
            if (previous.dimensions().at(o).name == dimension.name) {
                oldDimension[size_t(d)] = int(o);
                codeMap[size_t(d)].assign(size_t(previous.combinationCount(int(o))), Unmapped);
                break;
            }
        }
    }
    std::vector<quint16> codes(columns);
    std::vector<quint16> options;
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    for (qsizetype row = 0; row < previous.size(); ++row) {
        if ((row & 0xffff) == 0 && cancelled())
            return R::failure(QCoreApplication::translate("ResponseCache", "Cancelled."));
        for (qsizetype d = 0; d < dimensionCount; ++d) {
            const int old = oldDimension[size_t(d)];
            const quint16 oldCode = old < 0 ? NoValue : previous.segmentCode(old, row);
            if (oldCode == NoValue || oldCode >= codeMap[size_t(d)].size()) {
                codes[size_t(d)] = NoValue;
                continue;
            }
            quint32 &mapped = codeMap[size_t(d)][oldCode];
            if (mapped == Unmapped) {
                const QStringList &names = previous.dimensions().at(old).values;
                options.clear();
                for (quint16 option : previous.optionsOf(old, oldCode))
                    options.push_back(valueCodes[size_t(d)].value(names.value(option), NoValue));
                std::erase(options, NoValue);
                if (dict.dimensions.at(d).kind == Dimension::Kind::Multi)
                    mapped = builder.combinationOf(int(d), options);
                else
                    mapped = options.empty() ? NoValue : options.front();
            }
            codes[size_t(d)] = quint16(mapped);
        }
        builder.addEncoded(previous.score(row),
                           previous.day(row),
                           mapAnswer(previous.answerIndex(row)),
                           codes.data(),
                           previous.csat(row),
                           previous.ces(row));
    }

    // The new imports' rows, read as load() reads them.
    SegmentDecoder segments(dict, builder);
    std::vector<qint64> newIds;
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT score, answered_at, open_answer, csat, ces,"
                                   " segment_values, id, import_id FROM ")
                    + latest + QStringLiteral(" ORDER BY id")))
        return R::failure(query.lastError().text());
    qint64 read = 0;
    while (query.next() && !cancelled()) {
        if (!added.contains(query.value(7).toLongLong()))
            return load(store, cancel); // not the rows it counted on: read them all
        ++read;
        addResponseRow(query, builder, segments);
        if (!secondary.isEmpty())
            newIds.push_back(query.value(6).toLongLong());
    }
    if (cancelled())
        return R::failure(QCoreApplication::translate("ResponseCache", "Cancelled."));
    if (read != newRows)
        return load(store, cancel);

    // The other open questions: the old rows' from memory (by question text), the new rows'
    // from the project.
    for (qsizetype q = 1; q < previous.questions().size(); ++q) {
        const QString &text = previous.questions().at(q).text;
        int now = -1;
        for (qsizetype n = 1; n < questions.value().size(); ++n) {
            if (questions.value().at(n).text == text) {
                now = int(n);
                break;
            }
        }
        if (now < 0)
            continue;
        const std::vector<quint32> &column = previous.answers(int(q));
        for (size_t row = 0; row < column.size(); ++row) {
            if (column[row] != 0)
                builder.setAnswer(now, qsizetype(row), mapAnswer(column[row]));
        }
    }
    if (!secondary.isEmpty() && !newIds.empty()) {
        QSqlQuery answers(store.database());
        answers.setForwardOnly(true);
        if (!answers.exec(QStringLiteral("SELECT response_id, question_id, text FROM answers"
                                         " WHERE response_id >= %1 ORDER BY response_id")
                              .arg(newIds.front())))
            return R::failure(answers.lastError().text());
        size_t row = 0;
        while (answers.next()) {
            const qint64 response = answers.value(0).toLongLong();
            while (row < newIds.size() && newIds[row] < response)
                ++row;
            if (row == newIds.size())
                break;
            if (newIds[row] != response)
                continue;
            builder.setAnswer(secondary.value(answers.value(1).toLongLong()),
                              previous.size() + qsizetype(row),
                              builder.answerIndexOf(answers.value(2).toString()));
        }
    }
    ResponseCache cache = builder.finish();
    qCDebug(lcCache) << "added" << newRows << "responses of" << added.size() << "imports to"
                     << previous.size() << "in" << timer.elapsed() << "ms";
    return cache;
}
