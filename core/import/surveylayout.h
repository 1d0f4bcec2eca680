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
    // A question that spans several columns (one per option or matrix row): its text and this
    // column's label, as SurveyMonkey's two header rows say. Empty for one-column questions.
    QStringList questions;
    QStringList options;

    QString toolName() const;
    // The question of a column and its option: from the header rows where the tool has them,
    // else from a name such as "Which products? - Phone" or "Which products? [Phone]".
    std::pair<QString, QString> questionAndOption(int column) const;
    // A column's name in curly quotes, as the import's notes cite it: “Country”.
    QString quotedName(int column) const;
    static QString toolKey(Tool tool); // stable, for storage and --json
    // Recognises the layout from the first (up to three) records of a file.
    static SurveyLayout recognise(const QList<QStringList> &firstRecords);
};
