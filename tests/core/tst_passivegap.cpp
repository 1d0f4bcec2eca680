#include "metrics/passivegap.h"
#include "metrics/promoterquotes.h"
#include "metrics/responsecache.h"
#include "metrics/thememembership.h"
#include "metrics/themereport.h"
#include "text/answercorpus.h"
#include "text/answerthemes.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Passives speak of the price, promoters of friendly staff; both of the delivery.
struct Data
{
    ResponseCache cache;
    AnswerCorpus corpus;
    AnswerThemes themes;
    ThemeMembership membership;
};

std::unique_ptr<Data> data()
{
    ResponseCache::Builder b({});
    const auto add = [&b](qint8 score, const QString &answer, int times) {
        for (int i = 0; i < times; ++i)
            b.add(score, qint32(QDate(2025, 3, 1).toJulianDay()), answer, nullptr);
    };
    add(7, u"De prijs is aan de hoge kant"_s, 20);
    add(8, u"Prima, maar de prijs mag lager"_s, 10);
    add(8, u"Snelle levering"_s, 10);
    add(9, u"Snelle levering en vriendelijk personeel"_s, 20);
    add(10, u"Vriendelijk personeel, top!"_s, 25);
    add(10, u"Personeel was vriendelijk maar de prijs is hoog. Mail: a@b.nl"_s, 1);
    add(10, u"Levering"_s, 5);
    auto d = std::make_unique<Data>(Data{b.finish(), {}, {}, {}});
    d->corpus = AnswerCorpus::build(d->cache.answerTexts()).value();
    d->themes = AnswerThemes::match(d->corpus,
                                    {{1, u"Prijs"_s, {{u"prijs"_s}}},
                                     {2, u"Personeel"_s, {{u"personeel"_s}}},
                                     {3, u"Levering"_s, {{u"levering"_s}}}});
    d->membership = ThemeMembership(d->cache, d->themes);
    return d;
}

} // namespace

class tst_PassiveGap : public QObject
{
    Q_OBJECT

private slots:
    void passivesMentionThePrice()
    {
        const auto d = data();
        const std::vector<quint8> all(size_t(d->cache.size()), 1);
        const QList<PassiveGapItem> themes = PassiveGap::themes(d->cache, d->membership, all);
        QVERIFY(!themes.isEmpty());
        const PassiveGapItem &top = themes.first();
        QCOMPARE(top.theme, 0); // Prijs
        QCOMPARE(top.passives, 30);
        QCOMPARE(top.promoters, 1);
        QCOMPARE(top.passiveShare, 75.0);
        QCOMPARE(top.promoterShare, 100.0 / 51);
        QVERIFY(top.comparison.significant);
        QVERIFY(top.comparison.z > 0);
        for (const PassiveGapItem &item : themes)
            QVERIFY(item.theme != 1); // promoters speak of the staff: not a gap
        const QList<PassiveGapItem> words = PassiveGap::words(d->cache, d->corpus, all, 3);
        QVERIFY(!words.isEmpty());
        QCOMPARE(words.first().label, u"prijs"_s);
    }

    // From the themes' figures, as the Themes view has them: the same items as from the rows,
    // under any filter.
    void fromFiguresAsFromRows()
    {
        const auto d = data();
        ThemeReport report(d->cache, d->membership);
        Filter passivesAndPromoters;
        passivesAndPromoters.groups = Filter::Passives | Filter::Promoters;
        Filter detractors;
        detractors.groups = Filter::Detractors;
        for (const Filter &filter : {Filter{}, passivesAndPromoters, detractors}) {
            const ThemeReportResult r = report.compute(filter);
            const QList<PassiveGapItem> fromRows
                = PassiveGap::themes(d->cache, d->membership, report.passing());
            const QList<PassiveGapItem> fromFigures = PassiveGap::themes(r);
            QCOMPARE(fromFigures.size(), fromRows.size());
            for (qsizetype k = 0; k < fromRows.size(); ++k) {
                QCOMPARE(fromFigures.at(k).theme, fromRows.at(k).theme);
                QCOMPARE(fromFigures.at(k).passives, fromRows.at(k).passives);
                QCOMPARE(fromFigures.at(k).promoters, fromRows.at(k).promoters);
                QCOMPARE(fromFigures.at(k).passiveShare, fromRows.at(k).passiveShare);
                QCOMPARE(fromFigures.at(k).comparison.z, fromRows.at(k).comparison.z);
            }
        }
        QVERIFY(!PassiveGap::themes(report.compute({})).isEmpty());
    }

    void quotesRepresentTheTheme()
    {
        const auto d = data();
        const std::vector<quint8> all(size_t(d->cache.size()), 1);
        const QList<PromoterQuote> quotes
            = PromoterQuotes::forTheme(d->cache, d->corpus, d->membership, all, 1, 2);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.first().text, u"Vriendelijk personeel, top!"_s);
        QVERIFY(quotes.first().score >= quotes.last().score);
        QVERIFY(d->cache.score(quotes.first().row) >= 9);
        // Personal data is masked in every quote.
        const QList<PromoterQuote> prijs
            = PromoterQuotes::forTheme(d->cache, d->corpus, d->membership, all, 0, 5);
        QCOMPARE(prijs.size(), 1);
        QVERIFY(!prijs.first().text.contains(u"a@b.nl"_s));
        // Examples come from every group.
        const QList<PromoterQuote> examples
            = PromoterQuotes::examples(d->cache, d->corpus, d->membership, all, 0, 2);
        QCOMPARE(examples.size(), 2);
        QVERIFY(d->cache.score(examples.first().row) < 9);
    }
};

QTEST_GUILESS_MAIN(tst_PassiveGap)
#include "tst_passivegap.moc"
