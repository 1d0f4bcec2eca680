#pragma once

#include <QDateTime>
#include <QString>

// One import of one file into a project, as stored in the imports table.
struct ImportRecord
{
    qint64 id = 0;
    QString fileName;
    QString fileHash; // SHA-256 of the file's bytes, hex
    QDateTime importedAt;
    QString layout;
    QString delimiter;
    QString encoding;
    int headerRows = 1;
    QString mapping; // JSON: role -> column
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsDuplicate = 0;
};

// A data row that could not be imported, and why.
struct RowIssue
{
    qint64 line = 0;
    QString column; // empty when the row as a whole is wrong
    QString reason;
    QString rawText;
};
