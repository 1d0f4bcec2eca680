// Opening a project of 1,000,000 responses from the cache's snapshot (issue 16: the first
// painted dashboard within 0.3 s) against rebuilding the cache from the rows, the way every
// project was opened before (the reference, measured in the same run), and writing the snapshot
// (what an import adds to its transaction).

#include "benchdata.h"
#include "metrics/cachesnapshot.h"
#include "metrics/responsecache.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>

namespace {

using BenchData::Rows;

SurveyStore &project()
{
    static SurveyStore *store = [] {
        auto *s = new SurveyStore;
        BenchData::openMillionRowProject(*s);
        return s;
    }();
    return *store;
}

std::map<std::string, double> theSeconds;

void record(benchmark::State &state, const char *name, double seconds)
{
    theSeconds[name] = seconds / double(state.iterations());
}

void BM_LoadCacheFromRows(benchmark::State &state)
{
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const Result<ResponseCache> c = ResponseCache::loadFromRows(project());
        seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!c || c->size() != Rows) {
            state.SkipWithError(c ? "not every response" : qPrintable(c.error()));
            return;
        }
    }
    record(state, "rows", seconds);
}
BENCHMARK(BM_LoadCacheFromRows)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_WriteSnapshot(benchmark::State &state)
{
    const Result<ResponseCache> c = ResponseCache::loadFromRows(project());
    if (!c) {
        state.SkipWithError(qPrintable(c.error()));
        return;
    }
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const Status saved = CacheSnapshot::save(project(), c.value());
        seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!saved) {
            state.SkipWithError(qPrintable(saved.error()));
            return;
        }
    }
    record(state, "write", seconds);
}
BENCHMARK(BM_WriteSnapshot)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_LoadCacheFromSnapshot(benchmark::State &state)
{
    if (!CacheSnapshot::exists(project())) {
        const Result<ResponseCache> c = ResponseCache::loadFromRows(project());
        if (!c || !CacheSnapshot::save(project(), c.value())) {
            state.SkipWithError("cannot write the snapshot");
            return;
        }
    }
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const Result<ResponseCache> c = ResponseCache::load(project());
        seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!c || c->size() != Rows || !c->loadedFromSnapshot()) {
            state.SkipWithError(c ? "not read from the snapshot" : qPrintable(c.error()));
            return;
        }
        state.counters["bytes_per_response"] = double(c->columnBytes()) / double(c->size());
        state.counters["answer_texts"] = double(c->answerTexts().size());
    }
    record(state, "snapshot", seconds);
}
BENCHMARK(BM_LoadCacheFromSnapshot)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

void printRatios()
{
    const auto rows = theSeconds.find("rows");
    if (rows == theSeconds.end())
        return;
    for (const auto &[name, what] :
         {std::pair{"snapshot", "cache load from the snapshot (target <= 0.3 s)"},
          std::pair{"write", "snapshot written (added to an import's transaction)"}}) {
        const auto it = theSeconds.find(name);
        if (it != theSeconds.end())
            std::printf("%s: %.3f s; rebuilt from the rows %.3f s: %.2fx\n",
                        what,
                        it->second,
                        rows->second,
                        it->second / rows->second);
    }
}

} // namespace

int main(int argc, char **argv)
{
    const int result = BenchData::run<QCoreApplication>(argc, argv);
    printRatios();
    return result;
}
