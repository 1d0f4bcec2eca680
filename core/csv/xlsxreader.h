#pragma once

#include "csv/recordreader.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

struct zip;
struct zip_file;

// Reads the rows of one sheet of an .xlsx workbook as records: shared and inline strings,
// numbers, booleans, and dates stored as serial numbers with a date style (1900 and 1904
// systems) written as ISO 8601. The sheet's XML is streamed out of the ZIP container (libzip),
// so a large workbook is never in memory at once; empty cells the XML leaves out come back empty.
class XlsxReader : public RecordReader
{
public:
    // The first sheet with data, or the sheet named `sheet`.
    explicit XlsxReader(const QString &path, const QString &sheet = {});
    ~XlsxReader() override;

    static bool looksLikeXlsx(const QString &path); // by extension or ZIP signature
    QString sheetName() const { return m_sheetName; }
    QStringList sheetNames() const;

    bool readRecord() override;
    qsizetype fieldCount() const override { return m_fields.size(); }
    QStringView field(qsizetype index) const override;
    qint64 lineNumber() const override { return m_row; }
    qint64 bytesRead() const override { return m_bytesRead; }
    qint64 totalBytes() const override { return m_sheetSize; }
    bool hasError() const override { return !m_error.isEmpty(); }
    QString errorString() const override { return m_error; }

private:
    struct Sheet
    {
        QString name;
        QString entry; // path inside the ZIP
    };
    bool open(const QString &path, const QString &sheet);
    QByteArray readEntry(const QString &entry);
    bool openSheet(const Sheet &sheet);
    bool sheetHasCells(const Sheet &sheet);
    bool feed();
    QString cellText(const QString &type, const QString &value, int style) const;
    void fail(const QString &message);

    zip *m_zip = nullptr;
    zip_file *m_sheetFile = nullptr;
    QList<Sheet> m_sheets;
    QString m_sheetName;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles;
    bool m_date1904 = false;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    qint64 m_sheetSize = 0;
    qint64 m_bytesRead = 0;
    bool m_sheetDone = false;
    qint64 m_row = 0;
    QStringList m_fields;
    QString m_path;
    QString m_error;
};
