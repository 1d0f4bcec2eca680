#pragma once

#include "csv/csvdialect.h"

#include <QString>

class QIODevice;

// Guesses the delimiter and encoding of a delimited text file from its first 64 KiB.
class DialectSniffer
{
public:
    struct Result
    {
        CsvDialect dialect;
        QString encodingReason;
        QString delimiterReason;
    };

    // Reads a sample and restores the device position. A forced delimiter or encoding
    // (from the user) is kept as given.
    static Result sniff(QIODevice *device,
                        std::optional<QChar> forcedDelimiter = std::nullopt,
                        const QByteArray &forcedEncoding = {});
    static QChar sniffDelimiter(const QString &text, QString *reason = nullptr);
};
