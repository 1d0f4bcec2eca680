#pragma once

#include "metrics/npsfigures.h"

#include <QString>

#include <optional>

// Is the difference between two independent samples (a period and the one before, a segment
// and the rest) real? z from the adjusted NPS and standard errors of each sample, two-sided p,
// significant below 0.05 (../shared/domain.md).
struct NpsComparison
{
    double delta = 0; // NPS(a) − NPS(b) in points, from the raw scores
    double z = 0;
    double p = 1;
    bool significant = false;

    static std::optional<NpsComparison> compare(const NpsFigures &a, const NpsFigures &b);
    // "a significant rise of 7 points", "within the margin of error" (translated).
    QString inWords() const;
};
