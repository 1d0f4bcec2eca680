// Imports the generated 1,000,000-row export (~80 MB) into a fresh project.
// Target (issue 2): at most 1.5 s wall time on the 2-core reference machine.
// Reference, measured in the same run: `sqlite3 DB ".mode csv" ".import FILE t"` of the same
// file (SQLite's own CSV import into one text table, no parsing of scores or dates).
// Team projects (issue 15): the same file into a fresh project on PostgreSQL, at most twice the
// project file's import of the same file in the same run (the ratio is printed at the end). The
// server is a throwaway one (tests/pgserver.h) with PostgreSQL's durable defaults (fsync, full-page
// writes, synchronous commit); NPS_NO_POSTGRES=1 skips it.

#include "benchdata.h"
#include "import/importer.h"
#include "pgserver.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>

namespace {

// Mean seconds per import, by backend and rows, for the ratios printed after the run.
std::map<std::pair<bool, qint64>, double> theImportSeconds;

QString exportOf(qint64 rows)
{
    if (rows == BenchData::Rows)
        return BenchData::millionRowExport();
    // A smaller export of the same generator, kept beside the big one.
    const QString csv
        = QDir::temp().filePath(QStringLiteral("npsstudio-bench-varied-%1.csv").arg(rows));
    if (!QFile::exists(csv)
        && QProcess::execute(QStringLiteral(GENERATE_SAMPLE_BINARY),
                             {QStringLiteral("--rows"),
                              QString::number(rows),
                              QStringLiteral("--varied-answers"),
                              QStringLiteral("--out"),
                              csv})
               != 0)
        qFatal("generate_sample failed");
    return csv;
}

PgServer *theServer = nullptr;

// The throwaway server, started on first use; null (with the reason) when there is none.
PgServer *server(QString &why)
{
    if (PgServer::disabled()) {
        why = QStringLiteral("NPS_NO_POSTGRES=1: the PostgreSQL benchmarks are switched off");
        return nullptr;
    }
    if (!theServer)
        theServer = new PgServer(PgServer::Durability::AsConfigured);
    if (const Status started = theServer->ensureStarted(); !started) {
        why = started.error();
        return nullptr;
    }
    return theServer;
}

void importIntoFreshProjects(benchmark::State &state, bool postgres)
{
    const qint64 rows = state.range(0);
    const QString input = exportOf(rows);
    QTemporaryDir dir;
    QString why;
    PgServer *pg = postgres ? server(why) : nullptr;
    if (postgres && !pg) {
        state.SkipWithError(qPrintable(why));
        return;
    }
    int run = 0;
    double seconds = 0;
    for (auto _ : state) {
        // Timed: the import up to its commit. Not timed: creating the project, and closing it,
        // where SQLite copies the write-ahead log into the database file (reported below).
        state.PauseTiming();
        auto store = std::make_unique<SurveyStore>();
        const QString path = postgres ? pg->url(QStringLiteral("bench%1_%2").arg(rows).arg(run++))
                                      : dir.filePath(QStringLiteral("bench%1.npsdb").arg(run++));
        if (!store->open(path).ok())
            state.SkipWithError("cannot open project");
        QElapsedTimer timer;
        timer.start();
        state.ResumeTiming();
        const ImportReport report = Importer(*store).run(input);
        state.PauseTiming();
        seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!report.ok() || report.imported != rows)
            state.SkipWithError("import failed");
        QElapsedTimer closing;
        closing.start();
        store.reset();
        state.counters["close_ms"] = double(closing.elapsed());
        if (!postgres)
            QFile::remove(path);
        state.ResumeTiming();
    }
    if (state.iterations() > 0)
        theImportSeconds[{postgres, rows}] = seconds / double(state.iterations());
    state.SetItemsProcessed(state.iterations() * rows);
    state.SetBytesProcessed(state.iterations() * QFile(input).size());
}

void BM_ImportIntoFreshProject(benchmark::State &state)
{
    importIntoFreshProjects(state, false);
}
BENCHMARK(BM_ImportIntoFreshProject)
    ->Arg(200'000)
    ->Arg(BenchData::Rows)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

void BM_ImportIntoFreshTeamProject(benchmark::State &state)
{
    importIntoFreshProjects(state, true);
}
BENCHMARK(BM_ImportIntoFreshTeamProject)
    ->Arg(200'000)
    ->Arg(BenchData::Rows)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

void BM_SqliteCliImportReference(benchmark::State &state)
{
    const QString input = BenchData::millionRowExport();
    QTemporaryDir dir;
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = dir.filePath(QStringLiteral("reference%1.db").arg(run++));
        state.ResumeTiming();
        const int exit = QProcess::execute(
            QStringLiteral("sqlite3"),
            {path, QStringLiteral(".mode csv"), QStringLiteral(".import %1 responses").arg(input)});
        state.PauseTiming();
        if (exit != 0)
            state.SkipWithError("sqlite3 .import failed (is the sqlite3 package installed?)");
        QFile::remove(path);
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * QFile(input).size());
}
BENCHMARK(BM_SqliteCliImportReference)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void printRatios()
{
    for (const auto &[key, postgres] : theImportSeconds) {
        if (!key.first)
            continue;
        const auto file = theImportSeconds.find({false, key.second});
        if (file == theImportSeconds.end())
            continue;
        std::printf(
            "PostgreSQL / SQLite import of %lld rows: %.2f s / %.2f s = %.2fx (target <= 2x)\n",
            static_cast<long long>(key.second),
            postgres,
            file->second,
            postgres / file->second);
    }
}

} // namespace

int main(int argc, char **argv)
{
    const int result = BenchData::run<QCoreApplication>(argc, argv);
    printRatios();
    delete theServer; // stopped here, while the Qt libraries are still up
    return result;
}
