#pragma once

#include "metrics/filter.h"
#include "metrics/npsfigures.h"
#include "metrics/period.h"
#include "metrics/sharecomparison.h"
#include "store/themerecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ThemeAnalysis;

// One theme as the report tells it: what it costs the score, how it moved against the quarter
// before, two answers that say it (personal data masked), and the open actions on it.
struct ThemeVoice
{
    qint64 themeId = 0;
    int theme = -1; // index in the codebook (and the membership)
    QString label;
    qint64 mentions = 0;
    NpsFigures figures;                         // of those who mention it
    double impact = 0;                          // NPS points if its detractors were passives
    std::optional<double> share, previousShare; // of the answers (%), now and the period before
    std::optional<ShareComparison> change;      // share against the period before
    Period changed, against;                    // the periods `change` compares
    QStringList quotes;
    QList<ThemeAction> openActions;
};

// What passives mention more than promoters.
struct PassiveVoice
{
    QString label;
    double passiveShare = 0, promoterShare = 0;
    bool significant = false;
};

// The report's "In their own words" as themes: the largest impact first, the themes that rose
// most against the period before, and what passives mention more than promoters.
struct ThemeVoices
{
    QList<ThemeVoice> themes;
    QList<ThemeVoice> rising; // mentioned more than the period before, significant ones first
    QList<PassiveVoice> passives;
    // The themes come from a question that asks what respondents like ("What do you like best
    // about …?"): they are what is valued, the most mentioned first, quoted from promoters.
    bool praise = false;

    bool isEmpty() const { return themes.isEmpty(); }

    // now: the report's filter; before: the previous quarter's (with its period), or none to
    // compare each theme's last quarter with the one before it (a report on all responses).
    static ThemeVoices build(const ThemeAnalysis &analysis,
                             const Filter &now,
                             const std::optional<Filter> &before,
                             const Period &quarter,
                             const QList<ThemeAction> &actions,
                             int count = 5);
};
