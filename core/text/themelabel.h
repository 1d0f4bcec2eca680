#pragma once

#include "text/answercorpus.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <span>
#include <vector>

// The label of a suggested theme: the phrase of one to three terms its answers say most often
// and that holds one of its keywords ("Levering te laat", "Went the extra mile"), when most of
// them say it, written as
// they write it, in sentence case (words they capitalise inside a sentence, "RStudio", "NIST",
// "Lieferung", keep their capitals); else none, and the theme is named by its keyword.
class ThemeLabel
{
public:
    static constexpr int MaxWords = 4;

    // answers: the theme's, ascending; w: each answer's weight; keywordTerms: the terms of the
    // theme's keywords (a phrase that starts with one comes first);
    // question: the open question's terms ("like" in "I like the community"), in no label;
    // taken: labels of larger themes, in lower case, not given again.
    static QString phrase(const AnswerCorpus &corpus,
                          std::span<const quint32> answers,
                          const std::vector<double> &w,
                          const std::vector<quint32> &keywordTerms,
                          const std::vector<quint32> &question,
                          const QSet<QString> &taken);

    // The way a term sequence is written in the answers, the most frequent first, with the
    // capitals of each word as they are written inside a sentence; the first letter upper case.
    static QString sentenceCase(const AnswerCorpus &corpus,
                                const std::vector<quint32> &sequence,
                                std::span<const quint32> answers);

    // Where a term sequence is written: up to `samples` of the answers that hold it, taken
    // evenly from `answers`, each once, at its first occurrence: found(answer, maskedText,
    // start, end) with the occurrence's characters in the masked text.
    using Occurrence = std::function<void(
        quint32 answer, const QString &masked, qsizetype start, qsizetype end)>;
    static void sampleOccurrences(const AnswerCorpus &corpus,
                                  const std::vector<quint32> &sequence,
                                  std::span<const quint32> answers,
                                  int samples,
                                  const Occurrence &found);
    // The most frequent of the counted texts; on a tie the shorter, then the first in order.
    static QString mostFrequent(const QHash<QString, int> &counts);
};
