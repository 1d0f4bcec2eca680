#pragma once

#include "metrics/filter.h"
#include "metrics/npscomparison.h"
#include "metrics/npsfigures.h"
#include "metrics/period.h"

#include <QList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class ResponseCache;
class ThemeMembership;

// NPS of one period of the series.
struct PeriodFigures
{
    Period period;
    NpsFigures figures;
};

// NPS of one value of the breakdown dimension, and whether it differs from the rest.
struct BreakdownRow
{
    quint16 code = 0;
    QString value;
    NpsFigures figures;
    std::optional<NpsComparison> versusRest;
};

// Everything the dashboard shows for one filter.
struct DashboardResult
{
    qint64 responses = 0; // matching the filter, with or without a score
    qint64 withAnswer = 0;
    NpsFigures overall;
    QDate firstDay, lastDay; // of the window the figures cover (the filter's, or the data's)

    std::optional<QDate> previousFrom, previousTo; // the window of the same length before
    NpsFigures previous;
    std::optional<NpsComparison> change; // overall against previous

    QList<PeriodFigures> periods; // every period from the first to the last, gaps included

    int breakdownDimension = -1;
    QList<BreakdownRow> breakdown;
    // A multi-select breakdown has a row per option: respondents count in every option they
    // chose, so the rows' shares can add up to more than 100%.
    bool breakdownIsMulti = false;

    std::array<qint64, 11> distribution{};
    // [dimension][code]: responses each value would show under the rest of the filter (for a
    // multi-select dimension: those who chose the option).
    QList<QList<qint64>> facets;

    qint64 csatCount = 0, cesCount = 0;
    double csatMean = 0, cesMean = 0;
};

// The one query behind the dashboard, the summary command and the report: a single pass over
// the columnar cache, its rows shared out in chunks over the cores. The open-answer text test
// is memoised per search text.
class Dashboard
{
public:
    // Rows per chunk: large enough that a thread's start and the merge of its counts cost
    // little beside its work, small enough to share a million rows out evenly.
    static constexpr qsizetype DefaultChunkRows = 1 << 16;

    explicit Dashboard(const ResponseCache &cache);

    // How many threads a query may use (default: one per core; 1: only the calling thread).
    // The results are the same for any number: counts are merged, and the sums of the CSAT and
    // CES scores are added chunk by chunk in row order.
    void setThreads(int threads);
    int threads() const { return m_threads; }
    void setChunkRows(qsizetype rows);
    // Whether a query that tests only segments and scores (no dates, text, theme or "with
    // answer": the whole data, clicked bars, groups) may count from the responses per
    // combination of segment values, month and score instead of from every response, once it
    // was asked twice for the same question (a one-off query reads the rows). The figures are
    // the same either way, bit for bit: the cells hold the CSAT and CES sums only of whole
    // scores (exact in any order), other scores are still added row by row.
    void setCellCounts(bool enabled) { m_cellCounts = enabled; }
    // Whether the last compute() counted from those cells.
    bool countedCells() const { return m_countedCells; }

    // Whether the breakdown keeps the filter's criterion on its own dimension, or shows every
    // value under the rest of the filter (the window's: a clicked bar among all the others, each
    // compared with the rest of those), in the same pass.
    enum class BreakdownScope { Filtered, RestOfFilter };
    // `matching`, when given, gets what matchFlags() would give for the filter, from the same
    // pass (the window's open answers list them).
    DashboardResult compute(const Filter &filter,
                            int breakdownDimension = -1,
                            BreakdownScope scope = BreakdownScope::Filtered,
                            std::vector<quint8> *matching = nullptr);
    // Rows (cache indices) that match the filter, in cache order, or in the order of `order`
    // (a permutation of all rows) when given.
    std::vector<quint32> matchingRows(const Filter &filter,
                                      const std::vector<quint32> *order = nullptr);
    // One flag per response (cache order): does it match the filter? `count` gets how many do.
    std::vector<quint8> matchFlags(const Filter &filter, qint64 *count = nullptr);
    // Per theme of `membership`: the responses that carry it under the rest of the filter
    // (its theme criterion left out), the live counts of the filter panel's themes.
    QList<qint64> themeCounts(const Filter &filter, const ThemeMembership &membership);

private:
    const std::vector<quint8> &answerMatches(const QString &text);
    // Per response: does its answer carry the filter's theme? Null without a theme criterion.
    const quint8 *themeMatches(const Filter &filter);

    // Responses per combination of segment values × month × score, of one open question's
    // answers; built on the second query that can use them.
    struct Cells;
    const Cells *cells(const std::vector<quint32> &answers);
    std::shared_ptr<const Cells> buildCells(const std::vector<quint32> &answers) const;

    const ResponseCache &m_cache;
    int m_threads = 1;
    bool m_cellCounts = true;
    std::shared_ptr<const Cells> m_cells;
    const quint32 *m_cellsAnswers = nullptr; // the answers column they were asked for
    int m_cellsAsked = 0;
    bool m_countedCells = false;
    qsizetype m_chunkRows = DefaultChunkRows;
    QString m_matchedText;
    std::vector<quint8> m_matches; // per answer dictionary entry
    // Held, so that a new membership never takes the memoised one's address.
    std::shared_ptr<const ThemeMembership> m_themeSource;
    QList<int> m_themeMatched;
    std::vector<quint8> m_themeRows; // per response, for m_themeMatched
};
