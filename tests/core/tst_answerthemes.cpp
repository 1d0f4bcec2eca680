#include "text/answercorpus.h"
#include "text/answerthemes.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList Answers{
    QString(),
    u"De levering kwam te laat."_s,             // 1
    u"Levering was een week te laat."_s,        // 2
    u"Snelle levering, niet te laat."_s,        // 3
    u"De factuur klopte niet."_s,               // 4
    u"The invoice was wrong again."_s,          // 5
    u"De levering was niet snel."_s,            // 6
    u"Snelle levering!"_s,                      // 7
    u"Lang in de wacht, daarna prima."_s,       // 8
    u"Ik moest wachten op de klantenservice."_s // 9
};

std::vector<quint32> match(const AnswerCorpus &c, const char *text, Language l = Language::Unknown)
{
    return AnswerThemes::matchKeyword(c, {QString::fromUtf8(text), l, ThemeKeyword::Kind::Words});
}

} // namespace

class tst_AnswerThemes : public QObject
{
    Q_OBJECT

private slots:
    void keywords_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<quint32>>("answers");
        const int words = int(ThemeKeyword::Kind::Words);
        QTest::newRow("a word, every form")
            << u"levering"_s << words << QList<quint32>{1, 2, 3, 6, 7};
        // "kwam" is a light verb: "De levering kwam te laat" is "levering te laat" too.
        QTest::newRow("a phrase: consecutive terms, stop words between")
            << u"levering te laat"_s << words << QList<quint32>{1, 2};
        QTest::newRow("negation is its own term") << u"niet snel"_s << words << QList<quint32>{6};
        QTest::newRow("plain word is not its negation")
            << u"snel"_s << words << QList<quint32>{3, 7};
        QTest::newRow("not late is not late") << u"laat"_s << words << QList<quint32>{1, 2};
        QTest::newRow("negation after the verb") << u"klopt niet"_s << words << QList<quint32>{4};
        QTest::newRow("text as typed, any case")
            << u"WACHT"_s << int(ThemeKeyword::Kind::Text) << QList<quint32>{8, 9};
        QTest::newRow("stop words only match nothing") << u"de het"_s << words << QList<quint32>{};
        QTest::newRow("a word no answer has") << u"prijs"_s << words << QList<quint32>{};
    }
    void keywords()
    {
        QFETCH(QString, keyword);
        QFETCH(int, kind);
        QFETCH(QList<quint32>, answers);
        const AnswerCorpus c = AnswerCorpus::build(Answers).value();
        const std::vector<quint32> found
            = AnswerThemes::matchKeyword(c, {keyword, Language::Unknown, ThemeKeyword::Kind(kind)});
        QCOMPARE(QList<quint32>(found.begin(), found.end()), answers);
    }

    // "factuur" and "invoice" can be one theme; an answer can carry several themes.
    void themesAcrossLanguages()
    {
        const AnswerCorpus c = AnswerCorpus::build(Answers).value();
        const QList<Theme> themes{
            {10,
             u"Factuur"_s,
             {{u"factuur"_s, Language::Dutch}, {u"invoice"_s, Language::English}}},
            {11, u"Levering"_s, {{u"levering"_s}}},
            {12, u"Te laat"_s, {{u"te laat"_s}}}};
        const AnswerThemes t = AnswerThemes::match(c, themes);
        QCOMPARE(t.themeCount(), 3);
        QCOMPARE(t.themeId(0), 10);
        QCOMPARE(t.indexOf(12), 2);
        QCOMPARE(QList<quint32>(t.answers(0).begin(), t.answers(0).end()), (QList<quint32>{4, 5}));
        QCOMPARE(QList<quint16>(t.themesOf(2).begin(), t.themesOf(2).end()),
                 (QList<quint16>{1, 2}));
        QVERIFY(t.themesOf(8).empty());
        QVERIFY(t.themesOf(999).empty());
        QCOMPARE(match(c, "invoice", Language::English), (std::vector<quint32>{5}));
    }

    void cancelled()
    {
        const AnswerCorpus c = AnswerCorpus::build(Answers).value();
        std::atomic_bool cancel = true;
        QCOMPARE(AnswerThemes::match(c, {{1, u"x"_s, {{u"levering"_s}}}}, &cancel).themeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AnswerThemes)
#include "tst_answerthemes.moc"
