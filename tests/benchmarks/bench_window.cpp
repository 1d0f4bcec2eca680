// A filter change in the window with 1,000,000 responses: the dashboard query, every view
// updated and the whole window repainted, synchronously. Target: within a frame (16.7 ms).
// Reference, in the same run: the dashboard query alone for the same filters.

#include "benchdata.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "store/surveystore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>

namespace {

std::shared_ptr<const ResponseCache> millionResponses()
{
    static std::shared_ptr<const ResponseCache> cache = [] {
        SurveyStore store;
        BenchData::openMillionRowProject(store);
        return std::make_shared<const ResponseCache>(ResponseCache::load(store).value());
    }();
    return cache;
}

Filter nthFilter(int n)
{
    Filter f;
    f.segments[2] = {quint16(n % 4)}; // one touchpoint after the other
    if (n % 2)
        f.groups = Filter::Detractors | Filter::Passives;
    return f;
}

void BM_DashboardQueryReference(benchmark::State &state)
{
    const auto cache = millionResponses();
    Dashboard dashboard(*cache);
    int n = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(dashboard.compute(nthFilter(++n), 0));
}
BENCHMARK(BM_DashboardQueryReference)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FilterChangeRepaint(benchmark::State &state)
{
    DashboardController controller;
    DashboardView view(&controller);
    view.resize(1440, 860);
    view.show();
    controller.setCache(millionResponses());
    QCoreApplication::processEvents();
    int n = 0;
    for (auto _ : state) {
        controller.setFilter(nthFilter(++n));
        view.repaint();
    }
    state.counters["query_ms"] = double(controller.lastComputeMicroseconds()) / 1000.0;
}
BENCHMARK(BM_FilterChangeRepaint)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    return BenchData::run<QApplication>(argc, argv);
}
