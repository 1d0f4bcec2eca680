#include "breakdownchart.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "distributionchart.h"
#include "filterpanel.h"
#include "filtersection.h"
#include "filterstate.h"
#include "groupmixbar.h"
#include "import/importer.h"
#include "models/openanswersmodel.h"
#include "npsgauge.h"
#include "openanswersview.h"
#include "settingsdialog.h"
#include "store/surveystore.h"
#include "trendchart.h"
#include "verifyresult.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPercentBarSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
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

    // WCAG 2.1 relative luminance and contrast ratio.
    static double luminance(const QColor &c)
    {
        auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    }
    static double contrast(QColor text, const QColor &background)
    {
        // A translucent text colour (Qt's placeholder text) as it lands on the background.
        const double a = text.alphaF();
        text = QColor::fromRgbF(text.redF() * a + background.redF() * (1 - a),
                                text.greenF() * a + background.greenF() * (1 - a),
                                text.blueF() * a + background.blueF() * (1 - a));
        const double l1 = luminance(text), l2 = luminance(background);
        return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
    }

    // Twelve questions of falling relevance; two of them kept out of the default view.
    static std::shared_ptr<const ResponseCache> manyQuestions()
    {
        QList<ResponseCache::Dimension> dims;
        for (int d = 0; d < 12; ++d) {
            ResponseCache::Dimension dim{
                QStringLiteral("In what region number %1 do you currently live?").arg(d + 1),
                {QStringLiteral("North"),
                 QStringLiteral("South"),
                 QStringLiteral("Zebra %1").arg(d)}};
            dim.relevance = 0.95 - 0.05 * ((d * 7) % 12); // stored order is not relevance order
            dim.label = QStringLiteral("Region %1").arg(d + 1);
            dims << dim;
        }
        dims[3].shownByDefault = false;
        ResponseCache::Builder b(dims);
        std::mt19937 rng(3);
        for (int i = 0; i < 500; ++i) {
            quint16 codes[12];
            for (quint16 &c : codes)
                c = quint16(rng() % 3);
            b.add(qint8(rng() % 11),
                  qint32(QDate(2025, 1, 1).toJulianDay() + rng() % 200),
                  QString(),
                  codes);
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
    void gaugeKeepsBandLabelsAndIntervalApartFromTheNeedle()
    {
        // The Carpentries figures: NPS +48, next to the +50 band edge.
        GaugeReading reading;
        reading.figures.detractors = 71;
        reading.figures.passives = 317;
        reading.figures.promoters = 501;
        QImage image(340, 250, QImage::Format_ARGB32);
        for (const QSize size : {QSize(340, 250), QSize(236, 150), QSize(600, 400)}) {
            const NpsGauge::Layout l = NpsGauge::layout(
                QRectF(QPointF(0, 0), size), QApplication::font(), &image, reading);
            QVERIFY(l.radius > 0);
            QStringList labels;
            for (const auto &[label, box] : l.tickLabels) {
                labels << label;
                // Outside the interval band, so never under the needle or the interval.
                for (const QPointF corner :
                     {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()})
                    QVERIFY2(QLineF(l.centre, corner).length() > l.intervalOuter - 0.5
                                 || QLineF(l.centre, box.center()).length() > l.intervalOuter,
                             qPrintable(label));
                QVERIFY2(!box.contains(l.needle.p1()) && !box.contains(l.needle.p2()),
                         qPrintable(label));
            }
            QVERIFY2(labels.contains(QStringLiteral("+50")), qPrintable(labels.join(u' ')));
            QCOMPARE(labels.size(), 5);
            // The needle ends at the ring; the interval band begins after a gap.
            QVERIFY(QLineF(l.centre, l.needle.p2()).length() < l.intervalInner - 2);
            QVERIFY(!l.score.contains(l.needle.p1()));
            for (double t = 0; t <= 1.0; t += 0.05)
                QVERIFY(!l.score.contains(l.needle.pointAt(t)));
        }
    }

    void gaugeCaptionsWrapInsteadOfBeingCut()
    {
        GaugeReading reading;
        reading.figures.detractors = 30;
        reading.figures.passives = 54;
        reading.figures.promoters = 102;
        NpsFigures before;
        before.detractors = 30;
        before.passives = 22;
        before.promoters = 54;
        reading.change = NpsComparison::compare(reading.figures, before);
        QVERIFY(reading.change);
        reading.previousLabel = QStringLiteral("2017-Q4");
        // The report's size and font: the change line is longer than the gauge is wide.
        const QRectF bounds(0, 0, 236, 150);
        QFont font = QApplication::font();
        font.setPointSizeF(9);
        QImage image(236, 150, QImage::Format_ARGB32);
        const NpsGauge::Layout l = NpsGauge::layout(bounds, font, &image, reading);
        QVERIFY(l.radius > 0);
        QCOMPARE(l.captions.size(), 3);
        const QFontMetricsF metrics(font, &image);
        bool wrapped = false;
        for (const NpsGauge::Caption &c : l.captions) {
            QVERIFY2(c.box.width() <= bounds.width(), qPrintable(c.text));
            const QRectF needed
                = metrics.boundingRect(c.box, Qt::AlignHCenter | Qt::TextWordWrap, c.text);
            QVERIFY2(needed.height() <= c.box.height() + 0.5, qPrintable(c.text));
            QVERIFY2(c.box.bottom() <= bounds.bottom() + 1, qPrintable(c.text));
            wrapped = wrapped || c.box.height() > metrics.height() * 1.5;
        }
        QVERIFY(wrapped); // the change line needs two lines here
    }

    void breakdownLabelsWrapInsteadOfBeingCut()
    {
        QList<BreakdownRow> rows;
        const QStringList values{
            QStringLiteral("I have just completed the training, and am taking it at the event"),
            QStringLiteral("Data scientist or analyst"),
            QStringLiteral("Student")};
        for (int i = 0; i < values.size(); ++i) {
            BreakdownRow r;
            r.code = quint16(i);
            r.value = values.at(i);
            r.figures.detractors = 20 + i;
            r.figures.passives = 60;
            r.figures.promoters = 200 - 30 * i;
            rows.append(r);
        }
        BreakdownChart chart;
        chart.resize(370, 300);
        chart.setRows(rows);
        const QFontMetricsF m(chart.font());
        // The labels get the room they need, up to 42% of the width, and wrap beyond it: the
        // row is tall enough for every line of the longest one.
        QVERIFY(chart.labelWidth()
                >= m.horizontalAdvance(QStringLiteral("Data scientist or analyst")) + 8);
        QVERIFY(chart.labelLines() >= 2);
        for (const QString &value : values) {
            const QRectF need = m.boundingRect(QRectF(0, 0, chart.labelWidth() - 8, 1e6),
                                               Qt::AlignRight | Qt::TextWordWrap,
                                               value);
            QVERIFY2(need.height() <= chart.rowHeight(), qPrintable(value));
        }
        // Wide enough, one line each.
        chart.resize(1200, 300);
        QCOMPARE(chart.labelLines(), 1);
        QVERIFY(chart.labelWidth() >= m.horizontalAdvance(values.first()));
    }

    // A group too small to rely on does not stretch the bars' axis with its wide interval: the
    // axis covers the reliable groups' intervals, the small ones' scores, and zero.
    void breakdownAxisFollowsTheReliableGroups()
    {
        const auto row = [](quint16 code, int detractors, int passives, int promoters) {
            BreakdownRow r;
            r.code = code;
            r.value = QString::number(code);
            r.figures.detractors = detractors;
            r.figures.passives = passives;
            r.figures.promoters = promoters;
            return r;
        };
        BreakdownChart chart;
        chart.resize(500, 300);
        // NPS +70 of 400 (interval about +64 … +75), and +60 of 5 (interval −7 … +83).
        chart.setRows({row(0, 20, 80, 300), row(1, 0, 2, 3)});
        QVERIFY(chart.rows().last().figures.interval()->low < 0);
        QCOMPARE(chart.scale(), (std::pair<double, double>(0, 80)));
        // Nor does a small group's score: −100 of 2 is cut at the edge, not the axis' end.
        chart.setRows({row(0, 20, 80, 300), row(1, 2, 0, 0)});
        QCOMPARE(chart.scale(), (std::pair<double, double>(0, 80)));
        // Only small groups: their intervals make the axis.
        chart.setRows({row(1, 0, 2, 3)});
        QCOMPARE(chart.scale().first, -10.0);
    }

    void gaugeBandsStandOutOnADarkWindow()
    {
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                   + 0.0722 * channel(c.blueF());
        };
        for (const QColor window : {QColor(0x1E, 0x1E, 0x1E), QColor(0x2B, 0x2B, 0x2B)}) {
            QPalette dark;
            dark.setColor(QPalette::Window, window);
            const auto bands = NpsGauge::bandColours(dark);
            for (const QColor &band : bands) {
                const double ratio = (luminance(band) + 0.05) / (luminance(window) + 0.05);
                QVERIFY2(ratio >= 3.0, qPrintable(band.name() + u' ' + QString::number(ratio)));
            }
            QVERIFY(NpsGauge::intervalColour(dark) != dark.color(QPalette::WindowText));
        }
    }

    void histogramShowsOnlyTheScaleScores()
    {
        DistributionChart chart;
        chart.resize(330, 170);
        std::array<qint64, 11> counts{};
        for (int s = 1; s <= 10; ++s)
            counts[size_t(s)] = s * 3;
        chart.setCounts(counts, 0x7FF, 1);
        // On a 1–10 scale the first bar is 1: ten slots, none for 0.
        QCOMPARE(chart.scoreAt(QPointF(8, 80)), 1);
        QCOMPARE(chart.scoreAt(QPointF(322, 80)), 10);
        const double slot = (330 - 12) / 10.0;
        QCOMPARE(chart.scoreAt(QPointF(6 + slot * 4.5, 80)), 5);
        chart.setCounts(counts, 0x7FF, 0);
        QCOMPARE(chart.scoreAt(QPointF(8, 80)), 0);
    }

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
        // The most frequent value first.
        const QString first = lists.at(0)->item(0)->text();
        QVERIFY2(first.startsWith(QStringLiteral("Online  ("))
                     || first.startsWith(QStringLiteral("Retail  ("))
                     || first.startsWith(QStringLiteral("Support  (")),
                 qPrintable(first));
        const auto countOf = [](const QString &text) {
            return QStringView(text)
                .mid(text.indexOf(u'(') + 1)
                .chopped(1)
                .toString()
                .remove(u',')
                .toLongLong();
        };
        QVERIFY(countOf(first) >= countOf(lists.at(0)->item(1)->text()));
        QVERIFY(countOf(lists.at(0)->item(1)->text()) >= countOf(lists.at(0)->item(2)->text()));
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

        // A histogram bar: exactly that score, not its whole group.
        DistributionChart *histogram = view.distributionChart();
        const double slot = (histogram->width() - 12) / 11.0;
        QTest::mouseClick(
            histogram, Qt::LeftButton, {}, QPoint(int(6 + slot * 2.5), histogram->height() / 2));
        QCOMPARE(controller.filter().scores, Filter::scoreBit(2));
        QCOMPARE(controller.filter().groups, quint8(Filter::AllGroups));
        controller.clearFilter();

        // The breakdown's first bar is the largest touchpoint.
        const QList<BreakdownRow> rows = controller.result().breakdown;
        const auto largest = std::max_element(
            rows.begin(), rows.end(), [](const BreakdownRow &a, const BreakdownRow &b) {
                return a.figures.n() < b.figures.n();
            });
        BreakdownChart *breakdown = view.breakdownChart();
        QTest::mouseClick(
            breakdown,
            Qt::LeftButton,
            {},
            QPoint(breakdown->width() / 2, int(BreakdownChart::Top + breakdown->rowHeight() / 2)));
        QCOMPARE(controller.filter().segments.value(0), QSet<quint16>{largest->code});
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

    // On a low dashboard (a 1024×700 window) the NPS axis keeps readable labels: fewer of them,
    // never elided to "...".
    void trendAxisLabelsReadableWhenLow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("small window") << QSize(760, 380);
        QTest::newRow("large window") << QSize(1400, 900);
    }

    void trendAxisLabelsReadableWhenLow()
    {
        QFETCH(QSize, size);
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        controller.setCache(m_cache);
        QChartView *nps = view.trendChart()->findChildren<QChartView *>().first();
        QTRY_VERIFY(!nps->chart()->series().isEmpty());
        QTest::qWait(50); // the chart lays out its axes
        QStringList labels;
        for (QGraphicsItem *item : nps->scene()->items()) {
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                text && text->isVisible())
                labels << text->toPlainText();
        }
        QStringList axisLabels;
        for (const QString &label : std::as_const(labels)) {
            QVERIFY2(!label.contains(QStringLiteral("...")) && !label.contains(u'…'),
                     qPrintable(labels.join(u", ")));
            if (label == QStringLiteral("0") || label.startsWith(u'+') || label.startsWith(u'−'))
                axisLabels << label;
        }
        QVERIFY2(axisLabels.size() >= 3, qPrintable(labels.join(u", ")));
    }

    // A narrow dashboard (a 1024-pixel window) puts the cards in two columns instead of making
    // the user scroll sideways; a wide one in three. Every card is within the window.
    void narrowDashboardStacksCards_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("columns");
        QTest::newRow("narrow") << 760 << 2;
        QTest::newRow("wide") << 1400 << 3;
        QTest::newRow("wide again") << -1 << 3; // narrow, then wide
    }

    void narrowDashboardStacksCards()
    {
        QFETCH(int, width);
        QFETCH(int, columns);
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(width < 0 ? 760 : width, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        controller.setCache(m_cache);
        if (width < 0) {
            QTRY_COMPARE(view.cardColumns(), 2);
            view.resize(1400, 600);
        }
        QTRY_COMPARE(view.cardColumns(), columns);
        QTest::qWait(20);
        const QList<QFrame *> cards = view.findChildren<QFrame *>(QStringLiteral("card"));
        QCOMPARE(cards.size(), 5);
        for (QFrame *card : cards) {
            // Within the window, and the dashboard's scroll area has nothing to the side.
            const QPoint right = card->mapTo(&view, card->rect().topRight());
            QVERIFY2(right.x() < view.width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(right.x()).arg(view.width())));
            QWidget *w = card->parentWidget();
            while (w && !qobject_cast<QScrollArea *>(w))
                w = w->parentWidget();
            QVERIFY(w);
            const QScrollBar *side = static_cast<QScrollArea *>(w)->horizontalScrollBar();
            QVERIFY2(side->maximum() == 0,
                     qPrintable(QStringLiteral("scrolls %1 pixels").arg(side->maximum())));
        }
    }

    void trendUpdatedInPlace()
    {
        // A filter change, a date window, another granularity and a target: the trend keeps
        // its charts, series and axes and moves their points (no new QChart per click).
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        controller.setCache(m_cache);
        const QList<QChartView *> views = view.trendChart()->findChildren<QChartView *>();
        QCOMPARE(views.size(), 2);
        QChart *nps = views.first()->chart();
        QChart *mix = views.last()->chart();
        const QList<QAbstractSeries *> npsSeries = nps->series();
        const QList<QAbstractSeries *> mixSeries = mix->series();
        const QList<QAbstractAxis *> axes = nps->axes() + mix->axes();
        QCOMPARE(mixSeries.size(), 1);
        auto *bars = qobject_cast<QPercentBarSeries *>(mixSeries.first());
        QVERIFY(bars);
        const QList<QBarSet *> sets = bars->barSets();
        QLineSeries *line = nullptr;
        QLineSeries *target = nullptr;
        for (QAbstractSeries *s : npsSeries) {
            if (auto *l = qobject_cast<QLineSeries *>(s); l && !qobject_cast<QScatterSeries *>(s))
                (line ? target : line) = l;
        }
        QVERIFY(line && target);

        // The line and the bars show the periods of the controller's result.
        const auto shows = [&] {
            const QList<PeriodFigures> &periods = controller.result().periods;
            QList<QPointF> expected;
            for (qsizetype i = 0; i < periods.size(); ++i) {
                if (const auto value = periods.at(i).figures.nps())
                    expected.append({double(i), *value});
            }
            if (line->points() != expected || sets.at(2)->count() != periods.size())
                return false;
            for (qsizetype i = 0; i < periods.size(); ++i) {
                if (sets.at(2)->at(i) != double(periods.at(i).figures.promoters))
                    return false;
            }
            return !expected.isEmpty();
        };
        const auto kept = [&] {
            return views.first()->chart() == nps && views.last()->chart() == mix
                   && nps->series() == npsSeries && mix->series() == mixSeries
                   && nps->axes() + mix->axes() == axes && bars->barSets() == sets;
        };
        QVERIFY(shows());
        const QList<QPointF> before = line->points();
        QCOMPARE(before.size(), 8); // eight quarters

        Filter f;
        f.segments[0] = {2};
        controller.setFilter(f);
        QVERIFY(kept());
        QVERIFY(shows());
        QVERIFY(line->points() != before);

        f.from = QDate(2024, 4, 1);
        f.to = QDate(2024, 12, 31);
        controller.setFilter(f);
        QVERIFY(kept());
        QVERIFY(shows());
        QCOMPARE(line->points().size(), 3);

        f.granularity = Granularity::Month;
        controller.setFilter(f);
        QVERIFY(kept());
        QVERIFY(shows());
        QCOMPARE(line->points().size(), 9);

        QVERIFY(!target->isVisible());
        ProjectTargets targets;
        targets.target = 20;
        controller.setTargets(targets);
        QVERIFY(kept());
        QVERIFY(target->isVisible());
        QCOMPARE(target->points(), (QList<QPointF>{{-0.5, 20}, {8.5, 20}}));

        controller.setFilter(Filter{});
        QVERIFY(kept());
        QVERIFY(shows());
        QCOMPARE(line->points(), before);
        QCOMPARE(target->points(), (QList<QPointF>{{-0.5, 20}, {7.5, 20}}));
    }

    void relevanceOrderAndMoreDimensions()
    {
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1280, 800);
        view.show();
        const auto cache = manyQuestions();
        controller.setCache(cache);
        FilterPanel *panel = view.filterPanel();
        // The most relevant questions first, by their short labels, the full one as tooltip.
        const QList<int> byRelevance = cache->dimensionsByRelevance();
        QList<int> expectedTop;
        for (int d : byRelevance) {
            if (cache->dimensions().at(d).shownByDefault
                && expectedTop.size() < FilterPanel::ShownDimensions)
                expectedTop << d;
        }
        const QList<FilterSection *> top = panel->sections();
        QCOMPARE(top.size(), FilterPanel::ShownDimensions); // the rest wait under "More"
        for (int i = 0; i < top.size(); ++i) {
            QCOMPARE(panel->dimensionOf(top.at(i)), expectedTop.at(i));
            QCOMPARE(top.at(i)->title(), controller.label(expectedTop.at(i)));
            QCOMPARE(top.at(i)->findChild<QLabel *>()->toolTip(),
                     cache->dimensions().at(expectedTop.at(i)).name);
        }
        // The first three are open; the others closed and not even built yet.
        QVERIFY(top.at(0)->isExpanded() && panel->valueList(expectedTop.at(0)));
        QVERIFY(!top.at(5)->isExpanded() && !panel->valueList(expectedTop.at(5)));
        QVERIFY(!panel->sections().contains(panel->section(3)));
        FilterSection *more = panel->moreSection();
        QVERIFY(more);
        QCOMPARE(more->title(), QStringLiteral("More dimensions… (4)"));
        QVERIFY(!more->isExpanded());
        more->setExpanded(true);
        QCOMPARE(panel->sections().size(), 12);
        QVERIFY(panel->sections().indexOf(panel->section(3)) >= FilterPanel::ShownDimensions);

        // The search over questions and values: a value only one question has.
        more->setExpanded(false);
        panel->dimensionSearch()->setText(QStringLiteral("zebra 3"));
        QVERIFY(more->isExpanded());
        int visible = 0;
        for (FilterSection *s : panel->sections())
            visible += s->isVisibleTo(panel);
        QCOMPARE(visible, 1);
        QVERIFY(panel->section(3)->isExpanded());
        QListWidget *values = panel->valueList(3);
        QVERIFY(values);
        int shownValues = 0;
        for (int i = 0; i < values->count(); ++i)
            shownValues += !values->item(i)->isHidden();
        QCOMPARE(shownValues, 1);
        panel->dimensionSearch()->clear();
        visible = 0;
        for (FilterSection *s : panel->sections())
            visible += s->isVisibleTo(panel);
        QCOMPARE(visible, 12);

        // A value ticked under "More dimensions…" filters, and its section says so.
        values->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(controller.filter().segments.value(3).size(), 1);
    }

    // What the import stored decides how a dimension's values are listed: a number scale by
    // value, other answers by how often they were given, a multi-select question by its
    // options, each counting every respondent who chose it.
    void valuesListedAsTheImportStoredThem()
    {
        using Kind = ResponseCache::Dimension::Kind;
        ResponseCache::Dimension team{
            QStringLiteral("Which team are you in?"),
            {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}};
        team.relevance = 0.9;
        ResponseCache::Dimension years{
            QStringLiteral("How many years have you used it?"),
            {QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("2"), QStringLiteral("5")}};
        years.kind = Kind::Numeric;
        years.relevance = 0.8;
        ResponseCache::Dimension tools{
            QStringLiteral("Which languages do you use?"),
            {QStringLiteral("Python"), QStringLiteral("R"), QStringLiteral("SQL")}};
        tools.kind = Kind::Multi;
        tools.relevance = 0.7;
        ResponseCache::Builder b({team, years, tools});
        // Gamma ×5, Alpha ×3, Beta ×1; R chosen by all, SQL by 4 (with R), Python by 2.
        const quint16 teams[] = {2, 2, 2, 2, 2, 0, 0, 0, 1};
        for (int i = 0; i < 9; ++i) {
            std::vector<quint16> options{1};
            if (i < 4)
                options.push_back(2);
            if (i >= 7)
                options.push_back(0);
            const quint16 codes[] = {teams[i], quint16(i % 4), b.combinationOf(2, options)};
            b.add(qint8(i), qint32(QDate(2025, 2, 1).toJulianDay()), QString(), codes);
        }
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1280, 800);
        view.show();
        controller.setCache(std::make_shared<const ResponseCache>(b.finish()));
        FilterPanel *panel = view.filterPanel();
        auto listed = [panel](int dimension) -> QStringList {
            panel->section(dimension)->setExpanded(true);
            QStringList texts;
            const QListWidget *list = panel->valueList(dimension);
            for (int i = 0; list && i < list->count(); ++i)
                texts << list->item(i)->text();
            return texts;
        };
        QCOMPARE(listed(0),
                 QStringList({QStringLiteral("Gamma  (5)"),
                              QStringLiteral("Alpha  (3)"),
                              QStringLiteral("Beta  (1)")}));
        const QStringList yearValues = listed(1);
        QCOMPARE(yearValues.size(), 4);
        QVERIFY2(yearValues.at(0).startsWith(QStringLiteral("1 "))
                     && yearValues.at(1).startsWith(QStringLiteral("2 "))
                     && yearValues.at(2).startsWith(QStringLiteral("5 "))
                     && yearValues.at(3).startsWith(QStringLiteral("10 ")),
                 qPrintable(yearValues.join(u'|')));
        QCOMPARE(listed(2),
                 QStringList({QStringLiteral("R  (9)"),
                              QStringLiteral("SQL  (4)"),
                              QStringLiteral("Python  (2)")}));
        QVERIFY(panel->section(2)->findChild<QLabel *>()->toolTip().contains(
            QStringLiteral("each option counts on its own")));
        // Ticking one option: everyone who chose it, whatever else they chose.
        panel->valueList(2)->item(1)->setCheckState(Qt::Checked); // SQL
        QCOMPARE(controller.result().responses, 4);
    }

    // The same through a real import of a generated export: what the import stored (years not
    // shown, a multi-select question, a 1–5 scale) decides the panel.
    void panelFollowsWhatTheImportStored()
    {
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("generated.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Timestamp,How likely are you to recommend us to a friend?,Which team are you "
                  "in?,What year were you born?,Which tools do you use? (check all that apply),"
                  "How difficult was it to learn? (1 to 5)\n");
        std::mt19937 rng(11);
        const char *tools[] = {"Python", "\"Python, R\"", "\"R, SQL\"", "R", "\"Python, R, SQL\""};
        for (int i = 0; i < 300; ++i) {
            const char *team = i % 10 < 5 ? "Gamma" : i % 10 < 8 ? "Alpha" : "Beta";
            csv.write(QStringLiteral("%1/%2/2025 10:00:00,%3,%4,%5,%6,%7\n")
                          .arg(1 + i % 12)
                          .arg(1 + i % 28)
                          .arg(rng() % 11)
                          .arg(QString::fromLatin1(team))
                          .arg(1940 + rng() % 60)
                          .arg(QString::fromLatin1(tools[rng() % 5]))
                          .arg(1 + rng() % 5)
                          .toUtf8());
        }
        csv.close();
        SurveyStore store;
        QVERIFY_RESULT(store.open(dir.filePath(QStringLiteral("generated.npsdb"))));
        const ImportReport report = Importer(store).run(csv.fileName());
        QVERIFY2(report.ok(), qPrintable(report.error));
        Result<ResponseCache> loaded = ResponseCache::load(store);
        QVERIFY_RESULT(loaded);
        const auto cache = std::make_shared<const ResponseCache>(std::move(loaded.value()));
        const int team = cache->dimensionIndex(QStringLiteral("Which team are you in?"));
        const int year = cache->dimensionIndex(QStringLiteral("What year were you born?"));
        const int tool = cache->dimensionIndex(
            QStringLiteral("Which tools do you use? (check all that apply)"));
        const int rating
            = cache->dimensionIndex(QStringLiteral("How difficult was it to learn? (1 to 5)"));
        QVERIFY(team >= 0 && year >= 0 && tool >= 0 && rating >= 0);
        QVERIFY(!cache->dimensions().at(year).shownByDefault);
        QCOMPARE(cache->dimensions().at(tool).kind, ResponseCache::Dimension::Kind::Multi);

        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1280, 800);
        view.show();
        controller.setCache(cache);
        FilterPanel *panel = view.filterPanel();
        QVERIFY(!panel->sections().contains(panel->section(year))); // under "More dimensions…"
        QVERIFY(panel->sections().contains(panel->section(team)));
        QVERIFY(panel->moreSection());
        auto firstWords = [panel](int dimension) -> QStringList {
            panel->section(dimension)->setExpanded(true);
            QStringList words;
            const QListWidget *list = panel->valueList(dimension);
            for (int i = 0; list && i < list->count(); ++i)
                words << list->item(i)->text().section(QStringLiteral("  ("), 0, 0);
            return words;
        };
        QCOMPARE(firstWords(team),
                 QStringList(
                     {QStringLiteral("Gamma"), QStringLiteral("Alpha"), QStringLiteral("Beta")}));
        QCOMPARE(firstWords(rating),
                 QStringList({QStringLiteral("1"),
                              QStringLiteral("2"),
                              QStringLiteral("3"),
                              QStringLiteral("4"),
                              QStringLiteral("5")}));
        QStringList options = firstWords(tool);
        QCOMPARE(options.size(), 3);                         // the options, not their combinations
        QCOMPARE(options.constFirst(), QStringLiteral("R")); // chosen by the most
        options.sort();
        QCOMPARE(
            options,
            QStringList({QStringLiteral("Python"), QStringLiteral("R"), QStringLiteral("SQL")}));
    }

    void histogramClickFiltersToThatScore()
    {
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        controller.setCache(m_cache);
        DistributionChart *histogram = view.distributionChart();
        const double slot = (histogram->width() - 12) / 11.0;
        auto click = [&](int score, Qt::KeyboardModifiers modifiers = {}) {
            QTest::mouseClick(histogram,
                              Qt::LeftButton,
                              modifiers,
                              QPoint(int(6 + slot * (score + 0.5)), histogram->height() / 2));
        };
        click(6);
        QCOMPARE(controller.filter().scores, Filter::scoreBit(6));
        const DashboardResult &r = controller.result();
        QCOMPARE(r.overall.n(), r.distribution[6]);
        QCOMPARE(r.responses, r.distribution[6]);
        for (int s = 0; s <= 10; ++s) {
            if (s != 6)
                QCOMPARE(r.distribution[size_t(s)], 0);
        }
        for (int row = 0; row < view.openAnswers()->model()->rowCount(); ++row)
            QCOMPARE(view.openAnswers()
                         ->model()
                         ->index(row, OpenAnswersModel::ScoreColumn)
                         .data()
                         .toInt(),
                     6);
        // Sentences that make no sense for one score are reworded, not a −100 "needs attention".
        QVERIFY(!view.gauge()->reading().partialSelection.isEmpty());
        QVERIFY(!view.passivesSentence()->text().contains(QStringLiteral("silent leak")));
        // Ctrl+click adds a score; a plain click on the only one chosen shows all again.
        click(7, Qt::ControlModifier);
        QCOMPARE(controller.filter().scores, quint16(Filter::scoreBit(6) | Filter::scoreBit(7)));
        click(7, Qt::ControlModifier);
        click(6);
        QCOMPARE(controller.filter().scores, Filter::AllScores);
        QVERIFY(view.gauge()->reading().partialSelection.isEmpty());
        QVERIFY(view.passivesSentence()->text().contains(QStringLiteral("silent leak")));
    }

    void breakdownKeepsAllBars()
    {
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        controller.setCache(m_cache);
        BreakdownChart *chart = view.breakdownChart();
        const int bars = int(chart->rows().size());
        QCOMPARE(bars, 3);
        // Largest first.
        for (int i = 1; i < bars; ++i)
            QVERIFY(chart->rows().at(i - 1).figures.n() >= chart->rows().at(i).figures.n());
        const quint16 second = chart->rows().at(1).code;
        QTest::mouseClick(
            chart,
            Qt::LeftButton,
            {},
            QPoint(chart->width() / 2, int(BreakdownChart::Top + chart->rowHeight() * 1.5)));
        QCOMPARE(controller.filter().segments.value(0), QSet<quint16>{second});
        // Every bar stays, the clicked one highlighted; the rest of the dashboard follows it.
        QCOMPARE(chart->rows().size(), bars);
        QCOMPARE(chart->selected(), QSet<quint16>{second});
        QVERIFY(controller.result().responses < 3000);
        // Ctrl+click a second value; a plain click on the chosen one alone clears it.
        const quint16 first = chart->rows().at(0).code;
        QTest::mouseClick(
            chart,
            Qt::LeftButton,
            Qt::ControlModifier,
            QPoint(chart->width() / 2, int(BreakdownChart::Top + chart->rowHeight() * 0.5)));
        QCOMPARE(controller.filter().segments.value(0), (QSet<quint16>{first, second}));
        QCOMPARE(chart->rows().size(), bars);
        controller.showSegmentValue(0, first, true);
        controller.showSegmentValue(0, second);
        QVERIFY(!controller.filter().segments.contains(0));
        // Sorting by NPS on request; small groups always last.
        chart->setOrder(BreakdownChart::Order::ByNps);
        for (int i = 1; i < bars; ++i)
            QVERIFY(*chart->rows().at(i - 1).figures.nps() >= *chart->rows().at(i).figures.nps());
    }

    void undatedExportSaysSoOnTheTrend()
    {
        ResponseCache::Builder b(
            {{QStringLiteral("Plan"), {QStringLiteral("Basic"), QStringLiteral("Pro")}}});
        for (int i = 0; i < 100; ++i) {
            const quint16 codes[] = {quint16(i % 2)};
            b.add(qint8(i % 11), ResponseCache::NoDay, QString(), codes);
        }
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1280, 800);
        view.show();
        controller.setCache(std::make_shared<const ResponseCache>(b.finish()));
        QVERIFY(view.trendChart()->showsMessage());
        QVERIFY(view.trendChart()->message().contains(QStringLiteral("no dates")));
        QVERIFY(view.trendChart()->message().contains(QStringLiteral("“Date”")));
        // The period controls cannot be used, and say why.
        for (QPushButton *pick : view.filterPanel()->findChildren<QPushButton *>()) {
            if (pick->text() == QStringLiteral("Last quarter")) {
                QVERIFY(!pick->isEnabled());
                QVERIFY(pick->toolTip().contains(QStringLiteral("no dates")));
            }
        }
        // A dated project shows its trend again.
        controller.setCache(m_cache);
        QVERIFY(!view.trendChart()->showsMessage());
    }

    // On a 1–10 scale (no 0) the detractors' label says 1–6; on 0–10 it says 0–6 again.
    void detractorLabelFollowsTheScale()
    {
        ResponseCache::Builder b({});
        b.setScoreScaleMin(1);
        for (int i = 1; i <= 10; ++i)
            b.add(qint8(i), ResponseCache::NoDay, QString(), nullptr);
        DashboardController controller;
        DashboardView view(&controller);
        controller.setCache(std::make_shared<const ResponseCache>(b.finish()));
        auto labels = [&view] {
            QStringList texts;
            for (const QCheckBox *box : view.filterPanel()->findChildren<QCheckBox *>())
                texts << box->text();
            return texts;
        };
        QVERIFY2(labels().contains(QStringLiteral("Detractors (1–6)")),
                 qPrintable(labels().join(u'|')));
        QVERIFY(!labels().contains(QStringLiteral("Detractors (0–6)")));
        controller.setCache(m_cache);
        QVERIFY(labels().contains(QStringLiteral("Detractors (0–6)")));
    }

    void darkModeListTextIsLegible()
    {
        DashboardController controller;
        DashboardView view(&controller);
        view.resize(1280, 800);
        view.show();
        controller.setCache(m_cache); // built in the light palette first, as a user would
        Filter f;
        f.segments[1] = {0}; // a filter, so that some values count zero and are greyed
        controller.setFilter(f);
        SettingsDialog::applyAppearance(QStringLiteral("dark"));
        QCoreApplication::processEvents();
        for (const QString &appearance : {QStringLiteral("dark"), QStringLiteral("light")}) {
            if (appearance == u"light") {
                SettingsDialog::applyAppearance(QStringLiteral("light"));
                QCoreApplication::processEvents();
            }
            const QList<QListWidget *> lists = view.filterPanel()->findChildren<QListWidget *>();
            QVERIFY(!lists.isEmpty());
            for (QListWidget *list : lists) {
                const QColor base = list->viewport()->palette().color(QPalette::Base);
                for (int i = 0; i < list->count(); ++i) {
                    const QVariant foreground = list->item(i)->data(Qt::ForegroundRole);
                    const QColor text = foreground.isValid()
                                            ? foreground.value<QBrush>().color()
                                            : list->palette().color(QPalette::Text);
                    const double ratio = contrast(text, base);
                    QVERIFY2(
                        ratio >= 4.5,
                        qPrintable(
                            QStringLiteral("%1: “%2” %3 on %4 is %5:1")
                                .arg(appearance, list->item(i)->text(), text.name(), base.name())
                                .arg(ratio, 0, 'f', 2)));
                }
            }
            // The answers' table and the panel's section titles too.
            const QPalette table = view.openAnswers()->table()->palette();
            QVERIFY(contrast(table.color(QPalette::Text), table.color(QPalette::Base)) >= 4.5);
            QVERIFY(contrast(table.color(QPalette::Text), table.color(QPalette::AlternateBase))
                    >= 4.5);
            const QPalette panel = view.filterPanel()->palette();
            QVERIFY(contrast(panel.color(QPalette::WindowText), panel.color(QPalette::Window))
                    >= 4.5);
            QVERIFY(contrast(panel.color(QPalette::PlaceholderText), panel.color(QPalette::Window))
                    >= 4.5);
        }
    }

    void filterStateSurvivesByName()
    {
        Filter f;
        f.segments[1] = {1};
        f.groups = Filter::Passives;
        f.from = QDate(2024, 4, 1);
        f.text = QStringLiteral("price");
        f.scores = Filter::scoreBit(6) | Filter::scoreBit(8);
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
