#include "npsversion.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The npsstudio command line, end to end, as a user or a script runs it.
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run npsstudio(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(NPSSTUDIO_BINARY), arguments);
        if (!process.waitForFinished(120000))
            qFatal("npsstudio did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        m_sample = path(QStringLiteral("sample.csv"));
        QCOMPARE(QProcess::execute(QStringLiteral(GENERATE_SAMPLE_BINARY),
                                   {QStringLiteral("--rows"), QStringLiteral("500"), QStringLiteral("--out"), m_sample}),
                 0);
    }

    void version()
    {
        const Run run = npsstudio({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("NPS Studio " NPS_VERSION_STRING));
    }

    void help()
    {
        const Run run = npsstudio({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("npsstudio import FILE...")));
        const Run importHelp = npsstudio({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY(importHelp.out.contains(QStringLiteral("--map")));
    }

    void importPrintsWhatItDetected()
    {
        const QString db = path(QStringLiteral("cli.npsdb"));
        const Run run = npsstudio({QStringLiteral("import"), m_sample, QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Generic (one header row)")));
        QVERIFY(run.out.contains(QStringLiteral("Delimiter:  ,")));
        QVERIFY(run.out.contains(QStringLiteral("score = “How likely is it that you would recommend us")));
        QVERIFY(run.out.contains(QStringLiteral("“Customer type”, “Product line”, “Touchpoint”, “Country”")));
        QVERIFY2(run.out.contains(QStringLiteral("Read 500 rows: 500 imported, 0 skipped, 0 already in the project.")), qPrintable(run.out));
        QVERIFY(QFile::exists(db));

        const Run again = npsstudio({QStringLiteral("import"), m_sample, QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("0 imported, 0 skipped, 500 already in the project")));
    }

    void jsonReport()
    {
        const Run run = npsstudio({QStringLiteral("import"), QStringLiteral(NPS_TEST_DATA "/generic-issues.csv"),
                                   QStringLiteral("--db"), path(QStringLiteral("json.npsdb")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject report = doc.object().value(QStringLiteral("imports")).toArray().first().toObject();
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInt(), 10);
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 5);
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 5);
        QCOMPARE(report.value(QStringLiteral("issues")).toArray().size(), 5);
        QCOMPARE(report.value(QStringLiteral("issues")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("detected")).toObject().value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        QCOMPARE(report.value(QStringLiteral("columns")).toObject().value(QStringLiteral("score")).toString(), QStringLiteral("score"));
    }

    void issuesWithLineNumbers()
    {
        const Run run = npsstudio({QStringLiteral("import"), QStringLiteral(NPS_TEST_DATA "/generic-issues.csv"),
                                   QStringLiteral("--db"), path(QStringLiteral("issues.npsdb"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("line 3, column “score”: out of range; expected a whole number from 0 to 10 (found “11”)")));
        QVERIFY(run.out.contains(QStringLiteral("line 7: expected 5 fields, found 6")));
    }

    void strictImportsNothing()
    {
        const QString db = path(QStringLiteral("strict.npsdb"));
        const Run run = npsstudio({QStringLiteral("import"), QStringLiteral(NPS_TEST_DATA "/generic-issues.csv"),
                                   QStringLiteral("--db"), db, QStringLiteral("--strict")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("line 3")));
        const Run json = npsstudio({QStringLiteral("import"), m_sample, QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("imports")).toArray().first().toObject();
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(), 0); // the strict run left nothing behind
    }

    void ambiguousScoreExitsTwo()
    {
        const QString file = write(QStringLiteral("amb.csv"), "Q1,Q2\n1,2\n3,4\n5,6\n7,8\n9,10\n");
        const QString db = path(QStringLiteral("amb.npsdb"));
        const Run run = npsstudio({QStringLiteral("import"), file, QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--map score=COLUMN")));
        const Run chosen = npsstudio({QStringLiteral("import"), file, QStringLiteral("--db"), db, QStringLiteral("--map"), QStringLiteral("score=Q2")});
        QCOMPARE(chosen.exitCode, 0);
        QVERIFY(chosen.out.contains(QStringLiteral("score = “Q2”")));
    }

    void forcedDelimiterAndEncoding()
    {
        const QString file = write(QStringLiteral("forced.txt"), "Score|Reden\n9|Ge\xebrgerd\n");
        const Run run = npsstudio({QStringLiteral("import"), file, QStringLiteral("--db"), path(QStringLiteral("f.npsdb")),
                                   QStringLiteral("--delimiter"), QStringLiteral("|"), QStringLiteral("--encoding"), QStringLiteral("ISO-8859-1")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("chosen by the user")));
        const Run bad = npsstudio({QStringLiteral("import"), file, QStringLiteral("--db"), path(QStringLiteral("f.npsdb")),
                                   QStringLiteral("--encoding"), QStringLiteral("klingon-8")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("klingon-8")));
    }

    void usageErrors()
    {
        const Run noDb = npsstudio({QStringLiteral("import"), m_sample});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(noDb.err.contains(QStringLiteral("--db")));
        const Run noFile = npsstudio({QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("x.npsdb"))});
        QCOMPARE(noFile.exitCode, 2);
        const Run badMap = npsstudio({QStringLiteral("import"), m_sample, QStringLiteral("--db"), path(QStringLiteral("x.npsdb")),
                                      QStringLiteral("--map"), QStringLiteral("score")});
        QCOMPARE(badMap.exitCode, 2);
        QVERIFY(badMap.err.contains(QStringLiteral("ROLE=COLUMN")));
        const Run missing = npsstudio({QStringLiteral("import"), path(QStringLiteral("missing.csv")), QStringLiteral("--db"), path(QStringLiteral("x.npsdb"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("missing.csv")));
    }

    void windowScreenshotOnAnExport()
    {
        const QString png = path(QStringLiteral("window.png"));
        const Run run = npsstudio({QStringLiteral("--screenshot"), png, QStringLiteral("--project"), m_sample});
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        // The export was imported into a new project that the window opened.
        QVERIFY(QFile::exists(path(QStringLiteral("data/NPS Studio/npsstudio/projects/sample.npsdb"))));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
