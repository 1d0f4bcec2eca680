#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <zip.h>

// Writes small .xlsx workbooks for tests, the way Excel lays them out: shared strings for
// text, styles with a date format (style 1), cells left out where empty.
struct XlsxFixture
{
    struct Sheet
    {
        Sheet(QString name_, QByteArray rowsXml_, QByteArray head_ = {})
            : name(std::move(name_))
            , rowsXml(std::move(rowsXml_))
            , head(std::move(head_))
        {}
        QString name;
        QByteArray rowsXml; // the <row> elements of <sheetData>
        QByteArray head;    // elements before <sheetData>, e.g. <dimension ref="A1:E9"/>
    };
    QList<Sheet> sheets;
    QList<QString> sharedStrings;
    QByteArray sharedStringsXml; // when set, xl/sharedStrings.xml exactly as given
    QByteArray stylesXml;        // when set, xl/styles.xml exactly as given
    QByteArray afterSheet;       // bytes after each sheet's root element
    bool date1904 = false;
    bool stored = false; // members stored, not deflated: their bytes can be found in the file

    // The sheet part's bytes before the rows (its XML declaration, root and <sheetData>).
    static QByteArray sheetPrefix(const QByteArray &head = {})
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
               "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
               + head + "<sheetData>";
    }
    // xl/sharedStrings.xml's bytes before the first <si>.
    static QByteArray sharedStringsPrefix()
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
               "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    }

    bool write(const QString &path) const
    {
        int error = 0;
        zip_t *archive
            = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!archive)
            return false;
        QList<QByteArray> keep; // libzip reads the buffers when it closes the archive
        auto add = [&](const char *name, const QByteArray &data) {
            keep.append(data);
            zip_source_t *source = zip_source_buffer(
                archive, keep.last().constData(), zip_uint64_t(keep.last().size()), 0);
            const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
            if (index >= 0 && stored)
                zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
            return index >= 0;
        };
        QByteArray workbook
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
        workbook += date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
        workbook += "<sheets>";
        QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        bool ok = true;
        for (int i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            workbook += "<sheet name=\"" + sheets.at(i).name.toUtf8() + "\" sheetId=\"" + n
                        + "\" r:id=\"rId" + n + "\"/>";
            rels += "<Relationship Id=\"rId" + n
                    + "\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                      "worksheet\" Target=\"worksheets/sheet"
                    + n + ".xml\"/>";
            const QByteArray sheet = sheetPrefix(sheets.at(i).head) + sheets.at(i).rowsXml
                                     + "</sheetData></worksheet>" + afterSheet;
            ok = ok && add(QByteArray("xl/worksheets/sheet" + n + ".xml").constData(), sheet);
        }
        workbook += "</sheets></workbook>";
        rels += "</Relationships>";
        QByteArray strings = sharedStringsXml;
        if (strings.isEmpty()) {
            strings = sharedStringsPrefix();
            for (const QString &s : sharedStrings)
                strings += "<si><t>" + s.toHtmlEscaped().toUtf8() + "</t></si>";
            strings += "</sst>";
        }
        const QByteArray styles
            = !stylesXml.isEmpty()
                  ? stylesXml
                  : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ "
                    "hh:mm\"/></numFmts>"
                    "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf "
                    "numFmtId=\"14\"/></cellXfs></styleSheet>";
        ok = ok
             && add("[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
             && add("xl/workbook.xml", workbook) && add("xl/_rels/workbook.xml.rels", rels)
             && add("xl/sharedStrings.xml", strings) && add("xl/styles.xml", styles);
        return zip_close(archive) == 0 && ok;
    }
};
