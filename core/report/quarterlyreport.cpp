#include "report/quarterlyreport.h"

#include "import/vocabulary.h"
#include "logging.h"
#include "metrics/responsecache.h"
#include "metrics/themeanalysis.h"
#include "models/questionlabel.h"
#include "models/valueorder.h"
#include "report/recurringwords.h"
#include "text/privacymask.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace {

Filter inQuarter(Filter filter, const Period &quarter)
{
    filter.from = quarter.firstDay();
    filter.to = quarter.lastDay();
    filter.granularity = Granularity::Quarter;
    return filter;
}

Filter undated(Filter filter)
{
    filter.from.reset();
    filter.to.reset();
    filter.granularity = Granularity::Quarter;
    return filter;
}

// One dimension's table: the values with enough responses, largest first (by value for a
// numeric or ordered scale), the rest summed in one line.
QuarterlyReport::SegmentTable segmentTable(const ResponseCache &cache,
                                           Dashboard &dashboard,
                                           int d,
                                           const QString &label,
                                           const Filter &now,
                                           const std::optional<Filter> &before,
                                           const QuarterlyReport::Options &options)
{
    const ResponseCache::Dimension &dimension = cache.dimensions().at(d);
    QuarterlyReport::SegmentTable table;
    table.dimension = d;
    table.label = label;
    table.question = dimension.name;
    const DashboardResult nowBy = dashboard.compute(now, d);
    const DashboardResult beforeBy = before ? dashboard.compute(*before, d) : DashboardResult{};
    for (const BreakdownRow &row : nowBy.breakdown) {
        if (row.figures.n() < options.minimumGroup) {
            ++table.smallerGroups;
            table.smallerFigures = table.smallerFigures + row.figures;
            continue;
        }
        QuarterlyReport::SegmentRow s{row.value, row.figures, std::nullopt, {}, row.versusRest, {}};
        for (const BreakdownRow &old : beforeBy.breakdown) {
            if (old.code == row.code) {
                s.versusPrevious = NpsComparison::compare(row.figures, old.figures);
                s.previous = old.figures;
            }
        }
        for (const SegmentTarget &t : options.targets.segmentTargets) {
            if (t.dimension.compare(dimension.name, Qt::CaseInsensitive) == 0
                && t.value.compare(row.value, Qt::CaseInsensitive) == 0) {
                s.verdict = TargetVerdict::judge(row.figures, t.nps);
                table.hasTargets = true;
            }
        }
        table.rows.append(s);
    }
    const ValueOrder::Ordering ordering = ValueOrder::of(dimension.values);
    if (ordering.kind == ValueOrder::Kind::AsGiven) {
        std::stable_sort(
            table.rows.begin(),
            table.rows.end(),
            [](const QuarterlyReport::SegmentRow &a, const QuarterlyReport::SegmentRow &b) {
                return a.figures.n() > b.figures.n();
            });
    } else {
        QHash<QString, int> position;
        for (int i = 0; i < ordering.order.size(); ++i)
            position.insert(dimension.values.at(ordering.order.at(i)), i);
        std::stable_sort(table.rows.begin(),
                         table.rows.end(),
                         [&position](const QuarterlyReport::SegmentRow &a,
                                     const QuarterlyReport::SegmentRow &b) {
                             return position.value(a.value) < position.value(b.value);
                         });
    }
    return table;
}

// The values that moved (against the previous quarter) or stand apart (against the rest)
// significantly, strongest evidence first, one line per value.
QList<QuarterlyReport::Highlight> highlightsOf(const QList<QuarterlyReport::SegmentTable> &tables,
                                               const NpsFigures &overall)
{
    QList<QuarterlyReport::Highlight> all;
    for (const QuarterlyReport::SegmentTable &t : tables) {
        for (const QuarterlyReport::SegmentRow &row : t.rows) {
            if (row.versusPrevious && row.versusPrevious->significant)
                all.append(
                    {t.label, row.value, row.figures, *row.versusPrevious, true, row.previous});
            else if (row.versusRest && row.versusRest->significant)
                all.append({t.label,
                            row.value,
                            row.figures,
                            *row.versusRest,
                            false,
                            overall - row.figures});
        }
    }
    std::stable_sort(all.begin(),
                     all.end(),
                     [](const QuarterlyReport::Highlight &a, const QuarterlyReport::Highlight &b) {
                         return std::abs(a.comparison.z) > std::abs(b.comparison.z);
                     });
    return all.mid(0, 3);
}

} // namespace

QList<int> QuarterlyReport::defaultDimensions(const ResponseCache &cache)
{
    QList<int> chosen;
    double top = -1;
    for (int d : cache.dimensionsByRelevance()) {
        const ResponseCache::Dimension &dimension = cache.dimensions().at(d);
        if (!dimension.shownByDefault || dimension.values.size() < 2)
            continue;
        if (top < 0)
            top = dimension.relevance;
        // Two at least; up to four while they are about as relevant as the first.
        if (chosen.size() >= 2 && dimension.relevance < 0.5 * top)
            break;
        chosen.append(d);
        if (chosen.size() == 4)
            break;
    }
    return chosen;
}

Result<QuarterlyReport> QuarterlyReport::build(const ResponseCache &cache,
                                               const QList<Source> &sources,
                                               const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    auto tr = [](const char *text) {
        return QCoreApplication::translate("QuarterlyReport", text);
    };
    const bool dated = cache.firstDay() != ResponseCache::NoDay;
    if (!options.allResponses && !dated)
        return Result<QuarterlyReport>::failure(
            tr("The project has no dated responses, so it has no quarters; report on all "
               "responses instead."));
    Period first, last;
    if (dated) {
        first = Period::containingJulianDay(cache.firstDay(), Granularity::Quarter);
        last = Period::containingJulianDay(cache.lastDay(), Granularity::Quarter);
    }
    if (!options.allResponses
        && (options.quarter.index < first.index || options.quarter.index > last.index))
        return Result<QuarterlyReport>::failure(
            tr("The project has no responses in %1; its quarters run from %2 to %3.")
                .arg(options.quarter.label(), first.label(), last.label()));

    QuarterlyReport r;
    r.options = options;
    r.sources = sources;
    if (dated) {
        r.dataFirstDay = QDate::fromJulianDay(cache.firstDay());
        r.dataLastDay = QDate::fromJulianDay(cache.lastDay());
    }
    const QStringList labels = QuestionLabel::forDimensions(cache.dimensions());
    Dashboard dashboard(cache);
    const Filter filter = options.allResponses ? undated(options.filter)
                                               : inQuarter(options.filter, options.quarter);
    r.filterDescription = undated(options.filter).describe(cache, false, labels);
    const DashboardResult now = dashboard.compute(filter);
    if (now.overall.isEmpty())
        return Result<QuarterlyReport>::failure(
            options.allResponses
                ? tr("No responses with a score for this selection (%1).").arg(r.filterDescription)
                : tr("No responses with a score in %1 for this selection (%2).")
                      .arg(options.quarter.label(), r.filterDescription));
    r.current = now.overall;
    r.responses = now.responses;
    r.withoutScore = now.responses - now.overall.n();
    r.scoreScaleMin = cache.scoreScaleMin();
    r.distribution = now.distribution;
    if (options.targets.target)
        r.verdict = TargetVerdict::judge(r.current, *options.targets.target);
    std::optional<Filter> before;
    if (!options.allResponses) {
        r.previousQuarter = options.quarter.previous();
        r.previous = now.previous;
        r.change = now.change;
        r.lastYearQuarter = options.quarter.sameOneYearEarlier();
        r.lastYear = dashboard.compute(inQuarter(options.filter, r.lastYearQuarter)).overall;
        r.changeOnLastYear = NpsComparison::compare(r.current, r.lastYear);
        before = inQuarter(options.filter, r.previousQuarter);
    }

    // The trend over the last quarters up to this one; a report on all responses shows every
    // quarter with data, from the first to the last.
    if (dated) {
        const Period end = options.allResponses ? last : options.quarter;
        Filter trend = undated(options.filter);
        const int start = options.allResponses
                              ? first.index
                              : std::max(first.index, end.index - options.trendQuarters + 1);
        trend.from = Period{Granularity::Quarter, start}.firstDay();
        trend.to = end.lastDay();
        r.trend = dashboard.compute(trend).periods;
    }

    // The chosen dimensions, each against the previous quarter.
    const QList<int> dimensions = options.dimensions.value_or(defaultDimensions(cache));
    for (int d : dimensions) {
        if (d < 0 || d >= cache.dimensions().size())
            continue;
        SegmentTable table
            = segmentTable(cache, dashboard, d, labels.at(d), filter, before, options);
        if (!table.rows.isEmpty() || table.smallerGroups > 0)
            r.segments.append(table);
    }
    r.highlights = highlightsOf(r.segments, r.current);

    // Voices: recurring words among detractors and promoters, and the newest detractors; none
    // of the write-ins of a choice question ("Federal Reserve Board, May 2017" is no reason).
    r.writeIns
        = Vocabulary::isWriteIn(options.themes ? options.themes->question() : options.openQuestion);
    if (r.writeIns) {
        qCDebug(lcReport) << "report built in" << timer.elapsed() << "ms, without voices";
        return r;
    }
    Filter detractors = filter;
    detractors.groups = Filter::Detractors;
    detractors.onlyWithAnswer = true;
    Filter promoters = filter;
    promoters.groups = Filter::Promoters;
    promoters.onlyWithAnswer = true;
    const std::vector<quint32> detractorRows = dashboard.matchingRows(detractors);
    r.detractorThemes = RecurringWords::find(cache, detractorRows, options.maskPersonalData);
    r.promoterThemes
        = RecurringWords::find(cache, dashboard.matchingRows(promoters), options.maskPersonalData);
    if (options.themes && &options.themes->cache() == &cache)
        r.voices
            = ThemeVoices::build(*options.themes, filter, before, options.quarter, options.actions);
    std::vector<quint32> newest = detractorRows;
    std::stable_sort(newest.begin(), newest.end(), [&cache](quint32 a, quint32 b) {
        return cache.day(a) > cache.day(b);
    });
    // Each quote with at most three segment values: the presented dimensions first, then the
    // most relevant others.
    QList<int> quoteDimensions = dimensions;
    for (int d : cache.dimensionsByRelevance()) {
        if (!quoteDimensions.contains(d))
            quoteDimensions.append(d);
    }
    for (size_t i = 0; i < newest.size() && i < 8; ++i) {
        const quint32 row = newest[i];
        Quote q{cache.date(row), cache.score(row), cache.answer(row).toString(), {}};
        if (options.maskPersonalData)
            q.text = PrivacyMask::mask(q.text);
        for (int d : std::as_const(quoteDimensions)) {
            if (q.segments.size() == 3)
                break;
            if (const QString value = cache.segmentValue(d, row); !value.isEmpty())
                q.segments << value;
        }
        r.newestDetractors.append(q);
    }
    qCDebug(lcReport) << "report built in" << timer.elapsed() << "ms," << r.segments.size()
                      << "tables";
    return r;
}
