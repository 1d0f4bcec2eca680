#include "csv/xlsxreader.h"

#include "csv/contentsniffer.h"

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

// Hands a part's bytes to the XML reader decoded by one decoder for the whole part, each invalid
// byte sequence turned into a NUL character, which XML does not allow: the reader refuses it
// where it stands, however the pieces split the part. (Fed bytes, QXmlStreamReader refused an
// invalid sequence as soon as a piece held it, even past where the reading stopped, so the size
// of the pieces changed the outcome — found by fuzz_xlsxreader.) OOXML parts are UTF-8 or
// UTF-16, told by their first bytes.
void feedXml(QXmlStreamReader &xml, QStringDecoder &decoder, QByteArrayView piece)
{
    if (!decoder.isValid())
        decoder = QStringDecoder(
            QStringConverter::encodingForData(piece, u'<').value_or(QStringConverter::Utf8),
            QStringConverter::Flag::ConvertInvalidToNull);
    xml.addData(QString(decoder(piece)));
}

// A <dimension> wider than this is a writer's "whole sheet", not the data's width.
constexpr int MaxDimensionColumns = 2048;

// "BC12" → 54 (0-based column of a cell reference); -1 past the last column.
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        if (column > XlsxReader::MaxColumns)
            return -1;
    }
    return column - 1;
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

// A number as a spreadsheet shows it and writes it to CSV: whole numbers without a fraction
// (2019, not 2019.0 or 2.019E3), others with Excel's 15 significant digits (0.3, not
// 0.30000000000000004). Text that is not a number is kept as it is.
QString numberText(const QString &value)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value;
    if (number == std::trunc(number) && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

// 54, 12 → "BC12": a cell's name, for messages.
QString cellName(int column, qint64 row)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters + QString::number(row);
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const QString &sheet)
    : XlsxReader(path, sheet, Limits())
{}

XlsxReader::XlsxReader(const QString &path, const QString &sheet, const Limits &limits)
    : m_limits(limits)
    , m_path(path)
{
    open(path, sheet);
}

XlsxReader::~XlsxReader()
{
    m_sheet.reset(); // before the archive it reads from
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

void XlsxReader::failTooLarge(const QString &entry, const QString &why)
{
    fail(QCoreApplication::translate("XlsxReader",
                                     "“%1”: the workbook is too large or damaged (%2: %3).")
             .arg(m_path, entry, why));
}

// QXmlStreamReader holds a run of text whole until it ends: a part with gigabytes of spaces
// in one cell (a zip bomb) would be held in memory before any cell's length is seen. A run
// longer than any cell may be (in UTF-8 at most 4 bytes a character) is refused as it arrives.
bool XlsxReader::textTooLong(const QString &entry, qint64 untokenised)
{
    if (untokenised <= 4 * qint64(m_limits.maxCellText) + m_limits.member.chunkBytes)
        return false;
    failTooLarge(entry,
                 QCoreApplication::translate("XlsxReader", "a text of more than %1 characters")
                     .arg(m_limits.maxCellText));
    return true;
}

void XlsxReader::failMember(const QString &entry, const ZipMember &member)
{
    if (member.error() == ZipMember::Error::TooLarge)
        failTooLarge(entry, member.errorString());
    else
        fail(QCoreApplication::translate("XlsxReader", "“%1” is damaged: %2 inside it: %3.")
                 .arg(m_path, entry, member.errorString()));
}

bool XlsxReader::parsePart(const QString &entry,
                           bool required,
                           const std::function<bool(const QXmlStreamReader &)> &token)
{
    ZipMember member(m_zip, entry, m_limits.member);
    if (!member.isOpen()) {
        if (required)
            fail(QCoreApplication::translate("XlsxReader",
                                             "“%1” is not a readable .xlsx workbook: it has no %2.")
                     .arg(m_path, entry));
        return !required;
    }
    QXmlStreamReader xml;
    QStringDecoder decoder;
    int depth = 0;
    qint64 untokenised = 0; // bytes fed since the reader last gave a token
    for (;;) {
        const QXmlStreamReader::TokenType type = xml.readNext();
        if (type != QXmlStreamReader::Invalid)
            untokenised = 0;
        if (type != QXmlStreamReader::Invalid && type != QXmlStreamReader::EndDocument) {
            depth += type == QXmlStreamReader::StartElement ? 1
                     : type == QXmlStreamReader::EndElement ? -1
                                                            : 0;
            if (!token(xml))
                return !hasError();
            if (type != QXmlStreamReader::EndElement || depth > 0)
                continue;
        }
        // The root element closed: what follows it is not read, whether it arrived in the same
        // piece or not (the reader refused it in the one case and never saw it in the other).
        if (type != QXmlStreamReader::Invalid) {
            if (member.readToEnd())
                return true;
            failMember(entry, member);
            return false;
        }
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QByteArrayView piece = member.read();
            if (!piece.isEmpty()) {
                untokenised += piece.size();
                if (textTooLong(entry, untokenised))
                    return false;
                feedXml(xml, decoder, piece);
                continue;
            }
            if (member.error() == ZipMember::Error::None && member.bytesRead() == 0)
                return true; // an empty part
        }
        if (member.error() != ZipMember::Error::None)
            failMember(entry, member);
        else
            fail(QCoreApplication::translate("XlsxReader",
                                             "“%1” is damaged: %2 inside it is not valid XML (%3).")
                     .arg(m_path, entry, xml.errorString()));
        return false;
    }
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
        const QString why = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        const QByteArray start = probe.open(QIODevice::ReadOnly) ? probe.read(16) : QByteArray();
        const QString what = ContentSniffer::describeSignature(start);
        if (start.startsWith("PK\x03\x04"))
            fail(QCoreApplication::translate("XlsxReader",
                                             "“%1” is damaged: it cannot be read as a workbook "
                                             "(%2).")
                     .arg(path, why));
        else if (!what.isEmpty())
            fail(QCoreApplication::translate("XlsxReader",
                                             "“%1” is not an .xlsx workbook: it is %2.")
                     .arg(path, what));
        else
            fail(QCoreApplication::translate("XlsxReader", "“%1” is not an .xlsx workbook (%2).")
                     .arg(path, why));
        return false;
    }

    // Sheets in workbook order, and their files.
    QHash<QString, QString> targets;
    const bool listed
        = parsePart(QStringLiteral("xl/_rels/workbook.xml.rels"),
                    true,
                    [&targets](const QXmlStreamReader &rels) {
                        if (rels.isStartElement() && rels.name() == u"Relationship")
                            targets.insert(
                                rels.attributes().value(QLatin1String("Id")).toString(),
                                resolveTarget(
                                    rels.attributes().value(QLatin1String("Target")).toString()));
                        return true;
                    })
          && parsePart(QStringLiteral("xl/workbook.xml"),
                       true,
                       [this, &targets](const QXmlStreamReader &workbook) {
                           if (!workbook.isStartElement())
                               return true;
                           if (workbook.name() == u"workbookPr") {
                               const QStringView value
                                   = workbook.attributes().value(QLatin1String("date1904"));
                               m_date1904 = value == u"1" || value == u"true";
                           } else if (workbook.name() == u"sheet") {
                               QString id;
                               for (const QXmlStreamAttribute &a : workbook.attributes()) {
                                   if (a.name() == u"id") // r:id, whatever the prefix
                                       id = a.value().toString();
                               }
                               m_sheets.append(
                                   {workbook.attributes().value(QLatin1String("name")).toString(),
                                    targets.value(id)});
                           }
                           return true;
                       });
    if (!listed)
        return false;
    if (m_sheets.isEmpty()) {
        fail(QCoreApplication::translate(
                 "XlsxReader", "“%1” is not a readable .xlsx workbook: it lists no sheets.")
                 .arg(path));
        return false;
    }
    if (!readSharedStrings() || !readStyles())
        return false;

    for (const Sheet &s : std::as_const(m_sheets)) {
        const bool chosen
            = sheet.isEmpty() ? sheetHasCells(s) : s.name.compare(sheet, Qt::CaseInsensitive) == 0;
        if (hasError())
            return false;
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

bool XlsxReader::readSharedStrings()
{
    // Rich text runs joined, phonetic hints left out; the text of an item is gathered across
    // the pieces the part arrives in.
    const QString entry = QStringLiteral("xl/sharedStrings.xml");
    QString current;
    bool inItem = false, inText = false;
    int phonetic = 0;
    qint64 total = 0;
    return parsePart(entry, false, [&](const QXmlStreamReader &strings) {
        if (strings.isStartElement()) {
            if (strings.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (strings.name() == u"rPh") {
                ++phonetic;
            } else if (strings.name() == u"t") {
                inText = inItem && phonetic == 0;
            }
        } else if (strings.isCharacters()) {
            if (inText) {
                current += strings.text();
                if (current.size() > m_limits.maxCellText) {
                    failTooLarge(entry,
                                 QCoreApplication::translate("XlsxReader",
                                                             "a text of more than %1 characters")
                                     .arg(m_limits.maxCellText));
                    return false;
                }
            }
        } else if (strings.isEndElement()) {
            if (strings.name() == u"t") {
                inText = false;
            } else if (strings.name() == u"si") {
                total += current.size();
                if (total > m_limits.maxSharedText) {
                    failTooLarge(entry,
                                 QCoreApplication::translate("XlsxReader",
                                                             "texts of more than %1 characters")
                                     .arg(m_limits.maxSharedText));
                    return false;
                }
                m_sharedStrings.append(current);
                inItem = false;
            } else if (strings.name() == u"rPh") {
                --phonetic;
            }
        }
        return true;
    });
}

bool XlsxReader::readStyles()
{
    // Which cell formats are dates.
    QHash<int, QString> customFormats;
    bool inCellXfs = false;
    int xfIndex = 0;
    return parsePart(QStringLiteral("xl/styles.xml"), false, [&](const QXmlStreamReader &styles) {
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
        return true;
    });
}

bool XlsxReader::sheetHasCells(const Sheet &sheet)
{
    // A value, or an inline string: a sheet of text alone has no <v>.
    bool cells = false;
    const bool read = parsePart(sheet.entry, false, [&cells](const QXmlStreamReader &xml) {
        cells = xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"is");
        return !cells;
    });
    return read && cells;
}

bool XlsxReader::openSheet(const Sheet &sheet)
{
    m_sheet = std::make_unique<ZipMember>(m_zip, sheet.entry, m_limits.member);
    if (!m_sheet->isOpen()) {
        m_sheet.reset();
        fail(QCoreApplication::translate("XlsxReader",
                                         "“%1” is damaged: its sheet “%2” cannot be read.")
                 .arg(m_path, sheet.name));
        return false;
    }
    m_sheetName = sheet.name;
    m_sheetEntry = sheet.entry;
    m_sheetSize = m_sheet->declaredSize();
    return true;
}

QXmlStreamReader::TokenType XlsxReader::nextSheetToken()
{
    // Once the root element closed, what follows it is not read (see parsePart).
    if (m_sheetDepth < 0)
        return QXmlStreamReader::EndDocument;
    for (;;) {
        const QXmlStreamReader::TokenType type = m_xml.readNext();
        if (type != QXmlStreamReader::Invalid)
            m_untokenised = 0;
        if (type == QXmlStreamReader::StartElement) {
            ++m_sheetDepth;
        } else if (type == QXmlStreamReader::EndElement && --m_sheetDepth == 0) {
            m_sheetDepth = -1;
        }
        if (type != QXmlStreamReader::Invalid)
            return type;
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            const QByteArrayView piece = m_sheet->read();
            if (!piece.isEmpty()) {
                m_bytesRead += piece.size();
                m_untokenised += piece.size();
                if (textTooLong(m_sheetEntry, m_untokenised))
                    return QXmlStreamReader::Invalid;
                feedXml(m_xml, m_sheetDecoder, piece);
                continue;
            }
        }
        if (m_sheet->error() == ZipMember::Error::TooLarge)
            failTooLarge(m_sheetEntry, m_sheet->errorString());
        else if (m_sheet->error() != ZipMember::Error::None)
            fail(QCoreApplication::translate("XlsxReader",
                                             "“%1” is damaged: the sheet “%2” cannot be read to "
                                             "the end (%3).")
                     .arg(m_path, m_sheetName, m_sheet->errorString()));
        else if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            fail(QCoreApplication::translate("XlsxReader",
                                             "“%1” is damaged: the sheet “%2” ends early.")
                     .arg(m_path, m_sheetName));
        else
            fail(QCoreApplication::translate(
                     "XlsxReader", "“%1” is damaged: the sheet “%2” is not valid XML (%3).")
                     .arg(m_path, m_sheetName, m_xml.errorString()));
        return QXmlStreamReader::Invalid;
    }
}

void XlsxReader::finishSheet()
{
    // The rest of the sheet is read too (and its checksum checked): damage after the rows is
    // damage, found whatever the pieces the sheet was read in.
    m_sheetDone = true;
    while (!m_xml.atEnd() || m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        const QXmlStreamReader::TokenType type = nextSheetToken();
        if (type == QXmlStreamReader::Invalid)
            return;
        if (type == QXmlStreamReader::EndDocument)
            break;
    }
    if (!m_sheet->readToEnd())
        failMember(m_sheetEntry, *m_sheet);
}

std::optional<QString> XlsxReader::cellText(CellType type, const QString &value, int style) const
{
    if (type == CellType::Shared) {
        if (value.trimmed().isEmpty())
            return QString();
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return std::nullopt; // a reference to a text the workbook does not have
        return m_sharedStrings.at(index);
    }
    if (type == CellType::Boolean)
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == CellType::Text)
        return value; // inline strings, formula results, errors such as #N/A
    if (m_dateStyles.contains(style) && !value.isEmpty()) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        // Dates from 1900 up to the year 9999 (serial 2,958,465).
        if (ok && serial >= 0 && serial < 2958466) {
            const QDate base = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
            const auto days = qint64(std::floor(serial));
            const qint64 seconds = std::llround((serial - double(days)) * 86400.0);
            const QDate date = base.addDays(days + seconds / 86400);
            if (seconds % 86400 == 0)
                return date.toString(Qt::ISODate);
            return QDateTime(date, QTime(0, 0).addSecs(int(seconds % 86400))).toString(Qt::ISODate);
        }
    }
    return numberText(value);
}

bool XlsxReader::readRecord()
{
    if (hasError() || !m_sheet || m_sheetDone)
        return false;
    m_fields.clear();
    bool inRow = false, inCell = false, inValue = false;
    int phonetic = 0;
    CellType cellType = CellType::Number;
    int cellStyle = 0, cellColumn = -1;
    for (;;) {
        switch (nextSheetToken()) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::EndDocument:
            finishSheet();
            return false;
        case QXmlStreamReader::StartElement: {
            const QStringView name = m_xml.name();
            if (name == u"dimension") {
                // "A1:AZ1839": rows are as wide as the data, whatever cells they leave out.
                const QStringView ref = m_xml.attributes().value(QLatin1String("ref"));
                const int last = columnOf(ref.sliced(ref.indexOf(u':') + 1)) + 1;
                if (last <= MaxDimensionColumns)
                    m_width = std::max<qsizetype>(m_width, last);
            } else if (name == u"row") {
                inRow = true;
                const QStringView r = m_xml.attributes().value(QLatin1String("r"));
                m_row = r.isEmpty() ? m_row + 1 : r.toLongLong();
            } else if (name == u"c" && inRow) {
                inCell = true;
                const QXmlStreamAttributes a = m_xml.attributes();
                const QStringView type = a.value(QLatin1String("t"));
                cellType = type.isEmpty() || type == u"n" ? CellType::Number
                           : type == u"s"                 ? CellType::Shared
                           : type == u"b"                 ? CellType::Boolean
                                                          : CellType::Text;
                cellStyle = a.value(QLatin1String("s")).toInt();
                const QStringView reference = a.value(QLatin1String("r"));
                cellColumn = reference.isEmpty() ? int(m_fields.size()) : columnOf(reference);
                m_value.clear();
            } else if (name == u"rPh") {
                ++phonetic;
            } else if ((name == u"v" || name == u"t") && inCell && phonetic == 0) {
                inValue = true;
            }
            break;
        }
        case QXmlStreamReader::Characters:
            // A value can arrive in several pieces: the sheet is read a piece at a time.
            if (inValue) {
                m_value += m_xml.text();
                if (m_value.size() > m_limits.maxCellText) {
                    failTooLarge(m_sheetEntry,
                                 QCoreApplication::translate("XlsxReader",
                                                             "a cell of more than %1 characters")
                                     .arg(m_limits.maxCellText));
                    return false;
                }
            }
            break;
        case QXmlStreamReader::EndElement: {
            const QStringView name = m_xml.name();
            if (name == u"v" || name == u"t") {
                inValue = false;
            } else if (name == u"rPh") {
                --phonetic;
            } else if (name == u"c" && inCell) {
                inCell = false;
                if (cellColumn >= 0 && cellColumn < MaxColumns) {
                    const std::optional<QString> text = cellText(cellType, m_value, cellStyle);
                    if (!text) {
                        fail(QCoreApplication::translate(
                                 "XlsxReader",
                                 "“%1” is damaged: cell %2 of the sheet “%3” refers to text "
                                 "number %4, but the workbook has %5 texts.")
                                 .arg(m_path,
                                      cellName(cellColumn, m_row),
                                      m_sheetName,
                                      m_value.trimmed())
                                 .arg(m_sharedStrings.size()));
                        return false;
                    }
                    if (m_fields.size() <= cellColumn)
                        m_fields.resize(cellColumn + 1);
                    m_fields[cellColumn] = *text;
                    // A line break is a single \n, as the CSV reader keeps it: the same
                    // answer reads alike from either export.
                    if (m_fields[cellColumn].contains(u'\r'))
                        m_fields[cellColumn]
                            .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                            .replace(u'\r', u'\n');
                }
            } else if (name == u"row" && inRow) {
                inRow = false;
                const bool empty = std::all_of(m_fields.cbegin(),
                                               m_fields.cend(),
                                               [](const QString &f) { return f.isEmpty(); });
                if (!empty) {
                    // Trailing empty cells are left out of the XML, not out of the row.
                    m_width = std::max(m_width, m_fields.size());
                    m_fields.resize(m_width);
                    return true;
                }
                m_fields.clear(); // empty rows are skipped, like blank lines
            } else if (name == u"sheetData") {
                finishSheet();
                return false;
            }
            break;
        }
        default:
            break;
        }
    }
}

QStringView XlsxReader::field(qsizetype index) const
{
    return index >= 0 && index < m_fields.size() ? QStringView(m_fields.at(index)) : QStringView();
}
