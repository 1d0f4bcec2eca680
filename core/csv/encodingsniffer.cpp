#include "csv/encodingsniffer.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

#include <uchardet.h>

namespace {

bool isValidUtf8(QByteArrayView bytes, bool complete)
{
    if (!complete) {
        // The sample may end inside a multi-byte sequence: drop an incomplete tail.
        qsizetype cut = bytes.size();
        for (int back = 1; back <= 3 && back <= bytes.size(); ++back) {
            const auto c = static_cast<unsigned char>(bytes[bytes.size() - back]);
            if ((c & 0xC0) == 0xC0) { // lead byte
                const int need = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
                if (need > back)
                    cut = bytes.size() - back;
                break;
            }
            if ((c & 0x80) == 0)
                break;
        }
        bytes = bytes.first(cut);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(
        bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// UTF-16 without a byte-order mark: text in Latin script has a NUL in every other byte.
std::optional<QByteArray> utf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 8)
        return std::nullopt;
    int evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes[i] == 0;
        oddZero += bytes[i + 1] == 0;
    }
    const int pairs = int(n / 2);
    if (oddZero > pairs * 0.7 && evenZero < pairs * 0.1)
        return QByteArray("UTF-16LE");
    if (evenZero > pairs * 0.7 && oddZero < pairs * 0.1)
        return QByteArray("UTF-16BE");
    return std::nullopt;
}

bool isLatinCodePage(const QByteArray &name)
{
    static const QByteArray latin[] = {"ASCII",
                                       "WINDOWS-1250",
                                       "WINDOWS-1252",
                                       "WINDOWS-1254",
                                       "WINDOWS-1257",
                                       "MAC-CENTRALEUROPE",
                                       "IBM852",
                                       "IBM850"};
    if (std::find(std::begin(latin), std::end(latin), name) != std::end(latin))
        return true;
    if (name.startsWith("ISO-8859-")) {
        const int part = name.mid(9).toInt();
        return part != 5 && part != 6 && part != 7 && part != 8 && part != 11;
    }
    return false;
}

} // namespace

EncodingSniffer::Result EncodingSniffer::detect(QByteArrayView sample, bool sampleIsWholeFile)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {
            "UTF-8", 3, QCoreApplication::translate("EncodingSniffer", "UTF-8 byte-order mark")};
    if (sample.startsWith("\xFF\xFE"))
        return {
            "UTF-16LE",
            2,
            QCoreApplication::translate("EncodingSniffer", "UTF-16 little-endian byte-order mark")};
    if (sample.startsWith("\xFE\xFF"))
        return {
            "UTF-16BE",
            2,
            QCoreApplication::translate("EncodingSniffer", "UTF-16 big-endian byte-order mark")};
    if (auto utf16 = utf16WithoutBom(sample))
        return {*utf16,
                0,
                QCoreApplication::translate("EncodingSniffer", "UTF-16 pattern of zero bytes")};
    if (isAscii(sample))
        return {"UTF-8",
                0,
                QCoreApplication::translate("EncodingSniffer", "plain ASCII, read as UTF-8")};
    if (isValidUtf8(sample, sampleIsWholeFile))
        return {"UTF-8", 0, QCoreApplication::translate("EncodingSniffer", "valid UTF-8")};

    QByteArray guess;
    if (uchardet_t detector = uchardet_new()) {
        if (uchardet_handle_data(detector, sample.data(), size_t(sample.size())) == 0) {
            uchardet_data_end(detector);
            guess = QByteArray(uchardet_get_charset(detector)).toUpper();
        }
        uchardet_delete(detector);
    }
    // Excel on Windows writes Western text as Windows-1252. On short Dutch or English samples
    // uchardet often names another Latin code page (ISO-8859-1, Windows-1250…) that differs
    // only in rare letters, so every Latin guess is read as Windows-1252; scripts that are not
    // Latin (Cyrillic, Greek, CJK…) keep the detector's answer. --encoding overrides it.
    if (guess.isEmpty() || isLatinCodePage(guess) || !isKnownEncoding(guess)) {
        return {"windows-1252",
                0,
                guess.isEmpty() || guess == "WINDOWS-1252"
                    ? QCoreApplication::translate("EncodingSniffer",
                                                  "not UTF-8; Windows-1252 as Excel writes it")
                    : QCoreApplication::translate("EncodingSniffer",
                                                  "not UTF-8; detector said %1, read as "
                                                  "Windows-1252 as Excel writes Western text")
                          .arg(QString::fromLatin1(guess))};
    }
    return {guess, 0, QCoreApplication::translate("EncodingSniffer", "detected by libuchardet")};
}

bool EncodingSniffer::isKnownEncoding(const QByteArray &name)
{
    return QStringDecoder(name.constData()).isValid();
}
