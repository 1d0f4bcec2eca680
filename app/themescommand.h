#pragma once

#include <QStringList>

// `npsstudio themes --db PROJECT [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]
// [--to YYYY-MM-DD] [--group promoter|passive|detractor]... [--period month|quarter|year]
// [--suggest] [--limit N] [--quotes N] [--json]`
int runThemesCommand(const QStringList &arguments);
