#pragma once

#include "csv/csvdialect.h"
#include "import/columnmapping.h"
#include "import/surveylayout.h"
#include "store/importrecord.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// What an import found and did: the detected dialect and layout, the column roles, the counts
// (imported + skipped + duplicates + excluded = data rows read) and every row issue with its line.
struct ImportReport
{
    QString filePath;
    CsvDialect dialect;
    QString sheet; // of a workbook
    QString encodingReason;
    QString delimiterReason;
    SurveyLayout layout;
    ColumnMapping mapping;
    QString dateFormat;
    QStringList notes;
    QStringList dateNotes; // of notes, those about the dates (no date column, ambiguous order)
    QList<QStringList> previewRows; // the first data rows as they will be read
    QList<int> scoreCandidates;     // the columns that could be the score
    bool scoreAmbiguous = false;    // nothing told them apart: the user chooses

    qint64 importId = 0;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
    qint64 duplicates = 0;
    qint64 excluded = 0; // left out on purpose: survey previews, tests, unfinished
    QMap<QString, qint64> excludedBecause;
    qint64 withoutScore = 0; // imported, but excluded from NPS: the score was empty or missing
    QMap<QString, qint64> withoutScoreBecause; // by missing marker as written; "" for empty
    qint64 duplicatesInFile = 0;   // of the duplicates: a respondent id repeated within the file
    qint64 groupDisagreements = 0; // rows whose NPS group label disagrees with their score
    QList<RowIssue> issues;
    QList<RowIssue> warnings; // imported rows with something to check (the first of them)

    QString error; // set when nothing was imported; the project is unchanged
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
    // 0 everything imported, 1 some rows skipped, 2 nothing imported (the CLI's exit code).
    int exitCode() const;
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(ImportReport)
