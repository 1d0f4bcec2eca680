#include "fixturecache.h"
#include "metrics/dashboard.h"
#include "models/breakdownmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class tst_BreakdownModel : public QObject
{
    Q_OBJECT

private slots:
    void valuesAgainstTheRest()
    {
        const ResponseCache cache = fixtureCache();
        BreakdownModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DashboardResult r = Dashboard(cache).compute(Filter{}, 0);
        model.setResult(r);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, BreakdownModel::ValueColumn)).toString(),
                 QStringLiteral("Support"));
        const NpsFigures support = r.breakdown.at(1).figures;
        QCOMPARE(model.data(model.index(1, BreakdownModel::CountColumn), BreakdownModel::ValueRole)
                     .toLongLong(),
                 support.n());
        const double rest = *(r.overall - support).nps();
        QCOMPARE(
            model.data(model.index(1, BreakdownModel::DifferenceColumn), BreakdownModel::ValueRole)
                .toDouble(),
            *support.nps() - rest);
        QCOMPARE(model.data(model.index(1, 0), BreakdownModel::CodeRole).toInt(), 1);
        QCOMPARE(model.data(model.index(1, 0), BreakdownModel::SignificantRole).toBool(),
                 r.breakdown.at(1).versusRest->significant);
        QVERIFY(model.data(model.index(1, BreakdownModel::NpsColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("30")));
        model.setResult(Dashboard(cache).compute(Filter{}, -1));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_BreakdownModel)
#include "tst_breakdownmodel.moc"
