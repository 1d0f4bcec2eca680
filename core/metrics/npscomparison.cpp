#include "metrics/npscomparison.h"

#include <QCoreApplication>

#include <cmath>

std::optional<NpsComparison> NpsComparison::compare(const NpsFigures &a, const NpsFigures &b)
{
    if (a.isEmpty() || b.isEmpty())
        return std::nullopt;
    NpsComparison c;
    c.delta = *a.nps() - *b.nps();
    const double seA = a.adjustedStandardError();
    const double seB = b.adjustedStandardError();
    const double se = std::sqrt(seA * seA + seB * seB);
    c.z = se > 0 ? (a.adjustedNps() - b.adjustedNps()) / se : 0;
    c.p = std::erfc(std::abs(c.z) / std::sqrt(2.0));
    c.significant = c.p < 0.05;
    return c;
}

QString NpsComparison::inWords() const
{
    const int points = int(std::lround(std::abs(delta)));
    if (!significant)
        return QCoreApplication::translate("NpsComparison", "within the margin of error");
    if (delta > 0)
        return QCoreApplication::translate(
            "NpsComparison", "a significant rise of %n points", nullptr, points);
    return QCoreApplication::translate(
        "NpsComparison", "a significant fall of %n points", nullptr, points);
}
