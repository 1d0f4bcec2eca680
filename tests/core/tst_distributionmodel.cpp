#include "fixturecache.h"
#include "metrics/dashboard.h"
#include "models/distributionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_DistributionModel : public QObject
{
    Q_OBJECT

private slots:
    void elevenScores()
    {
        const ResponseCache cache = fixtureCache();
        DistributionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setResult(Dashboard(cache).compute(Filter{}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(
            model
                .data(model.index(10, DistributionModel::CountColumn), DistributionModel::ValueRole)
                .toLongLong(),
            5);
        QCOMPARE(
            model.data(model.index(9, DistributionModel::CountColumn), DistributionModel::ValueRole)
                .toLongLong(),
            6);
        QCOMPARE(model.data(model.index(9, 0), DistributionModel::GroupRole).toInt(),
                 int(ScoreGroup::Promoter));
        QCOMPARE(model.data(model.index(7, 0), DistributionModel::GroupRole).toInt(),
                 int(ScoreGroup::Passive));
        QCOMPARE(model.data(model.index(6, 0), DistributionModel::GroupRole).toInt(),
                 int(ScoreGroup::Detractor));
        double shares = 0;
        for (int s = 0; s <= 10; ++s)
            shares += model
                          .data(model.index(s, DistributionModel::ShareColumn),
                                DistributionModel::ValueRole)
                          .toDouble();
        QVERIFY(std::abs(shares - 100.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(tst_DistributionModel)
#include "tst_distributionmodel.moc"
