#pragma once

#include "metrics/responsecache.h"

#include <QDate>

// A small, known cache for the model tests: 24 responses over two quarters, two touchpoints.
inline ResponseCache fixtureCache()
{
    ResponseCache::Builder b(
        {{QStringLiteral("Touchpoint"), {QStringLiteral("Online"), QStringLiteral("Support")}}});
    const qint8 scores[]
        = {10, 9, 3, 7, 8, 0, 10, -1, 6, 9, 10, 5, 9, 9, 8, 2, 10, 7, 4, 9, 10, 1, 8, 9};
    const char *answers[]
        = {"great", "", "slow support", "ok",   "",          "terrible", "love it", "no score",
           "meh",   "", "fast",         "late", "Brilliant", "",         "fine",    "broken",
           "wow",   "", "bad app",      "nice", "",          "awful",    "good",    "Zeer goed"};
    for (int i = 0; i < 24; ++i) {
        const quint16 codes[] = {quint16(i % 3 == 0 ? 1 : 0)};
        const QDate date = QDate(2025, 1, 5).addDays(qint64(i) * 7);
        b.add(scores[i], qint32(date.toJulianDay()), QString::fromUtf8(answers[i]), codes);
    }
    return b.finish();
}
