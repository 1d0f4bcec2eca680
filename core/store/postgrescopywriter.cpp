#include "store/postgrescopywriter.h"

#include "logging.h"
#include "store/responsewriter.h"
#include "store/workerqueue.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
#include <QVariant>

#include <libpq-fe.h>

#include <cmath>

namespace {

constexpr qsizetype SendBytes = 1 << 20;
// The import's rows go to the sender in chunks of this size, at most QueuedChunks waiting: small
// enough that the server starts on the first rows at once, few enough to bound the memory.
constexpr qsizetype ChunkBytes = qsizetype(256) * 1024;
constexpr size_t QueuedChunks = 8;
// The other open answers wait for the end of the responses' COPY (they refer to its rows); past
// this many bytes they wait in a temporary file, so that memory does not grow with the file.
constexpr qsizetype AnswerMemoryBytes = 8 << 20;

// COPY's text format: \N for NULL, backslash escapes for the separators. Written straight into
// the buffer (no temporary QByteArray per field): a million rows format in a fraction of the
// time QByteArray::number() and a UTF-8 copy per string took.
void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        *--p = '-';
    out.append(p, end - p);
}

void appendText(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    // Room for the worst case of ASCII: every character escaped.
    out.resize(start + 2 * text.size());
    char *p = out.data() + start;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80) {
            // Not ASCII: the rest through UTF-8, byte by byte.
            out.resize(p - out.constData());
            for (const char byte : QStringView(text).mid(i).toUtf8()) {
                switch (byte) {
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
                    out += byte;
                }
            }
            return;
        }
        switch (c) {
        case u'\\':
            *p++ = '\\';
            *p++ = '\\';
            break;
        case u'\t':
            *p++ = '\\';
            *p++ = 't';
            break;
        case u'\n':
            *p++ = '\\';
            *p++ = 'n';
            break;
        case u'\r':
            *p++ = '\\';
            *p++ = 'r';
            break;
        default:
            *p++ = char(c);
        }
    }
    out.resize(p - out.constData());
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
    if (!value) {
        out += "\\N";
        return;
    }
    // Whole figures (a CSAT of 4) as integers; others in the shortest form that reads back as
    // the same double.
    constexpr double Exact = 9007199254740992.0; // 2^53
    const double v = *value;
    if (v == std::trunc(v) && std::abs(v) < Exact && !(v == 0 && std::signbit(v)))
        appendInteger(out, qint64(v));
    else
        out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

QString errorOf(pg_conn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

// Sends the chunks of a COPY on its own thread; the only user of the connection while it has any.
class PostgresCopyWriter::Sender
{
public:
    explicit Sender(pg_conn *connection)
        : m_queue(QueuedChunks, [connection](QByteArray &chunk) {
            const bool sent = PQputCopyData(connection, chunk.constData(), int(chunk.size())) == 1;
            chunk.resize(0);
            return sent ? QString() : errorOf(connection);
        })
    {}

    // Hands over the chunk and gives back an empty one to fill (a sent chunk, keeping its
    // memory), waiting while the queue is full.
    Status enqueue(QByteArray &chunk)
    {
        Status queued = m_queue.enqueue(chunk);
        if (queued && chunk.capacity() < ChunkBytes)
            chunk.reserve(ChunkBytes + 4096);
        return queued;
    }

    // Waits until every chunk handed over is with the server (or one could not be sent).
    Status drain() { return m_queue.drain(); }

private:
    WorkerQueue<QByteArray>
        m_queue; // abandoned when destroyed: finish() drains before it ends the COPY
};

PostgresCopyWriter::PostgresCopyWriter(pg_conn *connection, qint64 importId)
    : m_connection(connection)
    , m_importId(importId)
{
    m_rows.reserve(SendBytes + 4096);
}

PostgresCopyWriter::~PostgresCopyWriter()
{
    m_sender.reset(); // the connection is this thread's again
    if (m_copying)
        (void)endCopy("the import was abandoned");
}

Status PostgresCopyWriter::hand(QByteArray &chunk)
{
    if (!m_sender)
        return send(chunk);
    if (chunk.isEmpty())
        return Done{};
    return m_sender->enqueue(chunk);
}

Status PostgresCopyWriter::copyRows(pg_conn *connection,
                                    const QString &table,
                                    const QStringList &columns,
                                    const std::function<bool(QByteArray &)> &nextRow)
{
    PostgresCopyWriter copy(connection, 0);
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(table, columns.join(QStringLiteral(", ")))
                               .toUtf8();
    if (Status s = copy.startCopy(sql.constData()); !s)
        return s;
    while (nextRow(copy.m_rows)) {
        if (copy.m_rows.size() >= SendBytes) {
            if (Status s = copy.send(copy.m_rows); !s)
                return s;
        }
    }
    if (Status s = copy.send(copy.m_rows); !s)
        return s;
    return copy.endCopy(nullptr);
}

void PostgresCopyWriter::appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        appendReal(out, value.toDouble());
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        appendInteger(out, value.toLongLong());
        break;
    default:
        appendText(out, value.toString());
    }
}

Status PostgresCopyWriter::startCopy(const char *sql)
{
    PGresult *result = PQexec(m_connection, sql);
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
    if (!m_copying && m_sent == 0) {
        if (Status s = startCopy("COPY responses (id, import_id, response_key, respondent, score,"
                                 " answered_at, open_answer, csat, ces, segment_values,"
                                 " source_line) FROM STDIN");
            !s)
            return s;
        m_sender = std::make_unique<Sender>(m_connection);
    }
    QByteArray &out = m_rows;
    appendInteger(out, row.id);
    out += '\t';
    appendInteger(out, m_importId);
    out += '\t';
    appendInteger(out, row.key);
    out += '\t';
    appendNullable(out, row.respondent);
    out += '\t';
    if (row.score)
        appendInteger(out, *row.score);
    else
        out += "\\N";
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
    appendInteger(out, row.line);
    out += '\n';
    for (qsizetype q = 0; q < row.answers.size() && q < m_questions.size(); ++q) {
        if (row.answers.at(q).isEmpty())
            continue;
        appendInteger(m_answers, row.id);
        m_answers += '\t';
        appendInteger(m_answers, m_questions.at(q));
        m_answers += '\t';
        appendText(m_answers, row.answers.at(q));
        m_answers += '\n';
    }
    if (m_answers.size() >= AnswerMemoryBytes) {
        if (Status s = spillAnswers(); !s)
            return s;
    }
    ++m_sent;
    if (m_rows.size() >= (m_sender ? ChunkBytes : SendBytes))
        return hand(m_rows);
    return Done{};
}

Status PostgresCopyWriter::spillAnswers()
{
    if (!m_spilled) {
        m_spilled = std::make_unique<QTemporaryFile>();
        if (!m_spilled->open()) {
            const QString error = m_spilled->errorString();
            m_spilled.reset();
            return Status::failure(error);
        }
    }
    if (m_spilled->write(m_answers) != m_answers.size())
        return Status::failure(m_spilled->errorString());
    m_answers.resize(0);
    return Done{};
}

Status PostgresCopyWriter::finish()
{
    if (m_sent == 0)
        return Done{};
    QElapsedTimer timer;
    timer.start();
    if (Status s = hand(m_rows); !s)
        return s;
    if (m_sender) {
        Status sent = m_sender->drain();
        m_sender.reset();
        if (!sent)
            return sent;
    }
    if (Status s = endCopy(nullptr); !s)
        return s;
    const qint64 responses = timer.elapsed();
    if (!m_answers.isEmpty() || m_spilled) {
        if (Status s = startCopy("COPY answers (response_id, question_id, text) FROM STDIN"); !s)
            return s;
        if (m_spilled) {
            if (!m_spilled->seek(0))
                return Status::failure(m_spilled->errorString());
            QByteArray chunk;
            while (!m_spilled->atEnd()) {
                chunk = m_spilled->read(SendBytes);
                if (chunk.isEmpty())
                    return Status::failure(m_spilled->errorString());
                if (Status s = send(chunk); !s)
                    return s;
            }
            m_spilled.reset();
        }
        if (Status s = send(m_answers); !s)
            return s;
        if (Status s = endCopy(nullptr); !s)
            return s;
    }
    m_written += m_sent;
    qCDebug(lcStore) << "COPY of" << m_sent << "responses ended" << responses
                     << "ms after the last row was given, their other answers" << timer.elapsed()
                     << "ms";
    m_sent = 0;
    m_answers.clear();
    return Done{};
}
