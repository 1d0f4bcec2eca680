#pragma once

#include "metrics/sharecomparison.h"

#include <QList>
#include <QString>

#include <vector>

class AnswerCorpus;
class ResponseCache;
class ThemeMembership;
struct ThemeReportResult;

// What passives mention that promoters don't: "what stands between a 7–8 and a 9–10". Each
// theme (or word) with the share of passives' and of promoters' answers that mention it and
// the two-proportion test between them; ranked by z, the clearest difference first.
struct PassiveGapItem
{
    int theme = -1;      // a theme of the membership, or −1 for a word
    quint32 term = 0;    // the corpus term of a word
    QString label;       // the word as people write it; empty for a theme
    qint64 passives = 0; // passives' answers that mention it
    qint64 promoters = 0;
    double passiveShare = 0; // of the passives with an answer, %
    double promoterShare = 0;
    ShareComparison comparison; // passives against promoters
};

class PassiveGap
{
public:
    // pass: the rows of the filter (cache order). Only items more common among passives.
    static QList<PassiveGapItem> themes(const ResponseCache &cache,
                                        const ThemeMembership &membership,
                                        const std::vector<quint8> &pass);
    // The same from the themes' figures under the filter (ThemeReport::compute), which count
    // each theme's passives and promoters already: no row is read again.
    static QList<PassiveGapItem> themes(const ThemeReportResult &figures);
    static QList<PassiveGapItem> words(const ResponseCache &cache,
                                       const AnswerCorpus &corpus,
                                       const std::vector<quint8> &pass,
                                       int count = 10);
};
