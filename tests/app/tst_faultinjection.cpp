#include "npsstudioprocess.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <random>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

// Imports that are killed, run out of disk or run at the same time: a project is always left
// either as it was or with the whole import, and every respondent is in it once.
class tst_FaultInjection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_big;   // 150,000 rows (scaled, see NpsStudioProcess::scaledRows)
    QString m_small; // 500 rows
    QString m_pristine;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    NpsStudioProcess::Run npsstudio(const QStringList &arguments,
                                    const std::function<void()> &inChild = {})
    {
        return NpsStudioProcess::run(m_dir.path(), arguments, inChild);
    }

    // Everything a project holds, as one hash: every row of every table, in order (but when an
    // import was made: the same import committed at another moment is the same project).
    static QByteArray contents(const QString &db)
    {
        SurveyStore store;
        if (const Status s = store.open(db, SurveyStore::OpenMode::ReadOnly); !s)
            return s.error().toUtf8();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlQuery tables(store.database());
        tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY "
                                   "name"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            hash.addData(table.toUtf8());
            QSqlQuery rows(store.database());
            rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
            while (rows.next()) {
                for (int c = 0; c < rows.record().count(); ++c) {
                    if (rows.record().fieldName(c) != u"imported_at")
                        hash.addData(QByteArray(rows.value(c).toString().toUtf8() + '\x1f'));
                }
            }
        }
        return hash.result().toHex();
    }

    static void copyProject(const QString &from, const QString &to)
    {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(to + QLatin1String(suffix));
            if (QFile::exists(from + QLatin1String(suffix)))
                QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix));
        }
    }

private slots:
    void initTestCase()
    {
        m_big = path(QStringLiteral("big.csv"));
        m_small = path(QStringLiteral("small.csv"));
        for (const auto &[file, rows] :
             {std::pair{m_big, NpsStudioProcess::scaledRows(150000)}, std::pair{m_small, 500}})
            QCOMPARE(QProcess::execute(QStringLiteral(GENERATE_SAMPLE_BINARY),
                                       {QStringLiteral("--rows"),
                                        QString::number(rows),
                                        QStringLiteral("--seed"),
                                        QStringLiteral("5"),
                                        QStringLiteral("--start"),
                                        QStringLiteral("2023-01-01"),
                                        QStringLiteral("--out"),
                                        file}),
                     0);
        // A project that already holds an import: what every fault must leave as it is.
        m_pristine = path(QStringLiteral("pristine.npsdb"));
        QCOMPARE(npsstudio({QStringLiteral("import"), m_small, QStringLiteral("--db"), m_pristine})
                     .exitCode,
                 0);
    }

    // SIGKILL at random points of an import: the project is as before, or holds the whole
    // import when the kill came after the commit. Into a project that holds responses (the
    // write-ahead log) and as the first import of a new one (the rollback journal, whose
    // leftover a read-only opening has rolled back first).
    void killedImportLeavesTheProjectAsItWas_data()
    {
        QTest::addColumn<bool>("first");
        QTest::newRow("into a project with responses") << false;
        QTest::newRow("first import of a new project") << true;
    }

    void killedImportLeavesTheProjectAsItWas()
    {
        QFETCH(bool, first);
        QString start = m_pristine;
        if (first) {
            start = path(QStringLiteral("new.npsdb"));
            SurveyStore created;
            QVERIFY(created.open(start).ok());
        }
        const QByteArray before = contents(start);
        const QString db = path(QStringLiteral("killed.npsdb"));
        copyProject(start, db);
        QElapsedTimer timer;
        timer.start();
        const NpsStudioProcess::Run whole
            = npsstudio({QStringLiteral("import"), m_big, QStringLiteral("--db"), db});
        const qint64 duration = timer.elapsed();
        QCOMPARE(whole.exitCode, 0);
        const QByteArray after = contents(db);
        QVERIFY(after != before);

        // Rounds until enough imports were killed while they ran: an import that finished
        // before its kill (the machine got faster than the timed one) tells how long one
        // takes now.
        std::mt19937 random(20251201);
        qint64 typical = duration;
        int killed = 0;
        for (int round = 0; round < 16 && (round < 6 || killed < 3); ++round) {
            copyProject(start, db);
            QProcess process;
            QElapsedTimer ran;
            ran.start();
            NpsStudioProcess::start(process,
                                    m_dir.path(),
                                    {QStringLiteral("import"), m_big, QStringLiteral("--db"), db});
            QVERIFY(process.waitForStarted());
            const auto delay = int(typical * (5 + random() % 110) / 100);
            QThread::msleep(ulong(delay));
            const bool running = process.state() == QProcess::Running;
            if (running)
                ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(60000));
            if (!running)
                typical = std::min(typical, ran.elapsed());
            const QByteArray now = contents(db);
            if (running && process.exitStatus() == QProcess::CrashExit) {
                ++killed;
                QVERIFY2(now == before || now == after,
                         qPrintable(QStringLiteral("killed after %1 ms: %2")
                                        .arg(delay)
                                        .arg(QString::fromUtf8(now))));
            } else {
                QCOMPARE(now, after);
            }
        }
        QVERIFY2(killed >= 3, "too few imports were killed while they ran");
    }

    // A filesystem that is nearly full (a file size limit in the importing process): the import
    // fails with a message, and the project is as it was.
    void importIntoAFullFilesystemFailsCleanly()
    {
        const QByteArray before = contents(m_pristine);
        const QString db = path(QStringLiteral("full.npsdb"));
        copyProject(m_pristine, db);
        const rlim_t limit = rlim_t(QFileInfo(db).size() + qint64(256) * 1024);
        const auto nearlyFull = [limit] {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing
            const rlimit small{limit, limit};
            setrlimit(RLIMIT_FSIZE, &small);
        };
        const NpsStudioProcess::Run run
            = npsstudio({QStringLiteral("import"), m_big, QStringLiteral("--db"), db}, nearlyFull);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Cannot")), qPrintable(run.err));
        QCOMPARE(contents(db), before);

        // A new project there leaves no empty file behind.
        const QString fresh = path(QStringLiteral("fresh.npsdb"));
        const auto tiny = [] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit small{4096, 4096};
            setrlimit(RLIMIT_FSIZE, &small);
        };
        const NpsStudioProcess::Run created
            = npsstudio({QStringLiteral("import"), m_small, QStringLiteral("--db"), fresh}, tiny);
        QCOMPARE(created.exitCode, 2);
        QVERIFY2(created.err.contains(QStringLiteral("fresh.npsdb")), qPrintable(created.err));
        QVERIFY(!QFile::exists(fresh));
    }

    // Two processes import overlapping exports into one project at the same time: the second
    // waits for the first, and every respondent is stored once.
    // Found by the hostile-input review: on a full disk `summary` and `report` failed ("the disk
    // is full") although they only read, and `answers`, `themes` and an import said "another
    // NPS Studio has been opening it for 10 s"; on a read-only medium `answers` and `themes`
    // refused. Every reading command works on both; an import says what is wrong.
    void readingWorksWhereNothingCanBeWritten_data()
    {
        QTest::addColumn<bool>("fullDisk");
        QTest::newRow("full disk") << true;
        QTest::newRow("read-only medium") << false;
    }

    void readingWorksWhereNothingCanBeWritten()
    {
        QFETCH(bool, fullDisk);
        const QString mounted = path(fullDisk ? u"full"_s : u"readonly"_s);
        const QString source = path(u"readonly-source"_s);
        QVERIFY(QDir().mkpath(mounted) && QDir().mkpath(source));
        const QString project = mounted + u"/p.npsdb"_s;
        if (fullDisk) {
            if (::mount("tmpfs", qPrintable(mounted), "tmpfs", 0, "size=2m") != 0)
                QSKIP(qPrintable(u"mounting a small tmpfs needs root (CI runs as root): %1"_s.arg(
                    QString::fromLocal8Bit(strerror(errno)))));
            copyProject(m_pristine, project);
            QFile filler(mounted + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        } else {
            copyProject(m_pristine, source + u"/p.npsdb"_s);
            if (::mount(qPrintable(source), qPrintable(mounted), nullptr, MS_BIND, nullptr) != 0)
                QSKIP(qPrintable(u"a read-only bind mount needs root (CI runs as root): %1"_s.arg(
                    QString::fromLocal8Bit(strerror(errno)))));
            QVERIFY(::mount(nullptr,
                            qPrintable(mounted),
                            nullptr,
                            MS_BIND | MS_REMOUNT | MS_RDONLY,
                            nullptr)
                    == 0);
        }
        const auto unmount = qScopeGuard([&] { ::umount2(qPrintable(mounted), MNT_DETACH); });
        const QByteArray before = contents(fullDisk ? project : source + u"/p.npsdb"_s);
        const QString expected = npsstudio({u"summary"_s, u"--db"_s, m_pristine, u"--json"_s}).out;
        const NpsStudioProcess::Run summary
            = npsstudio({u"summary"_s, u"--db"_s, project, u"--json"_s});
        QCOMPARE(summary.exitCode, 0);
        QCOMPARE(summary.out, expected);
        for (const QStringList &command :
             {QStringList{u"answers"_s, u"--db"_s, project, u"--json"_s},
              QStringList{u"themes"_s, u"--db"_s, project, u"--json"_s},
              QStringList{u"report"_s,
                          u"--db"_s,
                          project,
                          u"--all"_s,
                          u"--out"_s,
                          path(u"readonly.html"_s)}}) {
            const NpsStudioProcess::Run run = npsstudio(command);
            QVERIFY2(run.exitCode == 0, qPrintable(command.first() + u": "_s + run.err));
        }
        const NpsStudioProcess::Run import = npsstudio({u"import"_s, m_small, u"--db"_s, project});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(!import.err.contains(u"another NPS Studio"_s), qPrintable(import.err));
        QVERIFY2(import.err.contains(fullDisk ? u"the disk is full"_s : u"read-only"_s),
                 qPrintable(import.err));
        QCOMPARE(contents(fullDisk ? project : source + u"/p.npsdb"_s), before);
    }

    void concurrentImportsStoreEachRespondentOnce()
    {
        const QString first = path(QStringLiteral("first.csv")),
                      second = path(QStringLiteral("second.csv"));
        QVERIFY(NpsStudioProcess::splitExport(m_small, first, {0, 350}, second, {150, 500}));
        const QString db = path(QStringLiteral("concurrent.npsdb"));
        for (int round = 0; round < 3; ++round) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(db + QLatin1String(suffix));
            QProcess a, b;
            NpsStudioProcess::start(
                a, m_dir.path(), {QStringLiteral("import"), first, QStringLiteral("--db"), db});
            NpsStudioProcess::start(
                b, m_dir.path(), {QStringLiteral("import"), second, QStringLiteral("--db"), db});
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            QCOMPARE(a.exitCode(), 0);
            QCOMPARE(b.exitCode(), 0);
            SurveyStore store;
            QVERIFY_RESULT(store.open(db, SurveyStore::OpenMode::ReadOnly));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT respondent) FROM "
                                          "responses")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 500);
            QCOMPARE(q.value(1).toInt(), 500);
        }
    }

    // An import that finds the project in use waits, says so, and imports when it is free.
    void waitsVisiblyForAnotherImport()
    {
        const QString db = path(QStringLiteral("held.npsdb"));
        copyProject(m_pristine, db);
        SurveyStore holder;
        QVERIFY_RESULT(holder.open(db));
        QVERIFY_RESULT(holder.beginTransaction());
        QProcess process;
        NpsStudioProcess::start(
            process, m_dir.path(), {QStringLiteral("import"), m_small, QStringLiteral("--db"), db});
        QString err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains(QStringLiteral("waiting for another import to finish"))
               && timer.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(200);
            err += QString::fromUtf8(process.readAllStandardError());
        }
        QVERIFY2(err.contains(QStringLiteral("waiting for another import to finish…")),
                 qPrintable(err));
        QCOMPARE(process.state(), QProcess::Running);
        QVERIFY_RESULT(holder.commit());
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FaultInjection)
#include "tst_faultinjection.moc"
