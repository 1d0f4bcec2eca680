// Imports the generated 1,000,000-row export (~80 MB) into a fresh project.
// Target (issue 2): at most 1.5 s wall time on the 2-core reference machine.
// Reference, measured in the same run: `sqlite3 DB ".mode csv" ".import FILE t"` of the same
// file (SQLite's own CSV import into one text table, no parsing of scores or dates).

#include "benchdata.h"
#include "import/importer.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

void BM_ImportIntoFreshProject(benchmark::State &state)
{
    const qint64 rows = state.range(0);
    const QString input = BenchData::millionRowExport();
    QTemporaryDir dir;
    int run = 0;
    for (auto _ : state) {
        // Timed: the import up to its commit. Not timed: creating the project, and closing it,
        // where SQLite copies the write-ahead log into the database file (reported below).
        state.PauseTiming();
        auto store = std::make_unique<SurveyStore>();
        const QString path = dir.filePath(QStringLiteral("bench%1.npsdb").arg(run++));
        if (!store->open(path).ok())
            state.SkipWithError("cannot open project");
        state.ResumeTiming();
        const ImportReport report = Importer(*store).run(input);
        state.PauseTiming();
        if (!report.ok() || report.imported != rows)
            state.SkipWithError("import failed");
        QElapsedTimer closing;
        closing.start();
        store.reset();
        state.counters["close_ms"] = double(closing.elapsed());
        QFile::remove(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * rows);
    state.SetBytesProcessed(state.iterations() * QFile(input).size());
}
BENCHMARK(BM_ImportIntoFreshProject)
    ->Arg(1'000'000)
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

} // namespace

int main(int argc, char **argv)
{
    return BenchData::run<QCoreApplication>(argc, argv);
}
