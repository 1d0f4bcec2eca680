#pragma once

#include "metrics/filter.h"

#include <QVariant>

class ResponseCache;

// A Filter as settings keep it: segment values by name, so that it survives new imports that
// renumber the values. Names that no longer exist are dropped when it is read back.
namespace FilterState {

QVariant toVariant(const Filter &filter, const ResponseCache &cache);
Filter fromVariant(const QVariant &variant, const ResponseCache &cache);
// The chosen themes by label: they are known only once the themes have been read
// (DashboardController::setPendingThemes()).
QStringList themeLabels(const QVariant &variant);

} // namespace FilterState
