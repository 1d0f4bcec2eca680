// A filter change in the window with 1,000,000 responses: the dashboard query, every view
// updated and the whole window repainted, synchronously. Target: within a frame (16 ms).

#include "benchdata.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
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
    SurveyStore store;
    BenchData::openMillionRowProject(store);
    return std::make_shared<const ResponseCache>(ResponseCache::load(store).value());
}

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
        Filter f;
        f.segments[2] = {quint16(n++ % 4)}; // one touchpoint after the other
        if (n % 2)
            f.groups = Filter::Detractors | Filter::Passives;
        controller.setFilter(f);
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
