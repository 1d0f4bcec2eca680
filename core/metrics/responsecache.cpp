#include "metrics/responsecache.h"

#include "logging.h"

#include "store/surveystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <numeric>

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
};

Result<Dictionaries> readDictionaries(const SurveyStore &store)
{
    Dictionaries d;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    QHash<qint64, int> dimensionIndex;
    if (!query.exec(QStringLiteral("SELECT id, name FROM dimensions ORDER BY id")))
        return Result<Dictionaries>::failure(query.lastError().text());
    while (query.next()) {
        dimensionIndex.insert(query.value(0).toLongLong(), int(d.dimensions.size()));
        d.dimensions.append({query.value(1).toString(), {}});
    }
    struct Value
    {
        qint64 id;
        int dimension;
        QString text;
    };
    QList<Value> values;
    qint64 maxId = 0;
    if (!query.exec(QStringLiteral("SELECT id, dimension_id, value FROM dimension_values")))
        return Result<Dictionaries>::failure(query.lastError().text());
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        values.append(
            {id, dimensionIndex.value(query.value(1).toLongLong(), -1), query.value(2).toString()});
        maxId = std::max(maxId, id);
    }
    // Codes follow the values' natural order, so facets and breakdowns list them sorted.
    std::sort(values.begin(), values.end(), [](const Value &a, const Value &b) {
        if (a.dimension != b.dimension)
            return a.dimension < b.dimension;
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

void decodeSegments(const char *text,
                    int length,
                    const std::vector<ValueCode> &byId,
                    quint16 *codes)
{
    qint64 id = 0;
    bool inNumber = false;
    for (int i = 0; i <= length; ++i) {
        const char c = i < length ? text[i] : ' ';
        if (c >= '0' && c <= '9') {
            id = id * 10 + (c - '0');
            inNumber = true;
        } else if (inNumber) {
            if (id >= 0 && size_t(id) < byId.size() && byId[size_t(id)].dimension >= 0)
                codes[byId[size_t(id)].dimension] = byId[size_t(id)].code;
            id = 0;
            inNumber = false;
        }
    }
}

constexpr const char *ResponsesSql
    = "SELECT score, answered_at, open_answer, csat, ces, segment_values"
      " FROM responses ORDER BY id";

} // namespace

Result<ResponseCache> ResponseCache::load(const SurveyStore &store, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const Result<Dictionaries> dictionaries = readDictionaries(store);
    if (!dictionaries)
        return Result<ResponseCache>::failure(dictionaries.error());
    const Dictionaries &dict = dictionaries.value();

    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*), COUNT(csat), COUNT(ces) FROM responses"))
        || !query.next())
        return Result<ResponseCache>::failure(query.lastError().text());
    const qint64 rows = query.value(0).toLongLong();
    Builder builder(
        dict.dimensions, query.value(1).toLongLong() > 0, query.value(2).toLongLong() > 0);
    builder.reserve(rows);
    std::vector<quint16> codes(size_t(dict.dimensions.size()));
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    const float nan = std::numeric_limits<float>::quiet_NaN();

    if (sqlite3 *db = store.sqliteHandle()) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, ResponsesSql, -1, &stmt, nullptr) != SQLITE_OK)
            return Result<ResponseCache>::failure(QString::fromUtf8(sqlite3_errmsg(db)));
        int rc;
        qint64 n = 0;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if ((++n & 0xffff) == 0 && cancelled())
                break;
            const qint8 score = sqlite3_column_type(stmt, 0) == SQLITE_NULL
                                    ? NoScore
                                    : qint8(sqlite3_column_int(stmt, 0));
            const auto *date = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
            const qint32 day = julianDayOf(date, sqlite3_column_bytes(stmt, 1));
            quint32 answer = 0;
            if (sqlite3_column_type(stmt, 2) != SQLITE_NULL) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2));
                answer
                    = builder.answerIndexOf(QString::fromUtf8(text, sqlite3_column_bytes(stmt, 2)));
            }
            const float csat = sqlite3_column_type(stmt, 3) == SQLITE_NULL
                                   ? nan
                                   : float(sqlite3_column_double(stmt, 3));
            const float ces = sqlite3_column_type(stmt, 4) == SQLITE_NULL
                                  ? nan
                                  : float(sqlite3_column_double(stmt, 4));
            std::fill(codes.begin(), codes.end(), NoValue);
            decodeSegments(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 5)),
                           sqlite3_column_bytes(stmt, 5),
                           dict.byValueId,
                           codes.data());
            builder.addEncoded(score, day, answer, codes.data(), csat, ces);
        }
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
            const QVariant score = query.value(0);
            const QByteArray date = query.value(1).toString().toLatin1();
            const QByteArray segments = query.value(5).toString().toLatin1();
            std::fill(codes.begin(), codes.end(), NoValue);
            decodeSegments(
                segments.constData(), int(segments.size()), dict.byValueId, codes.data());
            builder.addEncoded(score.isNull() ? NoScore : qint8(score.toInt()),
                               julianDayOf(date.constData(), int(date.size())),
                               builder.answerIndexOf(query.value(2).toString()),
                               codes.data(),
                               query.value(3).isNull() ? nan : query.value(3).toFloat(),
                               query.value(4).isNull() ? nan : query.value(4).toFloat());
        }
    }
    if (cancelled())
        return Result<ResponseCache>::failure(
            QCoreApplication::translate("ResponseCache", "Cancelled."));
    ResponseCache cache = builder.finish();
    qCDebug(lcCache) << "loaded" << cache.size() << "responses," << cache.columnBytes()
                     << "bytes of columns, in" << timer.elapsed() << "ms";
    return cache;
}

QDate ResponseCache::date(qsizetype row) const
{
    const qint32 d = day(row);
    return d == NoDay ? QDate() : QDate::fromJulianDay(d);
}

QString ResponseCache::segmentValue(int dimension, qsizetype row) const
{
    const quint16 code = segmentCode(dimension, row);
    return code == NoValue ? QString() : m_dimensions.at(dimension).values.at(code);
}

QList<int> ResponseCache::dimensionsByRelevance() const
{
    QList<int> order(m_dimensions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_dimensions.at(a).relevance > m_dimensions.at(b).relevance;
    });
    return order;
}

int ResponseCache::dimensionIndex(const QString &name) const
{
    for (int i = 0; i < m_dimensions.size(); ++i) {
        if (m_dimensions.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

qsizetype ResponseCache::columnBytes() const
{
    size_t bytes = m_scores.size() * sizeof(qint8) + m_days.size() * sizeof(qint32)
                   + m_answers.size() * sizeof(quint32) + m_csat.size() * sizeof(float)
                   + m_ces.size() * sizeof(float);
    for (const auto &column : m_segments)
        bytes += column.size() * sizeof(quint16);
    bytes += m_tupleOfRow.size() * sizeof(quint32);
    return qsizetype(bytes);
}

ResponseCache::Builder::Builder(const QList<Dimension> &dimensions, bool withCsat, bool withCes)
    : m_withCsat(withCsat)
    , m_withCes(withCes)
{
    m_cache.m_dimensions = dimensions;
    m_cache.m_segments.resize(size_t(dimensions.size()));
    m_answerIndex.insert(QString(), 0);
}

void ResponseCache::Builder::reserve(qsizetype rows)
{
    m_cache.m_scores.reserve(size_t(rows));
    m_cache.m_days.reserve(size_t(rows));
    m_cache.m_answers.reserve(size_t(rows));
    for (auto &column : m_cache.m_segments)
        column.reserve(size_t(rows));
    if (m_withCsat)
        m_cache.m_csat.reserve(size_t(rows));
    if (m_withCes)
        m_cache.m_ces.reserve(size_t(rows));
}

quint32 ResponseCache::Builder::answerIndexOf(QStringView answer)
{
    if (answer.isEmpty())
        return 0;
    const QString text = answer.toString();
    auto it = m_answerIndex.constFind(text);
    if (it != m_answerIndex.cend())
        return *it;
    const auto index = quint32(m_cache.m_answerTexts.size());
    m_cache.m_answerTexts.append(text);
    m_answerIndex.insert(text, index);
    return index;
}

void ResponseCache::Builder::add(qint8 score,
                                 qint32 julianDay,
                                 QStringView answer,
                                 const quint16 *segmentCodes,
                                 float csat,
                                 float ces)
{
    addEncoded(score, julianDay, answerIndexOf(answer), segmentCodes, csat, ces);
}

void ResponseCache::Builder::addEncoded(qint8 score,
                                        qint32 julianDay,
                                        quint32 answer,
                                        const quint16 *segmentCodes,
                                        float csat,
                                        float ces)
{
    ResponseCache &c = m_cache;
    c.m_scores.push_back(score);
    c.m_days.push_back(julianDay);
    c.m_answers.push_back(answer);
    for (size_t d = 0; d < c.m_segments.size(); ++d)
        c.m_segments[d].push_back(segmentCodes[d]);
    if (m_withCsat)
        c.m_csat.push_back(csat);
    if (m_withCes)
        c.m_ces.push_back(ces);
    if (julianDay != NoDay) {
        c.m_firstDay = c.m_firstDay == NoDay ? julianDay : std::min(c.m_firstDay, julianDay);
        c.m_lastDay = c.m_lastDay == NoDay ? julianDay : std::max(c.m_lastDay, julianDay);
    }
}

namespace {

// Until the import stores a relevance per dimension: the share of responses with a value,
// lowered for dimensions with so many values that a filter list of them is unusable.
void estimateRelevance(QList<ResponseCache::Dimension> &dimensions,
                       const std::vector<std::vector<quint16>> &segments,
                       size_t rows)
{
    for (size_t d = 0; d < segments.size(); ++d) {
        ResponseCache::Dimension &dimension = dimensions[qsizetype(d)];
        if (dimension.label.isEmpty())
            dimension.label = dimension.name;
        if (dimension.relevance > 0 || rows == 0)
            continue;
        const auto answered
            = size_t(std::count_if(segments[d].begin(), segments[d].end(), [](quint16 code) {
                  return code != ResponseCache::NoValue;
              }));
        const auto values = double(dimension.values.size());
        const double spread = values <= 12 ? 1.0 : 12.0 / values;
        dimension.relevance = double(answered) / double(rows) * spread;
    }
}

} // namespace

ResponseCache ResponseCache::Builder::finish()
{
    m_answerIndex.clear();
    ResponseCache &c = m_cache;
    const size_t dimensions = c.m_segments.size();
    const size_t rows = c.m_scores.size();
    estimateRelevance(c.m_dimensions, c.m_segments, rows);
    c.m_tupleOfRow.resize(rows);
    QHash<QByteArray, quint32> tupleIndex;
    std::vector<quint16> codes(dimensions);
    for (size_t row = 0; row < rows; ++row) {
        for (size_t d = 0; d < dimensions; ++d)
            codes[d] = c.m_segments[d][row];
        const QByteArray key
            = QByteArray::fromRawData(reinterpret_cast<const char *>(codes.data()),
                                      qsizetype(dimensions) * qsizetype(sizeof(quint16)));
        auto it = tupleIndex.constFind(key);
        if (it == tupleIndex.cend()) {
            if (tupleIndex.size() >= m_tupleLimit) {
                c.m_tupleOfRow.clear();
                c.m_tupleCodes.clear();
                c.m_tupleCount = 0;
                return std::move(c);
            }
            it = tupleIndex.insert(QByteArray(key.constData(), key.size()),
                                   quint32(tupleIndex.size()));
            c.m_tupleCodes.insert(c.m_tupleCodes.end(), codes.begin(), codes.end());
        }
        c.m_tupleOfRow[row] = *it;
    }
    c.m_tupleCount = rows == 0 ? 0 : tupleIndex.size();
    return std::move(c);
}
