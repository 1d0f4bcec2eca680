#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

class SurveyStore;

// What a project knows about the surveys it holds (schema 2): which imports form one survey,
// its free-text questions, and how each segment dimension is used. SQL only; the import layer
// decides what matches.
class SurveyCatalog
{
public:
    explicit SurveyCatalog(SurveyStore &store);

    struct Survey
    {
        qint64 id = 0;
        QString scoreQuestion; // normalised
        QStringList columns;   // normalised headers, the union over its imports
    };
    Result<QList<Survey>> surveys() const;
    Result<qint64> addSurvey(const QString &scoreQuestion, const QStringList &columns);
    Status setSurveyColumns(qint64 surveyId, const QStringList &columns);

    // The header texts that imports of version 1 projects left (their mapped columns and the
    // dimensions), for comparing a new export with a project that has no surveys yet.
    Result<QStringList> legacyHeaders() const;
    // Imports whose dedup keys were seeded by their exact column list (migrated projects).
    Result<bool> hasLegacyKeys() const;
    Result<qint64> importCount() const;

    // The id of a question by its text; created when missing. kind: "open" (a free-text
    // question) or "contact" (personal data the user mapped for the follow-up list, which no
    // figure, theme or report reads); a column mapped anew takes the newer kind.
    Result<qint64> questionId(const QString &text, const QString &kind = QStringLiteral("open"));
    // What an import is: its survey, its primary open question (0: none), its score scale.
    Status describeImport(qint64 importId, qint64 surveyId, qint64 primaryQuestionId, int scaleMin);
    Status setDimensionTraits(qint64 dimensionId,
                              const QString &kind,
                              const QString &label,
                              double relevance,
                              bool shownByDefault);

private:
    SurveyStore &m_store;
};
