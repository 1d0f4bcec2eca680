#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// The npsstudio binary run as a user or a script runs it: its own settings and data folders,
// an English locale, no display. The tests of the command line share it.
namespace NpsStudioProcess {

// The rows of a generated export that a test imports whole, divided by NPS_TEST_SCALE when it is
// set, never below `minimum`. The asan test preset sets 4: the instrumented binary is several
// times slower, so a quarter of the rows runs the same code for about as long as the release
// build takes for all of them (the kill tests time their kills against the import's length).
inline int scaledRows(int rows, int minimum = 2000)
{
    const int scale = qEnvironmentVariableIntValue("NPS_TEST_SCALE");
    return scale > 1 ? qMax(minimum, rows / scale) : rows;
}

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

inline QProcessEnvironment environment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_NUMERIC"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

// Starts npsstudio with `arguments`; `inChild` runs in the child before it starts (limits).
inline void start(QProcess &process,
                  const QString &home,
                  const QStringList &arguments,
                  const std::function<void()> &inChild = {})
{
    process.setProcessEnvironment(environment(home));
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(QStringLiteral(NPSSTUDIO_BINARY), arguments);
}

inline Run
run(const QString &home, const QStringList &arguments, const std::function<void()> &inChild = {})
{
    QProcess process;
    start(process, home, arguments, inChild);
    if (!process.waitForFinished(120000))
        qFatal("npsstudio did not finish");
    return {process.exitCode(),
            process.exitStatus() == QProcess::CrashExit,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Two overlapping parts of an export, for concurrent imports: the header, then data rows
// [first.first, first.second) into `firstPath` and [second.first, second.second) into
// `secondPath`. False when the export cannot be read or a part cannot be written.
inline bool splitExport(const QString &exportPath,
                        const QString &firstPath,
                        std::pair<qsizetype, qsizetype> first,
                        const QString &secondPath,
                        std::pair<qsizetype, qsizetype> second)
{
    QFile sample(exportPath);
    if (!sample.open(QIODevice::ReadOnly))
        return false;
    QList<QByteArray> lines = sample.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return false;
    const QByteArray header = lines.takeFirst();
    for (const auto &[path, range] : {std::pair{firstPath, first}, std::pair{secondPath, second}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(header + '\n');
        for (qsizetype i = range.first; i < range.second && i < lines.size(); ++i)
            file.write(lines.at(i) + '\n');
    }
    return true;
}

} // namespace NpsStudioProcess
