#include "import/scoreparser.h"

#include <QTest>

class tst_ScoreParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // 0 empty, 1 score, 2 invalid
        QTest::addColumn<int>("score");
        QTest::newRow("plain") << "9" << 1 << 9;
        QTest::newRow("zero") << "0" << 1 << 0;
        QTest::newRow("ten") << "10" << 1 << 10;
        QTest::newRow("spaces") << "  7 " << 1 << 7;
        QTest::newRow("decimal zero") << "9.0" << 1 << 9;
        QTest::newRow("decimal comma zero") << "8,0" << 1 << 8;
        QTest::newRow("surveymonkey label") << "10 - Extremely likely" << 1 << 10;
        QTest::newRow("equals label") << "0 = Not at all likely" << 1 << 0;
        QTest::newRow("dutch label") << "9 (zeer waarschijnlijk)" << 1 << 9;
        QTest::newRow("en dash label") << "6 – neutraal" << 1 << 6;
        QTest::newRow("empty") << "" << 0 << -1;
        QTest::newRow("blank") << "   " << 0 << -1;
        QTest::newRow("eleven") << "11" << 2 << -1;
        QTest::newRow("minus one") << "-1" << 2 << -1;
        QTest::newRow("n/a") << "N/A" << 2 << -1;
        QTest::newRow("half") << "8.5" << 2 << -1;
        QTest::newRow("text") << "very likely" << 2 << -1;
        QTest::newRow("unit") << "9kg" << 2 << -1;
        QTest::newRow("hundred") << "100" << 2 << -1;
        QTest::newRow("huge") << "99999999999" << 2 << -1;
        QTest::newRow("fraction") << "9/10" << 2 << -1;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, score);
        const ScoreParser::Result r = ScoreParser::parse(text);
        QCOMPARE(int(r.kind), kind);
        if (kind == 1)
            QCOMPARE(r.score, score);
        if (kind == 2)
            QVERIFY(r.reason.contains(QStringLiteral("expected")));
    }

    void numbers()
    {
        QCOMPARE(ScoreParser::parseNumber(u"4"), 4.0);
        QCOMPARE(ScoreParser::parseNumber(u"3,5"), 3.5);
        QCOMPARE(ScoreParser::parseNumber(u"5 - Very satisfied"), 5.0);
        QVERIFY(!ScoreParser::parseNumber(u"n/a"));
        QVERIFY(!ScoreParser::parseNumber(u""));
    }
};

QTEST_GUILESS_MAIN(tst_ScoreParser)
#include "tst_scoreparser.moc"
