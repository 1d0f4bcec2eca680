#include "models/npsformat.h"

#include <cmath>

namespace NpsFormat {

QString nps(std::optional<double> value, int decimals, const QLocale &locale)
{
    if (!value)
        return QStringLiteral("–");
    // Round first, so that −0.04 is written 0.0 and not −0.0.
    const double factor = std::pow(10.0, decimals);
    double rounded = std::round(*value * factor) / factor;
    if (rounded == 0)
        rounded = 0;
    QString number = locale.toString(std::abs(rounded), 'f', decimals);
    if (rounded > 0)
        return u'+' + number;
    if (rounded < 0)
        return QChar(0x2212) + number; // minus sign
    return number;
}

QString percent(std::optional<double> value, int decimals, const QLocale &locale)
{
    if (!value)
        return QStringLiteral("–");
    return locale.toString(*value, 'f', decimals) + locale.percent();
}

QString
interval(std::optional<double> low, std::optional<double> high, int decimals, const QLocale &locale)
{
    if (!low || !high)
        return QStringLiteral("–");
    return nps(low, decimals, locale) + QStringLiteral(" … ") + nps(high, decimals, locale);
}

int percentDecimals(std::optional<double> a, std::optional<double> b, const QLocale &locale)
{
    return a && b && *a != *b && percent(a, 0, locale) == percent(b, 0, locale) ? 1 : 0;
}

QString
roundedInterval(std::optional<double> low, std::optional<double> high, const QLocale &locale)
{
    if (!low || !high)
        return QStringLiteral("–");
    const bool alike = nps(low, 0, locale) == nps(high, 0, locale);
    return interval(low, high, alike ? 1 : 0, locale);
}

QString pClause(double p, const QLocale &locale)
{
    if (p < 0.001)
        return QStringLiteral("p < ") + locale.toString(0.001, 'f', 3);
    return QStringLiteral("p = ") + locale.toString(p, 'f', 3);
}

QString pValue(double p, const QLocale &locale)
{
    if (p < 0.001)
        return QStringLiteral("< ") + locale.toString(0.001, 'f', 3);
    return locale.toString(p, 'f', 3);
}

} // namespace NpsFormat
