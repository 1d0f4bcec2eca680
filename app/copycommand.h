#pragma once

#include <QStringList>

// `npsstudio copy --from PROJECT --to PROJECT`: a project moved exactly between a file and a
// team project on PostgreSQL (either way).
int runCopyCommand(const QStringList &arguments);
