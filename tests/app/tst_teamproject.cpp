#include "npsstudioprocess.h"
#include "pgserver.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <random>

using namespace Qt::StringLiterals;

// A team project on a real (throwaway) PostgreSQL server, through the npsstudio binary: every
// command reads the same figures as from a file, two analysts importing overlapping exports at
// once store each respondent once, a killed import leaves nothing, a reader sees the old or the
// new state, a viewer may read but not import, and a project moves to the server and back.
class tst_TeamProject : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PgServer m_server;
    QString m_small; // 500 rows
    QString m_big;   // 40,000 rows (scaled, see NpsStudioProcess::scaledRows)

    QString path(const QString &name) const { return m_dir.filePath(name); }

    NpsStudioProcess::Run npsstudio(const QStringList &arguments)
    {
        return NpsStudioProcess::run(m_dir.path(), arguments);
    }

    QJsonObject json(const QStringList &arguments)
    {
        const NpsStudioProcess::Run run = npsstudio(arguments + QStringList{u"--json"_s});
        if (run.exitCode != 0)
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // What a reader of the project sees: the figures (summary --json) and the open answers.
    QByteArray figures(const QString &db)
    {
        QJsonObject all{
            {u"summary"_s, json({u"summary"_s, u"--db"_s, db})},
            {u"by_country"_s, json({u"summary"_s, u"--db"_s, db, u"--by"_s, u"Country"_s})},
            {u"answers"_s, json({u"answers"_s, u"--db"_s, db})}};
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

    static qint64 count(const QString &db, const QString &sql)
    {
        SurveyStore store;
        if (!store.open(db, SurveyStore::OpenMode::ReadOnly))
            return -1;
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next())
            return -2;
        return query.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        m_small = path(u"small.csv"_s);
        m_big = path(u"big.csv"_s);
        for (const auto &[file, rows, seed] :
             {std::tuple{m_small, 500, "5"},
              std::tuple{m_big, NpsStudioProcess::scaledRows(40000, 10000), "6"}})
            QCOMPARE(QProcess::execute(QStringLiteral(GENERATE_SAMPLE_BINARY),
                                       {u"--rows"_s,
                                        QString::number(rows),
                                        u"--seed"_s,
                                        QString::fromLatin1(seed),
                                        u"--start"_s,
                                        u"2023-01-01"_s,
                                        u"--out"_s,
                                        file}),
                     0);
    }

    void everyCommandReadsTheSameFiguresAsFromAFile()
    {
        const QString file = path(u"figures.npsdb"_s);
        const QString team = m_server.url(u"figures"_s);
        QCOMPARE(npsstudio({u"import"_s, m_small, u"--db"_s, file}).exitCode, 0);
        const NpsStudioProcess::Run imported = npsstudio({u"import"_s, m_small, u"--db"_s, team});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(figures(team), figures(file));
        QVERIFY(figures(team).contains("\"promoters\""));
        for (const QString &command : {u"themes"_s, u"answers"_s}) {
            const NpsStudioProcess::Run run = npsstudio({command, u"--db"_s, team});
            QVERIFY2(run.exitCode == 0, qPrintable(command + u": "_s + run.err));
        }
        const QString report = path(u"team.html"_s);
        const NpsStudioProcess::Run run
            = npsstudio({u"report"_s, u"--db"_s, team, u"--all"_s, u"--out"_s, report});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile(report).size() > 1000);
        // Imported again: every respondent is already there.
        const QJsonObject again = json({u"import"_s, m_small, u"--db"_s, team});
        QCOMPARE(again[u"imports"_s].toArray().first()[u"imported"_s].toInt(), 0);
        QCOMPARE(again[u"imports"_s].toArray().first()[u"duplicates"_s].toInt(), 500);
    }

    void concurrentImportsStoreEachRespondentOnce()
    {
        const QString first = path(u"first.csv"_s), second = path(u"second.csv"_s);
        QVERIFY(NpsStudioProcess::splitExport(m_small, first, {0, 350}, second, {150, 500}));
        for (int round = 0; round < 3; ++round) {
            const QString db = m_server.url(u"concurrent%1"_s.arg(round));
            QProcess a, b;
            NpsStudioProcess::start(
                a, m_dir.path(), {u"import"_s, first, u"--db"_s, db, u"--json"_s});
            NpsStudioProcess::start(
                b, m_dir.path(), {u"import"_s, second, u"--db"_s, db, u"--json"_s});
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            QCOMPARE(a.exitCode(), 0);
            QCOMPARE(b.exitCode(), 0);
            qint64 imported = 0, duplicates = 0;
            for (QProcess *process : {&a, &b}) {
                const QJsonObject report = QJsonDocument::fromJson(process->readAllStandardOutput())
                                               .object()[u"imports"_s]
                                               .toArray()
                                               .first()
                                               .toObject();
                imported += report[u"imported"_s].toInt();
                duplicates += report[u"duplicates"_s].toInt();
            }
            QCOMPARE(imported, 500);
            QCOMPARE(duplicates, 200); // rows 150–349 are in both files
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM responses"_s), 500);
            QCOMPARE(count(db, u"SELECT COUNT(DISTINCT respondent) FROM responses"_s), 500);
            QCOMPARE(count(db, u"SELECT COUNT(*) FROM surveys"_s), 1);
        }
    }

    // SIGKILL at random points of an import: the project is as before, or holds the whole
    // import when the kill came after the commit; no staging table or lock is left.
    void killedImportLeavesNothing()
    {
        const QString whole = m_server.url(u"whole"_s);
        QCOMPARE(npsstudio({u"import"_s, m_small, u"--db"_s, whole}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(npsstudio({u"import"_s, m_big, u"--db"_s, whole}).exitCode, 0);
        const qint64 duration = timer.elapsed();
        const qint64 after = count(whole, u"SELECT COUNT(*) FROM responses"_s);
        QVERIFY(after > 500);
        std::mt19937 random(20251202);
        int killed = 0;
        QString db;
        for (int round = 0; round < 6 && killed < 2; ++round) {
            db = m_server.url(u"killed%1"_s.arg(round));
            QCOMPARE(npsstudio({u"import"_s, m_small, u"--db"_s, db}).exitCode, 0);
            QProcess process;
            NpsStudioProcess::start(process, m_dir.path(), {u"import"_s, m_big, u"--db"_s, db});
            QVERIFY(process.waitForStarted());
            QThread::msleep(ulong(duration * (10 + random() % 50) / 100));
            const bool running
                = process.state() == QProcess::Running && !process.waitForFinished(0);
            if (running)
                ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(60000));
            const qint64 now = count(db, u"SELECT COUNT(*) FROM responses"_s);
            const qint64 imports = count(db, u"SELECT COUNT(*) FROM imports"_s);
            if (running && process.exitStatus() == QProcess::CrashExit) {
                ++killed;
                QVERIFY2((now == 500 && imports == 1) || (now == after && imports == 2),
                         qPrintable(u"%1 responses, %2 imports"_s.arg(now).arg(imports)));
            } else {
                QCOMPARE(now, after);
            }
        }
        QVERIFY2(killed >= 1, "no import was killed while it ran");
        // The next import finds the project free (the killed one's lock went with it).
        const NpsStudioProcess::Run next = npsstudio({u"import"_s, m_big, u"--db"_s, db});
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM responses"_s), after);
    }

    // A reader during an import sees the project before it or after it, never half of it.
    void readerSeesTheOldOrTheNewState()
    {
        const QString db = m_server.url(u"reader"_s);
        QCOMPARE(npsstudio({u"import"_s, m_small, u"--db"_s, db}).exitCode, 0);
        const int before = json({u"summary"_s, u"--db"_s, db})[u"overall"_s][u"n"_s].toInt();
        QVERIFY(before > 0);
        QProcess import;
        NpsStudioProcess::start(import, m_dir.path(), {u"import"_s, m_big, u"--db"_s, db});
        QVERIFY(import.waitForStarted());
        QList<int> seen;
        for (bool done = false; !done;) {
            seen << json({u"summary"_s, u"--db"_s, db})[u"overall"_s][u"n"_s].toInt();
            done = import.state() != QProcess::Running || import.waitForFinished(1);
        }
        QVERIFY(import.state() != QProcess::Running || import.waitForFinished(60000));
        QCOMPARE(import.exitCode(), 0);
        const int after = json({u"summary"_s, u"--db"_s, db})[u"overall"_s][u"n"_s].toInt();
        QVERIFY(after > before);
        for (const int n : std::as_const(seen))
            QVERIFY2(n == before || n == after,
                     qPrintable(u"saw %1 (before %2, after %3)"_s.arg(n).arg(before).arg(after)));
    }

    void viewerMayReadButNotImport()
    {
        QVERIFY_RESULT(m_server.psql(u"CREATE ROLE anna LOGIN; CREATE ROLE bob LOGIN"_s));
        const NpsStudioProcess::Run init = npsstudio({u"admin"_s,
                                                      u"init"_s,
                                                      u"--db"_s,
                                                      m_server.url(u"shop"_s),
                                                      u"--viewer"_s,
                                                      u"anna"_s,
                                                      u"--editor"_s,
                                                      u"bob"_s});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(u"shop_viewer"_s) && init.out.contains(u"shop_editor"_s),
                 qPrintable(init.out));
        // Once more: nothing new, nothing fails.
        QCOMPARE(npsstudio({u"admin"_s, u"init"_s, u"--db"_s, m_server.url(u"shop"_s)}).exitCode,
                 0);

        const QString asBob = m_server.url(u"shop"_s, u"bob"_s);
        const QString asAnna = m_server.url(u"shop"_s, u"anna"_s);
        const NpsStudioProcess::Run edited = npsstudio({u"import"_s, m_small, u"--db"_s, asBob});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        const NpsStudioProcess::Run refused = npsstudio({u"import"_s, m_small, u"--db"_s, asAnna});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"is read-only for you"_s)
                     && refused.err.contains(u"ask an editor"_s)
                     && refused.err.contains(u"shop_editor"_s),
                 qPrintable(refused.err));
        for (const QStringList &command : {QStringList{u"summary"_s, u"--json"_s},
                                           QStringList{u"answers"_s},
                                           QStringList{u"themes"_s}}) {
            const NpsStudioProcess::Run read = npsstudio(command + QStringList{u"--db"_s, asAnna});
            QVERIFY2(read.exitCode == 0, qPrintable(command.first() + u": "_s + read.err));
        }
        QCOMPARE(json({u"summary"_s, u"--db"_s, asAnna})[u"overall"_s][u"n"_s].toInt(),
                 json({u"summary"_s, u"--db"_s, asBob})[u"overall"_s][u"n"_s].toInt());
        // A role outside the project reads nothing.
        QVERIFY_RESULT(m_server.psql(u"CREATE ROLE eve LOGIN"_s));
        const NpsStudioProcess::Run outsider
            = npsstudio({u"summary"_s, u"--db"_s, m_server.url(u"shop"_s, u"eve"_s)});
        QCOMPARE(outsider.exitCode, 2);
    }

    // The responses' reference to their import holds as a foreign key would (PostgreSQL checks
    // it per statement, by triggers, so that a COPY of a million rows is not checked row by row).
    void responsesBelongToAnImport()
    {
        const QString db = m_server.url(u"references"_s);
        QCOMPARE(npsstudio({u"import"_s, m_small, u"--db"_s, db}).exitCode, 0);
        SurveyStore store;
        QVERIFY_RESULT(store.open(db));
        QSqlQuery query(store.database());
        QVERIFY(!query.exec(u"INSERT INTO responses (id, import_id, response_key, source_line)"
                            " VALUES (1000000, 999, 1, 1)"_s));
        QVERIFY2(query.lastError().text().contains(u"import that does not exist"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(u"UPDATE responses SET import_id = import_id + 1"_s));
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM responses"_s), 500);
        // Removing the import removes its responses.
        QVERIFY(query.exec(u"DELETE FROM imports"_s));
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM responses"_s), 0);
    }

    void copyToTheServerAndBackIsExact()
    {
        const QString file = path(u"original.npsdb"_s);
        QCOMPARE(npsstudio({u"import"_s, m_small, u"--db"_s, file}).exitCode, 0);
        const QByteArray original = figures(file);
        const QString team = m_server.url(u"moved"_s);
        const NpsStudioProcess::Run up = npsstudio({u"copy"_s, u"--from"_s, file, u"--to"_s, team});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QVERIFY2(up.out.contains(u"500 responses"_s), qPrintable(up.out));
        QCOMPARE(figures(team), original);
        const QString back = path(u"back.npsdb"_s);
        const NpsStudioProcess::Run down
            = npsstudio({u"copy"_s, u"--from"_s, team, u"--to"_s, back});
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(figures(back), original);
        // The moved project goes on: a later export deduplicates against the copied responses.
        const QJsonObject again = json({u"import"_s, m_small, u"--db"_s, team});
        QCOMPARE(again[u"imports"_s].toArray().first()[u"duplicates"_s].toInt(), 500);
        // A project that already holds imports is not overwritten.
        const NpsStudioProcess::Run twice
            = npsstudio({u"copy"_s, u"--from"_s, file, u"--to"_s, team});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(u"already holds imports"_s), qPrintable(twice.err));
    }

    // COPY carries every value exactly: 40,000 responses (10,000 under the sanitizers) from a file
    // to the server, to another project on the server, and back to a file read the same figures and
    // open answers.
    void copyOfABigProjectIsExact()
    {
        const QString file = path(u"big.npsdb"_s);
        QCOMPARE(npsstudio({u"import"_s, m_small, u"--db"_s, file}).exitCode, 0);
        QCOMPARE(npsstudio({u"import"_s, m_big, u"--db"_s, file}).exitCode, 0);
        const QByteArray original = figures(file);
        const QString team = m_server.url(u"big"_s), second = m_server.url(u"big2"_s);
        const QString back = path(u"big-back.npsdb"_s);
        for (const auto &[from, to] :
             {std::pair{file, team}, std::pair{team, second}, std::pair{second, back}}) {
            const NpsStudioProcess::Run run
                = npsstudio({u"copy"_s, u"--from"_s, from, u"--to"_s, to});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QCOMPARE(figures(to), original);
        }
        QCOMPARE(count(second, u"SELECT COUNT(*) FROM responses"_s),
                 count(file, u"SELECT COUNT(*) FROM responses"_s));
    }
};

QTEST_GUILESS_MAIN(tst_TeamProject)
#include "tst_teamproject.moc"
