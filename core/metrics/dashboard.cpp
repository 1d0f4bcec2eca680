#include "metrics/dashboard.h"

#include "metrics/responsecache.h"
#include "metrics/thememembership.h"

#include <QRunnable>
#include <QSemaphore>
#include <QStringMatcher>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <numeric>
#include <span>

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
        SegmentTest t{it.key(),
                      cache.segments(it.key()).data(),
                      std::vector<quint8>(size_t(ResponseCache::NoValue) + 1, 0)};
        if (cache.isMulti(it.key())) {
            // A combination passes when any of its options is allowed.
            const qsizetype combinations = cache.combinationCount(it.key());
            for (qsizetype combination = 0; combination < combinations; ++combination)
                for (quint16 option : cache.optionsOf(it.key(), quint16(combination)))
                    if (it.value().contains(option))
                        t.allowed[size_t(combination)] = 1;
        } else {
            for (quint16 code : it.value())
                t.allowed[code] = 1;
        }
        tests.push_back(std::move(t));
    }
    return tests;
}

qint32 julian(QDate date)
{
    return qint32(date.toJulianDay());
}

// The threads that share out the queries' chunks (the global pool may be busy with an import).
QThreadPool &queryThreads()
{
    static QThreadPool pool;
    return pool;
}

// The rows split into chunks of a fixed size, shared out over up to `threads` threads (the
// calling one among them) as each becomes free. run(work) calls work(worker, chunk, begin, end)
// once per chunk; worker is 0 … workers() - 1, and no two calls of one worker overlap. A helper
// thread that has not started by the time the calling one ran out of chunks is called off
// instead of waited for, so that a busy machine costs at most the single-thread time.
class RowChunks
{
public:
    RowChunks(qsizetype rows, qsizetype chunkRows, int threads)
        : m_rows(rows)
        , m_chunkRows(std::max<qsizetype>(1, chunkRows))
        , m_count((rows + m_chunkRows - 1) / m_chunkRows)
        , m_workers(int(std::clamp<qsizetype>(m_count, 1, std::max(1, threads))))
    {}

    qsizetype count() const { return m_count; }
    int workers() const { return m_workers; }

    template<typename Work>
    void run(const Work &work) const
    {
        std::atomic<qsizetype> next{0};
        const auto drain = [&](int worker) {
            for (qsizetype chunk = next++; chunk < m_count; chunk = next++)
                work(worker,
                     chunk,
                     chunk * m_chunkRows,
                     std::min(m_rows, (chunk + 1) * m_chunkRows));
        };
        QThreadPool &pool = queryThreads();
        pool.setMaxThreadCount(std::max(pool.maxThreadCount(), m_workers - 1));
        QSemaphore finished;
        std::vector<std::unique_ptr<QRunnable>> helpers;
        for (int worker = 1; worker < m_workers; ++worker) {
            helpers.emplace_back(QRunnable::create([&drain, &finished, worker] {
                drain(worker);
                finished.release();
            }));
            helpers.back()->setAutoDelete(false);
            pool.start(helpers.back().get());
        }
        drain(0);
        int started = 0;
        for (const std::unique_ptr<QRunnable> &helper : helpers)
            started += !pool.tryTake(helper.get());
        finished.acquire(started);
    }

private:
    qsizetype m_rows;
    qsizetype m_chunkRows;
    qsizetype m_count;
    int m_workers;
};

// What one thread of the dashboard query counts.
struct WorkerCounts
{
    bool prepared = false;
    std::vector<quint32> perTuple;           // [combination × 12]: no score, then 0…10
    std::vector<quint32> oneFailing;         // per combination: failing exactly one segment test
    std::vector<std::vector<qint64>> facets; // per dimension, when counted by dimension
    std::vector<std::array<qint64, 3>> breakdown; // per breakdown slot, by group
    std::vector<std::array<qint64, 3>> periodCounts;
    std::array<qint64, 3> previous{0, 0, 0};
    std::array<qint64, 3> restOnly{0, 0, 0}; // by group: passing all but the breakdown's test
    std::array<qint64, 11> distribution{};
    qint64 responses = 0, withAnswer = 0, csatCount = 0, cesCount = 0;
    quint16 singleSlot = 0; // breakdownSlots()' storage for a single-select's slot

    void merge(const WorkerCounts &other)
    {
        const auto add = [](auto &into, const auto &from) {
            for (size_t k = 0; k < from.size(); ++k)
                into[k] += from[k];
        };
        add(perTuple, other.perTuple);
        add(oneFailing, other.oneFailing);
        for (size_t d = 0; d < other.facets.size(); ++d)
            add(facets[d], other.facets[d]);
        for (size_t k = 0; k < other.breakdown.size(); ++k)
            add(breakdown[k], other.breakdown[k]);
        for (size_t k = 0; k < other.periodCounts.size(); ++k)
            add(periodCounts[k], other.periodCounts[k]);
        add(previous, other.previous);
        add(restOnly, other.restOnly);
        add(distribution, other.distribution);
        responses += other.responses;
        withAnswer += other.withAnswer;
        csatCount += other.csatCount;
        cesCount += other.cesCount;
    }
};

// The CSAT and CES sums of one chunk (floating point: added in chunk order).
struct ChunkSums
{
    double csat = 0, ces = 0;
};

constexpr int groupIndex[11] = {0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2};

// What a chunk counts besides the segments, kept apart from the worker's arrays so that the
// compiler keeps it in registers.
struct Tally
{
    qint64 withAnswer = 0, csatCount = 0, cesCount = 0;
    double csat = 0, ces = 0;
    std::array<qint64, 3> *periods; // by period slot, by group

    void addTo(WorkerCounts &n, ChunkSums &sum) const
    {
        n.withAnswer += withAnswer;
        n.csatCount += csatCount;
        n.cesCount += cesCount;
        sum.csat = csat;
        sum.ces = ces;
    }
};

// Adds a passing response's CSAT or CES score (NaN: none) to a sum and its count, without a
// branch on the row (its outcome is random: a mispredicted branch costs more than the add).
inline void addScore(double &sum, qint64 &count, bool pass, float score)
{
    const bool counted = pass && !std::isnan(score);
    sum = counted ? sum + score : sum;
    count += counted;
}

enum Place { Skip, Current, Previous };

// The query's tests of a row, but the segments': groups, open answer, text and dates. A plain
// value that each chunk copies, so that its loop reads none of it through memory another thread
// could write.
struct RowFilter
{
    const qint8 *scores;
    const qint32 *days;
    const quint32 *answers;
    const float *csat, *ces;   // null without the column
    const quint8 *matches;     // per answer: contains the search text (null: no text)
    const quint8 *themed;      // per row: carries the theme (null: no theme)
    const qint32 *periodOfDay; // day - from → period slot (null: no periods)
    qint32 from, to, previousFrom, previousTo;
    std::array<quint8, 12> scoreOk; // by score + 1: the groups and the exact scores
    bool allScores, onlyWithAnswer, textFilter, dated;

    Place place(qsizetype i) const
    {
        const int slot = scores[i] + 1;
        if (!allScores && !scoreOk[size_t(slot)])
            return Skip;
        const quint32 answer = answers[i];
        if ((onlyWithAnswer && answer == 0) || (textFilter && !matches[answer]))
            return Skip;
        if (themed && !themed[i])
            return Skip;
        if (!dated)
            return Current;
        const qint32 day = days[i];
        if (day == ResponseCache::NoDay)
            return Skip;
        if (day >= from && day <= to)
            return Current;
        return day >= previousFrom && day <= previousTo ? Previous : Skip;
    }

    // What a passing response adds besides its segment counts.
    void count(Tally &tally, qsizetype i, int s) const
    {
        tally.withAnswer += answers[i] != 0;
        if (csat && !std::isnan(csat[i])) {
            tally.csat += csat[i];
            ++tally.csatCount;
        }
        if (ces && !std::isnan(ces[i])) {
            tally.ces += ces[i];
            ++tally.cesCount;
        }
        const qint32 day = days[i];
        if (s >= 0 && periodOfDay && day != ResponseCache::NoDay && day >= from && day <= to)
            ++tally.periods[size_t(periodOfDay[size_t(day - from)])][size_t(groupIndex[s])];
    }
};

} // namespace

Dashboard::Dashboard(const ResponseCache &cache)
    : m_cache(cache)
    , m_threads(std::max(1, QThread::idealThreadCount()))
{}

void Dashboard::setThreads(int threads)
{
    m_threads = std::max(1, threads);
}

void Dashboard::setChunkRows(qsizetype rows)
{
    m_chunkRows = std::max<qsizetype>(1, rows);
}

const std::vector<quint8> &Dashboard::answerMatches(const QString &text)
{
    if (text == m_matchedText && !m_matches.empty())
        return m_matches;
    const AnswerTexts &answers = m_cache.answerTexts();
    // Typing on: an answer that contains the longer text contains the shorter one, so only
    // the answers that matched it are read again.
    const bool narrower = m_matches.size() == size_t(answers.size()) && !m_matchedText.isEmpty()
                          && text.contains(m_matchedText, Qt::CaseInsensitive);
    if (!narrower)
        m_matches.assign(size_t(answers.size()), 1);
    if (!m_matches.empty())
        m_matches[0] = 0; // no answer
    const QStringMatcher matcher(text, Qt::CaseInsensitive);
    // Nearly every answer is a text of its own: the dictionary is as long as a column.
    RowChunks(answers.size(), m_chunkRows / 4, m_threads)
        .run([&](int, qsizetype, qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                if (m_matches[size_t(i)])
                    m_matches[size_t(i)] = matcher.indexIn(answers.at(i)) >= 0;
            }
        });
    m_matchedText = text;
    return m_matches;
}

const quint8 *Dashboard::themeMatches(const Filter &filter)
{
    const QList<int> chosen = filter.validThemes();
    if (chosen.isEmpty())
        return nullptr;
    if (filter.themeMembership != m_themeSource || chosen != m_themeMatched) {
        m_themeRows.assign(size_t(m_cache.size()), 0);
        for (int theme : chosen) {
            for (quint32 row : filter.themeMembership->rows(theme)) {
                if (row < m_themeRows.size())
                    m_themeRows[row] = 1;
            }
        }
        m_themeSource = filter.themeMembership;
        m_themeMatched = chosen;
    }
    return m_themeRows.data();
}

// The responses per combination of segment values (the cache's tuples), month and score: a
// query that tests nothing else counts these instead of a million rows.
struct Dashboard::Cells
{
    static constexpr size_t Slots = 12; // per month: no score, then 0…10
    int firstMonth = 0;                 // Period index of the cache's first month
    size_t months = 0;                  // its months to the last, then one for "no day"
    std::vector<quint32> count;         // [(tuple × months + month) × Slots + score + 1]
    std::vector<quint32> answered;      // of those, with an answer to the question
    // When every CSAT (CES) score is a whole number, their sums and counts too: sums of whole
    // numbers are exact in any order, so these give the very sums of the rows. Else empty, and
    // the query adds them row by row.
    std::vector<qint64> csatSum, cesSum;
    std::vector<quint32> csatCount, cesCount;

    bool holdsCsat() const { return !csatSum.empty(); }
    bool holdsCes() const { return !cesSum.empty(); }
};

const Dashboard::Cells *Dashboard::cells(const std::vector<quint32> &answers)
{
    if (!m_cellCounts || !m_cache.hasTuples())
        return nullptr;
    if (m_cellsAnswers != answers.data()) {
        m_cells.reset();
        m_cellsAnswers = answers.data();
        m_cellsAsked = 0;
    }
    if (++m_cellsAsked == 2)
        m_cells = buildCells(answers);
    return m_cells.get();
}

std::shared_ptr<const Dashboard::Cells>
Dashboard::buildCells(const std::vector<quint32> &answers) const
{
    const ResponseCache &c = m_cache;
    const qint32 first = c.firstDay(), last = c.lastDay();
    auto cells = std::make_shared<Cells>();
    std::vector<quint32> monthOfDay; // day - first → month slot
    if (first != ResponseCache::NoDay && last >= first) {
        cells->firstMonth = Period::containingJulianDay(first, Granularity::Month).index;
        monthOfDay.resize(size_t(last - first) + 1);
        for (qint32 d = first; d <= last; ++d)
            monthOfDay[size_t(d - first)] = quint32(
                Period::containingJulianDay(d, Granularity::Month).index - cells->firstMonth);
        cells->months = monthOfDay.back() + 1;
    }
    const size_t undated = cells->months++;
    const size_t size = size_t(c.tupleCount()) * cells->months * Cells::Slots;
    // Worth it only when far fewer than the rows, and kept small: each thread counts into cells
    // of its own (up to 32 bytes each with CSAT and CES), so a million at most.
    if (size > size_t(c.size()) / 8 || size > (size_t(1) << 20))
        return nullptr;
    // Whole numbers, and small enough that no sum of them leaves a double's exact range.
    const auto wholeNumbers = [](const std::vector<float> &column) {
        return !column.empty() && std::all_of(column.begin(), column.end(), [](float v) {
            return std::isnan(v) || (std::abs(v) < 1e6f && std::nearbyint(v) == v);
        });
    };
    const bool csatSums = wholeNumbers(c.csatColumn()), cesSums = wholeNumbers(c.cesColumn());
    struct Counts
    {
        std::vector<quint32> count, answered, csatCount, cesCount;
        std::vector<qint64> csatSum, cesSum;
    };
    // At most 64 MB of them, however many cores.
    const size_t cellBytes = 8 + (csatSums ? 12 : 0) + (cesSums ? 12 : 0);
    const int threads
        = int(std::clamp<size_t>((size_t(64) << 20) / (size * cellBytes), 1, size_t(m_threads)));
    const RowChunks chunks(c.size(), m_chunkRows, threads);
    std::vector<Counts> counts(size_t(chunks.workers()));
    std::atomic_bool outside{false};
    const quint32 *tupleOf = c.tuples().data();
    const qint8 *scoreOf = c.scores().data();
    const qint32 *dayOf = c.days().data();
    const quint32 *answerOf = answers.data();
    const float *csatOf = csatSums ? c.csatColumn().data() : nullptr;
    const float *cesOf = cesSums ? c.cesColumn().data() : nullptr;
    const auto span = quint32(monthOfDay.size());
    const size_t months = cells->months;
    chunks.run([&](int worker, qsizetype, qsizetype begin, qsizetype end) {
        Counts &n = counts[size_t(worker)];
        if (n.count.empty()) {
            n.count.assign(size, 0);
            n.answered.assign(size, 0);
            if (csatOf) {
                n.csatCount.assign(size, 0);
                n.csatSum.assign(size, 0);
            }
            if (cesOf) {
                n.cesCount.assign(size, 0);
                n.cesSum.assign(size, 0);
            }
        }
        bool out = false;
        for (qsizetype i = begin; i < end; ++i) {
            const qint32 day = dayOf[i];
            const quint32 offset = quint32(day) - quint32(first);
            size_t month = undated;
            if (day != ResponseCache::NoDay) {
                out |= offset >= span;
                month = offset < span ? monthOfDay[offset] : undated;
            }
            const size_t k
                = (size_t(tupleOf[i]) * months + month) * Cells::Slots + size_t(scoreOf[i] + 1);
            ++n.count[k];
            n.answered[k] += answerOf[i] != 0;
            if (csatOf && !std::isnan(csatOf[i])) {
                ++n.csatCount[k];
                n.csatSum[k] += qint64(csatOf[i]);
            }
            if (cesOf && !std::isnan(cesOf[i])) {
                ++n.cesCount[k];
                n.cesSum[k] += qint64(cesOf[i]);
            }
        }
        if (out)
            outside = true;
    });
    if (outside) // a day outside the cache's first and last: not counted as the rows are
        return nullptr;
    const auto add = [size](auto &into, const auto &from) {
        if (from.empty())
            return;
        into.resize(size);
        for (size_t k = 0; k < size; ++k)
            into[k] += from[k];
    };
    cells->count.assign(size, 0);
    cells->answered.assign(size, 0);
    for (const Counts &n : counts) {
        add(cells->count, n.count);
        add(cells->answered, n.answered);
        add(cells->csatCount, n.csatCount);
        add(cells->csatSum, n.csatSum);
        add(cells->cesCount, n.cesCount);
        add(cells->cesSum, n.cesSum);
    }
    return cells;
}

DashboardResult Dashboard::compute(const Filter &filter,
                                   int breakdownDimension,
                                   BreakdownScope scope,
                                   std::vector<quint8> *matching)
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
        // Whole months (a quarter, a year…) compare with as many months before; any other
        // window with as many days before.
        const QDate first = QDate::fromJulianDay(from), last = QDate::fromJulianDay(to);
        previousTo = from - 1;
        if (first.day() == 1 && last.addDays(1).day() == 1) {
            const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
            previousFrom = julian(first.addMonths(-months));
        } else {
            previousFrom = from - (to - from + 1);
        }
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
        slotOfDay.resize(size_t(to - from) + 1);
        for (qint32 d = from; d <= to; ++d)
            slotOfDay[size_t(d - from)]
                = Period::containingJulianDay(d, filter.granularity).index - firstPeriod;
    }

    const std::vector<SegmentTest> tests = segmentTests(c, filter);
    const bool textFilter = !filter.text.isEmpty();
    const quint8 *matches = textFilter ? answerMatches(filter.text).data() : nullptr;
    const quint8 *themed = themeMatches(filter);

    // Facets and breakdown have one slot per value plus a last one for "no value".
    std::vector<quint16> noValueSlot(static_cast<size_t>(dimensions));
    for (int d = 0; d < dimensions; ++d)
        noValueSlot[size_t(d)] = quint16(c.dimensions().at(d).values.size());
    const auto slotOf = [&noValueSlot](int d, quint16 code) {
        return std::min(code, noValueSlot[size_t(d)]);
    };
    std::vector<quint8> multi(static_cast<size_t>(dimensions), 0);
    for (int d = 0; d < dimensions; ++d)
        multi[size_t(d)] = c.isMulti(d);
    // Adds n to a dimension's slots for a code: its value's, or a multi-select's options'.
    const auto addFacet
        = [&](std::vector<std::vector<qint64>> &facets, int d, quint16 code, qint64 n) {
              std::vector<qint64> &bins = facets[size_t(d)];
              if (!multi[size_t(d)]) {
                  bins[slotOf(d, code)] += n;
                  return;
              }
              const std::span<const quint16> options = c.optionsOf(d, code);
              if (options.empty())
                  bins[noValueSlot[size_t(d)]] += n;
              for (quint16 option : options)
                  bins[slotOf(d, option)] += n;
          };
    const qsizetype breakdownValues
        = breakdownDimension >= 0 ? c.dimensions().at(breakdownDimension).values.size() : 0;
    const bool multiBreakdown = breakdownDimension >= 0 && multi[size_t(breakdownDimension)];
    r.breakdownIsMulti = multiBreakdown;
    // The breakdown slots a code counts in (`single` holds a single-select's one slot).
    const auto breakdownSlots = [&](quint16 code, quint16 &single) -> std::span<const quint16> {
        if (multiBreakdown)
            return c.optionsOf(breakdownDimension, code);
        single = slotOf(breakdownDimension, code);
        return {&single, 1};
    };
    const qint8 *scores = c.scores().data();
    const qint32 *days = c.days().data();
    const quint32 *answers = c.answers(filter.question).data();
    const float *csat = c.hasCsat() ? c.csatColumn().data() : nullptr;
    const float *ces = c.hasCes() ? c.cesColumn().data() : nullptr;
    RowFilter rowFilter{scores,
                        days,
                        answers,
                        csat,
                        ces,
                        matches,
                        themed,
                        nullptr,
                        from,
                        to,
                        previousFrom,
                        previousTo,
                        {},
                        !filter.restrictsScores(),
                        filter.onlyWithAnswer,
                        textFilter,
                        dated};
    for (int slot = 0; slot < 12; ++slot)
        rowFilter.scoreOk[size_t(slot)] = filter.acceptsScore(slot - 1);
    rowFilter.periodOfDay = slotOfDay.empty() ? nullptr : slotOfDay.data();
    // The rows are counted in chunks, on as many threads as the query may use: each thread
    // counts into its own WorkerCounts, merged afterwards; the sums of the CSAT and CES scores
    // are kept per chunk and added in chunk order, so that no figure depends on the threads.
    const bool byTuple = c.hasTuples();
    if (matching)
        matching->resize(size_t(rows)); // each chunk writes its own range, zeros first
    quint8 *flags = matching ? matching->data() : nullptr;
    const auto tupleCount = byTuple ? size_t(c.tupleCount()) : 0;
    constexpr size_t Slots = 12; // per combination: no score, then 0…10
    // By score slot: 0 when the score passes, 2 (as two failed segment tests) when it fails.
    std::array<quint8, Slots> scoreFailing{};
    for (size_t k = 0; k < Slots; ++k)
        scoreFailing[k] = rowFilter.allScores || rowFilter.scoreOk[k] ? 0 : 2;
    const RowChunks chunks(rows, m_chunkRows, m_threads);
    std::vector<WorkerCounts> workers(size_t(chunks.workers()));
    std::vector<ChunkSums> sums(size_t(chunks.count()));
    const auto prepare = [&](WorkerCounts &n) {
        n.periodCounts.assign(size_t(r.periods.size()), {0, 0, 0});
        if (byTuple) {
            n.perTuple.assign(tupleCount * Slots, 0);
            n.oneFailing.assign(tupleCount, 0);
            return;
        }
        n.facets.resize(size_t(dimensions));
        for (int d = 0; d < dimensions; ++d)
            n.facets[size_t(d)].assign(size_t(noValueSlot[size_t(d)]) + 1, 0);
        n.breakdown.assign(size_t(breakdownValues) + 1, {0, 0, 0});
    };
    // The breakdown under the rest of the filter: the responses that fail only the test on
    // its dimension count in its rows too (and in the rest that each row is compared with).
    const bool breakdownOfRest = scope == BreakdownScope::RestOfFilter && breakdownDimension >= 0;
    // Per combination of segment values: how many of its segment tests it fails (0, 1 or 2
    // for more), the dimension of the last, and whether that is all it fails for the breakdown
    // of the rest.
    std::vector<quint8> failing(tupleCount, 0);
    std::vector<qint16> failedDimension(tupleCount, -1);
    std::vector<quint8> failsOnBreakdown(tupleCount, 0);
    for (size_t t = 0; t < tupleCount; ++t) {
        for (const SegmentTest &test : tests) {
            if (!test.allowed[c.tupleCodes(qsizetype(t))[test.dimension]]) {
                failing[t] = quint8(std::min(failing[t] + 1, 2));
                failedDimension[t] = qint16(test.dimension);
            }
        }
        failsOnBreakdown[t]
            = breakdownOfRest && failing[t] == 1 && failedDimension[t] == breakdownDimension;
    }
    // Count per combination of segment values, then spread over the dimensions: one counter
    // per response instead of one per dimension.
    // Instantiated with and without match flags: a byte store in the loop would make the
    // compiler read every counter from memory again after it.
    const auto countByTuple
        = [&](WorkerCounts &n, ChunkSums &sum, qsizetype begin, qsizetype end, auto withFlags) {
              const RowFilter rowsOf = rowFilter; // a copy of its own: kept in registers
              const quint32 *tupleOf = c.tuples().data();
              const quint8 *failingOf = failing.data();
              const quint8 *onlyOnBreakdown = failsOnBreakdown.data();
              quint8 *flagOf = flags;
              const qint8 *scoreOf = scores;
              quint32 *perTuple = n.perTuple.data();
              quint32 *oneFailing = n.oneFailing.data();
              Tally tally{.periods = n.periodCounts.data()};
              std::array<qint64, 3> previous{0, 0, 0};
              for (qsizetype i = begin; i < end; ++i) {
                  const Place p = rowsOf.place(i);
                  if (p == Skip)
                      continue;
                  const quint32 t = tupleOf[i];
                  const int fails = failingOf[t];
                  if (fails > 1)
                      continue;
                  const int s = scoreOf[i];
                  if (p == Previous) {
                      if (fails == 0 && s >= 0)
                          ++previous[size_t(groupIndex[s])];
                      continue;
                  }
                  if (fails == 1) {
                      ++oneFailing[t];
                      if (onlyOnBreakdown[t])
                          ++perTuple[t * Slots + size_t(s + 1)];
                      continue;
                  }
                  ++perTuple[t * Slots + size_t(s + 1)];
                  rowsOf.count(tally, i, s);
                  if constexpr (decltype(withFlags)::value)
                      flagOf[i] = 1;
              }
              tally.addTo(n, sum);
              for (size_t g = 0; g < 3; ++g)
                  n.previous[g] += previous[g];
          };
    // No test of a row but its segments' and its score (no dates, text, theme or "with
    // answer"): the common case, the whole data, clicked bars and groups, counted by a loop of
    // its own without a branch on the row (its outcome is random: a mispredicted branch costs
    // more than the counts), every counter in a register or a local array. A row that fails
    // its score fails as two segment tests would. The periods are counted by score slot and
    // folded into groups per chunk.
    const bool onlySegments = byTuple && !rowFilter.onlyWithAnswer && !rowFilter.textFilter
                              && !rowFilter.themed && !rowFilter.dated;
    const bool everything = tests.empty() && rowFilter.allScores;
    const auto countOnlySegments = [&](WorkerCounts &n,
                                       ChunkSums &sum,
                                       qsizetype begin,
                                       qsizetype end,
                                       auto withFlags,
                                       auto everything) {
        const quint32 *tupleOf = c.tuples().data();
        const quint8 *failingOf = failing.data();
        const quint8 *onlyOnBreakdown = failsOnBreakdown.data();
        const qint8 *scoreOf = scores;
        const quint32 *answerOf = answers;
        const float *csatOf = csat;
        const float *cesOf = ces;
        const qint32 *dayOf = days;
        const bool hasPeriods = rowFilter.periodOfDay != nullptr;
        static constexpr qint32 noPeriod = 0;
        const qint32 *periodOf = hasPeriods ? rowFilter.periodOfDay : &noPeriod;
        const qint32 first = from;
        const auto span = quint32(hasPeriods ? to - from : 0);
        const std::array<quint8, Slots> scoreFails = scoreFailing; // a copy of its own, local
        quint8 *flagOf = flags;
        quint32 *perTuple = n.perTuple.data();
        quint32 *oneFailing = n.oneFailing.data();
        std::vector<quint32> periodSlots(std::max<size_t>(1, size_t(r.periods.size())) * Slots, 0);
        quint32 *periodSlot = periodSlots.data();
        qint64 withAnswer = 0, csatCount = 0, cesCount = 0;
        double csatSum = 0, cesSum = 0;
        for (qsizetype i = begin; i < end; ++i) {
            const quint32 t = tupleOf[i];
            const auto slot = size_t(scoreOf[i] + 1);
            // Every row passes (no criterion at all): the constants fold the counts.
            const unsigned fails
                = decltype(everything)::value ? 0 : unsigned(failingOf[t]) | scoreFails[slot];
            const quint32 pass = fails == 0;
            const quint32 one = fails == 1;
            perTuple[t * Slots + slot] += pass | (one & onlyOnBreakdown[t]);
            oneFailing[t] += one;
            withAnswer += pass & quint32(answerOf[i] != 0);
            if (csatOf)
                addScore(csatSum, csatCount, pass, csatOf[i]);
            if (cesOf)
                addScore(cesSum, cesCount, pass, cesOf[i]);
            const qint32 day = dayOf[i];
            const quint32 offset = quint32(day) - quint32(first);
            const bool inPeriod
                = pass && hasPeriods && day != ResponseCache::NoDay && offset <= span;
            periodSlot[size_t(periodOf[inPeriod ? offset : 0]) * Slots + slot] += inPeriod;
            if constexpr (decltype(withFlags)::value)
                flagOf[i] = quint8(pass);
        }
        n.withAnswer += withAnswer;
        n.csatCount += csatCount;
        n.cesCount += cesCount;
        sum.csat = csatSum;
        sum.ces = cesSum;
        for (size_t p = 0; p < n.periodCounts.size(); ++p)
            for (int score = 0; score <= 10; ++score)
                n.periodCounts[p][size_t(groupIndex[score])]
                    += periodSlot[p * Slots + size_t(score + 1)];
    };
    // Too many combinations to count them: count per dimension.
    std::vector<const quint16 *> codes(static_cast<size_t>(dimensions));
    for (int d = 0; d < dimensions; ++d)
        codes[size_t(d)] = c.segments(d).data();
    const auto countByDimension
        = [&](WorkerCounts &n, ChunkSums &sum, qsizetype begin, qsizetype end) {
              // Local counters: the compiler keeps them in registers (n's would alias the arrays).
              std::array<qint64, 3> previous{0, 0, 0};
              std::array<qint64, 11> distribution{};
              qint64 responses = 0;
              Tally tally{.periods = n.periodCounts.data()};
              const RowFilter rowsOf = rowFilter; // a copy of its own: kept in registers
              quint8 *flagOf = flags;
              const int dims = dimensions;
              const int byValue = breakdownDimension;
              const bool ofRest = breakdownOfRest;
              const quint16 *const *codesOf = codes.data();
              const quint8 *multiOf = multi.data();
              const qint8 *scoreOf = scores;
              for (qsizetype i = begin; i < end; ++i) {
                  const Place p = rowsOf.place(i);
                  if (p == Skip)
                      continue;
                  int failingTests = 0;
                  int failedTest = -1;
                  for (size_t t = 0; t < tests.size() && failingTests < 2; ++t) {
                      if (!tests[t].allowed[tests[t].codes[i]]) {
                          ++failingTests;
                          failedTest = int(t);
                      }
                  }
                  if (failingTests > 1)
                      continue;
                  const int s = scoreOf[i];
                  if (p == Previous) {
                      if (failingTests == 0 && s >= 0)
                          ++previous[size_t(groupIndex[s])];
                      continue;
                  }
                  if (failingTests == 1) {
                      const int d = tests[size_t(failedTest)].dimension;
                      addFacet(n.facets, d, codesOf[d][i], 1);
                      if (ofRest && d == byValue && s >= 0) {
                          for (quint16 slot : breakdownSlots(codesOf[d][i], n.singleSlot))
                              ++n.breakdown[slot][size_t(groupIndex[s])];
                          ++n.restOnly[size_t(groupIndex[s])];
                      }
                      continue;
                  }
                  ++responses;
                  for (int d = 0; d < dims; ++d) {
                      if (multiOf[d])
                          addFacet(n.facets, d, codesOf[d][i], 1);
                      else
                          ++n.facets[size_t(d)][slotOf(d, codesOf[d][i])];
                  }
                  rowsOf.count(tally, i, s);
                  if (flagOf)
                      flagOf[i] = 1;
                  if (s < 0)
                      continue;
                  ++distribution[size_t(s)];
                  if (byValue >= 0)
                      for (quint16 slot : breakdownSlots(codesOf[byValue][i], n.singleSlot))
                          ++n.breakdown[slot][size_t(groupIndex[s])];
              }
              tally.addTo(n, sum);
              n.responses += responses;
              for (size_t g = 0; g < 3; ++g)
                  n.previous[g] += previous[g];
              for (size_t s = 0; s < distribution.size(); ++s)
                  n.distribution[s] += distribution[s];
          };
    // Asked again with only segments and scores to test: the counts come from the cells, and
    // the rows are read only for what cells do not hold (the flags; the CSAT and CES sums,
    // added row by row and chunk by chunk as above, so that they round as they would).
    const Cells *cube = onlySegments ? cells(c.answers(filter.question)) : nullptr;
    m_countedCells = cube != nullptr;
    std::array<qint64, 2> cellSums{0, 0}; // CSAT and CES, when the cells hold them
    const auto countCells = [&](WorkerCounts &n, const Cells &cells) {
        std::vector<qint32> periodOfMonth(cells.months, -1); // the last: no day
        if (rowFilter.periodOfDay) {
            for (size_t m = 0; m + 1 < cells.months; ++m) {
                const int month = cells.firstMonth + int(m);
                const QDate day(month / 12, month % 12 + 1, 1);
                periodOfMonth[m]
                    = Period::containingJulianDay(julian(day), filter.granularity).index
                      - firstPeriod;
            }
        }
        for (size_t t = 0; t < tupleCount; ++t) {
            const unsigned tupleFails = failing[t];
            const bool onBreakdown = failsOnBreakdown[t];
            for (size_t m = 0; m < cells.months; ++m) {
                const size_t at = (t * cells.months + m) * Slots;
                const qint32 period = periodOfMonth[m];
                for (size_t slot = 0; slot < Slots; ++slot) {
                    const quint32 count = cells.count[at + slot];
                    if (count == 0)
                        continue;
                    const unsigned fails = tupleFails | scoreFailing[slot];
                    if (fails == 1) {
                        n.oneFailing[t] += count;
                        if (onBreakdown)
                            n.perTuple[t * Slots + slot] += count;
                    }
                    if (fails != 0)
                        continue;
                    n.perTuple[t * Slots + slot] += count;
                    n.withAnswer += cells.answered[at + slot];
                    if (cells.holdsCsat()) {
                        n.csatCount += cells.csatCount[at + slot];
                        cellSums[0] += cells.csatSum[at + slot];
                    }
                    if (cells.holdsCes()) {
                        n.cesCount += cells.cesCount[at + slot];
                        cellSums[1] += cells.cesSum[at + slot];
                    }
                    if (period >= 0 && slot > 0)
                        n.periodCounts[size_t(period)][size_t(groupIndex[slot - 1])] += count;
                }
            }
        }
    };
    if (cube) {
        WorkerCounts &n = workers[0];
        prepare(n);
        n.prepared = true;
        countCells(n, *cube);
        const float *rowCsat = cube->holdsCsat() ? nullptr : csat;
        const float *rowCes = cube->holdsCes() ? nullptr : ces;
        if (flags || rowCsat || rowCes) {
            std::vector<quint8> passes(tupleCount * Slots);
            for (size_t t = 0; t < tupleCount; ++t)
                for (size_t k = 0; k < Slots; ++k)
                    passes[t * Slots + k] = (failing[t] | scoreFailing[k]) == 0;
            std::vector<std::array<qint64, 2>> counted(workers.size(), {0, 0});
            chunks.run([&](int worker, qsizetype chunk, qsizetype begin, qsizetype end) {
                const quint32 *tupleOf = c.tuples().data();
                const qint8 *scoreOf = scores;
                const quint8 *passOf = passes.data();
                const float *csatOf = rowCsat;
                const float *cesOf = rowCes;
                quint8 *flagOf = flags;
                qint64 csatCount = 0, cesCount = 0;
                double csatSum = 0, cesSum = 0;
                for (qsizetype i = begin; i < end; ++i) {
                    const quint8 pass = passOf[size_t(tupleOf[i]) * Slots + size_t(scoreOf[i] + 1)];
                    if (flagOf)
                        flagOf[i] = pass;
                    if (csatOf)
                        addScore(csatSum, csatCount, pass != 0, csatOf[i]);
                    if (cesOf)
                        addScore(cesSum, cesCount, pass != 0, cesOf[i]);
                }
                counted[size_t(worker)][0] += csatCount;
                counted[size_t(worker)][1] += cesCount;
                sums[size_t(chunk)] = {csatSum, cesSum};
            });
            for (const auto &[csatCount, cesCount] : counted) {
                n.csatCount += csatCount;
                n.cesCount += cesCount;
            }
        }
    } else
        chunks.run([&](int worker, qsizetype chunk, qsizetype begin, qsizetype end) {
            if (flags)
                std::fill(flags + begin, flags + end, quint8(0));
            WorkerCounts &n = workers[size_t(worker)];
            if (!n.prepared) {
                prepare(n);
                n.prepared = true;
            }
            if (onlySegments && everything && flags)
                countOnlySegments(
                    n, sums[size_t(chunk)], begin, end, std::true_type{}, std::true_type{});
            else if (onlySegments && everything)
                countOnlySegments(
                    n, sums[size_t(chunk)], begin, end, std::false_type{}, std::true_type{});
            else if (onlySegments && flags)
                countOnlySegments(
                    n, sums[size_t(chunk)], begin, end, std::true_type{}, std::false_type{});
            else if (onlySegments)
                countOnlySegments(
                    n, sums[size_t(chunk)], begin, end, std::false_type{}, std::false_type{});
            else if (byTuple && flags)
                countByTuple(n, sums[size_t(chunk)], begin, end, std::true_type{});
            else if (byTuple)
                countByTuple(n, sums[size_t(chunk)], begin, end, std::false_type{});
            else
                countByDimension(n, sums[size_t(chunk)], begin, end);
        });

    // The workers' counts merged, in worker order (integer sums: any order gives the same).
    WorkerCounts all;
    prepare(all);
    for (const WorkerCounts &n : workers) {
        if (!n.prepared)
            continue;
        all.merge(n);
    }
    std::array<qint64, 11> distribution = all.distribution;
    std::array<qint64, 3> previous = all.previous;
    qint64 responses = all.responses;
    std::vector<std::vector<qint64>> &facets = all.facets;
    if (byTuple) {
        facets.resize(size_t(dimensions));
        for (int d = 0; d < dimensions; ++d)
            facets[size_t(d)].assign(size_t(noValueSlot[size_t(d)]) + 1, 0);
        all.breakdown.assign(size_t(breakdownValues) + 1, {0, 0, 0});
        for (size_t t = 0; t < tupleCount; ++t) {
            const quint16 *tupleCodes = c.tupleCodes(qsizetype(t));
            if (all.oneFailing[t])
                addFacet(
                    facets, failedDimension[t], tupleCodes[failedDimension[t]], all.oneFailing[t]);
            const quint32 *counts = &all.perTuple[t * Slots];
            qint64 total = 0;
            for (size_t k = 0; k < Slots; ++k)
                total += counts[k];
            if (total == 0)
                continue;
            if (failsOnBreakdown[t]) {
                for (quint16 slot :
                     breakdownSlots(tupleCodes[breakdownDimension], all.singleSlot)) {
                    auto &b = all.breakdown[slot];
                    for (int score = 0; score <= 10; ++score)
                        b[size_t(groupIndex[score])] += counts[score + 1];
                }
                for (int score = 0; score <= 10; ++score)
                    all.restOnly[size_t(groupIndex[score])] += counts[score + 1];
                continue;
            }
            responses += total;
            for (int d = 0; d < dimensions; ++d)
                addFacet(facets, d, tupleCodes[d], total);
            for (int score = 0; score <= 10; ++score)
                distribution[size_t(score)] += counts[score + 1];
            if (breakdownDimension >= 0) {
                for (quint16 slot :
                     breakdownSlots(tupleCodes[breakdownDimension], all.singleSlot)) {
                    auto &b = all.breakdown[slot];
                    for (int score = 0; score <= 10; ++score)
                        b[size_t(groupIndex[score])] += counts[score + 1];
                }
            }
        }
    }
    const std::vector<std::array<qint64, 3>> &breakdown = all.breakdown;
    const std::vector<std::array<qint64, 3>> &periodCounts = all.periodCounts;
    auto csatSum = double(cellSums[0]);
    auto cesSum = double(cellSums[1]);
    for (const ChunkSums &sum : sums) {
        csatSum += sum.csat;
        cesSum += sum.ces;
    }
    r.csatCount = all.csatCount;
    r.cesCount = all.cesCount;
    const qint64 withAnswer = all.withAnswer;
    r.distribution = distribution;
    r.responses = responses;
    r.withAnswer = withAnswer;

    auto figures = [](const std::array<qint64, 3> &counts) {
        return NpsFigures{counts[0], counts[1], counts[2]};
    };
    r.overall = NpsFigures{distribution[0] + distribution[1] + distribution[2] + distribution[3]
                               + distribution[4] + distribution[5] + distribution[6],
                           distribution[7] + distribution[8],
                           distribution[9] + distribution[10]};
    r.previous = figures(previous);
    if (r.previousFrom)
        r.change = NpsComparison::compare(r.overall, r.previous);
    for (qsizetype p = 0; p < r.periods.size(); ++p)
        r.periods[p].figures = figures(periodCounts[size_t(p)]);
    const NpsFigures rest = r.overall + figures(all.restOnly); // what the breakdown covers
    for (qsizetype v = 0; v < breakdownValues; ++v) {
        const NpsFigures value = figures(breakdown[size_t(v)]);
        if (value.isEmpty())
            continue;
        BreakdownRow row{quint16(v),
                         c.dimensions().at(breakdownDimension).values.at(v),
                         value,
                         NpsComparison::compare(value, rest - value)};
        r.breakdown.append(row);
    }
    r.facets.resize(dimensions);
    for (int d = 0; d < dimensions; ++d)
        r.facets[d] = QList<qint64>(facets[size_t(d)].begin(), facets[size_t(d)].end());
    r.csatMean = r.csatCount ? csatSum / double(r.csatCount) : 0;
    r.cesMean = r.cesCount ? cesSum / double(r.cesCount) : 0;
    return r;
}

std::vector<quint32> Dashboard::matchingRows(const Filter &filter,
                                             const std::vector<quint32> *order)
{
    const std::vector<quint8> pass = matchFlags(filter);
    std::vector<quint32> result;
    result.reserve(pass.size() / 4);
    for (size_t k = 0; k < pass.size(); ++k) {
        const quint32 i = order ? (*order)[k] : quint32(k);
        if (pass[i])
            result.push_back(i);
    }
    return result;
}

std::vector<quint8> Dashboard::matchFlags(const Filter &filter, qint64 *count)
{
    const ResponseCache &c = m_cache;
    const auto rows = size_t(c.size());
    const std::vector<SegmentTest> tests = segmentTests(c, filter);
    const bool textFilter = !filter.text.isEmpty();
    const quint8 *matches = textFilter ? answerMatches(filter.text).data() : nullptr;
    const quint8 *themed = themeMatches(filter);
    const qint32 from = filter.from ? julian(*filter.from) : std::numeric_limits<qint32>::min();
    const qint32 to = filter.to ? julian(*filter.to) : std::numeric_limits<qint32>::max();
    const bool dated = filter.hasDateRange();
    quint8 groupOk[12]; // by score + 1: the groups and the exact scores
    for (int s = -1; s <= 10; ++s)
        groupOk[s + 1] = filter.acceptsScore(s);
    // Which combinations of segment values pass, when the cache has them.
    std::vector<quint8> tuplePasses;
    if (c.hasTuples() && !tests.empty()) {
        tuplePasses.assign(size_t(c.tupleCount()), 1);
        for (size_t t = 0; t < tuplePasses.size(); ++t) {
            for (const SegmentTest &test : tests)
                tuplePasses[t] &= test.allowed[c.tupleCodes(qsizetype(t))[test.dimension]];
        }
    }
    std::vector<quint8> pass(rows);
    const qint8 *scores = c.scores().data();
    const qint32 *days = c.days().data();
    const quint32 *answers = c.answers(filter.question).data();
    const quint32 *tuples = c.hasTuples() ? c.tuples().data() : nullptr;
    const RowChunks chunks(qsizetype(rows), m_chunkRows, m_threads);
    std::vector<qint64> passingOf(size_t(chunks.workers()), 0);
    chunks.run([&](int worker, qsizetype, qsizetype begin, qsizetype end) {
        qint64 passing = 0;
        for (auto i = size_t(begin); i < size_t(end); ++i) {
            bool ok = groupOk[scores[i] + 1];
            const quint32 answer = answers[i];
            ok &= !(filter.onlyWithAnswer && answer == 0);
            if (textFilter)
                ok &= matches[answer] != 0;
            if (themed)
                ok &= themed[i] != 0;
            if (dated)
                ok &= days[i] != ResponseCache::NoDay && days[i] >= from && days[i] <= to;
            if (ok && !tests.empty()) {
                if (tuples) {
                    ok = tuplePasses[tuples[i]];
                } else {
                    for (const SegmentTest &t : tests)
                        ok &= t.allowed[t.codes[i]] != 0;
                }
            }
            pass[i] = ok;
            passing += ok;
        }
        passingOf[size_t(worker)] += passing;
    });
    if (count)
        *count = std::accumulate(passingOf.begin(), passingOf.end(), qint64(0));
    return pass;
}

QList<qint64> Dashboard::themeCounts(const Filter &filter, const ThemeMembership &membership)
{
    QList<qint64> counts(membership.themeCount(), 0);
    const std::vector<quint8> pass = matchFlags(filter.withoutThemes());
    for (int t = 0; t < membership.themeCount(); ++t) {
        qint64 n = 0;
        for (quint32 row : membership.rows(t))
            n += row < pass.size() ? pass[row] : 0;
        counts[t] = n;
    }
    return counts;
}
