#pragma once

#include "metrics/dashboard.h"
#include "metrics/filter.h"
#include "metrics/period.h"
#include "metrics/targetverdict.h"
#include "report/themevoices.h"
#include "result.h"
#include "store/importrecord.h"
#include "store/projecttargets.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class ResponseCache;
class ThemeAnalysis;

// Everything a report says, computed once: the language-independent facts that the PDF, HTML
// and ODT renderings lay out. A report covers one quarter (compared with the quarter before and
// the same quarter a year earlier) or all responses (for exports without dates, or the whole
// survey at once).
struct QuarterlyReport
{
    struct Options
    {
        Period quarter;
        bool allResponses = false; // no quarter: every response, no comparison with a period
        Filter filter;             // segments etc.; the dates are the quarter's
        bool maskPersonalData = true;
        int trendQuarters = 8; // a quarter's trend; on all responses: every quarter
        // The dimensions with a table, most relevant first; none: defaultDimensions().
        std::optional<QList<int>> dimensions;
        int minimumGroup = NpsFigures::SmallSample; // smaller groups are summed in one line
        ProjectTargets targets;
        // The project's themes, read over the same cache, and its actions: with them the
        // voices are themes with their impact; without, recurring words.
        std::shared_ptr<const ThemeAnalysis> themes;
        QList<ThemeAction> actions;
        // The primary open question as its header reads: the write-ins of a choice question
        // ("MemberSiteOther") are no voices; the report says so instead of quoting them.
        QString openQuestion;
    };

    struct SegmentRow
    {
        QString value;
        NpsFigures figures;
        std::optional<NpsComparison> versusPrevious;
        NpsFigures previous; // the value's figures in the previous quarter
        std::optional<NpsComparison> versusRest;
        std::optional<TargetVerdict> verdict; // when the value has a target of its own
    };
    struct SegmentTable
    {
        int dimension = -1;
        QString label;          // short
        QString question;       // in full
        QList<SegmentRow> rows; // the groups with at least minimumGroup responses, largest first
        int smallerGroups = 0;  // the groups left out of rows
        NpsFigures smallerFigures;
        bool hasTargets = false;
    };
    // A segment value that moved or stands apart significantly: the executive summary's "where".
    struct Highlight
    {
        QString dimension; // short label
        QString value;
        NpsFigures figures;
        NpsComparison comparison;
        bool againstPrevious = false; // else against the rest of the responses
        NpsFigures other;             // the previous quarter's figures, or the rest's
    };
    struct Theme
    {
        QString word;
        qint64 answers = 0;
        QStringList quotes;
    };
    struct Quote
    {
        QDate date;
        int score = -1;
        QString text;
        QStringList segments; // at most three, the most relevant first
    };
    struct Source
    {
        ImportRecord import;
        QDate firstDay, lastDay; // of its answers
    };

    Options options;
    QString filterDescription;
    NpsFigures current;
    Period previousQuarter;
    NpsFigures previous;
    std::optional<NpsComparison> change;
    Period lastYearQuarter;
    NpsFigures lastYear;
    std::optional<NpsComparison> changeOnLastYear;
    std::optional<TargetVerdict> verdict; // against the project's target
    qint64 responses = 0;                 // in the quarter, with or without a score
    qint64 withoutScore = 0;
    int scoreScaleMin = 0;      // 1 on a 1–10 scale (no 0): detractors are 1–6
    QList<PeriodFigures> trend; // the last quarters up to this one
    QList<SegmentTable> segments;
    QList<Highlight> highlights; // at most three, the strongest first
    std::array<qint64, 11> distribution{};
    ThemeVoices voices; // empty without themes
    QList<Theme> detractorThemes;
    QList<Theme> promoterThemes;
    QList<Quote> newestDetractors;
    bool writeIns = false; // the open answers are write-ins of a choice question: no voices
    QList<Source> sources;
    QDate dataFirstDay, dataLastDay; // invalid when the responses have no dates

    bool isAllResponses() const { return options.allResponses; }
    bool hasDates() const { return dataFirstDay.isValid(); }

    // The report for one quarter, or for all responses; fails (with a message) for a quarter
    // outside the data or an empty selection.
    static Result<QuarterlyReport>
    build(const ResponseCache &cache, const QList<Source> &sources, const Options &options);
    // The 2–4 most relevant dimensions: what a manager's report presents unless chosen.
    static QList<int> defaultDimensions(const ResponseCache &cache);
};
