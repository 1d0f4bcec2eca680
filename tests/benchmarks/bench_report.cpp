// The quarterly report of 1,000,000 responses as PDF: computing it and laying out every page.
// Target (issue 5): at most 2 s.

#include "benchdata.h"
#include "metrics/responsecache.h"
#include "report/quarterlyreport.h"
#include "reportrenderer.h"
#include "store/surveystore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

void BM_QuarterlyReportPdf(benchmark::State &state)
{
    SurveyStore store;
    BenchData::openMillionRowProject(store);
    const ResponseCache cache = ResponseCache::load(store).value();
    QTemporaryDir dir;
    QuarterlyReport::Options options;
    options.quarter = *Period::parse(QStringLiteral("2026-Q2"));
    int pages = 0;
    for (auto _ : state) {
        const QuarterlyReport report = QuarterlyReport::build(cache, {}, options).value();
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        if (!ReportRenderer(report, QStringLiteral("Benchmark"), false).write(pdf, false).ok())
            state.SkipWithError("report failed");
        benchmark::DoNotOptimize(pages);
    }
}
BENCHMARK(BM_QuarterlyReportPdf)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    return BenchData::run<QApplication>(argc, argv);
}
