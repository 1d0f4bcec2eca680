#include "store/responsewriter.h"

#include "store/postgrescopywriter.h"
#include "store/surveystore.h"
#include "store/workerqueue.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <memory>
#include <vector>

namespace {

constexpr int BatchRows = 64;
constexpr int AnswerBatch = 64;
constexpr size_t QueuedBatches = 32;

// With `withId` the writer gives the rows their ids (the answers to other open questions refer
// to them); without, SQLite appends them itself, which a million-row import notices.
QString insertSql(int rows, bool withId)
{
    QString sql = withId ? QStringLiteral("INSERT INTO responses (id, import_id, response_key,"
                                          " respondent, score, answered_at, open_answer, csat,"
                                          " ces, segment_values, source_line) VALUES ")
                         : QStringLiteral("INSERT INTO responses (import_id, response_key,"
                                          " respondent, score, answered_at, open_answer, csat,"
                                          " ces, segment_values, source_line) VALUES ");
    const QString one = withId ? QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?)")
                               : QStringLiteral("(?,?,?,?,?,?,?,?,?,?)");
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += u',';
        sql += one;
    }
    return sql;
}

QString answersSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO answers (response_id, question_id, text) VALUES ");
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? QStringLiteral("(?,?,?)") : QStringLiteral(",(?,?,?)");
    return sql;
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

// Binds and steps batches on its own thread; the only user of the connection while it runs.
class ResponseWriter::NativeWriter
{
public:
    NativeWriter(sqlite3 *db, qint64 importId)
        : m_db(db)
        , m_importId(importId)
    {
        const QByteArray answerBatchSql = answersSql(AnswerBatch).toUtf8();
        const QByteArray answerSql = answersSql(1).toUtf8();
        bool prepared = true;
        for (const bool withId : {false, true}) {
            const QByteArray batchSql = insertSql(BatchRows, withId).toUtf8();
            const QByteArray singleSql = insertSql(1, withId).toUtf8();
            prepared
                = prepared
                  && sqlite3_prepare_v2(db, batchSql.constData(), -1, &m_batch[withId], nullptr)
                         == SQLITE_OK
                  && sqlite3_prepare_v2(db, singleSql.constData(), -1, &m_single[withId], nullptr)
                         == SQLITE_OK;
        }
        if (!prepared
            || sqlite3_prepare_v2(db, answerBatchSql.constData(), -1, &m_answerBatch, nullptr)
                   != SQLITE_OK
            || sqlite3_prepare_v2(db, answerSql.constData(), -1, &m_answer, nullptr) != SQLITE_OK)
            return;
        m_queue = std::make_unique<WorkerQueue<Batch>>(QueuedBatches, [this](Batch &batch) {
            QString error = write(batch.rows, batch.count);
            if (error.isEmpty())
                m_written += batch.count;
            return error;
        });
    }

    ~NativeWriter()
    {
        m_queue.reset(); // the thread is done with the statements
        for (sqlite3_stmt *stmt : {m_batch[0], m_batch[1], m_single[0], m_single[1]})
            sqlite3_finalize(stmt);
        sqlite3_finalize(m_answerBatch);
        sqlite3_finalize(m_answer);
    }

    bool isValid() const { return m_queue != nullptr; }
    // Before the first batch: the questions that ResponseRow::answers answer (the queue hands
    // them to its thread with the batch).
    void setQuestions(const QList<qint64> &questions) { m_questions = questions; }

    // Hands over the first `count` rows of `rows`; gives back a written batch to reuse (its
    // strings keep their memory, and nothing is freed on the other thread than allocated it).
    Status enqueue(QList<ResponseRow> &rows, qsizetype count)
    {
        Batch batch{std::move(rows), count};
        Status queued = m_queue->enqueue(batch);
        rows = std::move(batch.rows);
        return queued;
    }

    Status drain() { return m_queue->drain(); }

    // Rows written so far: exact once drained.
    qint64 written() const { return m_written; }

private:
    struct Batch
    {
        QList<ResponseRow> rows;
        qsizetype count = 0;
    };

    QString write(const QList<ResponseRow> &rows, qsizetype total)
    {
        qsizetype done = 0;
        while (done < total) {
            const bool full = total - done >= BatchRows;
            const bool withId = !m_questions.isEmpty();
            sqlite3_stmt *stmt = full ? m_batch[withId] : m_single[withId];
            const qsizetype count = full ? BatchRows : 1;
            sqlite3_reset(stmt);
            int p = 1;
            for (qsizetype i = done; i < done + count; ++i)
                bind(stmt, p, rows.at(i));
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                QString error = QString::fromUtf8(sqlite3_errmsg(m_db));
                sqlite3_reset(stmt);
                return error;
            }
            done += count;
        }
        for (sqlite3_stmt *stmt : {m_batch[0], m_batch[1], m_single[0], m_single[1]})
            sqlite3_reset(stmt);
        return m_questions.isEmpty() ? QString() : writeAnswers(rows, total);
    }

    QString writeAnswers(const QList<ResponseRow> &rows, qsizetype total)
    {
        m_answers.clear();
        for (qsizetype i = 0; i < total; ++i) {
            const ResponseRow &row = rows.at(i);
            for (qsizetype q = 0; q < row.answers.size() && q < m_questions.size(); ++q)
                if (!row.answers.at(q).isEmpty())
                    m_answers.push_back({row.id, m_questions.at(q), &row.answers.at(q)});
        }
        size_t done = 0;
        while (done < m_answers.size()) {
            const bool full = m_answers.size() - done >= size_t(AnswerBatch);
            sqlite3_stmt *stmt = full ? m_answerBatch : m_answer;
            const size_t count = full ? size_t(AnswerBatch) : 1;
            sqlite3_reset(stmt);
            int p = 1;
            for (size_t i = done; i < done + count; ++i) {
                const AnswerRef &a = m_answers[i];
                sqlite3_bind_int64(stmt, p++, a.response);
                sqlite3_bind_int64(stmt, p++, a.question);
                sqlite3_bind_text16(
                    stmt, p++, a.text->utf16(), int(a.text->size() * 2), SQLITE_STATIC);
            }
            if (sqlite3_step(stmt) != SQLITE_DONE) {
                QString error = QString::fromUtf8(sqlite3_errmsg(m_db));
                sqlite3_reset(stmt);
                return error;
            }
            done += count;
        }
        sqlite3_reset(m_answerBatch);
        sqlite3_reset(m_answer);
        return {};
    }

    void bind(sqlite3_stmt *stmt, int &p, const ResponseRow &row) const
    {
        // SQLITE_STATIC: the rows stay untouched until the statement has run.
        auto text = [&](const QString &s, bool nullIfEmpty) {
            if (nullIfEmpty && s.isEmpty())
                sqlite3_bind_null(stmt, p++);
            else
                sqlite3_bind_text16(stmt, p++, s.utf16(), int(s.size() * 2), SQLITE_STATIC);
        };
        auto real = [&](const std::optional<double> &v) {
            if (v)
                sqlite3_bind_double(stmt, p++, *v);
            else
                sqlite3_bind_null(stmt, p++);
        };
        if (!m_questions.isEmpty())
            sqlite3_bind_int64(stmt, p++, row.id);
        sqlite3_bind_int64(stmt, p++, m_importId);
        sqlite3_bind_int64(stmt, p++, row.key);
        text(row.respondent, true);
        if (row.score)
            sqlite3_bind_int(stmt, p++, *row.score);
        else
            sqlite3_bind_null(stmt, p++);
        text(row.answeredAt, true);
        text(row.openAnswer, true);
        real(row.csat);
        real(row.ces);
        text(row.segmentValues, false);
        sqlite3_bind_int64(stmt, p++, row.line);
    }

    sqlite3 *m_db;
    qint64 m_importId;
    sqlite3_stmt *m_batch[2] = {nullptr, nullptr}; // [with ids]
    sqlite3_stmt *m_single[2] = {nullptr, nullptr};
    sqlite3_stmt *m_answerBatch = nullptr;
    sqlite3_stmt *m_answer = nullptr;
    QList<qint64> m_questions;
    struct AnswerRef
    {
        qint64 response;
        qint64 question;
        const QString *text;
    };
    std::vector<AnswerRef> m_answers;
    std::atomic<qint64> m_written = 0;
    std::unique_ptr<WorkerQueue<Batch>> m_queue; // last: its thread uses the rest
};

ResponseWriter::ResponseWriter(SurveyStore &store, qint64 importId, Path path)
    : m_store(store)
    , m_importId(importId)
{
    m_pending.reserve(qsizetype(BatchRows) * 4);
    // The caller holds the write lock: ids after the largest one are free.
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM responses")) && query.next())
        m_nextId = query.value(0).toLongLong() + 1;
    if (path == Path::Automatic) {
        if (sqlite3 *db = store.sqliteHandle()) {
            auto native = std::make_unique<NativeWriter>(db, importId);
            if (native->isValid())
                m_native = std::move(native);
        } else if (pg_conn *connection = store.postgresHandle()) {
            m_copy = std::make_unique<PostgresCopyWriter>(connection, importId);
        }
    }
}

ResponseWriter::~ResponseWriter() = default;

void ResponseWriter::setAnswerQuestions(const QList<qint64> &questionIds)
{
    m_questions = questionIds;
    if (m_copy)
        m_copy->setQuestions(questionIds);
    if (m_native)
        m_native->setQuestions(questionIds);
}

qint64 ResponseWriter::written() const
{
    if (m_copy)
        return m_copy->written();
    return m_native ? m_native->written() : m_written;
}

ResponseRow &ResponseWriter::nextRow()
{
    if (m_filled == m_pending.size())
        m_pending.append(ResponseRow{});
    ResponseRow &row = m_pending[m_filled];
    row.key = 0;
    row.respondent.resize(0);
    row.score.reset();
    row.answeredAt.resize(0);
    row.openAnswer.resize(0);
    for (QString &answer : row.answers)
        answer.resize(0);
    row.csat.reset();
    row.ces.reset();
    row.segmentValues.resize(0);
    row.line = 0;
    return row;
}

Status ResponseWriter::addRow()
{
    m_pending[m_filled].id = m_nextId++;
    if (m_copy)
        return m_copy->add(m_pending.at(m_filled)); // the row is copied out: reused at once
    ++m_filled;
    if (m_filled >= (m_native ? BatchRows * 4 : BatchRows))
        return sendBatch();
    return Done{};
}

Status ResponseWriter::add(ResponseRow row)
{
    nextRow() = std::move(row);
    return addRow();
}

Status ResponseWriter::sendBatch()
{
    if (!m_native)
        return flushPortable();
    if (m_filled == 0)
        return Done{};
    const qsizetype count = std::exchange(m_filled, 0);
    return m_native->enqueue(m_pending, count);
}

Status ResponseWriter::flush()
{
    if (m_copy)
        return m_copy->finish();
    if (Status s = sendBatch(); !s)
        return s;
    return m_native ? m_native->drain() : Status(Done{});
}

Status ResponseWriter::flushPortable()
{
    if (m_filled == 0)
        return Done{};
    const qsizetype count = std::exchange(m_filled, 0);
    QSqlQuery query(m_store.database());
    const bool withId = !m_questions.isEmpty();
    if (!query.prepare(insertSql(int(count), withId)))
        return Status::failure(query.lastError().text());
    for (qsizetype i = 0; i < count; ++i) {
        const ResponseRow &row = m_pending.at(i);
        if (withId)
            query.addBindValue(row.id);
        query.addBindValue(m_importId);
        query.addBindValue(row.key);
        query.addBindValue(nullable(row.respondent));
        query.addBindValue(row.score ? QVariant(*row.score) : QVariant(QMetaType(QMetaType::Int)));
        query.addBindValue(nullable(row.answeredAt));
        query.addBindValue(nullable(row.openAnswer));
        query.addBindValue(row.csat ? QVariant(*row.csat) : QVariant(QMetaType(QMetaType::Double)));
        query.addBindValue(row.ces ? QVariant(*row.ces) : QVariant(QMetaType(QMetaType::Double)));
        // Never NULL: Qt binds a null QString as NULL on PostgreSQL.
        query.addBindValue(row.segmentValues.isNull() ? QStringLiteral("") : row.segmentValues);
        query.addBindValue(row.line);
    }
    if (!query.exec())
        return Status::failure(query.lastError().text());
    QSqlQuery answers(m_store.database());
    if (!answers.prepare(answersSql(1)))
        return Status::failure(answers.lastError().text());
    for (qsizetype i = 0; i < count; ++i) {
        const ResponseRow &row = m_pending.at(i);
        for (qsizetype q = 0; q < row.answers.size() && q < m_questions.size(); ++q) {
            if (row.answers.at(q).isEmpty())
                continue;
            answers.addBindValue(row.id);
            answers.addBindValue(m_questions.at(q));
            answers.addBindValue(row.answers.at(q));
            if (!answers.exec())
                return Status::failure(answers.lastError().text());
        }
    }
    m_written += count;
    return Done{};
}
