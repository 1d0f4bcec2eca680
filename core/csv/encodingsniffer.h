#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Decides which text encoding a survey export was written in, from its first bytes.
// Byte-order marks first, then strict UTF-8 validation, then libuchardet for legacy code pages.
class EncodingSniffer
{
public:
    struct Result
    {
        QByteArray encoding; // name for QStringDecoder
        int bomLength = 0;
        QString reason; // how it was decided, for the import report
    };

    static Result detect(QByteArrayView sample, bool sampleIsWholeFile);
    static bool isKnownEncoding(const QByteArray &name);
};
