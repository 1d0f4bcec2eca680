#pragma once

#include <QLocale>
#include <QString>

#include <optional>

// How NPS Studio writes its numbers (domain.md): an NPS always with its sign, whole in
// headlines and with one decimal in tables; shares in percent; the locale's decimal sign.
namespace NpsFormat {

QString nps(std::optional<double> value, int decimals = 1, const QLocale &locale = QLocale());
QString percent(std::optional<double> value, int decimals = 0, const QLocale &locale = QLocale());
QString interval(std::optional<double> low,
                 std::optional<double> high,
                 int decimals = 1,
                 const QLocale &locale = QLocale());
QString pValue(double p, const QLocale &locale = QLocale());

} // namespace NpsFormat
