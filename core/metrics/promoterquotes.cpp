#include "metrics/promoterquotes.h"

#include "metrics/responsecache.h"
#include "metrics/thememembership.h"
#include "text/answercorpus.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qsizetype LongQuote = 240; // characters: longer answers make poor quotes

} // namespace

QList<PromoterQuote> PromoterQuotes::forTheme(const ResponseCache &cache,
                                              const AnswerCorpus &corpus,
                                              const ThemeMembership &membership,
                                              const std::vector<quint8> &pass,
                                              int theme,
                                              int count)
{
    return representative(cache, corpus, membership, pass, theme, count, true);
}

QList<PromoterQuote> PromoterQuotes::examples(const ResponseCache &cache,
                                              const AnswerCorpus &corpus,
                                              const ThemeMembership &membership,
                                              const std::vector<quint8> &pass,
                                              int theme,
                                              int count)
{
    return representative(cache, corpus, membership, pass, theme, count, false);
}

QList<PromoterQuote> PromoterQuotes::representative(const ResponseCache &cache,
                                                    const AnswerCorpus &corpus,
                                                    const ThemeMembership &membership,
                                                    const std::vector<quint8> &pass,
                                                    int theme,
                                                    int count,
                                                    bool promotersOnly)
{
    // The promoters' distinct answers in the theme, with their first row and weight: the rows
    // are ascending, so sorting (answer, row) pairs puts each answer's first row first.
    std::vector<std::pair<quint32, quint32>> hits; // answer, row
    for (quint32 row : membership.rows(theme)) {
        if (pass[row] && (!promotersOnly || cache.score(row) >= 9))
            hits.emplace_back(cache.answerIndex(row), row);
    }
    std::sort(hits.begin(), hits.end());
    std::vector<Candidate> answers;
    std::vector<quint32> terms;
    for (size_t i = 0; i < hits.size();) {
        size_t j = i + 1;
        while (j < hits.size() && hits[j].first == hits[i].first)
            ++j;
        Candidate a{hits[i].first, hits[i].second, qint64(j - i), terms.size(), 0};
        for (quint32 t : corpus.terms(a.answer)) {
            if (t != AnswerCorpus::Break)
                terms.push_back(t);
        }
        const auto first = terms.begin() + qsizetype(a.termsBegin);
        std::sort(first, terms.end());
        terms.erase(std::unique(first, terms.end()), terms.end());
        a.termsEnd = terms.size();
        answers.push_back(a);
        i = j;
    }
    return best(corpus, answers, terms, count, promotersOnly);
}

QList<PromoterQuote> PromoterQuotes::best(const AnswerCorpus &corpus,
                                          std::span<const Candidate> answers,
                                          std::span<const quint32> terms,
                                          int count,
                                          bool promotersOnly)
{
    // The theme's profile among promoters: how many responses use each term. The weights are
    // whole numbers, so the squared norm is summed exactly as the profile grows. The profile
    // is a zeroed scratch array kept per thread (a corpus has a hundred thousand terms or more),
    // and only the touched terms are cleared afterwards.
    thread_local std::vector<double> profile;
    if (profile.size() < size_t(corpus.termCount()))
        profile.resize(size_t(corpus.termCount()), 0);
    double norm2 = 0;
    for (const Candidate &a : answers) {
        const auto w = double(a.weight);
        for (size_t k = a.termsBegin; k < a.termsEnd; ++k) {
            double &p = profile[terms[k]];
            norm2 += 2 * p * w + w * w;
            p += w;
        }
    }
    const double norm = std::sqrt(norm2);
    QList<PromoterQuote> quotes;
    for (const Candidate &a : answers) {
        const size_t distinct = a.termsEnd - a.termsBegin;
        if (distinct == 0 || norm == 0)
            continue;
        double dot = 0;
        for (size_t k = a.termsBegin; k < a.termsEnd; ++k)
            dot += profile[terms[k]];
        double score = dot / (norm * std::sqrt(double(distinct)));
        switch (promotersOnly ? corpus.sentiment(a.answer) : AnswerCorpus::Sentiment::Positive) {
        case AnswerCorpus::Sentiment::Positive:
            break;
        case AnswerCorpus::Sentiment::Neutral:
            score *= 0.6;
            break;
        case AnswerCorpus::Sentiment::Negative:
            score *= 0.2;
            break;
        }
        if (corpus.text(a.answer).size() > LongQuote)
            score *= 0.5;
        quotes.append({a.row, a.answer, QString(), score});
    }
    for (const Candidate &a : answers) {
        for (size_t k = a.termsBegin; k < a.termsEnd; ++k)
            profile[terms[k]] = 0;
    }
    // The best `count` (a total order: each answer once), without sorting all the others.
    const auto better = [](const PromoterQuote &a, const PromoterQuote &b) {
        return a.score != b.score ? a.score > b.score : a.answer < b.answer;
    };
    const qsizetype kept = std::min<qsizetype>(std::max(0, count), quotes.size());
    std::partial_sort(quotes.begin(), quotes.begin() + kept, quotes.end(), better);
    quotes.resize(kept);
    for (PromoterQuote &q : quotes)
        q.text = corpus.maskedText(q.answer);
    return quotes;
}
