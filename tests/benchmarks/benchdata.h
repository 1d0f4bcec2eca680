#pragma once

#include "import/importer.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <type_traits>

// The benchmarks' input: the generated million-row export, and a project it was imported into,
// both kept in the temp folder between runs.
namespace BenchData {

constexpr qint64 Rows = 1'000'000;

inline QString millionRowExport()
{
    QString csv = QDir::temp().filePath(QStringLiteral("npsstudio-bench-%1.csv").arg(Rows));
    if (!QFile::exists(csv)
        && QProcess::execute(
               QStringLiteral(GENERATE_SAMPLE_BINARY),
               {QStringLiteral("--rows"), QString::number(Rows), QStringLiteral("--out"), csv})
               != 0)
        qFatal("generate_sample failed");
    return csv;
}

inline void openMillionRowProject(SurveyStore &store)
{
    const QString csv = millionRowExport();
    const QString db = QDir::temp().filePath(QStringLiteral("npsstudio-bench-%1.npsdb").arg(Rows));
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
