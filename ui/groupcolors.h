#pragma once

#include "metrics/npsfigures.h"

#include <QColor>

// The colours of the three groups, the same in every chart and table. From the Okabe–Ito
// palette, so that they stay apart for colour-blind readers: vermillion, golden yellow, blue.
namespace GroupColors {

inline QColor of(ScoreGroup group)
{
    switch (group) {
    case ScoreGroup::Detractor:
        return QColor(0xD5, 0x5E, 0x00);
    case ScoreGroup::Passive:
        return QColor(0xE6, 0xB4, 0x00);
    case ScoreGroup::Promoter:
        return QColor(0x00, 0x72, 0xB2);
    }
    return {};
}

inline QColor forScore(int score)
{
    return of(scoreGroup(score));
}

// Text drawn on top of a group colour.
inline QColor textOn(ScoreGroup group)
{
    return group == ScoreGroup::Passive ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
}

} // namespace GroupColors
