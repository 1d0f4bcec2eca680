#pragma once

#include "metrics/dashboard.h"
#include "metrics/filter.h"
#include "metrics/npscomparison.h"
#include "metrics/npsfigures.h"
#include "metrics/period.h"
#include "metrics/sharecomparison.h"

#include <QList>

#include <optional>
#include <vector>

class ResponseCache;
class ThemeMembership;

// One period of a theme's series: how many of the answers of the period mention it.
struct ThemePeriod
{
    Period period;
    qint64 answered = 0; // responses of the period with an open answer
    qint64 mentions = 0;
    NpsFigures figures;                 // of those who mention it
    std::optional<double> share() const // of the answers, in percent
    {
        return answered > 0 ? std::optional<double>(100.0 * double(mentions) / double(answered))
                            : std::nullopt;
    }
};

// Is the theme mentioned more or less than in the period before? The last period with answers
// against the one before it, by the share of answers that mention the theme.
struct ThemeTrend
{
    enum class Direction { Flat, Rising, Falling };
    Direction direction = Direction::Flat;
    Period last, previous;
    ShareComparison change;  // of the share, in percentage points
    QString inWords() const; // "rising significantly", "falling, within the margin of error"
};

// A theme under a filter: how often it is mentioned, by whom, what it costs the NPS.
struct ThemeFigures
{
    int theme = 0;       // index in the membership (and the codebook)
    qint64 mentions = 0; // responses whose answer carries the theme, with or without a score
    NpsFigures figures;  // NPS of those who mention it (adjusted Wald interval in figures)
    NpsFigures rest;     // of the scored responses that do not
    std::optional<NpsComparison> versusRest;
    // Share of the promoters, passives and detractors with an answer that mention it (%).
    std::optional<double> promoterShare, passiveShare, detractorShare;
    std::optional<double> answerShare; // of all answers, in percent
    // NPS points the overall score would gain if the theme's detractors were passives:
    // detractors mentioning it / all scored responses × 100.
    double impact = 0;
    QList<ThemePeriod> periods;
    std::optional<ThemeTrend> trend;
};

struct ThemeReportResult
{
    NpsFigures overall; // every scored response under the filter
    qint64 responses = 0;
    qint64 answered = 0;                     // with an open answer
    std::array<qint64, 3> answeredByGroup{}; // detractors, passives, promoters with an answer
    QList<ThemePeriod> periods;              // answers per period
    QList<ThemeFigures> themes;              // in membership order
};

// Did an action work? A theme's mentions and NPS before the day it was done and after.
struct ThemeBeforeAfter
{
    ThemePeriod before, after;                  // period: unused
    std::optional<ShareComparison> shareChange; // after against before
    std::optional<NpsComparison> npsChange;
};

// The themes' figures under a filter, in one pass over the rows after the filter's
// (Dashboard::matchFlags): each passing row adds to the counters of the themes it carries.
// Keep one per cache: it remembers each row's themes and the last search text.
class ThemeReport
{
public:
    ThemeReport(const ResponseCache &cache, const ThemeMembership &membership);

    ThemeReportResult compute(const Filter &filter);
    // A theme before `day` and from `day` on, under the filter (its own dates included).
    ThemeBeforeAfter beforeAndAfter(const Filter &filter, int theme, QDate day);
    // The rows the filter passes (cache order), from the last compute(): the themes' rows can
    // be counted against them without filtering again.
    const std::vector<quint8> &passing() const { return m_pass; }

private:
    const ResponseCache &m_cache;
    const ThemeMembership &m_membership;
    Dashboard m_dashboard;
    std::vector<quint8> m_pass;
    // Each row's themes: m_rowThemes[m_rowStart[row] … m_rowStart[row + 1]).
    std::vector<quint32> m_rowStart;
    std::vector<quint16> m_rowThemes;
};
