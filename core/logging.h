#pragma once

#include <QLoggingCategory>

// Diagnostics of each stage, switched on with QT_LOGGING_RULES, e.g.
//   QT_LOGGING_RULES="npsstudio.*.debug=true" npsstudio import …
// They log the decisions and timings that the user interface does not show.
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcReport)
Q_DECLARE_LOGGING_CATEGORY(lcText)
