#pragma once

#include <QStringList>

// `npsstudio import FILE... --db PROJECT.npsdb [--strict] [--delimiter C] [--encoding NAME]
// [--map ROLE=COLUMN]... [--json]`
int runImportCommand(const QStringList &arguments);
