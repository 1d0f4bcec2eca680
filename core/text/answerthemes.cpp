#include "text/answerthemes.h"

#include <algorithm>
#include <bit>

namespace {

void sortUnique(std::vector<quint32> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

void AnswerThemes::matchSequence(const AnswerCorpus &corpus,
                                 const std::vector<quint32> &sequence,
                                 std::vector<quint32> &out)
{
    if (sequence.size() == 1) {
        const auto answers = corpus.answersWith(sequence.front());
        out.insert(out.end(), answers.begin(), answers.end());
        return;
    }
    // Start from the rarest term's answers and look for the whole sequence in each.
    std::span<const quint32> candidates = corpus.answersWith(sequence.front());
    for (quint32 t : sequence) {
        const auto answers = corpus.answersWith(t);
        if (answers.size() < candidates.size())
            candidates = answers;
    }
    for (quint32 a : candidates) {
        const auto terms = corpus.terms(a);
        const auto found
            = std::search(terms.begin(), terms.end(), sequence.begin(), sequence.end());
        if (found != terms.end())
            out.push_back(a);
    }
}

std::vector<quint32> AnswerThemes::matchKeyword(const AnswerCorpus &corpus,
                                                const ThemeKeyword &keyword)
{
    std::vector<quint32> out;
    if (keyword.text.trimmed().isEmpty())
        return out;
    if (keyword.kind == ThemeKeyword::Kind::Text) {
        // As the search box finds answers: the text as typed, in any case.
        for (qsizetype a = 1; a < corpus.size(); ++a) {
            if (corpus.text(a).contains(keyword.text, Qt::CaseInsensitive))
                out.push_back(quint32(a));
        }
        return out;
    }
    const QList<std::vector<quint32>> sequences = corpus.compile(keyword.text, keyword.language);
    for (const std::vector<quint32> &sequence : sequences)
        matchSequence(corpus, sequence, out);
    if (sequences.size() > 1)
        sortUnique(out); // each sequence's answers come sorted
    return out;
}

AnswerThemes AnswerThemes::match(const AnswerCorpus &corpus,
                                 const QList<Theme> &themes,
                                 const std::atomic_bool *cancel)
{
    AnswerThemes r;
    // A theme's answers: its keywords' answers set in a bitmap, read back in order.
    std::vector<quint64> bits((size_t(corpus.size()) + 63) / 64);
    for (const Theme &theme : themes) {
        if (cancel && cancel->load())
            return {};
        std::fill(bits.begin(), bits.end(), 0);
        for (const ThemeKeyword &k : theme.keywords) {
            for (quint32 a : matchKeyword(corpus, k))
                bits[a / 64] |= quint64(1) << (a % 64);
        }
        std::vector<quint32> answers;
        for (size_t word = 0; word < bits.size(); ++word) {
            for (quint64 b = bits[word]; b; b &= b - 1)
                answers.push_back(quint32(word * 64 + size_t(std::countr_zero(b))));
        }
        r.m_ids.push_back(theme.id);
        r.m_answers.push_back(std::move(answers));
    }
    // The same, answer by answer (counting sort: themes come out ascending).
    std::vector<quint32> counts(size_t(corpus.size()) + 1, 0);
    for (const auto &answers : r.m_answers) {
        for (quint32 a : answers)
            ++counts[size_t(a) + 1];
    }
    for (size_t i = 1; i < counts.size(); ++i)
        counts[i] += counts[i - 1];
    r.m_themeStarts = counts;
    r.m_themes.resize(counts.back());
    for (size_t t = 0; t < r.m_answers.size(); ++t) {
        for (quint32 a : r.m_answers[t])
            r.m_themes[counts[a]++] = quint16(t);
    }
    return r;
}

int AnswerThemes::indexOf(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}
