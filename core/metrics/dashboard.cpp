#include "dashboard.h"

#include "responsecache.h"

namespace {

// Per dimension with a filter: which codes pass (index NoValue included).
struct SegmentTest
{
    int dimension;
    const quint16 *codes;
    std::vector<quint8> allowed;
};

std::vector<SegmentTest> segmentTests(const ResponseCache &cache, const Filter &filter)
{
    std::vector<SegmentTest> tests;
    for (auto it = filter.segments.cbegin(); it != filter.segments.cend(); ++it) {
        if (it.key() < 0 || it.key() >= cache.dimensions().size())
            continue;
        SegmentTest t{it.key(), cache.segments(it.key()).data(), std::vector<quint8>(size_t(ResponseCache::NoValue) + 1, 0)};
        for (quint16 code : it.value())
            t.allowed[code] = 1;
        tests.push_back(std::move(t));
    }
    return tests;
}

qint32 julian(QDate date)
{
    return qint32(date.toJulianDay());
}

} // namespace

Dashboard::Dashboard(const ResponseCache &cache)
    : m_cache(cache)
{}

const std::vector<quint8> &Dashboard::answerMatches(const QString &text)
{
    if (text == m_matchedText && !m_matches.empty())
        return m_matches;
    const QStringList &answers = m_cache.answerTexts();
    m_matches.assign(size_t(answers.size()), 0);
    for (qsizetype i = 1; i < answers.size(); ++i)
        m_matches[size_t(i)] = answers.at(i).contains(text, Qt::CaseInsensitive);
    m_matchedText = text;
    return m_matches;
}

DashboardResult Dashboard::compute(const Filter &filter, int breakdownDimension)
{
    DashboardResult r;
    const ResponseCache &c = m_cache;
    const qsizetype rows = c.size();
    const int dimensions = int(c.dimensions().size());
    if (breakdownDimension >= dimensions)
        breakdownDimension = -1;
    r.breakdownDimension = breakdownDimension;

    // The window: the filter's dates, completed by the data's first and last day.
    const bool hasData = c.firstDay() != ResponseCache::NoDay;
    const qint32 from = filter.from ? julian(*filter.from) : (hasData ? c.firstDay() : 0);
    const qint32 to = filter.to ? julian(*filter.to) : (hasData ? c.lastDay() : -1);
    const bool dated = filter.hasDateRange();
    if (hasData || dated) {
        r.firstDay = QDate::fromJulianDay(from);
        r.lastDay = QDate::fromJulianDay(to);
    }
    qint32 previousFrom = 0, previousTo = -1;
    if (dated && to >= from) {
        previousTo = from - 1;
        previousFrom = from - (to - from + 1);
        r.previousFrom = QDate::fromJulianDay(previousFrom);
        r.previousTo = QDate::fromJulianDay(previousTo);
    }

    // Day → period slot, for the days of the window.
    std::vector<qint32> slotOfDay;
    int firstPeriod = 0;
    if (to >= from && (hasData || dated)) {
        firstPeriod = Period::containingJulianDay(from, filter.granularity).index;
        const int lastPeriod = Period::containingJulianDay(to, filter.granularity).index;
        for (int p = firstPeriod; p <= lastPeriod; ++p)
            r.periods.append({Period{filter.granularity, p}, {}});
        slotOfDay.resize(size_t(to - from + 1));
        for (qint32 d = from; d <= to; ++d)
            slotOfDay[size_t(d - from)] = Period::containingJulianDay(d, filter.granularity).index - firstPeriod;
    }

    std::vector<SegmentTest> tests = segmentTests(c, filter);
    const bool textFilter = !filter.text.isEmpty();
    const quint8 *matches = textFilter ? answerMatches(filter.text).data() : nullptr;

    r.facets.resize(dimensions);
    std::vector<std::vector<qint64>> facets(static_cast<size_t>(dimensions));
    std::vector<const quint16 *> codes(static_cast<size_t>(dimensions));
    for (int d = 0; d < dimensions; ++d) {
        facets[size_t(d)].assign(c.dimensions().at(d).values.size() + 1, 0); // last: no value
        codes[size_t(d)] = c.segments(d).data();
    }
    const qsizetype breakdownValues = breakdownDimension >= 0 ? c.dimensions().at(breakdownDimension).values.size() : 0;
    std::vector<std::array<qint64, 3>> breakdown(size_t(breakdownValues) + 1, {0, 0, 0});
    std::vector<std::array<qint64, 3>> periodCounts(size_t(r.periods.size()), {0, 0, 0});
    std::array<qint64, 3> previous{0, 0, 0};
    std::array<qint64, 11> &distribution = r.distribution;
    double csatSum = 0, cesSum = 0;

    const qint8 *scores = c.scores().data();
    const qint32 *days = c.days().data();
    const quint32 *answers = c.answers().data();
    const float *csat = c.hasCsat() ? c.csatColumn().data() : nullptr;
    const float *ces = c.hasCes() ? c.cesColumn().data() : nullptr;
    const quint16 *breakdownCodes = breakdownDimension >= 0 ? codes[size_t(breakdownDimension)] : nullptr;
    const bool allGroups = filter.groups == Filter::AllGroups;
    static constexpr quint8 groupBit[11] = {1, 1, 1, 1, 1, 1, 1, 2, 2, 4, 4};
    static constexpr int groupIndex[11] = {0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2};
    const auto asUnsigned = [](qint32 v) { return quint32(v); };

    for (qsizetype i = 0; i < rows; ++i) {
        const int s = scores[i];
        if (!allGroups && (s < 0 || !(groupBit[s] & filter.groups)))
            continue;
        const quint32 answer = answers[i];
        if (filter.onlyWithAnswer && answer == 0)
            continue;
        if (textFilter && !matches[answer])
            continue;
        const qint32 day = days[i];
        bool inWindow = true;
        if (dated)
            inWindow = day != ResponseCache::NoDay && asUnsigned(day - from) <= asUnsigned(to - from);
        const bool inPrevious = !inWindow && day != ResponseCache::NoDay && day >= previousFrom
                                && day <= previousTo;
        if (!inWindow && !inPrevious)
            continue;
        int failing = 0;
        int failedTest = -1;
        for (size_t t = 0; t < tests.size(); ++t) {
            if (!tests[t].allowed[tests[t].codes[i]]) {
                if (++failing > 1)
                    break;
                failedTest = int(t);
            }
        }
        if (failing > 1)
            continue;
        if (inPrevious) {
            if (failing == 0 && s >= 0)
                ++previous[size_t(groupIndex[s])];
            continue;
        }
        if (failing == 1) {
            const int d = tests[size_t(failedTest)].dimension;
            const quint16 code = codes[size_t(d)][i];
            ++facets[size_t(d)][code == ResponseCache::NoValue ? facets[size_t(d)].size() - 1 : code];
            continue;
        }
        ++r.responses;
        r.withAnswer += answer != 0;
        for (int d = 0; d < dimensions; ++d) {
            const quint16 code = codes[size_t(d)][i];
            ++facets[size_t(d)][code == ResponseCache::NoValue ? facets[size_t(d)].size() - 1 : code];
        }
        if (csat && !std::isnan(csat[i])) {
            csatSum += csat[i];
            ++r.csatCount;
        }
        if (ces && !std::isnan(ces[i])) {
            cesSum += ces[i];
            ++r.cesCount;
        }
        if (s < 0)
            continue;
        ++distribution[size_t(s)];
        const int g = groupIndex[s];
        if (!slotOfDay.empty() && day != ResponseCache::NoDay && asUnsigned(day - from) <= asUnsigned(to - from))
            ++periodCounts[size_t(slotOfDay[size_t(day - from)])][size_t(g)];
        if (breakdownCodes) {
            const quint16 code = breakdownCodes[i];
            ++breakdown[code == ResponseCache::NoValue ? size_t(breakdownValues) : code][size_t(g)];
        }
    }

    auto figures = [](const std::array<qint64, 3> &counts) { return NpsFigures{counts[0], counts[1], counts[2]}; };
    r.overall = NpsFigures{distribution[0] + distribution[1] + distribution[2] + distribution[3]
                               + distribution[4] + distribution[5] + distribution[6],
                           distribution[7] + distribution[8], distribution[9] + distribution[10]};
    r.previous = figures(previous);
    if (r.previousFrom)
        r.change = NpsComparison::compare(r.overall, r.previous);
    for (qsizetype p = 0; p < r.periods.size(); ++p)
        r.periods[p].figures = figures(periodCounts[size_t(p)]);
    for (qsizetype v = 0; v < breakdownValues; ++v) {
        const NpsFigures value = figures(breakdown[size_t(v)]);
        if (value.isEmpty())
            continue;
        BreakdownRow row{quint16(v), c.dimensions().at(breakdownDimension).values.at(v), value, NpsComparison::compare(value, r.overall - value)};
        r.breakdown.append(row);
    }
    for (int d = 0; d < dimensions; ++d)
        r.facets[d] = QList<qint64>(facets[size_t(d)].begin(), facets[size_t(d)].end());
    r.csatMean = r.csatCount ? csatSum / double(r.csatCount) : 0;
    r.cesMean = r.cesCount ? cesSum / double(r.cesCount) : 0;
    return r;
}

std::vector<quint32> Dashboard::matchingRows(const Filter &filter)
{
    std::vector<quint32> result;
    const ResponseCache &c = m_cache;
    const std::vector<SegmentTest> tests = segmentTests(c, filter);
    const bool textFilter = !filter.text.isEmpty();
    const quint8 *matches = textFilter ? answerMatches(filter.text).data() : nullptr;
    const qint32 from = filter.from ? julian(*filter.from) : std::numeric_limits<qint32>::min();
    const qint32 to = filter.to ? julian(*filter.to) : std::numeric_limits<qint32>::max();
    const bool dated = filter.hasDateRange();
    for (qsizetype i = 0; i < c.size(); ++i) {
        if (!filter.acceptsGroupOf(c.score(i)))
            continue;
        const quint32 answer = c.answerIndex(i);
        if ((filter.onlyWithAnswer && answer == 0) || (textFilter && !matches[answer]))
            continue;
        const qint32 day = c.day(i);
        if (dated && (day == ResponseCache::NoDay || day < from || day > to))
            continue;
        bool pass = true;
        for (const SegmentTest &t : tests) {
            if (!t.allowed[t.codes[i]]) {
                pass = false;
                break;
            }
        }
        if (pass)
            result.push_back(quint32(i));
    }
    return result;
}
