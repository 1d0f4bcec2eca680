#pragma once

#include <QByteArray>
#include <QString>

// How a delimited text file is written: what the sniffers found or the user chose.
struct CsvDialect
{
    QChar delimiter = u',';
    QByteArray encoding = "UTF-8"; // a name QStringDecoder knows (ICU names included)
    int bomLength = 0;             // bytes of byte-order mark at the start of the file

    // "," ";" "tab" "|" as a user would type it on the command line.
    QString delimiterName() const;
    static std::optional<QChar> delimiterFromName(const QString &name);
};
