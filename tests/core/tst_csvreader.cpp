#include "csv/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)

class tst_CsvReader : public QObject
{
    Q_OBJECT

private:
    static Records readAll(QByteArray bytes,
                           const CsvDialect &dialect,
                           QList<qint64> *lines = nullptr,
                           QString *error = nullptr)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        buffer.seek(dialect.bomLength);
        CsvReader reader(&buffer, dialect);
        Records records;
        while (reader.readRecord()) {
            records.append(reader.fields());
            if (lines)
                lines->append(reader.lineNumber());
        }
        if (error)
            *error = reader.errorString();
        return records;
    }

private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<QList<qint64>>("lines");

        QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << ","
                                << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                << QList<qint64>{1, 2};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << "," << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
            << QList<qint64>{1, 2};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << ","
                              << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<qint64>{1, 2};
        QTest::newRow("cr only") << QByteArray("a,b\r1,2\r") << ","
                                 << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                                 << QList<qint64>{1, 2};
        QTest::newRow("quoted delimiter")
            << QByteArray("\"a,b\",c\n") << "," << Records{{u"a,b"_s, u"c"_s}} << QList<qint64>{1};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << ","
                                        << Records{{u"say \"hi\""_s, u"x"_s}} << QList<qint64>{1};
        QTest::newRow("quoted newline")
            << QByteArray("id,text\n1,\"two\nlines\"\n2,x\n") << ","
            << Records{{u"id"_s, u"text"_s}, {u"1"_s, u"two\nlines"_s}, {u"2"_s, u"x"_s}}
            << QList<qint64>{1, 2, 4};
        QTest::newRow("quoted crlf becomes lf")
            << QByteArray("1,\"a\r\nb\"\r\n2,c\r\n") << ","
            << Records{{u"1"_s, u"a\nb"_s}, {u"2"_s, u"c"_s}} << QList<qint64>{1, 3};
        QTest::newRow("empty fields")
            << QByteArray(",,\n") << "," << Records{{u""_s, u""_s, u""_s}} << QList<qint64>{1};
        QTest::newRow("empty quoted field")
            << QByteArray("\"\",x\n") << "," << Records{{u""_s, u"x"_s}} << QList<qint64>{1};
        QTest::newRow("trailing empty columns")
            << QByteArray("a;b;;\n1;2;;\n") << ";"
            << Records{{u"a"_s, u"b"_s, u""_s, u""_s}, {u"1"_s, u"2"_s, u""_s, u""_s}}
            << QList<qint64>{1, 2};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << ","
                                             << Records{{u"a"_s}, {u"b"_s}} << QList<qint64>{1, 4};
        QTest::newRow("tab") << QByteArray("a\tb c\n") << "\t" << Records{{u"a"_s, u"b c"_s}}
                             << QList<qint64>{1};
        QTest::newRow("text after closing quote")
            << QByteArray("\"ab\"c,d\n") << "," << Records{{u"abc"_s, u"d"_s}} << QList<qint64>{1};
        QTest::newRow("quote inside unquoted")
            << QByteArray("5\" screen,x\n") << "," << Records{{u"5\" screen"_s, u"x"_s}}
            << QList<qint64>{1};
        QTest::newRow("ragged rows kept as read")
            << QByteArray("a,b,c\n1\n1,2,3,4\n") << ","
            << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}}
            << QList<qint64>{1, 2, 3};
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, delimiter);
        QFETCH(Records, expected);
        QFETCH(QList<qint64>, lines);
        CsvDialect dialect;
        dialect.delimiter = delimiter.at(0);
        QList<qint64> actualLines;
        QString error;
        QCOMPARE(readAll(input, dialect, &actualLines, &error), expected);
        QCOMPARE(actualLines, lines);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void unterminatedQuoteIsAnError()
    {
        QString error;
        const Records records
            = readAll("a,b\n1,\"never closed\n2,3\n", CsvDialect{}, nullptr, &error);
        QCOMPARE(records.size(), 1);
        QVERIFY(error.contains(QStringLiteral("Line 2")));
        QVERIFY(error.contains(QStringLiteral("never closed")));
    }

    void utf8BomIsSkipped()
    {
        CsvDialect dialect; // the decoder drops a leading BOM even when not skipped by bytes
        const Records records = readAll("\xEF\xBB\xBFid,x\n1,2\n", dialect);
        QCOMPARE(records.first().first(), QStringLiteral("id"));
    }

    void windows1252()
    {
        CsvDialect dialect;
        dialect.delimiter = u';';
        dialect.encoding = "windows-1252";
        const Records records = readAll("tekst;prijs\n\x93Ge\xebrgerd\x94;\x80 5\n", dialect);
        QCOMPARE(records.at(1).at(0), QStringLiteral("“Geërgerd”"));
        QCOMPARE(records.at(1).at(1), QStringLiteral("€ 5"));
    }

    void utf16le()
    {
        const QString text = QStringLiteral("score\ttekst\r\n9\tgoed, één\r\n");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        CsvDialect dialect;
        dialect.delimiter = u'\t';
        dialect.encoding = "UTF-16LE";
        dialect.bomLength = 2;
        const Records records = readAll(bytes, dialect);
        QCOMPARE(records, (Records{{u"score"_s, u"tekst"_s}, {u"9"_s, u"goed, één"_s}}));
    }

    void fieldsAcrossChunkBoundaries()
    {
        // Fields, quotes and CRLF pairs that straddle the reader's 256 KiB chunks.
        QByteArray bytes;
        Records expected;
        for (int i = 0; bytes.size() < qsizetype(1200) * 1024; ++i) {
            const QString longText = QString(1000 + (i * 37) % 3000, QChar(u'a' + i % 26));
            bytes += QByteArray::number(i) + ",\"" + longText.toLatin1() + "\"\"q\r\n" + "\",x\r\n";
            expected.append(
                {QString::number(i), longText + QStringLiteral("\"q\n"), QStringLiteral("x")});
        }
        QCOMPARE(readAll(bytes, CsvDialect{}), expected);
    }

    void multiByteCharactersAcrossChunks()
    {
        QByteArray bytes;
        for (int i = 0; i < 100000; ++i)
            bytes += "€ë,\"“x”\"\n";
        const Records records = readAll(bytes, CsvDialect{});
        QCOMPARE(records.size(), 100000);
        for (const QStringList &r : records)
            QCOMPARE(r, (QStringList{QStringLiteral("€ë"), QStringLiteral("“x”")}));
    }

    void reportsBytesRead()
    {
        QByteArray bytes = "a,b\n1,2\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, CsvDialect{});
        while (reader.readRecord()) {
        }
        QCOMPARE(reader.bytesRead(), bytes.size());
        QVERIFY(reader.atEnd());
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
