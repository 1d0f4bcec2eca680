#pragma once

#include "import/columnmapping.h"
#include "import/columnprofile.h"
#include "import/dateparser.h"
#include "import/surveylayout.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Finds each column's role from its header (in any language of the vocabulary) and its content:
// the score, the date, the respondent id, every open question, CSAT, CES, the NPS group column
// and the segments with their kind and relevance.
class RoleDetector
{
    Q_DECLARE_TR_FUNCTIONS(RoleDetector)

public:
    struct Detection
    {
        ColumnMapping mapping;
        DateParser::Evidence dateEvidence; // of the chosen date column, over the sample
        QStringList notes;                 // how each choice was made, for the report (no CLI)
        QList<int> scoreCandidates;        // every column that could be the score
        bool scoreAmbiguous = false;       // nothing tells the candidates apart: the user chooses
        QString problem;                   // non-empty: the user must choose (--map in the CLI)
    };

    static Detection detect(const SurveyLayout &layout, const QList<QStringList> &sampleRows);
    // How mapping.score reads (end-point words, "no answer" codes, scale), when the user chose it.
    static void readScoreColumn(const SurveyLayout &layout,
                                const QList<QStringList> &sampleRows,
                                ColumnMapping &mapping,
                                QStringList &notes);
};
