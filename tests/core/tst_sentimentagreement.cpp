#include "import/importer.h"
#include "metrics/responsecache.h"
#include "metrics/sentimentagreement.h"
#include "store/surveystore.h"
#include "text/answercorpus.h"
#include "themefixture.h"
#include "verifyresult.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Measured
{
    SentimentAgreement agreement;
    qint64 responses = 0;
};

Measured measure(const QString &file, const QStringList &map = {})
{
    QTemporaryDir dir;
    SurveyStore store;
    if (!store.open(dir.filePath(u"p.npsdb"_s)).ok())
        return {};
    ImportOptions options;
    for (const QString &m : map)
        options.map.append({m.section(u'=', 0, 0), m.section(u'=', 1)});
    if (!Importer(store).run(file, options).ok())
        return {};
    const ResponseCache cache = ResponseCache::load(store).value();
    const AnswerCorpus corpus = AnswerCorpus::build(cache.answerTexts()).value();
    return {SentimentAgreement::measure(cache, corpus), cache.size()};
}

} // namespace

class tst_SentimentAgreement : public QObject
{
    Q_OBJECT

private slots:
    void countsByHand()
    {
        const auto f = ThemeFixture::fixture();
        const SentimentAgreement a = SentimentAgreement::measure(f->cache, f->corpus);
        // Detractors with words: rows 0, 1, 8 ("te laat" and "fout" read negative).
        QCOMPARE(a.counts[0][0], 3);
        QCOMPARE(*a.detractorsNegative(), 100.0);
        // Promoters: "snelle levering", "factuur klopt" and "prima" positive.
        QCOMPARE(a.counts[2][2], 3);
        QCOMPARE(*a.agreement(), 100.0);
        // Passives: "levering" neutral, "prima" positive.
        QCOMPARE(a.counts[1][1], 1);
        QCOMPARE(a.counts[1][2], 1);
        std::vector<quint8> onlyFirst(size_t(f->cache.size()), 0);
        onlyFirst[0] = 1;
        const SentimentAgreement one = SentimentAgreement::measure(f->cache, f->corpus, &onlyFirst);
        QCOMPARE(*one.agreement(), 100.0);
        QVERIFY(!one.promotersPositive());
    }

    // On the bundled samples, promoters' answers read positive and detractors' negative.
    void floorOnTheSample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("english") << u"nps-sample.csv"_s;
        QTest::newRow("dutch") << u"nps-sample-nl.csv"_s;
    }
    void floorOnTheSample()
    {
        QFETCH(QString, file);
        const Measured m = measure(QStringLiteral(NPS_TEST_DATA "/../../resources/sample/") + file);
        QVERIFY(m.responses > 0);
        const SentimentAgreement &a = m.agreement;
        qInfo("%s: promoters positive %.1f%%, detractors negative %.1f%%, agreement %.1f%%",
              qPrintable(file),
              a.promotersPositive().value_or(-1),
              a.detractorsNegative().value_or(-1),
              a.agreement().value_or(-1));
        QVERIFY(a.promotersPositive().value_or(0) >= 95);
        QVERIFY(a.detractorsNegative().value_or(0) >= 85);
        QVERIFY(a.agreement().value_or(0) >= 90);
    }

    // The real exports: stated, not held to a floor — their open questions ask what people
    // like best or least, not the reason for their score.
    void realExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("map");
        QTest::newRow("R, like best")
            << u"r-community-survey-2019-english.csv"_s
            << QStringList{u"answer=What do you like best about using R?"_s};
        QTest::newRow("R, like least")
            << u"r-community-survey-2019-english.csv"_s
            << QStringList{u"answer=What do you like least about using R?"_s};
        QTest::newRow("Carpentries")
            << u"carpentries-instructor-training-post-2018-09.csv"_s << QStringList{};
    }
    void realExports()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, map);
        const QString path = QStringLiteral(NPS_SHARED_DATA "/") + file;
        if (!QFile::exists(path))
            QSKIP("the shared data is not here");
        const Measured m = measure(path, map);
        QVERIFY(m.responses > 0);
        const SentimentAgreement &a = m.agreement;
        qInfo("%s %s: promoters positive %.1f%%, detractors negative %.1f%%, agreement %.1f%%",
              qPrintable(file),
              qPrintable(map.join(u' ')),
              a.promotersPositive().value_or(-1),
              a.detractorsNegative().value_or(-1),
              a.agreement().value_or(-1));
    }
};

QTEST_GUILESS_MAIN(tst_SentimentAgreement)
#include "tst_sentimentagreement.moc"
