#include "text/themegrouping.h"

#include "text/lexicon.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace {

constexpr double JoinPhrase = 0.5; // share of a phrase's answers a group must hold to take it
constexpr double JoinTerm = 0.6;   // the same for a single term
constexpr double MinLift = 2.0;    // a term characterises a group at twice its usual share
constexpr double JoinLift = 1.2;   // a term joins a group that holds more of it than chance

} // namespace

double ThemeGrouping::lowerBound(double p, double n)
{
    if (n <= 0)
        return 0;
    const double z2 = 1.0;
    const double centre = p + z2 / (2 * n);
    const double spread = std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return (centre - spread) / (1 + z2 / n);
}

namespace {

// Ruzicka's weighted Jaccard: how much of the two profiles they have in common. Unlike the
// cosine it weighs how strongly a group is about its terms, so a group of unrelated answers
// with a few terms above chance resembles no topic.
double ruzicka(const std::vector<double> &a, const std::vector<double> &b)
{
    double low = 0, high = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        low += std::min(a[i], b[i]);
        high += std::max(a[i], b[i]);
    }
    return high > 0 ? low / high : 0;
}

} // namespace

ThemeGrouping::ThemeGrouping(const AnswerCorpus &corpus,
                             std::vector<Candidate> candidates,
                             std::vector<double> w,
                             int maxGroups)
    : m_corpus(corpus)
    , m_candidates(std::move(candidates))
    , m_w(std::move(w))
    , m_mask(m_w.size(), 0)
    , m_maxGroups(std::clamp(maxGroups, 1, MaxGroups))
{
    for (double x : m_w)
        m_total += x;
}

int ThemeGrouping::freeGroup()
{
    // A group emptied by a merge is free again (its bit is clear in every answer).
    int live = 0;
    for (const Group &g : m_groups)
        live += !g.members.empty();
    if (live >= m_seedLimit)
        return -1;
    for (int g = 0; g < int(m_groups.size()); ++g) {
        if (m_groups[size_t(g)].members.empty()) {
            m_groups[size_t(g)].weight = 0;
            return g;
        }
    }
    if (int(m_groups.size()) >= m_maxGroups)
        return -1;
    m_groups.push_back({});
    return int(m_groups.size()) - 1;
}

bool ThemeGrouping::place(int c, bool maySeed, int exclude)
{
    const Candidate &cand = m_candidates[size_t(c)];
    std::array<double, MaxGroups> shared{};
    for (quint32 a : cand.answers) {
        for (quint64 bits = m_mask[a]; bits; bits &= bits - 1)
            shared[size_t(std::countr_zero(bits))] += m_w[a];
    }
    int best = -1;
    for (int g = 0; g < int(m_groups.size()); ++g) {
        if (!m_groups[size_t(g)].members.empty() && g != exclude
            && (best < 0 || shared[size_t(g)] > shared[size_t(best)]))
            best = g;
    }
    const double join = cand.terms.size() > 1 ? JoinPhrase : JoinTerm;
    int into = -1;
    // Most of its answers in the group, and more than chance would put there: a group that
    // holds most answers of all holds most of anything.
    const double share = best >= 0 ? shared[size_t(best)] / cand.weight : 0;
    const double chance = best >= 0 ? m_groups[size_t(best)].weight / m_total : 1;
    if (best >= 0 && lowerBound(share, double(cand.answers.size())) >= join
        && share >= JoinLift * chance)
        into = best;
    else if (maySeed && cand.weight <= m_tooCommon * m_total)
        into = freeGroup();
    if (into < 0)
        return false;
    Group &group = m_groups[size_t(into)];
    if (group.members.empty())
        group.seeds = {c};
    group.members.push_back(c);
    const quint64 bit = quint64(1) << into;
    for (quint32 a : cand.answers) {
        if (!(m_mask[a] & bit)) {
            m_mask[a] |= bit;
            group.weight += m_w[a];
            group.distinct += m_w[a] > 0 ? 1 : 0;
        }
    }
    return true;
}

void ThemeGrouping::seed(double tooCommon)
{
    m_tooCommon = tooCommon;
    // A quarter of the groups waits for the sentiment words: "klacht", "complaint" and
    // "storing" judge, but they are topics too.
    m_seedLimit = m_maxGroups - m_maxGroups / 4;
    std::vector<int> later;
    for (int c = 0; c < int(m_candidates.size()); ++c) {
        const Candidate &cand = m_candidates[size_t(c)];
        const bool topical = std::any_of(cand.terms.begin(), cand.terms.end(), [this](quint32 t) {
            return !m_corpus.isSentimentTerm(t);
        });
        // Sentiment words join the topic they belong to, or wait their turn.
        if (!place(c, topical && !cand.echo) && !cand.echo)
            later.push_back(c);
    }
    m_seedLimit = m_maxGroups;
    for (int c : later)
        place(c, true);
    updateWeights();
}

void ThemeGrouping::updateWeights()
{
    for (Group &g : m_groups)
        g.weight = g.distinct = 0;
    for (size_t a = 0; a < m_mask.size(); ++a) {
        if (m_w[a] <= 0)
            continue;
        for (quint64 bits = m_mask[a]; bits; bits &= bits - 1) {
            Group &g = m_groups[size_t(std::countr_zero(bits))];
            g.weight += m_w[a];
            ++g.distinct;
        }
    }
}

void ThemeGrouping::mergeInto(int keep, int drop)
{
    Group &kept = m_groups[size_t(keep)];
    Group &dropped = m_groups[size_t(drop)];
    kept.members.insert(kept.members.end(), dropped.members.begin(), dropped.members.end());
    kept.seeds.insert(kept.seeds.end(), dropped.seeds.begin(), dropped.seeds.end());
    dropped.members.clear();
    dropped.seeds.clear();
    const quint64 dropBit = quint64(1) << drop, keepBit = quint64(1) << keep;
    for (quint64 &bits : m_mask) {
        if (bits & dropBit)
            bits = (bits & ~dropBit) | keepBit;
    }
    updateWeights();
}

void ThemeGrouping::mergeOverlapping(double overlap)
{
    for (;;) {
        const size_t g = m_groups.size();
        std::vector<double> pair(g * g, 0), pairDistinct(g * g, 0);
        for (size_t a = 0; a < m_mask.size(); ++a) {
            const quint64 bits = m_mask[a];
            if (std::popcount(bits) < 2 || m_w[a] <= 0)
                continue;
            for (quint64 i = bits; i; i &= i - 1) {
                const int x = std::countr_zero(i);
                for (quint64 j = i & (i - 1); j; j &= j - 1) {
                    const size_t xy = size_t(x) * g + size_t(std::countr_zero(j));
                    pair[xy] += m_w[a];
                    ++pairDistinct[xy];
                }
            }
        }
        double best = overlap;
        int keep = -1, drop = -1;
        for (size_t x = 0; x < g; ++x) {
            for (size_t y = x + 1; y < g; ++y) {
                const Group &gx = m_groups[x], &gy = m_groups[y];
                if (gx.members.empty() || gy.members.empty())
                    continue;
                const double o = pair[x * g + y] / std::min(gx.weight, gy.weight);
                const double lift = pair[x * g + y] * m_total / (gx.weight * gy.weight);
                if (lift < MinLift)
                    continue; // no more than chance: one of them holds most answers
                // Shared in different answers too: one text that many respondents gave names
                // the app and the invoices, and makes neither part of the other.
                const Group &smaller = gx.weight <= gy.weight ? gx : gy;
                if (!(lowerBound(pairDistinct[x * g + y] / smaller.distinct, smaller.distinct)
                      > overlap))
                    continue;
                if (o > best || (o == best && keep < 0)) {
                    best = o;
                    const bool xFirst = gx.weight >= gy.weight;
                    keep = int(xFirst ? x : y);
                    drop = int(xFirst ? y : x);
                }
            }
        }
        if (keep < 0)
            return;
        mergeInto(keep, drop);
    }
}

void ThemeGrouping::mergeSimilar(double similarity)
{
    // The single-term candidates are the dimensions of the profiles.
    // A term and its negation are one dimension: "internet" and "geen internet" speak of
    // the same thing.
    std::vector<int> dimensionOfTerm(m_corpus.termCount(), -1);
    std::vector<double> idf, background;
    std::vector<std::vector<int>> dimensionsOfAnswer(m_w.size());
    double distinctTotal = 0;
    for (double x : m_w)
        distinctTotal += x > 0 ? 1 : 0;
    if (distinctTotal == 0)
        return;
    for (const Candidate &cand : m_candidates) {
        if (cand.terms.size() != 1)
            continue;
        const quint32 t = cand.terms.front() & ~1u;
        int dim = dimensionOfTerm[t];
        if (dim < 0) {
            dim = int(idf.size());
            idf.push_back(0);
            background.push_back(0);
        }
        dimensionOfTerm[t] = dimensionOfTerm[t + 1] = dim;
        background[size_t(dim)] += double(cand.answers.size()) / distinctTotal;
        idf[size_t(dim)] = std::log(1 / std::min(1.0, background[size_t(dim)]));
        for (quint32 a : cand.answers) {
            if (dimensionsOfAnswer[a].empty() || dimensionsOfAnswer[a].back() != dim)
                dimensionsOfAnswer[a].push_back(dim);
        }
    }
    const size_t d = idf.size();
    if (d == 0)
        return;
    // Each group's profile: the share of its different answers holding each term. Counted in
    // different answers, not responses: one text that many gave is one piece of evidence of
    // what words go together, however often it was given.
    const size_t g = m_groups.size();
    std::vector<std::vector<double>> profile(g, std::vector<double>(d, 0));
    for (size_t a = 0; a < m_mask.size(); ++a) {
        if (m_w[a] <= 0)
            continue;
        for (quint64 bits = m_mask[a]; bits; bits &= bits - 1) {
            auto &p = profile[size_t(std::countr_zero(bits))];
            for (int dim : dimensionsOfAnswer[a])
                ++p[size_t(dim)];
        }
    }
    // Only terms twice as common as in all answers count, and only in two different answers
    // or more: a group of unrelated answers has an empty profile and resembles nothing, and
    // neither does a word that one of its answers happens to hold.
    for (size_t x = 0; x < g; ++x) {
        for (size_t i = 0; i < d; ++i) {
            const double share
                = m_groups[x].distinct > 0 ? profile[x][i] / m_groups[x].distinct : 0;
            profile[x][i]
                = share >= MinLift * background[i] && profile[x][i] >= 2 ? share * idf[i] : 0;
        }
    }
    // Similarity of every two groups: their profiles without the two lead terms, so that
    // "factuur" and "rekening" are alike when the rest of their answers are.
    std::vector<int> leadDimension(g, -1);
    for (size_t x = 0; x < g; ++x) {
        if (!m_groups[x].members.empty()) {
            const Candidate &lead = m_candidates[size_t(m_groups[x].members.front())];
            for (quint32 t : lead.terms)
                leadDimension[x] = std::max(leadDimension[x], dimensionOfTerm[t]);
        }
    }
    std::vector<double> link(g * g, 0);
    for (size_t x = 0; x < g; ++x) {
        for (size_t y = x + 1; y < g; ++y) {
            if (m_groups[x].members.empty() || m_groups[y].members.empty())
                continue;
            std::vector<double> px = profile[x], py = profile[y];
            for (int lead : {leadDimension[x], leadDimension[y]}) {
                if (lead >= 0)
                    px[size_t(lead)] = py[size_t(lead)] = 0;
            }
            link[x * g + y] = link[y * g + x] = ruzicka(px, py);
        }
    }
    // Average linkage: two clusters merge when their groups resemble each other on average,
    // so that one broad group cannot chain them all.
    std::vector<double> clusterSize(g, 1);
    for (;;) {
        double best = similarity;
        int keep = -1, drop = -1;
        for (size_t x = 0; x < g; ++x) {
            for (size_t y = x + 1; y < g; ++y) {
                if (m_groups[x].members.empty() || m_groups[y].members.empty())
                    continue;
                const double sim = link[x * g + y];
                if (sim > best || (sim == best && keep < 0)) {
                    best = sim;
                    const bool xFirst = m_groups[x].weight >= m_groups[y].weight;
                    keep = int(xFirst ? x : y);
                    drop = int(xFirst ? y : x);
                }
            }
        }
        if (keep < 0)
            return;
        const auto k = size_t(keep), dr = size_t(drop);
        for (size_t z = 0; z < g; ++z) {
            if (z == k || z == dr)
                continue;
            const double merged
                = (link[k * g + z] * clusterSize[k] + link[dr * g + z] * clusterSize[dr])
                  / (clusterSize[k] + clusterSize[dr]);
            link[k * g + z] = link[z * g + k] = merged;
        }
        clusterSize[k] += clusterSize[dr];
        mergeInto(keep, drop);
    }
}

void ThemeGrouping::rebuildMasks()
{
    std::fill(m_mask.begin(), m_mask.end(), 0);
    for (size_t g = 0; g < m_groups.size(); ++g) {
        for (int m : m_groups[g].members) {
            for (quint32 a : m_candidates[size_t(m)].answers)
                m_mask[a] |= quint64(1) << g;
        }
    }
    updateWeights();
}

void ThemeGrouping::pruneIncoherent(double minCoherence)
{
    // A term that leaves can leave others without the keyword that held them: a few rounds.
    for (int round = 0; round < 3; ++round) {
        if (!pruneOnce(minCoherence))
            return;
    }
}

bool ThemeGrouping::pruneOnce(double minCoherence)
{
    // How many candidates each answer holds, and how many of one group.
    std::vector<quint8> held(m_w.size(), 0), inGroup(m_w.size(), 0);
    for (const Candidate &c : m_candidates) {
        for (quint32 a : c.answers)
            held[a] = quint8(std::min(255, held[a] + 1));
    }
    std::vector<int> leaving;
    for (Group &g : m_groups) {
        std::vector<int> single;
        for (int m : g.members) {
            if (m_candidates[size_t(m)].terms.size() == 1)
                single.push_back(m);
        }
        if (single.size() < 2)
            continue;
        for (int m : single) {
            for (quint32 a : m_candidates[size_t(m)].answers)
                ++inGroup[a];
        }
        std::vector<int> dropped;
        double bestCoherence = -1;
        int best = -1;
        for (int m : single) {
            const Candidate &c = m_candidates[size_t(m)];
            double apart = 0;
            for (quint32 a : c.answers) {
                // Without another keyword of the group, but with other words that count.
                if (inGroup[a] == 1 && held[a] > 1)
                    apart += m_w[a];
            }
            const double coherence = 1 - apart / c.weight;
            // The lead made the group: it leaves only when most of it is elsewhere.
            const double needed = m == g.members.front() ? minCoherence - 0.25 : minCoherence;
            if (coherence < needed)
                dropped.push_back(m);
            if (coherence > bestCoherence)
                bestCoherence = coherence, best = m;
        }
        for (int m : single) {
            for (quint32 a : m_candidates[size_t(m)].answers)
                inGroup[a] = 0;
        }
        if (dropped.size() == single.size())
            dropped.erase(std::find(dropped.begin(), dropped.end(), best));
        for (int m : dropped) {
            g.members.erase(std::find(g.members.begin(), g.members.end(), m));
            if (const auto it = std::find(g.seeds.begin(), g.seeds.end(), m); it != g.seeds.end())
                g.seeds.erase(it);
        }
        if (g.seeds.empty() && !g.members.empty())
            g.seeds = {g.members.front()};
        leaving.insert(leaving.end(), dropped.begin(), dropped.end());
    }
    if (leaving.empty())
        return false;
    rebuildMasks();
    // What left a group can start its own ("packages" out of "community").
    std::sort(leaving.begin(), leaving.end());
    for (int m : leaving)
        place(m, !m_candidates[size_t(m)].echo);
    updateWeights();
    return true;
}

void ThemeGrouping::keepCohesive(double minShare)
{
    std::vector<quint8> core(m_w.size(), 0);
    std::vector<std::pair<int, int>> leaving; // candidate, the group it left
    for (int gi = 0; gi < int(m_groups.size()); ++gi) {
        Group &g = m_groups[size_t(gi)];
        if (g.members.size() < 2)
            continue;
        // The core: the members that started a group. Synonyms merged by their context
        // ("levering", "bezorging") are each other's core; a word that joined one of them
        // is checked against all.
        for (int seed : g.seeds) {
            for (quint32 a : m_candidates[size_t(seed)].answers)
                core[a] = 1;
        }
        std::vector<int> kept;
        for (int m : g.members) {
            const bool seed = std::find(g.seeds.begin(), g.seeds.end(), m) != g.seeds.end();
            double distinct = 0, withCore = 0, weight = 0, weightWithCore = 0;
            for (quint32 a : m_candidates[size_t(m)].answers) {
                if (m_w[a] <= 0)
                    continue;
                ++distinct;
                weight += m_w[a];
                if (core[a]) {
                    ++withCore;
                    weightWithCore += m_w[a];
                }
            }
            const bool cohesive = distinct > 0
                                  && lowerBound(withCore / distinct, distinct) >= minShare
                                  && weightWithCore >= minShare * weight;
            if (seed || cohesive)
                kept.push_back(m);
            else
                leaving.emplace_back(m, gi);
        }
        g.members = std::move(kept);
        for (int seed : g.seeds) {
            for (quint32 a : m_candidates[size_t(seed)].answers)
                core[a] = 0;
        }
    }
    if (leaving.empty())
        return;
    rebuildMasks();
    // What left may start a theme of its own, or join another it belongs to.
    std::sort(leaving.begin(), leaving.end());
    for (const auto &[m, left] : leaving)
        place(m, !m_candidates[size_t(m)].echo, left);
    updateWeights();
}

std::vector<quint32> ThemeGrouping::answersOf(int group) const
{
    std::vector<quint32> answers;
    const quint64 bit = quint64(1) << group;
    for (size_t a = 0; a < m_mask.size(); ++a) {
        if (m_mask[a] & bit)
            answers.push_back(quint32(a));
    }
    return answers;
}

void ThemeGrouping::mergeConcepts()
{
    const Lexicon &lexicon = Lexicon::instance();
    // A group's concept: the one its keywords name most, by their responses.
    std::vector<int> conceptOf(m_groups.size(), -1);
    for (size_t g = 0; g < m_groups.size(); ++g) {
        std::vector<double> named(size_t(lexicon.conceptNames().size()), 0);
        for (int m : m_groups[g].members) {
            const Candidate &c = m_candidates[size_t(m)];
            const int ofTerm = c.terms.size() == 1
                                   ? lexicon.conceptOf(m_corpus.termText(c.terms.front() & ~1u))
                                   : -1;
            if (ofTerm >= 0)
                named[size_t(ofTerm)] += c.weight;
        }
        const auto most = std::max_element(named.begin(), named.end());
        if (most != named.end() && *most > 0)
            conceptOf[g] = int(most - named.begin());
    }
    for (;;) {
        int keep = -1, drop = -1;
        for (size_t x = 0; x < m_groups.size() && keep < 0; ++x) {
            for (size_t y = x + 1; y < m_groups.size() && keep < 0; ++y) {
                if (conceptOf[x] < 0 || conceptOf[x] != conceptOf[y] || m_groups[x].members.empty()
                    || m_groups[y].members.empty())
                    continue;
                const bool xFirst = m_groups[x].weight >= m_groups[y].weight;
                keep = int(xFirst ? x : y);
                drop = int(xFirst ? y : x);
            }
        }
        if (keep < 0)
            break;
        mergeInto(keep, drop);
        conceptOf[size_t(drop)] = -1;
    }
    // A keyword that names another group's concept is of that group: "Preis" and "Rechnung"
    // that a group of "Beschwerde" took in go to the price and the invoices.
    bool moved = false;
    for (size_t g = 0; g < m_groups.size(); ++g) {
        std::vector<int> kept;
        for (int m : m_groups[g].members) {
            const Candidate &c = m_candidates[size_t(m)];
            const int named = c.terms.size() == 1
                                  ? lexicon.conceptOf(m_corpus.termText(c.terms.front() & ~1u))
                                  : -1;
            const auto to = std::find(conceptOf.begin(), conceptOf.end(), named);
            if (named < 0 || named == conceptOf[g] || to == conceptOf.end()
                || m == m_groups[g].members.front()) {
                kept.push_back(m);
                continue;
            }
            m_groups[size_t(to - conceptOf.begin())].members.push_back(m);
            if (const auto seed = std::find(m_groups[g].seeds.begin(), m_groups[g].seeds.end(), m);
                seed != m_groups[g].seeds.end())
                m_groups[g].seeds.erase(seed);
            moved = true;
        }
        m_groups[g].members = std::move(kept);
    }
    if (moved)
        rebuildMasks();
}
