#include "store/postgrescopywriter.h"

#include "logging.h"
#include "store/responsewriter.h"

#include <QElapsedTimer>
#include <QString>

#include <libpq-fe.h>

namespace {

constexpr qsizetype SendBytes = 1 << 20;

// COPY's text format: \N for NULL, backslash escapes for the separators.
void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void appendNullable(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out += "\\N";
    else
        appendText(out, text);
}

void appendReal(QByteArray &out, const std::optional<double> &value)
{
    if (value)
        out += QByteArray::number(*value, 'g', 17);
    else
        out += "\\N";
}

QString errorOf(pg_conn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

PostgresCopyWriter::PostgresCopyWriter(pg_conn *connection, qint64 importId)
    : m_connection(connection)
    , m_importId(importId)
{
    m_rows.reserve(SendBytes + 4096);
}

PostgresCopyWriter::~PostgresCopyWriter()
{
    if (m_copying)
        (void)endCopy("the import was abandoned");
}

Result<qint64> PostgresCopyWriter::exec(const QByteArray &sql)
{
    PGresult *result = PQexec(m_connection, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        return Result<qint64>::failure(error);
    }
    const qint64 rows = QByteArray(PQcmdTuples(result)).toLongLong();
    PQclear(result);
    return rows;
}

Status PostgresCopyWriter::start()
{
    // Staging tables of this transaction only: dropped at its end, whether it commits or not.
    for (const char *sql :
         {"CREATE TEMP TABLE nps_staged_responses (LIKE responses) ON COMMIT DROP",
          "CREATE TEMP TABLE nps_staged_answers (LIKE answers) ON COMMIT DROP"}) {
        if (Result<qint64> r = exec(sql); !r)
            return Status::failure(r.error());
    }
    PGresult *result = PQexec(m_connection,
                              "COPY nps_staged_responses (id, import_id, response_key, respondent,"
                              " score, answered_at, open_answer, csat, ces, segment_values,"
                              " source_line) FROM STDIN");
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!ok)
        return Status::failure(errorOf(m_connection));
    m_copying = true;
    return Done{};
}

Status PostgresCopyWriter::send(QByteArray &buffer)
{
    if (buffer.isEmpty())
        return Done{};
    if (PQputCopyData(m_connection, buffer.constData(), int(buffer.size())) != 1)
        return Status::failure(errorOf(m_connection));
    buffer.resize(0);
    return Done{};
}

Status PostgresCopyWriter::endCopy(const char *failure)
{
    m_copying = false;
    if (PQputCopyEnd(m_connection, failure) != 1)
        return Status::failure(errorOf(m_connection));
    QString error;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!error.isEmpty())
        return Status::failure(error);
    return Done{};
}

Status PostgresCopyWriter::add(const ResponseRow &row)
{
    if (!m_copying && m_staged == 0) {
        if (Status s = start(); !s)
            return s;
    }
    QByteArray &out = m_rows;
    out += QByteArray::number(row.id);
    out += '\t';
    out += QByteArray::number(m_importId);
    out += '\t';
    out += QByteArray::number(row.key);
    out += '\t';
    appendNullable(out, row.respondent);
    out += '\t';
    out += row.score ? QByteArray::number(*row.score) : QByteArray("\\N");
    out += '\t';
    appendNullable(out, row.answeredAt);
    out += '\t';
    appendNullable(out, row.openAnswer);
    out += '\t';
    appendReal(out, row.csat);
    out += '\t';
    appendReal(out, row.ces);
    out += '\t';
    appendText(out, row.segmentValues);
    out += '\t';
    out += QByteArray::number(row.line);
    out += '\n';
    for (qsizetype q = 0; q < row.answers.size() && q < m_questions.size(); ++q) {
        if (row.answers.at(q).isEmpty())
            continue;
        m_answers += QByteArray::number(row.id);
        m_answers += '\t';
        m_answers += QByteArray::number(m_questions.at(q));
        m_answers += '\t';
        appendText(m_answers, row.answers.at(q));
        m_answers += '\n';
    }
    ++m_staged;
    if (m_rows.size() >= SendBytes)
        return send(m_rows);
    return Done{};
}

Status PostgresCopyWriter::finish()
{
    if (m_staged == 0)
        return Done{};
    QElapsedTimer timer;
    timer.start();
    if (Status s = send(m_rows); !s)
        return s;
    if (Status s = endCopy(nullptr); !s)
        return s;
    const bool withAnswers = !m_answers.isEmpty();
    if (withAnswers) {
        PGresult *result = PQexec(m_connection,
                                  "COPY nps_staged_answers (response_id, question_id, text)"
                                  " FROM STDIN");
        const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!ok)
            return Status::failure(errorOf(m_connection));
        m_copying = true;
        if (Status s = send(m_answers); !s)
            return s;
        if (Status s = endCopy(nullptr); !s)
            return s;
    }
    const qint64 copied = timer.elapsed();
    // The dedup key is UNIQUE: a response another import stored in the meantime stays out.
    const Result<qint64> inserted
        = exec("INSERT INTO responses SELECT * FROM nps_staged_responses ORDER BY id"
               " ON CONFLICT (response_key) DO NOTHING");
    if (!inserted)
        return Status::failure(inserted.error());
    if (withAnswers) {
        const Result<qint64> answers = exec(
            "INSERT INTO answers (response_id, question_id, text)"
            " SELECT s.response_id, s.question_id, s.text FROM nps_staged_answers s"
            " JOIN nps_staged_responses staged ON staged.id = s.response_id"
            " JOIN responses r ON r.id = s.response_id AND r.response_key = staged.response_key");
        if (!answers)
            return Status::failure(answers.error());
    }
    for (const char *sql : {"DROP TABLE nps_staged_responses", "DROP TABLE nps_staged_answers"}) {
        if (Result<qint64> r = exec(sql); !r)
            return Status::failure(r.error());
    }
    m_written = inserted.value();
    m_alreadyStored = m_staged - m_written;
    qCDebug(lcStore) << "COPY of" << m_staged << "responses in" << copied << "ms," << m_written
                     << "stored," << m_alreadyStored << "already there, in" << timer.elapsed()
                     << "ms";
    m_staged = 0;
    m_answers.clear();
    return Done{};
}
