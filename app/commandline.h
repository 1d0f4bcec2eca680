#pragma once

#include <QStringList>
#include <QTextStream>

// Shared by the subcommands: where output goes and how usage errors read.
namespace CommandLine {

QTextStream &out();
QTextStream &err();
// Prints "npsstudio: MESSAGE" to stderr and returns exit code 2.
int usageError(const QString &message);

} // namespace CommandLine
