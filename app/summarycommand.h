#pragma once

#include <QStringList>

// `npsstudio summary --db PROJECT [--period month|quarter|year] [--by DIMENSION]
// [--where DIMENSION=VALUE]... [--from YYYY-MM-DD] [--to YYYY-MM-DD]
// [--group promoter|passive|detractor]... [--dimensions] [--json]`
int runSummaryCommand(const QStringList &arguments);
