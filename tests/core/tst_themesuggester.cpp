#include "text/answercorpus.h"
#include "text/answerthemes.h"
#include "text/lexicon.h"
#include "text/themesuggester.h"
#include "tools/answergenerator.h"
#include "verifyresult.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using AnswerGenerator::Mix;

namespace {

// Generated answers with their planted themes; repeated texts count as one answer with a
// weight, as the response cache's dictionary has them.
struct Planted
{
    QStringList answers{QString()};
    QList<QList<int>> themes{{}};
    std::vector<quint32> weights{0};
};

Planted plant(Mix mix, int responses, quint32 seed)
{
    Planted p;
    AnswerGenerator::Generator g(mix, seed);
    QHash<QString, qsizetype> index;
    for (int i = 0; i < responses; ++i) {
        const AnswerGenerator::Answer a = g.next();
        const auto it = index.constFind(a.text);
        if (it != index.cend()) {
            ++p.weights[size_t(*it)];
            continue;
        }
        index.insert(a.text, p.answers.size());
        p.answers << a.text;
        p.themes << a.themes;
        p.weights.push_back(1);
    }
    return p;
}

AnswerCorpus corpusOf(const QStringList &answers, int threads = 0)
{
    AnswerCorpus::Options options;
    options.threads = threads;
    return AnswerCorpus::build(answers, options).value();
}

} // namespace

class tst_ThemeSuggester : public QObject
{
    Q_OBJECT

private slots:
    // Each planted theme is found as one suggested theme, with precision and recall ≥ 0.8
    // (weighted by responses), and no two planted themes share one suggestion.
    void findsPlantedThemes_data()
    {
        QTest::addColumn<int>("mix");
        QTest::addColumn<int>("responses");
        QTest::addColumn<int>("seed");
        QTest::newRow("nl") << int(Mix::Dutch) << 2000 << 1;
        QTest::newRow("en") << int(Mix::English) << 2000 << 2;
        QTest::newRow("de") << int(Mix::German) << 2000 << 3;
        QTest::newRow("nl+en (app and internet shared)") << int(Mix::DutchEnglish) << 6000 << 7;
    }
    void findsPlantedThemes()
    {
        QFETCH(int, mix);
        QFETCH(int, responses);
        QFETCH(int, seed);
        const Planted p = plant(Mix(mix), responses, quint32(seed));
        const AnswerCorpus corpus = corpusOf(p.answers);
        const Result<QList<Theme>> themes = ThemeSuggester::suggest(corpus, p.weights);
        QVERIFY_RESULT(themes);
        const AnswerThemes found = AnswerThemes::match(corpus, themes.value());
        QSet<int> planted;
        for (const QList<int> &t : p.themes)
            planted.unite(QSet<int>(t.cbegin(), t.cend()));
        QSet<int> used;
        for (int theme : std::as_const(planted)) {
            double size = 0;
            for (qsizetype a = 0; a < p.answers.size(); ++a)
                size += p.themes.at(a).contains(theme) ? p.weights[size_t(a)] : 0;
            int best = -1;
            double bestF = 0, bestPrecision = 0, bestRecall = 0;
            for (int s = 0; s < found.themeCount(); ++s) {
                double suggested = 0, both = 0;
                for (quint32 a : found.answers(s)) {
                    suggested += p.weights[a];
                    both += p.themes.at(a).contains(theme) ? p.weights[a] : 0;
                }
                const double precision = suggested > 0 ? both / suggested : 0;
                const double recall = both / size;
                const double f
                    = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
                if (f > bestF)
                    best = s, bestF = f, bestPrecision = precision, bestRecall = recall;
            }
            const QString planted = AnswerGenerator::topics().at(theme % 8);
            QVERIFY2(best >= 0, qPrintable(planted));
            const QString message
                = u"%1 → “%2”: precision %3, recall %4"_s.arg(planted, themes->at(best).label)
                      .arg(bestPrecision, 0, 'f', 2)
                      .arg(bestRecall, 0, 'f', 2);
            QVERIFY2(bestPrecision >= 0.8 && bestRecall >= 0.8, qPrintable(message));
            QVERIFY2(!used.contains(best), qPrintable(message + u" (already taken)"_s));
            used.insert(best);
        }
    }

    // Labels read as people write: a word or phrase from the answers, never a stop word,
    // never a stem ("lever"), and each theme's keywords mean what the theme holds.
    void labelsAreWrittenWords()
    {
        const Planted p = plant(Mix::Dutch, 2000, 1);
        const AnswerCorpus corpus = corpusOf(p.answers);
        const QList<Theme> themes = ThemeSuggester::suggest(corpus, p.weights).value();
        QVERIFY(themes.size() >= 8);
        const QString all = p.answers.join(u' ').toLower();
        for (const Theme &t : themes) {
            QVERIFY2(all.contains(t.label.toLower()), qPrintable(t.label));
            QVERIFY(!t.keywords.isEmpty());
            const WordRoles roles = Lexicon::instance().roles(t.label.toLower());
            QVERIFY2(!roles.functionWord(), qPrintable(t.label));
        }
    }

    void deterministic()
    {
        const Planted p = plant(Mix::DutchEnglish, 4000, 11);
        const AnswerCorpus one = corpusOf(p.answers, 1);
        const AnswerCorpus two = corpusOf(p.answers, 2);
        const QList<Theme> a = ThemeSuggester::suggest(one, p.weights).value();
        const QList<Theme> b = ThemeSuggester::suggest(two, p.weights).value();
        const QList<Theme> c = ThemeSuggester::suggest(one, p.weights).value();
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QCOMPARE(a, c);
    }

    // The question's own words lead no theme.
    void questionWordsLeadNoTheme()
    {
        QStringList answers{QString()};
        const char *topics[] = {"the community", "the packages", "the syntax", "ggplot"};
        for (int i = 0; i < 200; ++i)
            answers << u"I like %1"_s.arg(QLatin1StringView(topics[i % 4]));
        const AnswerCorpus corpus = corpusOf(answers);
        ThemeSuggester::Options options;
        options.question = u"What do you like best about R?"_s;
        const QList<Theme> themes = ThemeSuggester::suggest(corpus, {}, options).value();
        QStringList labels;
        for (const Theme &t : themes)
            labels << t.label.toLower();
        QVERIFY2(!labels.contains(u"like"_s), qPrintable(labels.join(u", ")));
        QVERIFY2(labels.contains(u"community"_s), qPrintable(labels.join(u", ")));
    }

    void progressAndCancel()
    {
        const Planted p = plant(Mix::English, 1000, 4);
        const AnswerCorpus corpus = corpusOf(p.answers);
        ThemeSuggester::Options options;
        qint64 last = 0, total = 0;
        options.progress = [&](qint64 done, qint64 all) {
            QVERIFY(done >= last && done <= all);
            last = done;
            total = all;
        };
        QVERIFY_RESULT(ThemeSuggester::suggest(corpus, p.weights, options));
        QCOMPARE(last, total);
        std::atomic_bool cancel = true;
        options.progress = {};
        options.cancel = &cancel;
        QVERIFY(!ThemeSuggester::suggest(corpus, p.weights, options).ok());
    }

    void noAnswersNoThemes()
    {
        const AnswerCorpus corpus = corpusOf({QString(), u"ok"_s});
        const Result<QList<Theme>> themes = ThemeSuggester::suggest(corpus);
        QVERIFY_RESULT(themes);
        QVERIFY(themes->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ThemeSuggester)
#include "tst_themesuggester.moc"
