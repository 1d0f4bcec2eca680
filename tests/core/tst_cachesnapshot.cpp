// The cache's snapshot in the project: written in the import's transaction, read back as the
// cache the rows give, and never used when it does not fit the data (an older format, a write
// cut short, a damaged or truncated blob, rows changed outside NPS Studio, an import removed).
// Each test runs on SQLite and on a throwaway PostgreSQL server.

#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "import/importer.h"
#include "metrics/cachesnapshot.h"
#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "store/surveystore.h"

#include "cachecomparison.h"
#include "pgserver.h"
#include "verifyresult.h"

#include <functional>

// The test's project, on the row's backend.
#define OPEN_PROJECT(store)                                                                        \
    QFETCH(QString, backend);                                                                      \
    if (backend == u"postgresql")                                                                  \
        NPS_REQUIRE_POSTGRES(m_server);                                                            \
    QVERIFY_RESULT((store).open(newProject(backend)))

class TestCacheSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PgServer m_server;
    int m_projects = 0;

    QString newProject(const QString &backend)
    {
        ++m_projects;
        if (backend == u"postgresql")
            return m_server.url(QStringLiteral("snapshot%1").arg(m_projects));
        return m_dir.filePath(QStringLiteral("snapshot%1.npsdb").arg(m_projects));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(NPS_TEST_DATA "/") + QString::fromLatin1(name);
    }

    // Rows "id,date,score,comment,plan,region" for ids [first, last].
    QString generated(int first, int last)
    {
        QByteArray bytes = "Respondent ID,Date,Likelihood to recommend,Comment,Plan,Region\n";
        const QStringList plans{
            QStringLiteral("Pro"), QStringLiteral("Basic"), QStringLiteral("Advanced")};
        for (int i = first; i <= last; ++i) {
            bytes += QStringLiteral("R%1,2025-%2-%3,%4,Answer %5,%6,%7\n")
                         .arg(i)
                         .arg(1 + i % 12, 2, 10, QChar(u'0'))
                         .arg(1 + i % 28, 2, 10, QChar(u'0'))
                         .arg(i % 11)
                         .arg(i % 17)
                         .arg(plans.at(i % plans.size()))
                         .arg(i % 4 ? QStringLiteral("North") : QString())
                         .toUtf8();
        }
        return writeFile(QStringLiteral("generated-%1-%2.csv").arg(first).arg(last), bytes);
    }

    // An import that keeps the snapshot in its transaction, as the window and the CLI run it.
    static ImportReport importKept(SurveyStore &store, const QString &file)
    {
        CacheSnapshot::ImportKeeper keeper;
        ImportOptions options;
        keeper.attachTo(options);
        return Importer(store).run(file, options);
    }

    // A project of several imports (multi-select options, several open questions), its snapshot
    // written by the last one.
    void fillProject(SurveyStore &store)
    {
        for (const QString &file : {generated(1, 400),
                                    fixture("nl-forms-multiselect.csv"),
                                    fixture("fr-three-open-questions.csv")}) {
            const ImportReport report = importKept(store, file);
            QVERIFY2(report.ok(), qPrintable(report.error));
        }
        QVERIFY(CacheSnapshot::exists(store));
    }

    static Result<ResponseCache> loadFresh(const QString &path)
    {
        // A reader of its own: on PostgreSQL one keeps the snapshot of the data it began with.
        SurveyStore reader;
        if (Status s = reader.open(path, SurveyStore::OpenMode::ReadOnly); !s)
            return Result<ResponseCache>::failure(s.error());
        return ResponseCache::load(reader);
    }

    static Result<ResponseCache> loadRows(const QString &path)
    {
        SurveyStore reader;
        if (Status s = reader.open(path, SurveyStore::OpenMode::ReadOnly); !s)
            return Result<ResponseCache>::failure(s.error());
        return ResponseCache::loadFromRows(reader);
    }

    // The cache is read from the snapshot and equals the one the rows give.
    static void expectSnapshotUsed(const SurveyStore &store)
    {
        const Result<ResponseCache> loaded = loadFresh(store.path());
        QVERIFY_RESULT(loaded);
        QVERIFY(loaded->loadedFromSnapshot());
        QVERIFY(!loaded->isEmpty());
        compareCaches(loaded.value(), loadRows(store.path()).value());
    }

    // The snapshot is not trusted: the cache is built from the rows, and once saved again the
    // next opening reads the snapshot.
    static void expectRebuilt(SurveyStore &store)
    {
        SurveyStore reader;
        QVERIFY_RESULT(reader.open(store.path(), SurveyStore::OpenMode::ReadOnly));
        const Result<ResponseCache> bad = CacheSnapshot::read(reader);
        QVERIFY(!bad);
        const Result<ResponseCache> loaded = ResponseCache::load(reader);
        QVERIFY_RESULT(loaded);
        QVERIFY(!loaded->loadedFromSnapshot());
        compareCaches(loaded.value(), loadRows(store.path()).value());
        if (QTest::currentTestFailed())
            return;
        QVERIFY_RESULT(CacheSnapshot::save(store, loaded.value()));
        expectSnapshotUsed(store);
    }

    static void exec(const SurveyStore &store, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(store.database());
        QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
        for (const QVariant &v : values)
            query.addBindValue(v);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text() + u' ' + sql));
    }

    // The first chunk of the snapshot's texts part, and that chunk replaced.
    static QByteArray textsChunk(const SurveyStore &store)
    {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral(
                "SELECT data FROM cache_snapshot WHERE part = 'texts' AND chunk = 0"))
            || !query.next())
            return {};
        return query.value(0).toByteArray();
    }

    static void setTextsChunk(const SurveyStore &store, const QByteArray &bytes)
    {
        exec(
            store,
            QStringLiteral("UPDATE cache_snapshot SET data = ? WHERE part = 'texts' AND chunk = 0"),
            {bytes});
    }

    static QByteArray header(const SurveyStore &store)
    {
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("SELECT data FROM cache_snapshot WHERE part = 'header'"))
            || !query.next())
            return {};
        return query.value(0).toByteArray();
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importWritesSnapshot_data() { backends(); }
    void importWritesSnapshot()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        // After each import the snapshot holds the project as the rows do.
        for (const QString &file : {generated(1, 300),
                                    generated(301, 700),
                                    fixture("nl-forms-multiselect.csv"),
                                    fixture("fr-three-open-questions.csv")}) {
            const ImportReport report = importKept(store, file);
            QVERIFY2(report.ok(), qPrintable(report.error));
            QVERIFY(CacheSnapshot::exists(store));
            expectSnapshotUsed(store);
            if (QTest::currentTestFailed())
                return;
        }
        // An import that does not keep it (an older NPS Studio's way) takes it away with it.
        const ImportReport plain = Importer(store).run(generated(701, 800));
        QVERIFY2(plain.ok(), qPrintable(plain.error));
        QVERIFY(!CacheSnapshot::exists(store));
        expectRebuilt(store);
    }

    void olderFormatIsRebuilt_data() { backends(); }
    void olderFormatIsRebuilt()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        fillProject(store);
        QByteArray bytes = header(store);
        QVERIFY(bytes.size() > 8);
        bytes[7] = char(CacheSnapshot::FormatVersion - 1); // QDataStream: magic, then format
        exec(store,
             QStringLiteral("UPDATE cache_snapshot SET data = ? WHERE part = 'header'"),
             {bytes});
        expectRebuilt(store);
    }

    void interruptedWriteIsRebuilt_data() { backends(); }
    void interruptedWriteIsRebuilt()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        fillProject(store);
        // A part written, the next one not.
        exec(store, QStringLiteral("DELETE FROM cache_snapshot WHERE part = 'segments.1'"));
        expectRebuilt(store);
        if (QTest::currentTestFailed())
            return;
        // The parts written, the header not.
        exec(store, QStringLiteral("DELETE FROM cache_snapshot WHERE part = 'header'"));
        QVERIFY(!CacheSnapshot::exists(store));
        expectRebuilt(store);
    }

    void truncatedBlobIsRebuilt_data() { backends(); }
    void truncatedBlobIsRebuilt()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        fillProject(store);
        exec(store,
             QStringLiteral("UPDATE cache_snapshot SET data = substr(data, 1, 100)"
                            " WHERE part = 'days'"));
        expectRebuilt(store);
    }

    void damagedBlobIsRebuilt_data() { backends(); }
    void damagedBlobIsRebuilt()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        fillProject(store);
        // As long as it was, other bytes.
        exec(store,
             store.isPostgreSql()
                 ? QStringLiteral("UPDATE cache_snapshot SET data ="
                                  " decode(repeat('00', length(data)), 'hex') WHERE part = 'days'")
                 : QStringLiteral("UPDATE cache_snapshot SET data = zeroblob(length(data))"
                                  " WHERE part = 'days'"));
        expectRebuilt(store);
        if (QTest::currentTestFailed())
            return;
        // A part of the header's list changed, its checksum not.
        QByteArray texts;
        {
            QSqlQuery query(store.database());
            QVERIFY(
                query.exec(QStringLiteral("SELECT data FROM cache_snapshot WHERE part = 'texts'")));
            QVERIFY(query.next());
            texts = query.value(0).toByteArray();
        }
        texts[texts.size() - 1] = char(texts.at(texts.size() - 1) ^ 0x20);
        exec(store,
             QStringLiteral("UPDATE cache_snapshot SET data = ? WHERE part = 'texts'"),
             {texts});
        expectRebuilt(store);
    }

    void textsReadBeside()
    {
        // The texts' part read through a connection of its own (as a large one is): the very
        // cache; damaged, it is read again with the others and the snapshot is not used.
        CacheSnapshot::setTextsAsideFrom(0);
        const auto restore = qScopeGuard([] { CacheSnapshot::setTextsAsideFrom(16 << 20); });
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(QStringLiteral("sqlite"))));
        fillProject(store);
        expectSnapshotUsed(store);
        if (QTest::currentTestFailed())
            return;
        QByteArray texts = textsChunk(store);
        QVERIFY(!texts.isEmpty());
        texts[texts.size() - 2] = char(texts.at(texts.size() - 2) ^ 0x01);
        setTextsChunk(store, texts);
        expectRebuilt(store);
    }

    void readWithoutTexts_data() { backends(); }
    void readWithoutTexts()
    {
        // Figures only (the summary command): the columns as the whole snapshot gives them,
        // every answer "" but still told from none, and no snapshot written from it.
        SurveyStore store;
        OPEN_PROJECT(store);
        fillProject(store);
        SurveyStore reader;
        QVERIFY_RESULT(reader.open(store.path(), SurveyStore::OpenMode::ReadOnly));
        const Result<ResponseCache> whole = CacheSnapshot::read(reader);
        const Result<ResponseCache> bare
            = ResponseCache::load(reader, nullptr, ResponseCache::Texts::Skip);
        QVERIFY_RESULT(whole);
        QVERIFY_RESULT(bare);
        QVERIFY(bare->loadedFromSnapshot());
        QVERIFY(whole->hasAnswerTexts());
        QVERIFY(!bare->hasAnswerTexts());
        QCOMPARE(bare->size(), whole->size());
        QCOMPARE(bare->answerTexts().size(), whole->answerTexts().size());
        QCOMPARE(bare->questions().size(), whole->questions().size());
        QVERIFY(bare->questions().size() > 1);
        qsizetype answered = 0;
        for (int q = 0; q < whole->questions().size(); ++q) {
            QCOMPARE(bare->answers(q), whole->answers(q));
            for (qsizetype row = 0; row < bare->size(); ++row) {
                QVERIFY(bare->answer(q, row).isEmpty());
                answered += !whole->answer(q, row).isEmpty();
            }
        }
        QVERIFY(answered > 0);
        for (int d = 0; d < whole->dimensions().size(); ++d)
            QCOMPARE(bare->segments(d), whole->segments(d));
        Filter withAnswer;
        withAnswer.onlyWithAnswer = true;
        for (const Filter &f : {Filter{}, withAnswer}) {
            const DashboardResult x = Dashboard(whole.value()).compute(f, 0);
            const DashboardResult y = Dashboard(bare.value()).compute(f, 0);
            QCOMPARE(y.responses, x.responses);
            QCOMPARE(y.withAnswer, x.withAnswer);
            QCOMPARE(y.overall, x.overall);
            QCOMPARE(y.facets, x.facets);
        }
        QVERIFY(!CacheSnapshot::save(store, bare.value()));
        QVERIFY(CacheSnapshot::exists(store));
        // Adding to it reads the texts after all.
        const Result<ResponseCache> added = ResponseCache::loadAdding(bare.value(), reader);
        QVERIFY_RESULT(added);
        QVERIFY(added->hasAnswerTexts());
        compareCaches(added.value(), whole.value());
        if (QTest::currentTestFailed())
            return;
        // A count of texts that its part cannot hold is not believed.
        QByteArray texts = textsChunk(store);
        QVERIFY(!texts.isEmpty());
        const quint32 huge = 0x7fffffff;
        std::memcpy(texts.data(), &huge, sizeof huge);
        setTextsChunk(store, texts);
        SurveyStore again;
        QVERIFY_RESULT(again.open(store.path(), SurveyStore::OpenMode::ReadOnly));
        QVERIFY(!CacheSnapshot::read(again, ResponseCache::Texts::Skip));
    }

    void editedOutsideIsRebuilt_data() { backends(); }
    void editedOutsideIsRebuilt()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        fillProject(store);
        // A score changed with another tool: the snapshot goes in the same statement.
        exec(store,
             QStringLiteral("UPDATE responses SET score = 3"
                            " WHERE id = (SELECT MIN(id) FROM responses)"));
        QVERIFY(!CacheSnapshot::exists(store));
        {
            const Result<ResponseCache> loaded = loadFresh(store.path());
            QVERIFY_RESULT(loaded);
            QCOMPARE(loaded->score(0), qint8(3));
        }
        expectRebuilt(store);
        if (QTest::currentTestFailed())
            return;
        // A response added beside the imports (on SQLite no trigger sees it: the last id does).
        const qsizetype before = loadFresh(store.path())->size();
        exec(store,
             QStringLiteral("INSERT INTO responses (import_id, response_key, score, answered_at,"
                            " open_answer, segment_values, source_line)"
                            " SELECT import_id, response_key + 1, 0, answered_at, open_answer,"
                            " segment_values, source_line FROM responses"
                            " WHERE id = (SELECT MAX(id) FROM responses)"));
        QCOMPARE(loadRows(store.path())->size(), before + 1);
        expectRebuilt(store);
        if (QTest::currentTestFailed())
            return;
        // A response removed beside the imports.
        exec(store,
             QStringLiteral("DELETE FROM responses WHERE id = (SELECT MAX(id) FROM responses)"));
        QCOMPARE(loadRows(store.path())->size(), before);
        expectRebuilt(store);
        if (QTest::currentTestFailed())
            return;
        // A dimension's value renamed.
        exec(store,
             QStringLiteral("UPDATE dimension_values SET value = 'Premium' WHERE value = 'Pro'"));
        expectRebuilt(store);
    }

    void removedImportIsRebuilt_data() { backends(); }
    void removedImportIsRebuilt()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        fillProject(store);
        QVERIFY_RESULT(store.removeImport(store.imports().constFirst().id));
        QVERIFY(!CacheSnapshot::exists(store));
        expectRebuilt(store);
        // The next import adds to the rewritten snapshot.
        const ImportReport report = importKept(store, generated(1000, 1100));
        QVERIFY2(report.ok(), qPrintable(report.error));
        expectSnapshotUsed(store);
    }

    void staleCacheIsNotWritten_data() { backends(); }
    void staleCacheIsNotWritten()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        fillProject(store);
        const Result<ResponseCache> before = loadFresh(store.path());
        QVERIFY_RESULT(before);
        const ImportReport report = Importer(store).run(generated(2000, 2050));
        QVERIFY2(report.ok(), qPrintable(report.error));
        const Status refused = CacheSnapshot::save(store, before.value());
        QVERIFY(!refused);
        QVERIFY(!CacheSnapshot::exists(store));
        // Nor a read-only project.
        SurveyStore reader;
        QVERIFY_RESULT(reader.open(store.path(), SurveyStore::OpenMode::ReadOnly));
        const Result<ResponseCache> rows = ResponseCache::load(reader);
        QVERIFY_RESULT(rows);
        QVERIFY(!CacheSnapshot::save(reader, rows.value()));
    }

    // Answer texts of more than two chunks, written a chunk at a time (one split inside a
    // text): read back as the rows give them, and a changed byte in the last chunk is noticed.
    // Reading the snapshot passes its pages through a small page cache, then gives the
    // connection its own back: the project's large cache is for imports, not a second copy of
    // the snapshot kept while the project is open.
    static int pageCacheSize(const SurveyStore &store)
    {
        QSqlQuery query(store.database());
        return query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()
                   ? query.value(0).toInt()
                   : 0;
    }

    void readKeepsTheConnectionsPageCache()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(QStringLiteral("sqlite"))));
        fillProject(store);
        const int before = pageCacheSize(store);
        QVERIFY(before < -1024); // the project's own, larger than the reader's
        const Result<ResponseCache> loaded = CacheSnapshot::read(store);
        QVERIFY_RESULT(loaded);
        QVERIFY(loaded->loadedFromSnapshot());
        QCOMPARE(pageCacheSize(store), before);
        compareCaches(loaded.value(), loadRows(store.path()).value());
    }

    // The snapshot of an import is built with a small page cache (the import's pages are
    // written by then); the next import has the project's large one again.
    void importKeepsTheConnectionsPageCache()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(QStringLiteral("sqlite"))));
        const int before = pageCacheSize(store);
        QVERIFY(before < -8192);
        for (const QString &file : {generated(1, 300), generated(301, 500)}) {
            const ImportReport report = importKept(store, file);
            QVERIFY2(report.ok(), qPrintable(report.error));
            QCOMPARE(pageCacheSize(store), before);
            expectSnapshotUsed(store);
        }
    }

    void textsOfSeveralChunks_data() { backends(); }
    void textsOfSeveralChunks()
    {
        SurveyStore store;
        OPEN_PROJECT(store);
        QByteArray bytes = "Respondent ID,Date,Likelihood to recommend,Comment\n";
        const QString filler(97, u'é'); // odd: the texts do not end at a chunk's end
        for (int i = 1; i <= 45000; ++i)
            bytes += QStringLiteral("R%1,2025-03-04,%2,Answer %1 %3\n")
                         .arg(i)
                         .arg(i % 11)
                         .arg(filler)
                         .toUtf8();
        bytes
            += QStringLiteral("R45001,2025-03-04,9,Top 👍🏽 𝄞\n").toUtf8(); // not in the BMP
        const ImportReport report
            = importKept(store, writeFile(QStringLiteral("long-answers.csv"), bytes));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*), MAX(chunk) FROM cache_snapshot WHERE part = 'texts'")));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() >= 3, qPrintable(query.value(0).toString()));
        const int last = query.value(1).toInt();
        expectSnapshotUsed(store);
        if (QTest::currentTestFailed())
            return;
        // The texts' column as the rows give it, unit for unit (surrogate pairs included).
        const Result<ResponseCache> read = loadFresh(store.path());
        QVERIFY_RESULT(read);
        QVERIFY(read->loadedFromSnapshot());
        QVERIFY(read->answerTexts() == loadRows(store.path())->answerTexts());
        QCOMPARE(read->answer(45000), QStringLiteral("Top 👍🏽 𝄞"));
        QVERIFY(query.exec(
            QStringLiteral("SELECT data FROM cache_snapshot WHERE part = 'texts' AND chunk = %1")
                .arg(last)));
        QVERIFY(query.next());
        QByteArray tail = query.value(0).toByteArray();
        QVERIFY(tail.size() > 2);
        tail[tail.size() / 2] = char(tail.at(tail.size() / 2) ^ 0x20);
        exec(
            store,
            QStringLiteral("UPDATE cache_snapshot SET data = ? WHERE part = 'texts' AND chunk = ?"),
            {tail, last});
        expectRebuilt(store);
    }

    // On PostgreSQL the chunks are compressed with LZ4, not pglz (half of a million-row
    // snapshot's write), in the import's transaction only; they read back as written.
    void teamSnapshotIsLz4()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_server.url(QStringLiteral("lz4"))));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT 'lz4' = ANY (enumvals) FROM pg_settings"
                                          " WHERE name = 'default_toast_compression'")));
        QVERIFY(query.next());
        if (!query.value(0).toBool())
            QSKIP("this PostgreSQL was built without LZ4");
        const ImportReport report = importKept(store, generated(1, 20000));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*) FILTER (WHERE pg_column_compression(data) = 'lz4'),"
            " COUNT(*) FILTER (WHERE pg_column_compression(data) = 'pglz') FROM cache_snapshot")));
        QVERIFY(query.next());
        QVERIFY2(query.value(0).toInt() > 0, "no chunk was compressed with LZ4");
        QCOMPARE(query.value(1).toInt(), 0);
        QVERIFY(query.exec(QStringLiteral("SHOW default_toast_compression")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("pglz")); // the session's again
        expectSnapshotUsed(store);
        // A cache saved in a transaction of its own is written the same way.
        const Result<ResponseCache> rows = loadRows(store.path());
        QVERIFY_RESULT(rows);
        QVERIFY_RESULT(CacheSnapshot::save(store, rows.value()));
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM cache_snapshot WHERE pg_column_compression(data) = 'pglz'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        expectSnapshotUsed(store);
    }

    // A team project whose snapshot table a viewer and an editor were not granted (schema 5
    // made by another editor): the viewer reads the rows, the editor's import commits without
    // writing a snapshot, and neither fails.
    void roleWithoutTheTable()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore owner;
        QVERIFY_RESULT(owner.open(m_server.url(QStringLiteral("restricted"))));
        fillProject(owner);
        const QString schema = owner.url().schema();
        QVERIFY_RESULT(m_server.psql(
            QStringLiteral("CREATE ROLE snap_viewer LOGIN; CREATE ROLE snap_editor LOGIN;"
                           " GRANT USAGE ON SCHEMA %1 TO snap_viewer, snap_editor;"
                           " GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO snap_viewer;"
                           " GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1"
                           " TO snap_editor;"
                           " GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1"
                           " TO snap_editor;"
                           " REVOKE ALL ON %1.cache_snapshot FROM snap_viewer, snap_editor;")
                .arg(schema)));
        SurveyStore editor;
        QVERIFY_RESULT(
            editor.open(m_server.url(QStringLiteral("restricted"), QStringLiteral("snap_editor"))));
        QVERIFY(!CacheSnapshot::exists(editor));
        const ImportReport report = importKept(editor, generated(3000, 3100));
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!CacheSnapshot::exists(owner)); // the change took the old one away
        SurveyStore viewer;
        QVERIFY_RESULT(
            viewer.open(m_server.url(QStringLiteral("restricted"), QStringLiteral("snap_viewer")),
                        SurveyStore::OpenMode::ReadOnly));
        const Result<ResponseCache> loaded = ResponseCache::load(viewer);
        QVERIFY_RESULT(loaded);
        QVERIFY(!loaded->loadedFromSnapshot());
        compareCaches(loaded.value(), loadRows(owner.path()).value());
    }
};

QTEST_GUILESS_MAIN(TestCacheSnapshot)
#include "tst_cachesnapshot.moc"
