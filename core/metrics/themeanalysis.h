#pragma once

#include "metrics/thememembership.h"
#include "result.h"
#include "text/answercorpus.h"
#include "text/answerthemes.h"
#include "text/codebook.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class ResponseCache;
class SurveyStore;

// The themes of a project as a window, a report or the command line needs them: the answers
// read (AnswerCorpus), the analyst's codebook, and which answers and responses carry which
// theme. Building it reads every distinct answer once (on every core); applying another
// codebook afterwards only matches keywords.
class ThemeAnalysis
{
public:
    struct Options
    {
        // A project without a codebook gets the suggested themes as its codebook, saved, so
        // that later imports are sorted into the same themes.
        bool suggestWhenEmpty = true;
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool *cancel = nullptr;
    };

    // What applying the codebook to a new import found: for the import's report.
    struct ImportThemes
    {
        bool hasCodebook = false;
        int themes = 0;
        qint64 answers = 0;          // distinct new answers read
        qint64 answersWithTheme = 0; // of them, carrying at least one theme
        bool sampled = false;        // a large import: only its newest SampledAnswers read
        QString summary() const;     // one line, translated
    };

    static Result<ThemeAnalysis>
    load(SurveyStore &store, const ResponseCache &cache, const Options &options);
    // Suggests themes from scratch (weights: responses per answer) and replaces the untouched
    // suggestions of the codebook with them; the analyst's themes stay.
    Status suggestAgain(SurveyStore &store, const Options &options);
    // Another codebook (after an edit): matches it, keeps the corpus.
    void setCodebook(const Codebook &codebook);

    // Called after an import commits: says how many of the import's answers the stored
    // codebook sorts into a theme (of a large import, from its newest distinct answers; the
    // themes of every answer follow from the codebook when the project is read).
    static constexpr qint64 SampledAnswers = 50'000;
    static Result<ImportThemes>
    afterImport(SurveyStore &store, qint64 importId, const std::atomic_bool *cancel = nullptr);

    const AnswerCorpus &corpus() const { return *m_corpus; }
    const Codebook &codebook() const { return m_codebook; }
    const AnswerThemes &answerThemes() const { return m_answerThemes; }
    const ThemeMembership &membership() const { return m_membership; }
    const ResponseCache &cache() const { return *m_cache; }
    // Responses per answer of the cache (the weights of suggestion).
    const std::vector<quint32> &weights() const { return m_weights; }
    QString question() const { return m_question; }
    // The open answers are the write-ins of a choice question ("MemberSiteOther"): they name
    // options, not reasons, so no themes are suggested from them (the analyst may make some).
    bool writeIns() const { return m_writeIns; }
    // The open question asks what respondents like ("What do you like best about …?"): its
    // themes are what is valued, not reasons for a low score (Vocabulary::asksForPraise).
    bool asksForPraise() const { return m_praise; }

private:
    ThemeAnalysis() = default;

    std::shared_ptr<const AnswerCorpus> m_corpus;
    const ResponseCache *m_cache = nullptr;
    Codebook m_codebook;
    AnswerThemes m_answerThemes;
    ThemeMembership m_membership;
    std::vector<quint32> m_weights;
    QString m_question;
    bool m_writeIns = false;
    bool m_praise = false;
};
