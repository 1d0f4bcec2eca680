#pragma once

#include <QStringList>

// `npsstudio report --db PROJECT --quarter 2025-Q3 [--where DIM=VALUE]... [--lang nl|en]
// [--page-size A4|Letter] [--no-mask] --out FILE.pdf|FILE.html|FILE.odt`
int runReportCommand(const QStringList &arguments);
