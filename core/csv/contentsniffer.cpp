#include "csv/contentsniffer.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ContentSniffer {

QString describeSignature(QByteArrayView start)
{
    struct Signature
    {
        QByteArrayView bytes;
        const char *what;
    };
    static const Signature signatures[] = {
        {"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("ContentSniffer", "a PNG image")},
        {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("ContentSniffer", "a JPEG image")},
        {"GIF87a", QT_TRANSLATE_NOOP("ContentSniffer", "a GIF image")},
        {"GIF89a", QT_TRANSLATE_NOOP("ContentSniffer", "a GIF image")},
        {"%PDF-", QT_TRANSLATE_NOOP("ContentSniffer", "a PDF document")},
        {"PK\x03\x04",
         QT_TRANSLATE_NOOP("ContentSniffer", "a ZIP archive (a workbook or another document)")},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
         QT_TRANSLATE_NOOP("ContentSniffer", "an old .xls workbook or a password-protected file")},
        {"\x1F\x8B", QT_TRANSLATE_NOOP("ContentSniffer", "a gzip archive")},
        {QByteArrayView("SQLite format 3\0", 16),
         QT_TRANSLATE_NOOP("ContentSniffer", "an SQLite database (an NPS Studio project?)")},
        {"\x7F"
         "ELF",
         QT_TRANSLATE_NOOP("ContentSniffer", "a program")},
    };
    for (const Signature &s : signatures) {
        if (start.startsWith(s.bytes))
            return QCoreApplication::translate("ContentSniffer", s.what);
    }
    return {};
}

Status checkText(const QString &path, QByteArrayView sample, const QByteArray &encoding)
{
    if (const QString what = describeSignature(sample); !what.isEmpty())
        return Status::failure(
            QCoreApplication::translate("ContentSniffer",
                                        "“%1” is not a text export: it is %2. Export the survey "
                                        "as CSV, or save it as an .xlsx workbook.")
                .arg(path, what));
    // Text holds tabs and line breaks, and hardly ever another control character; binary data
    // read as text (Windows-1252 takes any byte) holds them everywhere.
    QStringDecoder decoder(encoding.constData());
    const QString text = decoder.isValid() ? decoder.decode(sample) : QString::fromLatin1(sample);
    qsizetype control = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        control += (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != 0x0b)
                   || u == 0x7f || u == 0xfffd;
    }
    if (control > 8 && control * 100 > text.size())
        return Status::failure(
            QCoreApplication::translate("ContentSniffer",
                                        "“%1” is not a text export: it holds binary data (%2 "
                                        "control characters in its first %3 bytes).")
                .arg(path)
                .arg(control)
                .arg(sample.size()));
    return Done{};
}

} // namespace ContentSniffer
