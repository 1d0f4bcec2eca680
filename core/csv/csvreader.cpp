#include "csv/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qint64 ChunkSize = qint64(256) * 1024;
}

CsvReader::CsvReader(QIODevice *device, const CsvDialect &dialect)
    : m_device(device)
    , m_delimiter(dialect.delimiter)
    , m_decoder(dialect.encoding.constData())
{
    if (!m_decoder.isValid())
        m_error = QCoreApplication::translate("CsvReader", "Unknown text encoding “%1”.")
                      .arg(QString::fromLatin1(dialect.encoding));
    m_raw.resize(ChunkSize);
}

bool CsvReader::fillBuffer()
{
    m_buffer.clear();
    m_pos = 0;
    while (!m_eof && m_buffer.isEmpty()) {
        const qint64 got = m_device->read(m_raw.data(), ChunkSize);
        if (got <= 0) {
            m_eof = true;
            m_buffer = m_decoder.decode(QByteArrayView()); // flush
            break;
        }
        m_bytesRead += got;
        m_buffer = m_decoder.decode(QByteArrayView(m_raw.constData(), got));
    }
    if (m_pendingCr && !m_buffer.isEmpty() && m_buffer.at(0) == u'\n')
        m_pos = 1;
    m_pendingCr = false;
    return m_pos < m_buffer.size();
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

    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    bool recordStarted = false;
    qint64 quoteLine = 0;
    const char16_t delimiter = m_delimiter.unicode();

    for (;;) {
        if (m_pos >= m_buffer.size() && !fillBuffer()) {
            // End of input.
            if (state == State::Quoted) {
                m_error = QCoreApplication::translate("CsvReader",
                                                      "Line %1: a quoted field is never closed "
                                                      "(expected a closing \")")
                              .arg(quoteLine);
                return false;
            }
            if (!recordStarted)
                return false;
            m_fieldEnds.append(m_record.size());
            return true;
        }
        const auto *data = reinterpret_cast<const char16_t *>(m_buffer.constData());
        const qsizetype size = m_buffer.size();

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
                    quoteLine = m_line;
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
                ++m_line;
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
                } else if (s == u'\r') {
                    // Line break inside a quoted field: keep it as a single \n.
                    m_record.append(u'\n');
                    if (m_pos < size && data[m_pos] == u'\n')
                        ++m_pos;
                    else if (m_pos >= size)
                        m_pendingCr = true;
                    ++m_line;
                } else {
                    m_record.append(u'\n');
                    ++m_line;
                }
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
