#include "text/phrasefinder.h"

#include <algorithm>
#include <cmath>

namespace {

// A flat hash map from a pair (or triple) of terms to a weighted count.
class Counter
{
public:
    static constexpr quint64 Empty = ~quint64(0);

    Counter()
        : m_keys(1 << 12, Empty)
        , m_values(1 << 12, 0)
    {}

    void add(quint64 key, double weight)
    {
        size_t slot = find(key);
        if (m_keys[slot] == Empty) {
            m_keys[slot] = key;
            if (++m_size * 2 > m_keys.size()) {
                grow();
                slot = find(key);
            }
        }
        m_values[slot] += weight;
    }
    double value(quint64 key) const
    {
        const size_t slot = find(key);
        return m_keys[slot] == Empty ? 0 : m_values[slot];
    }
    template<typename F>
    void forEach(F f) const
    {
        for (size_t i = 0; i < m_keys.size(); ++i) {
            if (m_keys[i] != Empty)
                f(m_keys[i], m_values[i]);
        }
    }

private:
    size_t find(quint64 key) const
    {
        const size_t mask = m_keys.size() - 1;
        size_t slot = size_t((key * 0x9e3779b97f4a7c15ull) >> 20) & mask;
        while (m_keys[slot] != Empty && m_keys[slot] != key)
            slot = (slot + 1) & mask;
        return slot;
    }
    void grow()
    {
        std::vector<quint64> keys(m_keys.size() * 2, Empty);
        std::vector<double> values(keys.size(), 0);
        std::swap(keys, m_keys);
        std::swap(values, m_values);
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] != Empty) {
                const size_t slot = find(keys[i]);
                m_keys[slot] = keys[i];
                m_values[slot] = values[i];
            }
        }
    }

    std::vector<quint64> m_keys;
    std::vector<double> m_values;
    size_t m_size = 0;
};

quint64 pairKey(quint32 a, quint32 b)
{
    return (quint64(a) << 32) | b;
}

double xlogx(double k, double n)
{
    return k > 0 ? k * std::log(k / n) : 0;
}

} // namespace

double PhraseFinder::logLikelihood(double k11, double k12, double k21, double k22)
{
    // G² = 2 Σ k·ln(k·N / (row · column)), written with entropies as Dunning does.
    const double n = k11 + k12 + k21 + k22;
    const double rows = xlogx(k11 + k12, n) + xlogx(k21 + k22, n);
    const double columns = xlogx(k11 + k21, n) + xlogx(k12 + k22, n);
    const double cells = xlogx(k11, n) + xlogx(k12, n) + xlogx(k21, n) + xlogx(k22, n);
    return std::max(0.0, 2 * (cells - rows - columns));
}

std::vector<PhraseFinder::Phrase> PhraseFinder::find(const AnswerCorpus &corpus,
                                                     std::span<const quint32> weights,
                                                     double minCount,
                                                     double minG2)
{
    const quint32 terms = corpus.termCount();
    const auto weightOf = [&weights](qsizetype a) {
        return weights.empty() ? 1.0 : double(weights[size_t(a)]);
    };
    // Terms frequent enough to be part of a phrase.
    std::vector<bool> frequent(terms, false);
    for (quint32 t = 0; t < terms; ++t) {
        double w = 0;
        for (quint32 a : corpus.answersWith(t))
            w += weightOf(a);
        frequent[t] = w >= minCount;
    }
    // Adjacent pairs within a clause, and how often each term starts or ends one.
    Counter pairs;
    std::vector<double> asFirst(terms, 0), asSecond(terms, 0);
    double positions = 0;
    for (qsizetype a = 0; a < corpus.size(); ++a) {
        const double w = weightOf(a);
        if (w == 0)
            continue;
        const auto seq = corpus.terms(a);
        for (size_t i = 0; i + 1 < seq.size(); ++i) {
            const quint32 x = seq[i], y = seq[i + 1];
            if (x == AnswerCorpus::Break || y == AnswerCorpus::Break)
                continue;
            positions += w;
            asFirst[x] += w;
            asSecond[y] += w;
            if (frequent[x] && frequent[y] && x != y)
                pairs.add(pairKey(x, y), w);
        }
    }
    std::vector<Phrase> found;
    Counter significant;
    pairs.forEach([&](quint64 key, double k11) {
        if (k11 < minCount)
            return;
        const auto x = quint32(key >> 32), y = quint32(key);
        const double k12 = asFirst[x] - k11, k21 = asSecond[y] - k11;
        const double k22 = positions - k11 - k12 - k21;
        if (k11 * positions <= asFirst[x] * asSecond[y])
            return; // together less often than chance: not a phrase
        const double g2 = logLikelihood(k11, k12, k21, k22);
        if (g2 < minG2)
            return;
        found.push_back({{x, y}, k11, g2});
        significant.add(key, 1);
    });
    // Three terms: a significant pair followed by a term that is significant after its middle.
    Counter tripleCounts;
    std::vector<std::array<quint32, 3>> tripleKeys;
    Counter tripleIndex;
    for (qsizetype a = 0; a < corpus.size(); ++a) {
        const double w = weightOf(a);
        if (w == 0)
            continue;
        const auto seq = corpus.terms(a);
        for (size_t i = 0; i + 2 < seq.size(); ++i) {
            const quint32 x = seq[i], y = seq[i + 1], z = seq[i + 2];
            if (x == AnswerCorpus::Break || y == AnswerCorpus::Break || z == AnswerCorpus::Break)
                continue;
            if (significant.value(pairKey(x, y)) == 0 || significant.value(pairKey(y, z)) == 0)
                continue;
            // Number each distinct triple, through a hash of its terms (probing on collision).
            const std::array<quint32, 3> triple{x, y, z};
            quint64 key = (pairKey(x, y) * 0x100000001b3ull) ^ z;
            double index = tripleIndex.value(key);
            while (index != 0 && tripleKeys[size_t(index) - 1] != triple) {
                if (++key == Counter::Empty)
                    key = 0;
                index = tripleIndex.value(key);
            }
            if (index == 0) {
                tripleKeys.push_back(triple);
                index = double(tripleKeys.size());
                tripleIndex.add(key, index);
            }
            tripleCounts.add(quint64(index), w);
        }
    }
    tripleCounts.forEach([&](quint64 index, double k11) {
        if (k11 < minCount)
            return;
        const auto &[x, y, z] = tripleKeys[size_t(index) - 1];
        const double pair = pairs.value(pairKey(x, y));
        const double k12 = pair - k11, k21 = asSecond[z] - k11;
        const double k22 = positions - k11 - k12 - k21;
        if (k11 * positions <= pair * asSecond[z])
            return;
        const double g2 = logLikelihood(k11, k12, k21, k22);
        if (g2 >= minG2)
            found.push_back({{x, y, z}, k11, g2});
    });
    std::sort(found.begin(), found.end(), [](const Phrase &a, const Phrase &b) {
        if (a.g2 != b.g2)
            return a.g2 > b.g2;
        return a.terms < b.terms;
    });
    return found;
}
