#include "store/databaseurl.h"
#include "verifyresult.h"

#include <QTest>

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void recognisesUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("url");
        QTest::newRow("postgresql") << QStringLiteral("postgresql://host/db") << true;
        QTest::newRow("postgres") << QStringLiteral("postgres://host/db") << true;
        QTest::newRow("upper case") << QStringLiteral("PostgreSQL://host/db") << true;
        QTest::newRow("project file") << QStringLiteral("team.npsdb") << false;
        QTest::newRow("file in a folder") << QStringLiteral("/home/an/postgresql/x.npsdb") << false;
        QTest::newRow("file url") << QStringLiteral("file:///x.npsdb") << false;
    }

    void recognisesUrls()
    {
        QFETCH(QString, text);
        QFETCH(bool, url);
        QCOMPARE(DatabaseUrl::isDatabaseUrl(text), url);
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("options");

        QTest::newRow("full") << QStringLiteral("postgresql://anna@db.example.com:5433/nps")
                              << QStringLiteral("db.example.com") << 5433 << QStringLiteral("nps")
                              << QStringLiteral("anna") << QString() << QStringLiteral("public")
                              << QString();
        QTest::newRow("no user, no port")
            << QStringLiteral("postgresql://db.example.com/nps") << QStringLiteral("db.example.com")
            << -1 << QStringLiteral("nps") << QString() << QString() << QStringLiteral("public")
            << QString();
        QTest::newRow("sslmode and project")
            << QStringLiteral("postgresql://anna@db:5432/nps?sslmode=require&project=retail")
            << QStringLiteral("db") << 5432 << QStringLiteral("nps") << QStringLiteral("anna")
            << QString() << QStringLiteral("retail") << QStringLiteral("sslmode=require");
        QTest::newRow("socket folder as parameter")
            << QStringLiteral("postgresql:///nps?host=/var/run/postgresql")
            << QStringLiteral("/var/run/postgresql") << -1 << QStringLiteral("nps") << QString()
            << QString() << QStringLiteral("public") << QString();
        QTest::newRow("percent-encoded socket folder")
            << QStringLiteral("postgresql://anna@%2Ftmp%2Fpg/nps") << QStringLiteral("/tmp/pg")
            << -1 << QStringLiteral("nps") << QStringLiteral("anna") << QString()
            << QStringLiteral("public") << QString();
        QTest::newRow("password and encoded user")
            << QStringLiteral("postgres://j%40n:s%3Acret@h/nps") << QStringLiteral("h") << -1
            << QStringLiteral("nps") << QStringLiteral("j@n") << QStringLiteral("s:cret")
            << QStringLiteral("public") << QString();
        QTest::newRow("user and port as parameters")
            << QStringLiteral("postgresql:///nps?host=/s&user=bob&port=6000&connect_timeout=5")
            << QStringLiteral("/s") << 6000 << QStringLiteral("nps") << QStringLiteral("bob")
            << QString() << QStringLiteral("public") << QStringLiteral("connect_timeout=5");
        QTest::newRow("default socket, port only")
            << QStringLiteral("postgresql://:5433/nps") << QString() << 5433
            << QStringLiteral("nps") << QString() << QString() << QStringLiteral("public")
            << QString();
        QTest::newRow("ipv6 host")
            << QStringLiteral("postgresql://[::1]:5432/nps") << QStringLiteral("::1") << 5432
            << QStringLiteral("nps") << QString() << QString() << QStringLiteral("public")
            << QString();
    }

    void parses()
    {
        QFETCH(QString, text);
        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY_RESULT(url);
        QTEST(url->host(), "host");
        QTEST(url->port(), "port");
        QTEST(url->database(), "database");
        QTEST(url->user(), "user");
        QTEST(url->password(), "password");
        QTEST(url->schema(), "schema");
        QTEST(url->connectOptions(), "options");
        QVERIFY(!url->displayName().contains(QStringLiteral("cret")));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no database")
            << QStringLiteral("postgresql://host") << QStringLiteral("names no database");
        QTest::newRow("bad port") << QStringLiteral("postgresql:///nps?host=/s&port=http")
                                  << QStringLiteral("port");
        QTest::newRow("unknown parameter")
            << QStringLiteral("postgresql://h/nps?sslmod=require") << QStringLiteral("sslmod");
        QTest::newRow("project with a quote")
            << QStringLiteral("postgresql://h/nps?project=a%22b") << QStringLiteral("project name");
        QTest::newRow("project with a space")
            << QStringLiteral("postgresql://h/nps?project=a%20b") << QStringLiteral("project name");
        QTest::newRow("a file") << QStringLiteral("team.npsdb") << QStringLiteral("postgresql://");
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QVERIFY(!url);
        QVERIFY2(url.error().contains(message), qPrintable(url.error()));
    }

    void displayNameHasNoPassword()
    {
        const Result<DatabaseUrl> url
            = DatabaseUrl::parse(QStringLiteral("postgresql://anna:geheim@db:5432/nps?project=x"));
        QVERIFY_RESULT(url);
        QCOMPARE(url->displayName(), QStringLiteral("postgresql://anna@db:5432/nps?project=x"));
        QCOMPARE(url->roleBase(), QStringLiteral("x"));
    }

    void quotesIdentifiers()
    {
        QCOMPARE(DatabaseUrl::quoteIdentifier(QStringLiteral("retail")),
                 QStringLiteral("\"retail\""));
        QCOMPARE(DatabaseUrl::quoteIdentifier(QStringLiteral("a\"b")),
                 QStringLiteral("\"a\"\"b\""));
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
