#include "csv/dialectsniffer.h"
#include "csv/encodingsniffer.h"

#include <QBuffer>
#include <QTest>

class tst_DialectSniffer : public QObject
{
    Q_OBJECT

private:
    static DialectSniffer::Result sniff(QByteArray bytes)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return DialectSniffer::sniff(&buffer);
    }

private slots:
    void delimiter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ",";
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("naam;cijfer;bedrag\nx;8;3,50\ny;9;4,25\n") << ";";
        QTest::newRow("tab") << QByteArray("a\tb, c\n1\t2, 3\n") << "\t";
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << "|";
        QTest::newRow("commas inside quotes")
            << QByteArray("\"a,b\";\"c,d\"\n\"1,2\";\"3,4\"\n") << ";";
        QTest::newRow("quoted newlines") << QByteArray("id,text\n1,\"a;b\nc;d\"\n2,x\n") << ",";
    }

    void delimiter()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(sniff(input).dialect.delimiter, expected.at(0));
    }

    void encoding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<int>("bom");
        QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << QByteArray("UTF-8") << 0;
        QTest::newRow("utf-8") << QByteArray("naam\nJosé\n€ 5\n") << QByteArray("UTF-8") << 0;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFnaam\n") << QByteArray("UTF-8") << 3;
        QTest::newRow("utf-16le bom")
            << QByteArray("\xFF\xFEn\0a\0", 6) << QByteArray("UTF-16LE") << 2;
        QTest::newRow("utf-16be bom")
            << QByteArray("\xFE\xFF\0n\0a", 6) << QByteArray("UTF-16BE") << 2;
        QTest::newRow("utf-16le without bom") << QByteArray("s\0c\0o\0r\0e\0\n\0"
                                                            "9\0\n\0",
                                                            16)
                                              << QByteArray("UTF-16LE") << 0;
        QTest::newRow("cp1252 euro sign") << QByteArray("omschrijving;bedrag\nte duur;\x80 25\n")
                                          << QByteArray("windows-1252") << 0;
        QTest::newRow("cp1252 dutch text")
            << QByteArray("reden\nIk ben tevreden over de co\xf6rdinatie, \x93prima\x94 geholpen. "
                          "Ge\xebrgerd over de factuur.\n")
            << QByteArray("windows-1252") << 0;
    }

    void encoding()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QFETCH(int, bom);
        const DialectSniffer::Result result = sniff(input);
        QCOMPARE(result.dialect.encoding, expected);
        QCOMPARE(result.dialect.bomLength, bom);
        QVERIFY(!result.encodingReason.isEmpty());
    }

    void truncatedSampleIsStillUtf8()
    {
        // A sample cut in the middle of "€" must not make a UTF-8 file look like cp1252.
        QByteArray bytes = "x\n" + QByteArray(70000, 'a') + "\n";
        const QByteArray euro = "€";
        bytes.insert(64 * 1024 - 1, euro);
        QCOMPARE(sniff(bytes).dialect.encoding, QByteArray("UTF-8"));
    }

    void forcedChoicesAreKept()
    {
        QByteArray bytes("a,b;c\n");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        const auto result = DialectSniffer::sniff(&buffer, QChar(u';'), "ISO-8859-15");
        QCOMPARE(result.dialect.delimiter, QChar(u';'));
        QCOMPARE(result.dialect.encoding, QByteArray("ISO-8859-15"));
        QCOMPARE(buffer.pos(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DialectSniffer)
#include "tst_dialectsniffer.moc"
