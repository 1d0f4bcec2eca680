// libFuzzer target: a workbook through the XLSX reader. An input that starts with "PK" is the
// .xlsx file itself; any other input is the XML of its parts, separated by NUL bytes (the sheet,
// then the shared strings, then the styles), packed into a workbook here so that mutations reach
// the XML rather than the ZIP container. Each workbook is read twice, once in the usual pieces
// and once a few bytes at a time; both reads must give the same records, or both an error.

#include "csv/xlsxreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QList>
#include <QStringList>

#include <zip.h>

#include <cstdlib>
#include <unistd.h>

namespace {

bool writeWorkbook(const QString &path, const QList<QByteArray> &parts)
{
    const QByteArray workbook
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          "<workbookPr/><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
          "</workbook>";
    const QByteArray rels
        = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
          "Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    int error = 0;
    zip_t *archive
        = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    const QList<std::pair<const char *, QByteArray>> members
        = {{"xl/workbook.xml", workbook},
           {"xl/_rels/workbook.xml.rels", rels},
           {"xl/worksheets/sheet1.xml", parts.value(0)},
           {"xl/sharedStrings.xml", parts.value(1)},
           {"xl/styles.xml", parts.value(2)}};
    for (const auto &[name, data] : members) {
        zip_source_t *source
            = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    return zip_close(archive) == 0; // reads the buffers, which live until here
}

struct Read
{
    QList<QStringList> records;
    QList<qint64> rows;
    bool error = false;
    QString message;
};

Read readAll(const QString &path, const XlsxReader::Limits &limits)
{
    Read read;
    XlsxReader reader(path, {}, limits);
    while (reader.readRecord()) {
        read.records.append(reader.fields());
        read.rows.append(reader.lineNumber());
    }
    read.error = reader.hasError();
    read.message = reader.errorString();
    if (read.error && reader.errorString().isEmpty())
        std::abort(); // an error always says what is wrong
    return read;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path
        = QDir::tempPath() + QStringLiteral("/fuzz-xlsxreader-%1.xlsx").arg(qint64(getpid()));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.startsWith("PK")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != qint64(size))
            return 0;
    } else if (!writeWorkbook(path, bytes.split('\0'))) {
        return 0;
    }
    const Read once = readAll(path, {});
    XlsxReader::Limits small;
    small.member.chunkBytes = size > 0 ? 1 + data[size - 1] % 13 : 1;
    const Read slowly = readAll(path, small);
    // Damage is found where it is read: the records before it may differ, the outcome may not
    // (an import of a damaged workbook stores nothing).
    if (once.error != slowly.error
        || (!once.error && (once.records != slowly.records || once.rows != slowly.rows))) {
        if (qEnvironmentVariableIsSet("NPS_FUZZ_DEBUG"))
            qWarning() << "pieces of" << small.member.chunkBytes << "\nonce:  " << once.records
                       << once.rows << once.message << "\nslowly:" << slowly.records << slowly.rows
                       << slowly.message;
        std::abort(); // where the pieces end must not change what is read
    }
    return 0;
}
