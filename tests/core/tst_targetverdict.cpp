#include "metrics/targetverdict.h"

#include <QTest>

// On or below target, judged against the 95% interval.
class tst_TargetVerdict : public QObject
{
    Q_OBJECT

private slots:
    void judge_data()
    {
        QTest::addColumn<qint64>("detractors");
        QTest::addColumn<qint64>("passives");
        QTest::addColumn<qint64>("promoters");
        QTest::addColumn<double>("target");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        // 15/25/60: NPS 45, interval about +30 … +57.
        QTest::newRow("clearly above")
            << qint64(15) << qint64(25) << qint64(60) << 20.0 << int(TargetVerdict::Above)
            << QStringLiteral("above the target of +20");
        QTest::newRow("met, within the margin")
            << qint64(15) << qint64(25) << qint64(60) << 40.0 << int(TargetVerdict::OnTarget)
            << QStringLiteral("on target (+40), within the margin of error");
        QTest::newRow("missed, within the margin")
            << qint64(15) << qint64(25) << qint64(60) << 50.0
            << int(TargetVerdict::BelowWithinMargin)
            << QStringLiteral("below the target of +50, but within the margin of error");
        QTest::newRow("clearly below")
            << qint64(150) << qint64(250) << qint64(600) << 60.0 << int(TargetVerdict::Below)
            << QStringLiteral("below the target of +60");
        QTest::newRow("negative target")
            << qint64(60) << qint64(25) << qint64(15) << -10.0 << int(TargetVerdict::Below)
            << QStringLiteral("below the target of −10");
    }

    void judge()
    {
        QFETCH(qint64, detractors);
        QFETCH(qint64, passives);
        QFETCH(qint64, promoters);
        QFETCH(double, target);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const NpsFigures f{detractors, passives, promoters};
        const auto verdict = TargetVerdict::judge(f, target);
        QVERIFY(verdict);
        QCOMPARE(int(verdict->kind), kind);
        QCOMPARE(verdict->difference, *f.nps() - target);
        QCOMPARE(verdict->inWords(QLocale(QLocale::English)), words);
    }

    void noResponsesNoVerdict() { QVERIFY(!TargetVerdict::judge(NpsFigures{}, 10)); }

    void ownBands()
    {
        QCOMPARE(npsBand(25), NpsBand::Acceptable);
        QCOMPARE(npsBand(25, {-10, 20, 40}), NpsBand::Strong);
        QCOMPARE(npsBand(-5, {-10, 20, 40}), NpsBand::Acceptable);
    }
};

QTEST_GUILESS_MAIN(tst_TargetVerdict)
#include "tst_targetverdict.moc"
