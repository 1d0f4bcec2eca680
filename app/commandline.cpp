#include "commandline.h"

#include <cstdio>

namespace CommandLine {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &message)
{
    err() << "npsstudio: " << message << Qt::endl;
    return 2;
}

} // namespace CommandLine
