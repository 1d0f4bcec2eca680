#pragma once

#include "csv/csvdialect.h"
#include "csv/recordreader.h"

#include <QList>

#include <QString>
#include <QStringDecoder>
#include <QStringView>
#include <memory>

class QIODevice;

// Streaming RFC 4180 reader: one record at a time in constant memory, whatever the file size.
// Handles quoted fields with delimiters, doubled quotes and line breaks, CRLF/LF/CR endings and
// a byte-order mark. Blank lines are skipped. Fields are views valid until the next readRecord().
// A quote that is never closed swallows no records: see recordProblem().
class CsvReader : public RecordReader
{
public:
    CsvReader(QIODevice *device, const CsvDialect &dialect);
    // The same, owning its device (a file the importer opened).
    CsvReader(std::unique_ptr<QIODevice> device, const CsvDialect &dialect);

    bool readRecord() override;
    qsizetype fieldCount() const override { return m_fieldEnds.size(); }
    QStringView field(qsizetype index) const override;

    // Physical line (1-based) on which the current record starts, and on which it ends.
    qint64 lineNumber() const override { return m_recordLine; }
    qint64 lastLineNumber() const override { return m_lastLine; }
    // Set when a quote opened in the record was never closed: the record ends where the quote
    // ran over a line break into a line that reads as the next record, or at the end of the file.
    QString recordProblem() const override { return m_problem; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override;
    bool atEnd() const { return m_eof && m_pos >= m_buffer.size(); }

    // Quotes in odd places ("ab"c, 5" screen): many of them hint at the wrong delimiter.
    qint64 quoteAnomalies() const { return m_quoteAnomalies; }

    bool hasError() const override { return !m_error.isEmpty(); }
    QString errorString() const override { return m_error; }

private:
    QString decodeNextPiece();
    bool fillBuffer();
    bool extendBuffer();
    bool lineStartsRecord(qsizetype from);
    bool quotedFieldEndsRecord(qsizetype from);
    void learnFromRecord();
    QString brokenQuote(qint64 nextRecordLine) const;

    std::unique_ptr<QIODevice> m_owned;
    QIODevice *m_device;
    QChar m_delimiter;
    QStringDecoder m_decoder;
    QByteArray m_raw;
    qsizetype m_carry = 0; // bytes held back from the last read, at m_raw's start
    qint64 m_readSize = 0;
    enum class Pieces { Utf8, AtLineBreaks, AsRead }; // where a decoded piece may end
    Pieces m_pieces = Pieces::AsRead;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_pendingCr = false; // last chunk ended in CR: a following LF belongs to it
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_lastLine = 0;
    qint64 m_quoteLine = 0;     // where the open quote of the current record started
    qsizetype m_quoteField = 0; // and in which field (1-based)
    QString m_problem;
    // What records look like, learnt from the first ones: the header's width, and per column
    // how many values (of how many) begin with a digit.
    qsizetype m_width = 0;
    qint64 m_records = 0;
    QList<int> m_filled;
    QList<int> m_digitLed;
    QString m_record;             // the current record's unescaped fields, back to back
    QList<qsizetype> m_fieldEnds; // end offset of each field in m_record
    qint64 m_quoteAnomalies = 0;
    QString m_error;
};
