// The window on a team project: File ▸ Open Team Project… (the URL it builds, the password
// kept out of the settings), the errors it names, a viewer's import actions, the live refresh
// when another analyst imports, and the banner while the server is away.

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "connectionbanner.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "filterpanel.h"
#include "import/importer.h"
#include "jobtracker.h"
#include "mainwindow.h"
#include "metrics/responsecache.h"
#include "store/databaseurl.h"
#include "store/surveystore.h"
#include "teamlistener.h"
#include "teamprojectdialog.h"

#include "pgserver.h"
#include "verifyresult.h"

class TestTeamWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PgServer m_server;

    QString writeFile(const QString &name, int first, int last)
    {
        QByteArray bytes = "Respondent ID,Date,Likelihood to recommend,Comment,Plan\n";
        for (int i = first; i <= last; ++i)
            bytes += QStringLiteral("R%1,2025-%2-%3,%4,Answer %5,%6\n")
                         .arg(i)
                         .arg(1 + i % 12, 2, 10, QChar(u'0'))
                         .arg(1 + i % 28, 2, 10, QChar(u'0'))
                         .arg(i % 11)
                         .arg(i % 23)
                         .arg(i % 3 ? QStringLiteral("Pro") : QStringLiteral("Basic"))
                         .toUtf8();
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    // Another analyst's import, committed when it returns.
    static ImportReport importAsAnother(const QString &url, const QString &file)
    {
        SurveyStore store;
        if (Status s = store.open(url); !s) {
            ImportReport failed;
            failed.error = s.error();
            return failed;
        }
        return Importer(store).run(file);
    }

    static void waitForProject(MainWindow &window)
    {
        QSignalSpy ready(&window, &MainWindow::projectReady);
        if (window.loader()->isRunning())
            QVERIFY(ready.wait(60000));
    }

    // With NPS_SCREENSHOTS=folder, a PNG of the widget there to look at.
    static void keepPicture(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("NPS_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NPS Studio tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamwindow"));
        QSettings().clear();
    }

    void dialogBuildsTheUrl()
    {
        TeamProjectDialog dialog;
        dialog.hostField()->setText(QStringLiteral("db.example.org"));
        dialog.portField()->setValue(6543);
        dialog.databaseField()->setText(QStringLiteral("nps"));
        dialog.userField()->setText(QStringLiteral("anna"));
        dialog.projectField()->setText(QStringLiteral("acme"));
        dialog.tlsChoice()->setCurrentIndex(
            dialog.tlsChoice()->findData(QStringLiteral("require")));
        QCOMPARE(dialog.url(),
                 QStringLiteral(
                     "postgresql://anna@db.example.org:6543/nps?sslmode=require&project=acme"));
        const Result<DatabaseUrl> url = DatabaseUrl::parse(dialog.url());
        QVERIFY2(url, qPrintable(url.error()));
        QCOMPARE(url->host(), QStringLiteral("db.example.org"));
        QCOMPARE(url->port(), 6543);
        QCOMPARE(url->user(), QStringLiteral("anna"));
        QCOMPARE(url->schema(), QStringLiteral("acme"));
        QCOMPARE(url->connectOptions(), QStringLiteral("sslmode=require"));

        // A socket folder is the host parameter (the Unix-socket form of the URL).
        dialog.hostField()->setText(QStringLiteral("/var/run/postgresql"));
        dialog.portField()->setValue(5432);
        dialog.tlsChoice()->setCurrentIndex(
            dialog.tlsChoice()->findData(QStringLiteral("disable")));
        const Result<DatabaseUrl> socket = DatabaseUrl::parse(dialog.url());
        QVERIFY2(socket, qPrintable(socket.error()));
        QCOMPARE(socket->host(), QStringLiteral("/var/run/postgresql"));
        QCOMPARE(socket->port(), 5432);
        QCOMPARE(socket->database(), QStringLiteral("nps"));

        // A remembered connection fills the fields again, to the same URL.
        TeamProjectDialog again;
        again.setUrl(socket.value());
        QCOMPARE(again.url(), dialog.url());
        QVERIFY(!dialog.url().contains(u"password"));

        // Without a keyring (CI, no D-Bus) the password cannot be remembered, and it says so.
        if (!dialog.keyringAvailable()) {
            QVERIFY(!dialog.rememberBox()->isEnabled());
            QVERIFY(!dialog.rememberPassword());
        }
        dialog.setPassword(QStringLiteral("hunter2"));
        dialog.setError(TeamProjectDialog::explain(
            QStringLiteral("FATAL:  password authentication failed for user \"anna\""),
            QStringLiteral("anna")));
        QVERIFY(dialog.errorLabel()->text().contains(u"refused the password"));
        dialog.show();
        keepPicture(&dialog, QStringLiteral("teamprojectdialog.png"));
    }

    void passwordNeverInSettings()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        const QString url = m_server.url(QStringLiteral("settings"));
        const ImportReport first = importAsAnother(url, writeFile(QStringLiteral("s.csv"), 1, 200));
        QVERIFY2(first.ok(), qPrintable(first.error));
        const QString password = QStringLiteral("Pw-in-memory-only-5581");
        MainWindow window;
        bool filled = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<TeamProjectDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->hostField()->setText(m_server.socketFolder());
            dialog->portField()->setValue(5432);
            dialog->databaseField()->setText(QStringLiteral("nps"));
            dialog->userField()->setText(QStringLiteral("postgres"));
            dialog->projectField()->setText(QStringLiteral("settings"));
            dialog->tlsChoice()->setCurrentIndex(
                dialog->tlsChoice()->findData(QStringLiteral("disable")));
            dialog->passwordField()->setText(password);
            dialog->setRememberPassword(true);
            filled = true;
            dialog->accept();
        });
        window.chooseTeamProject();
        QVERIFY(filled);
        waitForProject(window);
        QCOMPARE(window.controller()->cache()->size(), qsizetype(200));
        QVERIFY(window.projectPath().contains(u"project=settings"));
        QSettings settings;
        QVERIFY(settings.value(QStringLiteral("project/recent"))
                    .toStringList()
                    .contains(window.projectPath()));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("project=settings")); // the connection is remembered…
        QVERIFY(!written.contains(password.toUtf8())); // …never its password
    }

    void errorsInTheUsersWords()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        MainWindow window;
        QString error;
        QVERIFY(!window.openTeamProject(m_server.url(QStringLiteral("nothing_here")), {}, &error));
        QVERIFY2(error.contains(u"not an NPS Studio project"), qPrintable(error));
        QVERIFY(!window.openTeamProject(
            QStringLiteral("postgresql:///nps?host=%1/nowhere").arg(m_dir.path()), {}, &error));
        QVERIFY2(error.contains(u"Cannot reach the PostgreSQL server"), qPrintable(error));
    }

    void viewerCannotImport()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        const QString project = QStringLiteral("viewed");
        const ImportReport first
            = importAsAnother(m_server.url(project), writeFile(QStringLiteral("v.csv"), 1, 100));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY_RESULT(m_server.psql(
            QStringLiteral("CREATE ROLE anna_viewer LOGIN; GRANT USAGE ON SCHEMA viewed TO "
                           "anna_viewer; GRANT SELECT ON ALL TABLES IN SCHEMA viewed TO "
                           "anna_viewer")));
        MainWindow window;
        QString error;
        QVERIFY2(window.openTeamProject(
                     m_server.url(project, QStringLiteral("anna_viewer")), {}, &error),
                 qPrintable(error));
        waitForProject(window);
        QCOMPARE(window.controller()->cache()->size(), qsizetype(100));
        QVERIFY(window.windowTitle().contains(u"read-only"));
        QVERIFY(!window.importActions().isEmpty());
        for (QAction *action : window.importActions()) {
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(u"may only view"), qPrintable(action->toolTip()));
        }
    }

    void liveRefreshAfterAnotherImport()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        const QString url = m_server.url(QStringLiteral("live"));
        const ImportReport first
            = importAsAnother(url, writeFile(QStringLiteral("l1.csv"), 1, 20000));
        QVERIFY2(first.ok(), qPrintable(first.error));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openTeamProject(url));
        waitForProject(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.teamListener()->isListening(), 10000);

        // Another analyst imports: this window shows it (bench_teamrefresh times it), reading
        // only the new import.
        QSignalSpy refreshed(&window, &MainWindow::projectRefreshed);
        const ImportReport second
            = importAsAnother(url, writeFile(QStringLiteral("l2.csv"), 20001, 21000));
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(window.controller()->cache()->size(), qsizetype(21000));
        QCOMPARE(window.controller()->result().responses, qint64(21000));
        QCOMPARE(window.controller()->cache()->importIds().size(), 2);
        keepPicture(&window, QStringLiteral("teamwindow-live.png"));
    }

    // Last: it stops the server.
    void bannerWhileTheServerIsAway()
    {
        NPS_REQUIRE_POSTGRES(m_server);
        const QString url = m_server.url(QStringLiteral("live"));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openTeamProject(url));
        waitForProject(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.teamListener()->isListening(), 10000);
        QVERIFY(window.connectionBanner()->isHidden());
        QLineEdit *search = window.dashboard()->filterPanel()->searchField();
        search->setText(QStringLiteral("half-typed sear"));

        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!window.connectionBanner()->isHidden(), 10000);
        QVERIFY(window.connectionBanner()->text().contains(u"reconnecting"));
        QCOMPARE(search->text(), QStringLiteral("half-typed sear")); // nothing typed is lost
        keepPicture(&window, QStringLiteral("teamwindow-banner.png"));

        QVERIFY_RESULT(m_server.restart());
        QTRY_VERIFY_WITH_TIMEOUT(window.connectionBanner()->isHidden(), 20000);
        QCOMPARE(search->text(), QStringLiteral("half-typed sear"));
        // Reconnected for real: the next import of the team arrives again.
        const qsizetype before = window.controller()->cache()->size();
        QSignalSpy refreshed(&window, &MainWindow::projectRefreshed);
        const ImportReport more
            = importAsAnother(url, writeFile(QStringLiteral("l3.csv"), 30001, 30100));
        QVERIFY2(more.ok(), qPrintable(more.error));
        QVERIFY(refreshed.wait(5000));
        // A reload that the reconnect started may land after the import's refresh: wait for the
        // cache to settle on the project's size.
        QTRY_COMPARE_WITH_TIMEOUT(window.controller()->cache()->size(), before + 100, 10000);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
