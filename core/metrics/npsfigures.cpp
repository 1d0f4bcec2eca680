#include "metrics/npsfigures.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

constexpr double Z95 = 1.959963984540054;

// Variance of one response coded +1/0/−1, from shares 0…1.
double variance(double promoters, double detractors)
{
    const double mean = promoters - detractors;
    return promoters + detractors - mean * mean;
}

} // namespace

std::optional<double> NpsFigures::promoterShare() const
{
    return percentOf(promoters, n());
}

std::optional<double> NpsFigures::passiveShare() const
{
    return percentOf(passives, n());
}

std::optional<double> NpsFigures::detractorShare() const
{
    return percentOf(detractors, n());
}

std::optional<double> NpsFigures::nps() const
{
    if (isEmpty())
        return std::nullopt;
    return 100.0 * double(promoters - detractors) / double(n());
}

std::optional<double> NpsFigures::standardError() const
{
    if (isEmpty())
        return std::nullopt;
    const auto total = double(n());
    return 100.0
           * std::sqrt(variance(double(promoters) / total, double(detractors) / total) / total);
}

double NpsFigures::adjustedNps() const
{
    const double total = double(n()) + 3.0;
    return 100.0 * ((double(promoters) + 0.75) - (double(detractors) + 0.75)) / total;
}

double NpsFigures::adjustedStandardError() const
{
    const double total = double(n()) + 3.0;
    const double pc = (double(promoters) + 0.75) / total;
    const double pd = (double(detractors) + 0.75) / total;
    return 100.0 * std::sqrt(variance(pc, pd) / total);
}

std::optional<NpsInterval> NpsFigures::interval() const
{
    if (isEmpty())
        return std::nullopt;
    const double centre = adjustedNps();
    const double margin = Z95 * adjustedStandardError();
    return NpsInterval{std::max(-100.0, centre - margin), std::min(100.0, centre + margin)};
}

void NpsFigures::add(int score)
{
    switch (scoreGroup(score)) {
    case ScoreGroup::Detractor:
        ++detractors;
        break;
    case ScoreGroup::Passive:
        ++passives;
        break;
    case ScoreGroup::Promoter:
        ++promoters;
        break;
    }
}

NpsFigures NpsFigures::operator+(const NpsFigures &o) const
{
    return {detractors + o.detractors, passives + o.passives, promoters + o.promoters};
}

NpsFigures NpsFigures::operator-(const NpsFigures &o) const
{
    return {detractors - o.detractors, passives - o.passives, promoters - o.promoters};
}

NpsBand npsBand(double nps)
{
    return npsBand(nps, {0, 30, 50});
}

NpsBand npsBand(double nps, const std::array<double, 3> &limits)
{
    if (nps < limits[0])
        return NpsBand::NeedsAttention;
    if (nps < limits[1])
        return NpsBand::Acceptable;
    if (nps < limits[2])
        return NpsBand::Strong;
    return NpsBand::Excellent;
}

QString npsBandName(NpsBand band)
{
    switch (band) {
    case NpsBand::NeedsAttention:
        return QCoreApplication::translate("NpsBand", "needs attention");
    case NpsBand::Acceptable:
        return QCoreApplication::translate("NpsBand", "acceptable");
    case NpsBand::Strong:
        return QCoreApplication::translate("NpsBand", "strong");
    case NpsBand::Excellent:
        return QCoreApplication::translate("NpsBand", "excellent");
    }
    return {};
}
