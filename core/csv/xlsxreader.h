#pragma once

#include "csv/recordreader.h"
#include "csv/zipmember.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>
#include <memory>
#include <optional>

struct zip;

// Reads the rows of one sheet of an .xlsx workbook as records: shared and inline strings,
// numbers (whole numbers as whole numbers), booleans, and dates stored as serial numbers with a
// date style (1900 and 1904 systems) written as ISO 8601. Every part is streamed out of the ZIP
// container (libzip) under limits that stop a zip bomb, so a large workbook is never in memory at
// once. Empty cells the XML leaves out come back empty, and every row is as wide as the sheet
// (its <dimension>, or the widest row so far): trailing empty cells are never lost.
class XlsxReader : public RecordReader
{
public:
    // A sheet is at most XFD (16,384) columns wide: Excel's widest.
    static constexpr int MaxColumns = 16384;

    struct Limits
    {
        ZipMember::Limits member;                   // for every part of the workbook
        qsizetype maxCellText = qsizetype(1) << 20; // characters of one cell (Excel: 32,767)
        qint64 maxSharedText = qint64(1) << 28;     // characters of all shared strings
    };

    // The first sheet with data, or the sheet named `sheet`.
    explicit XlsxReader(const QString &path, const QString &sheet = {});
    XlsxReader(const QString &path, const QString &sheet, const Limits &limits);
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

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
    // Streams one part through `token`, which sees every token and returns false to stop.
    // A part that is not there is empty unless `required`; false on any error.
    bool parsePart(const QString &entry,
                   bool required,
                   const std::function<bool(const QXmlStreamReader &)> &token);
    bool readSharedStrings();
    bool readStyles();
    bool openSheet(const Sheet &sheet);
    bool sheetHasCells(const Sheet &sheet);
    QXmlStreamReader::TokenType nextSheetToken();
    void finishSheet();
    enum class CellType { Number, Shared, Boolean, Text };
    std::optional<QString> cellText(CellType type, const QString &value, int style) const;
    void failTooLarge(const QString &entry, const QString &why);
    void failMember(const QString &entry, const ZipMember &member);
    bool textTooLong(const QString &entry, qint64 untokenised);
    void fail(const QString &message);

    Limits m_limits;
    zip *m_zip = nullptr;
    std::unique_ptr<ZipMember> m_sheet;
    QList<Sheet> m_sheets;
    QString m_sheetName;
    QString m_sheetEntry;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles;
    bool m_date1904 = false;
    QXmlStreamReader m_xml;
    QStringDecoder m_sheetDecoder;
    int m_sheetDepth = 0;     // elements open in the sheet; -1 once its root closed
    qint64 m_untokenised = 0; // sheet bytes fed since the reader last gave a token
    qint64 m_sheetSize = 0;
    qint64 m_bytesRead = 0;
    bool m_sheetDone = false;
    qint64 m_row = 0;
    qsizetype m_width = 0; // every record is padded to this many fields
    QStringList m_fields;
    QString m_value; // the text of the cell being read, gathered across pieces
    QString m_path;
    QString m_error;
};
