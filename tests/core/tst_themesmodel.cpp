#include "themefixture.h"

#include "metrics/themereport.h"
#include "models/themesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ThemeFixture::fixture;

class tst_ThemesModel : public QObject
{
    Q_OBJECT

private slots:
    void themesByImpact()
    {
        const auto f = fixture();
        ThemesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QList<Theme> themes{{1, u"Levering"_s, {{u"levering"_s}}},
                                  {2, u"Factuur"_s, {{u"factuur"_s}}}};
        ThemeReport report(f->cache, f->membership);
        model.setResult(report.compute(Filter{}), themes);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ThemesModel::ColumnCount));
        // Equal impact (2/9 each): the lower theme id first.
        QCOMPARE(model.data(model.index(0, ThemesModel::LabelColumn)).toString(), u"Levering"_s);
        QCOMPARE(model.data(model.index(0, ThemesModel::ImpactColumn), ThemesModel::ValueRole)
                     .toDouble(),
                 200.0 / 9);
        QCOMPARE(model.data(model.index(0, ThemesModel::MentionsColumn), ThemesModel::ValueRole)
                     .toLongLong(),
                 5);
        QCOMPARE(model.data(model.index(0, 0), ThemesModel::ThemeIdRole).toLongLong(), 1);
        QCOMPARE(
            model.data(model.index(0, ThemesModel::NpsColumn), ThemesModel::ValueRole).toDouble(),
            -25.0);
        QVERIFY(model.data(model.index(0, 0), ThemesModel::SmallSampleRole).toBool());
        QCOMPARE(model.data(model.index(0, 0), ThemesModel::TrendRole).toInt(),
                 int(ThemeTrend::Direction::Falling));
        QVERIFY(model.data(model.index(0, ThemesModel::NpsColumn), ThemesModel::LowRole).isValid());
        QVERIFY(model.data(model.index(0, ThemesModel::ImpactColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(u"2"_s));
        QCOMPARE(model.headerData(ThemesModel::ImpactColumn, Qt::Horizontal).toString(),
                 u"Impact"_s);

        model.sort(ThemesModel::MentionsColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Factuur"_s);
        model.sort(ThemesModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, 0)).toString(), u"Factuur"_s);
        QCOMPARE(model.themeAt(1).id, 1);

        Filter promoters;
        promoters.groups = Filter::Promoters;
        model.setResult(report.compute(promoters), themes);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.figuresAt(0).figures.n(), 1);
        model.setResult({}, themes);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ThemesModel)
#include "tst_themesmodel.moc"
