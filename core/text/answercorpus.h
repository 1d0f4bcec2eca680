#pragma once

#include "result.h"
#include "text/answertexts.h"
#include "text/language.h"
#include "text/lexicon.h"
#include "text/termsequencer.h"
#include "text/tokentable.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <span>
#include <vector>

// The open answers of a project, read once: each distinct answer's language (and how it was
// decided), its sentiment and its content terms (Snowball stems, negated stems) in order,
// with an index from term to answers. Personal data is masked (PrivacyMask) before anything
// is counted. Answers keep their index in the list they came from (the response cache's
// answer dictionary), so that rows find their answer's terms through answerIndex(row).
class AnswerCorpus
{
public:
    enum class LanguageEvidence : quint8 {
        None,          // no words to go by
        FunctionWords, // its own stop words, negators… (and letters such as ß, ñ)
        Vocabulary,    // its words, as the answers in a known language use them
        Majority,      // nothing settled it: the language most answers are in
    };
    enum class Sentiment : qint8 { Negative = -1, Neutral = 0, Positive = 1 };
    static constexpr quint32 Break = TermSequencer::Break;

    struct Options
    {
        std::function<void(qint64 done, qint64 total)> progress; // called on the calling thread
        const std::atomic_bool *cancel = nullptr;
        int threads = 0; // 0: one per core
    };

    AnswerCorpus();
    // answers[i] is the text of answer i ("" for none). Fails only when cancelled. The corpus
    // keeps the texts (a shared copy of the column).
    static Result<AnswerCorpus> build(const AnswerTexts &answers, const Options &options);
    static Result<AnswerCorpus> build(const AnswerTexts &answers);
    // For short lists (tests, an import's sample of answers): a column of them.
    static Result<AnswerCorpus> build(const QStringList &answers, const Options &options);
    static Result<AnswerCorpus> build(const QStringList &answers);

    qsizetype size() const { return m_texts.size(); }
    QStringView text(qsizetype answer) const { return m_texts.at(answer); }
    // The text as the statistics see it: personal data masked.
    QString maskedText(qsizetype answer) const;
    // Could PrivacyMask change this text? Only then is it run (tst_answercorpus holds the two
    // to each other).
    static bool mayHoldPersonalData(QStringView text);
    static constexpr int MaskedDigits = 7; // fewer than the nine of a phone number, to be safe
    Language language(qsizetype answer) const { return m_languages[size_t(answer)]; }
    LanguageEvidence languageEvidence(qsizetype answer) const { return m_evidence[size_t(answer)]; }
    float sentimentScore(qsizetype answer) const { return m_sentiment[size_t(answer)]; }
    Sentiment sentiment(qsizetype answer) const;
    // Content terms in order, Break between clauses.
    std::span<const quint32> terms(qsizetype answer) const
    {
        return {m_terms.data() + m_termStarts[size_t(answer)],
                m_terms.data() + m_termStarts[size_t(answer) + 1]};
    }
    Language majorityLanguage() const { return m_majority; }
    // Answers per language (Unknown: answers without words).
    std::array<qint64, LanguageSlots> languageCounts() const;

    // Terms: stem id × 2, + 1 when negated.
    static bool isNegated(quint32 term) { return term & 1u; }
    quint32 termCount() const { return m_stems.size() * 2; }
    // "lever", or "¬snel" for a negated term.
    QString termText(quint32 term) const;
    quint32 termOf(const QString &stem, bool negated = false) const; // NotFound when absent
    static constexpr quint32 NotFound = TokenTable::NotFound;
    // Is the term's stem a sentiment word ("goed", "slow") in the lexicon of a language?
    bool isSentimentTerm(quint32 term) const
    {
        return term / 2 < m_lexiconStem.size() && (m_lexiconStem[term / 2] & 2);
    }
    // …or any word of the lexicon, the neutral measures ("lang", "long") included?
    bool isLexiconTerm(quint32 term) const
    {
        return term / 2 < m_lexiconStem.size() && m_lexiconStem[term / 2] != 0;
    }
    // Answers holding a term, ascending.
    std::span<const quint32> answersWith(quint32 term) const;

    // The term sequences a keyword or phrase ("te laat", "invoice", "niet snel") stands for:
    // one per language (its own language only, when given), duplicates removed. A sequence of
    // one term matches answers with the term; longer ones match consecutive terms.
    QList<std::vector<quint32>> compile(const QString &phrase,
                                        Language language = Language::Unknown) const;

    // Where each term of an answer is written in its masked text: for labels and highlights.
    struct TermSpan
    {
        quint32 term = 0;
        qsizetype start = 0; // in maskedText()
        qsizetype end = 0;
    };
    std::vector<TermSpan> termSpans(qsizetype answer) const;

    // The form words are counted in: lower case, ’ as '.
    static void lowerInto(QStringView word, QString &out);
    // A word without French elision or English possessive: "l'application" → "application",
    // "customer's" → "customer".
    static QString baseForm(const QString &word);
    // Can this word (lower case) carry meaning? Letters, two or more characters, not a web
    // or mail address.
    static bool mayCarryMeaning(const QString &word);

private:
    friend class AnswerCorpusBuilder;
    static constexpr quint32 AbsentStem = 0x7ffffff0; // a stem no answer has

    // settled: the language was read from the answer's own words, so only its lexicon counts.
    TermSequencer::Token sequencerToken(quint32 word, Language language, bool settled) const;
    std::vector<TermSequencer::Token>
    tokensOf(const QString &maskedText,
             Language language,
             bool settled,
             std::vector<std::pair<qsizetype, qsizetype>> *spans) const;

    AnswerTexts m_texts;
    std::vector<Language> m_languages;
    std::vector<LanguageEvidence> m_evidence;
    std::vector<float> m_sentiment;
    std::vector<quint32> m_termStarts{0};
    std::vector<quint32> m_terms;
    Language m_majority = Language::English;

    // Words (lower case, as written) and what each is in every language.
    TokenTable m_words;
    std::vector<WordRoles> m_roles;
    std::vector<bool> m_contentWord;  // could carry meaning: letters, no domain, length ≥ 2
    std::vector<quint32> m_stemOf;    // [word × LanguageSlots + language], NoStem unknown
    std::vector<float> m_polarityOf;  // same index
    std::vector<bool> m_inLexicon;    // same index
    std::vector<float> m_anyPolarity; // per word: in any lexicon (NaN: none)
    TokenTable m_stems;
    std::vector<quint8> m_lexiconStem;    // per stem: 1 in the lexicon, 2 with a weight
    std::vector<quint32> m_postingStarts; // per term
    std::vector<quint32> m_postings;
};
