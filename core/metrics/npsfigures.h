#pragma once

#include <QString>

#include <array>
#include <optional>

// The three groups of the Net Promoter Score: detractors 0–6, passives 7–8, promoters 9–10.
enum class ScoreGroup { Detractor, Passive, Promoter };

inline ScoreGroup scoreGroup(int score)
{
    return score >= 9   ? ScoreGroup::Promoter
           : score >= 7 ? ScoreGroup::Passive
                        : ScoreGroup::Detractor;
}

// part as a share of whole in percent (0–100); nullopt when whole is 0.
inline std::optional<double> percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional(100.0 * double(part) / double(whole)) : std::nullopt;
}

// A 95% interval in NPS points.
struct NpsInterval
{
    double low = 0;
    double high = 0;
};

// Counts of one sample and everything that follows from them (../shared/domain.md): NPS from
// counts, never from rounded shares; plain Wald standard error; adjusted Wald 95% interval
// (Rocks 2016: 0.75 / 1.5 / 0.75 pseudo-observations, centred on the adjusted NPS, clamped).
struct NpsFigures
{
    qint64 detractors = 0;
    qint64 passives = 0;
    qint64 promoters = 0;

    static constexpr int SmallSample = 30;
    static constexpr const char *MethodKey = "adjusted-wald-95";

    qint64 n() const { return detractors + passives + promoters; }
    bool isEmpty() const { return n() == 0; }
    bool isSmallSample() const { return n() < SmallSample; }

    // Shares in percent (0–100); nullopt when n = 0.
    std::optional<double> promoterShare() const;
    std::optional<double> passiveShare() const;
    std::optional<double> detractorShare() const;

    std::optional<double> nps() const;           // −100…+100
    std::optional<double> standardError() const; // plain Wald, in points
    double adjustedNps() const;                  // with the pseudo-observations
    double adjustedStandardError() const;        // in points
    std::optional<NpsInterval> interval() const; // adjusted Wald 95%, nullopt when n = 0

    void add(int score);
    NpsFigures operator+(const NpsFigures &other) const;
    NpsFigures operator-(const NpsFigures &other) const;
    bool operator==(const NpsFigures &) const = default;
};

// The band an NPS falls in (domain.md): below 0, 0–30, 30–50, 50 and up.
enum class NpsBand { NeedsAttention, Acceptable, Strong, Excellent };
NpsBand npsBand(double nps);
// The same with a project's own limits (ReferenceBands), lowest first.
NpsBand npsBand(double nps, const std::array<double, 3> &limits);
QString npsBandName(NpsBand band); // translated
