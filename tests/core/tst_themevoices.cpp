#include "import/importer.h"
#include "metrics/responsecache.h"
#include "metrics/themeanalysis.h"
#include "metrics/themereport.h"
#include "report/themevoices.h"
#include "store/surveystore.h"
#include "text/privacymask.h"
#include "verifyresult.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The report's themes on the bundled sample: by impact, against the previous quarter, with two
// answers each and only the open actions.
class tst_ThemeVoices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ResponseCache> m_cache;
    std::unique_ptr<ThemeAnalysis> m_analysis;

    static Filter inQuarter(const Period &quarter)
    {
        Filter f;
        f.from = quarter.firstDay();
        f.to = quarter.lastDay();
        return f;
    }

private slots:
    void initTestCase()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_dir.filePath(u"voices.npsdb"_s)));
        QVERIFY_RESULT(Importer(store).run(
            QStringLiteral(NPS_TEST_DATA "/../../resources/sample/nps-sample.csv")));
        m_cache = std::make_unique<ResponseCache>(ResponseCache::load(store).value());
        m_analysis = std::make_unique<ThemeAnalysis>(
            ThemeAnalysis::load(store, *m_cache, ThemeAnalysis::Options{}).value());
        QVERIFY(m_analysis->codebook().themes().size() >= 5);
    }

    void againstThePreviousQuarter()
    {
        const Period quarter
            = Period::containingJulianDay(m_cache->lastDay(), Granularity::Quarter);
        const Filter now = inQuarter(quarter), before = inQuarter(quarter.previous());
        ThemeReport report(*m_cache, m_analysis->membership());
        const ThemeReportResult a = report.compute(now), b = report.compute(before);
        const QList<Theme> &themes = m_analysis->codebook().themes();
        // An open and a finished action on the first theme, as the project stores them.
        const qint64 first = themes.constFirst().id;
        const QList<ThemeAction> actions{
            {1, first, u"Call back within a day"_s, u"Ann"_s, QDate(2026, 12, 1)},
            {2, first, u"New invoice layout"_s, u"Bo"_s, {}, ThemeAction::Status::Done}};

        const ThemeVoices v = ThemeVoices::build(*m_analysis, now, before, quarter, actions);
        QVERIFY(!v.isEmpty());
        QVERIFY(v.themes.size() <= 5);
        for (qsizetype k = 0; k < v.themes.size(); ++k) {
            const ThemeVoice &t = v.themes.at(k);
            if (k > 0)
                QVERIFY(v.themes.at(k - 1).impact >= t.impact);
            const ThemeFigures &f = a.themes.at(t.theme);
            QCOMPARE(t.label, themes.at(t.theme).label);
            QCOMPARE(t.mentions, f.mentions);
            QCOMPARE(t.impact, f.impact);
            QCOMPARE(t.figures, f.figures);
            // The move: this quarter's share of the answers against the previous one's.
            const ThemeFigures &p = b.themes.at(t.theme);
            const auto expected = ShareComparison::compare(
                double(f.mentions), double(a.answered), double(p.mentions), double(b.answered));
            QVERIFY(t.change.has_value() && expected.has_value());
            QCOMPARE(t.change->delta, expected->delta);
            QCOMPARE(t.change->significant, expected->significant);
            QCOMPARE(t.changed, quarter);
            QCOMPARE(t.against, quarter.previous());
            QVERIFY(!t.quotes.isEmpty() && t.quotes.size() <= 2);
            QVERIFY(t.quotes.size() < 2 || t.quotes.at(0) != t.quotes.at(1));
            for (const QString &quote : t.quotes)
                QVERIFY(!quote.isEmpty());
            // A theme presented for what it costs is quoted from its detractors (praise under
            // "cost the score most" would mislead), whenever detractors mention it.
            if (f.figures.detractors > 0) {
                QSet<QString> detractorAnswers;
                for (quint32 row : m_analysis->membership().rows(t.theme)) {
                    const int score = m_cache->score(row);
                    if (score >= 0 && score <= 6 && m_cache->day(row) >= now.from->toJulianDay()
                        && m_cache->day(row) <= now.to->toJulianDay())
                        detractorAnswers
                            << PrivacyMask::mask(m_cache->answer(row).toString()).simplified();
                }
                for (const QString &quote : t.quotes)
                    QVERIFY2(detractorAnswers.contains(quote), qPrintable(quote));
            }
            QCOMPARE(t.openActions.size(), t.themeId == first ? 1 : 0);
            if (!t.openActions.isEmpty())
                QCOMPARE(t.openActions.constFirst().description, u"Call back within a day"_s);
        }
        for (const ThemeVoice &r : v.rising)
            QVERIFY(r.change && r.change->delta > 0);
        QVERIFY(v.rising.size() <= 3);
        QVERIFY(v.passives.size() <= 3);
        for (const PassiveVoice &p : v.passives)
            QVERIFY(p.passiveShare > p.promoterShare);
    }

    void allResponsesUseTheThemesOwnTrend()
    {
        const ThemeVoices v = ThemeVoices::build(*m_analysis, Filter{}, std::nullopt, {}, {});
        QVERIFY(!v.isEmpty());
        QVERIFY(!v.praise); // "What is the main reason for your score?"
        ThemeReport report(*m_cache, m_analysis->membership());
        const ThemeReportResult all = report.compute(Filter{});
        for (const ThemeVoice &t : v.themes) {
            const ThemeFigures &f = all.themes.at(t.theme);
            QCOMPARE(t.change.has_value(), f.trend.has_value());
            if (f.trend) {
                QCOMPARE(t.change->delta, f.trend->change.delta);
                QCOMPARE(t.changed, f.trend->last);
            }
            QVERIFY(!t.previousShare);
        }
    }

    // Of a question that asks what respondents like, the themes are what they value: the most
    // mentioned first, each quoted from promoters, though detractors mention it too.
    void aQuestionOfPraise()
    {
        const char *const templates[][4] = {
            {"The staff is friendly and helpful",
             "Friendly staff who really listen",
             "Very friendly staff at the desk",
             "The friendly staff, always patient"},
            {"Fast delivery of my orders",
             "The delivery is fast and on time",
             "Quick and fast delivery every time",
             "Fast delivery, even on weekends"},
            {"The low price compared to others",
             "A low price for good quality",
             "Their price is low and fair",
             "Low price and no hidden costs"},
        };
        QByteArray csv = "Respondent,Date,How likely are you to recommend us?,"
                         "What do you like best about our service?\n";
        QSet<QString> promoterAnswers;
        for (int i = 0; i < 600; ++i) {
            // Theme 0 in half of the answers, theme 1 in a third, theme 2 in a sixth.
            const int theme = i % 6 < 3 ? 0 : i % 6 < 5 ? 1 : 2;
            const int score = i / 6 % 4 == 0 ? 3 : i / 6 % 4 == 1 ? 7 : 10; // in every theme
            const QString answer = QString::fromLatin1(templates[theme][i % 4 == 3 ? 2 : i % 4])
                                   + QStringLiteral(" (%1)").arg(i);
            if (score >= 9)
                promoterAnswers.insert(answer);
            csv += QStringLiteral("R%1,2026-%2-15,%3,%4\n")
                       .arg(i)
                       .arg(1 + i % 9, 2, 10, QChar(u'0'))
                       .arg(score)
                       .arg(answer)
                       .toUtf8();
        }
        const QString path = m_dir.filePath(u"praise.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_dir.filePath(u"praise.npsdb"_s)));
        QVERIFY_RESULT(Importer(store).run(path));
        const ResponseCache cache = ResponseCache::load(store).value();
        const ThemeAnalysis analysis
            = ThemeAnalysis::load(store, cache, ThemeAnalysis::Options{}).value();
        QVERIFY(analysis.codebook().themes().size() >= 2);
        const ThemeVoices v = ThemeVoices::build(analysis, Filter{}, std::nullopt, {}, {});
        QVERIFY(v.praise);
        QVERIFY(v.themes.size() >= 2);
        for (qsizetype k = 1; k < v.themes.size(); ++k)
            QVERIFY(v.themes.at(k - 1).mentions >= v.themes.at(k).mentions);
        for (const ThemeVoice &t : v.themes) {
            QVERIFY(t.figures.detractors > 0); // a detractor's praise is in its figures …
            QVERIFY(!t.quotes.isEmpty());
            for (const QString &quote : t.quotes) // … but its quotes are the promoters'
                QVERIFY2(promoterAnswers.contains(quote), qPrintable(quote));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ThemeVoices)
#include "tst_themevoices.moc"
