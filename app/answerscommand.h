#pragma once

#include <QStringList>

// `npsstudio answers --db PROJECT [--question Q] [--questions] [--search TEXT]
// [--where DIMENSION=VALUE]... [--group G]... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json|--csv]`
// prints the answers to one open question (the primary one by default), newest first, under
// the same filters as `summary`.
int runAnswersCommand(const QStringList &arguments);
