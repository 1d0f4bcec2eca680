#pragma once

#include "metrics/promoterquotes.h"

#include <memory>
#include <vector>

class AnswerCorpus;
class ResponseCache;
class ThemeMembership;

// The promoter quotes of the Themes view under every new filter, without reading the responses
// and the corpus again: per theme (built when first asked) its promoters' rows, each with its
// distinct answer, and each answer's distinct terms, side by side. A filter then only counts
// the rows it passes. Gives what PromoterQuotes::forTheme() gives.
class PromoterQuoteIndex
{
public:
    // All three must outlive the index.
    PromoterQuoteIndex(const ResponseCache &cache,
                       const AnswerCorpus &corpus,
                       const ThemeMembership &membership);
    ~PromoterQuoteIndex();

    // pass: the rows of the filter (cache order).
    QList<PromoterQuote> forTheme(const std::vector<quint8> &pass, int theme, int count = 3);

private:
    struct Theme
    {
        std::vector<quint32> rows;      // the promoters' rows, ascending
        std::vector<quint32> slotOfRow; // per row: its answer's slot
        std::vector<quint32> answers;   // per slot: the corpus answer, ascending
        std::vector<size_t> termStarts; // per slot (+1): into terms
        std::vector<quint32> terms;     // per slot: its distinct terms, ascending
    };
    const Theme &theme(int index);

    const ResponseCache &m_cache;
    const AnswerCorpus &m_corpus;
    const ThemeMembership &m_membership;
    std::vector<std::unique_ptr<Theme>> m_themes;
};
