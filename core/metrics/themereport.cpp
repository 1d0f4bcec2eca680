#include "metrics/themereport.h"

#include "metrics/responsecache.h"
#include "metrics/thememembership.h"

#include <QCoreApplication>

#include <span>

namespace {

// Counters of one sample: responses by score group (−1 for no score) and with an answer.
struct Tally
{
    std::array<qint64, 3> groups{}; // detractors, passives, promoters
    qint64 all = 0;

    void add(qint8 score)
    {
        ++all;
        if (score >= 0)
            ++groups[size_t(score >= 9 ? 2 : score >= 7 ? 1 : 0)];
    }
    NpsFigures figures() const { return {groups[0], groups[1], groups[2]}; }
};

} // namespace

QString ThemeTrend::inWords() const
{
    if (direction == Direction::Flat)
        return QCoreApplication::translate("ThemeTrend", "unchanged");
    if (direction == Direction::Rising)
        return change.significant
                   ? QCoreApplication::translate("ThemeTrend", "rising significantly")
                   : QCoreApplication::translate("ThemeTrend",
                                                 "rising, within the margin of error");
    return change.significant
               ? QCoreApplication::translate("ThemeTrend", "falling significantly")
               : QCoreApplication::translate("ThemeTrend", "falling, within the margin of error");
}

ThemeReport::ThemeReport(const ResponseCache &cache, const ThemeMembership &membership)
    : m_cache(cache)
    , m_membership(membership)
    , m_dashboard(cache)
{
    const auto rows = size_t(cache.size());
    m_rowStart.assign(rows + 1, 0);
    for (int t = 0; t < membership.themeCount(); ++t) {
        for (quint32 row : membership.rows(t))
            ++m_rowStart[size_t(row) + 1];
    }
    for (size_t row = 1; row <= rows; ++row)
        m_rowStart[row] += m_rowStart[row - 1];
    m_rowThemes.resize(m_rowStart.back());
    std::vector<quint32> next(m_rowStart.begin(), m_rowStart.end() - 1);
    for (int t = 0; t < membership.themeCount(); ++t) {
        for (quint32 row : membership.rows(t))
            m_rowThemes[next[row]++] = quint16(t);
    }
}

ThemeReportResult ThemeReport::compute(const Filter &filter)
{
    ThemeReportResult r;
    const ResponseCache &c = m_cache;
    m_pass = m_dashboard.matchFlags(filter);

    // Periods of the window, as the dashboard has them; a day → period table.
    const bool hasData = c.firstDay() != ResponseCache::NoDay;
    const qint32 from
        = filter.from ? qint32(filter.from->toJulianDay()) : (hasData ? c.firstDay() : 0);
    const qint32 to = filter.to ? qint32(filter.to->toJulianDay()) : (hasData ? c.lastDay() : -1);
    std::vector<qint32> slotOfDay;
    if (to >= from && (hasData || filter.hasDateRange())) {
        const int firstPeriod = Period::containingJulianDay(from, filter.granularity).index;
        const int lastPeriod = Period::containingJulianDay(to, filter.granularity).index;
        for (int p = firstPeriod; p <= lastPeriod; ++p)
            r.periods.append({Period{filter.granularity, p}, 0, 0, {}});
        slotOfDay.resize(size_t(to - from) + 1);
        for (qint32 d = from; d <= to; ++d)
            slotOfDay[size_t(d - from)]
                = Period::containingJulianDay(d, filter.granularity).index - firstPeriod;
    }
    const auto slotOf = [&](quint32 row) -> qint32 {
        const qint32 d = c.days()[row];
        if (d == ResponseCache::NoDay || d < from || d > to || slotOfDay.empty())
            return -1;
        return slotOfDay[size_t(d - from)];
    };

    // Everything under the filter, and each theme's rows: every passing row is counted in
    // its slot of [period][no score, detractor, passive, promoter] (period 0: outside the
    // window), for the filter and for each theme it carries.
    const qint8 *scores = c.scores().data();
    const quint32 *answers = c.answers().data();
    const auto periods = size_t(r.periods.size());
    const auto width = (periods + 1) * 4;
    const auto themeCount = size_t(m_membership.themeCount());
    std::vector<qint64> totals(width, 0), answeredIn(periods + 1, 0);
    std::vector<qint64> themeCounts(themeCount * width, 0);
    const quint32 *rowStart = m_rowStart.data();
    const quint16 *rowThemes = m_rowThemes.data();
    for (size_t row = 0; row < m_pass.size(); ++row) {
        if (!m_pass[row])
            continue;
        const qint8 score = scores[row];
        const int group = score < 0 ? 0 : score >= 9 ? 3 : score >= 7 ? 2 : 1;
        const int period = slotOf(quint32(row)) + 1;
        const size_t slot = size_t(period) * 4 + size_t(group);
        ++totals[slot];
        if (answers[row] == 0)
            continue;
        for (quint32 k = rowStart[row]; k < rowStart[row + 1]; ++k)
            ++themeCounts[size_t(rowThemes[k]) * width + slot];
        ++r.answered;
        if (group > 0)
            ++r.answeredByGroup[size_t(group - 1)];
        ++answeredIn[size_t(period)];
    }
    const auto figuresOf = [](const qint64 *counts, size_t periodsToSum, size_t stride) {
        NpsFigures f;
        for (size_t p = 0; p < periodsToSum; ++p) {
            f.detractors += counts[p * stride + 1];
            f.passives += counts[p * stride + 2];
            f.promoters += counts[p * stride + 3];
        }
        return f;
    };
    r.overall = figuresOf(totals.data(), periods + 1, 4);
    for (qint64 t : totals)
        r.responses += t;
    for (size_t p = 0; p < periods; ++p)
        r.periods[qsizetype(p)].answered = answeredIn[p + 1];
    const auto n = double(r.overall.n());

    // Each theme: its rows that pass, counted into their slots.
    for (int t = 0; t < m_membership.themeCount(); ++t) {
        ThemeFigures f;
        f.theme = t;
        const std::span<const qint64> counts(themeCounts.data() + size_t(t) * width, width);
        qint64 mentions = 0;
        for (qint64 k : counts)
            mentions += k;
        f.figures = figuresOf(counts.data(), periods + 1, 4);
        f.mentions = mentions;
        f.rest = r.overall - f.figures;
        f.versusRest = NpsComparison::compare(f.figures, f.rest);
        f.detractorShare = percentOf(f.figures.detractors, r.answeredByGroup[0]);
        f.passiveShare = percentOf(f.figures.passives, r.answeredByGroup[1]);
        f.promoterShare = percentOf(f.figures.promoters, r.answeredByGroup[2]);
        f.answerShare = percentOf(f.mentions, r.answered);
        f.impact = n > 0 ? 100.0 * double(f.figures.detractors) / n : 0;
        for (size_t p = 0; p < periods; ++p) {
            const qint64 *k = counts.data() + (p + 1) * 4;
            f.periods.append({r.periods.at(qsizetype(p)).period,
                              answeredIn[p + 1],
                              k[0] + k[1] + k[2] + k[3],
                              {k[1], k[2], k[3]}});
        }
        // The trend: the last period with answers against the one before it.
        qsizetype last = f.periods.size() - 1;
        while (last >= 0 && f.periods.at(last).answered == 0)
            --last;
        if (last >= 1) {
            const ThemePeriod &a = f.periods.at(last), &b = f.periods.at(last - 1);
            if (const auto change = ShareComparison::compare(double(a.mentions),
                                                             double(a.answered),
                                                             double(b.mentions),
                                                             double(b.answered))) {
                ThemeTrend trend;
                trend.last = a.period;
                trend.previous = b.period;
                trend.change = *change;
                trend.direction = change->delta > 0   ? ThemeTrend::Direction::Rising
                                  : change->delta < 0 ? ThemeTrend::Direction::Falling
                                                      : ThemeTrend::Direction::Flat;
                f.trend = trend;
            }
        }
        r.themes.append(f);
    }
    return r;
}

ThemeBeforeAfter ThemeReport::beforeAndAfter(const Filter &filter, int theme, QDate day)
{
    ThemeBeforeAfter r;
    const std::vector<quint8> pass = m_dashboard.matchFlags(filter);
    const auto split = qint32(day.toJulianDay());
    const std::vector<qint32> &days = m_cache.days();
    const std::vector<quint32> &answers = m_cache.answers();
    const qint8 *scores = m_cache.scores().data();
    for (size_t row = 0; row < pass.size(); ++row) {
        if (pass[row] && answers[row] != 0 && days[row] != ResponseCache::NoDay)
            ++(days[row] < split ? r.before : r.after).answered;
    }
    Tally before, after;
    for (quint32 row : m_membership.rows(theme)) {
        if (pass[row] && days[row] != ResponseCache::NoDay)
            (days[row] < split ? before : after).add(scores[row]);
    }
    r.before.mentions = before.all;
    r.before.figures = before.figures();
    r.after.mentions = after.all;
    r.after.figures = after.figures();
    r.shareChange = ShareComparison::compare(double(r.after.mentions),
                                             double(r.after.answered),
                                             double(r.before.mentions),
                                             double(r.before.answered));
    r.npsChange = NpsComparison::compare(r.after.figures, r.before.figures);
    return r;
}
