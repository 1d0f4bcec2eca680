#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "report/quarterlyreport.h"
#include "verifyresult.h"

#include <QTest>

#include <random>

class tst_QuarterlyReport : public QObject
{
    Q_OBJECT

private:
    ResponseCache m_cache;

private slots:
    void initTestCase()
    {
        ResponseCache::Builder b({{QStringLiteral("Touchpoint"),
                                   {QStringLiteral("Online"), QStringLiteral("Support")}}});
        std::mt19937 rng(3);
        const char *detractor[] = {"Slow delivery and the delivery was late",
                                   "Billing wrong, call me on 06-12345678",
                                   "Nobody answered, mail piet@example.org"};
        const char *promoter[] = {"Friendly support", "Fast delivery", "Friendly and fast"};
        for (int i = 0; i < 800; ++i) {
            const int score = int(rng() % 11);
            const quint16 codes[] = {quint16(rng() % 2)};
            const QDate date = QDate(2024, 1, 1).addDays(int(rng() % 730));
            const char *answer = score <= 6   ? detractor[rng() % 3]
                                 : score >= 9 ? promoter[rng() % 3]
                                              : "";
            b.add(qint8(score), qint32(date.toJulianDay()), QString::fromUtf8(answer), codes);
        }
        m_cache = b.finish();
    }

    void figuresEqualTheDashboard()
    {
        QuarterlyReport::Options options;
        options.quarter = *Period::parse(QStringLiteral("2025-Q2"));
        const Result<QuarterlyReport> report = QuarterlyReport::build(m_cache, {}, options);
        QVERIFY_RESULT(report);
        Filter q2;
        q2.from = QDate(2025, 4, 1);
        q2.to = QDate(2025, 6, 30);
        const DashboardResult expected = Dashboard(m_cache).compute(q2);
        QCOMPARE(report->current, expected.overall);
        QCOMPARE(report->previous, expected.previous);
        QCOMPARE(report->previousQuarter.label(), QStringLiteral("2025-Q1"));
        QCOMPARE(report->lastYearQuarter.label(), QStringLiteral("2024-Q2"));
        QVERIFY(report->changeOnLastYear);
        QCOMPARE(report->trend.size(), 6); // 2024-Q1 … 2025-Q2: all quarters with data up to it
        QCOMPARE(report->trend.last().figures, expected.overall);
        QCOMPARE(report->segments.size(), 1); // the one dimension, presented by default
        qint64 n = report->segments.first().smallerFigures.n();
        for (const auto &row : report->segments.first().rows)
            n += row.figures.n();
        QCOMPARE(n, expected.overall.n());
        QCOMPARE(report->distribution, expected.distribution);
    }

    // The write-ins of a choice question are no voices: no recurring words, no detractor
    // comments; the same answers under a reason question are.
    void writeInsAreNoVoices_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<bool>("writeIns");
        QTest::newRow("write-ins") << QStringLiteral("MemberSiteOther") << true;
        QTest::newRow("dutch write-ins") << QStringLiteral("Anders, namelijk") << true;
        QTest::newRow("reason") << QStringLiteral("What is the main reason for your score?")
                                << false;
        QTest::newRow("other comments") << QStringLiteral("Any other comments?") << false;
    }

    void writeInsAreNoVoices()
    {
        QFETCH(QString, question);
        QFETCH(bool, writeIns);
        QuarterlyReport::Options options;
        options.quarter = *Period::parse(QStringLiteral("2025-Q3"));
        options.openQuestion = question;
        const QuarterlyReport report = QuarterlyReport::build(m_cache, {}, options).value();
        QCOMPARE(report.writeIns, writeIns);
        QCOMPARE(report.detractorThemes.isEmpty(), writeIns);
        QCOMPARE(report.newestDetractors.isEmpty(), writeIns);
        Filter q3; // the figures are the same either way
        q3.from = QDate(2025, 7, 1);
        q3.to = QDate(2025, 9, 30);
        QCOMPARE(report.current, Dashboard(m_cache).compute(q3).overall);
    }

    void voicesAreMaskedAndGrouped()
    {
        QuarterlyReport::Options options;
        options.quarter = *Period::parse(QStringLiteral("2025-Q3"));
        const QuarterlyReport masked = QuarterlyReport::build(m_cache, {}, options).value();
        QVERIFY(!masked.detractorThemes.isEmpty());
        // "delivery" comes twice in one answer but counts once; "slow" and "late" stand in the
        // same answers, so they are not themes of their own.
        QStringList words;
        qint64 deliveryCount = -1;
        for (const auto &t : masked.detractorThemes) {
            words << t.word;
            if (t.word == u"delivery")
                deliveryCount = t.answers;
        }
        QVERIFY2(words.contains(QStringLiteral("delivery")), qPrintable(words.join(u',')));
        QVERIFY(!words.contains(QStringLiteral("slow")) && !words.contains(QStringLiteral("late")));
        Filter q3;
        q3.from = QDate(2025, 7, 1);
        q3.to = QDate(2025, 9, 30);
        q3.groups = Filter::Detractors;
        q3.text = QStringLiteral("delivery");
        QCOMPARE(deliveryCount, Dashboard(m_cache).compute(q3).responses);
        QStringList everything;
        for (const auto &t : masked.detractorThemes)
            everything << t.quotes;
        for (const auto &q : masked.newestDetractors)
            everything << q.text;
        const QString all = everything.join(u'\n');
        QVERIFY(!all.contains(QStringLiteral("piet@example.org")));
        QVERIFY(!all.contains(QStringLiteral("06-12345678")));
        QVERIFY(all.contains(QStringLiteral("[e-mail]"))
                || all.contains(QStringLiteral("[phone]")));
        QVERIFY(masked.newestDetractors.size() <= 8);
        for (qsizetype i = 1; i < masked.newestDetractors.size(); ++i)
            QVERIFY(masked.newestDetractors.at(i - 1).date >= masked.newestDetractors.at(i).date);

        options.maskPersonalData = false;
        const QuarterlyReport plain = QuarterlyReport::build(m_cache, {}, options).value();
        QStringList quotes;
        for (const auto &q : plain.newestDetractors)
            quotes << q.text;
        QVERIFY(quotes.join(u'\n').contains(QStringLiteral("piet@example.org"))
                || quotes.join(u'\n').contains(QStringLiteral("06-12345678")));
    }

    void allResponsesWithoutDates()
    {
        ResponseCache::Builder b(
            {{QStringLiteral("Plan"), {QStringLiteral("Basic"), QStringLiteral("Pro")}}});
        std::mt19937 rng(5);
        for (int i = 0; i < 200; ++i) {
            const quint16 codes[] = {quint16(rng() % 2)};
            b.add(qint8(rng() % 11), ResponseCache::NoDay, QString(), codes);
        }
        const ResponseCache undated = b.finish();
        QuarterlyReport::Options options;
        options.quarter = *Period::parse(QStringLiteral("2025-Q1"));
        const Result<QuarterlyReport> quarter = QuarterlyReport::build(undated, {}, options);
        QVERIFY(!quarter.ok());
        QVERIFY2(quarter.error().contains(QStringLiteral("all responses")),
                 qPrintable(quarter.error()));
        options.allResponses = true;
        const Result<QuarterlyReport> all = QuarterlyReport::build(undated, {}, options);
        QVERIFY_RESULT(all);
        QCOMPARE(all->current, Dashboard(undated).compute(Filter{}).overall);
        QVERIFY(all->trend.isEmpty());
        QVERIFY(!all->change);
        QVERIFY(!all->hasDates());
        QVERIFY(all->isAllResponses());
        // A dated project reported on all responses: the trend runs to its last quarter.
        QuarterlyReport::Options whole;
        whole.allResponses = true;
        const QuarterlyReport dated = QuarterlyReport::build(m_cache, {}, whole).value();
        QCOMPARE(dated.current.n(), Dashboard(m_cache).compute(Filter{}).overall.n());
        QCOMPARE(dated.trend.last().period.label(), QStringLiteral("2025-Q4"));
        QVERIFY(!dated.change);
    }

    void allResponsesTrendCoversEveryQuarter()
    {
        // Ten quarters of data, more than the trend of one quarter's report shows: a report on
        // all responses has every one of them, the first included.
        ResponseCache::Builder b({{QStringLiteral("Plan"), {QStringLiteral("Basic")}}});
        std::mt19937 rng(7);
        const QDate start(2016, 6, 1);
        const QDate end(2018, 9, 8);
        const int days = int(start.daysTo(end));
        for (int i = 0; i < 400; ++i) {
            const quint16 codes[] = {0};
            const QDate date = i == 0 ? start : start.addDays(int(rng() % (days + 1)));
            b.add(qint8(rng() % 11), qint32(date.toJulianDay()), QString(), codes);
        }
        const ResponseCache cache = b.finish();
        QuarterlyReport::Options options;
        options.allResponses = true;
        QVERIFY(options.trendQuarters < 10);
        const QuarterlyReport all = QuarterlyReport::build(cache, {}, options).value();
        QCOMPARE(all.trend.size(), 10);
        QCOMPARE(all.trend.first().period.label(), QStringLiteral("2016-Q2"));
        QCOMPARE(all.trend.at(1).period.label(), QStringLiteral("2016-Q3"));
        QCOMPARE(all.trend.last().period.label(), QStringLiteral("2018-Q3"));
        qint64 n = 0;
        for (const auto &p : all.trend)
            n += p.figures.n();
        QCOMPARE(n, all.current.n());
        // One quarter's report keeps its trend to the last quarters.
        QuarterlyReport::Options quarter;
        quarter.quarter = *Period::parse(QStringLiteral("2018-Q3"));
        const QuarterlyReport q = QuarterlyReport::build(cache, {}, quarter).value();
        QCOMPARE(q.trend.size(), quarter.trendQuarters);
    }

    void tablesShowGroupsWithEnoughResponses()
    {
        // Values with 120, 60, 12 and 5 responses: two rows and one "smaller groups" line.
        ResponseCache::Builder b({{QStringLiteral("In what country do you currently reside?"),
                                   {QStringLiteral("A"),
                                    QStringLiteral("B"),
                                    QStringLiteral("C"),
                                    QStringLiteral("D")}}});
        const int sizes[] = {120, 60, 12, 5};
        std::mt19937 rng(9);
        for (int v = 0; v < 4; ++v) {
            for (int i = 0; i < sizes[v]; ++i) {
                const quint16 codes[] = {quint16(v)};
                // A scores low: significantly below the rest.
                const int score = v == 0 ? int(rng() % 8) : 6 + int(rng() % 5);
                b.add(qint8(score), qint32(QDate(2025, 2, 1).toJulianDay()), QString(), codes);
            }
        }
        const ResponseCache cache = b.finish();
        QuarterlyReport::Options options;
        options.quarter = *Period::parse(QStringLiteral("2025-Q1"));
        options.targets.segmentTargets = {
            {QStringLiteral("In what country do you currently reside?"), QStringLiteral("B"), 90}};
        options.targets.target = 10;
        const QuarterlyReport r = QuarterlyReport::build(cache, {}, options).value();
        QCOMPARE(r.segments.size(), 1);
        const QuarterlyReport::SegmentTable &t = r.segments.first();
        QCOMPARE(t.label, QStringLiteral("Country"));
        QCOMPARE(t.question, QStringLiteral("In what country do you currently reside?"));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows.at(0).value, QStringLiteral("A"));
        QCOMPARE(t.rows.at(0).figures.n(), 120);
        QCOMPARE(t.smallerGroups, 2);
        QCOMPARE(t.smallerFigures.n(), 17);
        QVERIFY(t.hasTargets);
        QVERIFY(!t.rows.at(0).verdict);
        QVERIFY(t.rows.at(1).verdict);
        QVERIFY(!t.rows.at(1).verdict->meets());
        QVERIFY(r.verdict);
        QCOMPARE(r.verdict->target, 10.0);
        // The executive summary's "where": A stands significantly below the rest.
        QVERIFY(!r.highlights.isEmpty());
        QCOMPARE(r.highlights.first().value, QStringLiteral("A"));
        QVERIFY(!r.highlights.first().againstPrevious);
        QVERIFY(r.highlights.first().comparison.delta < 0);
    }

    void defaultDimensionsAreTheMostRelevant()
    {
        QList<ResponseCache::Dimension> dims;
        const double relevance[] = {0.2, 0.9, 0.85, 0.1, 0.8, 0.7};
        for (int d = 0; d < 6; ++d) {
            ResponseCache::Dimension dim{QStringLiteral("D%1").arg(d),
                                         {QStringLiteral("x"), QStringLiteral("y")}};
            dim.relevance = relevance[d];
            dims << dim;
        }
        dims[2].shownByDefault = false; // kept under "More dimensions…": not presented
        ResponseCache::Builder b(dims);
        const quint16 codes[] = {0, 1, 0, 1, 0, 1};
        b.add(9, ResponseCache::NoDay, QString(), codes);
        const ResponseCache cache = b.finish();
        QCOMPARE(QuarterlyReport::defaultDimensions(cache), (QList<int>{1, 4, 5}));
    }

    void quotesCarryAtMostThreeSegments()
    {
        QList<ResponseCache::Dimension> dims;
        for (int d = 0; d < 6; ++d) {
            ResponseCache::Dimension dim{QStringLiteral("D%1").arg(d),
                                         {QStringLiteral("v%1").arg(d)}};
            dim.relevance = 0.1 * (d + 1);
            dims << dim;
        }
        ResponseCache::Builder b(dims);
        const quint16 codes[] = {0, 0, 0, 0, 0, 0};
        for (int i = 0; i < 40; ++i)
            b.add(3, qint32(QDate(2025, 5, 1).toJulianDay()), QStringLiteral("too slow"), codes);
        const ResponseCache cache = b.finish();
        QuarterlyReport::Options options;
        options.quarter = *Period::parse(QStringLiteral("2025-Q2"));
        options.dimensions = QList<int>{2};
        const QuarterlyReport r = QuarterlyReport::build(cache, {}, options).value();
        QVERIFY(!r.newestDetractors.isEmpty());
        // The presented dimension first, then the most relevant others.
        QCOMPARE(r.newestDetractors.first().segments,
                 (QStringList{QStringLiteral("v2"), QStringLiteral("v5"), QStringLiteral("v4")}));
    }

    // Recurring words come from masked text: a mail domain that many detractors wrote never
    // surfaces as a theme, with or without masked quotes.
    void themesAreTakenFromMaskedText()
    {
        ResponseCache::Builder b({});
        for (int i = 0; i < 40; ++i)
            b.add(qint8(i % 5),
                  qint32(QDate(2025, 8, 1).toJulianDay()) + i % 20,
                  i % 2 ? QStringLiteral("write to klantenservice@bigcorp-mail.example please")
                        : QStringLiteral("müller@bigcorp-mail.example never answers"),
                  nullptr);
        const ResponseCache cache = b.finish();
        for (bool mask : {true, false}) {
            QuarterlyReport::Options options;
            options.quarter = *Period::parse(QStringLiteral("2025-Q3"));
            options.maskPersonalData = mask;
            const QuarterlyReport report = QuarterlyReport::build(cache, {}, options).value();
            QStringList words;
            for (const auto &t : report.detractorThemes)
                words << t.word;
            QVERIFY2(!words.isEmpty(), "the rest of the answers still has themes");
            for (const QString &word : std::as_const(words))
                QVERIFY2(!word.contains(QStringLiteral("bigcorp"))
                             && !word.contains(QStringLiteral("klantenservice"))
                             && !word.contains(QStringLiteral("mail"))
                             && !word.contains(QStringLiteral("example")),
                         qPrintable(words.join(u',')));
        }
    }

    void unknownQuarterOrEmptySelectionFails()
    {
        QuarterlyReport::Options options;
        options.quarter = *Period::parse(QStringLiteral("2030-Q1"));
        const Result<QuarterlyReport> late = QuarterlyReport::build(m_cache, {}, options);
        QVERIFY(!late.ok());
        QVERIFY(late.error().contains(QStringLiteral("2024-Q1")));
        QVERIFY(late.error().contains(QStringLiteral("2025-Q4")));
        options.quarter = *Period::parse(QStringLiteral("2025-Q1"));
        options.filter.text = QStringLiteral("no answer says this");
        const Result<QuarterlyReport> empty = QuarterlyReport::build(m_cache, {}, options);
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().contains(QStringLiteral("No responses")));
    }
};

QTEST_GUILESS_MAIN(tst_QuarterlyReport)
#include "tst_quarterlyreport.moc"
