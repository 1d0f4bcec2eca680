#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

// Moves a project between backends, exactly: from a file to a team project on PostgreSQL and
// back (or file to file, server to server). Every row of every table is copied with its id, in
// one transaction of the target, so that the copy reads the same figures as the original; a
// target that already holds imports is refused, and a failed copy leaves it as it was.
class ProjectTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ProjectTransfer)

public:
    struct Counts
    {
        qint64 imports = 0;
        qint64 responses = 0;
        qint64 rows = 0; // of every table
    };
    static Result<Counts> copy(const QString &from, const QString &to);
    // The tables in an order where every row's references are copied before it.
    static QStringList tablesInOrder();
};
