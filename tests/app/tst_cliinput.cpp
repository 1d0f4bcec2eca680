#include "core/xlsxfixture.h"
#include "csv/csvreader.h"
#include "npsstudioprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace Qt::StringLiterals;

// What the command line says about files that are not what they should be, and what it leaves
// of them: one message that names the problem, the exit status the README defines, and no
// project changed by a command that only reads.
class tst_CliInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    NpsStudioProcess::Run npsstudio(const QStringList &arguments)
    {
        return NpsStudioProcess::run(m_dir.path(), arguments);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return file.fileName();
    }

    static QByteArray bytesOf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray("missing");
    }

    // The sample as a workbook, the way Excel stores it: text as shared strings (or inline),
    // numbers as numbers, dates as serial numbers with a date style.
    static bool writeWorkbook(const QString &csv, const QString &xlsx, bool inlineStrings)
    {
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        CsvReader reader(&file, CsvDialect{});
        XlsxFixture x;
        QHash<QString, int> strings;
        QByteArray rows;
        int row = 0;
        const auto column = [](qsizetype c) {
            QByteArray name;
            for (qsizetype n = c + 1; n > 0; n = (n - 1) / 26)
                name.prepend(char('A' + (n - 1) % 26));
            return name;
        };
        while (reader.readRecord()) {
            ++row;
            rows += "<row r='" + QByteArray::number(row) + "'>";
            for (qsizetype c = 0; c < reader.fieldCount(); ++c) {
                const QString value = reader.field(c).toString();
                if (value.isEmpty())
                    continue; // left out, as Excel does
                const QByteArray ref = column(c) + QByteArray::number(row);
                bool number = false;
                value.toDouble(&number);
                const bool iso = value.size() == 19 && value.at(4) == u'-' && value.at(10) == u'T';
                const QDateTime when
                    = iso ? QDateTime::fromString(value, Qt::ISODate) : QDateTime();
                if (row > 1 && when.isValid()) {
                    const double serial = double(QDate(1899, 12, 30).daysTo(when.date()))
                                          + double(when.time().msecsSinceStartOfDay()) / 86400000.0;
                    rows += "<c r='" + ref + "' s='1'><v>" + QByteArray::number(serial, 'g', 17)
                            + "</v></c>";
                } else if (row > 1 && number) {
                    rows += "<c r='" + ref + "'><v>" + value.toUtf8() + "</v></c>";
                } else if (inlineStrings) {
                    rows += "<c r='" + ref + "' t='inlineStr'><is><t>"
                            + value.toHtmlEscaped().toUtf8() + "</t></is></c>";
                } else {
                    auto it = strings.find(value);
                    if (it == strings.end()) {
                        it = strings.insert(value, int(x.sharedStrings.size()));
                        x.sharedStrings.append(value);
                    }
                    rows += "<c r='" + ref + "' t='s'><v>" + QByteArray::number(it.value())
                            + "</v></c>";
                }
            }
            rows += "</row>";
        }
        x.sheets.append({u"Responses"_s, rows});
        return x.write(xlsx);
    }

private slots:
    void initTestCase()
    {
        m_sample = path(u"sample.csv"_s);
        QCOMPARE(QProcess::execute(QStringLiteral(GENERATE_SAMPLE_BINARY),
                                   {u"--rows"_s, u"300"_s, u"--out"_s, m_sample}),
                 0);
    }

    // Files that are no export get a message that says what they are, and no detection block.
    void filesThatAreNoExport_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QByteArray random(5000, '\0');
        std::mt19937 rng(7);
        for (char &c : random)
            c = char(rng());
        QTest::newRow("random bytes")
            << u"random.csv"_s << random << u"is not a text export: it holds binary data"_s;
        QTest::newRow("png renamed .csv")
            << u"image.csv"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + random
            << u"is not a text export: it is a PNG image"_s;
        QTest::newRow("pdf renamed .csv")
            << u"report.csv"_s << QByteArray("%PDF-1.7\n") + random << u"it is a PDF document"_s;
        QTest::newRow("header only") << u"header.csv"_s << QByteArray("Score,Comment\r\n")
                                     << u"has a header but no responses"_s;
        QTest::newRow("empty") << u"empty.csv"_s << QByteArray() << u"is empty"_s;
        QTest::newRow("damaged workbook")
            << u"damaged.xlsx"_s << QByteArray("PK\x03\x04") + random.left(300) << u"is damaged"_s;
        QTest::newRow("image renamed .xlsx")
            << u"image.xlsx"_s << QByteArray("\xFF\xD8\xFF\xE0") + random
            << u"is not an .xlsx workbook: it is a JPEG image"_s;
        QTest::newRow("missing") << u"missing.csv"_s << QByteArray() << u"Cannot open"_s;
    }

    void filesThatAreNoExport()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString file = name == u"missing.csv" ? path(name) : write(name, bytes);
        const QString db = path(u"no-export.npsdb"_s);
        const NpsStudioProcess::Run run = npsstudio({u"import"_s, file, u"--db"_s, db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(u"npsstudio: "_s), 1);
        QVERIFY2(!run.out.contains(u"Encoding:"_s) || name == u"header.csv",
                 qPrintable(run.out)); // nothing detected in a file that could not be read
    }

    // A zip bomb through the command line: refused quickly with a clear message.
    void zipBombIsRefused()
    {
        XlsxFixture x;
        x.sharedStringsXml = XlsxFixture::sharedStringsPrefix() + "<si><t>Score</t></si>"
                             + QByteArray(qsizetype(200) * 1000 * 1000, ' ') + "</sst>";
        x.sheets.append({u"Bomb"_s, R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"});
        const QString file = path(u"bomb.xlsx"_s);
        QVERIFY(x.write(file));
        QVERIFY(QFileInfo(file).size() < qint64(1000) * 1000);
        const NpsStudioProcess::Run run
            = npsstudio({u"import"_s, file, u"--db"_s, path(u"bomb.npsdb"_s)});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"the workbook is too large or damaged"_s), qPrintable(run.err));
    }

    // Several files: each its own outcome; the exit status as the README's table says.
    void exitStatusOfSeveralFiles_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("summary");
        QTest::newRow("good and header only")
            << QStringList{u"sample.csv"_s, u"header.csv"_s} << 1
            << u"1 of 2 files imported (0 with skipped rows), 1 failed."_s;
        QTest::newRow("both fail") << QStringList{u"header.csv"_s, u"empty.csv"_s} << 2
                                   << u"0 of 2 files imported (0 with skipped rows), 2 failed."_s;
        QTest::newRow("skipped rows")
            << QStringList{u"sample.csv"_s, u"issues.csv"_s} << 1
            << u"2 of 2 files imported (1 with skipped rows), 0 failed."_s;
        QTest::newRow("all good") << QStringList{u"sample.csv"_s, u"sample.csv"_s} << 0
                                  << u"2 of 2 files imported (0 with skipped rows), 0 failed."_s;
    }

    void exitStatusOfSeveralFiles()
    {
        QFETCH(QStringList, files);
        QFETCH(int, exitCode);
        QFETCH(QString, summary);
        write(u"header.csv"_s, "Score,Comment\n");
        write(u"empty.csv"_s, {});
        write(u"issues.csv"_s, "Score,Comment\n9,Good\n11,Too high\n7,Fine\n");
        static int round = 0;
        const QString db = path(u"several-%1.npsdb"_s.arg(++round));
        QStringList arguments{u"import"_s};
        for (const QString &f : files)
            arguments << path(f);
        arguments << u"--db"_s << db;
        const NpsStudioProcess::Run run = npsstudio(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.out.contains(summary), qPrintable(run.out));
        if (files.contains(u"sample.csv"_s)) {
            const NpsStudioProcess::Run s = npsstudio({u"summary"_s, u"--db"_s, db, u"--json"_s});
            QCOMPARE(s.exitCode, 0);
            QVERIFY(QJsonDocument::fromJson(s.out.toUtf8())[u"overall"_s][u"n"_s].toInt() > 0);
        }
    }

    // summary and report read: another program's database is refused as it is, and a project
    // is not changed by reading it.
    void readingCommandsChangeNothing()
    {
        const QString foreign = path(u"customers.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE customers (id INTEGER, name TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = bytesOf(foreign);
        for (const QStringList &command :
             {QStringList{u"summary"_s, u"--db"_s, foreign},
              QStringList{u"report"_s,
                          u"--db"_s,
                          foreign,
                          u"--quarter"_s,
                          u"2025-Q3"_s,
                          u"--out"_s,
                          path(u"r.html"_s)},
              QStringList{u"import"_s, m_sample, u"--db"_s, foreign}}) {
            const NpsStudioProcess::Run run = npsstudio(command);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(u"not an NPS Studio project"_s), qPrintable(run.err));
        }
        QCOMPARE(bytesOf(foreign), before);
        QVERIFY(!QFile::exists(foreign + u"-wal"_s));

        const QString project = path(u"read.npsdb"_s);
        QCOMPARE(npsstudio({u"import"_s, m_sample, u"--db"_s, project}).exitCode, 0);
        const QByteArray stored = bytesOf(project);
        const QDateTime modified = QFileInfo(project).lastModified();
        QCOMPARE(npsstudio({u"summary"_s, u"--db"_s, project, u"--json"_s}).exitCode, 0);
        QCOMPARE(npsstudio({u"summary"_s, u"--db"_s, project, u"--dimensions"_s}).exitCode, 0);
        QCOMPARE(bytesOf(project), stored);
        QCOMPARE(QFileInfo(project).lastModified(), modified);
    }

    // The same survey as CSV and as XLSX (shared or inline strings) gives the same project:
    // the same summary to the last digit, overall, by segment and per period.
    void csvAndXlsxGiveTheSameSummary_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("inlineStrings");
        QTest::newRow("100,000 rows (scaled), shared strings")
            << NpsStudioProcess::scaledRows(100000, 25000) << false;
        QTest::newRow("20,000 rows, inline strings") << 20000 << true;
    }

    void csvAndXlsxGiveTheSameSummary()
    {
        QFETCH(int, rows);
        QFETCH(bool, inlineStrings);
        const QString csv = path(u"rows-%1.csv"_s.arg(rows));
        QCOMPARE(QProcess::execute(
                     QStringLiteral(GENERATE_SAMPLE_BINARY),
                     {u"--rows"_s, QString::number(rows), u"--seed"_s, u"11"_s, u"--out"_s, csv}),
                 0);
        const QString xlsx = path(inlineStrings ? u"inline.xlsx"_s : u"shared.xlsx"_s);
        QVERIFY(writeWorkbook(csv, xlsx, inlineStrings));
        QVERIFY(QFileInfo(xlsx).size()
                > qint64(256) * 1024); // its sheet unpacks to many 256 KiB pieces
        const QString fromCsv = path(u"from-csv-%1.npsdb"_s.arg(inlineStrings));
        const QString fromXlsx = path(u"from-xlsx-%1.npsdb"_s.arg(inlineStrings));
        QCOMPARE(npsstudio({u"import"_s, csv, u"--db"_s, fromCsv}).exitCode, 0);
        const NpsStudioProcess::Run imported = npsstudio({u"import"_s, xlsx, u"--db"_s, fromXlsx});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
        QVERIFY2(imported.out.contains(u"Read %1 rows: %1 imported, 0 skipped"_s.arg(rows)),
                 qPrintable(imported.out));
        for (const QStringList &options :
             {QStringList{u"--json"_s},
              QStringList{u"--json"_s, u"--by"_s, u"Country"_s, u"--period"_s, u"month"_s},
              QStringList{u"--json"_s, u"--dimensions"_s}}) {
            const NpsStudioProcess::Run a
                = npsstudio(QStringList{u"summary"_s, u"--db"_s, fromCsv} + options);
            const NpsStudioProcess::Run b
                = npsstudio(QStringList{u"summary"_s, u"--db"_s, fromXlsx} + options);
            QCOMPARE(a.exitCode, 0);
            QCOMPARE(b.exitCode, 0);
            QVERIFY(a.out.size() > 100);
            QCOMPARE(b.out, a.out);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliInput)
#include "tst_cliinput.moc"
