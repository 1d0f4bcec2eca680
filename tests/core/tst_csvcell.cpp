#include "csv/csvcell.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Cells that a spreadsheet would run as formulas are written as text.
class tst_CsvCell : public QObject
{
    Q_OBJECT

private slots:
    void field_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("tab");
        QTest::newRow("plain") << u"Fast delivery"_s << u"Fast delivery"_s << u"Fast delivery"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("comma") << u"late, again"_s << u"\"late, again\""_s << u"late, again"_s;
        QTest::newRow("quote") << u"the \"app\""_s << u"\"the \"\"app\"\"\""_s << u"the \"app\""_s;
        QTest::newRow("line break") << u"two\nlines"_s << u"\"two\nlines\""_s << u"two lines"_s;
        QTest::newRow("hyperlink formula")
            << u"=HYPERLINK(\"http://x.example\",\"click\")"_s
            << u"\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\""_s
            << u"'=HYPERLINK(\"http://x.example\",\"click\")"_s;
        QTest::newRow("dde") << u"=cmd|' /C calc'!A0"_s << u"\"'=cmd|' /C calc'!A0\""_s
                             << u"'=cmd|' /C calc'!A0"_s;
        QTest::newRow("plus") << u"+1+1"_s << u"\"'+1+1\""_s << u"'+1+1"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"\"'-2+3\""_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"\"'@SUM(A1:A9)\""_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("tab") << u"\t=1+1"_s << u"\"'\t=1+1\""_s << u"' =1+1"_s;
        QTest::newRow("carriage return") << u"\r=1+1"_s << u"\"'\r=1+1\""_s << u"' =1+1"_s;
        QTest::newRow("formula sign inside") << u"a=b"_s << u"a=b"_s << u"a=b"_s;
    }

    void field()
    {
        QFETCH(QString, text);
        QFETCH(QString, csv);
        QFETCH(QString, tab);
        QCOMPARE(CsvCell::field(text), csv);
        QCOMPARE(CsvCell::tabField(text), tab);
    }

    void otherDelimiter()
    {
        QCOMPARE(CsvCell::field(u"a;b"_s, u';'), u"\"a;b\""_s);
        QCOMPARE(CsvCell::field(u"a,b"_s, u';'), u"a,b"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CsvCell)
#include "tst_csvcell.moc"
