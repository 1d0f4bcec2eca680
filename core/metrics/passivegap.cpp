#include "metrics/passivegap.h"

#include "metrics/responsecache.h"
#include "metrics/thememembership.h"
#include "metrics/themereport.h"
#include "text/answercorpus.h"
#include "text/themesuggester.h"

#include <algorithm>

namespace {

constexpr qint64 MinPassives = 5; // fewer mentions say nothing about the group

struct Groups
{
    qint64 passives = 0, promoters = 0; // with an answer
};

Groups answered(const ResponseCache &cache, const std::vector<quint8> &pass)
{
    Groups g;
    for (qsizetype row = 0; row < cache.size(); ++row) {
        const qint8 s = cache.score(row);
        if (!pass[size_t(row)] || cache.answerIndex(row) == 0 || s < 7)
            continue;
        ++(s >= 9 ? g.promoters : g.passives);
    }
    return g;
}

void rank(QList<PassiveGapItem> &items, const Groups &g)
{
    QList<PassiveGapItem> kept;
    for (PassiveGapItem &item : items) {
        if (item.passives < MinPassives || g.passives == 0 || g.promoters == 0)
            continue;
        item.passiveShare = 100.0 * double(item.passives) / double(g.passives);
        item.promoterShare = 100.0 * double(item.promoters) / double(g.promoters);
        const auto c = ShareComparison::compare(
            double(item.passives), double(g.passives), double(item.promoters), double(g.promoters));
        if (!c || c->delta <= 0)
            continue;
        item.comparison = *c;
        kept.append(item);
    }
    std::stable_sort(
        kept.begin(), kept.end(), [](const PassiveGapItem &a, const PassiveGapItem &b) {
            return a.comparison.z > b.comparison.z;
        });
    items = kept;
}

} // namespace

QList<PassiveGapItem> PassiveGap::themes(const ResponseCache &cache,
                                         const ThemeMembership &membership,
                                         const std::vector<quint8> &pass)
{
    QList<PassiveGapItem> items;
    for (int t = 0; t < membership.themeCount(); ++t) {
        PassiveGapItem item;
        item.theme = t;
        for (quint32 row : membership.rows(t)) {
            const qint8 s = cache.score(row);
            if (pass[row] && s >= 7)
                ++(s >= 9 ? item.promoters : item.passives);
        }
        items.append(item);
    }
    rank(items, answered(cache, pass));
    return items;
}

QList<PassiveGapItem> PassiveGap::themes(const ThemeReportResult &figures)
{
    QList<PassiveGapItem> items;
    items.reserve(figures.themes.size());
    for (const ThemeFigures &f : figures.themes) {
        PassiveGapItem item;
        item.theme = f.theme;
        item.passives = f.figures.passives;
        item.promoters = f.figures.promoters;
        items.append(item);
    }
    rank(items, {figures.answeredByGroup[1], figures.answeredByGroup[2]});
    return items;
}

QList<PassiveGapItem> PassiveGap::words(const ResponseCache &cache,
                                        const AnswerCorpus &corpus,
                                        const std::vector<quint8> &pass,
                                        int count)
{
    // Answers by group first, then terms by answer: each distinct answer is read once.
    std::vector<std::array<qint64, 2>> byAnswer(size_t(corpus.size()), {0, 0});
    for (qsizetype row = 0; row < cache.size(); ++row) {
        const qint8 s = cache.score(row);
        const quint32 a = cache.answerIndex(row);
        if (pass[size_t(row)] && a != 0 && s >= 7 && qsizetype(a) < corpus.size())
            ++byAnswer[a][s >= 9 ? 1 : 0];
    }
    std::vector<std::array<qint64, 2>> byTerm(corpus.termCount(), {0, 0});
    std::vector<quint32> seen(corpus.termCount(), quint32(-1));
    for (qsizetype a = 1; a < corpus.size(); ++a) {
        if (byAnswer[size_t(a)][0] == 0 && byAnswer[size_t(a)][1] == 0)
            continue;
        for (quint32 t : corpus.terms(a)) {
            if (t == AnswerCorpus::Break || seen[t] == quint32(a))
                continue;
            seen[t] = quint32(a);
            byTerm[t][0] += byAnswer[size_t(a)][0];
            byTerm[t][1] += byAnswer[size_t(a)][1];
        }
    }
    QList<PassiveGapItem> items;
    for (quint32 t = 0; t < corpus.termCount(); ++t) {
        if (byTerm[t][0] < MinPassives)
            continue;
        PassiveGapItem item;
        item.term = t;
        item.passives = byTerm[t][0];
        item.promoters = byTerm[t][1];
        items.append(item);
    }
    rank(items, answered(cache, pass));
    if (items.size() > count)
        items.resize(count);
    for (PassiveGapItem &item : items) {
        const auto answers = corpus.answersWith(item.term);
        item.label = ThemeSuggester::surfaceOf(corpus, {item.term}, answers).first;
    }
    return items;
}
