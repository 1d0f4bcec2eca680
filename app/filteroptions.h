#pragma once

#include "metrics/filter.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

class QCommandLineParser;
class ResponseCache;

// The options that choose responses, shared by `summary` and `answers`: --where DIMENSION=VALUE
// (repeatable; values of one dimension are alternatives, different dimensions must all match;
// a multi-select dimension matches everyone who chose the option), --group, --from and --to.
namespace FilterOptions {

QList<QCommandLineOption> options();
// The filter the options describe; a message (naming what exists) when a name does not.
std::variant<Filter, QString> read(const QCommandLineParser &parser, const ResponseCache &cache);
// The project's dimensions by name, for messages.
QString dimensionNames(const ResponseCache &cache);
QJsonObject toJson(const Filter &filter, const ResponseCache &cache);

} // namespace FilterOptions
