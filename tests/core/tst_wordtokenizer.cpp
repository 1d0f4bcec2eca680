#include "text/wordtokenizer.h"
#include "tools/answergenerator.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList texts(QStringView text, const std::vector<WordTokenizer::Word> &words)
{
    QStringList out;
    for (const WordTokenizer::Word &w : words)
        out << text.mid(w.start, w.length).toString()
                   + (w.clauseBreakBefore ? QStringLiteral("|") : QString())
                   + (w.bracketed ? QStringLiteral("[]") : QString())
                   + (w.address ? QStringLiteral("@") : QString());
    return out;
}

bool sameWords(const std::vector<WordTokenizer::Word> &a, const std::vector<WordTokenizer::Word> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].start != b[i].start || a[i].length != b[i].length
            || a[i].clauseBreakBefore != b[i].clauseBreakBefore || a[i].bracketed != b[i].bracketed
            || a[i].address != b[i].address)
            return false;
    }
    return true;
}

} // namespace

class tst_WordTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        // "|": a clause break before it; "[]": bracketed; "@": part of an address
        QTest::addColumn<QStringList>("words");
        const auto row = [](const char *name, const char *text, const QStringList &words) {
            QTest::newRow(name) << QString::fromUtf8(text) << words;
        };
        row("plain", "Snelle levering", {u"Snelle"_s, u"levering"_s});
        row("contraction", "I don't like it", {u"I"_s, u"don't"_s, u"like"_s, u"it"_s});
        row("typographic apostrophe", "didn’t work", {u"didn’t"_s, u"work"_s});
        row("decimal number", "charged 3.50 extra", {u"charged"_s, u"3.50"_s, u"extra"_s});
        row("thousands", "1,000 euro", {u"1,000"_s, u"euro"_s});
        row("hyphen splits", "e-mail", {u"e"_s, u"mail"_s});
        row("elision", "l'application", {u"l'application"_s});
        row("web address",
            "www.example.com down",
            {u"www@"_s, u"example|@"_s, u"com|@"_s, u"down"_s});
        row("shop name", "via bol.com besteld", {u"via"_s, u"bol@"_s, u"com|@"_s, u"besteld"_s});
        row("no space after a stop", "Traag.Slecht", {u"Traag"_s, u"Slecht|"_s});
        row("clause break", "Slow. Rude, too", {u"Slow"_s, u"Rude|"_s, u"too|"_s});
        row("dash between words", "good - but slow", {u"good"_s, u"but|"_s, u"slow"_s});
        row("placeholder", "mail [e-mail] now", {u"mail"_s, u"e[]"_s, u"mail[]"_s, u"now"_s});
        row("accents", "Qualität très rápido", {u"Qualität"_s, u"très"_s, u"rápido"_s});
        row("underscore joins", "snake_case", {u"snake_case"_s});
        row("digits and letters", "ggplot2 and R4", {u"ggplot2"_s, u"and"_s, u"R4"_s});
        row("soft hyphen (boundary finder)", "lever\u00adingen", {u"lever\u00adingen"_s});
        row("greek (boundary finder)", "πολύ καλό", {u"πολύ"_s, u"καλό"_s});
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(texts(text, WordTokenizer::words(text)), words);
    }

    // The fast path gives what QTextBoundaryFinder gives, on every text it takes.
    void fastPathIsTheBoundaryFinder_data()
    {
        QTest::addColumn<QString>("text");
        const char *const edge[] = {
            "a.b.c d:e f·g h'i j’k 3.5.6 7,8;9 10'11 x_ _y __ z__1",
            "it's, 'quoted' “curly” ‘single’ (paren) [bracket] a-b a - b a—b …",
            "Ça coûte 25€ • très cher! ¿Por qué? ¡Sí! Müller's Straße; Ærø øre",
            "trailing apostrophe' and 'leading, dots... end. 1.a a.1 ,x x, .5 5.",
            "mixed123abc 4g 5G 10:30 12:00u 3'4\" 2019-10-01 +31 6 1234 5678",
            "tab\there\nnewline\r\ncrlf  double  space",
        };
        for (const char *text : edge)
            QTest::newRow(text) << QString::fromUtf8(text);
        for (const auto mix : {AnswerGenerator::Mix::Dutch,
                               AnswerGenerator::Mix::English,
                               AnswerGenerator::Mix::German}) {
            AnswerGenerator::Generator g(mix, 3);
            for (int i = 0; i < 200; ++i) {
                const QString text = g.next().text;
                QTest::newRow(qPrintable(text)) << text;
            }
        }
        for (const char *file : {"/../../resources/sample/nps-sample.csv",
                                 "/../../resources/sample/nps-sample-nl.csv"}) {
            QFile f(QStringLiteral(NPS_TEST_DATA) + QString::fromLatin1(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromLatin1(f.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size() && i < 300; ++i)
                QTest::newRow(qPrintable(QStringLiteral("sample line %1").arg(i))) << lines.at(i);
        }
    }
    void fastPathIsTheBoundaryFinder()
    {
        QFETCH(QString, text);
        std::vector<WordTokenizer::Word> fast;
        QVERIFY(WordTokenizer::splitSimple(text, fast));
        const std::vector<WordTokenizer::Word> reference
            = WordTokenizer::wordsByBoundaryFinder(text);
        if (!sameWords(fast, reference))
            QCOMPARE(texts(text, fast), texts(text, reference));
    }

    void otherScriptsTakeTheBoundaryFinder()
    {
        std::vector<WordTokenizer::Word> words;
        QVERIFY(!WordTokenizer::splitSimple(u"日本語のテキスト"_s, words));
        QVERIFY(words.empty());
        QVERIFY(!WordTokenizer::words(u"日本語のテキスト"_s).empty());
    }

    void droppingPlaceholdersKeepsTheirBreaks()
    {
        const QString text = u"slow. [e-mail] great"_s;
        std::vector<WordTokenizer::Word> words = WordTokenizer::words(text);
        WordTokenizer::dropBracketed(words);
        QCOMPARE(texts(text, words), (QStringList{u"slow"_s, u"great|"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_WordTokenizer)
#include "tst_wordtokenizer.moc"
