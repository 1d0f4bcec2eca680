#pragma once

#include "import/dateparser.h"
#include "import/vocabulary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

// What the sample rows show about one column: how many answered, which missing markers it
// holds, whether its answers are scores, numbers, years, dates, or text (and how long, how many
// words, how varied). Role detection decides from these figures and the header's concepts.
struct ColumnProfile
{
    QString header;                // the name, normalised
    Vocabulary::Concepts concepts; // what the header says
    int rows = 0;                  // sample rows
    int answered = 0;              // neither empty nor a missing marker

    QHash<QString, int> markers; // missing markers as written → count
    int softwareMarkers = 0, symbolMarkers = 0, dontKnowMarkers = 0;

    int scores = 0; // whole numbers 0–10, labels allowed ("10 - Extremely")
    std::array<int, 11> scoreCounts{};
    int numbers = 0;            // any number, labels allowed
    int integers = 0;           // a bare whole number
    int years = 0;              // bare whole numbers 1900–2100
    QHash<int, int> outOfRange; // bare whole numbers outside 0–10 → count
    QHash<QString, int> values; // every answered value → count
    QHash<QString, int> texts;  // answered values that are not numbers → count
    qint64 totalLength = 0;
    qint64 totalWords = 0;
    int sentences = 0; // answers of four words or more
    DateParser::Evidence dates;

    int markerCount() const { return softwareMarkers + symbolMarkers + dontKnowMarkers; }
    double share(int count) const { return answered ? double(count) / answered : 0; }
    double answerRate() const { return rows ? double(answered) / rows : 0; }
    double averageLength() const { return answered ? double(totalLength) / answered : 0; }
    double averageWords() const { return answered ? double(totalWords) / answered : 0; }
    int distinct() const { return int(values.size()); }
    double distinctRatio() const { return answered ? double(values.size()) / answered : 0; }
    int minScore() const;
    int maxScore() const;
    bool has(Vocabulary::Concept c) const { return concepts.has(c); }
};

// Profiles every column of the sample. A column's concepts are those of its name and of its id
// (Qualtrics' "ResponseId" under "Response ID"), each matched on its own.
QList<ColumnProfile>
profileColumns(const QStringList &names, const QStringList &ids, const QList<QStringList> &rows);
