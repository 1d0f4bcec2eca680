#include "import/importer.h"
#include "metrics/responsecache.h"
#include "pgserver.h"
#include "store/responsewriter.h"
#include "store/schema.h"
#include "store/surveycatalog.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <xxhash.h>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <sys/resource.h>
#include <thread>

class tst_SurveyStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PgServer m_server;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // The store tests that hold for every backend run once per backend, from this one source.
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    // The project `name` on the backend: a file, or a schema of the throwaway server.
    QString project(const QString &backend, const char *name) const
    {
        if (backend == u"postgresql")
            return m_server.url(QString::fromLatin1(name));
        return path(name) + QStringLiteral(".npsdb");
    }

    static QVariant scalar(const SurveyStore &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    // The bytes of a file and whether SQLite's files beside it exist, for "untouched" checks.
    static QByteArray fingerprint(const QString &file, bool sideFiles = true)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            if (sideFiles && QFile::exists(file + QLatin1String(suffix)))
                hash.addData(QByteArray(suffix));
        }
        return hash.result().toHex();
    }

    // A database of another application: one table, rollback journal.
    void writeForeignDatabase(const QString &file)
    {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER, name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'Jan')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    }

    static ImportRecord someImport()
    {
        ImportRecord r;
        r.fileName = QStringLiteral("export.csv");
        r.fileHash = QStringLiteral("abc");
        r.importedAt = QDateTime(QDate(2025, 10, 1), QTime(12, 0), Qt::UTC);
        r.layout = QStringLiteral("generic");
        r.delimiter = QStringLiteral(",");
        r.encoding = QStringLiteral("UTF-8");
        r.mapping = QStringLiteral("{}");
        return r;
    }

private slots:
    void createsProjectAtCurrentSchema_data() { backends(); }
    void createsProjectAtCurrentSchema()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(project(backend, "new")));
        QCOMPARE(store.schemaVersion(), Schema::CurrentVersion);
        if (backend == u"sqlite") {
            QCOMPARE(scalar(store, QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            QCOMPARE(scalar(store, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        } else {
            // Its own schema of the database, with the responses' reference to their import
            // checked by statement triggers (tst_teamproject checks what they do).
            QVERIFY(store.isPostgreSql());
            QCOMPARE(scalar(store, QStringLiteral("SELECT current_schema()")).toString(),
                     QStringLiteral("new"));
            QCOMPARE(scalar(store,
                            QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE tgname IN"
                                           " ('responses_check_imports_insert',"
                                           " 'responses_check_imports_update',"
                                           " 'imports_remove_responses')"))
                         .toInt(),
                     3);
        }
        QCOMPARE(store.responseCount(), 0);
    }

    void migratesOlderProject()
    {
        // A project at version 0 (only the version table) is upgraded when opened.
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path("old.npsdb"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (0)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("old.npsdb")));
        QCOMPARE(store.schemaVersion(), Schema::CurrentVersion);
        QVERIFY(scalar(store, QStringLiteral("SELECT COUNT(*) FROM responses")).isValid());
    }

    void migratesVersionOneLosslessly()
    {
        // A project exactly as version 1 wrote it: one import of a generic export, its dedup
        // keys seeded by the export's ordered column list.
        const QString project = path("v1.npsdb");
        const QStringList columns{QStringLiteral("Respondent ID"),
                                  QStringLiteral("Date"),
                                  QStringLiteral("Likelihood to recommend"),
                                  QStringLiteral("Comment"),
                                  QStringLiteral("Plan")};
        const QString joined = columns.join(QChar(0x1f));
        const quint64 seed
            = XXH3_64bits_withSeed(joined.utf16(), size_t(joined.size()) * 2, 0x4e5053);
        QByteArray csv = columns.join(u',').toUtf8() + '\n';
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(project);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (1)")));
            for (QString sql : Schema::migration(1)) {
                sql.replace(QStringLiteral("%ID%"), QStringLiteral("INTEGER PRIMARY KEY"));
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO imports (id, file_name, file_hash, imported_at, layout, delimiter,"
                " encoding, header_rows, mapping, rows_read, rows_imported) VALUES (1, 'jan.csv',"
                " 'x', '2025-01-31T10:00:00Z', 'generic', ',', 'UTF-8', 1,"
                " '{\"score\":\"Likelihood to recommend\",\"answer\":\"Comment\","
                "\"segments\":[\"Plan\"]}', 20, 20)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO dimensions (id, name) VALUES (1, 'Plan')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO dimension_values VALUES (1, 1, 'Pro'),"
                                          " (2, 1, 'Basic')")));
            for (int i = 1; i <= 20; ++i) {
                const QString id = QStringLiteral("R%1").arg(i);
                const auto key
                    = qint64(XXH3_64bits_withSeed(id.utf16(), size_t(id.size()) * 2, seed));
                q.prepare(QStringLiteral(
                    "INSERT INTO responses (import_id, response_key, respondent, score,"
                    " answered_at, open_answer, segment_values, source_line)"
                    " VALUES (1, ?, ?, ?, '2025-01-15', ?, ?, ?)"));
                q.addBindValue(key);
                q.addBindValue(id);
                q.addBindValue(i % 11);
                q.addBindValue(QStringLiteral("Answer %1").arg(i));
                q.addBindValue(i % 2 ? QStringLiteral("1") : QStringLiteral("2"));
                q.addBindValue(i + 1);
                QVERIFY(q.exec());
                csv += QStringLiteral("%1,2025-01-15,%2,Answer %3,%4\n")
                           .arg(id)
                           .arg(i % 11)
                           .arg(i)
                           .arg(i % 2 ? u"Pro" : u"Basic")
                           .toUtf8();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        SurveyStore store;
        QVERIFY_RESULT(store.open(project));
        QCOMPARE(store.schemaVersion(), Schema::CurrentVersion);
        QCOMPARE(store.responseCount(), 20);
        QCOMPARE(scalar(store, QStringLiteral("SELECT SUM(score) FROM responses")).toInt(), 100);
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT open_answer FROM responses WHERE respondent = 'R7'"))
                     .toString(),
                 QStringLiteral("Answer 7"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT key_version FROM imports")).toInt(), 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT kind FROM dimensions")).toString(),
                 QStringLiteral("single"));
        QVERIFY(scalar(store, QStringLiteral("SELECT relevance FROM dimensions")).isNull());
        QVERIFY(SurveyCatalog(store).hasLegacyKeys().value());

        // The cache reads it as before: the open answer's question from the stored mapping.
        const Result<ResponseCache> cache = ResponseCache::load(store);
        QVERIFY_RESULT(cache);
        QCOMPARE(cache->size(), 20);
        QCOMPARE(cache->questions().size(), 1);
        QCOMPARE(cache->questions().first().text, QStringLiteral("Comment"));
        QCOMPARE(cache->answer(6), QStringLiteral("Answer 7"));
        QCOMPARE(cache->dimensions().first().values,
                 (QStringList{QStringLiteral("Basic"), QStringLiteral("Pro")}));
        QVERIFY(cache->dimensions().first().relevance > 0); // estimated: none is stored

        // The same export imported again: its respondents are found by their version 1 keys.
        QFile file(path("jan.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const ImportReport again = Importer(store).run(file.fileName());
        QVERIFY_RESULT(again);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 20);
    }

    void refusesNewerProject()
    {
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(path("future.npsdb")));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        SurveyStore store;
        const Status s = store.open(path("future.npsdb"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("newer NPS Studio")));
        QVERIFY(!store.isOpen());
    }

    void refusesFileThatIsNoDatabase()
    {
        QFile file(path("text.npsdb"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        SurveyStore store;
        const Status s = store.open(file.fileName());
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("text.npsdb")));
    }

    // Another application's SQLite database given as a project is refused, byte for byte as it
    // was: no tables added, no switch to WAL, whether opened to write or to read.
    void foreignDatabaseIsRefusedUntouched_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("read-write") << false;
        QTest::newRow("read-only") << true;
    }

    void foreignDatabaseIsRefusedUntouched()
    {
        QFETCH(bool, readOnly);
        const QString file = path(readOnly ? "foreign-ro.sqlite" : "foreign-rw.sqlite");
        writeForeignDatabase(file);
        const QByteArray before = fingerprint(file);
        SurveyStore store;
        const Status s = store.open(
            file, readOnly ? SurveyStore::OpenMode::ReadOnly : SurveyStore::OpenMode::ReadWrite);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("not an NPS Studio project")),
                 qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("customers")), qPrintable(s.error()));
        QVERIFY(!store.isOpen());
        QCOMPARE(fingerprint(file), before);
    }

    void notADatabaseIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                    + QByteArray(500, 'x');
        QTest::newRow("text") << QByteArray("Score,Comment\n9,Good\n");
    }

    void notADatabaseIsRefusedUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFile file(path("other.npsdb"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const QByteArray before = fingerprint(file.fileName());
        for (auto mode : {SurveyStore::OpenMode::ReadWrite, SurveyStore::OpenMode::ReadOnly}) {
            SurveyStore store;
            const Status s = store.open(file.fileName(), mode);
            QVERIFY(!s.ok());
            QVERIFY2(s.error().contains(QStringLiteral("not an SQLite database")),
                     qPrintable(s.error()));
        }
        QCOMPARE(fingerprint(file.fileName()), before);
    }

    // Opening to read writes nothing: no pragma that changes the file, no migration.
    void readOnlyOpeningWritesNothing_data() { backends(); }
    void readOnlyOpeningWritesNothing()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        const QString file = project(backend, "readonly");
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(file));
            QVERIFY_RESULT(store.beginTransaction());
            QVERIFY_RESULT(store.addImport(someImport()));
            QVERIFY_RESULT(store.commit());
        }
        // SQLite keeps the index of a WAL database beside it (-shm, and an empty -wal) for any
        // reader; the project itself is not written.
        const bool sqlite = backend == u"sqlite";
        const QByteArray before = sqlite ? fingerprint(file, false) : QByteArray();
        const QDateTime modified = QFileInfo(file).lastModified();
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(file, SurveyStore::OpenMode::ReadOnly));
            QVERIFY(store.isReadOnly());
            QCOMPARE(store.imports().size(), 1);
            QCOMPARE(store.responseCount(), 0);
            QVERIFY(!store.beginTransaction().ok()); // no writing through it
            QSqlQuery q(store.database());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM imports")));
        }
        if (sqlite) {
            QCOMPARE(fingerprint(file, false), before);
            QCOMPARE(QFileInfo(file).lastModified(), modified);
            QCOMPARE(QFileInfo(file + QStringLiteral("-wal")).size(), 0);
        } else {
            SurveyStore store;
            QVERIFY_RESULT(store.open(file, SurveyStore::OpenMode::ReadOnly));
            QCOMPARE(store.imports().size(), 1);
        }
    }

    // An older project is not upgraded through a read-only opening: it says what to do.
    void readOnlyOpeningOfAnOlderProject_data() { backends(); }
    void readOnlyOpeningOfAnOlderProject()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        const QString file = project(backend, "older");
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(file));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 0")));
        }
        const QByteArray before = backend == u"sqlite" ? fingerprint(file, false) : QByteArray();
        SurveyStore store;
        const Status s = store.open(file, SurveyStore::OpenMode::ReadOnly);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("with write access")), qPrintable(s.error()));
        if (backend == u"sqlite")
            QCOMPARE(fingerprint(file, false), before);
    }

    void readOnlyOpeningOfAMissingProject_data() { backends(); }
    void readOnlyOpeningOfAMissingProject()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        const Status s = store.open(project(backend, "missing"), SurveyStore::OpenMode::ReadOnly);
        QVERIFY(!s.ok());
        if (backend == u"sqlite") {
            QVERIFY2(s.error().contains(QStringLiteral("does not exist")), qPrintable(s.error()));
            QVERIFY(!QFile::exists(project(backend, "missing")));
        } else {
            QVERIFY2(s.error().contains(QStringLiteral("holds no project yet")),
                     qPrintable(s.error()));
            SurveyStore other;
            QVERIFY_RESULT(other.open(project(backend, "other")));
            QCOMPARE(scalar(other,
                            QStringLiteral("SELECT COUNT(*) FROM pg_namespace WHERE nspname ="
                                           " 'missing'"))
                         .toInt(),
                     0);
        }
    }

    // A new project that cannot be written (a full disk, here a file size limit) leaves no
    // empty file behind.
    void newProjectOnAFullDiskLeavesNoFile()
    {
        const QString file = path("full.npsdb");
        rlimit old{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        const rlimit small{8192, old.rlim_max};
        auto *previous = std::signal(SIGXFSZ, SIG_IGN);
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        Status s = Status::failure(QString());
        {
            SurveyStore store;
            s = store.open(file);
        }
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("full.npsdb")), qPrintable(s.error()));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QVERIFY2(!QFile::exists(file + QString::fromLatin1(suffix)), suffix);
    }

    // A second writer waits for the first, says so, and goes on when the first is done.
    void secondWriterWaitsVisibly_data() { backends(); }
    void secondWriterWaitsVisibly()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        const QString file = project(backend, "busy");
        SurveyStore first;
        QVERIFY_RESULT(first.open(file));
        QVERIFY_RESULT(first.beginTransaction());
        std::atomic_int waited = 0;
        std::atomic_bool began = false;
        std::thread second([&] {
            SurveyStore store;
            if (!store.open(file))
                return;
            SurveyStore::LockWait wait;
            wait.waiting = [&waited](int) {
                ++waited;
            };
            if (store.beginTransaction(wait)) {
                began = true;
                (void)store.addImport(someImport());
                (void)store.commit();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(waited > 0, 20000);
        QVERIFY(!began);
        QVERIFY_RESULT(first.commit());
        second.join();
        QVERIFY(began);
        QCOMPARE(first.imports().size(), 1);
    }

    void secondWriterGivesUpClearly_data() { backends(); }
    void secondWriterGivesUpClearly()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        const QString file = project(backend, "busy2");
        SurveyStore first;
        QVERIFY_RESULT(first.open(file));
        QVERIFY_RESULT(first.beginTransaction());
        std::atomic_bool cancel = false;
        QString timedOut, cancelled;
        std::thread second([&] {
            SurveyStore store;
            if (!store.open(file))
                return;
            SurveyStore::LockWait wait;
            wait.timeoutSeconds = 1;
            timedOut = store.beginTransaction(wait).error();
            wait.timeoutSeconds = 600;
            wait.cancel = &cancel;
            wait.waiting = [&cancel](int) {
                cancel = true;
            };
            cancelled = store.beginTransaction(wait).error();
        });
        second.join();
        first.rollback();
        QVERIFY2(timedOut.contains(QStringLiteral("in use by another import")),
                 qPrintable(timedOut));
        QVERIFY2(cancelled.contains(QStringLiteral("cancelled")), qPrintable(cancelled));
    }

    void importRoundTrip_data() { backends(); }
    void rollbackJournalOnlyAlone()
    {
        // The only connection may write with the rollback journal, and goes back to the WAL;
        // with another one open the WAL stays, and that reader reads on while it writes.
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("journal.npsdb")));
        const auto journal = [&store] {
            QSqlQuery query(store.database());
            return query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
                       ? query.value(0).toString()
                       : QString();
        };
        QCOMPARE(journal(), QStringLiteral("wal"));
        QVERIFY(store.useRollbackJournal());
        QCOMPARE(journal(), QStringLiteral("delete"));
        QVERIFY_RESULT(store.addImport(someImport()));
        QVERIFY_RESULT(store.useWal());
        QCOMPARE(journal(), QStringLiteral("wal"));
        QVERIFY_RESULT(store.beginTransaction());
        QVERIFY(!store.useRollbackJournal()); // not inside a transaction
        QVERIFY_RESULT(store.commit());

        SurveyStore reader;
        QVERIFY_RESULT(reader.open(path("journal.npsdb"), SurveyStore::OpenMode::ReadOnly));
        QCOMPARE(reader.imports().size(), 1);
        QVERIFY(!store.useRollbackJournal());
        QCOMPARE(journal(), QStringLiteral("wal"));
        QVERIFY_RESULT(store.beginTransaction());
        QVERIFY_RESULT(store.addImport(someImport()));
        QCOMPARE(reader.imports().size(), 1); // reads on meanwhile
        QVERIFY_RESULT(store.commit());
        QCOMPARE(reader.imports().size(), 2);
    }

    void writerWaitsForAFirstImportInTheRollbackJournal()
    {
        // While a new project's first import writes with the rollback journal, another writer
        // opens the project at once (without waiting for the switch back to WAL, which needs
        // the import's lock) and waits for the import visibly, as it would with the WAL.
        const QString file = path("first-import.npsdb");
        SurveyStore first;
        QVERIFY_RESULT(first.open(file));
        QVERIFY(first.useRollbackJournal());
        QVERIFY_RESULT(first.beginTransaction());
        QVERIFY_RESULT(first.addImport(someImport()));
        std::atomic_int waited = 0;
        std::atomic_bool opened = false, began = false;
        std::atomic<qint64> openMs = -1;
        std::thread second([&] {
            SurveyStore store;
            QElapsedTimer timer;
            timer.start();
            if (!store.open(file))
                return;
            openMs = timer.elapsed();
            opened = true;
            SurveyStore::LockWait wait;
            wait.waiting = [&waited](int) {
                ++waited;
            };
            if (store.beginTransaction(wait)) {
                began = true;
                (void)store.addImport(someImport());
                (void)store.commit();
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(waited > 0, 20000);
        QVERIFY(opened);
        QVERIFY2(openMs < 5000, qPrintable(QString::number(openMs)));
        QVERIFY(!began);
        QVERIFY_RESULT(first.commit());
        second.join();
        QVERIFY(began);
        QCOMPARE(first.imports().size(), 2);
        QVERIFY_RESULT(first.useWal());
        QSqlQuery query(first.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    }

    void importRoundTrip()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(project(backend, "roundtrip")));
        const Result<qint64> id = store.addImport(someImport());
        QVERIFY_RESULT(id);
        ImportRecord counts = someImport();
        counts.id = id.value();
        counts.fileHash = QStringLiteral("feed");
        counts.rowsRead = 10;
        counts.rowsImported = 7;
        counts.rowsSkipped = 2;
        counts.rowsDuplicate = 1;
        QVERIFY_RESULT(store.updateImportCounts(counts));
        QVERIFY_RESULT(store.addRowIssues(
            id.value(),
            {{12, QStringLiteral("Score"), QStringLiteral("out of range"), QStringLiteral("11")}}));

        const QList<ImportRecord> imports = store.imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().fileName, QStringLiteral("export.csv"));
        QCOMPARE(imports.first().fileHash, QStringLiteral("feed"));
        QCOMPARE(imports.first().importedAt, someImport().importedAt);
        QCOMPARE(imports.first().rowsImported, 7);
        QCOMPARE(imports.first().rowsDuplicate, 1);
        const QList<RowIssue> issues = store.rowIssues(id.value());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().line, 12);
        QCOMPARE(issues.first().rawText, QStringLiteral("11"));
    }

    void removeImportTakesOnlyItsRows_data() { backends(); }
    void removeImportTakesOnlyItsRows()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(project(backend, "remove")));
        QList<qint64> ids;
        for (int import = 0; import < 2; ++import) {
            QVERIFY_RESULT(store.beginTransaction());
            ids << store.addImport(someImport()).value();
            ResponseWriter writer(store, ids.last());
            for (int i = 0; i < 10; ++i) {
                ResponseRow row;
                row.key = import * 100 + i;
                row.score = 9;
                row.line = i + 2;
                QVERIFY_RESULT(writer.add(row));
            }
            QVERIFY_RESULT(writer.flush());
            QVERIFY_RESULT(
                store.addRowIssues(ids.last(), {{5, QString(), QStringLiteral("bad"), QString()}}));
            QVERIFY_RESULT(store.commit());
        }
        QCOMPARE(store.responseCount(), 20);
        QVERIFY_RESULT(store.removeImport(ids.first()));
        QCOMPARE(store.responseCount(), 10);
        QCOMPARE(store.imports().size(), 1);
        QCOMPARE(store.imports().first().id, ids.last());
        QCOMPARE(store.rowIssues(ids.first()).size(), 0);
        QCOMPARE(store.rowIssues(ids.last()).size(), 1);
    }

    void dimensionsAreNormalised_data() { backends(); }
    void dimensionsAreNormalised()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(project(backend, "dims")));
        const qint64 country = store.dimensionId(QStringLiteral("Country")).value();
        QCOMPARE(store.dimensionId(QStringLiteral("Country")).value(), country);
        const qint64 nl = store.dimensionValueId(country, QStringLiteral("NL")).value();
        QCOMPARE(store.dimensionValueId(country, QStringLiteral("NL")).value(), nl);
        QVERIFY(store.dimensionValueId(country, QStringLiteral("BE")).value() != nl);
        const qint64 other = store.dimensionId(QStringLiteral("Plan")).value();
        QVERIFY(store.dimensionValueId(other, QStringLiteral("NL")).value() != nl);
    }

    void dimensionTraitsKeepMultiSelect_data() { backends(); }
    void dimensionTraitsKeepMultiSelect()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(project(backend, "traits")));
        SurveyCatalog catalog(store);
        const qint64 d = store.dimensionId(QStringLiteral("Channels")).value();
        QVERIFY_RESULT(
            catalog.setDimensionTraits(d, QStringLiteral("multi"), QString(), 0.5, true));
        // A later export where every respondent chose one channel: still multi-select.
        QVERIFY_RESULT(catalog.setDimensionTraits(
            d, QStringLiteral("single"), QStringLiteral("Kanaal"), 0.7, false));
        QCOMPARE(scalar(store, QStringLiteral("SELECT kind FROM dimensions")).toString(),
                 QStringLiteral("multi"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT label FROM dimensions")).toString(),
                 QStringLiteral("Kanaal"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT shown_by_default FROM dimensions")).toInt(),
                 0);
        QCOMPARE(catalog.questionId(QStringLiteral("Why?")).value(),
                 catalog.questionId(QStringLiteral("Why?")).value());
    }

    void responseWriter_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("path");
        QTest::newRow("sqlite c api")
            << QStringLiteral("sqlite") << int(ResponseWriter::Path::Automatic);
        QTest::newRow("sqlite portable sql")
            << QStringLiteral("sqlite") << int(ResponseWriter::Path::Portable);
        QTest::newRow("postgresql copy")
            << QStringLiteral("postgresql") << int(ResponseWriter::Path::Automatic);
        QTest::newRow("postgresql portable sql")
            << QStringLiteral("postgresql") << int(ResponseWriter::Path::Portable);
    }

    void responseWriter()
    {
        QFETCH(QString, backend);
        QFETCH(int, path);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(
            store.open(project(backend, path == 0 ? "writer_native" : "writer_portable")));
        QVERIFY_RESULT(store.beginTransaction());
        const qint64 importId = store.addImport(someImport()).value();
        ResponseWriter writer(store, importId, ResponseWriter::Path(path));
        // 150 rows: two full batches and a remainder.
        for (int i = 0; i < 150; ++i) {
            ResponseRow row;
            row.key = qint64(i) * 7919;
            row.respondent = QStringLiteral("r%1").arg(i);
            if (i % 7)
                row.score = i % 11;
            row.answeredAt = QStringLiteral("2025-01-01T10:00:00");
            row.openAnswer = i % 2    ? QStringLiteral("Ünïcode “answer” %1").arg(i)
                             : i == 4 ? QStringLiteral("tab\there\\N back\\slash\nnew line\r")
                                      : QString();
            if (i % 3)
                row.csat = 4.5;
            row.segmentValues = QStringLiteral("1 2");
            row.line = i + 2;
            QVERIFY_RESULT(writer.add(row));
        }
        QVERIFY_RESULT(writer.flush());
        QVERIFY_RESULT(store.commit());
        QCOMPARE(writer.written(), 150);
        QCOMPARE(store.responseCount(), 150);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM responses WHERE score IS NULL"))
                     .toInt(),
                 22);
        const Result<QSet<qint64>> keys = store.responseKeys();
        QVERIFY_RESULT(keys);
        QCOMPARE(keys.value().size(), 150);
        QVERIFY(keys.value().contains(qint64(149) * 7919));
        QCOMPARE(
            scalar(store, QStringLiteral("SELECT open_answer FROM responses WHERE source_line = 3"))
                .toString(),
            QStringLiteral("Ünïcode “answer” 1"));
        QVERIFY(
            scalar(store, QStringLiteral("SELECT open_answer FROM responses WHERE source_line = 2"))
                .isNull());
        QCOMPARE(
            scalar(store, QStringLiteral("SELECT open_answer FROM responses WHERE source_line = 6"))
                .toString(),
            QStringLiteral("tab\there\\N back\\slash\nnew line\r"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT csat FROM responses WHERE source_line = 3"))
                     .toDouble(),
                 4.5);
    }

    // PostgreSQL's COPY goes straight into the project, inside the import's transaction: rolled
    // back it leaves nothing; committed, every row is there with its other answers.
    void copyWritesInsideTheTransaction()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(project(QStringLiteral("postgresql"), "meanwhile")));
        SurveyCatalog catalog(store);
        const qint64 question = catalog.questionId(QStringLiteral("Why else?")).value();
        for (const bool keep : {false, true}) {
            QVERIFY_RESULT(store.beginTransaction());
            const qint64 import = store.addImport(someImport()).value();
            ResponseWriter writer(store, import);
            writer.setAnswerQuestions({question});
            for (const qint64 key : {41, 42, 43}) {
                ResponseRow row;
                row.key = key;
                row.line = int(key);
                row.answers = {key == 42 ? QString() : QStringLiteral("other answer %1").arg(key)};
                QVERIFY_RESULT(writer.add(row));
            }
            QVERIFY_RESULT(writer.flush());
            QCOMPARE(writer.written(), 3);
            if (keep)
                QVERIFY_RESULT(store.commit());
            else
                store.rollback();
            QCOMPARE(store.responseCount(), keep ? 3 : 0);
            QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM answers")).toInt(),
                     keep ? 2 : 0);
        }
        // Ids given by hand leave the sequences behind them.
        QVERIFY_RESULT(store.beginTransaction());
        QVERIFY_RESULT(store.addDimensionValue(
            100, store.dimensionId(QStringLiteral("Plan")).value(), QStringLiteral("Pro")));
        QVERIFY_RESULT(store.commit());
        QVERIFY(store
                    .dimensionValueId(store.dimensionId(QStringLiteral("Plan")).value(),
                                      QStringLiteral("Basic"))
                    .value()
                > 100);
    }

    void twoConnectionsShareOneProject_data() { backends(); }
    void twoConnectionsShareOneProject()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore writer;
        SurveyStore reader;
        QVERIFY_RESULT(writer.open(project(backend, "shared")));
        QVERIFY_RESULT(reader.open(project(backend, "shared")));
        QVERIFY_RESULT(writer.beginTransaction());
        QVERIFY_RESULT(writer.addImport(someImport()));
        QCOMPARE(reader.imports().size(),
                 0); // not committed yet: the reader still sees the old state
        QVERIFY_RESULT(writer.commit());
        QCOMPARE(reader.imports().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SurveyStore)
#include "tst_surveystore.moc"
