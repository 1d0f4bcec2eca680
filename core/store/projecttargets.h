#pragma once

#include <QList>
#include <QString>

#include <array>
#include <optional>

// An industry or competitor NPS to hold a score against, with where it comes from.
struct NpsBenchmark
{
    QString name;   // "Retail banking, NL"
    double nps = 0; // −100…+100
    QString source; // "Bain & Company, 2024"
    bool operator==(const NpsBenchmark &) const = default;
};

// A target for the responses with one segment value ("Touchpoint" = "Support": +20).
struct SegmentTarget
{
    QString dimension; // by name, so that it survives new imports that renumber the values
    QString value;
    double nps = 0;
    bool operator==(const SegmentTarget &) const = default;
};

// The limits of the four reference bands (../shared/domain.md: below 0 / 0–30 / 30–50 / 50+),
// changeable per project with the source of the choice.
struct ReferenceBands
{
    std::array<double, 3> limits{0, 30, 50};
    QString source;
    bool isDefault() const { return limits == std::array<double, 3>{0, 30, 50}; }
    bool operator==(const ReferenceBands &) const = default;
};

// What a project measures its NPS against: a target (the team's KPI), optional targets per
// segment value, the reference bands and benchmarks.
struct ProjectTargets
{
    std::optional<double> target;
    QList<SegmentTarget> segmentTargets;
    ReferenceBands bands;
    QList<NpsBenchmark> benchmarks;

    // The target of one segment value, else the project's.
    std::optional<double> targetFor(const QString &dimension, const QString &value) const
    {
        for (const SegmentTarget &t : segmentTargets) {
            if (t.dimension.compare(dimension, Qt::CaseInsensitive) == 0
                && t.value.compare(value, Qt::CaseInsensitive) == 0)
                return t.nps;
        }
        return target;
    }
    bool isEmpty() const
    {
        return !target && segmentTargets.isEmpty() && bands.isDefault() && bands.source.isEmpty()
               && benchmarks.isEmpty();
    }
    bool operator==(const ProjectTargets &) const = default;
};
