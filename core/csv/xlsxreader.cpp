#include "csv/xlsxreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <zip.h>

#include <cmath>

namespace {

// "BC12" → 54 (0-based column of a cell reference).
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1;
}

qint64 rowOf(QStringView reference)
{
    qsizetype i = 0;
    while (i < reference.size() && reference.at(i).isLetter())
        ++i;
    return reference.sliced(i).toLongLong();
}

bool isDateFormat(int id, const QString &code)
{
    // Built-in date and time formats of the spreadsheet standard (ECMA-376, 18.8.30).
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // A custom format is a date when it has d, m, y, h or s outside quotes and [colour] blocks.
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    const QString bare = QString(code).remove(quoted).toLower();
    return bare.contains(u'y') || bare.contains(u'd')
           || (bare.contains(u'h') && bare.contains(u'm'));
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const QString &sheet)
    : m_path(path)
{
    open(path, sheet);
}

XlsxReader::~XlsxReader()
{
    if (m_sheetFile)
        zip_fclose(m_sheetFile);
    if (m_zip)
        zip_discard(m_zip);
}

bool XlsxReader::looksLikeXlsx(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return true;
    QFile file(path);
    return suffix != u"csv" && suffix != u"tsv" && suffix != u"txt"
           && file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x03\x04", 4);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names << s.name;
    return names;
}

void XlsxReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QByteArray XlsxReader::readEntry(const QString &entry)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    const QByteArray name = entry.toUtf8();
    if (zip_stat(m_zip, name.constData(), 0, &stat) != 0)
        return {};
    zip_file *file = zip_fopen(m_zip, name.constData(), 0);
    if (!file)
        return {};
    QByteArray data;
    data.resize(qsizetype(stat.size));
    const zip_int64_t got = zip_fread(file, data.data(), stat.size);
    zip_fclose(file);
    if (got < 0 || zip_uint64_t(got) != stat.size) {
        fail(QCoreApplication::translate("XlsxReader", "“%1” is damaged: cannot read %2 inside it.")
                 .arg(m_path, entry));
        return {};
    }
    return data;
}

bool XlsxReader::open(const QString &path, const QString &sheet)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("XlsxReader", "Cannot open “%1”: %2")
                 .arg(path, probe.errorString()));
        return false;
    }
    // A password-protected workbook is an OLE compound file, not a ZIP archive.
    if (probe.read(8) == QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        fail(QCoreApplication::translate(
                 "XlsxReader",
                 "“%1” is password-protected (or an old .xls workbook): save it again without a "
                 "password, as .xlsx or CSV.")
                 .arg(path));
        return false;
    }
    probe.close();
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!m_zip) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, error);
        fail(QCoreApplication::translate("XlsxReader", "“%1” is not a readable .xlsx workbook: %2")
                 .arg(path, QString::fromUtf8(zip_error_strerror(&zipError))));
        zip_error_fini(&zipError);
        return false;
    }

    // Sheets in workbook order, and their files.
    QHash<QString, QString> targets;
    QXmlStreamReader rels(readEntry(QStringLiteral("xl/_rels/workbook.xml.rels")));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship")
            targets.insert(
                rels.attributes().value(QLatin1String("Id")).toString(),
                resolveTarget(rels.attributes().value(QLatin1String("Target")).toString()));
    }
    QXmlStreamReader workbook(readEntry(QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd()) {
        workbook.readNext();
        if (!workbook.isStartElement())
            continue;
        if (workbook.name() == u"workbookPr") {
            const QStringView value = workbook.attributes().value(QLatin1String("date1904"));
            m_date1904 = value == u"1" || value == u"true";
        } else if (workbook.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : workbook.attributes()) {
                if (a.name() == u"id") // r:id, whatever the prefix
                    id = a.value().toString();
            }
            m_sheets.append(
                {workbook.attributes().value(QLatin1String("name")).toString(), targets.value(id)});
        }
    }
    if (m_sheets.isEmpty()) {
        fail(QCoreApplication::translate(
                 "XlsxReader", "“%1” is not a readable .xlsx workbook: it lists no sheets.")
                 .arg(path));
        return false;
    }

    // Shared strings: rich text runs joined, phonetic hints left out.
    QXmlStreamReader strings(readEntry(QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inItem = false;
    int phonetic = 0;
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement()) {
            if (strings.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (strings.name() == u"rPh") {
                ++phonetic;
            } else if (strings.name() == u"t" && inItem && phonetic == 0) {
                current += strings.readElementText();
            }
        } else if (strings.isEndElement()) {
            if (strings.name() == u"si") {
                m_sharedStrings.append(current);
                inItem = false;
            } else if (strings.name() == u"rPh") {
                --phonetic;
            }
        }
    }

    // Styles: which cell formats are dates.
    QXmlStreamReader styles(readEntry(QStringLiteral("xl/styles.xml")));
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!styles.atEnd()) {
        styles.readNext();
        if (styles.isStartElement()) {
            if (styles.name() == u"numFmt")
                customFormats.insert(
                    styles.attributes().value(QLatin1String("numFmtId")).toInt(),
                    styles.attributes().value(QLatin1String("formatCode")).toString());
            else if (styles.name() == u"cellXfs")
                inCellXfs = true;
            else if (styles.name() == u"xf" && inCellXfs) {
                const int format = styles.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormat(format, customFormats.value(format)))
                    m_dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        } else if (styles.isEndElement() && styles.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }

    for (const Sheet &s : std::as_const(m_sheets)) {
        const bool chosen
            = sheet.isEmpty() ? sheetHasCells(s) : s.name.compare(sheet, Qt::CaseInsensitive) == 0;
        if (chosen)
            return openSheet(s);
    }
    if (sheet.isEmpty())
        fail(QCoreApplication::translate("XlsxReader", "“%1” has no sheet with data.").arg(path));
    else
        fail(QCoreApplication::translate("XlsxReader", "“%1” has no sheet “%2”; its sheets are: %3")
                 .arg(path, sheet, sheetNames().join(QStringLiteral(", "))));
    return false;
}

bool XlsxReader::sheetHasCells(const Sheet &sheet)
{
    zip_file *file = zip_fopen(m_zip, sheet.entry.toUtf8().constData(), 0);
    if (!file)
        return false;
    QXmlStreamReader xml;
    QByteArray chunk(qsizetype(64) * 1024, Qt::Uninitialized);
    bool cells = false;
    zip_int64_t got = 0;
    while (!cells && (got = zip_fread(file, chunk.data(), zip_uint64_t(chunk.size()))) > 0) {
        xml.addData(chunk.left(qsizetype(got)));
        while (!xml.atEnd() && !cells) {
            xml.readNext();
            cells = xml.isStartElement() && xml.name() == u"v";
        }
    }
    zip_fclose(file);
    return cells;
}

bool XlsxReader::openSheet(const Sheet &sheet)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    const QByteArray name = sheet.entry.toUtf8();
    if (zip_stat(m_zip, name.constData(), 0, &stat) != 0
        || !(m_sheetFile = zip_fopen(m_zip, name.constData(), 0))) {
        fail(QCoreApplication::translate("XlsxReader",
                                         "“%1” is damaged: its sheet “%2” cannot be read.")
                 .arg(m_path, sheet.name));
        return false;
    }
    m_sheetName = sheet.name;
    m_sheetSize = qint64(stat.size);
    m_chunk.resize(qsizetype(256) * 1024);
    return true;
}

bool XlsxReader::feed()
{
    if (m_sheetDone || !m_sheetFile)
        return false;
    const zip_int64_t got = zip_fread(m_sheetFile, m_chunk.data(), zip_uint64_t(m_chunk.size()));
    if (got < 0) {
        fail(QCoreApplication::translate(
                 "XlsxReader", "“%1” is damaged: the sheet “%2” cannot be read to the end.")
                 .arg(m_path, m_sheetName));
        return false;
    }
    if (got == 0) {
        m_sheetDone = true;
        return false;
    }
    m_bytesRead += got;
    m_xml.addData(m_chunk.left(qsizetype(got)));
    return true;
}

QString XlsxReader::cellText(const QString &type, const QString &value, int style) const
{
    if (type == u"s") {
        const int index = value.toInt();
        return index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if ((type.isEmpty() || type == u"n") && m_dateStyles.contains(style) && !value.isEmpty()) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (ok && serial >= 0) {
            const QDate base = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
            const auto days = qint64(std::floor(serial));
            const qint64 seconds = std::llround((serial - double(days)) * 86400.0);
            const QDate date = base.addDays(days + seconds / 86400);
            if (seconds % 86400 == 0)
                return date.toString(Qt::ISODate);
            return QDateTime(date, QTime(0, 0).addSecs(int(seconds % 86400))).toString(Qt::ISODate);
        }
    }
    return value;
}

bool XlsxReader::readRecord()
{
    if (hasError() || !m_sheetFile)
        return false;
    m_fields.clear();
    bool inRow = false;
    QString cellType, cellValue;
    int cellStyle = 0, cellColumn = -1;
    bool inCell = false;
    for (;;) {
        if (m_xml.atEnd()) {
            if (m_xml.hasError()
                && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                fail(QCoreApplication::translate(
                         "XlsxReader", "“%1” is damaged: the sheet “%2” is not valid XML (%3).")
                         .arg(m_path, m_sheetName, m_xml.errorString()));
                return false;
            }
            if (!feed())
                return false;
        }
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                continue; // more data is needed
            fail(QCoreApplication::translate(
                     "XlsxReader", "“%1” is damaged: the sheet “%2” is not valid XML (%3).")
                     .arg(m_path, m_sheetName, m_xml.errorString()));
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (name == u"row") {
                inRow = true;
                m_row = m_xml.attributes().value(QLatin1String("r")).toLongLong();
            } else if (name == u"c" && inRow) {
                inCell = true;
                const QXmlStreamAttributes a = m_xml.attributes();
                cellType = a.value(QLatin1String("t")).toString();
                cellStyle = a.value(QLatin1String("s")).toInt();
                const QStringView reference = a.value(QLatin1String("r"));
                cellColumn = reference.isEmpty() ? int(m_fields.size()) : columnOf(reference);
                if (m_row == 0 && !reference.isEmpty())
                    m_row = rowOf(reference);
                cellValue.clear();
            } else if ((name == u"v" || name == u"t") && inCell) {
                cellValue += m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = m_xml.name();
            if (name == u"c" && inCell) {
                inCell = false;
                if (cellColumn >= 0 && cellColumn < 16384) {
                    while (m_fields.size() <= cellColumn)
                        m_fields.append(QString());
                    m_fields[cellColumn] = cellText(cellType, cellValue, cellStyle);
                }
            } else if (name == u"row" && inRow) {
                inRow = false;
                bool empty = true;
                for (const QString &f : std::as_const(m_fields))
                    empty = empty && f.isEmpty();
                if (!empty)
                    return true; // empty rows are skipped, like blank lines
                m_fields.clear();
            } else if (name == u"sheetData") {
                return false;
            }
        }
    }
}

QStringView XlsxReader::field(qsizetype index) const
{
    return index >= 0 && index < m_fields.size() ? QStringView(m_fields.at(index)) : QStringView();
}
