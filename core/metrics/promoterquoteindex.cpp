#include "metrics/promoterquoteindex.h"

#include "metrics/responsecache.h"
#include "metrics/thememembership.h"
#include "text/answercorpus.h"

#include <algorithm>

PromoterQuoteIndex::PromoterQuoteIndex(const ResponseCache &cache,
                                       const AnswerCorpus &corpus,
                                       const ThemeMembership &membership)
    : m_cache(cache)
    , m_corpus(corpus)
    , m_membership(membership)
    , m_themes(size_t(std::max(0, membership.themeCount())))
{}

PromoterQuoteIndex::~PromoterQuoteIndex() = default;

const PromoterQuoteIndex::Theme &PromoterQuoteIndex::theme(int index)
{
    std::unique_ptr<Theme> &t = m_themes[size_t(index)];
    if (t)
        return *t;
    t = std::make_unique<Theme>();
    for (quint32 row : m_membership.rows(index)) {
        if (m_cache.score(row) >= 9) {
            t->rows.push_back(row);
            t->answers.push_back(m_cache.answerIndex(row));
        }
    }
    // The answers' slots in ascending answer order, as PromoterQuotes walks them.
    std::vector<quint32> byRow = t->answers;
    std::sort(t->answers.begin(), t->answers.end());
    t->answers.erase(std::unique(t->answers.begin(), t->answers.end()), t->answers.end());
    t->slotOfRow.reserve(byRow.size());
    for (quint32 answer : byRow)
        t->slotOfRow.push_back(quint32(
            std::lower_bound(t->answers.begin(), t->answers.end(), answer) - t->answers.begin()));
    t->termStarts.reserve(t->answers.size() + 1);
    t->termStarts.push_back(0);
    for (quint32 answer : t->answers) {
        const size_t first = t->terms.size();
        for (quint32 term : m_corpus.terms(answer)) {
            if (term != AnswerCorpus::Break)
                t->terms.push_back(term);
        }
        const auto begin = t->terms.begin() + qsizetype(first);
        std::sort(begin, t->terms.end());
        t->terms.erase(std::unique(begin, t->terms.end()), t->terms.end());
        t->termStarts.push_back(t->terms.size());
    }
    return *t;
}

QList<PromoterQuote>
PromoterQuoteIndex::forTheme(const std::vector<quint8> &pass, int themeIndex, int count)
{
    if (themeIndex < 0 || size_t(themeIndex) >= m_themes.size())
        return {};
    const Theme &t = theme(themeIndex);
    // Per slot: the responses under the filter, and the first of them.
    std::vector<quint32> weight(t.answers.size(), 0);
    std::vector<quint32> firstRow(t.answers.size(), 0);
    for (size_t k = 0; k < t.rows.size(); ++k) {
        const quint32 row = t.rows[k];
        if (!pass[row])
            continue;
        const quint32 slot = t.slotOfRow[k];
        if (weight[slot]++ == 0)
            firstRow[slot] = row;
    }
    std::vector<PromoterQuotes::Candidate> candidates;
    for (size_t slot = 0; slot < t.answers.size(); ++slot) {
        if (weight[slot] > 0)
            candidates.push_back({t.answers[slot],
                                  firstRow[slot],
                                  qint64(weight[slot]),
                                  t.termStarts[slot],
                                  t.termStarts[slot + 1]});
    }
    return PromoterQuotes::best(m_corpus, candidates, t.terms, count, true);
}
