// libFuzzer target: a delimited text file through the dialect sniffer and the CSV reader.
// The same bytes are read twice, once at a time and a few bytes per read() (so that every
// chunk boundary falls somewhere in a record); both reads must give the same records.

#include "csv/csvreader.h"
#include "csv/dialectsniffer.h"
#include "tricklebuffer.h"

#include <QBuffer>
#include <QDebug>
#include <QList>
#include <QStringList>

#include <cstdlib>

namespace {

struct Read
{
    QList<QStringList> records;
    QList<qint64> lines;
    QStringList problems;
    QString error;
};

Read readAll(QIODevice &device, const CsvDialect &dialect)
{
    Read read;
    CsvReader reader(&device, dialect);
    qint64 previousLine = 0;
    while (reader.readRecord()) {
        if (reader.lineNumber() <= previousLine)
            std::abort(); // records go forward
        previousLine = reader.lineNumber();
        read.records.append(reader.fields());
        read.lines.append(reader.lineNumber());
        read.problems.append(reader.recordProblem());
        if (read.records.size() > 100000)
            break;
    }
    read.error = reader.errorString();
    return read;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer whole(&bytes);
    whole.open(QIODevice::ReadOnly);
    const DialectSniffer::Result sniffed = DialectSniffer::sniff(&whole);
    if (whole.pos() != 0)
        std::abort(); // the sniffer gives the device back where it was
    const Read once = readAll(whole, sniffed.dialect);

    const qint64 step = size > 0 ? 1 + data[0] % 7 : 1;
    TrickleBuffer trickle(&bytes, step);
    trickle.open(QIODevice::ReadOnly);
    const Read slowly = readAll(trickle, sniffed.dialect);
    if (once.records != slowly.records || once.lines != slowly.lines
        || once.problems != slowly.problems || once.error != slowly.error) {
        if (qEnvironmentVariableIsSet("NPS_FUZZ_DEBUG"))
            qWarning() << "step" << step << "\nonce:  " << once.records << once.lines
                       << once.problems << once.error << "\nslowly:" << slowly.records
                       << slowly.lines << slowly.problems << slowly.error;
        std::abort(); // where the chunks end must not change what is read
    }
    return 0;
}
