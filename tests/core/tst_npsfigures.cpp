#include "metrics/npscomparison.h"
#include "metrics/npsfigures.h"

#include <QTest>

#include <cmath>

class tst_NpsFigures : public QObject
{
    Q_OBJECT

private slots:
    void groups()
    {
        for (int s = 0; s <= 6; ++s)
            QCOMPARE(scoreGroup(s), ScoreGroup::Detractor);
        QCOMPARE(scoreGroup(7), ScoreGroup::Passive);
        QCOMPARE(scoreGroup(8), ScoreGroup::Passive);
        QCOMPARE(scoreGroup(9), ScoreGroup::Promoter);
        QCOMPARE(scoreGroup(10), ScoreGroup::Promoter);
        NpsFigures f;
        for (int s = 0; s <= 10; ++s)
            f.add(s);
        QCOMPARE(f, (NpsFigures{7, 2, 2}));
    }

    void publishedFacts()
    {
        // domain.md: 15 detractors, 25 passives, 60 promoters → NPS 45, plain Wald SE 7.40.
        const NpsFigures a{15, 25, 60};
        QCOMPARE(*a.nps(), 45.0);
        QVERIFY(std::abs(*a.standardError() - 7.40) < 0.005);
        QCOMPARE(*a.passiveShare(), 25.0);
        // 30/45/120 → 46.15, from counts (rounded shares 15/23/62 would give 47).
        const NpsFigures b{30, 45, 120};
        QVERIFY(std::abs(*b.nps() - 46.1538) < 0.0001);
        // Shares 1/6, 1/3, 1/2 → NPS 1/3 with variance 5/9 per response.
        const NpsFigures c{1, 2, 3};
        QVERIFY(std::abs(*c.nps() - 100.0 / 3) < 1e-9);
        const double variance = std::pow(*c.standardError() / 100.0, 2) * double(c.n());
        QVERIFY(std::abs(variance - 5.0 / 9) < 1e-12);
    }

    void adjustedWaldInterval()
    {
        // Hand-computed: counts + 0.75/1.5/0.75 → 15.75/26.5/60.75 of 103.
        const NpsFigures f{15, 25, 60};
        const double pc = 60.75 / 103, pd = 15.75 / 103;
        const double centre = 100 * (pc - pd);
        const double se = 100 * std::sqrt((pc + pd - (pc - pd) * (pc - pd)) / 103);
        QVERIFY(std::abs(f.adjustedNps() - centre) < 1e-9);
        QVERIFY(std::abs(f.adjustedStandardError() - se) < 1e-9);
        const NpsInterval i = *f.interval();
        QVERIFY(std::abs(i.low - (centre - 1.959963984540054 * se)) < 1e-9);
        QVERIFY(std::abs(i.high - (centre + 1.959963984540054 * se)) < 1e-9);
        QVERIFY(i.low < 45 && 45 < i.high);
        QVERIFY(std::abs(i.low - 29.35) < 0.01); // 29.35 … 58.04, as computed by hand
        QVERIFY(std::abs(i.high - 58.04) < 0.01);
    }

    void edgeCases()
    {
        const NpsFigures none;
        QVERIFY(none.isEmpty());
        QVERIFY(!none.nps());
        QVERIFY(!none.interval());
        QVERIFY(!none.standardError());
        QVERIFY(none.isSmallSample());

        const NpsFigures promoters{0, 0, 50};
        QCOMPARE(*promoters.nps(), 100.0);
        QCOMPARE(*promoters.standardError(), 0.0);
        QCOMPARE(promoters.interval()->high, 100.0); // clamped
        QVERIFY(promoters.interval()->low < 100.0);  // the adjusted interval keeps a width

        const NpsFigures detractors{50, 0, 0};
        QCOMPARE(*detractors.nps(), -100.0);
        QCOMPARE(detractors.interval()->low, -100.0);

        const NpsFigures one{0, 0, 1};
        QCOMPARE(*one.nps(), 100.0);
        QVERIFY(one.interval()->low > -100.0);
        QVERIFY(one.interval()->high <= 100.0);
        QVERIFY(one.isSmallSample());
        QVERIFY(!NpsFigures({10, 10, 10}).isSmallSample());
    }

    void bands()
    {
        QCOMPARE(npsBand(-0.5), NpsBand::NeedsAttention);
        QCOMPARE(npsBand(0), NpsBand::Acceptable);
        QCOMPARE(npsBand(29.9), NpsBand::Acceptable);
        QCOMPARE(npsBand(30), NpsBand::Strong);
        QCOMPARE(npsBand(50), NpsBand::Excellent);
        QCOMPARE(npsBandName(NpsBand::Strong), QStringLiteral("strong"));
    }

    void comparison()
    {
        // Hand-computed z from the adjusted figures of each sample.
        const NpsFigures a{100, 200, 300}, b{150, 200, 250};
        const NpsComparison c = *NpsComparison::compare(a, b);
        QVERIFY(std::abs(c.delta - (*a.nps() - *b.nps())) < 1e-12);
        const double se = std::sqrt(std::pow(a.adjustedStandardError(), 2)
                                    + std::pow(b.adjustedStandardError(), 2));
        QVERIFY(std::abs(c.z - (a.adjustedNps() - b.adjustedNps()) / se) < 1e-12);
        QVERIFY(std::abs(c.p - std::erfc(std::abs(c.z) / std::sqrt(2.0))) < 1e-12);
        QVERIFY(c.significant);
        QCOMPARE(c.inWords(), QStringLiteral("a significant rise of 17 points"));

        const NpsComparison fall = *NpsComparison::compare(b, a);
        QCOMPARE(fall.delta, -c.delta);
        QCOMPARE(fall.inWords(), QStringLiteral("a significant fall of 17 points"));

        const NpsComparison noise
            = *NpsComparison::compare(NpsFigures{10, 10, 12}, NpsFigures{10, 10, 10});
        QVERIFY(!noise.significant);
        QVERIFY(noise.p > 0.05);
        QCOMPARE(noise.inWords(), QStringLiteral("within the margin of error"));

        QVERIFY(!NpsComparison::compare(NpsFigures{}, a));
    }

    void planningHint()
    {
        // domain.md: about 400 responses per group detect a 10-point difference, about 1,650 a
        // 5-point one: at those sizes such differences sit right at the 5% threshold.
        const auto p = [](NpsFigures a, NpsFigures b) {
            return NpsComparison::compare(a, b)->p;
        };
        const double tenPoints = p(NpsFigures{80, 150, 170}, NpsFigures{100, 150, 150});
        QVERIFY2(tenPoints > 0.02 && tenPoints < 0.1, qPrintable(QString::number(tenPoints)));
        const double fivePoints = p(NpsFigures{289, 600, 761}, NpsFigures{330, 600, 720});
        QVERIFY2(fivePoints > 0.02 && fivePoints < 0.1, qPrintable(QString::number(fivePoints)));
        // Ten times fewer responses: the same differences are noise.
        QVERIFY(p(NpsFigures{8, 15, 17}, NpsFigures{10, 15, 15}) > 0.5);
    }
};

QTEST_GUILESS_MAIN(tst_NpsFigures)
#include "tst_npsfigures.moc"
