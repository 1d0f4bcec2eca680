#pragma once

#include <QList>
#include <QString>

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

private:
    static QList<PromoterQuote> representative(const ResponseCache &cache,
                                               const AnswerCorpus &corpus,
                                               const ThemeMembership &membership,
                                               const std::vector<quint8> &pass,
                                               int theme,
                                               int count,
                                               bool promotersOnly);
};
