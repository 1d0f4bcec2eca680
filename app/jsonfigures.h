#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

struct NpsFigures;

// How `summary --json` and `themes --json` write figures: one shape for both commands.
namespace JsonFigures {

// A number, or null when there is none (an NPS of no responses).
QJsonValue number(std::optional<double> value);
// n, the three group counts, nps, its 95% interval as [low, high] and its standard error.
QJsonObject figures(const NpsFigures &f);

} // namespace JsonFigures
