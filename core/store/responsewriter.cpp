#include "responsewriter.h"

#include "surveystore.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace {

constexpr int BatchRows = 64;

QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT INTO responses (import_id, response_key, respondent, score, answered_at,"
        " open_answer, csat, ces, segment_values, source_line) VALUES ");
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? QStringLiteral("(?,?,?,?,?,?,?,?,?,?)") : QStringLiteral(",(?,?,?,?,?,?,?,?,?,?)");
    return sql;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

struct ResponseWriter::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *batch = nullptr;
    sqlite3_stmt *single = nullptr;
    ~Native()
    {
        sqlite3_finalize(batch);
        sqlite3_finalize(single);
    }
};

ResponseWriter::ResponseWriter(SurveyStore &store, qint64 importId, Path path)
    : m_store(store)
    , m_importId(importId)
{
    m_pending.reserve(BatchRows);
    if (path == Path::Automatic && store.isSqlite()) {
        const QVariant handle = store.database().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData())) {
                auto native = std::make_unique<Native>();
                native->db = db;
                const QByteArray batchSql = insertSql(BatchRows).toUtf8();
                const QByteArray singleSql = insertSql(1).toUtf8();
                if (sqlite3_prepare_v2(db, batchSql.constData(), -1, &native->batch, nullptr)
                        == SQLITE_OK
                    && sqlite3_prepare_v2(db, singleSql.constData(), -1, &native->single, nullptr)
                           == SQLITE_OK)
                    m_native = std::move(native);
            }
        }
    }
}

ResponseWriter::~ResponseWriter() = default;

Status ResponseWriter::add(ResponseRow row)
{
    m_pending.append(std::move(row));
    if (m_pending.size() >= BatchRows)
        return flush();
    return Done{};
}

Status ResponseWriter::flush()
{
    if (m_pending.isEmpty())
        return Done{};
    Status s = m_native ? flushNative() : flushPortable();
    m_pending.clear();
    return s;
}

Status ResponseWriter::flushPortable()
{
    QSqlQuery query(m_store.database());
    if (!query.prepare(insertSql(int(m_pending.size()))))
        return Status::failure(query.lastError().text());
    for (const ResponseRow &row : std::as_const(m_pending)) {
        query.addBindValue(m_importId);
        query.addBindValue(row.key);
        query.addBindValue(nullable(row.respondent));
        query.addBindValue(row.score ? QVariant(*row.score) : QVariant(QMetaType(QMetaType::Int)));
        query.addBindValue(nullable(row.answeredAt));
        query.addBindValue(nullable(row.openAnswer));
        query.addBindValue(row.csat ? QVariant(*row.csat) : QVariant(QMetaType(QMetaType::Double)));
        query.addBindValue(row.ces ? QVariant(*row.ces) : QVariant(QMetaType(QMetaType::Double)));
        query.addBindValue(row.segmentValues);
        query.addBindValue(row.line);
    }
    if (!query.exec())
        return Status::failure(query.lastError().text());
    m_written += query.numRowsAffected();
    return Done{};
}

Status ResponseWriter::flushNative()
{
    auto bindText = [](sqlite3_stmt *stmt, int index, const QString &text, bool nullIfEmpty) {
        if (nullIfEmpty && text.isEmpty())
            return sqlite3_bind_null(stmt, index);
        return sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
    };
    auto run = [&](sqlite3_stmt *stmt, qsizetype from, qsizetype count) -> Status {
        sqlite3_reset(stmt);
        int p = 1;
        for (qsizetype i = from; i < from + count; ++i) {
            const ResponseRow &row = m_pending.at(i);
            sqlite3_bind_int64(stmt, p++, m_importId);
            sqlite3_bind_int64(stmt, p++, row.key);
            bindText(stmt, p++, row.respondent, true);
            if (row.score)
                sqlite3_bind_int(stmt, p++, *row.score);
            else
                sqlite3_bind_null(stmt, p++);
            bindText(stmt, p++, row.answeredAt, true);
            bindText(stmt, p++, row.openAnswer, true);
            if (row.csat)
                sqlite3_bind_double(stmt, p++, *row.csat);
            else
                sqlite3_bind_null(stmt, p++);
            if (row.ces)
                sqlite3_bind_double(stmt, p++, *row.ces);
            else
                sqlite3_bind_null(stmt, p++);
            bindText(stmt, p++, row.segmentValues, false);
            sqlite3_bind_int64(stmt, p++, row.line);
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_native->db)));
        m_written += sqlite3_changes(m_native->db);
        return Done{};
    };
    Status status = Done{};
    if (m_pending.size() == BatchRows) {
        status = run(m_native->batch, 0, BatchRows);
    } else {
        for (qsizetype i = 0; i < m_pending.size() && status; ++i)
            status = run(m_native->single, i, 1);
    }
    sqlite3_clear_bindings(m_native->batch);
    sqlite3_clear_bindings(m_native->single);
    return status;
}
