#include "csv/csvreader.h"
#include "tricklebuffer.h"

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
                           QString *error = nullptr,
                           QStringList *problems = nullptr)
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
            if (problems)
                problems->append(reader.recordProblem());
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

    // A quote that is never closed must not swallow the records after it: when the line after
    // the line break it runs over reads as a record of its own (the header's width, values like
    // those of the records so far), the quote is taken as broken and only its record is left
    // out, reported with the lines it spans.
    void brokenQuotes_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::addColumn<QStringList>("problems"); // what each record's problem says
        const QByteArray head = "id,answer,score\n1,fine,9\n2,\"good, really\",8\n";
        const Records headRecords{{u"id"_s, u"answer"_s, u"score"_s},
                                  {u"1"_s, u"fine"_s, u"9"_s},
                                  {u"2"_s, u"good, really"_s, u"8"_s}};

        QTest::newRow("next line is a record")
            << head + "3,\"broken,7\n4,next,6\n5,\"quoted\",10\n"
            << headRecords
                   + Records{{u"3"_s, u"broken,7"_s},
                             {u"4"_s, u"next"_s, u"6"_s},
                             {u"5"_s, u"quoted"_s, u"10"_s}}
            << QList<qint64>{1, 2, 3, 4, 5, 6}
            << QStringList{{}, {}, {}, u"is never closed"_s, {}, {}};
        QTest::newRow("swallows two lines")
            << head + "3,\"broken,7\nnot a record\n4,next,6\n"
            << headRecords
                   + Records{{u"3"_s, u"broken,7\nnot a record"_s}, {u"4"_s, u"next"_s, u"6"_s}}
            << QList<qint64>{1, 2, 3, 4, 6}
            << QStringList{{}, {}, {}, u"lines 4–5 are left out"_s, {}};
        QTest::newRow("on the last line")
            << head + "3,\"never closed,7" << headRecords + Records{{u"3"_s, u"never closed,7"_s}}
            << QList<qint64>{1, 2, 3, 4} << QStringList{{}, {}, {}, u"is never closed"_s};
        QTest::newRow("to the end of the file")
            << head + "3,\"never closed,7\r\nand on\r\n"
            << headRecords + Records{{u"3"_s, u"never closed,7\nand on\n"_s}}
            << QList<qint64>{1, 2, 3, 4} << QStringList{{}, {}, {}, u"lines 4–5 are left out"_s};
        QTest::newRow("crlf") << QByteArray(head).replace("\n", "\r\n")
                                     + "3,\"broken,7\r\n4,next,6\r\n"
                              << headRecords
                                     + Records{{u"3"_s, u"broken,7"_s}, {u"4"_s, u"next"_s, u"6"_s}}
                              << QList<qint64>{1, 2, 3, 4, 5}
                              << QStringList{{}, {}, {}, u"is never closed"_s, {}};
        // Legitimate answers over several lines stay one record, even with the header's number
        // of commas on a line: its values are not like the records' (the id is no number).
        QTest::newRow("multi-line answer with commas")
            << head + "3,\"first, line\nsecond, third, fourth\nlast\",7\n4,next,6\n"
            << headRecords
                   + Records{{u"3"_s, u"first, line\nsecond, third, fourth\nlast"_s, u"7"_s},
                             {u"4"_s, u"next"_s, u"6"_s}}
            << QList<qint64>{1, 2, 3, 4, 7} << QStringList{{}, {}, {}, {}, {}};
        // Found by the hostile-input review: an answer that quotes a line like a record is
        // valid CSV when its quote closes later into a record of the header's width; it was
        // read as a broken quote, and the quoted line stored as a respondent.
        QTest::newRow("multi-line answer quoting a record")
            << head + "3,\"my order:\n4,next,6\nwas wrong\",7\n5,last,6\n"
            << headRecords
                   + Records{{u"3"_s, u"my order:\n4,next,6\nwas wrong"_s, u"7"_s},
                             {u"5"_s, u"last"_s, u"6"_s}}
            << QList<qint64>{1, 2, 3, 4, 7} << QStringList{{}, {}, {}, {}, {}};
        QTest::newRow("multi-line answer quoting a record, then a quoted field")
            << head + "3,\"a\n4,next,6\nb\",\"7\"\n"
            << headRecords + Records{{u"3"_s, u"a\n4,next,6\nb"_s, u"7"_s}}
            << QList<qint64>{1, 2, 3, 4} << QStringList{{}, {}, {}, {}};
        QTest::newRow("multi-line answer ending a line with its quote")
            << head + "3,\"two\n\",7\n4,next,6\n"
            << headRecords + Records{{u"3"_s, u"two\n"_s, u"7"_s}, {u"4"_s, u"next"_s, u"6"_s}}
            << QList<qint64>{1, 2, 3, 4, 6} << QStringList{{}, {}, {}, {}, {}};
    }

    void brokenQuotes()
    {
        QFETCH(QByteArray, input);
        QFETCH(Records, expected);
        QFETCH(QList<qint64>, lines);
        QFETCH(QStringList, problems);
        QList<qint64> actualLines;
        QString error;
        QStringList actualProblems;
        QCOMPARE(readAll(input, CsvDialect{}, &actualLines, &error, &actualProblems), expected);
        QCOMPARE(actualLines, lines);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(actualProblems.size(), problems.size());
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QVERIFY2(problems.at(i).isEmpty() ? actualProblems.at(i).isEmpty()
                                              : actualProblems.at(i).contains(problems.at(i)),
                     qPrintable(u"record %1: %2"_s.arg(i + 1).arg(actualProblems.at(i))));
        }
    }

    // Where the reader's chunks end does not change how a broken quote is read: here the CR
    // after the broken field is the last byte of the first 256 KiB, its LF the first of the next.
    void brokenQuoteAcrossChunkBoundaries()
    {
        constexpr qsizetype Chunk = qsizetype(256) * 1024;
        const QByteArray brokenLine = "77777,\"broken quote";
        QByteArray bytes = "id,answer,score\n";
        for (int i = 1; bytes.size() < Chunk - 200; ++i)
            bytes
                += QByteArray::number(i) + ",fine answer number " + QByteArray::number(i) + ",9\n";
        const qsizetype padding = Chunk - 1 - bytes.size() - brokenLine.size() - 9;
        bytes += "99999," + QByteArray(padding, 'x') + ",9\n" + brokenLine;
        QCOMPARE(bytes.size(), Chunk - 1);
        bytes += "\r\n88888,next,6\r\n";
        QStringList problems;
        const Records records = readAll(bytes, CsvDialect{}, nullptr, nullptr, &problems);
        QCOMPARE(records.at(records.size() - 2), (QStringList{u"77777"_s, u"broken quote"_s}));
        QCOMPARE(records.last(), (QStringList{u"88888"_s, u"next"_s, u"6"_s}));
        QVERIFY(!problems.at(problems.size() - 2).isEmpty());
        QVERIFY(problems.last().isEmpty());
    }

    // Found by fuzzing: a CR that ends one piece of input and an LF that is all of the next
    // piece ended the file there; invalid UTF-8, GB18030 or Windows-1252 bytes that a read cut
    // decoded differently.
    void sameRecordsWhateverThePieceSize_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("records");
        QByteArray utf8 = "id,answer,score\r\n1,\"two\r\nlines\",9\r\n5,plain,10\r\n"
                          "2,\"broken,7\r\n3,x,6\r\n4,\"€ë\",8\r\n"
                          "6,Te duu\x8e\xdd\xc4\xdd\xa5\x9e\x94\x9flijk,3\r\n7,";
        for (int i = 0; i < 100; ++i)
            utf8 += "\xfe\xff\xfb\xc4"; // no ASCII byte for longer than a few reads
        utf8 += ",2";
        QTest::newRow("utf-8") << utf8 << QByteArray("UTF-8") << 8;
        const QByteArray legacy = "id,answer\n1,\xbc\xbc\xbc\xbc\n2,waarschijn\xce\xce\xce\xce\xce"
                                  "\x34,not a date\n3,\xe1\xe1\xe1\x30\x32,x\n";
        QTest::newRow("gb18030") << legacy << QByteArray("GB18030") << 4;
        QTest::newRow("big5") << legacy << QByteArray("Big5") << 4;
        QTest::newRow("windows-1252") << legacy << QByteArray("windows-1252") << 4;
        // A line inside a quoted field that reads as a record, where the field closes into a
        // record of the header's width on a later line that holds a doubled quote: a doubled
        // quote cut by a read was taken for a closing quote and the field for a broken one.
        QTest::newRow("doubled quote after a record-like line")
            << QByteArray("id,score,comment,note\n1,9,good,x\n2,8,ok,y\n3,5,\"first\n"
                          "4,6,second,z\n\",\"say \"\"hi\"\"\"\n")
            << QByteArray("UTF-8") << 4;
    }

    void quotedFieldThatHoldsARecordLikeLine()
    {
        const QByteArray bytes = "id,score,comment,note\n1,9,good,x\n2,8,ok,y\n3,5,\"first\n"
                                 "4,6,second,z\n\",\"say \"\"hi\"\"\"\n";
        QStringList problems;
        const Records records = readAll(bytes, CsvDialect{}, nullptr, nullptr, &problems);
        QCOMPARE(records.last(),
                 (QStringList{u"3"_s, u"5"_s, u"first\n4,6,second,z\n"_s, u"say \"hi\""_s}));
        QVERIFY(problems.last().isEmpty());
    }

    void sameRecordsWhateverThePieceSize()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, encoding);
        QFETCH(int, records);
        CsvDialect dialect;
        dialect.encoding = encoding;
        QStringList wholeProblems;
        const Records whole = readAll(bytes, dialect, nullptr, nullptr, &wholeProblems);
        QCOMPARE(whole.size(), records);
        for (qint64 step = 1; step <= 8; ++step) {
            TrickleBuffer buffer(&bytes, step);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer, dialect);
            Records read;
            QStringList problems;
            while (reader.readRecord()) {
                read.append(reader.fields());
                problems.append(reader.recordProblem());
            }
            QCOMPARE(read, whole);
            QCOMPARE(problems, wholeProblems);
        }
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
