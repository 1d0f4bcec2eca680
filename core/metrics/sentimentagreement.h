#pragma once

#include <QtGlobal>

#include <array>
#include <optional>
#include <vector>

class AnswerCorpus;
class ResponseCache;

// How well the sentiment of the answers agrees with the scores: promoters' answers should
// read positive, detractors' negative. Counts per score group and sentiment.
struct SentimentAgreement
{
    // [detractor, passive, promoter][negative, neutral, positive]
    std::array<std::array<qint64, 3>, 3> counts{};

    std::optional<double> promotersPositive() const;  // % of promoters' answers read positive
    std::optional<double> detractorsNegative() const; // % of detractors' answers read negative
    // Promoters read positive and detractors negative, of all their answers (%).
    std::optional<double> agreement() const;

    // pass: only the rows it flags (cache order); every row when null.
    static SentimentAgreement measure(const ResponseCache &cache,
                                      const AnswerCorpus &corpus,
                                      const std::vector<quint8> *pass = nullptr);
};
