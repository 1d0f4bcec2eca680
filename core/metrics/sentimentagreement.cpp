#include "metrics/sentimentagreement.h"

#include "metrics/npsfigures.h"
#include "metrics/responsecache.h"
#include "text/answercorpus.h"

namespace {

qint64 sum(const std::array<qint64, 3> &row)
{
    return row[0] + row[1] + row[2];
}

} // namespace

std::optional<double> SentimentAgreement::promotersPositive() const
{
    return percentOf(counts[2][2], sum(counts[2]));
}

std::optional<double> SentimentAgreement::detractorsNegative() const
{
    return percentOf(counts[0][0], sum(counts[0]));
}

std::optional<double> SentimentAgreement::agreement() const
{
    return percentOf(counts[2][2] + counts[0][0], sum(counts[2]) + sum(counts[0]));
}

SentimentAgreement SentimentAgreement::measure(const ResponseCache &cache,
                                               const AnswerCorpus &corpus,
                                               const std::vector<quint8> *pass)
{
    SentimentAgreement a;
    for (qsizetype row = 0; row < cache.size(); ++row) {
        const qint8 score = cache.score(row);
        const quint32 answer = cache.answerIndex(row);
        if (score < 0 || answer == 0 || (pass && !(*pass)[size_t(row)])
            || qsizetype(answer) >= corpus.size() || corpus.terms(answer).empty())
            continue;
        const int group = score >= 9 ? 2 : score >= 7 ? 1 : 0;
        ++a.counts[size_t(group)][size_t(int(corpus.sentiment(answer))) + 1];
    }
    return a;
}
