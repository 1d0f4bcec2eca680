#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {

constexpr qint64 ReadChunkBytes = qint64(256) * 1024;
// The first records teach the reader what its records look like.
constexpr qint64 LearningRecords = 1000;
// A line longer than this is never taken for the record after a broken quote.
constexpr qsizetype MaxLookahead = qsizetype(1) << 20;

// 1 when a field's value begins with a digit (past blanks and an opening quote), 0 when it
// begins with something else, -1 when it is empty.
int leadsWithDigit(QStringView field)
{
    qsizetype i = 0;
    while (i < field.size() && (field.at(i) == u' ' || field.at(i) == u'"'))
        ++i;
    if (i == field.size())
        return -1;
    return field.at(i) >= u'0' && field.at(i) <= u'9' ? 1 : 0;
}

// Where to end a piece of UTF-8 so that the decoder keeps no state into the next piece: after
// its last ASCII byte (nothing is pending after one, whatever came before). A piece without
// one waits for more, up to a chunk's worth; then it ends before the sequence the read cut.
qsizetype utf8PieceEnd(const char *data, qsizetype size)
{
    for (qsizetype i = size - 1; i >= 0; --i) {
        if (uchar(data[i]) < 0x80)
            return i + 1;
    }
    if (size <= ReadChunkBytes)
        return 0;
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto byte = uchar(data[size - back]);
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back ? size - back : size;
    }
    return size;
}

// The same for the legacy multi-byte encodings (GB18030, Big5, Shift-JIS, EUC-…), whose second
// bytes can be ASCII: after the piece's last line-break byte, which never is one.
qsizetype lineBreakPieceEnd(const char *data, qsizetype size)
{
    for (qsizetype i = size - 1; i >= 0; --i) {
        if (data[i] == '\n' || data[i] == '\r')
            return i + 1;
    }
    return size <= ReadChunkBytes ? 0 : size;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect)
    : m_device(device)
    , m_delimiter(dialect.delimiter)
    , m_decoder(dialect.encoding.constData())
{
    if (!m_decoder.isValid())
        m_error = QCoreApplication::translate("CsvReader", "Unknown text encoding “%1”.")
                      .arg(QString::fromLatin1(dialect.encoding));
    const QByteArray encoding = dialect.encoding.toLower();
    m_pieces = encoding == "utf-8" || encoding == "utf8" ? Pieces::Utf8
               : encoding.startsWith("utf-16") || encoding.startsWith("utf-32")
                   ? Pieces::AsRead
                   : Pieces::AtLineBreaks;
    // Reads of a chunk, or of the whole file when it is smaller (the sniffer's samples).
    m_readSize = device->isSequential()
                     ? ReadChunkBytes
                     : std::clamp<qint64>(device->size() - device->pos() + 1, 4096, ReadChunkBytes);
}

QString CsvReader::decodeNextPiece()
{
    if (m_raw.size() < m_carry + m_readSize) // room for a read after the bytes held back
        m_raw.resize(m_carry + m_readSize);
    const qint64 got = m_device->read(m_raw.data() + m_carry, m_readSize);
    if (got <= 0) {
        m_eof = true;
        QString rest = m_decoder.decode(QByteArrayView(m_raw.constData(), m_carry));
        m_carry = 0;
        return rest;
    }
    m_bytesRead += got;
    // The bytes after the piece's last safe end wait for the next read, so that what is decoded
    // never depends on where reads end (Qt's and ICU's decoders read invalid bytes that a read
    // cut differently).
    const qsizetype size = m_carry + qsizetype(got);
    const qsizetype whole = m_pieces == Pieces::Utf8 ? utf8PieceEnd(m_raw.constData(), size)
                            : m_pieces == Pieces::AtLineBreaks
                                ? lineBreakPieceEnd(m_raw.constData(), size)
                                : size;
    QString text = m_decoder.decode(QByteArrayView(m_raw.constData(), whole));
    m_carry = size - whole;
    std::memmove(m_raw.data(), m_raw.constData() + whole, size_t(m_carry));
    return text;
}

bool CsvReader::fillBuffer()
{
    for (;;) {
        m_buffer.clear();
        m_pos = 0;
        if (m_eof)
            return false;
        m_buffer = decodeNextPiece();
        // A CR that ended the last piece owns the LF that starts this one, even when the LF
        // is all this piece holds.
        if (m_pendingCr && !m_buffer.isEmpty()) {
            m_pos = m_buffer.at(0) == u'\n' ? 1 : 0;
            m_pendingCr = false;
        }
        if (m_pos < m_buffer.size())
            return true;
    }
}

bool CsvReader::extendBuffer()
{
    while (!m_eof) {
        QString more = decodeNextPiece();
        if (m_pendingCr && !more.isEmpty()) {
            if (more.at(0) == u'\n')
                more.remove(0, 1);
            m_pendingCr = false;
        }
        if (!more.isEmpty()) {
            m_buffer += more;
            return true;
        }
    }
    return false;
}

void CsvReader::learnFromRecord()
{
    ++m_records;
    if (m_records == 1) {
        m_width = m_fieldEnds.size();
        m_filled.fill(0, m_width);
        m_digitLed.fill(0, m_width);
        return;
    }
    if (m_records > LearningRecords || m_fieldEnds.size() != m_width)
        return;
    for (qsizetype c = 0; c < m_width; ++c) {
        const int digit = leadsWithDigit(field(c));
        if (digit >= 0) {
            ++m_filled[c];
            m_digitLed[c] += digit;
        }
    }
}

// Whether the line that starts at `from` reads, on its own, as the next record: complete on
// the line, quoted cleanly, the header's width, and a number-like value (or none) in every
// column where the records so far hold numbers (ids, scores, dates). A line of a legitimate
// multi-line answer fails one of these: it holds the answer's closing quote, or too few
// delimiters, or words where the records have numbers. A file without such columns is never
// split here (its broken quote runs to the end of the file, and is reported there).
bool CsvReader::quotedFieldEndsRecord(qsizetype from)
{
    // The closing quote of the field being read, within the lookahead …
    qsizetype i = from;
    for (;;) {
        if (i - from > MaxLookahead || (i >= m_buffer.size() && !extendBuffer()))
            return false;
        if (m_buffer.at(i) == u'"') {
            if (i + 1 >= m_buffer.size())
                extendBuffer();
            if (i + 1 < m_buffer.size() && m_buffer.at(i + 1) == u'"') {
                i += 2;
                continue;
            }
            break;
        }
        ++i;
    }
    // … then the rest of its line, fields that may be quoted but close on it.
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype fields = m_fieldEnds.size() + 1;
    bool quoted = false, closed = true, fieldStart = false;
    for (++i;; ++i) {
        if (i - from > MaxLookahead)
            return false;
        if (i >= m_buffer.size() && !extendBuffer())
            break; // the end of the file ends the record
        const char16_t c = m_buffer.at(i).unicode();
        if (quoted) {
            if (c == u'"') {
                if (i + 1 >= m_buffer.size())
                    extendBuffer(); // a doubled quote may straddle the buffer's end
                if (i + 1 < m_buffer.size() && m_buffer.at(i + 1) == u'"')
                    ++i;
                else
                    quoted = false, closed = true;
            }
            continue;
        }
        if (c == delimiter) {
            ++fields;
            closed = false;
            fieldStart = true;
            continue;
        }
        if (c == u'\r' || c == u'\n')
            break;
        if (closed || (c == u'"' && !fieldStart))
            return false; // text after a closing quote, or a quote inside a field
        quoted = c == u'"';
        fieldStart = false;
    }
    return !quoted && fields == m_width;
}

bool CsvReader::lineStartsRecord(qsizetype from)
{
    if (m_width < 2)
        return false;
    QList<bool> numeric(m_width, false);
    bool anyNumeric = false;
    for (qsizetype c = 0; c < m_width; ++c) {
        numeric[c] = m_filled.at(c) >= 2 && m_digitLed.at(c) * 20 >= m_filled.at(c) * 19;
        anyNumeric = anyNumeric || numeric.at(c);
    }
    if (!anyNumeric)
        return false;

    qsizetype end = from;
    for (;;) {
        while (end < m_buffer.size() && m_buffer.at(end) != u'\r' && m_buffer.at(end) != u'\n')
            ++end;
        if (end < m_buffer.size() || end - from > MaxLookahead || !extendBuffer())
            break;
    }
    if (end - from > MaxLookahead || end == from)
        return false;
    const QStringView line = QStringView(m_buffer).sliced(from, end - from);

    const char16_t delimiter = m_delimiter.unicode();
    qsizetype column = 0, begin = 0, lastFilled = -1;
    bool quoted = false, closed = false;
    const auto fieldFits = [&](qsizetype at) {
        const int digit = leadsWithDigit(line.sliced(begin, at - begin));
        if (digit >= 0)
            lastFilled = column;
        return column >= m_width || !numeric.at(column) || digit != 0;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"')
                    ++i;
                else
                    quoted = false, closed = true;
            }
        } else if (c == delimiter) {
            if (!fieldFits(i))
                return false;
            ++column;
            begin = i + 1;
            closed = false;
        } else if (closed || (c == u'"' && i != begin)) {
            return false; // text after a closing quote, or a quote inside a field
        } else if (c == u'"') {
            quoted = true;
        }
    }
    if (quoted || !fieldFits(line.size()))
        return false;
    const qsizetype fields = column + 1;
    if (fields != m_width && (fields <= m_width || lastFilled >= m_width))
        return false;
    // A line that reads like a record may still be text of a quoted field that closes later
    // into a record of the right width (a comment that quotes a line of the export): then the
    // file is valid CSV and is read as it is written.
    return !quotedFieldEndsRecord(from);
}

QString CsvReader::brokenQuote(qint64 nextRecordLine) const
{
    // Without the record's own line, which the caller names (lineNumber()); the lines it spans
    // are part of what happened to it.
    const bool span = m_lastLine > m_recordLine;
    const QString quote
        = span ? QCoreApplication::translate("CsvReader",
                                             "the quote that opens field %1 on line %2 is never "
                                             "closed")
                     .arg(m_quoteField)
                     .arg(m_quoteLine)
               : QCoreApplication::translate("CsvReader",
                                             "the quote that opens field %1 is never closed")
                     .arg(m_quoteField);
    const QString until
        = nextRecordLine > 0
              ? QCoreApplication::translate("CsvReader", "(line %1 reads as the next record)")
                    .arg(nextRecordLine)
              : QCoreApplication::translate("CsvReader", "before the end of the file");
    const QString leftOut
        = span ? QCoreApplication::translate("CsvReader", "lines %1–%2 are left out as one record")
                     .arg(m_recordLine)
                     .arg(m_lastLine)
               : QCoreApplication::translate("CsvReader", "this record is left out");
    return QStringLiteral("%1 %2; %3.").arg(quote, until, leftOut);
}

QStringView CsvReader::field(qsizetype index) const
{
    if (index < 0 || index >= m_fieldEnds.size())
        return {};
    const qsizetype begin = index == 0 ? 0 : m_fieldEnds.at(index - 1);
    return QStringView(m_record).sliced(begin, m_fieldEnds.at(index) - begin);
}

CsvReader::CsvReader(std::unique_ptr<QIODevice> device, const CsvDialect &dialect)
    : CsvReader(device.get(), dialect)
{
    m_owned = std::move(device);
}

qint64 CsvReader::totalBytes() const
{
    return m_device->size();
}

bool CsvReader::readRecord()
{
    if (hasError())
        return false;
    m_record.resize(0);
    m_fieldEnds.resize(0);
    m_problem.clear();

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    bool recordStarted = false;
    const char16_t delimiter = m_delimiter.unicode();

    for (;;) {
        if (m_pos >= m_buffer.size() && !fillBuffer()) {
            // End of input.
            if (!recordStarted)
                return false;
            m_fieldEnds.append(m_record.size());
            if (state == State::Quoted) {
                m_lastLine = m_record.endsWith(u'\n') ? m_line - 1 : m_line;
                m_problem = brokenQuote(0);
                return true;
            }
            m_lastLine = m_line;
            learnFromRecord();
            return true;
        }
        const auto *data = reinterpret_cast<const char16_t *>(m_buffer.constData());
        qsizetype size = m_buffer.size();

        while (m_pos < size) {
            const char16_t c = data[m_pos];
            if (!recordStarted) {
                if (c == u'\r' || c == u'\n') { // blank line
                    ++m_pos;
                    if (c == u'\r') {
                        if (m_pos < size && data[m_pos] == u'\n')
                            ++m_pos;
                        else if (m_pos >= size)
                            m_pendingCr = true;
                    }
                    ++m_line;
                    continue;
                }
                recordStarted = true;
                m_recordLine = m_line;
            }
            switch (state) {
            case State::FieldStart:
                if (c == u'"') {
                    state = State::Quoted;
                    m_quoteLine = m_line;
                    m_quoteField = m_fieldEnds.size() + 1;
                    ++m_pos;
                    break;
                }
                state = State::Unquoted;
                [[fallthrough]];
            case State::Unquoted: {
                // Fast scan to the next special character.
                qsizetype end = m_pos;
                while (end < size && data[end] != delimiter && data[end] != u'\r'
                       && data[end] != u'\n') {
                    m_quoteAnomalies += data[end] == u'"';
                    ++end;
                }
                m_record.append(QStringView(data + m_pos, end - m_pos));
                m_pos = end;
                if (end >= size)
                    break;
                const char16_t s = data[end];
                ++m_pos;
                m_fieldEnds.append(m_record.size());
                if (s == delimiter) {
                    state = State::FieldStart;
                    break;
                }
                // End of record.
                if (s == u'\r') {
                    if (m_pos < size && data[m_pos] == u'\n')
                        ++m_pos;
                    else if (m_pos >= size)
                        m_pendingCr = true;
                }
                m_lastLine = m_line++;
                learnFromRecord();
                return true;
            }
            case State::Quoted: {
                qsizetype end = m_pos;
                while (end < size && data[end] != u'"' && data[end] != u'\r' && data[end] != u'\n')
                    ++end;
                m_record.append(QStringView(data + m_pos, end - m_pos));
                m_pos = end;
                if (end >= size)
                    break;
                const char16_t s = data[end];
                ++m_pos;
                if (s == u'"') {
                    state = State::QuoteInQuoted;
                    break;
                }
                // A line break inside the quoted field: kept as a single \n, unless the line
                // after it reads as the next record, which makes the quote a broken one.
                if (s == u'\r') {
                    if (m_pos >= size && extendBuffer()) {
                        data = reinterpret_cast<const char16_t *>(m_buffer.constData());
                        size = m_buffer.size();
                    }
                    if (m_pos < size && data[m_pos] == u'\n')
                        ++m_pos;
                }
                ++m_line;
                const bool broken = lineStartsRecord(m_pos);
                data = reinterpret_cast<const char16_t *>(m_buffer.constData());
                size = m_buffer.size();
                if (broken) {
                    m_fieldEnds.append(m_record.size());
                    m_lastLine = m_line - 1;
                    m_problem = brokenQuote(m_line);
                    return true;
                }
                m_record.append(u'\n');
                break;
            }
            case State::QuoteInQuoted:
                if (c == u'"') { // doubled quote
                    m_record.append(u'"');
                    ++m_pos;
                    state = State::Quoted;
                } else if (c == delimiter || c == u'\r' || c == u'\n') {
                    state = State::Unquoted; // let Unquoted end the field or the record
                } else {
                    // Text after a closing quote ("abc"def): keep it, as spreadsheets do.
                    ++m_quoteAnomalies;
                    state = State::Unquoted;
                }
                break;
            }
        }
    }
}
