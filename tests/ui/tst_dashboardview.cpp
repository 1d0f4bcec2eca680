#include "breakdownchart.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "distributionchart.h"
#include "filterpanel.h"
#include "filterstate.h"
#include "groupmixbar.h"
#include "models/openanswersmodel.h"
#include "openanswersview.h"
#include "trendchart.h"

#include <QChartView>
#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <random>

// The window's dashboard, driven the way a user drives it: filters, searches and chart clicks.
class tst_DashboardView : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ResponseCache> m_cache;

    static std::shared_ptr<const ResponseCache> makeCache()
    {
        ResponseCache::Builder b(
            {{QStringLiteral("Touchpoint"),
              {QStringLiteral("Online"), QStringLiteral("Retail"), QStringLiteral("Support")}},
             {QStringLiteral("Country"), {QStringLiteral("BE"), QStringLiteral("NL")}}});
        std::mt19937 rng(7);
        const char *answers[]
            = {"", "slow support", "great app", "price too high", "friendly staff"};
        for (int i = 0; i < 3000; ++i) {
            const quint16 codes[] = {quint16(rng() % 3), quint16(rng() % 2)};
            const qint32 day = qint32(QDate(2024, 1, 1).toJulianDay() + rng() % 730);
            b.add(qint8(rng() % 11), day, QString::fromLatin1(answers[rng() % 5]), codes);
        }
        return std::make_shared<const ResponseCache>(b.finish());
    }

    template<typename T>
    static T *find(QWidget *root)
    {
        T *found = root->findChild<T *>();
        if (!found)
            qFatal("widget not found");
        return found;
    }

private slots:
    void initTestCase() { m_cache = makeCache(); }

    void loadingFillsTheViews()
    {
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        controller.setCache(m_cache);
        QCOMPARE(controller.result().responses, 3000);
        QCOMPARE(view.openAnswers()->model()->matchingCount(), 3000);
        const QList<QListWidget *> lists = view.filterPanel()->findChildren<QListWidget *>();
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(0)->count(), 3);
        QVERIFY(lists.at(0)->item(0)->text().startsWith(QStringLiteral("Online  (")));
        QCOMPARE(controller.breakdownDimension(), 0);
        QCOMPARE(controller.result().breakdown.size(), 3);
    }

    void eachKindOfFilterUpdatesTheModels()
    {
        DashboardController controller;
        DashboardView view(&controller);
        view.show();
        controller.setCache(m_cache);
        OpenAnswersModel *answers = view.openAnswers()->model();

        // A segment value ticked in the panel.
        QListWidget *touchpoints = view.filterPanel()->findChildren<QListWidget *>().at(0);
        touchpoints->item(2)->setCheckState(Qt::Checked);
        QCOMPARE(controller.filter().segments.value(0), QSet<quint16>{2});
        const qint64 support = controller.result().responses;
        QVERIFY(support > 800 && support < 1200);
        QCOMPARE(answers->matchingCount(), support);
        // Facets of the other dimension follow; its own keep counting every value.
        QListWidget *countries = view.filterPanel()->findChildren<QListWidget *>().at(1);
        QVERIFY(countries->item(0)->text().contains(
            QLocale().toString(controller.result().facets.at(1).at(0))));

        // A group.
        QList<QCheckBox *> boxes = view.filterPanel()->findChildren<QCheckBox *>();
        QCheckBox *detractors = *std::find_if(boxes.begin(), boxes.end(), [](QCheckBox *b) {
            return b->text().startsWith(QStringLiteral("Detractors"));
        });
        detractors->setChecked(true);
        QCOMPARE(controller.filter().groups, quint8(Filter::Detractors));
        for (int r = 0; r < answers->rowCount(); ++r)
            QVERIFY(answers->index(r, OpenAnswersModel::ScoreColumn).data().toInt() <= 6);

        // The search field, after its short delay.
        view.filterPanel()->searchField()->setText(QStringLiteral("support"));
        QTRY_COMPARE(controller.filter().text, QStringLiteral("support"));
        for (int r = 0; r < answers->rowCount(); ++r)
            QCOMPARE(answers->index(r, answers->answerColumn()).data().toString(),
                     QStringLiteral("slow support"));

        // Back and forward through the filter states.
        QVERIFY(controller.canGoBack());
        controller.back();
        QVERIFY(controller.filter().text.isEmpty());
        controller.forward();
        QCOMPARE(controller.filter().text, QStringLiteral("support"));
        controller.clearFilter();
        QCOMPARE(controller.result().responses, 3000);
        QVERIFY(!view.filterPanel()->searchField()->text().contains(QStringLiteral("support")));
    }

    void chartsLeadToTheAnswers()
    {
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        controller.setCache(m_cache);

        // The first segment of the mix bar is the promoters.
        GroupMixBar *mix = view.mixBar();
        QTest::mouseClick(mix, Qt::LeftButton, {}, QPoint(12, 20));
        QCOMPARE(controller.filter().groups, quint8(Filter::Promoters));
        controller.clearFilter();

        // Score 2 in the histogram is a detractor.
        DistributionChart *histogram = view.distributionChart();
        const double slot = (histogram->width() - 12) / 11.0;
        QTest::mouseClick(
            histogram, Qt::LeftButton, {}, QPoint(int(6 + slot * 2.5), histogram->height() / 2));
        QCOMPARE(controller.filter().groups, quint8(Filter::Detractors));
        controller.clearFilter();

        // The breakdown's first bar is the best touchpoint.
        const QList<BreakdownRow> rows = controller.result().breakdown;
        const auto best = std::max_element(
            rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
                return *a.figures.nps() < *b.figures.nps();
            });
        BreakdownChart *breakdown = view.breakdownChart();
        QTest::mouseClick(breakdown,
                          Qt::LeftButton,
                          {},
                          QPoint(breakdown->width() / 2, 8 + breakdown->fontMetrics().height()));
        QCOMPARE(controller.filter().segments.value(0), QSet<quint16>{best->code});
        controller.clearFilter();

        // A point of the trend: its period.
        const QList<QChartView *> views = view.trendChart()->findChildren<QChartView *>();
        QChartView *npsView = views.first();
        QScatterSeries *points = nullptr;
        for (QAbstractSeries *s : npsView->chart()->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && scatter->count() > 0)
                points = scatter;
        }
        QVERIFY(points);
        const QPointF third = points->at(2);
        QSignalSpy clicked(view.trendChart(), &TrendChart::periodClicked);
        emit points->clicked(third); // what Qt Charts emits for a click on that point
        QCOMPARE(clicked.count(), 1);
        // Every receiver gets the period, though the first one rebuilds the chart (ASan caught
        // the later ones reading it from the replaced list).
        QCOMPARE(clicked.first().first().value<Period>().label(), QStringLiteral("2024-Q3"));
        const Period period
            = controller.result().periods.isEmpty()
                  ? Period{}
                  : Period::containing(*controller.filter().from, Granularity::Quarter);
        QCOMPARE(period.label(), QStringLiteral("2024-Q3"));
        QCOMPARE(*controller.filter().to, QDate(2024, 9, 30));
    }

    void filterStateSurvivesByName()
    {
        Filter f;
        f.segments[1] = {1};
        f.groups = Filter::Passives;
        f.from = QDate(2024, 4, 1);
        f.text = QStringLiteral("price");
        const QVariant saved = FilterState::toVariant(f, *m_cache);
        QCOMPARE(FilterState::fromVariant(saved, *m_cache), f);
        // A project whose dimensions differ keeps what still exists.
        ResponseCache::Builder other(
            {{QStringLiteral("Country"), {QStringLiteral("DE"), QStringLiteral("NL")}}});
        const ResponseCache otherCache = other.finish();
        const Filter restored = FilterState::fromVariant(saved, otherCache);
        QCOMPARE(restored.segments.value(0), QSet<quint16>{1});
        QCOMPARE(restored.groups, quint8(Filter::Passives));
    }
};

QTEST_MAIN(tst_DashboardView)
#include "tst_dashboardview.moc"
