#include "themefixture.h"

#include "metrics/themereport.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using ThemeFixture::fixture;

class tst_ThemeReport : public QObject
{
    Q_OBJECT

private slots:
    void membership()
    {
        const auto f = fixture();
        const auto a = f->membership.rows(0), b = f->membership.rows(1);
        QCOMPARE(QList<quint32>(a.begin(), a.end()), (QList<quint32>{0, 1, 2, 4, 9}));
        QCOMPARE(QList<quint32>(b.begin(), b.end()), (QList<quint32>{1, 3, 8}));
        QVERIFY(f->membership.contains(1, 8));
        QVERIFY(!f->membership.contains(1, 7));
    }

    void figuresByHand()
    {
        const auto f = fixture();
        ThemeReport report(f->cache, f->membership);
        const ThemeReportResult r = report.compute(Filter{});
        // Scored: 4 detractors (0, 1, 5, 8), 2 passives (4, 6), 3 promoters (2, 3, 7).
        QCOMPARE(r.overall, (NpsFigures{4, 2, 3}));
        QCOMPARE(r.responses, 10);
        QCOMPARE(r.answered, 9);
        QCOMPARE(r.answeredByGroup, (std::array<qint64, 3>{3, 2, 3}));
        const ThemeFigures &a = r.themes.at(0);
        QCOMPARE(a.mentions, 5); // row 9 has no score but mentions it
        QCOMPARE(a.figures, (NpsFigures{2, 1, 1}));
        QCOMPARE(*a.figures.nps(), -25.0);
        QCOMPARE(a.rest, (NpsFigures{2, 1, 2}));
        // Impact: its 2 detractors as passives would lift the NPS of 9 by 2/9 × 100 points.
        QCOMPARE(a.impact, 200.0 / 9);
        QCOMPARE(*r.overall.nps() + a.impact, *(NpsFigures{2, 4, 3}.nps()));
        QCOMPARE(*a.detractorShare, 200.0 / 3);
        QCOMPARE(*a.passiveShare, 50.0);
        QCOMPARE(*a.promoterShare, 100.0 / 3);
        QCOMPARE(*a.answerShare, 500.0 / 9);
        QVERIFY(a.versusRest);
        QCOMPARE(a.versusRest->delta, -25.0 - 0.0);
        const ThemeFigures &b = r.themes.at(1);
        QCOMPARE(b.figures, (NpsFigures{2, 0, 1}));
        QCOMPARE(b.impact, 200.0 / 9);
        // The interval is the adjusted Wald one of NpsFigures.
        QCOMPARE(a.figures.interval()->low, NpsFigures({2, 1, 1}).interval()->low);
    }

    void trendPerPeriod()
    {
        const auto f = fixture();
        ThemeReport report(f->cache, f->membership);
        const ThemeReportResult r = report.compute(Filter{});
        QCOMPARE(r.periods.size(), 2);
        const ThemeFigures &a = r.themes.at(0);
        QCOMPARE(a.periods.at(0).answered, 5);
        QCOMPARE(a.periods.at(0).mentions, 4);
        QCOMPARE(a.periods.at(1).answered, 4);
        QCOMPARE(a.periods.at(1).mentions, 1);
        QVERIFY(a.trend);
        QCOMPARE(a.trend->direction, ThemeTrend::Direction::Falling);
        QCOMPARE(a.trend->last.label(), u"2025-Q2"_s);
        QCOMPARE(a.trend->previous.label(), u"2025-Q1"_s);
        // 25% against 80%: pooled 5/9, z = −0.55 / sqrt(5/9 · 4/9 · (1/4 + 1/5)).
        const double z = -0.55 / std::sqrt(5.0 / 9 * 4.0 / 9 * (0.25 + 0.2));
        QVERIFY(std::abs(a.trend->change.z - z) < 1e-9);
        QVERIFY(!a.trend->change.significant);
        QCOMPARE(a.trend->inWords(), u"falling, within the margin of error"_s);
    }

    void underAFilter()
    {
        const auto f = fixture();
        ThemeReport report(f->cache, f->membership);
        Filter detractors;
        detractors.groups = Filter::Detractors;
        const ThemeReportResult r = report.compute(detractors);
        QCOMPARE(r.overall, (NpsFigures{4, 0, 0}));
        QCOMPARE(r.themes.at(0).mentions, 2);
        QCOMPARE(r.themes.at(0).impact, 50.0); // 2 of 4
        Filter web;
        web.segments[0] = {1}; // odd rows: 1, 3, 5, 7, 9
        const ThemeReportResult w = report.compute(web);
        QCOMPARE(w.themes.at(0).mentions, 2); // rows 1 and 9
        QCOMPARE(w.themes.at(1).figures, (NpsFigures{1, 0, 1}));
        Filter text;
        text.text = u"fout"_s;
        QCOMPARE(report.compute(text).themes.at(1).mentions, 2);
    }

    void beforeAndAfterAnAction()
    {
        const auto f = fixture();
        ThemeReport report(f->cache, f->membership);
        const ThemeBeforeAfter ba = report.beforeAndAfter(Filter{}, 0, QDate(2025, 4, 1));
        QCOMPARE(ba.before.answered, 5);
        QCOMPARE(ba.before.mentions, 4);
        QCOMPARE(ba.before.figures, (NpsFigures{2, 1, 1}));
        QCOMPARE(ba.after.answered, 4);
        QCOMPARE(ba.after.mentions, 1);
        QVERIFY(ba.shareChange);
        QVERIFY(ba.shareChange->delta < 0);
        QVERIFY(!ba.npsChange); // no scored mentions after
    }
};

QTEST_GUILESS_MAIN(tst_ThemeReport)
#include "tst_themereport.moc"
