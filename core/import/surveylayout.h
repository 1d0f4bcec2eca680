#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Which survey tool wrote an export, how many header rows it has and what its columns are called.
struct SurveyLayout
{
    enum class Tool {
        Generic,
        SurveyMonkey,
        Qualtrics,
        QualtricsLegacy,
        Typeform,
        GoogleForms,
        MicrosoftForms,
        LimeSurvey,
        FlatExport, // Delighted, Medallia and other snake_case API-style exports
    };

    Tool tool = Tool::Generic;
    int headerRows = 1;
    QStringList columnNames; // what the user sees: question text where the export has it
    QStringList columnIds;   // the export's own short ids (Qualtrics Q1…), else the names

    QString toolName() const;
    static QString toolKey(Tool tool); // stable, for storage and --json
    // Recognises the layout from the first (up to three) records of a file.
    static SurveyLayout recognise(const QList<QStringList> &firstRecords);
};
