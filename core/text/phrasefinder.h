#pragma once

#include "text/answercorpus.h"

#include <span>
#include <vector>

// Recurring two- and three-word phrases of a corpus, found statistically: adjacent terms
// (stop words in between do not count, so "levering te laat" is lever + laat) that occur
// together more often than their own frequencies predict, by Dunning's log-likelihood ratio
// G² (Dunning 1993, "Accurate methods for the statistics of surprise and coincidence").
// No fixed list: "customer service", "te lang", "open source" come out of the answers.
class PhraseFinder
{
public:
    struct Phrase
    {
        std::vector<quint32> terms;
        double count = 0; // weighted occurrences
        double g2 = 0;
    };
    // G² above 15.13 is p < 0.0001 with one degree of freedom.
    static constexpr double DefaultMinG2 = 15.13;

    // weights[a]: how many responses gave answer a (empty: one each). Phrases occurring fewer
    // than minCount times are left out. Strongest first.
    static std::vector<Phrase> find(const AnswerCorpus &corpus,
                                    std::span<const quint32> weights,
                                    double minCount,
                                    double minG2 = DefaultMinG2);

    // Dunning's G² of a 2×2 table: k11 both, k12 first only, k21 second only, k22 neither.
    static double logLikelihood(double k11, double k12, double k21, double k22);
};
