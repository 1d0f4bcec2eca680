#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// A source of records, one at a time: a delimited text file or a spreadsheet's sheet.
class RecordReader
{
public:
    virtual ~RecordReader() = default;

    // Reads the next record; false at the end or on an error (see errorString()).
    virtual bool readRecord() = 0;
    virtual qsizetype fieldCount() const = 0;
    virtual QStringView field(qsizetype index) const = 0;
    // Where the current record starts (a line of a text file, a row of a sheet).
    virtual qint64 lineNumber() const = 0;
    // Where it ends: a quoted field can hold line breaks.
    virtual qint64 lastLineNumber() const { return lineNumber(); }
    // Why the current record is broken (a quote never closed, say), or empty when it is not;
    // without its line, which lineNumber() gives. A broken record is returned so that it can
    // be counted and reported; skip it.
    virtual QString recordProblem() const { return {}; }
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    virtual bool hasError() const = 0;
    virtual QString errorString() const = 0;

    // The current record's fields. An empty field is an empty string, never a null one, from
    // every reader alike (a null string would be stored as SQL NULL).
    QStringList fields() const
    {
        QStringList list;
        list.reserve(fieldCount());
        for (qsizetype i = 0; i < fieldCount(); ++i) {
            const QStringView value = field(i);
            list.append(value.isEmpty() ? QStringLiteral("") : value.toString());
        }
        return list;
    }
};
