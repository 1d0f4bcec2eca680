// The dashboard query over 1,000,000 responses (NPS_BENCH_ROWS: any other number; target
// ≤ 10 ms on one core, each query also on every core; reference: an SQLite GROUP BY score), loading
// the cache from an SQLite project (target ≤ 1 s) and its memory (target ≤ 32 bytes per response).
// Team projects (issue 15): loading it from PostgreSQL (target ≤ 1.5 s; reference: the load from
// SQLite in the same run) and refreshing it after another import of 10,000 responses (target
// ≤ 1 s), on a throwaway server (tests/pgserver.h; NPS_NO_POSTGRES=1 skips them).

#include "benchdata.h"
#include "metrics/cachesnapshot.h"
#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "pgserver.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <map>

namespace {

using BenchData::Rows;
SurveyStore *theProject = nullptr;

SurveyStore &project()
{
    if (!theProject) {
        theProject = new SurveyStore;
        BenchData::openMillionRowProject(*theProject);
    }
    return *theProject;
}

const ResponseCache &cache()
{
    static const ResponseCache c = ResponseCache::load(project()).value();
    return c;
}

// Mean seconds of each load, by name, for the ratios printed after the run.
std::map<std::string, double> theLoadSeconds;

void loadCache(benchmark::State &state, const SurveyStore &store, qint64 rows, const char *name)
{
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const Result<ResponseCache> c = ResponseCache::load(store);
        seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!c.ok() || c->size() != rows) {
            state.SkipWithError(c.ok() ? "load failed" : qPrintable(c.error()));
            return;
        }
        state.counters["bytes_per_response"] = double(c->columnBytes()) / double(c->size());
        state.counters["answer_texts"] = double(c->answerTexts().size());
    }
    theLoadSeconds[name] = seconds / double(state.iterations());
}

void BM_LoadCacheFromSqlite(benchmark::State &state)
{
    loadCache(state, project(), Rows, "sqlite");
}
BENCHMARK(BM_LoadCacheFromSqlite)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

PgServer *theServer = nullptr;
SurveyStore *theTeamProject = nullptr;

// The million-row export imported into a team project on a throwaway server (once per run);
// null, with the reason, when there is no server.
SurveyStore *teamProject(QString &why)
{
    if (PgServer::disabled()) {
        why = QStringLiteral("NPS_NO_POSTGRES=1: the PostgreSQL benchmarks are switched off");
        return nullptr;
    }
    if (theTeamProject)
        return theTeamProject;
    theServer = new PgServer(PgServer::Durability::AsConfigured);
    if (const Status started = theServer->ensureStarted(); !started) {
        why = started.error();
        return nullptr;
    }
    auto *store = new SurveyStore;
    // Imported as the window and the command line import: with the cache's snapshot.
    CacheSnapshot::ImportKeeper keeper;
    ImportOptions options;
    keeper.attachTo(options);
    if (!store->open(theServer->url(QStringLiteral("bench"))).ok()
        || Importer(*store).run(BenchData::millionRowExport(), options).imported != Rows) {
        why = QStringLiteral("cannot import the benchmark export into PostgreSQL");
        delete store;
        return nullptr;
    }
    theTeamProject = store;
    return theTeamProject;
}

void BM_LoadCacheFromPostgres(benchmark::State &state)
{
    QString why;
    SurveyStore *store = teamProject(why);
    if (!store) {
        state.SkipWithError(qPrintable(why));
        return;
    }
    loadCache(state, *store, Rows, "postgresql");
}
BENCHMARK(BM_LoadCacheFromPostgres)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The same without the snapshot: every response read through SQL (a project whose snapshot is
// missing or stale).
void BM_LoadCacheFromPostgresRows(benchmark::State &state)
{
    QString why;
    SurveyStore *store = teamProject(why);
    if (!store) {
        state.SkipWithError(qPrintable(why));
        return;
    }
    for (auto _ : state) {
        const Result<ResponseCache> c = ResponseCache::loadFromRows(*store);
        if (!c.ok() || c->size() != Rows) {
            state.SkipWithError(c.ok() ? "load failed" : qPrintable(c.error()));
            return;
        }
    }
}
BENCHMARK(BM_LoadCacheFromPostgresRows)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

// Another analyst's export of `rows` new respondents (ids that the million-row export has not).
QString newRespondents(qint64 rows)
{
    const QString csv
        = QDir::temp().filePath(QStringLiteral("npsstudio-bench-new-%1.csv").arg(rows));
    if (QFile::exists(csv))
        return csv;
    const QString generated = csv + QStringLiteral(".tmp");
    if (QProcess::execute(
            QStringLiteral(GENERATE_SAMPLE_BINARY),
            {QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--out"), generated})
        != 0)
        qFatal("generate_sample failed");
    QFile in(generated);
    QFile out(csv);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(csv));
    bool header = true;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        if (!header && line.startsWith('R'))
            line[0] = 'W'; // R0000001 → W0000001
        header = false;
        out.write(line);
    }
    in.remove();
    return csv;
}

void BM_RefreshCacheAfterImport(benchmark::State &state)
{
    constexpr qint64 Added = 10'000;
    QString why;
    SurveyStore *store = teamProject(why);
    if (!store) {
        state.SkipWithError(qPrintable(why));
        return;
    }
    const QString csv = newRespondents(Added);
    // The window's cache before the other analyst's import; the refresh adds that import to it.
    const Result<ResponseCache> before = ResponseCache::load(*store);
    if (!before) {
        state.SkipWithError(qPrintable(before.error()));
        return;
    }
    double seconds = 0;
    for (auto _ : state) {
        // Not timed: the other analyst's import (in another process in real use).
        state.PauseTiming();
        SurveyStore other;
        const ImportReport report = other.open(theServer->url(QStringLiteral("bench"))).ok()
                                        ? Importer(other).run(csv)
                                        : ImportReport{};
        if (report.imported != Added) {
            state.SkipWithError("the second import failed");
            return;
        }
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        const Result<ResponseCache> c = ResponseCache::loadAdding(before.value(), *store);
        seconds += double(timer.nsecsElapsed()) / 1e9;
        state.PauseTiming();
        if (!c.ok() || c->size() != Rows + Added)
            state.SkipWithError("the refreshed cache misses the new responses");
        if (!other.removeImport(report.importId).ok())
            state.SkipWithError("cannot remove the second import");
        state.ResumeTiming();
    }
    theLoadSeconds["refresh"] = seconds / double(state.iterations());
}
BENCHMARK(BM_RefreshCacheAfterImport)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void printRatios()
{
    const auto sqlite = theLoadSeconds.find("sqlite");
    if (sqlite == theLoadSeconds.end())
        return;
    for (const auto &[name, target] :
         {std::pair{"postgresql", "cache load from PostgreSQL (target <= 1.5 s)"},
          std::pair{"refresh", "refresh after a 10,000-row import (target <= 1 s)"}}) {
        const auto it = theLoadSeconds.find(name);
        if (it != theLoadSeconds.end())
            std::printf("%s: %.2f s; from SQLite %.2f s: %.2fx\n",
                        target,
                        it->second,
                        sqlite->second,
                        it->second / sqlite->second);
    }
}

// Mean milliseconds per query, by benchmark and threads, for the ratios printed after the run.
std::map<std::string, double> theQueryMilliseconds;

// Runs query(dashboard) on a dashboard of `threads` threads (the benchmark's argument).
template<typename Query>
void timeQueries(benchmark::State &state, const char *name, const Query &query)
{
    Dashboard dashboard(cache());
    dashboard.setThreads(int(state.range(0)));
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state)
        query(dashboard);
    theQueryMilliseconds[std::string(name) + " threads " + std::to_string(state.range(0))]
        = double(timer.nsecsElapsed()) / 1e6 / double(state.iterations());
}

// Each query once on the calling thread alone and once on every core.
void threadCounts(benchmark::internal::Benchmark *b)
{
    b->ArgName("threads")->Arg(1);
    if (QThread::idealThreadCount() > 1)
        b->Arg(QThread::idealThreadCount());
    b->Unit(benchmark::kMillisecond)->UseRealTime();
}

void BM_DashboardAll(benchmark::State &state)
{
    timeQueries(
        state, "all", [](Dashboard &d) { benchmark::DoNotOptimize(d.compute(Filter{}, 2)); });
}
BENCHMARK(BM_DashboardAll)->Apply(threadCounts);

void BM_DashboardFiltered(benchmark::State &state)
{
    // One quarter, two touchpoints, passives and detractors: the previous quarter and all
    // facets are computed in the same pass.
    Filter f;
    f.from = QDate(2025, 4, 1);
    f.to = QDate(2025, 6, 30);
    f.segments[2] = {1, 2};
    f.groups = Filter::Detractors | Filter::Passives;
    timeQueries(
        state, "filtered", [&f](Dashboard &d) { benchmark::DoNotOptimize(d.compute(f, 1)); });
}
BENCHMARK(BM_DashboardFiltered)->Apply(threadCounts);

void BM_DashboardMonthsByCountry(benchmark::State &state)
{
    Filter f;
    f.granularity = Granularity::Month;
    f.onlyWithAnswer = true;
    timeQueries(state, "months by country", [&f](Dashboard &d) {
        benchmark::DoNotOptimize(d.compute(f, 3));
    });
}
BENCHMARK(BM_DashboardMonthsByCountry)->Apply(threadCounts);

void BM_DashboardNewSearchText(benchmark::State &state)
{
    // A new search text scans the dictionary of distinct answers once; typing the same text
    // again is as fast as any other filter.
    Filter f;
    int n = 0;
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        Dashboard dashboard(cache());
        dashboard.setThreads(int(state.range(0)));
        f.text = n++ % 2 ? QStringLiteral("factuur") : QStringLiteral("support");
        benchmark::DoNotOptimize(dashboard.compute(f));
    }
    theQueryMilliseconds["new search text threads " + std::to_string(state.range(0))]
        = double(timer.nsecsElapsed()) / 1e6 / double(state.iterations());
}
BENCHMARK(BM_DashboardNewSearchText)->Apply(threadCounts);

void BM_MatchingRows(benchmark::State &state)
{
    Filter f;
    f.segments[0] = {0};
    timeQueries(state, "matching rows", [&f](Dashboard &d) {
        benchmark::DoNotOptimize(d.matchingRows(f));
    });
}
BENCHMARK(BM_MatchingRows)->Apply(threadCounts);

// The reference for the queries: SQLite counting the same project's responses per score
// (SELECT score, count(*) … GROUP BY score), in the same run on the same machine.
double theGroupByMilliseconds = 0;

void BM_SqliteGroupByReference(benchmark::State &state)
{
    project(); // imported, if it was not yet
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(
            qPrintable(BenchData::millionRowProjectFile()), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        state.SkipWithError("cannot open the project with sqlite3");
        sqlite3_close(db);
        return;
    }
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT score, count(*) FROM responses GROUP BY score", -1, &statement, nullptr);
    QElapsedTimer timer;
    timer.start();
    for (auto _ : state) {
        qint64 counted = 0;
        while (sqlite3_step(statement) == SQLITE_ROW)
            counted += sqlite3_column_int64(statement, 1);
        sqlite3_reset(statement);
        if (counted != Rows)
            state.SkipWithError("GROUP BY did not count every response");
    }
    theGroupByMilliseconds = double(timer.nsecsElapsed()) / 1e6 / double(state.iterations());
    sqlite3_finalize(statement);
    sqlite3_close(db);
}
BENCHMARK(BM_SqliteGroupByReference)->Unit(benchmark::kMillisecond)->UseRealTime();

void printQueryRatios()
{
    if (theGroupByMilliseconds <= 0)
        return;
    std::printf("reference: SQLite GROUP BY score over %lld responses %.1f ms; a frame 16.7 ms\n",
                static_cast<long long>(Rows),
                theGroupByMilliseconds);
    for (const auto &[name, ms] : theQueryMilliseconds)
        std::printf("%s: %.2f ms, %.3fx the GROUP BY, %.2f frames\n",
                    name.c_str(),
                    ms,
                    ms / theGroupByMilliseconds,
                    ms / 16.7);
}

} // namespace

int main(int argc, char **argv)
{
    const int result = BenchData::run<QCoreApplication>(argc, argv);
    printRatios();
    printQueryRatios();
    delete theProject; // closed here, while the Qt libraries are still up
    delete theTeamProject;
    delete theServer;
    return result;
}
