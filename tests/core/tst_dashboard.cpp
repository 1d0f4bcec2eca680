#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "metrics/thememembership.h"
#include "themefixture.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <numeric>
#include <random>

// The breakdown of the rest of the filter in one pass equals a second query without the
// filter's criterion on the breakdown's dimension; everything else equals the filtered query.
static void compareBreakdownOfRest(const ResponseCache &cache, const Filter &filter, int breakdown)
{
    Dashboard dashboard(cache);
    const DashboardResult onePass
        = dashboard.compute(filter, breakdown, Dashboard::BreakdownScope::RestOfFilter);
    const DashboardResult filtered = dashboard.compute(filter, breakdown);
    Filter rest = filter;
    rest.segments.remove(breakdown);
    const DashboardResult ofRest = dashboard.compute(rest, breakdown);
    QCOMPARE(onePass.responses, filtered.responses);
    QCOMPARE(onePass.overall, filtered.overall);
    QCOMPARE(onePass.previous, filtered.previous);
    QCOMPARE(onePass.distribution, filtered.distribution);
    QCOMPARE(onePass.facets, filtered.facets);
    QCOMPARE(onePass.withAnswer, filtered.withAnswer);
    QCOMPARE(onePass.breakdown.size(), ofRest.breakdown.size());
    for (qsizetype k = 0; k < ofRest.breakdown.size(); ++k) {
        const BreakdownRow &a = onePass.breakdown.at(k), &b = ofRest.breakdown.at(k);
        QCOMPARE(a.code, b.code);
        QCOMPARE(a.value, b.value);
        QCOMPARE(a.figures, b.figures);
        QCOMPARE(a.versusRest.has_value(), b.versusRest.has_value());
        if (a.versusRest) {
            QCOMPARE(a.versusRest->delta, b.versusRest->delta);
            QCOMPARE(a.versusRest->z, b.versusRest->z);
        }
    }
}

class tst_Dashboard : public QObject
{
    Q_OBJECT

private:
    ResponseCache m_cache;
    enum { Online = 0, Support = 1, BE = 0, NL = 1 };
    static constexpr quint16 None = ResponseCache::NoValue;

    // 30,000 random responses with three dimensions, CSAT and CES.
    static ResponseCache
    generated(qsizetype tupleLimit, int rows = 30'000, int days = 700, bool wholeCsat = false)
    {
        std::mt19937 rng(7);
        const QList<ResponseCache::Dimension> dims
            = {{QStringLiteral("A"),
                {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}},
               {QStringLiteral("B"), {QStringLiteral("b1"), QStringLiteral("b2")}},
               {QStringLiteral("C"),
                {QStringLiteral("c1"),
                 QStringLiteral("c2"),
                 QStringLiteral("c3"),
                 QStringLiteral("c4")}}};
        ResponseCache::Builder builder(dims, true, true);
        builder.setTupleLimit(tupleLimit);
        const float nan = std::nanf("");
        for (int i = 0; i < rows; ++i) {
            const auto score = qint8(int(rng() % 12) - 1);
            const qint32 day = rng() % 50
                                   ? qint32(QDate(2024, 1, 1).toJulianDay()) + qint32(rng() % days)
                                   : ResponseCache::NoDay;
            const QString answer
                = rng() % 3 ? QStringLiteral("answer %1").arg(rng() % 5000) : QString();
            quint16 codes[3];
            for (int d = 0; d < 3; ++d) {
                const quint32 pick = rng() % (dims.at(d).values.size() + 1);
                codes[d] = pick == quint32(dims.at(d).values.size()) ? ResponseCache::NoValue
                                                                     : quint16(pick);
            }
            // Fractions whose sums round differently in another order.
            const float csat = rng() % 4 ? float(rng() % 1000) / (wholeCsat ? 1.0f : 7.0f) : nan;
            const float ces = rng() % 2 ? float(rng() % 1000) / 3.0f : nan;
            builder.add(score, day, answer, codes, csat, ces);
        }
        return builder.finish();
    }

    // Every figure of `y` is `x`'s, the CSAT and CES means bit for bit (not within QCOMPARE's
    // tolerance for doubles). The caller checks QTest::currentTestFailed().
    static void compareResults(const DashboardResult &y, const DashboardResult &x)
    {
        QCOMPARE(y.responses, x.responses);
        QCOMPARE(y.withAnswer, x.withAnswer);
        QCOMPARE(y.overall, x.overall);
        QCOMPARE(y.previous, x.previous);
        QCOMPARE(y.distribution, x.distribution);
        QCOMPARE(y.facets, x.facets);
        QCOMPARE(y.breakdown.size(), x.breakdown.size());
        for (qsizetype k = 0; k < x.breakdown.size(); ++k) {
            QCOMPARE(y.breakdown.at(k).code, x.breakdown.at(k).code);
            QCOMPARE(y.breakdown.at(k).figures, x.breakdown.at(k).figures);
        }
        QCOMPARE(y.periods.size(), x.periods.size());
        for (qsizetype k = 0; k < x.periods.size(); ++k)
            QCOMPARE(y.periods.at(k).figures, x.periods.at(k).figures);
        QCOMPARE(y.csatCount, x.csatCount);
        QCOMPARE(y.cesCount, x.cesCount);
        QVERIFY(std::memcmp(&y.csatMean, &x.csatMean, sizeof(double)) == 0);
        QVERIFY(std::memcmp(&y.cesMean, &x.cesMean, sizeof(double)) == 0);
    }

private slots:
    void initTestCase()
    {
        ResponseCache::Builder b(
            {{QStringLiteral("Touchpoint"), {QStringLiteral("Online"), QStringLiteral("Support")}},
             {QStringLiteral("Country"), {QStringLiteral("BE"), QStringLiteral("NL")}}},
            true);
        struct Row
        {
            qint8 score;
            QDate date;
            const char *answer;
            quint16 touchpoint, country;
            float csat;
        };
        const float nan = std::nanf("");
        const Row rows[] = {
            {10, {2025, 1, 10}, "great", Online, NL, 5},
            {9, {2025, 2, 10}, "", Support, NL, 4},
            {3, {2025, 3, 10}, "slow Support", Support, BE, 2},
            {7, {2025, 4, 10}, "ok", Online, BE, nan},
            {8, {2025, 5, 10}, "", Online, NL, nan},
            {0, {2025, 6, 10}, "terrible support", Support, NL, 1},
            {10, {2025, 7, 10}, "love it", Online, None, nan},
            {-1, {2025, 7, 11}, "no score given", Support, NL, nan},
            {6, {2025, 8, 10}, "meh", Support, BE, nan},
            {9, {2025, 9, 10}, "", Online, NL, nan},
            {10, {}, "undated", Online, NL, nan},
            {5, {2025, 12, 10}, "late", Support, BE, nan},
        };
        for (const Row &r : rows) {
            const quint16 codes[] = {r.touchpoint, r.country};
            b.add(r.score,
                  r.date.isValid() ? qint32(r.date.toJulianDay()) : ResponseCache::NoDay,
                  QString::fromUtf8(r.answer),
                  codes,
                  r.csat);
        }
        m_cache = b.finish();
        QCOMPARE(m_cache.size(), 12);
    }

    void everything()
    {
        Dashboard dashboard(m_cache);
        const DashboardResult r = dashboard.compute(Filter{});
        QCOMPARE(r.responses, 12);
        QCOMPARE(r.withAnswer, 9);
        QCOMPARE(r.overall, (NpsFigures{4, 2, 5}));
        QVERIFY(std::abs(*r.overall.nps() - 100.0 / 11) < 1e-9);
        QCOMPARE(r.distribution, (std::array<qint64, 11>{1, 0, 0, 1, 0, 1, 1, 1, 1, 2, 3}));
        QCOMPARE(r.firstDay, QDate(2025, 1, 10));
        QCOMPARE(r.lastDay, QDate(2025, 12, 10));
        QVERIFY(!r.previousFrom);
        QVERIFY(!r.change);
        QCOMPARE(r.periods.size(), 4);
        QCOMPARE(r.periods.at(0).period.label(), QStringLiteral("2025-Q1"));
        QCOMPARE(r.periods.at(0).figures, (NpsFigures{1, 0, 2}));
        QCOMPARE(r.periods.at(1).figures, (NpsFigures{1, 2, 0}));
        QCOMPARE(r.periods.at(2).figures, (NpsFigures{1, 0, 2}));
        QCOMPARE(r.periods.at(3).figures, (NpsFigures{1, 0, 0}));
        QCOMPARE(r.facets.at(0), (QList<qint64>{6, 6, 0}));
        QCOMPARE(r.facets.at(1), (QList<qint64>{4, 7, 1}));
        QCOMPARE(r.csatCount, 4);
        QCOMPARE(r.csatMean, 3.0);
    }

    void months()
    {
        Filter f;
        f.granularity = Granularity::Month;
        const DashboardResult r = Dashboard(m_cache).compute(f);
        QCOMPARE(r.periods.size(), 12);
        QCOMPARE(r.periods.at(10).period.label(), QStringLiteral("2025-11"));
        QVERIFY(r.periods.at(10).figures.isEmpty()); // a gap stays in the series
    }

    void quarterAgainstPrevious()
    {
        Filter f;
        f.from = QDate(2025, 7, 1);
        f.to = QDate(2025, 9, 30);
        const DashboardResult r = Dashboard(m_cache).compute(f);
        QCOMPARE(r.responses, 4);
        QCOMPARE(r.overall, (NpsFigures{1, 0, 2}));
        QCOMPARE(*r.previousFrom, QDate(2025, 4, 1)); // the quarter before, not 92 days before
        QCOMPARE(*r.previousTo, QDate(2025, 6, 30));
        QCOMPARE(r.previous, (NpsFigures{1, 2, 0}));
        QVERIFY(r.change);
        QVERIFY(std::abs(r.change->delta - (100.0 / 3 - (-100.0 / 3))) < 1e-9);
        QVERIFY(!r.change->significant);
        QCOMPARE(r.periods.size(), 1);
    }

    void arbitraryWindowAgainstSameLength()
    {
        Filter f;
        f.from = QDate(2025, 7, 5);
        f.to = QDate(2025, 9, 14); // 72 days
        const DashboardResult r = Dashboard(m_cache).compute(f);
        QCOMPARE(*r.previousTo, QDate(2025, 7, 4));
        QCOMPARE(*r.previousFrom, QDate(2025, 4, 24));
        QCOMPARE(r.previous, (NpsFigures{1, 1, 0})); // 8 on May 10, 0 on June 10
    }

    void segmentFilterAndFacets()
    {
        Filter f;
        f.segments[0] = {Support};
        Dashboard dashboard(m_cache);
        const DashboardResult r = dashboard.compute(f, 1);
        QCOMPARE(r.responses, 6);
        QCOMPARE(r.overall, (NpsFigures{4, 0, 1}));
        // Facets of the filtered dimension ignore its own filter; the others respect it.
        QCOMPARE(r.facets.at(0), (QList<qint64>{6, 6, 0}));
        QCOMPARE(r.facets.at(1), (QList<qint64>{3, 3, 0}));
        QCOMPARE(r.breakdown.size(), 2);
        QCOMPARE(r.breakdown.at(0).value, QStringLiteral("BE"));
        QCOMPARE(r.breakdown.at(0).figures, (NpsFigures{3, 0, 0}));
        QCOMPARE(r.breakdown.at(1).figures, (NpsFigures{1, 0, 1}));
        QVERIFY(r.breakdown.at(0).versusRest);
        QCOMPARE(r.breakdown.at(0).versusRest->delta, -100.0 - 0.0);

        const std::vector<quint32> rows = dashboard.matchingRows(f);
        QCOMPARE(rows, (std::vector<quint32>{1, 2, 5, 7, 8, 11}));
    }

    void breakdownAgainstTheRest()
    {
        const DashboardResult r = Dashboard(m_cache).compute(Filter{}, 1);
        QCOMPARE(r.breakdownDimension, 1);
        QCOMPARE(r.breakdown.size(), 2); // no row for responses without a country
        QCOMPARE(r.breakdown.at(0).figures, (NpsFigures{3, 1, 0}));
        QCOMPARE(r.breakdown.at(1).figures, (NpsFigures{1, 1, 4}));
        const NpsFigures rest = r.overall - r.breakdown.at(1).figures;
        QCOMPARE(r.breakdown.at(1).versusRest->delta,
                 *r.breakdown.at(1).figures.nps() - *rest.nps());
    }

    void groupsTextAndAnswers()
    {
        Dashboard dashboard(m_cache);
        Filter detractors;
        detractors.groups = Filter::Detractors;
        const DashboardResult d = dashboard.compute(detractors);
        QCOMPARE(d.responses, 4);
        QCOMPARE(d.overall, (NpsFigures{4, 0, 0}));

        Filter text;
        text.text = QStringLiteral("SUPPORT");
        const DashboardResult t = dashboard.compute(text);
        QCOMPARE(t.responses, 2);
        QCOMPARE(t.overall, (NpsFigures{2, 0, 0}));
        text.text = QStringLiteral("given");
        QCOMPARE(dashboard.compute(text).responses, 1); // the memo follows the new text
        QCOMPARE(dashboard.compute(text).overall.n(), 0);

        Filter answers;
        answers.onlyWithAnswer = true;
        QCOMPARE(dashboard.compute(answers).responses, 9);
        QCOMPARE(dashboard.matchingRows(answers).size(), size_t(9));
    }

    void exactScores()
    {
        // A histogram bar: exactly the respondents who gave that score, not its whole group.
        Dashboard dashboard(m_cache);
        Filter six;
        six.scores = Filter::scoreBit(6);
        const DashboardResult r = dashboard.compute(six);
        QCOMPARE(r.responses, 1);
        QCOMPARE(r.overall, (NpsFigures{1, 0, 0}));
        QCOMPARE(r.distribution, (std::array<qint64, 11>{0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}));
        QCOMPARE(dashboard.matchingRows(six), (std::vector<quint32>{8}));
        QVERIFY(six.restrictsScores());
        QCOMPARE(six.chosenScores(), QList<int>{6});
        // Scores and groups must both accept; a response without a score is never an exact score.
        Filter nineOrTen;
        nineOrTen.scores = Filter::scoreBit(9) | Filter::scoreBit(10);
        QCOMPARE(dashboard.compute(nineOrTen).overall, (NpsFigures{0, 0, 5}));
        nineOrTen.groups = Filter::Detractors;
        QCOMPARE(dashboard.compute(nineOrTen).responses, 0);
        QVERIFY(!six.acceptsScore(-1));
        QVERIFY(Filter{}.acceptsScore(-1));
    }

    void emptyResultIsNotAnError()
    {
        Filter f;
        f.from = QDate(2030, 1, 1);
        f.to = QDate(2030, 3, 31);
        const DashboardResult r = Dashboard(m_cache).compute(f, 0);
        QCOMPARE(r.responses, 0);
        QVERIFY(!r.overall.nps());
        QVERIFY(r.breakdown.isEmpty());
        QVERIFY(!r.change);

        Filter onlyFrom; // a start after the last response: nothing, not everything
        onlyFrom.from = QDate(2030, 1, 1);
        QCOMPARE(Dashboard(m_cache).compute(onlyFrom).responses, 0);

        const ResponseCache empty = ResponseCache::Builder({}).finish();
        const DashboardResult e = Dashboard(empty).compute(Filter{});
        QCOMPARE(e.responses, 0);
        QVERIFY(e.periods.isEmpty());
    }

    void bothCountingPathsAgree()
    {
        // Random responses counted per combination of segment values and per dimension.
        std::mt19937 rng(42);
        QList<ResponseCache::Dimension> dims
            = {{QStringLiteral("A"),
                {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}},
               {QStringLiteral("B"), {QStringLiteral("b1"), QStringLiteral("b2")}},
               {QStringLiteral("C"),
                {QStringLiteral("c1"),
                 QStringLiteral("c2"),
                 QStringLiteral("c3"),
                 QStringLiteral("c4")}}};
        ResponseCache::Builder withTuples(dims), withoutTuples(dims);
        withoutTuples.setTupleLimit(0);
        for (int i = 0; i < 5000; ++i) {
            const auto score = qint8(int(rng() % 12) - 1);
            const qint32 day = qint32(QDate(2024, 1, 1).toJulianDay()) + qint32(rng() % 700);
            const QString answer
                = rng() % 2 ? QStringLiteral("answer %1").arg(rng() % 30) : QString();
            quint16 codes[3];
            for (int d = 0; d < 3; ++d) {
                const quint32 pick = rng() % (dims.at(d).values.size() + 1);
                codes[d] = pick == quint32(dims.at(d).values.size()) ? ResponseCache::NoValue
                                                                     : quint16(pick);
            }
            withTuples.add(score, day, answer, codes);
            withoutTuples.add(score, day, answer, codes);
        }
        const ResponseCache a = withTuples.finish(), b = withoutTuples.finish();
        QVERIFY(a.hasTuples());
        QVERIFY(!b.hasTuples());
        Filter f1;
        Filter f2;
        f2.segments[0] = {0, 2};
        f2.segments[2] = {1};
        f2.from = QDate(2024, 7, 1);
        f2.to = QDate(2024, 12, 31);
        Filter f3 = f2;
        f3.groups = Filter::Passives | Filter::Promoters;
        f3.text = QStringLiteral("answer 1");
        f3.granularity = Granularity::Month;
        Filter f4 = f2;
        f4.scores = Filter::scoreBit(3) | Filter::scoreBit(8) | Filter::scoreBit(10);
        for (const Filter &f : {f1, f2, f3, f4}) {
            for (int breakdown = -1; breakdown < 3; ++breakdown) {
                compareResults(Dashboard(b).compute(f, breakdown),
                               Dashboard(a).compute(f, breakdown));
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(Dashboard(a).compute(f2).responses > 0);
    }

    void segmentsOnlyLoopAgreesWithDimensionLoop()
    {
        // A filter on segments and scores alone is counted per combination by a loop of its own:
        // its figures, periods, CSAT and CES sums (bit for bit: same chunks, same row order) and
        // match flags equal the per-dimension loop's over the same responses, days missing,
        // scores missing and CSAT/CES missing included.
        const ResponseCache a = generated(ResponseCache::MaxTuples), b = generated(0);
        QVERIFY(a.hasTuples());
        QVERIFY(!b.hasTuples());
        Filter all;
        Filter some;
        some.segments[0] = {0, 2};
        some.segments[2] = {1, ResponseCache::NoValue};
        Filter months = some;
        months.granularity = Granularity::Month;
        months.segments[1] = {1};
        Filter groups = some;
        groups.groups = Filter::Detractors | Filter::Passives;
        Filter exact = all;
        exact.scores = Filter::scoreBit(0) | Filter::scoreBit(9);
        for (const Filter &f : {all, some, months, groups, exact}) {
            for (int breakdown = -1; breakdown < 3; ++breakdown) {
                for (const auto scope : {Dashboard::BreakdownScope::Filtered,
                                         Dashboard::BreakdownScope::RestOfFilter}) {
                    Dashboard da(a), db(b);
                    da.setChunkRows(1000);
                    db.setChunkRows(1000);
                    std::vector<quint8> fa, fb;
                    const DashboardResult x = da.compute(f, breakdown, scope, &fa);
                    const DashboardResult y = db.compute(f, breakdown, scope, &fb);
                    QVERIFY(x.responses > 0);
                    QVERIFY(!x.periods.isEmpty());
                    QVERIFY(x.csatCount > 0);
                    compareResults(y, x);
                    if (QTest::currentTestFailed())
                        return;
                    QCOMPARE(fa, fb);
                    QCOMPARE(fa, da.matchFlags(f));
                }
            }
        }
    }

    void breakdownOfTheRestInOnePass_data()
    {
        QTest::addColumn<qsizetype>("tupleLimit");
        QTest::newRow("per combination") << ResponseCache::MaxTuples;
        QTest::newRow("per dimension") << qsizetype(0);
    }

    void breakdownOfTheRestInOnePass()
    {
        QFETCH(qsizetype, tupleLimit);
        const ResponseCache cache = generated(tupleLimit);
        Filter one;
        one.segments[0] = {1};
        Filter two = one;
        two.segments[2] = {0, 3};
        two.from = QDate(2024, 4, 1);
        two.to = QDate(2024, 9, 30);
        two.groups = Filter::Detractors | Filter::Promoters;
        Filter none;
        none.onlyWithAnswer = true;
        for (const Filter &f : {one, two, none}) {
            for (int breakdown = -1; breakdown < 3; ++breakdown) {
                compareBreakdownOfRest(cache, f, breakdown);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        // The chosen value's row among all the others, not alone.
        const DashboardResult r
            = Dashboard(cache).compute(two, 0, Dashboard::BreakdownScope::RestOfFilter);
        QCOMPARE(r.breakdown.size(), 3);
        QCOMPARE(Dashboard(cache).compute(two, 0).breakdown.size(), 1);
    }

    void typingNarrowsTheSearch()
    {
        // Each keystroke reads only the answers the previous text matched; the counts are
        // those of a fresh search, also when the text is deleted again or changes its case.
        Dashboard typing(m_cache);
        for (const char *text :
             {"s", "su", "sup", "Supp", "support", "supporx", "support", "t", "te", "", "LO"}) {
            Filter f;
            f.text = QString::fromUtf8(text);
            const DashboardResult r = typing.compute(f);
            QCOMPARE(r.responses, Dashboard(m_cache).compute(f).responses);
            QCOMPARE(typing.matchingRows(f), Dashboard(m_cache).matchingRows(f));
        }
        Filter support;
        support.text = QStringLiteral("supp");
        QCOMPARE(typing.compute(support).responses, 2); // "slow Support", "terrible support"
    }

    void parallelQueryEqualsSerial_data()
    {
        QTest::addColumn<qsizetype>("tupleLimit");
        QTest::newRow("per combination") << ResponseCache::MaxTuples;
        QTest::newRow("per dimension") << qsizetype(0);
    }

    void parallelQueryEqualsSerial()
    {
        // Generated responses in chunks of 1,000: any number of threads must give the
        // very figures of the calling thread alone, to the last bit of the CSAT and CES means.
        QFETCH(qsizetype, tupleLimit);
        const ResponseCache cache = generated(tupleLimit);
        QCOMPARE(cache.hasTuples(), tupleLimit > 0);
        Filter all;
        Filter some;
        some.segments[0] = {0, 2};
        some.segments[2] = {1};
        some.from = QDate(2024, 7, 1);
        some.to = QDate(2024, 12, 31);
        Filter text = some;
        text.groups = Filter::Passives | Filter::Promoters;
        text.text = QStringLiteral("answer 1");
        text.granularity = Granularity::Month;
        Filter scores;
        scores.scores = Filter::scoreBit(3) | Filter::scoreBit(8) | Filter::scoreBit(10);
        scores.onlyWithAnswer = true;
        Dashboard serial(cache);
        serial.setThreads(1);
        serial.setChunkRows(1000);
        for (int threads : {2, 3, 8}) {
            Dashboard parallel(cache);
            parallel.setThreads(threads);
            parallel.setChunkRows(1000);
            for (const Filter &f : {all, some, text, scores}) {
                for (int breakdown = -1; breakdown < 3; ++breakdown) {
                    const DashboardResult x = serial.compute(f, breakdown);
                    const DashboardResult y = parallel.compute(f, breakdown);
                    QVERIFY(x.responses > 0);
                    compareResults(y, x);
                    if (QTest::currentTestFailed())
                        return;
                }
                // The query's own flags are matchFlags()', for either breakdown scope.
                for (const auto scope : {Dashboard::BreakdownScope::Filtered,
                                         Dashboard::BreakdownScope::RestOfFilter}) {
                    std::vector<quint8> flags(3, 7); // stale contents are overwritten
                    const DashboardResult r = parallel.compute(f, 0, scope, &flags);
                    QCOMPARE(flags, serial.matchFlags(f));
                    QCOMPARE(std::accumulate(flags.begin(), flags.end(), qint64(0)), r.responses);
                }
                qint64 serialCount = 0, parallelCount = 0;
                QCOMPARE(parallel.matchFlags(f, &parallelCount),
                         serial.matchFlags(f, &serialCount));
                QCOMPARE(parallelCount, serialCount);
                QCOMPARE(parallel.matchingRows(f), serial.matchingRows(f));
            }
        }
        // And the same counts as one chunk of everything (the sums may round otherwise).
        Dashboard whole(cache);
        whole.setThreads(1);
        whole.setChunkRows(cache.size());
        const DashboardResult x = whole.compute(some, 1);
        Dashboard parallel(cache);
        parallel.setThreads(2);
        parallel.setChunkRows(1000);
        const DashboardResult y = parallel.compute(some, 1);
        QCOMPARE(y.overall, x.overall);
        QCOMPARE(y.facets, x.facets);
        QCOMPARE(y.csatMean, x.csatMean);
    }

    void repeatedQueriesCountCells_data()
    {
        QTest::addColumn<bool>("wholeCsat");
        QTest::newRow("fractions") << false;
        QTest::newRow("whole CSAT scores") << true;
    }

    void repeatedQueriesCountCells()
    {
        // From the second query on, a filter of segments and scores only counts responses per
        // combination, month and score: the very figures of the rows, to the last bit of the
        // CSAT and CES means, with the same flags, on one thread or two. The cells hold the
        // sums of a column of whole numbers (here CSAT); a column of fractions (CES) is added
        // row by row, in the rows' order.
        QFETCH(bool, wholeCsat);
        const ResponseCache cache = generated(ResponseCache::MaxTuples, 100'000, 400, wholeCsat);
        Filter all;
        Filter some;
        some.segments[0] = {0, 2};
        some.segments[2] = {1, 3};
        some.groups = Filter::Detractors | Filter::Promoters;
        Filter exact;
        exact.segments[1] = {1};
        exact.scores = Filter::scoreBit(0) | Filter::scoreBit(7) | Filter::scoreBit(10);
        exact.granularity = Granularity::Month;
        Filter yearly = some;
        yearly.granularity = Granularity::Year;
        Filter dated = some; // not for cells: read from the rows, also when cells exist
        dated.from = QDate(2024, 2, 1);
        dated.to = QDate(2024, 3, 31);
        for (int threads : {1, 2}) {
            Dashboard rows(cache), cells(cache);
            rows.setCellCounts(false);
            for (Dashboard *d : {&rows, &cells}) {
                d->setThreads(threads);
                d->setChunkRows(1000);
            }
            cells.compute(all); // the first query reads the rows
            QVERIFY(!cells.countedCells());
            for (const Filter &f : {all, some, exact, yearly, dated}) {
                for (int breakdown = -1; breakdown < 3; ++breakdown) {
                    for (const auto scope : {Dashboard::BreakdownScope::Filtered,
                                             Dashboard::BreakdownScope::RestOfFilter}) {
                        std::vector<quint8> fx, fy;
                        const DashboardResult x = rows.compute(f, breakdown, scope, &fx);
                        const DashboardResult y = cells.compute(f, breakdown, scope, &fy);
                        QCOMPARE(cells.countedCells(), !f.hasDateRange());
                        QVERIFY(!rows.countedCells());
                        QVERIFY(x.responses > 0);
                        QVERIFY(x.periods.size() > (f.hasDateRange() ? 0 : 1));
                        compareResults(y, x);
                        if (QTest::currentTestFailed())
                            return;
                        QCOMPARE(fy, fx);
                        // Without flags asked for, the same figures.
                        QCOMPARE(cells.compute(f, breakdown, scope).overall, x.overall);
                    }
                }
            }
        }
    }

    void themeCriterion()
    {
        // Theme A ("levering") is carried by rows 0, 1, 2, 4 and 9: scores 2, 5, 9, 7, none.
        const auto f = ThemeFixture::fixture();
        const auto membership = std::make_shared<const ThemeMembership>(f->membership);
        Dashboard dashboard(f->cache);
        Filter filter;
        filter.themes = {{0, QStringLiteral("Levering")}};
        filter.themeMembership = membership;
        QVERIFY(filter.hasTheme());
        const DashboardResult r = dashboard.compute(filter);
        QCOMPARE(r.responses, 5);
        QCOMPARE(r.overall, (NpsFigures{2, 1, 1}));
        QCOMPARE(dashboard.matchingRows(filter), (std::vector<quint32>{0, 1, 2, 4, 9}));
        // With the other criteria, and another theme from the same dashboard (memoised).
        filter.groups = Filter::Detractors;
        QCOMPARE(dashboard.matchingRows(filter), (std::vector<quint32>{0, 1}));
        filter.themes = {{1, QStringLiteral("Factuur")}};
        QCOMPARE(dashboard.matchingRows(filter), (std::vector<quint32>{1, 8}));
        QVERIFY(filter.describe(f->cache).contains(QStringLiteral("Factuur")));
        // An index the membership does not have filters nothing.
        filter.groups = Filter::AllGroups;
        filter.themes = {{7, QStringLiteral("Gone")}};
        QVERIFY(!filter.hasTheme());
        QCOMPARE(dashboard.compute(filter).responses, 10);
        // Without a membership the indices mean nothing either.
        filter.themes = {{0, QStringLiteral("Levering")}};
        filter.themeMembership.reset();
        QVERIFY(!filter.hasTheme());
        QCOMPARE(dashboard.compute(filter).responses, 10);
    }

    void severalThemes()
    {
        // Like the values of a segment: a response passes when it carries any chosen theme.
        // A: rows 0, 1, 2, 4, 9; B: rows 1, 3, 8.
        const auto f = ThemeFixture::fixture();
        const auto membership = std::make_shared<const ThemeMembership>(f->membership);
        Dashboard dashboard(f->cache);
        Filter filter;
        filter.themeMembership = membership;
        filter.themes = {{0, QStringLiteral("Levering")}, {1, QStringLiteral("Factuur")}};
        QCOMPARE(filter.validThemes(), (QList<int>{0, 1}));
        QCOMPARE(dashboard.matchingRows(filter), (std::vector<quint32>{0, 1, 2, 3, 4, 8, 9}));
        const DashboardResult r = dashboard.compute(filter);
        QCOMPARE(r.responses, 7);
        QCOMPARE(r.overall, (NpsFigures{3, 1, 2})); // 2, 5, 0 · 7 · 9, 10
        // With a segment (Web: the odd rows) both criteria hold.
        filter.segments[0] = {1};
        QCOMPARE(dashboard.matchingRows(filter), (std::vector<quint32>{1, 3, 9}));
        const QString words = filter.describe(f->cache);
        QVERIFY2(words.contains(QStringLiteral("“Levering”, “Factuur”")), qPrintable(words));
        // One theme left out of the set: only the other's rows (the memo follows the set).
        filter.segments.clear();
        filter.themes.remove(0);
        QCOMPARE(dashboard.matchingRows(filter), (std::vector<quint32>{1, 3, 8}));
        // A chosen index the membership lacks is ignored, the others still filter.
        filter.themes.insert(9, QStringLiteral("Gone"));
        QCOMPARE(filter.validThemes(), (QList<int>{1}));
        QCOMPARE(dashboard.matchingRows(filter), (std::vector<quint32>{1, 3, 8}));
    }

    void themeCounts_data()
    {
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("channel"); // −1: every channel
        QTest::addColumn<bool>("withTheme");
        QTest::addColumn<QList<qint64>>("counts");
        // A: rows 0, 1, 2, 4, 9; B: rows 1, 3, 8. Detractors: rows 0, 1, 5, 8.
        QTest::newRow("no filter") << int(Filter::AllGroups) << -1 << false << QList<qint64>{5, 3};
        QTest::newRow("detractors")
            << int(Filter::Detractors) << -1 << false << QList<qint64>{2, 2};
        QTest::newRow("shop (even rows)")
            << int(Filter::AllGroups) << 0 << false << QList<qint64>{3, 1};
        // The theme criterion itself is left out: every theme's count under the rest.
        QTest::newRow("a theme chosen")
            << int(Filter::Detractors) << -1 << true << QList<qint64>{2, 2};
    }

    void themeCounts()
    {
        QFETCH(int, groups);
        QFETCH(int, channel);
        QFETCH(bool, withTheme);
        QFETCH(QList<qint64>, counts);
        const auto f = ThemeFixture::fixture();
        const auto membership = std::make_shared<const ThemeMembership>(f->membership);
        Dashboard dashboard(f->cache);
        Filter filter;
        filter.groups = quint8(groups);
        if (channel >= 0)
            filter.segments[0] = {quint16(channel)};
        if (withTheme) {
            filter.themeMembership = membership;
            filter.themes = {{1, QStringLiteral("Factuur")}};
        }
        QCOMPARE(dashboard.themeCounts(filter, *membership), counts);
        // The counts are those of the dashboard's own query with each theme chosen.
        for (int t = 0; t < membership->themeCount(); ++t) {
            Filter one = filter;
            one.themeMembership = membership;
            one.themes = {{t, QString()}};
            QCOMPARE(dashboard.compute(one).responses, counts.at(t));
        }
    }

    void describe()
    {
        Filter f;
        f.segments[0] = {Support};
        f.groups = Filter::Detractors | Filter::Passives;
        f.text = QStringLiteral("slow");
        QCOMPARE(f.describe(m_cache),
                 QStringLiteral(
                     "Touchpoint: Support · passives, detractors · answers containing “slow”"));
        QCOMPARE(Filter{}.describe(m_cache), QStringLiteral("all responses"));
        Filter scores;
        scores.scores = Filter::scoreBit(6);
        QCOMPARE(scores.describe(m_cache), QStringLiteral("score 6"));
        scores.scores |= Filter::scoreBit(7);
        scores.segments[1] = {NL};
        QCOMPARE(scores.describe(m_cache, false, {QStringLiteral("Where"), QStringLiteral("Land")}),
                 QStringLiteral("Land: NL · scores 6, 7"));
    }
};

// A multi-select dimension beside a single one: the same figures whether the dashboard counts
// per combination of segment values (tuples) or per dimension.
class tst_DashboardMulti : public QObject
{
    Q_OBJECT

private:
    enum { App = 0, Shop = 1, Web = 2, BE = 0, NL = 1 };

    static ResponseCache build(qsizetype tupleLimit)
    {
        ResponseCache::Dimension channels{
            QStringLiteral("Channels"),
            {QStringLiteral("App"), QStringLiteral("Shop"), QStringLiteral("Web")}};
        channels.kind = ResponseCache::Dimension::Kind::Multi;
        ResponseCache::Builder b(
            {channels, {QStringLiteral("Country"), {QStringLiteral("BE"), QStringLiteral("NL")}}});
        b.setTupleLimit(tupleLimit);
        struct Row
        {
            qint8 score;
            std::vector<quint16> channels;
            quint16 country;
        };
        const Row rows[] = {
            {10, {App, Web}, NL},
            {9, {App}, NL},
            {3, {Shop}, BE},
            {7, {Web, App}, BE},
            {0, {}, NL},
            {10, {App, Shop, Web}, BE},
            {6, {Web}, NL},
            {-1, {App}, BE},
        };
        for (const Row &r : rows) {
            std::vector<quint16> options = r.channels;
            const quint16 codes[] = {b.combinationOf(0, options), r.country};
            b.add(r.score, ResponseCache::NoDay, QString(), codes);
        }
        return b.finish();
    }

private slots:
    void multiSelect_data()
    {
        QTest::addColumn<qsizetype>("tupleLimit");
        QTest::newRow("per combination") << ResponseCache::MaxTuples;
        QTest::newRow("per dimension") << qsizetype(0);
    }

    void multiSelect()
    {
        QFETCH(qsizetype, tupleLimit);
        const ResponseCache cache = build(tupleLimit);
        QCOMPARE(cache.hasTuples(), tupleLimit > 0);
        QVERIFY(cache.isMulti(0));
        QCOMPARE(cache.segmentValues(0, 0),
                 (QStringList{QStringLiteral("App"), QStringLiteral("Web")}));
        QCOMPARE(cache.segmentValue(0, 5), QStringLiteral("App, Shop, Web"));
        QCOMPARE(cache.segmentValue(0, 4), QString());
        QCOMPARE(cache.segmentCode(0, 0), cache.segmentCode(0, 3)); // {App, Web} = {Web, App}
        Dashboard dashboard(cache);

        const DashboardResult all = dashboard.compute(Filter{}, 0);
        QCOMPARE(all.responses, 8);
        // One facet per option: everyone who chose it; the no-value slot holds who chose none.
        QCOMPARE(all.facets.at(0), (QList<qint64>{5, 2, 4, 1}));
        QVERIFY(all.breakdownIsMulti);
        QCOMPARE(all.breakdown.size(), 3);
        QCOMPARE(all.breakdown.at(0).value, QStringLiteral("App"));
        QCOMPARE(all.breakdown.at(0).figures.n(), 4); // the App respondent without a score is out
        QCOMPARE(all.breakdown.at(0).figures.promoters, 3);
        QCOMPARE(all.breakdown.at(2).figures.n(), 4);

        // Filtering on one option keeps everyone who chose it, alone or with others.
        Filter app;
        app.segments[0] = {App};
        const DashboardResult onlyApp = dashboard.compute(app);
        QCOMPARE(onlyApp.responses, 5);
        QCOMPARE(dashboard.matchingRows(app), (std::vector<quint32>{0, 1, 3, 5, 7}));
        // Several options: any of them.
        Filter appOrShop;
        appOrShop.segments[0] = {App, Shop};
        QCOMPARE(dashboard.compute(appOrShop).responses, 6);
        // With another dimension's filter: the multi facets count under it.
        Filter belgium;
        belgium.segments[1] = {BE};
        const DashboardResult be = dashboard.compute(belgium);
        QCOMPARE(be.responses, 4);
        QCOMPARE(be.facets.at(0), (QList<qint64>{3, 2, 2, 0}));
        Filter both = belgium;
        both.segments[0] = {Web};
        const DashboardResult webInBelgium = dashboard.compute(both);
        QCOMPARE(webInBelgium.responses, 2);
        QCOMPARE(webInBelgium.facets.at(1), (QList<qint64>{2, 2, 0}));    // NL under Web
        QCOMPARE(webInBelgium.facets.at(0), (QList<qint64>{3, 2, 2, 0})); // options under BE
        // The breakdown by the options under the rest of the filter, in one pass.
        for (const Filter &f : {app, appOrShop, both}) {
            for (int breakdown : {0, 1}) {
                compareBreakdownOfRest(cache, f, breakdown);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    tst_Dashboard single;
    tst_DashboardMulti multi;
    return QTest::qExec(&single, argc, argv) | QTest::qExec(&multi, argc, argv);
}
#include "tst_dashboard.moc"
