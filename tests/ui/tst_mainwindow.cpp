#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "filterchips.h"
#include "filterpanel.h"
#include "import/importer.h"
#include "jobtracker.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// The main window: a project opens into its loading state (never the first-run invitation),
// the window never opens larger than the screen, and a new appearance keeps its size.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    // A project with real responses: the Google Forms fixture.
    QString project()
    {
        if (m_project.isEmpty()) {
            m_project = m_dir.filePath(QStringLiteral("forms.npsdb"));
            SurveyStore store;
            if (!store.open(m_project)
                || !Importer(store).run(QStringLiteral(NPS_TEST_DATA "/google-forms.csv")).ok())
                qFatal("cannot import the fixture");
        }
        return m_project;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("NPS Studio tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void openingShowsTheLoadingStateNotTheWelcome()
    {
        MainWindow window;
        QCOMPARE(window.currentPage(), MainWindow::WelcomePage); // nothing opened yet
        QSignalSpy ready(&window, &MainWindow::projectReady);
        QVERIFY(window.openProject(project()));
        // The project is read off the GUI thread; meanwhile the window says so.
        QCOMPARE(window.currentPage(), MainWindow::LoadingPage);
        QVERIFY(window.loader()->isRunning());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("forms")));
        QVERIFY(ready.wait(10000));
        QCOMPARE(window.currentPage(), MainWindow::DashboardPage);
        QVERIFY(window.controller()->hasData());
        QVERIFY(!window.loader()->isRunning());
    }

    void statusBarShowsNoDeveloperTiming()
    {
        MainWindow window;
        QSignalSpy ready(&window, &MainWindow::projectReady);
        QVERIFY(window.openProject(project()));
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(window.controller()->hasData());
        QStringList texts;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        const QString all = texts.join(u'|');
        QVERIFY2(all.contains(QStringLiteral("responses")), qPrintable(all));
        static const QRegularExpression timing(QStringLiteral("\\d\\s*ms\\b"));
        QVERIFY2(!all.contains(timing), qPrintable(all));
    }

    void lastProjectOpensStraightIntoTheLoadingState()
    {
        QSettings().setValue(QStringLiteral("project/last"), project());
        MainWindow window;
        window.restoreSettings();
        window.openLastProject();
        QCOMPARE(window.currentPage(), MainWindow::LoadingPage);
        QTRY_COMPARE(window.currentPage(), MainWindow::DashboardPage);
        QSettings().remove(QStringLiteral("project/last"));
    }

    void staleLoadsAreDropped()
    {
        // Two reads one after the other: only the second one's result arrives.
        JobTracker tracker(this);
        QList<int> delivered;
        tracker.start(
            [](const std::atomic_bool &cancelled) {
                for (int i = 0; i < 200 && !cancelled; ++i)
                    QThread::msleep(1);
                return 1;
            },
            [&delivered](int v) { delivered << v; });
        tracker.start([](const std::atomic_bool &) { return 2; },
                      [&delivered](int v) { delivered << v; });
        QTRY_VERIFY(!tracker.isRunning());
        tracker.wait();
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QList<int>{2});
    }

    void jobsReportProgressAndStopWithAResult()
    {
        // An import's way: progress arrives on the GUI thread; stop() ends the job early, and
        // its result (saying so) still arrives, unlike cancel().
        JobTracker tracker(this);
        QSignalSpy progress(&tracker, &JobTracker::progress);
        QSignalSpy waiting(&tracker, &JobTracker::waiting);
        int delivered = -1;
        tracker.startWithProgress(
            [](const std::atomic_bool &cancelled, const JobTracker::Progress &report) {
                report(1, 4);
                report.waiting(2);
                int i = 0;
                for (; i < 5000 && !cancelled; ++i)
                    QThread::msleep(1);
                return i < 5000 ? 1 : 0; // 1: stopped early
            },
            [&delivered](int stopped) { delivered = stopped; });
        QTRY_COMPARE(progress.count(), 1);
        QCOMPARE(progress.at(0).at(0).toLongLong(), 1);
        QCOMPARE(progress.at(0).at(1).toLongLong(), 4);
        QTRY_COMPARE(waiting.count(), 1);
        QVERIFY(tracker.isRunning());
        tracker.stop();
        QTRY_COMPARE(delivered, 1);
        QVERIFY(!tracker.isRunning());
    }

    void fittedToTheScreen_data()
    {
        QTest::addColumn<QRect>("geometry");
        QTest::addColumn<QRect>("expected");
        const QRect screen(0, 0, 1600, 900);
        QTest::newRow("fits") << QRect(100, 50, 1280, 800) << QRect(100, 50, 1280, 800);
        QTest::newRow("wider than the screen") << QRect(0, 0, 2294, 880) << QRect(0, 0, 1600, 880);
        QTest::newRow("off the right edge") << QRect(900, 0, 1280, 800) << QRect(320, 0, 1280, 800);
        QTest::newRow("from a larger screen left of this one")
            << QRect(-1920, -200, 1920, 1200) << QRect(0, 0, 1600, 900);
        Q_UNUSED(screen);
    }

    void fittedToTheScreen()
    {
        QFETCH(QRect, geometry);
        QFETCH(QRect, expected);
        QCOMPARE(MainWindow::fittedTo(geometry, QRect(0, 0, 1600, 900)), expected);
    }

    void windowNeverOpensLargerThanTheScreen()
    {
        MainWindow window;
        window.openProject(project());
        QTRY_COMPARE(window.currentPage(), MainWindow::DashboardPage);
        // Far too large, as a geometry restored from a bigger monitor would be.
        window.resize(5000, 4000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(available.width())
                                .arg(available.height())));
        // And no layout asks for more than a laptop's screen, whatever the survey's questions.
        QVERIFY2(window.minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY(window.minimumSizeHint().height() <= 800);
    }

    void longQuestionsDoNotWidenTheWindow()
    {
        // Fifty questions of two hundred characters each: the panel wraps, the window stays.
        QList<ResponseCache::Dimension> dims;
        for (int d = 0; d < 50; ++d)
            dims.append({QStringLiteral("Compared with other technical topics you have learned in "
                                        "school and on the job, on a scale of 1 to 5, how "
                                        "difficult would you say that question number %1 has been "
                                        "for you to answer at all?")
                             .arg(d),
                         {QStringLiteral("A rather long answer option number one for the list"),
                          QStringLiteral("Another")}});
        ResponseCache::Builder b(dims);
        std::vector<quint16> codes(50, 0);
        for (int i = 0; i < 40; ++i)
            b.add(qint8(i % 11), ResponseCache::NoDay, QString(), codes.data());
        DashboardController controller;
        DashboardView view(&controller);
        controller.setCache(std::make_shared<const ResponseCache>(b.finish()));
        Filter f;
        for (int d = 0; d < 12; ++d)
            f.segments[d] = {0}; // a dozen chips
        controller.setFilter(f);
        QVERIFY2(view.minimumSizeHint().width() <= 1100,
                 qPrintable(QString::number(view.minimumSizeHint().width())));
        // The chips wrap rather than add up; the filter panel wraps its titles.
        auto *chips = view.findChild<FilterChips *>();
        QVERIFY(chips);
        QVERIFY2(chips->minimumSizeHint().width() <= 420,
                 qPrintable(QString::number(chips->minimumSizeHint().width())));
        QVERIFY2(view.filterPanel()->minimumSizeHint().width() <= 320,
                 qPrintable(QString::number(view.filterPanel()->minimumSizeHint().width())));
    }

    void newAppearanceKeepsTheWindowSize()
    {
        MainWindow window;
        window.openProject(project());
        QTRY_COMPARE(window.currentPage(), MainWindow::DashboardPage);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize before = window.size();
        for (const QString &appearance :
             {QStringLiteral("dark"), QStringLiteral("light"), QStringLiteral("system")}) {
            SettingsDialog::applyAppearance(appearance);
            QCoreApplication::processEvents();
            QCOMPARE(window.size(), before);
        }
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
