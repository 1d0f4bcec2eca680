#include "metrics/sharecomparison.h"

#include <cmath>

std::optional<ShareComparison>
ShareComparison::compare(double hitsA, double nA, double hitsB, double nB)
{
    if (nA <= 0 || nB <= 0)
        return std::nullopt;
    ShareComparison c;
    const double pA = hitsA / nA, pB = hitsB / nB;
    c.delta = 100 * (pA - pB);
    const double pooled = (hitsA + hitsB) / (nA + nB);
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
    c.z = se > 0 ? (pA - pB) / se : 0;
    c.p = std::erfc(std::abs(c.z) / std::sqrt(2.0));
    c.significant = c.p < 0.05;
    return c;
}
