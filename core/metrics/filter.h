#pragma once

#include "metrics/period.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class ResponseCache;
class ThemeMembership;

// What the analyst is looking at: one type drives the dashboard, the open answers and the report.
struct Filter
{
    enum Group : quint8 { Detractors = 1, Passives = 2, Promoters = 4, AllGroups = 7 };
    static constexpr quint16 AllScores = 0x7FF; // bit s: score s (0…10)

    std::optional<QDate> from; // inclusive
    std::optional<QDate> to;   // inclusive
    Granularity granularity = Granularity::Quarter;
    quint8 groups = AllGroups;  // responses without a score only show when all are chosen
    quint16 scores = AllScores; // exact scores (a histogram bar); both must accept a score
    // dimension index -> allowed value codes; absent = all. For a multi-select dimension a
    // response passes when it chose any of them.
    QMap<int, QSet<quint16>> segments;
    bool onlyWithAnswer = false;
    QString text;     // contained in the open answer, case-insensitive
    int question = 0; // the open question that onlyWithAnswer and text look at (0: primary)
    // Only the responses whose answer carries any of these themes (OR, like a segment's
    // values): theme indices in `themeMembership` (the project's, ThemeAnalysis), each with its
    // label for describe() and the chips. Empty or no membership: every response.
    QMap<int, QString> themes;
    std::shared_ptr<const ThemeMembership> themeMembership;

    // Is there a theme criterion (a chosen theme the membership knows)?
    bool hasTheme() const;
    // The chosen themes the membership knows, ascending.
    QList<int> validThemes() const;
    // Without any theme criterion.
    Filter withoutThemes() const;

    bool hasDateRange() const { return from.has_value() || to.has_value(); }
    bool isDefault() const { return *this == Filter{}; }
    bool acceptsGroupOf(int score) const;
    // Does a response with this score (−1: none) pass the groups and the exact scores?
    bool acceptsScore(int score) const;
    bool restrictsScores() const { return groups != AllGroups || scores != AllScores; }
    // The scores chosen, in order (empty when all are).
    QList<int> chosenScores() const;
    static quint16 scoreBit(int score) { return quint16(1u << score); }
    // The filter in words, e.g. "Touchpoint: Support · detractors" (translated); dimensions
    // by their short labels when given (one per dimension), else by their names.
    QString
    describe(const ResponseCache &cache, bool dutch = false, const QStringList &labels = {}) const;

    bool operator==(const Filter &) const = default;
};
