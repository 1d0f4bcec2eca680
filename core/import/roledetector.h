#pragma once

#include "import/columnmapping.h"
#include "import/dateparser.h"
#include "import/surveylayout.h"

#include <QList>
#include <QStringList>

// Finds each column's role from its header words (English and Dutch) and its content: the
// score, the date, the respondent id, the open answer, CSAT and CES, and the segments.
class RoleDetector
{
public:
    struct Detection
    {
        ColumnMapping mapping;
        DateParser::Evidence dateEvidence; // of the chosen date column, over the sample
        QStringList notes;                 // how each choice was made, for the report
        QList<int> scoreCandidates;
        QString problem; // non-empty: the user must choose (--map)
    };

    static Detection detect(const SurveyLayout &layout, const QList<QStringList> &sampleRows);
};
