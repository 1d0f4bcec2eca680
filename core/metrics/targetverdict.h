#pragma once

#include "metrics/npsfigures.h"

#include <QLocale>
#include <QString>

#include <optional>

// Is a score on target? Judged against its 95% interval, not the point alone, so that a team is
// not told it missed (or met) its KPI by a difference the sample cannot show.
struct TargetVerdict
{
    enum Kind {
        Above,             // the whole interval lies above the target
        OnTarget,          // the NPS meets the target; the interval reaches below it
        BelowWithinMargin, // the NPS is below the target; the interval reaches it
        Below,             // the whole interval lies below the target
    };
    Kind kind = OnTarget;
    double target = 0;
    double difference = 0; // NPS − target, in points

    static std::optional<TargetVerdict> judge(const NpsFigures &figures, double target);
    bool meets() const { return kind == Above || kind == OnTarget; }
    // "below the target of +40, but within the margin of error" (translated).
    QString inWords(const QLocale &locale) const;
};
