#pragma once

#include <QDate>
#include <QString>

#include <optional>

enum class Granularity { Month, Quarter, Year };

// A calendar month, quarter or year: "2025-07", "2025-Q3" (Dutch "2025-K3"), "2025".
struct Period
{
    Granularity granularity = Granularity::Quarter;
    int index = 0; // months, quarters or years counted from year 0

    static Period containing(QDate date, Granularity granularity);
    static Period containingJulianDay(qint64 day, Granularity granularity);
    // Accepts "2025-Q3", "2025-K3", "2025-07" and "2025".
    static std::optional<Period> parse(const QString &text);

    QDate firstDay() const;
    QDate lastDay() const;
    Period previous() const { return {granularity, index - 1}; }
    Period sameOneYearEarlier() const;
    // "2025-Q3", or "2025-K3" when dutch is true.
    QString label(bool dutch = false) const;

    static QString granularityKey(Granularity granularity); // month, quarter, year
    static std::optional<Granularity> granularityFromKey(const QString &key);

    bool operator==(const Period &) const = default;
};
