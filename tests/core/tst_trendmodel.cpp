#include "fixturecache.h"
#include "metrics/dashboard.h"
#include "models/trendmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class tst_TrendModel : public QObject
{
    Q_OBJECT

private slots:
    void periods()
    {
        const ResponseCache cache = fixtureCache();
        TrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const DashboardResult r = Dashboard(cache).compute(Filter{});
        model.setResult(r);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2); // 2025-Q1 and 2025-Q2
        QCOMPARE(model.data(model.index(0, TrendModel::PeriodColumn)).toString(),
                 QStringLiteral("2025-Q1"));
        const NpsFigures q1 = r.periods.at(0).figures;
        QCOMPARE(
            model.data(model.index(0, TrendModel::CountColumn), TrendModel::ValueRole).toLongLong(),
            q1.n());
        QCOMPARE(
            model.data(model.index(0, TrendModel::NpsColumn), TrendModel::ValueRole).toDouble(),
            *q1.nps());
        QCOMPARE(
            model.data(model.index(0, TrendModel::LowColumn), TrendModel::ValueRole).toDouble(),
            q1.interval()->low);
        QCOMPARE(model.data(model.index(0, TrendModel::PassivesColumn), TrendModel::ValueRole)
                     .toDouble(),
                 *q1.passiveShare());
        QVERIFY(model.data(model.index(0, TrendModel::NpsColumn), TrendModel::SmallSampleRole)
                    .toBool());
        QVERIFY(model.data(model.index(0, TrendModel::NpsColumn)).toString().startsWith(u'+'));
        QCOMPARE(model.headerData(TrendModel::NpsColumn, Qt::Horizontal).toString(),
                 QStringLiteral("NPS"));
        model.setDutch(true);
        QCOMPARE(model.data(model.index(1, TrendModel::PeriodColumn)).toString(),
                 QStringLiteral("2025-K2"));
    }
};

QTEST_GUILESS_MAIN(tst_TrendModel)
#include "tst_trendmodel.moc"
