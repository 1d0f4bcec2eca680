#include "text/themelabel.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace {

constexpr size_t LabelSampled = 4000; // answers a label is read from, evenly spread
constexpr int LabelSamples = 40;
// Most of the theme's responses say it, not just half ("De medewerker dacht echt met me mee"
// is 42 of the 76 that make "Medewerker"), in half its different answers at least: one text
// that many respondents gave can name a theme of two texts, not one of hundreds.
constexpr double LabelShare = 0.6;
constexpr double LabelDistinct = 0.5;

struct Gram
{
    std::array<quint32, 3> terms{};
    int size = 0;
    double weight = 0;
    double distinct = 0;
};

quint64 gramKey(const std::array<quint32, 3> &t, int size)
{
    // Terms are below 2^21 in any corpus a desktop reads; the size keeps "a b" apart from "a b 0".
    return (quint64(t[0]) << 43) ^ (quint64(t[1]) << 22) ^ quint64(t[2]) ^ (quint64(size) << 62);
}

bool sentenceStart(QStringView text, qsizetype at)
{
    for (qsizetype i = at - 1; i >= 0; --i) {
        const QChar c = text[i];
        if (c.isLetterOrNumber())
            return false;
        if (c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':' || c == u'\n')
            return true;
    }
    return true;
}

// The words of a span as written, the punctuation between them gone.
QStringList writtenWords(QStringView span)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < span.size(); ++i) {
        const QChar c = span[i];
        const bool inWord
            = c.isLetterOrNumber()
              || ((c == u'\'' || c == QChar(0x2019) || c == u'-') && i > 0 && i + 1 < span.size()
                  && span[i - 1].isLetterOrNumber() && span[i + 1].isLetterOrNumber());
        if (inWord) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

} // namespace

QString ThemeLabel::sentenceCase(const AnswerCorpus &corpus,
                                 const std::vector<quint32> &sequence,
                                 std::span<const quint32> answers)
{
    // How often each lower-case surface is written, and each word's capitals inside a sentence.
    QHash<QString, int> surfaces;
    QHash<QString, QHash<QString, int>> inside; // lower case → as written, mid-sentence
    sampleOccurrences(corpus,
                      sequence,
                      answers,
                      LabelSamples,
                      [&](quint32, const QString &masked, qsizetype start, qsizetype end) {
                          const QStringList words
                              = writtenWords(QStringView(masked).mid(start, end - start));
                          ++surfaces[words.join(u' ').toLower()];
                          qsizetype at = start;
                          for (const QString &word : words) {
                              at = masked.indexOf(word, at);
                              if (at >= 0 && !sentenceStart(masked, at))
                                  ++inside[word.toLower()][word];
                              at = at < 0 ? start : at + word.size();
                          }
                      });
    const QString best = mostFrequent(surfaces);
    if (best.isEmpty())
        return {};
    QStringList words = best.split(u' ');
    for (QString &word : words) {
        // The most frequent way it is written inside a sentence: "RStudio", "Lieferung".
        const QHash<QString, int> forms = inside.value(word);
        QString form = word;
        int formCount = 0;
        for (auto it = forms.cbegin(); it != forms.cend(); ++it) {
            if (it.value() > formCount || (it.value() == formCount && it.key() > form)) {
                form = it.key();
                formCount = it.value();
            }
        }
        word = form;
    }
    QString label = words.join(u' ');
    label[0] = label.at(0).toUpper();
    return label;
}

QString ThemeLabel::phrase(const AnswerCorpus &corpus,
                           std::span<const quint32> answers,
                           const std::vector<double> &w,
                           const std::vector<quint32> &keywordTerms,
                           const std::vector<quint32> &question,
                           const QSet<QString> &taken)
{
    // Phrases of two and three terms within a clause, in an even sample of the answers, each
    // counted once per answer.
    QHash<quint64, Gram> grams;
    std::vector<quint64> seen;
    double weight = 0, distinct = 0;
    const size_t stride = std::max<size_t>(1, answers.size() / LabelSampled);
    for (size_t i = 0; i < answers.size(); i += stride) {
        const quint32 a = answers[i];
        if (w[a] <= 0)
            continue;
        weight += w[a];
        ++distinct;
        const auto seq = corpus.terms(a);
        seen.clear();
        for (size_t s = 0; s + 1 < seq.size(); ++s) {
            for (int n = 2; n <= 3 && s + size_t(n) <= seq.size(); ++n) {
                std::array<quint32, 3> t{};
                bool clause = true;
                for (int k = 0; k < n; ++k) {
                    t[size_t(k)] = seq[s + size_t(k)];
                    clause = clause && t[size_t(k)] != AnswerCorpus::Break;
                }
                if (!clause)
                    break;
                const quint64 key = gramKey(t, n);
                if (std::find(seen.begin(), seen.end(), key) != seen.end())
                    continue;
                seen.push_back(key);
                Gram &g = grams[key];
                g.terms = t;
                g.size = n;
                g.weight += w[a];
                ++g.distinct;
            }
        }
    }
    // Said in most of the theme's responses and different answers, holding one of its keywords
    // and naming a topic: not judgements or measures ("great", "lang") alone.
    std::vector<Gram> typical;
    for (const Gram &g : std::as_const(grams)) {
        if (g.weight < LabelShare * weight || g.distinct < LabelDistinct * distinct)
            continue;
        const auto end = g.terms.begin() + g.size;
        const bool names = std::any_of(
            g.terms.begin(), end, [&corpus](quint32 t) { return !corpus.isLexiconTerm(t); });
        const bool ofTheme = std::any_of(g.terms.begin(), end, [&keywordTerms](quint32 t) {
            return std::find(keywordTerms.begin(), keywordTerms.end(), t) != keywordTerms.end();
        });
        const bool asked = std::any_of(g.terms.begin(), end, [&question](quint32 t) {
            return std::find(question.begin(), question.end(), t & ~1u) != question.end();
        });
        if (names && ofTheme && !asked)
            typical.push_back(g);
    }
    const auto topical = [&corpus](const Gram &g) {
        return std::count_if(g.terms.begin(), g.terms.begin() + g.size, [&corpus](quint32 t) {
            return !corpus.isLexiconTerm(t);
        });
    };
    const auto leads = [&keywordTerms](const Gram &g) {
        return std::find(keywordTerms.begin(), keywordTerms.end(), g.terms[0])
               != keywordTerms.end();
    };
    // Most said; then the one that starts with the theme's keyword ("extra mile" in a theme
    // of "extra"), that names most topics, that is shortest; then by its terms, so that every
    // run gives the same label.
    std::sort(typical.begin(), typical.end(), [&](const Gram &a, const Gram &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (leads(a) != leads(b))
            return leads(a);
        if (topical(a) != topical(b))
            return topical(a) > topical(b);
        if (a.size != b.size)
            return a.size < b.size;
        return a.terms < b.terms;
    });
    for (const Gram &g : typical) {
        const std::vector<quint32> sequence(g.terms.begin(), g.terms.begin() + g.size);
        std::vector<quint32> with;
        for (quint32 a : answers) {
            const auto seq = corpus.terms(a);
            if (std::search(seq.begin(), seq.end(), sequence.begin(), sequence.end()) != seq.end())
                with.push_back(a);
            if (with.size() >= size_t(LabelSamples))
                break;
        }
        QString label = sentenceCase(corpus, sequence, with);
        if (!label.isEmpty() && label.count(u' ') < MaxWords && !taken.contains(label.toLower()))
            return label;
    }
    return {};
}

void ThemeLabel::sampleOccurrences(const AnswerCorpus &corpus,
                                   const std::vector<quint32> &sequence,
                                   std::span<const quint32> answers,
                                   int samples,
                                   const Occurrence &found)
{
    int sampled = 0;
    const size_t stride = std::max<size_t>(1, answers.size() / size_t(samples));
    for (size_t i = 0; i < answers.size() && sampled < samples; i += stride) {
        const quint32 a = answers[i];
        const std::vector<AnswerCorpus::TermSpan> spans = corpus.termSpans(a);
        for (size_t s = 0; s + sequence.size() <= spans.size(); ++s) {
            bool same = true;
            for (size_t k = 0; k < sequence.size() && same; ++k)
                same = spans[s + k].term == sequence[k];
            if (!same)
                continue;
            found(a, corpus.maskedText(a), spans[s].start, spans[s + sequence.size() - 1].end);
            ++sampled;
            break;
        }
    }
}

QString ThemeLabel::mostFrequent(const QHash<QString, int> &counts)
{
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const bool better = it.value() > bestCount
                            || (it.value() == bestCount
                                && (it.key().size() < best.size()
                                    || (it.key().size() == best.size() && it.key() < best)));
        if (better) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}
