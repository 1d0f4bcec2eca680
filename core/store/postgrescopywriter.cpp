#include "store/postgrescopywriter.h"

#include "logging.h"
#include "store/responsewriter.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <libpq-fe.h>

#include <cmath>

namespace {

constexpr qsizetype SendBytes = 1 << 20;

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
    ++m_sent;
    if (m_rows.size() >= SendBytes)
        return send(m_rows);
    return Done{};
}

Status PostgresCopyWriter::finish()
{
    if (m_sent == 0)
        return Done{};
    QElapsedTimer timer;
    timer.start();
    if (Status s = send(m_rows); !s)
        return s;
    if (Status s = endCopy(nullptr); !s)
        return s;
    const qint64 responses = timer.elapsed();
    if (!m_answers.isEmpty()) {
        if (Status s = startCopy("COPY answers (response_id, question_id, text) FROM STDIN"); !s)
            return s;
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
