#include "import/importer.h"
#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

#include "pgserver.h"
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

class tst_Importer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    PgServer m_server;

    QString newProjectPath()
    {
        return m_dir.filePath(QStringLiteral("p%1.npsdb").arg(++m_projects));
    }

    // The import and dedup tests that hold for every backend run once per backend.
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    // A new project on the backend: a file, or a schema of the throwaway server.
    QString newProject(const QString &backend)
    {
        if (backend == u"postgresql")
            return m_server.url(QStringLiteral("p%1").arg(++m_projects));
        return newProjectPath();
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

    static QVariant scalar(const SurveyStore &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    // Rows "id,date,score,comment,segment" for ids [first, last].
    static QByteArray generic(int first, int last)
    {
        QByteArray bytes = "Respondent ID,Date,Likelihood to recommend,Comment,Plan\n";
        for (int i = first; i <= last; ++i)
            bytes += QStringLiteral("R%1,2025-%2-%3,%4,Answer %1,%5\n")
                         .arg(i)
                         .arg(1 + i % 12, 2, 10, QChar(u'0'))
                         .arg(1 + i % 28, 2, 10, QChar(u'0'))
                         .arg(i % 11)
                         .arg(i % 3 ? QStringLiteral("Pro") : QStringLiteral("Basic"))
                         .toUtf8();
        return bytes;
    }

    static void checkInvariant(const ImportReport &r)
    {
        QCOMPARE(r.imported + r.skipped + r.duplicates + r.excluded, r.rowsRead);
    }

    static QStringList names(const ImportReport &r, const QList<int> &columns)
    {
        QStringList list;
        for (int c : columns)
            list << r.layout.columnNames.value(c);
        return list;
    }

    // Responses per option of a dimension, over the whole project.
    static QMap<QString, qint64> facets(const ResponseCache &cache, const QString &dimension)
    {
        QMap<QString, qint64> counts;
        const int d = cache.dimensionIndex(dimension);
        if (d < 0)
            return counts;
        const DashboardResult all = Dashboard(cache).compute(Filter{});
        for (qsizetype v = 0; v < cache.dimensions().at(d).values.size(); ++v)
            counts.insert(cache.dimensions().at(d).values.at(v), all.facets.at(d).at(v));
        return counts;
    }

private slots:
    void genericExport_data() { backends(); }
    void genericExport()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        const ImportReport r
            = Importer(store).run(writeFile(QStringLiteral("g.csv"), generic(1, 100)));
        QVERIFY_RESULT(r);
        QCOMPARE(r.rowsRead, 100);
        QCOMPARE(r.imported, 100);
        QCOMPARE(r.exitCode(), 0);
        checkInvariant(r);
        QCOMPARE(store.responseCount(), 100);
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT answered_at FROM responses WHERE respondent = 'R5'"))
                     .toString(),
                 QStringLiteral("2025-06-06"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM dimension_values")).toInt(), 2);
        const QList<ImportRecord> imports = store.imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().rowsImported, 100);
        QVERIFY(imports.first().fileHash.startsWith(QStringLiteral("xxh3-128:")));
        QCOMPARE(imports.first().fileHash.size(), 9 + 32);
        QVERIFY(imports.first().mapping.contains(QStringLiteral("Likelihood to recommend")));
    }

    // A hand-made sheet types one answer several ways ("Zakelijk", "zakelijk", "ZAKELIJK "):
    // one value of the segment, named by its first spelling, in this import and the next.
    // Found by the hostile-input campaign: a score column without a header stopped the import
    // with "NOT NULL constraint failed: surveys.score_question", naming neither file nor cause.
    void scoreColumnWithoutHeaderImports()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const QByteArray bytes = "Respondent ID,,Plan\nA1,9,Pro\nA2,3,Basic\nA3,10,Pro\n";
        const ImportReport r = Importer(store).run(writeFile(QStringLiteral("nohead.csv"), bytes));
        QVERIFY_RESULT(r);
        QCOMPARE(r.imported, 3);
        const ImportReport again
            = Importer(store).run(writeFile(QStringLiteral("nohead2.csv"), bytes));
        QVERIFY_RESULT(again);
        QCOMPARE(again.duplicates, 3);
        QCOMPARE(store.responseCount(), 3);
    }

    void spellingsOfOneValueAreOneValue()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        QVERIFY_RESULT(Importer(store).run(
            writeFile(QStringLiteral("spell1.csv"),
                      "Respondent ID,Likelihood to recommend,Klanttype\n"
                      "A1,9,Zakelijk\nA2,3,zakelijk\nA3,10,ZAKELIJK \nA4,7,Particulier\n"
                      "A5,8,particulier\nA6,6,Zakelijk\n")));
        QVERIFY_RESULT(Importer(store).run(writeFile(
            QStringLiteral("spell2.csv"),
            "Respondent ID,Likelihood to recommend,Klanttype\nB1,9,zAKELIJK\nB2,2,Overheid\n")));
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM dimension_values")).toInt(), 3);
        const Result<ResponseCache> cache = ResponseCache::load(store);
        QVERIFY_RESULT(cache);
        const QMap<QString, qint64> expected
            = {{u"Zakelijk"_s, 5}, {u"Particulier"_s, 2}, {u"Overheid"_s, 1}};
        QCOMPARE(facets(cache.value(), u"Klanttype"_s), expected);
    }

    // A value typed several ways is named by its most frequent spelling, not its first.
    void valueNamedByItsMostFrequentSpelling()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        QVERIFY_RESULT(Importer(store).run(
            writeFile(QStringLiteral("spell3.csv"),
                      "Respondent ID,Likelihood to recommend,Gender\n"
                      "A1,9,male\nA2,3,Male \nA3,10,MALE\nA4,7,Male\nA5,8,Male\nA6,6,Female\n")));
        const Result<ResponseCache> cache = ResponseCache::load(store);
        QVERIFY_RESULT(cache);
        const QMap<QString, qint64> expected = {{u"Male"_s, 5}, {u"Female"_s, 1}};
        QCOMPARE(facets(cache.value(), u"Gender"_s), expected);
    }

    void dutchWindows1252Semicolons()
    {
        const QString text = QStringLiteral(
            "Respondentnummer;Datum;Aanbevelingsscore;Toelichting;Klanttype\r\n"
            "1;03-04-2025 10:15;9;“Top” geholpen, €10 korting gekregen;Particulier\r\n"
            "2;13-04-2025 11:00;5;Geërgerd over de factuur;Zakelijk\r\n"
            "3;05-04-2025;10 (zeer waarschijnlijk);;Particulier\r\n");
        QStringEncoder encoder("windows-1252");
        const QByteArray bytes = encoder.encode(text);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(writeFile(QStringLiteral("nl.csv"), bytes));
        QVERIFY_RESULT(r);
        QCOMPARE(r.dialect.encoding, QByteArray("windows-1252"));
        QCOMPARE(r.dialect.delimiter, QChar(u';'));
        QCOMPARE(r.imported, 3);
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT open_answer FROM responses WHERE respondent = '1'"))
                     .toString(),
                 QStringLiteral("“Top” geholpen, €10 korting gekregen"));
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT answered_at FROM responses WHERE respondent = '1'"))
                     .toString(),
                 QStringLiteral("2025-04-03T10:15:00"));
        QCOMPARE(scalar(store, QStringLiteral("SELECT score FROM responses WHERE respondent = '3'"))
                     .toInt(),
                 10);
    }

    void rowIssuesAreReportedAndStored()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(fixture("generic-issues.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.rowsRead, 10);
        QCOMPARE(r.skipped, 4);
        QCOMPARE(r.imported, 6);
        // "N/A" is a missing score, counted by its marker; not a broken row.
        QCOMPARE(r.withoutScore, 2);
        QCOMPARE(r.withoutScoreBecause.value(QStringLiteral("N/A")), 1);
        QCOMPARE(r.withoutScoreBecause.value(QString()), 1);
        QCOMPARE(r.exitCode(), 1);
        checkInvariant(r);
        QList<qint64> lines;
        for (const RowIssue &issue : r.issues)
            lines << issue.line;
        QCOMPARE(lines, (QList<qint64>{3, 5, 7, 10}));
        QCOMPARE(r.issues.at(0).column, QStringLiteral("score"));
        QCOMPARE(r.issues.at(0).rawText, QStringLiteral("11"));
        QVERIFY(r.issues.at(0).reason.contains(QStringLiteral("0 to 10")));
        QCOMPARE(r.issues.at(1).column, QStringLiteral("date"));
        QVERIFY(r.issues.at(2).reason.contains(QStringLiteral("expected 5 fields, found 6")));
        QCOMPARE(store.rowIssues(r.importId).size(), 4);
    }

    void inspectionShowsTheProblemsOfTheSample()
    {
        const ImportReport preview = Importer::inspect(fixture("generic-issues.csv"));
        QVERIFY_RESULT(preview);
        QList<qint64> lines;
        for (const RowIssue &issue : preview.issues)
            lines << issue.line;
        QCOMPARE(lines, (QList<qint64>{3, 5, 7, 10})); // the same as the import finds
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        QCOMPARE(Importer(store).run(fixture("generic-issues.csv")).issues.size(), 4); // not twice
    }

    void strictImportsNothing()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        ImportOptions options;
        options.strict = true;
        const ImportReport r = Importer(store).run(fixture("generic-issues.csv"), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.exitCode(), 2);
        QVERIFY(r.error.contains(QStringLiteral("line 3")));
        QVERIFY(r.error.contains(QStringLiteral("“11”")));
        QCOMPARE(store.responseCount(), 0);
        QCOMPARE(store.imports().size(), 0);
    }

    void failureMidwayChangesNothing()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        QVERIFY_RESULT(Importer(store).run(writeFile(QStringLiteral("first.csv"), generic(1, 50))));
        // The database refuses one row deep inside the second file.
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON responses WHEN NEW.respondent = 'R5000' "
            "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        const ImportReport r
            = Importer(store).run(writeFile(QStringLiteral("second.csv"), generic(1001, 9000)));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("disk says no")));
        QCOMPARE(r.exitCode(), 2);
        QCOMPARE(store.responseCount(), 50);
        QCOMPARE(store.imports().size(), 1);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM dimension_values")).toInt(), 2);
    }

    void cancelChangesNothing_data() { backends(); }
    void cancelChangesNothing()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        std::atomic_bool cancel = false;
        QList<qint64> progress;
        ImportOptions options;
        options.cancel = &cancel;
        options.progress = [&](qint64 done, qint64 total) {
            progress << done;
            QVERIFY(done <= total);
            cancel = true;
        };
        const ImportReport r
            = Importer(store).run(writeFile(QStringLiteral("big.csv"), generic(1, 20000)), options);
        QVERIFY(r.cancelled);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(store.responseCount(), 0);
        QCOMPARE(store.imports().size(), 0);
    }

    // More rows than the COPY's queue of chunks holds (several megabytes): every row arrives
    // once, in the file's order, with its own answer.
    void largeImportStoresEveryRowOnce_data() { backends(); }
    void largeImportStoresEveryRowOnce()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        constexpr int Rows = 60000;
        const ImportReport r
            = Importer(store).run(writeFile(QStringLiteral("large.csv"), generic(1, Rows)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, Rows);
        QCOMPARE(store.responseCount(), Rows);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(DISTINCT respondent) FROM responses"))
                     .toInt(),
                 Rows);
        // Line n + 1 holds respondent Rn, and the ids follow the lines.
        QCOMPARE(
            scalar(store,
                   QStringLiteral("SELECT COUNT(*) FROM responses WHERE respondent"
                                  " <> 'R' || CAST(source_line - 1 AS TEXT)"
                                  " OR open_answer <> 'Answer ' || CAST(source_line - 1 AS TEXT)"
                                  " OR id - (SELECT MIN(id) FROM responses)"
                                  " <> source_line - 2"))
                .toInt(),
            0);
    }

    // More answers to the other open questions than the writer keeps in memory (on PostgreSQL
    // they wait in a temporary file for the responses' COPY to end): each stored once, with its
    // response.
    void manyOtherAnswersStoredOnce_data() { backends(); }
    void manyOtherAnswersStoredOnce()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        constexpr int Rows = 30000;
        const QString filler(180, u'x');
        QByteArray bytes
            = QStringLiteral("Horodateur,Quelle est la probabilité que vous recommandiez Acme à "
                             "un ami ou à un collègue ?,Pourquoi cette note ?,Qu’aimez-vous le "
                             "plus chez nous ?,Que pourrions-nous améliorer ?,Pays\n")
                  .toUtf8();
        for (int i = 0; i < Rows; ++i)
            bytes += QStringLiteral("%1/05/2025 14:00:00,%2,Note (%3),Le plus (%3) %4,"
                                    "Améliorer (%3) %4,France\n")
                         .arg(1 + i % 28, 2, 10, QChar(u'0'))
                         .arg(i % 11)
                         .arg(i)
                         .arg(filler)
                         .toUtf8();
        const ImportReport r
            = Importer(store).run(writeFile(QStringLiteral("other-answers.csv"), bytes));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.imported, Rows);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM answers")).toInt(), 2 * Rows);
        // Each answer is its own response's: row n (line n + 2) says "(n)".
        QCOMPARE(
            scalar(store,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM answers a JOIN responses r ON r.id = a.response_id"
                       " WHERE a.text LIKE '%(' || CAST(r.source_line - 2 AS TEXT) || ') %'"))
                .toInt(),
            2 * Rows);
        QCOMPARE(
            scalar(store, QStringLiteral("SELECT SUM(LENGTH(text)) FROM answers")).toLongLong(),
            [&] {
                qint64 sum = 0;
                for (int i = 0; i < Rows; ++i)
                    sum += 2 * (QString::number(i).size() + 3 + filler.size()) + 8 + 10;
                return sum;
            }());
    }

    // The team server drops the connection while the rows stream: the import fails and says
    // so, and the project holds nothing of it.
    void droppedConnectionStoresNothing()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        const QString url = newProject(QStringLiteral("postgresql"));
        qint64 pid = 0;
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(url));
            pid = scalar(store, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            QVERIFY(pid > 0);
            bool dropped = false;
            ImportOptions options;
            options.progress = [&](qint64, qint64) {
                if (std::exchange(dropped, true))
                    return;
                QVERIFY_RESULT(
                    m_server.psql(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)));
            };
            const ImportReport r = Importer(store).run(
                writeFile(QStringLiteral("dropped.csv"), generic(1, 60000)), options);
            QVERIFY(dropped);
            QVERIFY(!r.ok());
            QVERIFY(!r.error.isEmpty());
            QCOMPARE(r.imported, 0);
        }
        SurveyStore again;
        QVERIFY_RESULT(again.open(url));
        QCOMPARE(again.responseCount(), 0);
        QCOMPARE(again.imports().size(), 0);
    }

    void progressReachesTheEnd()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        qint64 last = -1, total = 0;
        ImportOptions options;
        options.progress = [&](qint64 done, qint64 all) {
            QVERIFY(done >= last);
            last = done;
            total = all;
        };
        const QString path = writeFile(QStringLiteral("progress.csv"), generic(1, 20000));
        QVERIFY_RESULT(Importer(store).run(path, options));
        QCOMPARE(last, QFileInfo(path).size());
        QCOMPARE(total, last);
    }

    void reimportAddsNoDuplicates_data() { backends(); }
    void reimportAddsNoDuplicates()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        Importer importer(store);
        const QString first = writeFile(QStringLiteral("jan.csv"), generic(1, 100));
        QCOMPARE(importer.run(first).imported, 100);
        const ImportReport again = importer.run(first);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 100);
        QCOMPARE(again.exitCode(), 0);
        checkInvariant(again);
        // A later export that overlaps the first one.
        const ImportReport later
            = importer.run(writeFile(QStringLiteral("feb.csv"), generic(51, 150)));
        QCOMPARE(later.imported, 50);
        QCOMPARE(later.duplicates, 50);
        QCOMPARE(store.responseCount(), 150);
    }

    void identicalRowsWithoutIdAreAllKept_data() { backends(); }
    void identicalRowsWithoutIdAreAllKept()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        Importer importer(store);
        const ImportReport r = importer.run(fixture("no-date.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.imported, 5); // three identical "9;Good;Consumer" rows are three respondents
        QVERIFY(r.notes.join(u' ').contains(QStringLiteral("no date column")));
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT COUNT(*) FROM responses WHERE answered_at IS NULL"))
                     .toInt(),
                 5);
        const ImportReport again = importer.run(fixture("no-date.csv"));
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 5);
    }

    void mapOverridesDetection()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        ImportOptions options;
        options.map = {{QStringLiteral("segment"), QStringLiteral("comment")},
                       {QStringLiteral("ignore"), QStringLiteral("Plan")}};
        const ImportReport r
            = Importer(store).run(writeFile(QStringLiteral("m.csv"), generic(1, 10)), options);
        QVERIFY_RESULT(r);
        QCOMPARE(r.mapping.openAnswer, -1);
        QCOMPARE(r.mapping.segments, QList<int>{3});
        QCOMPARE(scalar(store, QStringLiteral("SELECT name FROM dimensions")).toString(),
                 QStringLiteral("Comment"));
    }

    void unknownMapColumnListsColumns()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        ImportOptions options;
        options.map = {{QStringLiteral("score"), QStringLiteral("Nope")}};
        const ImportReport r
            = Importer(store).run(writeFile(QStringLiteral("u.csv"), generic(1, 10)), options);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("No column “Nope”")));
        QVERIFY(r.error.contains(QStringLiteral("Likelihood to recommend")));
    }

    void ambiguousScoreNeedsAChoice()
    {
        QByteArray bytes = "Q1,Q2\n";
        for (int i = 0; i < 20; ++i)
            bytes += QByteArray::number(i % 11) + ',' + QByteArray::number((i * 7) % 11) + '\n';
        const QString path = writeFile(QStringLiteral("amb.csv"), bytes);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("--map score=")));
        QCOMPARE(store.imports().size(), 0);
        ImportOptions options;
        options.map = {{QStringLiteral("score"), QStringLiteral("2")}};
        const ImportReport chosen = Importer(store).run(path, options);
        QVERIFY_RESULT(chosen);
        QCOMPARE(chosen.mapping.score, 1);
    }

    void surveyMonkeyExport()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(fixture("surveymonkey.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.layout.tool, SurveyLayout::Tool::SurveyMonkey);
        QCOMPARE(r.rowsRead, 5);
        QCOMPARE(r.imported, 5);
        QCOMPARE(r.withoutScore, 1);
        QCOMPARE(
            scalar(store,
                   QStringLiteral("SELECT score FROM responses WHERE respondent = '114207311002'"))
                .toInt(),
            0);
        QCOMPARE(scalar(store,
                        QStringLiteral(
                            "SELECT answered_at FROM responses WHERE respondent = '114207311001'"))
                     .toString(),
                 QStringLiteral("2025-09-23T14:18:40"));
        QCOMPARE(scalar(store,
                        QStringLiteral(
                            "SELECT open_answer FROM responses WHERE respondent = '114207311003'"))
                     .toString(),
                 QStringLiteral("Okay\nbut slow"));
        QCOMPARE(scalar(store,
                        QStringLiteral(
                            "SELECT source_line FROM responses WHERE respondent = '114207311004'"))
                     .toInt(),
                 7);
    }

    void qualtricsExport_data() { backends(); }
    void qualtricsExport()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        const ImportReport r = Importer(store).run(fixture("qualtrics.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.layout.tool, SurveyLayout::Tool::Qualtrics);
        QCOMPARE(r.rowsRead, 6);
        QCOMPARE(r.imported, 4); // the survey preview and the unfinished response are left out
        QCOMPARE(r.excluded, 2);
        checkInvariant(r);
        QCOMPARE(r.excludedBecause.value(QStringLiteral("unfinished")), 1);
        QCOMPARE(r.layout.columnNames.at(r.mapping.score).left(17),
                 QStringLiteral("On a scale from 0"));
        QCOMPARE(r.layout.columnNames.at(r.mapping.respondentId), QStringLiteral("Response ID"));
        QCOMPARE(r.layout.columnNames.at(r.mapping.answeredAt), QStringLiteral("Recorded Date"));
        QCOMPARE(r.layout.columnNames.at(r.mapping.openAnswer),
                 QStringLiteral("What is the primary reason for your score?"));
        QCOMPARE(r.mapping.segments.size(), 1);
        QCOMPARE(r.layout.columnNames.at(r.mapping.segments.first()),
                 QStringLiteral("Which region are you in?"));
        QCOMPARE(r.mapping.leftOut.value(3), QStringLiteral("personal data")); // IP address
    }

    void qualtricsKeepIncomplete()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        ImportOptions options;
        options.keepIncomplete = true;
        const ImportReport r = Importer(store).run(fixture("qualtrics.csv"), options);
        QCOMPARE(r.imported, 6);
        QCOMPARE(r.excluded, 0);
    }

    void layouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tool");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("firstDate");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<int>("imported");
        QTest::newRow("typeform") << "typeform.csv" << int(SurveyLayout::Tool::Typeform)
                                  << "How likely are you to recommend **Acme** to a friend?"
                                  << "Submit Date (UTC)"
                                  << "2024-03-01T09:02:14"
                                  << QStringList{u"Which plan are you on?"_s} << 3;
        QTest::newRow("google forms")
            << "google-forms.csv" << int(SurveyLayout::Tool::GoogleForms)
            << "On a scale of 1 to 10, how likely are you to recommend our course?"
            << "Timestamp"
            << "2026-09-27T15:00:00+03:00" << QStringList{u"Which track did you follow?"_s} << 3;
        QTest::newRow("limesurvey") << "limesurvey.csv" << int(SurveyLayout::Tool::LimeSurvey)
                                    << "Hoe waarschijnlijk is het dat u ons zou aanbevelen?"
                                    << "submitdate"
                                    << "2025-05-01T10:00:00" << QStringList{u"Klanttype"_s} << 3;
        QTest::newRow("delighted")
            << "delighted.csv" << int(SurveyLayout::Tool::FlatExport) << "score"
            << "created_at"
            << "2024-06-01T00:00:00Z" << QStringList{u"customer_type"_s, u"country"_s} << 4;
        QTest::newRow("dutch sheet")
            << "dutch.csv" << int(SurveyLayout::Tool::Generic) << "Aanbevelingsscore"
            << "Datum"
            << "2025-04-03" << QStringList{u"Klanttype"_s, u"Productlijn"_s} << 3;
    }

    void layouts()
    {
        QFETCH(QString, file);
        QFETCH(int, tool);
        QFETCH(QString, score);
        QFETCH(QString, date);
        QFETCH(QString, firstDate);
        QFETCH(QStringList, segments);
        QFETCH(int, imported);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(QStringLiteral(NPS_TEST_DATA "/") + file);
        QVERIFY_RESULT(r);
        QCOMPARE(int(r.layout.tool), tool);
        QCOMPARE(r.layout.columnNames.at(r.mapping.score), score);
        QCOMPARE(r.layout.columnNames.at(r.mapping.answeredAt), date);
        QStringList segmentNames;
        for (int c : r.mapping.segments)
            segmentNames << r.layout.columnNames.at(c);
        QCOMPARE(segmentNames, segments);
        QCOMPARE(r.imported, imported);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT MIN(answered_at) FROM responses")).toString(),
                 firstDate);
    }

    void layoutDetails()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport lime = Importer(store).run(fixture("limesurvey.csv"));
        QVERIFY_RESULT(lime);
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT open_answer FROM responses WHERE respondent = '1'"))
                     .toString(),
                 QStringLiteral(
                     "Snelle levering.\nGoede prijs.")); // LimeSurvey's \n escape is a line break
        QCOMPARE(lime.mapping.leftOut.value(8), QStringLiteral("personal data")); // ipaddr

        const ImportReport google = Importer(store).run(fixture("google-forms.csv"));
        QCOMPARE(google.mapping.leftOut.value(1),
                 QStringLiteral("personal data")); // e-mail addresses are not stored
        QCOMPARE(
            scalar(store,
                   QStringLiteral("SELECT COUNT(*) FROM responses WHERE open_answer LIKE '%@%'"))
                .toInt(),
            0);
        QCOMPARE(
            scalar(store,
                   QStringLiteral("SELECT score FROM responses WHERE open_answer = 'Too fast'"))
                .toInt(),
            1);

        const ImportReport dutch = Importer(store).run(fixture("dutch.csv"));
        QCOMPARE(dutch.dialect.encoding, QByteArray("windows-1252"));
        QCOMPARE(dutch.dialect.delimiter, QChar(u';'));
        QVERIFY(
            scalar(store,
                   QStringLiteral("SELECT COUNT(*) FROM responses WHERE open_answer LIKE '%€%'"))
                .toInt()
            == 1);
        QCOMPARE(dutch.layout.columnNames.at(dutch.mapping.openAnswer),
                 QStringLiteral("Toelichting"));
        QCOMPARE(dutch.layout.columnNames.at(dutch.mapping.respondentId),
                 QStringLiteral("Klantnummer"));
    }

    void emptyAndMissingFiles()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport missing
            = Importer(store).run(m_dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(missing.error.contains(QStringLiteral("nope.csv")));
        const ImportReport empty = Importer(store).run(writeFile(QStringLiteral("empty.csv"), {}));
        QVERIFY(empty.error.contains(QStringLiteral("empty")));
        const ImportReport headerOnly
            = Importer(store).run(writeFile(QStringLiteral("header.csv"), "Score,Comment\n"));
        QVERIFY(!headerOnly.ok());
        QCOMPARE(store.imports().size(), 0);
    }

    // Found by the hostile-file campaign: two segment columns under one header failed the
    // whole import with "UNIQUE constraint failed". They are two dimensions.
    void repeatedHeadersAreTwoDimensions()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(writeFile(
            QStringLiteral("dup.csv"), "Score,Plan,Plan\n9,Pro,Basic\n7,Basic,Pro\n3,Pro,Pro\n"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.imported, 3);
        QCOMPARE(scalar(store, QStringLiteral("SELECT group_concat(name, '|') FROM dimensions"))
                     .toString(),
                 QStringLiteral("Plan|Plan (2)"));
    }

    // A quote never closed on the last line: the file is imported, that record reported.
    void unterminatedQuoteOnTheLastLine()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        QByteArray bytes = generic(1, 30);
        bytes += "R99,2025-01-01,9,\"never closed,Pro\n";
        const ImportReport r = Importer(store).run(writeFile(QStringLiteral("q.csv"), bytes));
        QVERIFY_RESULT(r);
        checkInvariant(r);
        QCOMPARE(r.imported, 30);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().line, 32);
        QVERIFY2(r.issues.first().reason.contains(QStringLiteral("never closed")),
                 qPrintable(r.issues.first().reason));
        QCOMPARE(r.exitCode(), 1);
    }

    // An unbalanced quote in the middle swallows no respondents: only its own record is
    // skipped, reported with the lines it spans, and every later respondent is imported.
    void unbalancedQuoteSkipsOnlyItsRecord()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        QByteArray bytes = generic(1, 10);
        bytes += "R11,2025-01-01,9,\"Great 5 inch screen,Pro\n";
        const QByteArray more = generic(12, 20);
        bytes += more.mid(more.indexOf('\n') + 1); // without its header
        bytes += "R21,2025-02-01,8,\"Quoted, fine\",Basic\n";
        const ImportReport r = Importer(store).run(writeFile(QStringLiteral("u.csv"), bytes));
        QVERIFY_RESULT(r);
        checkInvariant(r);
        QCOMPARE(r.rowsRead, 21);
        QCOMPARE(r.imported, 20);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.issues.first().line, 12);
        QVERIFY2(r.issues.first().reason.startsWith(QStringLiteral("Line 12: ")),
                 qPrintable(r.issues.first().reason));
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT COUNT(*) FROM responses WHERE respondent "
                                       "IN ('R12', 'R20', 'R21')"))
                     .toInt(),
                 3);
    }

    void languageFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("score");
        QTest::addColumn<QStringList>("open");    // every open question; the first is primary
        QTest::addColumn<QStringList>("missing"); // marker=count, "" for empty cells
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("groupDisagreements");
        QTest::addColumn<QList<int>>("groups"); // detractors, passives, promoters
        QTest::newRow("es google forms, two recommend questions")
            << "es-google-forms-two-recommend.csv"
            << "¿Qué tan probable es que recomiendes R a un colega, amiga/o o un familiar?"
            << QStringList{u"¿Qué es lo que más te gusta de usar R?"_s,
                           u"¿Qué es lo que menos te gusta de usar R?"_s}
            << QStringList{} << 40 << 0 << QList<int>{8, 8, 24};
        QTest::newRow("de qualtrics, german question row")
            << "de-qualtrics.csv"
            << "Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen "
               "weiterempfehlen?"
            << QStringList{u"Was ist der wichtigste Grund für Ihre Bewertung?"_s}
            << QStringList{u"Weiß nicht=2"_s} << 24 << 1 << QList<int>{6, 6, 10};
        QTest::newRow("nl forms, multi-select with ;")
            << "nl-forms-multiselect.csv"
            << "Hoe waarschijnlijk is het dat u ons aanbeveelt bij vrienden of collega’s?"
            << QStringList{u"Waarom geeft u dit cijfer?"_s} << QStringList{} << 30 << 0
            << QList<int>{9, 6, 15};
        QTest::newRow("fr three free-text questions")
            << "fr-three-open-questions.csv"
            << "Quelle est la probabilité que vous recommandiez Acme à un ami ou à un collègue ?"
            << QStringList{u"Pourquoi cette note ?"_s,
                           u"Qu’aimez-vous le plus chez nous ?"_s,
                           u"Que pourrions-nous améliorer ?"_s}
            << QStringList{} << 30 << 0 << QList<int>{9, 6, 15};
        QTest::newRow("pt surveymonkey, end points as words")
            << "pt-surveymonkey-endpoint-words.csv"
            << "Qual é a probabilidade de você recomendar a Acme a um amigo ou colega?"
            << QStringList{u"Qual é o principal motivo da sua nota?"_s} << QStringList{u"N/A=1"_s}
            << 30 << 0 << QList<int>{9, 8, 12};
        QTest::newRow("it spss codes")
            << "it-spss-codes.csv"
            << "Quanto è probabile che consiglieresti il nostro negozio a un amico o a un collega?"
            << QStringList{u"Perché?"_s} << QStringList{u"-99=3"_s, u"Non so=1"_s} << 24 << 0
            << QList<int>{5, 5, 10};
        QTest::newRow("en written by R with NA")
            << "en-r-write-csv-na.csv"
            << "nps" << QStringList{u"why"_s} << QStringList{u"NA=6"_s} << 30 << 0
            << QList<int>{6, 6, 12};
    }

    void languageFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, score);
        QFETCH(QStringList, open);
        QFETCH(QStringList, missing);
        QFETCH(int, imported);
        QFETCH(int, groupDisagreements);
        QFETCH(QList<int>, groups);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(QStringLiteral(NPS_TEST_DATA "/") + file);
        QVERIFY_RESULT(r);
        checkInvariant(r);
        QCOMPARE(r.layout.columnNames.value(r.mapping.score), score);
        QCOMPARE(names(r, r.mapping.openQuestions), open); // all kept, in file order
        QCOMPARE(r.layout.columnNames.value(r.mapping.openAnswer), open.first());
        QMap<QString, qint64> expectedMissing;
        qint64 withoutScore = 0;
        for (const QString &m : missing) {
            const qsizetype eq = m.lastIndexOf(u'=');
            expectedMissing.insert(m.left(eq), m.mid(eq + 1).toLongLong());
            withoutScore += m.mid(eq + 1).toLongLong();
        }
        QCOMPARE(r.withoutScoreBecause, expectedMissing); // counted by marker, not skipped
        QCOMPARE(r.withoutScore, withoutScore);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.imported, imported);
        QCOMPARE(r.groupDisagreements, groupDisagreements);
        const Result<ResponseCache> cache = ResponseCache::load(store);
        QVERIFY_RESULT(cache);
        const NpsFigures figures = Dashboard(cache.value()).compute(Filter{}).overall;
        QCOMPARE(
            (QList<int>{int(figures.detractors), int(figures.passives), int(figures.promoters)}),
            groups);
        QCOMPARE(cache->questions().size(), open.size());
        QCOMPARE(cache->questions().first().text, open.first());
        QVERIFY(cache->questions().first().primary);
    }

    void spanishTwoRecommendQuestions_data() { backends(); }
    void spanishTwoRecommendQuestions()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        const ImportReport r = Importer(store).run(fixture("es-google-forms-two-recommend.csv"));
        QVERIFY_RESULT(r);
        // The Python question stays a numeric segment; the note says which and why.
        const int python = int(r.layout.columnNames.indexOf(
            u"¿Qué tan probable es que recomiendes Python a un colega, amiga/o o un familiar?"_s));
        QCOMPARE(r.mapping.roleOf(python), ColumnRole::Segment);
        QCOMPARE(r.mapping.traitsOf(python).kind, SegmentTraits::Kind::Numeric);
        QVERIFY(r.notes.join(u'\n').contains(QStringLiteral("the first of 2 recommend questions")));
        QCOMPARE(r.scoreCandidates.size(), 2);
        QVERIFY(!r.scoreAmbiguous);
        // Personal data left out; the year of birth and the robot check kept but not shown.
        QCOMPARE(r.mapping.leftOut.value(1), QStringLiteral("personal data"));
        const int year = int(r.layout.columnNames.indexOf(u"¿En qué año naciste?"_s));
        QVERIFY(!r.mapping.traitsOf(year).shownByDefault);
        QVERIFY(!r.mapping.traitsOf(10).shownByDefault);
        QVERIFY(r.mapping.traitsOf(9).shownByDefault); // país
        const Result<ResponseCache> cache = ResponseCache::load(store);
        QVERIFY_RESULT(cache);
        const QMap<QString, qint64> apps = facets(
            cache.value(),
            u"¿Para qué aplicaciones usas R más frecuentemente? (marca todas las que correspondan)"_s);
        QCOMPARE(apps,
                 (QMap<QString, qint64>{{u"Análisis estadístico"_s, 34},
                                        {u"Aprendizaje automático"_s, 22},
                                        {u"Procesamiento de texto"_s, 23},
                                        {u"Transformación de datos"_s, 23},
                                        {u"Visualización"_s, 29}}));
        const int d = cache->dimensionIndex(
            u"¿Para qué aplicaciones usas R más frecuentemente? (marca todas las que correspondan)"_s);
        QCOMPARE(cache->dimensions().at(d).kind, ResponseCache::Dimension::Kind::Multi);
        // Filtering on one option keeps everyone who chose it.
        Filter visual;
        visual.segments[d]
            = {quint16(cache->dimensions().at(d).values.indexOf(u"Visualización"_s))};
        QCOMPARE(Dashboard(cache.value()).compute(visual).responses, 29);
        // Ranked first: the country (a known segment word); last: the hidden ones.
        const QList<int> order = cache->dimensionsByRelevance();
        QCOMPARE(cache->dimensions().at(order.first()).name,
                 u"¿En qué país resides actualmente?"_s);
        QCOMPARE(cache->dimensions().at(order.first()).label, u"País"_s);
        QVERIFY(!cache->dimensions().at(order.last()).shownByDefault);
    }

    void qualtricsGermanGroupsAndOptionColumns()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(fixture("de-qualtrics.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.layout.columnIds.value(r.mapping.npsGroup), u"Q1_NPS_GROUP"_s);
        QVERIFY(!r.mapping.segments.contains(r.mapping.npsGroup));
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().line, 9);
        QCOMPARE(r.warnings.first().rawText, u"Kritiker"_s);
        QCOMPARE(r.layout.columnNames.value(r.mapping.respondentId), u"Antwort-ID"_s);
        const Result<ResponseCache> cache = ResponseCache::load(store);
        QVERIFY_RESULT(cache);
        QCOMPARE(facets(cache.value(), u"Welche Produkte nutzen Sie? (Mehrfachnennung möglich)"_s),
                 (QMap<QString, qint64>{{u"Gas"_s, 8}, {u"Internet"_s, 18}, {u"Strom"_s, 12}}));
        QCOMPARE(cache->dimensions().size(), 2); // Bundesland and the products
    }

    void multiSelectJoinedBySemicolons_data() { backends(); }
    void multiSelectJoinedBySemicolons()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        const ImportReport r = Importer(store).run(fixture("nl-forms-multiselect.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.layout.columnNames.value(r.mapping.npsGroup), u"NPS-groep"_s);
        QCOMPARE(r.groupDisagreements, 0);
        const Result<ResponseCache> cache = ResponseCache::load(store);
        QVERIFY_RESULT(cache);
        const QString channels = u"Welke kanalen gebruikt u? (meerdere antwoorden mogelijk)"_s;
        QCOMPARE(facets(cache.value(), channels),
                 (QMap<QString, qint64>{
                     {u"App"_s, 22}, {u"Telefoon"_s, 18}, {u"Website"_s, 23}, {u"Winkel"_s, 18}}));
        const DashboardResult by
            = Dashboard(cache.value()).compute(Filter{}, cache->dimensionIndex(channels));
        QVERIFY(by.breakdownIsMulti);
        QCOMPARE(by.breakdown.size(), 4);
        qint64 sum = 0;
        for (const BreakdownRow &row : by.breakdown)
            sum += row.figures.n();
        QVERIFY(sum > by.overall.n()); // shares add up to more than 100%
    }

    void rWrittenNaIsMissingEverywhere()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(fixture("en-r-write-csv-na.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.mapping.leftOut.value(0), QStringLiteral("row numbers"));
        QVERIFY(r.mapping.fileMarkers.contains(u"na"_s));
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT COUNT(*) FROM dimension_values WHERE value = 'NA'"))
                     .toInt(),
                 0);
        QCOMPARE(
            scalar(store, QStringLiteral("SELECT COUNT(*) FROM responses WHERE open_answer = 'NA'"))
                .toInt(),
            0);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(csat) FROM responses")).toInt(), 25);
    }

    void spssCodesAndNullMarkers()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(fixture("it-spss-codes.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.mapping.scoreCodes, (QSet<int>{-99}));
        QCOMPARE(
            scalar(store,
                   QStringLiteral("SELECT COUNT(*) FROM dimension_values WHERE value = '#NULL!'"))
                .toInt(),
            0);
        QCOMPARE(r.mapping.traitsOf(5).kind, SegmentTraits::Kind::Numeric); // Età
    }

    void endPointWordsAreTheScaleEnds()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(fixture("pt-surveymonkey-endpoint-words.csv"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.mapping.scoreWords.value(u"Extremamente provável"_s), 10);
        QCOMPARE(r.mapping.scoreWords.value(u"Nada provável"_s), 0);
        const QString notes = r.notes.join(u'\n');
        QVERIFY(notes.contains(u"“Extremamente provável” is read as 10"_s));
        // In the order of the scale, on every run (they came in hash order: two imports of one
        // file gave different reports).
        QVERIFY(notes.indexOf(u"“Nada provável” is read as 0"_s) >= 0);
        QVERIFY(notes.indexOf(u"“Nada provável” is read as 0"_s)
                < notes.indexOf(u"“Extremamente provável” is read as 10"_s));
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM responses WHERE score = 10"))
                     .toInt(),
                 6);
    }

    void repeatedReasonsStayFreeTextButAChoiceStaysASegment()
    {
        // Short reasons repeat word for word when many respondents answer; a choice list with
        // an "other" box is answered by few options that most respondents pick.
        QByteArray bytes = "Respondent ID,How likely are you to recommend us?,"
                           "What is the main reason for your score?,"
                           "What was your biggest obstacle? The choices are only suggestions\n";
        const char *obstacles[] = {"Price", "Delivery time", "Support", "The app"};
        for (int i = 0; i < 400; ++i)
            bytes += "R" + QByteArray::number(i) + "," + QByteArray::number(i % 11)
                     + ",Reason number " + QByteArray::number(i % 40) + " for my score,"
                     + (i % 25 == 0 ? QByteArray("Something I typed ") + QByteArray::number(i)
                                    : QByteArray(obstacles[i % 4]))
                     + "\n";
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(writeFile(QStringLiteral("reasons.csv"), bytes));
        QVERIFY_RESULT(r);
        QCOMPARE(r.mapping.openAnswer, 2);
        QCOMPARE(r.mapping.openQuestions, QList<int>{2});
        QCOMPARE(r.mapping.roleOf(3), ColumnRole::Segment);
    }

    void laterExportWithChangedColumnsAddsNoOverlap_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QList<int>>("order"); // columns of generic() in the later export
        for (const QString &backend : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const QByteArray name = backend.toLatin1();
            QTest::addRow("%s: one added question", name.constData())
                << backend
                << QByteArray("Respondent ID,Date,Likelihood to recommend,Comment,Plan,Region")
                << QList<int>{0, 1, 2, 3, 4, -1};
            QTest::addRow("%s: reordered columns", name.constData())
                << backend << QByteArray("Plan,Comment,Respondent ID,Likelihood to recommend,Date")
                << QList<int>{4, 3, 0, 2, 1};
            QTest::addRow("%s: re-cased headers", name.constData())
                << backend << QByteArray("RESPONDENT ID,date,likelihood TO recommend,comment,PLAN")
                << QList<int>{0, 1, 2, 3, 4};
            // camel-case breaks fall elsewhere: "h ow"
            QTest::addRow("%s: swapped case headers", name.constData())
                << backend << QByteArray("rESPONDENT id,dATE,lIKELIHOOD TO RECOMMEND,cOMMENT,pLAN")
                << QList<int>{0, 1, 2, 3, 4};
            QTest::addRow("%s: camel-case headers", name.constData())
                << backend << QByteArray("RespondentId,Date,LikelihoodToRecommend,Comment,Plan")
                << QList<int>{0, 1, 2, 3, 4};
            QTest::addRow("%s: a question removed", name.constData())
                << backend << QByteArray("Respondent ID,Date,Likelihood to recommend,Comment")
                << QList<int>{0, 1, 2, 3};
        }
    }

    void laterExportWithChangedColumnsAddsNoOverlap()
    {
        QFETCH(QString, backend);
        QFETCH(QByteArray, header);
        QFETCH(QList<int>, order);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        Importer importer(store);
        QCOMPARE(importer.run(writeFile(QStringLiteral("w1.csv"), generic(1, 1000))).imported,
                 1000);
        // The later export: respondents 501–1500 with the columns changed.
        const QList<QByteArray> lines = generic(501, 1500).split('\n');
        QByteArray later = header + '\n';
        for (qsizetype l = 1; l < lines.size(); ++l) {
            if (lines.at(l).isEmpty())
                continue;
            const QList<QByteArray> fields = lines.at(l).split(',');
            QList<QByteArray> reordered;
            for (int c : order)
                reordered << (c < 0 ? QByteArray("West") : fields.value(c));
            later += reordered.join(',') + '\n';
        }
        const ImportReport r = importer.run(writeFile(QStringLiteral("w2.csv"), later));
        QVERIFY_RESULT(r);
        QCOMPARE(r.imported, 500);
        QCOMPARE(r.duplicates, 500);
        QCOMPARE(r.duplicatesInFile, 0);
        QCOMPARE(store.responseCount(), 1500);
        // One question, one filter, whatever its letter case in the later export.
        QCOMPARE(
            scalar(store,
                   QStringLiteral("SELECT COUNT(*) FROM dimensions WHERE lower(name) = 'plan'"))
                .toInt(),
            1);
    }

    void rowsWithoutIdDedupAcrossReorderedColumns_data() { backends(); }
    void rowsWithoutIdDedupAcrossReorderedColumns()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        Importer importer(store);
        const QByteArray first
            = "Date,Likelihood to recommend,Comment,Plan\n"
              "2025-01-01,9,Fine,Pro\n2025-01-01,9,Fine,Pro\n2025-01-02,3,Slow,Basic\n";
        const QByteArray later
            = "Plan,Date,Comment,Likelihood to recommend,Region\n"
              "Pro,2025-01-01,Fine,9,\nPro,2025-01-01,Fine,9,\nBasic,2025-01-02,Slow,3,\n"
              "Pro,2025-01-03,New,10,North\n";
        QCOMPARE(importer.run(writeFile(QStringLiteral("n1.csv"), first)).imported, 3);
        const ImportReport r = importer.run(writeFile(QStringLiteral("n2.csv"), later));
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.duplicates, 3);
        // The answers hash by question, whatever the spelling of the question.
        const QByteArray swapped = "pLAN,dATE,cOMMENT,lIKELIHOOD TO RECOMMEND\n"
                                   "Pro,2025-01-01,Fine,9\nBasic,2025-01-02,Slow,3\n";
        const ImportReport again = importer.run(writeFile(QStringLiteral("n3.csv"), swapped));
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 2);
        QCOMPARE(store.responseCount(), 4);
    }

    void repeatedIdIsADuplicateAndStaysTheKey_data() { backends(); }
    void repeatedIdIsADuplicateAndStaysTheKey()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        QByteArray bytes = generic(1, 200);
        bytes += "R17,2025-06-18,9,Submitted twice,Pro\n";
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        Importer importer(store);
        const ImportReport r = importer.run(writeFile(QStringLiteral("twice.csv"), bytes));
        QVERIFY_RESULT(r);
        QCOMPARE(r.layout.columnNames.value(r.mapping.respondentId), u"Respondent ID"_s);
        QCOMPARE(r.imported, 200);
        QCOMPARE(r.duplicates, 1);
        QCOMPARE(r.duplicatesInFile, 1);
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings.first().line, 202);
        QCOMPARE(r.warnings.first().rawText, u"R17"_s);
        checkInvariant(r);
        // Id dedup stays on: an overlapping export adds only the new respondents.
        const ImportReport later
            = importer.run(writeFile(QStringLiteral("more.csv"), generic(151, 260)));
        QCOMPARE(later.imported, 60);
        QCOMPARE(later.duplicates, 50);
    }

    void differentSurveysWithTheSameIdsStayApart_data() { backends(); }
    void differentSurveysWithTheSameIdsStayApart()
    {
        QFETCH(QString, backend);
        if (backend == u"postgresql")
            NPS_REQUIRE_POSTGRES(m_server);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProject(backend)));
        Importer importer(store);
        QCOMPARE(importer.run(writeFile(QStringLiteral("a.csv"), generic(1, 50))).imported, 50);
        // Another survey (other questions) that numbers its respondents the same way.
        QByteArray other = "Respondent ID,Submitted,How likely are you to recommend our app?,Why?,"
                           "Device,Country\n";
        for (int i = 1; i <= 50; ++i)
            other += "R" + QByteArray::number(i) + ",2025-02-01," + QByteArray::number(i % 11)
                     + ",Because " + QByteArray::number(i) + ",Phone,NL\n";
        const ImportReport r = importer.run(writeFile(QStringLiteral("b.csv"), other));
        QCOMPARE(r.imported, 50);
        QCOMPARE(r.duplicates, 0);
    }

    void wideHeaderIsRefusedEarly()
    {
        QByteArray header;
        for (int c = 0; c < 100000; ++c)
            header += (c ? "," : "") + QByteArray("Question ") + QByteArray::number(c);
        const QString path = writeFile(QStringLiteral("wide.csv"), header + '\n' + header + '\n');
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("100,000 columns")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("16,384")));
        QCOMPARE(store.imports().size(), 0);
    }

    void wideButPossibleExportIsRead()
    {
        // 5,000 columns: the vocabulary matches each header without compiling patterns.
        QByteArray header = "Respondent ID,How likely are you to recommend us?";
        QByteArray items;
        for (int c = 0; c < 5000; ++c) {
            header += ",Item " + QByteArray::number(c);
            items += "," + QByteArray::number(c % 5 + 1);
        }
        QByteArray bytes = header + '\n';
        for (int i = 0; i < 30; ++i)
            bytes += "R" + QByteArray::number(i) + "," + QByteArray::number(i % 11) + items + '\n';
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(writeFile(QStringLiteral("w5000.csv"), bytes));
        QVERIFY_RESULT(r);
        QCOMPARE(r.mapping.score, 1);
        QCOMPARE(r.imported, 30);
    }

    void realExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("blank");
        QTest::addColumn<int>("detractors");
        QTest::addColumn<int>("passives");
        QTest::addColumn<int>("promoters");
        QTest::newRow("r community survey")
            << "r-community-survey-2019-english.csv" << 43 << 58 << 351 << 1386;
        QTest::newRow("carpentries")
            << "carpentries-instructor-training-post-2018-09.csv" << 78 << 71 << 317 << 501;
    }

    void realExports()
    {
        QFETCH(QString, file);
        const QString path = QStringLiteral(NPS_SHARED_DATA "/") + file;
        if (!QFile::exists(path))
            QSKIP("../shared/data is not beside this checkout");
        QFETCH(int, blank);
        QFETCH(int, detractors);
        QFETCH(int, passives);
        QFETCH(int, promoters);
        SurveyStore store;
        QVERIFY_RESULT(store.open(newProjectPath()));
        const ImportReport r = Importer(store).run(path); // no --map
        QVERIFY_RESULT(r);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.withoutScore, blank);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM responses WHERE score <= 6"))
                     .toInt(),
                 detractors);
        QCOMPARE(
            scalar(store, QStringLiteral("SELECT COUNT(*) FROM responses WHERE score IN (7, 8)"))
                .toInt(),
            passives);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM responses WHERE score >= 9"))
                     .toInt(),
                 promoters);
    }
};

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
