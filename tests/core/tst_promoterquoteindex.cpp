#include "metrics/promoterquoteindex.h"
#include "metrics/responsecache.h"
#include "metrics/thememembership.h"
#include "text/answercorpus.h"
#include "text/answerthemes.h"
#include "tools/answergenerator.h"

#include <QDate>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

// The Themes view's quotes from the index are those PromoterQuotes finds by reading the
// responses and the corpus, under every filter.
class tst_PromoterQuoteIndex : public QObject
{
    Q_OBJECT

private slots:
    void sameQuotesAsReadingEverything()
    {
        // Generated Dutch and English answers, many repeated (several responses per answer).
        AnswerGenerator::Generator generator(AnswerGenerator::Mix::DutchEnglish, 7);
        ResponseCache::Builder b({{u"Channel"_s, {u"Shop"_s, u"Web"_s}}});
        QList<AnswerGenerator::Answer> distinct;
        for (int i = 0; i < 600; ++i)
            distinct.append(generator.next());
        std::mt19937 rng(11);
        for (int i = 0; i < 3000; ++i) {
            const AnswerGenerator::Answer &a = distinct.at(int(rng() % 600));
            const quint16 codes[] = {quint16(i % 2)};
            b.add(qint8(a.score), qint32(QDate(2025, 1, 1).toJulianDay()) + i % 300, a.text, codes);
        }
        const ResponseCache cache = b.finish();
        const AnswerCorpus corpus = AnswerCorpus::build(cache.answerTexts()).value();
        QList<Theme> themes;
        qint64 id = 1;
        for (const char *word : {"levering",
                                 "delivery",
                                 "factuur",
                                 "app",
                                 "prijs",
                                 "price",
                                 "wachten",
                                 "personeel",
                                 "staff",
                                 "storing"})
            themes.append({id++, QString::fromUtf8(word), {{QString::fromUtf8(word)}}});
        const AnswerThemes answerThemes = AnswerThemes::match(corpus, themes);
        const ThemeMembership membership(cache, answerThemes);
        PromoterQuoteIndex index(cache, corpus, membership);

        std::vector<std::vector<quint8>> filters;
        filters.emplace_back(size_t(cache.size()), 1);    // everyone
        filters.emplace_back(size_t(cache.size()), 0);    // no one
        std::vector<quint8> web(size_t(cache.size()));    // a segment
        std::vector<quint8> random(size_t(cache.size())); // any subset
        for (size_t r = 0; r < web.size(); ++r) {
            web[r] = r % 2;
            random[r] = rng() % 3 == 0;
        }
        filters.push_back(web);
        filters.push_back(random);
        int quoted = 0;
        for (const std::vector<quint8> &pass : filters) {
            for (int t = 0; t < membership.themeCount(); ++t) {
                for (int count : {1, 3, 50}) {
                    const QList<PromoterQuote> expected
                        = PromoterQuotes::forTheme(cache, corpus, membership, pass, t, count);
                    const QList<PromoterQuote> got = index.forTheme(pass, t, count);
                    QCOMPARE(got.size(), expected.size());
                    for (qsizetype k = 0; k < got.size(); ++k) {
                        QCOMPARE(got.at(k).answer, expected.at(k).answer);
                        QCOMPARE(got.at(k).row, expected.at(k).row);
                        QCOMPARE(got.at(k).text, expected.at(k).text);
                        QCOMPARE(got.at(k).score, expected.at(k).score);
                        QVERIFY(cache.score(got.at(k).row) >= 9);
                        QVERIFY(pass[got.at(k).row]);
                    }
                    quoted += int(got.size());
                }
            }
        }
        QVERIFY(quoted > 100); // the comparison compared something
        QVERIFY(index.forTheme(filters.front(), membership.themeCount()).isEmpty());
        QVERIFY(index.forTheme(filters.front(), -1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PromoterQuoteIndex)
#include "tst_promoterquoteindex.moc"
