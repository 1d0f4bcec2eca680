#pragma once

#include "text/answercorpus.h"

#include <QString>

#include <vector>

// The grouping step of ThemeSuggester: frequent terms and phrases ("candidates") become groups
// of answers. Each answer keeps one bit per group it is in, so a million answers cost eight
// bytes each.
class ThemeGrouping
{
public:
    static constexpr int MaxGroups = 64;

    struct Candidate
    {
        std::vector<quint32> terms;              // one term, or a phrase
        std::vector<quint32> answers;            // ascending
        double weight = 0;                       // responses with it
        QString key;                             // for ties: the same order on every run
        std::vector<std::vector<quint32>> forms; // the keywords it becomes: a term, its negation
        bool echo = false; // the question's own words ("like", "reason"): joins, never leads
    };
    struct Group
    {
        std::vector<int> members; // candidates, the seed first
        std::vector<int> seeds;   // the members that started a group ending in this one
        double weight = 0;        // responses in the group
        double distinct = 0;      // different answers in the group
    };

    // candidates sorted by weight, strongest first; w: weight of each answer.
    ThemeGrouping(const AnswerCorpus &corpus,
                  std::vector<Candidate> candidates,
                  std::vector<double> w,
                  int maxGroups);

    // A candidate joins the group that already holds most of its answers (the share's lower
    // bound at one standard error, so that a handful of answers cannot pull in a common
    // word), or starts a group. Terms that are only sentiment ("goed", "slow") start groups
    // after all the others had their turn.
    void seed(double tooCommon);
    // Groups that share half the answers of the smaller one become one.
    void mergeOverlapping(double overlap);
    // Groups whose answers speak of the same things become one: the terms around one
    // group's keywords are the terms of the other ("factuur klopte niet", "rekening klopte
    // niet"). Weighted Jaccard of IDF-weighted term profiles.
    void mergeSimilar(double similarity);

    // A term whose answers, where they speak of something else, mostly speak of it without
    // the group's other keywords, means something else there ("customer" in "customer
    // service" and in "a customer for years"): it leaves the group, its phrases stay.
    void pruneIncoherent(double minCoherence);

    // Cohesion: a member that did not start a group stays only when most of its different
    // answers (not responses: a text given by many respondents is one piece of evidence) also
    // hold one of the group's seeds, at the share's lower bound. A word said of many topics
    // ("great", "works", "went") is with each of them in a few answers only, and leaves.
    void keepCohesive(double minShare);

    // Groups that name one concept of the lexicon's tables ("levering", "delivery",
    // "Lieferung") are one theme in any language: a group's concept is the one its keywords
    // name in most responses, and the largest group keeps the others.
    void mergeConcepts();

    const std::vector<Candidate> &candidates() const { return m_candidates; }
    const std::vector<Group> &groups() const { return m_groups; }
    // Wilson's lower bound of a share p of n observations, at one standard error.
    static double lowerBound(double p, double n);
    double weightOfAll() const { return m_total; }
    const std::vector<double> &weights() const { return m_w; } // of each answer
    std::vector<quint32> answersOf(int group) const;           // ascending

private:
    // false: it joined no group and started none. exclude: a group it may not join.
    bool place(int candidate, bool maySeed, int exclude = -1);
    int freeGroup();
    bool isJudgement(
        int candidate) const; // only sentiment terms ("great", "slow") // −1 when all are taken
    void mergeInto(int keep, int drop);
    void updateWeights();
    void rebuildMasks();
    bool pruneOnce(double minCoherence);

    const AnswerCorpus &m_corpus;
    std::vector<Candidate> m_candidates;
    std::vector<double> m_w;
    std::vector<quint64> m_mask; // per answer
    std::vector<Group> m_groups;
    int m_maxGroups;
    int m_seedLimit = 0;
    double m_total = 0;
    double m_tooCommon = 1;
};
