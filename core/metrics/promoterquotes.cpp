#include "metrics/promoterquotes.h"

#include "metrics/responsecache.h"
#include "metrics/thememembership.h"
#include "text/answercorpus.h"

#include <algorithm>
#include <cmath>
#include <map>

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
    // The promoters' distinct answers in the theme, with a row each and their weight.
    std::map<quint32, std::pair<quint32, qint64>> answers; // answer → first row, responses
    for (quint32 row : membership.rows(theme)) {
        if (pass[row] && (!promotersOnly || cache.score(row) >= 9)) {
            auto &entry = answers[cache.answerIndex(row)];
            if (entry.second++ == 0)
                entry.first = row;
        }
    }
    // The theme's profile among promoters: how many responses use each term.
    const auto termsOf = [&corpus](quint32 answer) {
        std::vector<quint32> terms(corpus.terms(answer).begin(), corpus.terms(answer).end());
        std::sort(terms.begin(), terms.end());
        terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
        terms.erase(std::remove(terms.begin(), terms.end(), AnswerCorpus::Break), terms.end());
        return terms;
    };
    std::vector<double> profile(corpus.termCount(), 0);
    for (const auto &[answer, entry] : answers) {
        for (quint32 t : termsOf(answer))
            profile[t] += double(entry.second);
    }
    double norm = 0;
    for (double v : profile)
        norm += v * v;
    norm = std::sqrt(norm);
    QList<PromoterQuote> quotes;
    for (const auto &[answer, entry] : answers) {
        const std::vector<quint32> terms = termsOf(answer);
        if (terms.empty() || norm == 0)
            continue;
        double dot = 0;
        for (quint32 t : terms)
            dot += profile[t];
        double score = dot / (norm * std::sqrt(double(terms.size())));
        switch (promotersOnly ? corpus.sentiment(answer) : AnswerCorpus::Sentiment::Positive) {
        case AnswerCorpus::Sentiment::Positive:
            break;
        case AnswerCorpus::Sentiment::Neutral:
            score *= 0.6;
            break;
        case AnswerCorpus::Sentiment::Negative:
            score *= 0.2;
            break;
        }
        if (corpus.text(answer).size() > LongQuote)
            score *= 0.5;
        quotes.append({entry.first, answer, QString(), score});
    }
    std::sort(quotes.begin(), quotes.end(), [](const PromoterQuote &a, const PromoterQuote &b) {
        return a.score != b.score ? a.score > b.score : a.answer < b.answer;
    });
    if (quotes.size() > count)
        quotes.resize(count);
    for (PromoterQuote &q : quotes)
        q.text = corpus.maskedText(q.answer);
    return quotes;
}
