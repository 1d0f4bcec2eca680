#pragma once

#include "metrics/filter.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>

class QCommandLineParser;
class ResponseCache;

// The filter options every command that reads a project shares (summary, themes, answers):
// --period, --where DIMENSION=VALUE, --from, --to, --group; read into one Filter.
namespace FilterOptions {

QList<QCommandLineOption> options();
// The Filter the options ask for, or the message why they cannot be read ("No dimension …").
std::variant<Filter, QString> read(const QCommandLineParser &parser, const ResponseCache &cache);
// "Country, Touchpoint", for messages about a dimension that does not exist.
QString dimensionNames(const ResponseCache &cache);
// “North”, “South, coast”, …: values quoted, so that a comma in one is not read as a second
// one; at most 30, then how many more.
QString valueList(const QStringList &values);
// The filter as the --json outputs write it.
QJsonObject toJson(const Filter &filter, const ResponseCache &cache);

} // namespace FilterOptions
