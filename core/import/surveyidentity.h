#pragma once

#include "import/surveylayout.h"
#include "result.h"
#include "store/surveycatalog.h"

#include <QList>
#include <QString>
#include <QStringList>

class SurveyStore;

// Which survey of a project an export belongs to. Two exports are one survey when they ask the
// same recommend question and share most of their columns; letter case, accents, punctuation,
// column order and a few added or removed questions do not matter. Dedup keys are seeded by the
// survey, so a later export finds the respondents an earlier one brought.
class SurveyIdentity
{
public:
    // Qualtrics' ids are stable across languages and exports; other tools have only names.
    static QStringList columnKeys(const SurveyLayout &layout);
    static QString key(QStringView header);
    // A key without its word breaks: the same for "ResponseId", "Response ID" and "rESPONSEiD"
    // (whose camel-case breaks fall elsewhere). Keys are compared in this form.
    static QString compact(QStringView key);
    // `mine` with each key that a stored survey knows in another spelling replaced by the
    // stored one, so answers of one question hash alike in every export.
    static QStringList canonical(const QStringList &mine, const QStringList &known);

    struct Match
    {
        qint64 surveyId = 0; // 0: no stored survey is this one
        int shared = 0;      // columns in common with it
    };
    // Same recommend question, and at least MinShared of the smaller header in common.
    static constexpr double MinShared = 0.6;
    static Match match(const QString &scoreKey,
                       const QStringList &columnKeys,
                       const QList<SurveyCatalog::Survey> &surveys);

    // How an export compares with a project, for choosing where to import it.
    struct Comparison
    {
        bool projectEmpty = false; // nothing imported yet
        bool sameSurvey = false;   // the export continues one of the project's surveys
        int shared = 0;            // of its columns, how many the project knows
        int columns = 0;
    };
    static Result<Comparison>
    compare(SurveyStore &store, const SurveyLayout &layout, int scoreColumn);
};
