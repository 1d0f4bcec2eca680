// What a team project tells the other windows (LISTEN/NOTIFY, sent inside the writing
// transaction) and what they read then: only the new import's responses, giving the cache a
// full read gives.

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "import/importer.h"
#include "metrics/responsecache.h"
#include "store/postgressession.h"
#include "store/surveystore.h"
#include "store/themestore.h"

#include "cachecomparison.h"
#include "pgserver.h"
#include "verifyresult.h"

#include <libpq-fe.h>

#include <cmath>
#include <memory>

class TestTeamChanges : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PgServer m_server;
    int m_projects = 0;

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

    // Rows "id,date,score,comment,plan[,region]" for ids [first, last]; plans from `plans`.
    static QByteArray generic(int first, int last, const QStringList &plans, bool region)
    {
        QByteArray bytes = "Respondent ID,Date,Likelihood to recommend,Comment,Plan";
        bytes += region ? ",Region\n" : "\n";
        for (int i = first; i <= last; ++i) {
            bytes += QStringLiteral("R%1,2025-%2-%3,%4,Answer %5,%6")
                         .arg(i)
                         .arg(1 + i % 12, 2, 10, QChar(u'0'))
                         .arg(1 + i % 28, 2, 10, QChar(u'0'))
                         .arg(i % 11)
                         .arg(i % 17)
                         .arg(plans.at(i % plans.size()))
                         .toUtf8();
            if (region)
                bytes += i % 4 ? ",North" : ",";
            bytes += '\n';
        }
        return bytes;
    }

    // A listening libpq connection of its own, as another window has.
    std::shared_ptr<pg_conn> listener()
    {
        const DatabaseUrl url = DatabaseUrl::parse(m_server.url()).value();
        std::shared_ptr<pg_conn> connection(PQconnectdb(PostgresSession::conninfo(url).constData()),
                                            PQfinish);
        if (PQstatus(connection.get()) != CONNECTION_OK)
            return nullptr;
        const QByteArray listen
            = QByteArrayLiteral("LISTEN ") + QByteArray(PostgresSession::ChangeChannel);
        PQclear(PQexec(connection.get(), listen.constData()));
        return connection;
    }

    // The changes that arrived within `ms`.
    static QList<PostgresSession::Change> changes(pg_conn *connection, int ms)
    {
        QList<PostgresSession::Change> list;
        QElapsedTimer timer;
        timer.start();
        do {
            PQconsumeInput(connection);
            while (PGnotify *notify = PQnotifies(connection)) {
                if (const auto change = PostgresSession::parseChange(QByteArray(notify->extra)))
                    list.append(*change);
                PQfreemem(notify);
            }
            if (!list.isEmpty())
                break;
            QTest::qWait(10);
        } while (timer.elapsed() < ms);
        return list;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void notificationAfterCommit()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        const QString address = m_server.url(QStringLiteral("notified"));
        const auto other = listener();
        QVERIFY(other);
        SurveyStore store;
        QVERIFY_RESULT(store.open(address));
        const ImportReport report = Importer(store).run(
            writeFile(QStringLiteral("a.csv"), generic(1, 50, {QStringLiteral("Pro")}, false)));
        QVERIFY2(report.ok(), qPrintable(report.error));
        const QList<PostgresSession::Change> told = changes(other.get(), 5000);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().project, QStringLiteral("notified"));
        QCOMPARE(told.first().what, QStringLiteral("import"));
        QCOMPARE(told.first().importId, store.imports().constLast().id);
    }

    void noNotificationBeforeCommitNorAfterRollback()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        const auto other = listener();
        QVERIFY(other);
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_server.url(QStringLiteral("rolledback"))));
        QVERIFY_RESULT(store.beginTransaction());
        QVERIFY_RESULT(PostgresSession::notifyChange(store, QStringLiteral("import"), 7));
        QVERIFY(changes(other.get(), 300).isEmpty()); // not while the transaction is open
        store.rollback();
        QVERIFY(changes(other.get(), 500).isEmpty());
        QVERIFY_RESULT(store.beginTransaction());
        QVERIFY_RESULT(PostgresSession::notifyChange(store, QStringLiteral("import"), 8));
        QVERIFY_RESULT(store.commit());
        const QList<PostgresSession::Change> told = changes(other.get(), 5000);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().importId, qint64(8));
    }

    // Every change of the codebook tells the others, emptying it too (the last theme deleted);
    // an empty one saved over an empty one, as each window does while the project has none,
    // tells nothing.
    void codebookChangesNotify()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        const auto other = listener();
        QVERIFY(other);
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_server.url(QStringLiteral("codebook"))));
        ThemeStore themes(store);
        QVERIFY_RESULT(themes.saveCodebook(Codebook()));
        QVERIFY(changes(other.get(), 500).isEmpty());
        const Theme delivery{1, QStringLiteral("Delivery"), {{QStringLiteral("delivery")}}};
        QVERIFY_RESULT(themes.saveCodebook(Codebook({delivery}, 2)));
        QList<PostgresSession::Change> told = changes(other.get(), 5000);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().project, QStringLiteral("codebook"));
        QCOMPARE(told.first().what, QStringLiteral("codebook"));
        QVERIFY_RESULT(themes.saveCodebook(Codebook({}, 2)));
        QCOMPARE(themes.hasCodebook().value(), false);
        told = changes(other.get(), 5000);
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().what, QStringLiteral("codebook"));
        QVERIFY_RESULT(themes.saveCodebook(Codebook({}, 2)));
        QVERIFY(changes(other.get(), 500).isEmpty());
    }

    void incrementalLoadEqualsFullLoad_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void incrementalLoadEqualsFullLoad()
    {
        QFETCH(QString, backend);
        QString address;
        if (backend == u"postgresql") {
            NPS_REQUIRE_POSTGRES(m_server);
            address = m_server.url(QStringLiteral("incremental%1").arg(++m_projects));
        } else {
            address = m_dir.filePath(QStringLiteral("incremental%1.npsdb").arg(++m_projects));
        }
        // Each import adds what shifts the dictionaries: values sorting before the known ones
        // ("Advanced" before "Basic"), a new dimension, multi-select options, other questions.
        const QStringList imports{
            writeFile(QStringLiteral("first.csv"),
                      generic(1, 300, {QStringLiteral("Pro"), QStringLiteral("Basic")}, false)),
            writeFile(
                QStringLiteral("second.csv"),
                generic(301,
                        600,
                        {QStringLiteral("Advanced"), QStringLiteral("Pro"), QStringLiteral("Zeta")},
                        true)),
            fixture("nl-forms-multiselect.csv"),
            fixture("fr-three-open-questions.csv"),
        };
        SurveyStore writer;
        QVERIFY_RESULT(writer.open(address));
        std::optional<ResponseCache> previous;
        for (const QString &file : imports) {
            const ImportReport report = Importer(writer).run(file);
            QVERIFY2(report.ok(), qPrintable(report.error));
            SurveyStore reader;
            QVERIFY_RESULT(reader.open(address, SurveyStore::OpenMode::ReadOnly));
            Result<ResponseCache> full = ResponseCache::load(reader);
            QVERIFY2(full, qPrintable(full.error()));
            if (previous) {
                Result<ResponseCache> added = ResponseCache::loadAdding(*previous, reader);
                QVERIFY2(added, qPrintable(added.error()));
                QCOMPARE(added->size(), previous->size() + qsizetype(report.imported));
                compareCaches(added.value(), full.value());
                if (QTest::currentTestFailed())
                    return;
            }
            previous = std::move(full).value();
        }
        // Removing an import is no addition: the whole project is read again.
        QVERIFY_RESULT(writer.removeImport(writer.imports().constFirst().id));
        SurveyStore reader;
        QVERIFY_RESULT(reader.open(address, SurveyStore::OpenMode::ReadOnly));
        Result<ResponseCache> afterRemoval = ResponseCache::loadAdding(*previous, reader);
        QVERIFY2(afterRemoval, qPrintable(afterRemoval.error()));
        compareCaches(afterRemoval.value(), ResponseCache::load(reader).value());
    }
};

QTEST_GUILESS_MAIN(TestTeamChanges)
#include "tst_teamchanges.moc"
