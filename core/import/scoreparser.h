#pragma once

#include <QString>
#include <QStringView>

// Reads a 0–10 recommendation score as survey tools write it: "9", "9.0", "10 - Extremely
// likely", "0 = Not at all likely", "9 (zeer waarschijnlijk)". Never coerces anything else.
class ScoreParser
{
public:
    enum class Kind { Empty, Score, Invalid };
    struct Result
    {
        Kind kind = Kind::Empty;
        int score = -1;
        QString reason; // for Invalid
    };

    static Result parse(QStringView text);
    // Same rules, for plain numeric columns (CSAT, CES): any number, label text allowed.
    static std::optional<double> parseNumber(QStringView text);
};
