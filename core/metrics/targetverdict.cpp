#include "metrics/targetverdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

// A target as the headline writes an NPS: whole, with its sign (models/npsformat's rule).
QString signedWhole(double value, const QLocale &locale)
{
    const auto rounded = qint64(std::lround(value));
    const QString number = locale.toString(std::abs(rounded));
    return rounded > 0 ? u'+' + number : rounded < 0 ? QChar(0x2212) + number : number;
}

} // namespace

std::optional<TargetVerdict> TargetVerdict::judge(const NpsFigures &figures, double target)
{
    const auto nps = figures.nps();
    const auto interval = figures.interval();
    if (!nps || !interval)
        return std::nullopt;
    TargetVerdict v;
    v.target = target;
    v.difference = *nps - target;
    if (interval->low >= target)
        v.kind = Above;
    else if (*nps >= target)
        v.kind = OnTarget;
    else if (interval->high >= target)
        v.kind = BelowWithinMargin;
    else
        v.kind = Below;
    return v;
}

QString TargetVerdict::inWords(const QLocale &locale) const
{
    const QString t = signedWhole(target, locale);
    switch (kind) {
    case Above:
        return QCoreApplication::translate("TargetVerdict", "above the target of %1").arg(t);
    case OnTarget:
        return QCoreApplication::translate("TargetVerdict",
                                           "on target (%1), within the margin of error")
            .arg(t);
    case BelowWithinMargin:
        return QCoreApplication::translate("TargetVerdict",
                                           "below the target of %1, but within the margin of error")
            .arg(t);
    case Below:
        return QCoreApplication::translate("TargetVerdict", "below the target of %1").arg(t);
    }
    return {};
}
