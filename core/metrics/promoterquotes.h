#pragma once

#include <QList>
#include <QString>

#include <span>
#include <vector>

class AnswerCorpus;
class ResponseCache;
class ThemeMembership;

// The promoters' answers that say a theme best, for testimonials: the answers whose words are
// most like the theme's words among promoters (cosine with the theme's term profile), positive
// ones first, personal data masked. Each text once.
struct PromoterQuote
{
    quint32 row = 0;    // one response that gave it
    quint32 answer = 0; // the corpus answer
    QString text;       // masked
    double score = 0;
};

class PromoterQuotes
{
public:
    // pass: the rows of the filter (cache order).
    static QList<PromoterQuote> forTheme(const ResponseCache &cache,
                                         const AnswerCorpus &corpus,
                                         const ThemeMembership &membership,
                                         const std::vector<quint8> &pass,
                                         int theme,
                                         int count = 3);
    // The same among all the theme's answers, whatever their score, sentiment left out:
    // example answers that show what a theme is about.
    static QList<PromoterQuote> examples(const ResponseCache &cache,
                                         const AnswerCorpus &corpus,
                                         const ThemeMembership &membership,
                                         const std::vector<quint8> &pass,
                                         int theme,
                                         int count = 3);

    // One distinct answer of the theme under the filter: the first row that gave it, how many
    // did, and its distinct terms (without Break) at [termsBegin, termsEnd) of a terms array.
    struct Candidate
    {
        quint32 answer = 0;
        quint32 row = 0;
        qint64 weight = 0;
        size_t termsBegin = 0;
        size_t termsEnd = 0;
    };
    // The `count` candidates (ascending by answer) most like their profile, masked.
    static QList<PromoterQuote> best(const AnswerCorpus &corpus,
                                     std::span<const Candidate> answers,
                                     std::span<const quint32> terms,
                                     int count,
                                     bool promotersOnly);

private:
    static QList<PromoterQuote> representative(const ResponseCache &cache,
                                               const AnswerCorpus &corpus,
                                               const ThemeMembership &membership,
                                               const std::vector<quint8> &pass,
                                               int theme,
                                               int count,
                                               bool promotersOnly);
};
