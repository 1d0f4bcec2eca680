#include "logging.h"

// Off by default below warnings: a user sees messages, a developer switches these on.
Q_LOGGING_CATEGORY(lcImport, "npsstudio.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "npsstudio.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCache, "npsstudio.cache", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "npsstudio.report", QtWarningMsg)
Q_LOGGING_CATEGORY(lcText, "npsstudio.text", QtWarningMsg)
