// The dashboard query over 1,000,000 responses (target ≤ 10 ms on one core), loading the cache
// from an SQLite project (target ≤ 1 s) and its memory (target ≤ 32 bytes per response).

#include "benchdata.h"
#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>

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

void BM_LoadCacheFromSqlite(benchmark::State &state)
{
    SurveyStore &store = project();
    for (auto _ : state) {
        const Result<ResponseCache> c = ResponseCache::load(store);
        if (!c.ok() || c->size() != Rows)
            state.SkipWithError("load failed");
        state.counters["bytes_per_response"] = double(c->columnBytes()) / double(c->size());
        state.counters["answer_texts"] = double(c->answerTexts().size());
    }
}
BENCHMARK(BM_LoadCacheFromSqlite)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_DashboardAll(benchmark::State &state)
{
    Dashboard dashboard(cache());
    for (auto _ : state)
        benchmark::DoNotOptimize(dashboard.compute(Filter{}, 2));
}
BENCHMARK(BM_DashboardAll)->Unit(benchmark::kMillisecond);

void BM_DashboardFiltered(benchmark::State &state)
{
    // One quarter, two touchpoints, passives and detractors: the previous quarter and all
    // facets are computed in the same pass.
    Filter f;
    f.from = QDate(2025, 4, 1);
    f.to = QDate(2025, 6, 30);
    f.segments[2] = {1, 2};
    f.groups = Filter::Detractors | Filter::Passives;
    Dashboard dashboard(cache());
    for (auto _ : state)
        benchmark::DoNotOptimize(dashboard.compute(f, 1));
}
BENCHMARK(BM_DashboardFiltered)->Unit(benchmark::kMillisecond);

void BM_DashboardMonthsByCountry(benchmark::State &state)
{
    Filter f;
    f.granularity = Granularity::Month;
    f.onlyWithAnswer = true;
    Dashboard dashboard(cache());
    for (auto _ : state)
        benchmark::DoNotOptimize(dashboard.compute(f, 3));
}
BENCHMARK(BM_DashboardMonthsByCountry)->Unit(benchmark::kMillisecond);

void BM_DashboardNewSearchText(benchmark::State &state)
{
    // A new search text scans the dictionary of distinct answers once; typing the same text
    // again is as fast as any other filter.
    Filter f;
    int n = 0;
    for (auto _ : state) {
        Dashboard dashboard(cache());
        f.text = n++ % 2 ? QStringLiteral("factuur") : QStringLiteral("support");
        benchmark::DoNotOptimize(dashboard.compute(f));
    }
}
BENCHMARK(BM_DashboardNewSearchText)->Unit(benchmark::kMillisecond);

void BM_MatchingRows(benchmark::State &state)
{
    Filter f;
    f.segments[0] = {0};
    Dashboard dashboard(cache());
    for (auto _ : state)
        benchmark::DoNotOptimize(dashboard.matchingRows(f));
}
BENCHMARK(BM_MatchingRows)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    const int result = BenchData::run<QCoreApplication>(argc, argv);
    delete theProject; // closed here, while the Qt libraries are still up
    return result;
}
