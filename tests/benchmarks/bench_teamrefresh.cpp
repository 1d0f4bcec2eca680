// A team project on a throwaway PostgreSQL server (tests/pgserver.h) with 100,000 responses:
// another analyst's import of 1,000 or 10,000 responses committed → this window's figures read and
// repainted (the notification, the new import's rows read, the dashboard query, the repaint).
// Target: within a second. Reference, in the same run and window: the whole project read again
// (View ▸ Reload Project) and repainted.

#include "dashboardcontroller.h"
#include "import/importer.h"
#include "jobtracker.h"
#include "mainwindow.h"
#include "store/surveystore.h"
#include "teamlistener.h"

#include "pgserver.h"

#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

#include <benchmark/benchmark.h>

namespace {

// NPS_BENCH_TEAM_BASE=1000000 for a project of a million responses.
int baseResponses()
{
    const int base = qEnvironmentVariableIntValue("NPS_BENCH_TEAM_BASE");
    return base > 0 ? base : 100000;
}

struct TeamProject
{
    QTemporaryDir dir;
    PgServer server;
    QString url;
    int next = 1;

    // `count` new respondents as an export, imported by another analyst (committed on return).
    bool importAsAnother(int count)
    {
        QByteArray bytes = "Respondent ID,Date,Likelihood to recommend,Comment,Plan,Region\n";
        for (int i = next; i < next + count; ++i)
            bytes += QStringLiteral("R%1,2025-%2-%3,%4,Answer %5,%6,%7\n")
                         .arg(i)
                         .arg(1 + i % 12, 2, 10, QChar(u'0'))
                         .arg(1 + i % 28, 2, 10, QChar(u'0'))
                         .arg(i % 11)
                         .arg(i % 997)
                         .arg(i % 3 ? QStringLiteral("Pro") : QStringLiteral("Basic"))
                         .arg(i % 7)
                         .toUtf8();
        next += count;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return false;
        file.close();
        SurveyStore store;
        return store.open(url).ok() && Importer(store).run(path).ok();
    }
};

// Made in main(), inside the application, and gone before it (the server stopped).
TeamProject *g_project = nullptr;
MainWindow *g_window = nullptr;

TeamProject &project()
{
    return *g_project;
}

MainWindow &window()
{
    return *g_window;
}

// The window on the project, its figures on screen and its listener listening.
void openWindow()
{
    g_window->resize(1440, 860);
    g_window->show();
    QEventLoop loop;
    QObject::connect(g_window, &MainWindow::projectReady, &loop, &QEventLoop::quit);
    if (!g_window->openTeamProject(g_project->url))
        qFatal("cannot open the team project");
    loop.exec();
    while (!g_window->teamListener()->isListening())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
}

void waitFor(MainWindow &w, void (MainWindow::*signal)())
{
    QEventLoop loop;
    QObject::connect(&w, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
}

void BM_FullReloadRepaintReference(benchmark::State &state)
{
    MainWindow &w = window();
    QAction *reload = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text() == MainWindow::tr("&Reload Project"))
            reload = a;
    }
    for (auto _ : state) {
        reload->trigger();
        waitFor(w, &MainWindow::projectReady);
        w.repaint();
    }
    state.counters["responses"] = double(w.controller()->cache()->size());
}
BENCHMARK(BM_FullReloadRepaintReference)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(5);

void BM_TeamImportToRepaint(benchmark::State &state)
{
    MainWindow &w = window();
    for (auto _ : state) {
        state.PauseTiming();
        if (!project().importAsAnother(int(state.range(0))))
            state.SkipWithError("the import failed");
        state.ResumeTiming(); // committed: from here to the figures on screen
        waitFor(w, &MainWindow::projectRefreshed);
        w.repaint();
    }
    state.counters["responses"] = double(w.controller()->cache()->size());
}
// Another analyst's 1,000 and 10,000 responses (#15: within a second end to end).
BENCHMARK(BM_TeamImportToRepaint)
    ->Arg(1000)
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(10);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // its settings never mix with a user's
    QCoreApplication::setOrganizationName(QStringLiteral("NPS Studio benchmarks"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_teamrefresh"));
    auto teamProject = std::make_unique<TeamProject>();
    if (Status s = teamProject->server.ensureStarted(); !s)
        qFatal("%s", qPrintable(s.error()));
    teamProject->url = teamProject->server.url(QStringLiteral("bench"));
    if (!teamProject->importAsAnother(baseResponses()))
        qFatal("cannot import the base export");
    g_project = teamProject.get();
    auto mainWindow = std::make_unique<MainWindow>();
    g_window = mainWindow.get();
    openWindow();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    mainWindow.reset();
    teamProject.reset(); // stops the server
    return 0;
}
