#pragma once

#include "import/importer.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <type_traits>

// The benchmarks' input: the generated export of a million responses (NPS_BENCH_ROWS=10000000
// for ten million), nearly every open answer a text of its own as in real exports, and a
// project it was imported into, both kept in the temp folder between runs.
namespace BenchData {

inline const qint64 Rows = [] {
    bool ok = false;
    const qint64 rows = qEnvironmentVariable("NPS_BENCH_ROWS").toLongLong(&ok);
    return ok && rows > 0 ? rows : 1'000'000;
}();

inline QString millionRowExport()
{
    QString csv = QDir::temp().filePath(QStringLiteral("npsstudio-bench-varied-%1.csv").arg(Rows));
    if (QFile::exists(csv))
        return csv;
    // Written beside it first: a run stopped halfway leaves no truncated export behind.
    const QString part = csv + QStringLiteral(".part");
    if (QProcess::execute(QStringLiteral(GENERATE_SAMPLE_BINARY),
                          {QStringLiteral("--rows"),
                           QString::number(Rows),
                           QStringLiteral("--varied-answers"),
                           QStringLiteral("--out"),
                           part})
            != 0
        || !QFile::rename(part, csv))
        qFatal("generate_sample failed");
    return csv;
}

inline QString millionRowProjectFile()
{
    return QDir::temp().filePath(QStringLiteral("npsstudio-bench-varied-%1.npsdb").arg(Rows));
}

inline void openMillionRowProject(SurveyStore &store)
{
    const QString csv = millionRowExport();
    const QString db = millionRowProjectFile();
    const bool fresh = !QFile::exists(db);
    if (!store.open(db).ok() || (fresh && !Importer(store).run(csv).ok()))
        qFatal("cannot prepare %s", qPrintable(db));
}

// Runs the registered benchmarks inside the Qt application they need (QCoreApplication, or
// QApplication offscreen for the ones that paint).
template<typename Application>
int run(int argc, char **argv)
{
    if constexpr (!std::is_same_v<Application, QCoreApplication>)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    Application app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace BenchData
