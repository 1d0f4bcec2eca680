#pragma once

#include "import/columnmapping.h"
#include "import/columnprofile.h"
#include "import/surveylayout.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Decides what each column without a fixed role (score, date, id…) is: a free-text question
// (kept with its text; one of them is the primary open answer), a multi-select question (one
// column of joined options, or one column per option), a numeric scale, a single-choice segment,
// or something left out (personal data, survey-tool metadata, identifiers). Segments get a
// relevance and are shown by default only when they are useful filters.
class QuestionClassifier
{
    Q_DECLARE_TR_FUNCTIONS(QuestionClassifier)

public:
    static void classify(const SurveyLayout &layout,
                         const QList<ColumnProfile> &profiles,
                         ColumnMapping &mapping,
                         QStringList &notes);

    // Free text by content: long, wordy and mostly different answers; a header that asks for
    // them lowers the bar.
    static bool isFreeText(const ColumnProfile &profile);
};
