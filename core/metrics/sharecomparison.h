#pragma once

#include <QtGlobal>

#include <optional>

// Is the difference between two shares of independent samples real (this quarter's share of
// answers about a theme against last quarter's, passives against promoters)? Two-proportion
// z-test with the pooled share, two-sided p, significant below 0.05.
struct ShareComparison
{
    double delta = 0; // share(a) − share(b), in percentage points
    double z = 0;
    double p = 1;
    bool significant = false;

    // nullopt when either sample is empty.
    static std::optional<ShareComparison> compare(double hitsA, double nA, double hitsB, double nB);
};
