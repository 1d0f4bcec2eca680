// Opening a project of 1,000,000 responses from the cache's snapshot (issue 16: the first
// painted dashboard within 0.3 s) against rebuilding the cache from the rows, the way every
// project was opened before (the reference, measured in the same run), and writing the snapshot
// (what an import adds to its transaction). The generated export has 40 distinct answers; a
// second project whose every answer is different shows what the answer texts (kept in memory
// as before, read from the snapshot's "texts" part) cost.

#include "benchdata.h"
#include "metrics/cachesnapshot.h"
#include "metrics/responsecache.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <tuple>

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

// A million responses, each answer different from every other.
SurveyStore &uniqueAnswersProject()
{
    static SurveyStore *store = [] {
        const QString db
            = QDir::temp().filePath(QStringLiteral("npsstudio-bench-unique-%1.npsdb").arg(Rows));
        const bool fresh = !QFile::exists(db);
        auto *s = new SurveyStore;
        if (!s->open(db).ok())
            qFatal("cannot open %s", qPrintable(db));
        if (fresh) {
            const QString csv = db + QStringLiteral(".csv");
            QFile file(csv);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(csv));
            file.write("Response ID,Submitted at,How likely is it that you would recommend us?,"
                       "What is the main reason for your score?,Customer type,Touchpoint\n");
            QByteArray block;
            for (qint64 i = 1; i <= Rows; ++i) {
                block += QStringLiteral("R%1,2025-%2-%3,%4,Reply %1: the delivery was late and "
                                        "nobody answered my emails,%5,%6\n")
                             .arg(i)
                             .arg(1 + i % 12, 2, 10, QChar(u'0'))
                             .arg(1 + i % 28, 2, 10, QChar(u'0'))
                             .arg(i % 11)
                             .arg(i % 3 ? QStringLiteral("Consumer") : QStringLiteral("Business"))
                             .arg(i % 4 ? QStringLiteral("App") : QStringLiteral("Support"))
                             .toUtf8();
                if (block.size() > (1 << 20)) {
                    file.write(block);
                    block.clear();
                }
            }
            file.write(block);
            file.close();
            if (Importer(*s).run(csv).imported != Rows)
                qFatal("cannot import %s", qPrintable(csv));
            QFile::remove(csv);
        }
        return s;
    }();
    return *store;
}

std::map<std::string, double> theSeconds;

void record(benchmark::State &state, const char *name, double seconds)
{
    theSeconds[name] = seconds / double(state.iterations());
}

void loadFromRows(benchmark::State &state, SurveyStore &store, const char *name)
{
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const Result<ResponseCache> c = ResponseCache::loadFromRows(store);
        seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!c || c->size() != Rows) {
            state.SkipWithError(c ? "not every response" : qPrintable(c.error()));
            return;
        }
    }
    record(state, name, seconds);
}

void BM_LoadCacheFromRows(benchmark::State &state)
{
    loadFromRows(state, project(), "rows");
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

void loadFromSnapshot(benchmark::State &state, SurveyStore &store, const char *name)
{
    if (!CacheSnapshot::exists(store)) {
        const Result<ResponseCache> c = ResponseCache::loadFromRows(store);
        if (!c || !CacheSnapshot::save(store, c.value())) {
            state.SkipWithError("cannot write the snapshot");
            return;
        }
    }
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const Result<ResponseCache> c = ResponseCache::load(store);
        seconds += double(timer.nsecsElapsed()) / 1e9;
        if (!c || c->size() != Rows || !c->loadedFromSnapshot()) {
            state.SkipWithError(c ? "not read from the snapshot" : qPrintable(c.error()));
            return;
        }
        state.counters["bytes_per_response"] = double(c->columnBytes()) / double(c->size());
        state.counters["answer_texts"] = double(c->answerTexts().size());
        // The texts' column: their UTF-16 units and one offset each.
        state.counters["answer_text_bytes"]
            = double(c->answerTexts().chars().size()) * 2 + double(c->answerTexts().size() + 1) * 4;
    }
    record(state, name, seconds);
}

void BM_LoadCacheFromSnapshot(benchmark::State &state)
{
    loadFromSnapshot(state, project(), "snapshot");
}
BENCHMARK(BM_LoadCacheFromSnapshot)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

void BM_LoadUniqueAnswersFromRows(benchmark::State &state)
{
    loadFromRows(state, uniqueAnswersProject(), "unique rows");
}
BENCHMARK(BM_LoadUniqueAnswersFromRows)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

void BM_LoadUniqueAnswersFromSnapshot(benchmark::State &state)
{
    loadFromSnapshot(state, uniqueAnswersProject(), "unique snapshot");
}
BENCHMARK(BM_LoadUniqueAnswersFromSnapshot)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(5);

void printRatios()
{
    for (const auto &[name, reference, what] :
         {std::tuple{"snapshot", "rows", "cache load from the snapshot (target <= 0.3 s)"},
          std::tuple{"write", "rows", "snapshot written (added to an import's transaction)"},
          std::tuple{"unique snapshot",
                     "unique rows",
                     "every answer different: cache load from the snapshot"}}) {
        const auto it = theSeconds.find(name);
        const auto ref = theSeconds.find(reference);
        if (it != theSeconds.end() && ref != theSeconds.end())
            std::printf("%s: %.3f s; rebuilt from the rows %.3f s: %.2fx\n",
                        what,
                        it->second,
                        ref->second,
                        it->second / ref->second);
    }
}

} // namespace

int main(int argc, char **argv)
{
    const int result = BenchData::run<QCoreApplication>(argc, argv);
    printRatios();
    return result;
}
