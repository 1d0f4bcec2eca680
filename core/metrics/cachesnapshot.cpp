#include "metrics/cachesnapshot.h"

#include "import/importer.h"
#include "logging.h"

#include "store/schema.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <atomic>
#include <cstring>
#include <future>
#include <memory>
#include <optional>
#include <system_error>

namespace {

using CacheResult = Result<ResponseCache>;

constexpr quint32 SnapshotMagic = 0x4e505343; // "NPSC"
const QString SnapshotHeaderPart = QStringLiteral("header");

// Why a snapshot is not used: for the diagnostics (lcCache), never shown in the interface,
// which just reads the rows instead.
QString snapshotReason(const char *text)
{
    return QString::fromUtf8(text);
}

// What the cache is built from, as far as can be told without reading every row: the imports
// with their row counts and, on SQLite, the last response's and the last answer's row id. The
// triggers of schema 5 take the snapshot away when these tables' rows are changed or removed;
// on SQLite they cannot watch rows added to responses and answers without slowing every import
// down (once per row), and the last ids show those. (A row added with an id of its own below
// the last one is not seen: no NPS Studio writes one, and counting the rows would read the whole
// table, which is what the snapshot is there to avoid.) PostgreSQL's triggers see every
// statement.
struct SnapshotSource
{
    QList<qint64> imports; // id, rows_imported, id, rows_imported, …
    qint64 lastResponse = -1;
    qint64 lastAnswer = -1;
    bool operator==(const SnapshotSource &) const = default;
};

Result<SnapshotSource> snapshotSourceOf(const SurveyStore &store)
{
    SnapshotSource source;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, rows_imported FROM imports ORDER BY id")))
        return Result<SnapshotSource>::failure(query.lastError().text());
    while (query.next())
        source.imports << query.value(0).toLongLong() << query.value(1).toLongLong();
    if (store.isPostgreSql())
        return source;
    const auto number = [&query](const QString &sql) -> qint64 {
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -2;
    };
    // MAX of the row id: one step down the table's tree.
    source.lastResponse = number(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM responses"));
    source.lastAnswer = number(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM answers"));
    if (source.lastResponse < 0 || source.lastAnswer < 0)
        return Result<SnapshotSource>::failure(query.lastError().text());
    return source;
}

// On PostgreSQL a role may be refused the table (a viewer of a project whose schema 5 was made
// by an editor): asked first, since a refused statement would end the reader's transaction.
bool snapshotTableAllowed(const SurveyStore &store, const char *privileges)
{
    if (store.schemaVersion() < 5)
        return false;
    if (!store.isPostgreSql())
        return true;
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT has_table_privilege('cache_snapshot', ?)"));
    query.addBindValue(QLatin1String(privileges));
    return query.exec() && query.next() && query.value(0).toBool();
}

// How many responses the project holds (a whole scan: only when the snapshot is written).
Result<qint64> countedResponses(const SurveyStore &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM responses")) || !query.next())
        return Result<qint64>::failure(query.lastError().text());
    return query.value(0).toLongLong();
}

QDataStream &operator<<(QDataStream &out, const SnapshotSource &s)
{
    return out << s.imports << s.lastResponse << s.lastAnswer;
}

QDataStream &operator>>(QDataStream &in, SnapshotSource &s)
{
    return in >> s.imports >> s.lastResponse >> s.lastAnswer;
}

// Tells a damaged or cut-short part from the one written (not a defence against a forged one):
// four lanes of a multiply-xorshift mix, eight bytes at a time, so that a part of tens of
// megabytes takes milliseconds. Each step is invertible, so one changed word always shows.
class SnapshotChecksum
{
public:
    // The bytes in order, in pieces of any size.
    void add(const char *data, qsizetype size)
    {
        m_size += size;
        if (m_carried > 0) {
            const qsizetype take = std::min(size, qsizetype(sizeof m_carry) - m_carried);
            std::memcpy(m_carry + m_carried, data, size_t(take));
            m_carried += take;
            data += take;
            size -= take;
            if (m_carried < qsizetype(sizeof m_carry))
                return;
            mix(m_carry);
            m_carried = 0;
        }
        for (; size >= 32; data += 32, size -= 32)
            mix(data);
        if (size > 0) {
            std::memcpy(m_carry, data, size_t(size));
            m_carried = size;
        }
    }

    quint64 result() const
    {
        quint64 h = quint64(m_size) * K;
        for (qsizetype i = 0; i < m_carried; ++i)
            h = ((h ^ quint8(m_carry[i])) * K) ^ (h >> 29);
        for (quint64 lane : m_lanes)
            h = ((h ^ lane) * K) ^ (h >> 31);
        return h;
    }

private:
    static constexpr quint64 K = 0x9E3779B97F4A7C15ULL;

    void mix(const char *block)
    {
        for (qsizetype l = 0; l < 4; ++l) {
            quint64 word;
            std::memcpy(&word, block + 8 * l, 8);
            m_lanes[l] = (m_lanes[l] ^ word) * K;
            m_lanes[l] ^= m_lanes[l] >> 31;
        }
    }

    quint64 m_lanes[4] = {K, K ^ 1, K ^ 2, K ^ 3};
    char m_carry[32] = {};
    qsizetype m_carried = 0;
    qint64 m_size = 0;
};

quint64 snapshotChecksum(const QByteArray &bytes)
{
    SnapshotChecksum checksum;
    checksum.add(bytes.constData(), bytes.size());
    return checksum.result();
}

struct SnapshotPart
{
    QString name;
    qint64 bytes = 0;
    qint32 chunks = 0;
    quint64 checksum = 0;
};

struct SnapshotHeader
{
    quint32 magic = SnapshotMagic;
    quint32 format = CacheSnapshot::FormatVersion;
    qint32 schema = Schema::CurrentVersion;
    quint8 byteOrder = quint8(QSysInfo::ByteOrder);
    qint64 rows = 0;
    SnapshotSource source;
    QList<SnapshotPart> parts;
};

QByteArray encodeSnapshotHeader(const SnapshotHeader &h)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << h.magic << h.format << h.schema << h.byteOrder << h.rows << h.source
        << qint32(h.parts.size());
    for (const SnapshotPart &p : h.parts)
        out << p.name << p.bytes << p.chunks << p.checksum;
    return bytes;
}

Result<SnapshotHeader> decodeSnapshotHeader(const QByteArray &bytes)
{
    SnapshotHeader h;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    in >> h.magic >> h.format;
    if (in.status() != QDataStream::Ok || h.magic != SnapshotMagic)
        return Result<SnapshotHeader>::failure(snapshotReason("its header is damaged"));
    if (h.format != CacheSnapshot::FormatVersion)
        return Result<SnapshotHeader>::failure(
            snapshotReason("it has format %1, this version reads format %2")
                .arg(h.format)
                .arg(CacheSnapshot::FormatVersion));
    qint32 parts = 0;
    in >> h.schema >> h.byteOrder >> h.rows >> h.source >> parts;
    for (qint32 p = 0; p < parts && in.status() == QDataStream::Ok; ++p) {
        SnapshotPart info;
        in >> info.name >> info.bytes >> info.chunks >> info.checksum;
        h.parts.append(info);
    }
    if (in.status() != QDataStream::Ok || parts < 0 || !in.atEnd())
        return Result<SnapshotHeader>::failure(snapshotReason("its header is damaged"));
    return h;
}

template<typename T>
QByteArray columnBytesOf(const std::vector<T> &column)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(column.data()),
                                   qsizetype(column.size()) * qsizetype(sizeof(T)));
}

template<typename T>
bool fillColumn(std::vector<T> &column, const QByteArray &bytes, qsizetype count)
{
    if (count < 0 || bytes.size() != count * qsizetype(sizeof(T)))
        return false;
    column.resize(size_t(count));
    if (count > 0)
        std::memcpy(column.data(), bytes.constData(), size_t(bytes.size()));
    return true;
}

// The answer texts: their count, each one's length in UTF-16 units, then the units. Given in
// pieces (the texts of a million answers are tens of megabytes: never copied all at once).
class AnswerTextsEncoder
{
public:
    explicit AnswerTextsEncoder(const AnswerTexts &texts)
        : m_texts(texts)
    {}

    // The next `piece` bytes of the encoding (fewer at its end, none after it).
    QByteArray next(qsizetype piece)
    {
        QByteArray out;
        out.reserve(piece);
        const qsizetype words = 1 + m_texts.size();
        // The count and the lengths, a word at a time…
        for (; out.size() < piece && m_word < words; ++m_word) {
            const auto word = quint32(m_word == 0 ? m_texts.size() : m_texts.at(m_word - 1).size());
            const auto *bytes = reinterpret_cast<const char *>(&word);
            const qsizetype take = std::min(qsizetype(sizeof word) - m_offset, piece - out.size());
            out.append(bytes + m_offset, take);
            m_offset += take;
            if (m_offset < qsizetype(sizeof word))
                return out; // the piece is full inside the word
            m_offset = 0;
        }
        // …then every text's units as the column holds them: one after another.
        const QStringView chars = m_texts.chars();
        const auto *bytes = reinterpret_cast<const char *>(chars.utf16());
        const qsizetype size = 2 * chars.size();
        const qsizetype take = std::min(size - m_offset, piece - out.size());
        if (m_word == words && take > 0) {
            out.append(bytes + m_offset, take);
            m_offset += take;
        }
        return out;
    }

private:
    const AnswerTexts &m_texts;
    qsizetype m_word = 0;   // the count, then the lengths
    qsizetype m_offset = 0; // in the word, then in the units
};

// The lengths' prefix sum is the column's offsets; the units stay where they were read (the
// part's buffer becomes the column's: no second copy of tens of megabytes while opening).
std::optional<AnswerTexts> decodeAnswerTexts(QByteArray bytes)
{
    const char *data = bytes.constData();
    const auto size = size_t(bytes.size());
    quint32 count = 0;
    if (size < sizeof count)
        return std::nullopt;
    std::memcpy(&count, data, sizeof count);
    const size_t lengths = sizeof count;
    if (count == 0 || (size - lengths) / sizeof(quint32) < count)
        return std::nullopt;
    const size_t at = lengths + size_t(count) * sizeof(quint32);
    std::vector<quint32> offsets(size_t(count) + 1);
    quint64 units = 0;
    for (quint32 i = 0; i < count; ++i) {
        quint32 length = 0;
        std::memcpy(&length, data + lengths + i * sizeof(quint32), sizeof length);
        units += length;
        if (units > quint64(AnswerTexts::MaxChars))
            return std::nullopt;
        offsets[size_t(i) + 1] = quint32(units);
    }
    if (offsets[1] != 0 || (size - at) % 2 != 0 || (size - at) / 2 != units)
        return std::nullopt; // [0] is the empty text
    return AnswerTexts::fromBytes(std::move(offsets), std::move(bytes), qsizetype(at));
}

// The page cache of a connection, as PRAGMA cache_size gives it (negative: KiB; else pages).
int pageCacheSize(sqlite3 *handle)
{
    sqlite3_stmt *statement = nullptr;
    int size = -2000; // SQLite's default
    if (sqlite3_prepare_v2(handle, "PRAGMA cache_size", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        size = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return size;
}

void setPageCacheSize(sqlite3 *handle, int size)
{
    const QByteArray pragma = "PRAGMA cache_size=" + QByteArray::number(size);
    sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
}

constexpr int SnapshotReadCacheSize = -1024;  // 1 MiB
constexpr int SnapshotBuildCacheSize = -8192; // 8 MiB

QString snapshotPartName(const char *column, qsizetype index)
{
    return QStringLiteral("%1.%2").arg(QLatin1String(column)).arg(index);
}

// Reads the blobs that `sql` lists ("SELECT part, chunk, rowid …") straight into the buffers
// extend(part, chunk, size) gives (incremental blob I/O: a column of the statement would first
// be copied into memory of SQLite's own). Empty when done, else why not; `missing` when extend
// gave no buffer (a chunk out of order).
template<typename Extend>
QString readBlobs(sqlite3 *handle, const char *sql, const Extend &extend, const QString &missing)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(statement,
                                                                          sqlite3_finalize);
    sqlite3_blob *blob = nullptr;
    const auto closeBlob = qScopeGuard([&blob] { sqlite3_blob_close(blob); });
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString part
            = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                                sqlite3_column_bytes(statement, 0));
        const sqlite3_int64 rowid = sqlite3_column_int64(statement, 2);
        const int opened
            = blob ? sqlite3_blob_reopen(blob, rowid)
                   : sqlite3_blob_open(handle, "main", "cache_snapshot", "data", rowid, 0, &blob);
        if (opened != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(handle));
        const int size = sqlite3_blob_bytes(blob);
        char *into = extend(part, sqlite3_column_int(statement, 1), size);
        if (!into)
            return missing;
        if (size > 0 && sqlite3_blob_read(blob, into, size, 0) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(handle));
    }
    return step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(handle));
}

// From this size on the texts' part is read on a connection of its own, beside the others.
std::atomic<qint64> textsAsideBytes{16 << 20};

// The texts' part through `handle`, whole and as the header lists it (its size, chunks and
// checksum); nothing else.
std::optional<QByteArray> readTexts(sqlite3 *handle, const SnapshotPart &info)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(std::clamp<qint64>(info.bytes, 0, qint64(1) << 31)));
    qint32 next = 0;
    const QString error = readBlobs(
        handle,
        "SELECT part, chunk, rowid FROM cache_snapshot WHERE part = 'texts' ORDER BY chunk",
        [&](const QString &, qint32 chunk, qsizetype size) -> char * {
            if (chunk != next++)
                return nullptr;
            const qsizetype at = bytes.size();
            bytes.resize(at + size);
            return bytes.data() + at;
        },
        QStringLiteral("missing"));
    if (!error.isEmpty() || bytes.size() != info.bytes || next != info.chunks
        || snapshotChecksum(bytes) != info.checksum)
        return std::nullopt;
    return bytes;
}

// The texts' part of the SQLite project at `path`, read through a connection (and a read
// transaction) of its own on another thread while the caller reads and decodes the other
// parts: nothing when it cannot be read so, or it is not the part the caller's header lists
// (an import committed in between), and then the caller reads it itself.
std::optional<QByteArray> readTextsAside(const QString &path, const SnapshotPart &info)
{
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(),
                        &handle,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK) {
        sqlite3_close(handle);
        return std::nullopt;
    }
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closeHandle(handle, sqlite3_close);
    setPageCacheSize(handle, SnapshotReadCacheSize);
    if (sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<QByteArray> bytes = readTexts(handle, info);
    sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    return bytes;
}

} // namespace

// The cache's parts: "meta" (dictionaries and figures), then one per column; write() puts
// "texts" after "meta".
QList<std::pair<QString, QByteArray>> CacheSnapshot::partsOf(const ResponseCache &c)
{
    QList<std::pair<QString, QByteArray>> parts;
    QByteArray meta;
    {
        QDataStream out(&meta, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << qint64(c.size()) << qint32(c.m_scoreScaleMin) << c.m_firstDay << c.m_lastDay
            << qint64(c.m_tupleCount) << c.m_importIds << !c.m_csat.empty() << !c.m_ces.empty()
            << qint32(c.m_questions.size());
        for (const ResponseCache::Question &q : c.m_questions)
            out << q.text << q.label << q.primary << q.answered;
        out << qint32(c.m_dimensions.size());
        for (const ResponseCache::Dimension &d : c.m_dimensions)
            out << d.name << d.values << d.label << quint8(d.kind) << d.relevance
                << d.shownByDefault;
        out << qint32(c.m_combinations.size()) << qint32(c.m_questionAnswers.size());
    }
    parts.append({QStringLiteral("meta"), meta});
    // "texts" (the second part) is encoded while it is written: see write().
    parts.append({QStringLiteral("scores"), columnBytesOf(c.m_scores)});
    parts.append({QStringLiteral("days"), columnBytesOf(c.m_days)});
    parts.append({QStringLiteral("answers"), columnBytesOf(c.m_answers)});
    for (size_t q = 1; q < c.m_questionAnswers.size(); ++q)
        parts.append(
            {snapshotPartName("answers", qsizetype(q)), columnBytesOf(c.m_questionAnswers[q])});
    for (size_t d = 0; d < c.m_segments.size(); ++d)
        parts.append({snapshotPartName("segments", qsizetype(d)), columnBytesOf(c.m_segments[d])});
    for (size_t d = 0; d < c.m_combinations.size(); ++d) {
        parts.append({snapshotPartName("offsets", qsizetype(d)),
                      columnBytesOf(c.m_combinations[d].offsets)});
        parts.append({snapshotPartName("options", qsizetype(d)),
                      columnBytesOf(c.m_combinations[d].options)});
    }
    parts.append({QStringLiteral("csat"), columnBytesOf(c.m_csat)});
    parts.append({QStringLiteral("ces"), columnBytesOf(c.m_ces)});
    parts.append({QStringLiteral("tuples"), columnBytesOf(c.m_tupleOfRow)});
    parts.append({QStringLiteral("tuple_codes"), columnBytesOf(c.m_tupleCodes)});
    return parts;
}

Result<ResponseCache> CacheSnapshot::fromParts(QHash<QString, QByteArray> parts,
                                               std::optional<quint32> textCount)
{
    const QString damaged = snapshotReason("its columns do not fit its dictionaries");
    ResponseCache c;
    qint64 rows = 0, tupleCount = 0;
    qint32 scaleMin = 0, questions = 0, dimensions = 0, combinations = 0, questionAnswers = 0;
    bool csat = false, ces = false;
    QDataStream in(parts.take(QStringLiteral("meta")));
    in.setVersion(QDataStream::Qt_6_4);
    in >> rows >> scaleMin >> c.m_firstDay >> c.m_lastDay >> tupleCount >> c.m_importIds >> csat
        >> ces >> questions;
    for (qint32 q = 0; q < questions && in.status() == QDataStream::Ok; ++q) {
        ResponseCache::Question question;
        in >> question.text >> question.label >> question.primary >> question.answered;
        c.m_questions.append(question);
    }
    in >> dimensions;
    for (qint32 d = 0; d < dimensions && in.status() == QDataStream::Ok; ++d) {
        ResponseCache::Dimension dimension;
        quint8 kind = 0;
        in >> dimension.name >> dimension.values >> dimension.label >> kind >> dimension.relevance
            >> dimension.shownByDefault;
        if (kind > quint8(ResponseCache::Dimension::Kind::Numeric))
            return CacheResult::failure(damaged);
        dimension.kind = ResponseCache::Dimension::Kind(kind);
        c.m_dimensions.append(dimension);
    }
    in >> combinations >> questionAnswers;
    if (in.status() != QDataStream::Ok || !in.atEnd() || rows < 0 || dimensions < 0 || questions < 0
        || combinations != dimensions || questionAnswers < 1
        || questionAnswers > std::max(1, questions) || tupleCount < 0)
        return CacheResult::failure(damaged);
    c.m_scoreScaleMin = scaleMin;
    c.m_tupleCount = tupleCount;
    if (!textCount) {
        std::optional<AnswerTexts> texts = decodeAnswerTexts(parts.take(QStringLiteral("texts")));
        if (!texts)
            return CacheResult::failure(damaged);
        c.m_answerTexts = std::move(*texts);
    }
    c.m_hasTexts = !textCount;
    const quint32 textsHeld = textCount ? *textCount : quint32(c.m_answerTexts.size());
    const auto answersFit = [textsHeld](const std::vector<quint32> &column) {
        return std::all_of(
            column.begin(), column.end(), [textsHeld](quint32 a) { return a < textsHeld; });
    };
    if (!fillColumn(c.m_scores, parts.take(QStringLiteral("scores")), rows)
        || !fillColumn(c.m_days, parts.take(QStringLiteral("days")), rows)
        || !fillColumn(c.m_answers, parts.take(QStringLiteral("answers")), rows)
        || !answersFit(c.m_answers))
        return CacheResult::failure(damaged);
    if (!std::all_of(c.m_scores.begin(), c.m_scores.end(), [](qint8 s) {
            return s >= ResponseCache::NoScore && s <= 10;
        }))
        return CacheResult::failure(damaged);
    c.m_questionAnswers.resize(size_t(questionAnswers));
    for (qint32 q = 1; q < questionAnswers; ++q) {
        std::vector<quint32> &column = c.m_questionAnswers[size_t(q)];
        if (!fillColumn(column, parts.take(snapshotPartName("answers", q)), rows)
            || !answersFit(column))
            return CacheResult::failure(damaged);
    }
    c.m_segments.resize(size_t(dimensions));
    c.m_combinations.resize(size_t(dimensions));
    for (qint32 d = 0; d < dimensions; ++d) {
        ResponseCache::Combinations &combination = c.m_combinations[size_t(d)];
        const QByteArray offsets = parts.take(snapshotPartName("offsets", d));
        const auto valueCount = quint16(
            std::min<qsizetype>(c.m_dimensions.at(d).values.size(), ResponseCache::NoValue));
        if (!fillColumn(combination.offsets, offsets, offsets.size() / qsizetype(sizeof(quint32)))
            || combination.offsets.empty() || combination.offsets.front() != 0
            || !std::is_sorted(combination.offsets.begin(), combination.offsets.end()))
            return CacheResult::failure(damaged);
        const QByteArray options = parts.take(snapshotPartName("options", d));
        if (!fillColumn(combination.options, options, qsizetype(combination.offsets.back()))
            || !std::all_of(combination.options.begin(),
                            combination.options.end(),
                            [valueCount](quint16 o) { return o < valueCount; }))
            return CacheResult::failure(damaged);
        std::vector<quint16> &column = c.m_segments[size_t(d)];
        const auto codes = quint32(c.combinationCount(int(d)));
        if (!fillColumn(column, parts.take(snapshotPartName("segments", d)), rows)
            || !std::all_of(column.begin(), column.end(), [codes](quint16 code) {
                   return code == ResponseCache::NoValue || code < codes;
               }))
            return CacheResult::failure(damaged);
    }
    if (!fillColumn(c.m_csat, parts.take(QStringLiteral("csat")), csat ? rows : 0)
        || !fillColumn(c.m_ces, parts.take(QStringLiteral("ces")), ces ? rows : 0)
        || !fillColumn(
            c.m_tupleOfRow, parts.take(QStringLiteral("tuples")), tupleCount > 0 ? rows : 0)
        || !fillColumn(
            c.m_tupleCodes, parts.take(QStringLiteral("tuple_codes")), tupleCount * dimensions)
        || !std::all_of(c.m_tupleOfRow.begin(), c.m_tupleOfRow.end(), [tupleCount](quint32 t) {
               return t < quint64(tupleCount);
           }))
        return CacheResult::failure(damaged);
    c.m_fromSnapshot = true;
    return c;
}

void CacheSnapshot::setTextsAsideFrom(qint64 bytes)
{
    textsAsideBytes = bytes;
}

bool CacheSnapshot::exists(const SurveyStore &store)
{
    if (!snapshotTableAllowed(store, "SELECT"))
        return false;
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT 1 FROM cache_snapshot WHERE part = 'header'"))
           && query.next();
}

Result<ResponseCache> CacheSnapshot::read(const SurveyStore &store, ResponseCache::Texts texts)
{
    QElapsedTimer timer;
    timer.start();
    // A project of an older schema has no table for it (and on PostgreSQL a failed statement
    // would end the reader's transaction).
    if (!snapshotTableAllowed(store, "SELECT"))
        return CacheResult::failure(
            snapshotReason("The project has no snapshot of its cache that can be read."));
    // On SQLite the header, the parts and the counts are read in one read transaction, so
    // that an import committing meanwhile cannot mix two snapshots.
    sqlite3 *handle = store.sqliteHandle();
    const bool ownTransaction = handle && sqlite3_get_autocommit(handle) != 0;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (ownTransaction && !query.exec(QStringLiteral("BEGIN")))
        return CacheResult::failure(query.lastError().text());
    const auto done = [&](CacheResult result) {
        if (ownTransaction)
            query.exec(QStringLiteral("COMMIT"));
        if (!result)
            return CacheResult::failure(
                snapshotReason("The snapshot of the cache was not used: %1").arg(result.error()));
        return result;
    };
    if (!query.exec(QStringLiteral("SELECT data FROM cache_snapshot"
                                   " WHERE part = 'header' AND chunk = 0")))
        return done(CacheResult::failure(query.lastError().text()));
    if (!query.next())
        return done(CacheResult::failure(snapshotReason("there is none")));
    const Result<SnapshotHeader> header = decodeSnapshotHeader(query.value(0).toByteArray());
    if (!header)
        return done(CacheResult::failure(header.error()));
    const SnapshotHeader &h = header.value();
    if (h.schema != Schema::CurrentVersion || h.byteOrder != quint8(QSysInfo::ByteOrder))
        return done(
            CacheResult::failure(snapshotReason("it was written for another version or machine")));
    const Result<SnapshotSource> source = snapshotSourceOf(store);
    if (!source)
        return done(CacheResult::failure(source.error()));
    if (!(source.value() == h.source))
        return done(
            CacheResult::failure(snapshotReason("the responses changed after it was written")));

    const bool skipTexts = texts == ResponseCache::Texts::Skip;
    // A large texts' part comes in beside the others, on a connection of its own.
    const auto textsInfo
        = std::find_if(h.parts.cbegin(), h.parts.cend(), [](const SnapshotPart &p) {
              return p.name == QLatin1String("texts");
          });
    std::future<std::optional<QByteArray>> textsAside;
    if (handle && !skipTexts && textsInfo != h.parts.cend() && textsInfo->bytes >= textsAsideBytes
        && !store.path().isEmpty())
        try {
            textsAside = std::async(std::launch::async, readTextsAside, store.path(), *textsInfo);
        } catch (const std::system_error &) {
            // No thread to be had: read with the others.
        }
    // Without the texts, or before they come in beside: how many there are (the first word of
    // their part), read alone.
    const bool textsApart = skipTexts || textsAside.valid();
    std::optional<quint32> textCount;
    if (textsApart) {
        if (!query.exec(QStringLiteral("SELECT substr(data, 1, 4) FROM cache_snapshot"
                                       " WHERE part = 'texts' AND chunk = 0")))
            return done(CacheResult::failure(query.lastError().text()));
        quint32 count = 0;
        const QByteArray word = query.next() ? query.value(0).toByteArray() : QByteArray();
        if (word.size() != sizeof count)
            return done(CacheResult::failure(snapshotReason("a part of it is missing")));
        std::memcpy(&count, word.constData(), sizeof count);
        textCount = count;
    }
    const char *partsQuery = textsApart
                                 ? "SELECT part, chunk, %1 FROM cache_snapshot"
                                   " WHERE part NOT IN ('header', 'texts') ORDER BY part, chunk"
                                 : "SELECT part, chunk, %1 FROM cache_snapshot"
                                   " WHERE part <> 'header' ORDER BY part, chunk";
    QHash<QString, QByteArray> parts;
    QHash<QString, qint32> chunks;
    // Each part's chunks are appended to a buffer of the size its header gives (capped, in
    // case the header lies: the sizes are checked below), so that no part is copied again as
    // it grows.
    QHash<QString, qint64> expected;
    for (const SnapshotPart &info : h.parts)
        expected.insert(info.name, std::clamp<qint64>(info.bytes, 0, qint64(1) << 31));
    // The chunk's place at the end of its part's buffer (null: out of order).
    const auto extend = [&](const QString &part, qint32 chunk, qsizetype size) -> char * {
        qint32 &next = chunks[part];
        if (chunk != next++)
            return nullptr;
        QByteArray &bytes = parts[part];
        if (bytes.isEmpty())
            bytes.reserve(qsizetype(std::max<qint64>(expected.value(part), size)));
        const qsizetype at = bytes.size();
        bytes.resize(at + size);
        return bytes.data() + at;
    };
    const auto append = [&](const QString &part, qint32 chunk, const char *data, qsizetype size) {
        char *into = extend(part, chunk, size);
        if (into && size > 0)
            std::memcpy(into, data, size_t(size));
        return into != nullptr;
    };
    // On SQLite the blobs' pages are read once, so they pass through a small page cache
    // instead of the connection's large one (which would keep a second copy of the snapshot for
    // as long as the project is open), and what they took is given back after.
    const int cacheSize = handle ? pageCacheSize(handle) : 0;
    if (handle)
        setPageCacheSize(handle, SnapshotReadCacheSize);
    const auto restoreCache = qScopeGuard([handle, cacheSize] {
        if (handle) {
            setPageCacheSize(handle, cacheSize);
            sqlite3_db_release_memory(handle);
        }
    });
    if (handle) {
        const QString error
            = readBlobs(handle,
                        QString::fromLatin1(partsQuery).arg(u"rowid").toUtf8().constData(),
                        extend,
                        snapshotReason("a part of it is missing"));
        if (!error.isEmpty())
            return done(CacheResult::failure(error));
    } else {
        if (!query.exec(QString::fromLatin1(partsQuery).arg(u"data")))
            return done(CacheResult::failure(query.lastError().text()));
        while (query.next()) {
            const QByteArray data = query.value(2).toByteArray();
            if (!append(query.value(0).toString(),
                        query.value(1).toInt(),
                        data.constData(),
                        data.size()))
                return done(CacheResult::failure(snapshotReason("a part of it is missing")));
        }
        if (query.lastError().isValid())
            return done(CacheResult::failure(query.lastError().text()));
    }
    if (parts.size() != h.parts.size() - (textsApart ? 1 : 0))
        return done(CacheResult::failure(snapshotReason("a part of it is missing")));
    for (const SnapshotPart &info : h.parts) {
        if (textsApart && info.name == QLatin1String("texts")) {
            // The count and a length per text fit in the part as the header gives it.
            if (*textCount == 0 || (info.bytes - 4) / 4 < qint64(*textCount))
                return done(CacheResult::failure(snapshotReason("a part of it is damaged")));
            continue;
        }
        const QByteArray bytes = parts.value(info.name);
        if (bytes.size() != info.bytes || chunks.value(info.name) != info.chunks)
            return done(CacheResult::failure(snapshotReason("a part of it was cut short")));
        if (snapshotChecksum(bytes) != info.checksum)
            return done(CacheResult::failure(snapshotReason("a part of it is damaged")));
    }
    // Decoded while the texts may still be coming in beside (answers checked against their
    // count), which then take the place of the empty ones.
    Result<ResponseCache> cache = fromParts(std::move(parts), textCount);
    if (cache && cache->size() != h.rows)
        return done(CacheResult::failure(snapshotReason("a part of it was cut short")));
    if (cache && skipTexts) {
        // As many empty texts, so that every answer reads as "".
        cache->m_answerTexts
            = *AnswerTexts::fromBytes(std::vector<quint32>(size_t(*textCount) + 1, 0), {});
    } else if (cache && textsAside.valid()) {
        std::optional<QByteArray> bytes = textsAside.get();
        if (!bytes) // not the header's: read again in this read transaction
            bytes = readTexts(handle, *textsInfo);
        if (!bytes)
            return done(CacheResult::failure(snapshotReason("a part of it is damaged")));
        std::optional<AnswerTexts> decoded = decodeAnswerTexts(std::move(*bytes));
        if (!decoded || decoded->size() != qsizetype(*textCount))
            return done(
                CacheResult::failure(snapshotReason("its columns do not fit its dictionaries")));
        cache->m_answerTexts = std::move(*decoded);
        cache->m_hasTexts = true;
    }
    if (cache)
        qCDebug(lcCache) << "read the snapshot of" << cache->size() << "responses in"
                         << timer.elapsed() << "ms";
    return done(std::move(cache));
}

Status CacheSnapshot::write(SurveyStore &store, const ResponseCache &cache)
{
    if (!cache.hasAnswerTexts())
        return Status::failure(QCoreApplication::translate(
            "CacheSnapshot",
            "The cache was read without its texts; its snapshot was not written."));
    QElapsedTimer timer;
    timer.start();
    const Result<SnapshotSource> source = snapshotSourceOf(store);
    if (!source)
        return Status::failure(source.error());
    const Result<qint64> responses = countedResponses(store);
    if (!responses)
        return Status::failure(responses.error());
    QList<qint64> imports;
    for (qsizetype i = 0; i < source->imports.size(); i += 2)
        imports << source->imports.at(i);
    if (imports != cache.importIds() || responses.value() != cache.size())
        return Status::failure(QCoreApplication::translate(
            "CacheSnapshot",
            "The cache does not hold the project as it is now; its snapshot was not written."));
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("DELETE FROM cache_snapshot")))
        return Status::failure(store.explain(query.lastError().text()));
    SnapshotHeader header;
    header.rows = cache.size();
    header.source = source.value();
    // On PostgreSQL the chunks go as binary parameters through libpq (Qt's driver sends a
    // bytea as a hex literal that the server parses back: a fifth of the write), and are
    // compressed with LZ4 where the server has it (pglz took half of a million-row snapshot's
    // write). Each chunk reads back the same bytes either way.
    pg_conn *const pg = store.postgresHandle();
    QString pgError;
    QString compression;
    if (pg) {
        if (!query.exec(QStringLiteral(
                "SELECT current_setting('default_toast_compression'), 'lz4' = ANY (enumvals)"
                " FROM pg_settings WHERE name = 'default_toast_compression'")))
            return Status::failure(store.explain(query.lastError().text()));
        if (query.next() && query.value(1).toBool()) {
            compression = query.value(0).toString();
            if (!query.exec(
                    QStringLiteral("SELECT set_config('default_toast_compression', 'lz4', true)")))
                return Status::failure(store.explain(query.lastError().text()));
        }
    } else if (!query.prepare(QStringLiteral(
                   "INSERT INTO cache_snapshot (part, chunk, data) VALUES (?, ?, ?)"))) {
        return Status::failure(query.lastError().text());
    }
    const auto insert = [&](const QString &part, qint32 chunk, const QByteArray &data) {
        if (!pg) {
            query.addBindValue(part);
            query.addBindValue(chunk);
            query.addBindValue(data);
            return query.exec();
        }
        const QByteArray partText = part.toUtf8();
        const QByteArray chunkText = QByteArray::number(chunk);
        const char *values[] = {partText.constData(), chunkText.constData(), data.constData()};
        const int lengths[] = {0, 0, int(data.size())};
        const int formats[] = {0, 0, 1};
        PGresult *result = PQexecParams(pg,
                                        "INSERT INTO cache_snapshot (part, chunk, data)"
                                        " VALUES ($1, $2::integer, $3::bytea)",
                                        3,
                                        nullptr,
                                        values,
                                        lengths,
                                        formats,
                                        0);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!ok)
            pgError = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        return ok;
    };
    const auto insertError = [&] {
        return store.explain(pg ? pgError : query.lastError().text());
    };
    const QList<std::pair<QString, QByteArray>> parts = partsOf(cache);
    for (qsizetype p = 0; p <= parts.size(); ++p) {
        if (p == 1) {
            // The answer texts, encoded a chunk at a time.
            AnswerTextsEncoder texts(cache.m_answerTexts);
            SnapshotPart info{QStringLiteral("texts"), 0, 0, 0};
            SnapshotChecksum checksum;
            for (QByteArray chunk = texts.next(ChunkBytes); !chunk.isEmpty();
                 chunk = texts.next(ChunkBytes)) {
                checksum.add(chunk.constData(), chunk.size());
                info.bytes += chunk.size();
                if (!insert(info.name, info.chunks++, chunk))
                    return Status::failure(insertError());
            }
            info.checksum = checksum.result();
            header.parts.append(info);
        }
        if (p == parts.size())
            break;
        const auto &[name, bytes] = parts.at(p);
        SnapshotPart info{name, bytes.size(), 0, snapshotChecksum(bytes)};
        for (qsizetype at = 0; at < bytes.size() || info.chunks == 0; at += ChunkBytes) {
            // An empty part is one empty chunk (a null QByteArray would be bound as NULL).
            const QByteArray chunk
                = bytes.isEmpty()
                      ? QByteArray("")
                      : QByteArray::fromRawData(bytes.constData() + at,
                                                std::min(ChunkBytes, bytes.size() - at));
            if (!insert(name, info.chunks++, chunk))
                return Status::failure(insertError());
        }
        header.parts.append(info);
    }
    if (!insert(SnapshotHeaderPart, 0, encodeSnapshotHeader(header)))
        return Status::failure(insertError());
    if (!compression.isEmpty()) {
        query.prepare(QStringLiteral("SELECT set_config('default_toast_compression', ?, true)"));
        query.addBindValue(compression);
        if (!query.exec())
            return Status::failure(store.explain(query.lastError().text()));
    }
    qCDebug(lcCache) << "wrote the snapshot of" << cache.size() << "responses in" << timer.elapsed()
                     << "ms";
    return Done{};
}

Status CacheSnapshot::save(SurveyStore &store, const ResponseCache &cache)
{
    // Never waits long for an import that holds the project: that import writes a snapshot.
    SurveyStore::LockWait wait;
    wait.timeoutSeconds = 1;
    if (Status s = store.beginTransaction(wait); !s)
        return s;
    if (Status s = write(store, cache); !s) {
        store.rollback();
        return s;
    }
    return store.commit();
}

Status CacheSnapshot::saveTo(const QString &path, const ResponseCache &cache)
{
    if (!DatabaseUrl::isDatabaseUrl(path) && !QFileInfo(path).isWritable())
        return Status::failure(
            QCoreApplication::translate("CacheSnapshot", "“%1” is read-only.").arg(path));
    SurveyStore store;
    if (Status s = store.open(path); !s)
        return s;
    return save(store, cache);
}

void CacheSnapshot::ImportKeeper::attachTo(ImportOptions &options)
{
    options.begun = [this](SurveyStore &s) {
        return begun(s);
    };
    options.committing = [this](SurveyStore &s) {
        return committing(s);
    };
}

Status CacheSnapshot::ImportKeeper::begun(SurveyStore &store)
{
    Result<ResponseCache> before = read(store);
    if (before)
        m_before = std::move(before).value();
    else
        m_before.reset();
    return Done{};
}

Status CacheSnapshot::ImportKeeper::committing(SurveyStore &store)
{
    // The import's pages are written; reading its rows back and writing the snapshot go by
    // once through the table, so SQLite's page cache is made small for them: its memory (a
    // quarter of a gigabyte once a large import filled it) goes to the cache being built.
    // The dirty pages it gives up are the ones the commit would write anyway.
    sqlite3 *const db = store.sqliteHandle();
    const int projectCache = db ? pageCacheSize(db) : 0;
    if (db) {
        setPageCacheSize(db, SnapshotBuildCacheSize);
        sqlite3_db_cacheflush(db); // the dirty pages to the write-ahead log, still uncommitted
        sqlite3_db_release_memory(db);
#ifdef __GLIBC__
        malloc_trim(0); // the pages' memory back to the system, not kept in the heap's free lists
#endif
    }
    const auto restoreCache = qScopeGuard([db, projectCache] {
        if (db)
            setPageCacheSize(db, projectCache);
    });
    // The previous snapshot and the new imports' rows; without one the whole project is read.
    Result<ResponseCache> cache = m_before ? ResponseCache::loadAdding(*m_before, store)
                                           : ResponseCache::loadFromRows(store);
    m_before.reset();
    if (!cache) {
        // The import stands; the project is read from its rows next time (the triggers took
        // the old snapshot away).
        qCWarning(lcCache) << "no snapshot of the cache written:" << cache.error();
        return Done{};
    }
    // The snapshot is no part of the import: one that cannot be written (a role refused the
    // table, a statement failed) is left out, and the import commits without it.
    if (!snapshotTableAllowed(store, "INSERT, DELETE")) {
        qCWarning(lcCache) << "no snapshot of the cache written: the table may not be written";
        return Done{};
    }
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SAVEPOINT nps_cache_snapshot")))
        return Status::failure(store.explain(query.lastError().text()));
    if (Status s = write(store, cache.value()); !s) {
        qCWarning(lcCache) << "no snapshot of the cache written:" << s.error();
        if (!query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT nps_cache_snapshot")))
            return Status::failure(store.explain(query.lastError().text()));
    }
    if (!query.exec(QStringLiteral("RELEASE SAVEPOINT nps_cache_snapshot")))
        return Status::failure(store.explain(query.lastError().text()));
    return Done{};
}
