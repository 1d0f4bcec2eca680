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
// In whole points, or with one decimal when the two ends would otherwise read alike
// ("+74 … +74" from a million responses is "+73.8 … +74.2").
QString roundedInterval(std::optional<double> low,
                        std::optional<double> high,
                        const QLocale &locale = QLocale());
// Decimals for two shares side by side: 0, or 1 when whole percents would read alike ("3% vs.
// 3%" for 3.4% and 2.6%).
int percentDecimals(std::optional<double> a,
                    std::optional<double> b,
                    const QLocale &locale = QLocale());
QString pValue(double p, const QLocale &locale = QLocale());  // "0.042", "< 0.001"
QString pClause(double p, const QLocale &locale = QLocale()); // "p = 0.042", "p < 0.001"

} // namespace NpsFormat
