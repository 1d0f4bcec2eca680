#pragma once

#include "result.h"
#include "text/answercorpus.h"
#include "text/theme.h"

#include <QList>

#include <atomic>
#include <functional>
#include <span>

// Suggests the themes of a corpus: answers grouped by the terms and phrases they share.
// Frequent terms and significant phrases (PhraseFinder) are taken in order of frequency; a
// term joins the theme that already holds most of its answers, or starts a theme of its own;
// themes that share half their answers are merged. So "levering te laat", "pakket kwam te
// laat" and "bezorging was laat" end in one theme, "app" in Dutch and English answers in one
// theme because the languages share the stem, and "levering", "delivery" and "Lieferung" in
// one because the concepts' tables name one topic with them. Each theme is labelled with the
// phrase most of its answers say as written (ThemeLabel), else its word for the topic.
// Deterministic: the same answers give the same themes.
class ThemeSuggester
{
public:
    struct Options
    {
        int maxThemes = 30;
        double minShare = 0.005; // of the answers: smaller themes are not suggested
        double minAnswers = 5;
        // The open question ("What do you like best about R?"): its words are in many answers
        // without being what they are about, so they lead no theme.
        QString question;
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool *cancel = nullptr;
    };

    // weights[a]: how many responses gave answer a (empty: one each).
    static Result<QList<Theme>>
    suggest(const AnswerCorpus &corpus, std::span<const quint32> weights, const Options &options);
    static Result<QList<Theme>> suggest(const AnswerCorpus &corpus,
                                        std::span<const quint32> weights = {});

    // The most frequent way a term sequence is written in some of its answers ("levering te
    // laat"), and the language it is in (Unknown when several share it).
    static std::pair<QString, Language> surfaceOf(const AnswerCorpus &corpus,
                                                  const std::vector<quint32> &sequence,
                                                  std::span<const quint32> answers);
};
