#include "csv/dialectsniffer.h"

#include "csv/csvreader.h"
#include "csv/encodingsniffer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

namespace {
constexpr qint64 SampleSize = qint64(64) * 1024;
constexpr int SampleRecords = 30;
} // namespace

DialectSniffer::Result DialectSniffer::sniff(QIODevice *device,
                                             std::optional<QChar> forcedDelimiter,
                                             const QByteArray &forcedEncoding)
{
    Result result;
    const qint64 start = device->pos();
    const QByteArray sample = device->peek(SampleSize);
    const bool whole = device->size() > 0 && sample.size() >= device->size() - start;
    device->seek(start);

    const EncodingSniffer::Result enc = EncodingSniffer::detect(sample, whole);
    result.dialect.bomLength = enc.bomLength;
    if (forcedEncoding.isEmpty()) {
        result.dialect.encoding = enc.encoding;
        result.encodingReason = enc.reason;
    } else {
        result.dialect.encoding = forcedEncoding;
        result.encodingReason = QCoreApplication::translate("DialectSniffer", "chosen by the user");
    }

    if (forcedDelimiter) {
        result.dialect.delimiter = *forcedDelimiter;
        result.delimiterReason
            = QCoreApplication::translate("DialectSniffer", "chosen by the user");
        return result;
    }
    QStringDecoder decoder(result.dialect.encoding.constData());
    QString text = decoder.isValid() ? decoder.decode(sample) : QString::fromLatin1(sample);
    if (!whole) {
        // Drop the last, probably incomplete line.
        const qsizetype cut = text.lastIndexOf(u'\n');
        if (cut > 0)
            text.truncate(cut + 1);
    }
    result.dialect.delimiter = sniffDelimiter(text, &result.delimiterReason);
    return result;
}

QChar DialectSniffer::sniffDelimiter(const QString &text, QString *reason)
{
    // On a tie the delimiter least likely to appear inside text wins.
    static const QChar candidates[] = {u'\t', u';', u'|', u','};
    QChar best = u',';
    double bestScore = -1;
    int bestFields = 0;
    for (QChar candidate : candidates) {
        QByteArray utf8 = text.toUtf8();
        QBuffer buffer(&utf8);
        buffer.open(QIODevice::ReadOnly);
        CsvDialect dialect;
        dialect.delimiter = candidate;
        CsvReader reader(&buffer, dialect);
        QHash<qsizetype, int> countsByWidth;
        int records = 0;
        while (records < SampleRecords && reader.readRecord()) {
            ++countsByWidth[reader.fieldCount()];
            ++records;
        }
        if (records == 0)
            continue;
        qsizetype modeWidth = 1;
        int modeCount = 0;
        for (auto it = countsByWidth.cbegin(); it != countsByWidth.cend(); ++it) {
            if (it.value() > modeCount || (it.value() == modeCount && it.key() > modeWidth)) {
                modeWidth = it.key();
                modeCount = it.value();
            }
        }
        if (modeWidth < 2)
            continue;
        // Consistency first, then clean quoting, then the number of columns it makes.
        const double score = double(modeCount) / records
                             - 0.5 * double(reader.quoteAnomalies()) / records
                             + 0.001 * double(modeWidth);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
            bestFields = int(modeWidth);
        }
    }
    if (reason) {
        *reason = bestScore < 0
                      ? QCoreApplication::translate("DialectSniffer",
                                                    "no delimiter found; one column assumed")
                      : QCoreApplication::translate("DialectSniffer", "%1 columns on most lines")
                            .arg(bestFields);
    }
    return best;
}
