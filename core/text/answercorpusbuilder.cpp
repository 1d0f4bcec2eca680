// How an AnswerCorpus is built: four passes over the answers, the costly ones on every core.
//  1. (parallel) mask, split into words, lower-case, guess the language from function words;
//     each thread interns words in its own table.
//  2. the thread tables become one, sorted (so ids do not depend on the threads' timing);
//     answers no function word settled take the language their words have elsewhere.
//  3. each word is stemmed once per language it occurs in, and looked up in the lexicon.
//  4. (parallel) negation, intensifiers and sentiment per answer (TermSequencer).

#include "text/answercorpus.h"

#include "logging.h"

#include "text/stemmer.h"
#include "text/wordtokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <memory>
#include <thread>

namespace {

constexpr size_t AnswersPerChunk = 2048;
constexpr quint32 BreakFlag = 0x80000000u; // on a word id: a clause break before it
constexpr quint32 NoWord = 0x7fffffffu;
constexpr float SettledLead = 1.0f; // function words ahead of the next language

// Letters that point to a language (bit masks as in WordRoles).
quint8 letterHints(QStringView word)
{
    quint8 hints = 0;
    for (QChar c : word) {
        switch (c.unicode()) {
        case u'ß':
        case u'ä':
        case u'ö':
        case u'ü':
            hints |= Lexicon::bit(Language::German);
            break;
        case u'ñ':
        case u'á':
        case u'í':
        case u'ó':
        case u'ú':
            hints |= Lexicon::bit(Language::Spanish);
            break;
        case u'ç':
        case u'è':
        case u'ê':
        case u'à':
        case u'ù':
        case u'û':
        case u'î':
        case u'ô':
        case u'â':
        case u'œ':
            hints |= Lexicon::bit(Language::French);
            break;
        case u'ë':
        case u'ï':
            hints |= Lexicon::bit(Language::Dutch);
            break;
        default:
            break;
        }
    }
    return hints;
}

// One thread's words of phase 1.
struct WordReader
{
    TokenTable table;
    std::vector<quint8> function; // per local word: languages it is a function word of
    std::vector<quint8> hints;
    std::vector<float> weight; // of its function-word evidence: a single letter counts less
    std::vector<WordTokenizer::Word> words;

    std::vector<char16_t> lower;

    // The id of a word in this thread's table, lower-cased on the way; NoWord for a number.
    quint32 intern(QStringView text)
    {
        lower.resize(size_t(text.size()));
        quint32 hash = TokenTable::HashSeed;
        bool digits = true;
        bool simple = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            char16_t c = text[i].unicode();
            digits = digits && c >= u'0' && c <= u'9';
            if (c < 0x80) {
                if (c >= u'A' && c <= u'Z')
                    c = char16_t(c + 32);
            } else if (c == 0x2019 || c == 0x2018) {
                c = u'\'';
            } else if (c < 0x250) {
                c = char16_t(QChar::toLower(char32_t(c)));
            } else {
                simple = false;
            }
            lower[size_t(i)] = c;
            hash = TokenTable::hashStep(hash, c);
        }
        if (digits)
            return NoWord; // numbers carry no theme, and there are many of them
        QStringView word(lower.data(), qsizetype(lower.size()));
        QString other;
        if (!simple) {
            AnswerCorpus::lowerInto(text, other);
            word = other;
            hash = TokenTable::hashOf(word);
        }
        const quint32 before = table.size();
        const quint32 id = table.intern(word, hash);
        if (id == before) {
            const QString w = word.toString();
            WordRoles roles = Lexicon::instance().roles(w);
            if (!roles.functionWord())
                roles = Lexicon::instance().roles(AnswerCorpus::baseForm(w));
            function.push_back(roles.functionWord());
            hints.push_back(letterHints(w));
            weight.push_back(w.size() > 1 ? 1.0f : 0.25f);
        }
        return id;
    }
};

struct Chunk
{
    size_t first = 0;
    size_t last = 0;
    int reader = 0;
    std::vector<quint32> words;  // word ids | BreakFlag
    std::vector<quint32> starts; // per answer, into words
    std::vector<Language> languages;
    std::vector<quint32> terms;
    std::vector<quint32> termStarts;
    std::vector<float> sentiment;
};

// Runs work(chunkIndex, reader) over all chunks on `threads` threads, the calling thread
// included, which also reports progress. False when cancelled.
template<typename Work>
bool runChunks(size_t chunks,
               int threads,
               const AnswerCorpus::Options &options,
               qint64 doneBefore,
               qint64 doneAfter,
               qint64 total,
               qint64 perChunk,
               Work work)
{
    std::atomic<size_t> next{0};
    std::atomic<qint64> done{0};
    auto cancelled = [&options] {
        return options.cancel && options.cancel->load(std::memory_order_relaxed);
    };
    auto loop = [&](int reader, bool reports) {
        for (size_t c = next++; c < chunks && !cancelled(); c = next++) {
            work(c, reader);
            done += perChunk;
            if (reports && options.progress)
                options.progress(std::min(doneAfter, doneBefore + done.load()), total);
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(loop, t, false);
    loop(0, true);
    for (std::thread &h : helpers)
        h.join();
    return !cancelled();
}

} // namespace

// Builds an AnswerCorpus (a friend, so that the passes can fill its arrays).
class AnswerCorpusBuilder
{
public:
    static Result<AnswerCorpus> build(const AnswerTexts &answers,
                                      const AnswerCorpus::Options &options);
};

Result<AnswerCorpus> AnswerCorpus::build(const AnswerTexts &answers, const Options &options)
{
    return AnswerCorpusBuilder::build(answers, options);
}

Result<AnswerCorpus> AnswerCorpus::build(const AnswerTexts &answers)
{
    return AnswerCorpusBuilder::build(answers, Options{});
}

Result<AnswerCorpus> AnswerCorpus::build(const QStringList &answers, const Options &options)
{
    return AnswerCorpusBuilder::build(AnswerTexts(answers), options);
}

Result<AnswerCorpus> AnswerCorpus::build(const QStringList &answers)
{
    return AnswerCorpusBuilder::build(AnswerTexts(answers), Options{});
}

Result<AnswerCorpus> AnswerCorpusBuilder::build(const AnswerTexts &answers,
                                                const AnswerCorpus::Options &options)
{
    QElapsedTimer timer;
    timer.start();
    AnswerCorpus corpus;
    corpus.m_texts = answers;
    const auto n = size_t(answers.size());
    const int threads
        = std::max(1, options.threads > 0 ? options.threads : QThread::idealThreadCount());
    const size_t chunkCount = (n + AnswersPerChunk - 1) / AnswersPerChunk;
    std::vector<Chunk> chunks(chunkCount);
    std::vector<WordReader> readers(static_cast<size_t>(threads));
    corpus.m_languages.assign(n, Language::Unknown);
    // Function-word scores of the answers they did not settle.
    std::vector<std::array<float, LanguageSlots>> functionScores(n);
    corpus.m_evidence.assign(n, AnswerCorpus::LanguageEvidence::None);
    const qint64 total = qint64(n) * 2;
    const auto cancelledResult = [] {
        return Result<AnswerCorpus>::failure(
            QCoreApplication::translate("AnswerCorpus", "Cancelled."));
    };

    // 1. Words and the language their function words point to.
    const bool read = runChunks(
        chunkCount, threads, options, 0, qint64(n), total, AnswersPerChunk, [&](size_t c, int r) {
            Chunk &chunk = chunks[c];
            WordReader &reader = readers[size_t(r)];
            chunk.first = c * AnswersPerChunk;
            chunk.last = std::min(n, chunk.first + AnswersPerChunk);
            chunk.reader = r;
            chunk.starts.reserve(chunk.last - chunk.first + 1);
            chunk.words.reserve((chunk.last - chunk.first) * 12);
            for (size_t a = chunk.first; a < chunk.last; ++a) {
                chunk.starts.push_back(quint32(chunk.words.size()));
                // Only a text that may hold personal data is copied (masked); the others are
                // read where the column holds them.
                const bool masked = AnswerCorpus::mayHoldPersonalData(answers.at(qsizetype(a)));
                const QString maskedText = masked ? corpus.maskedText(qsizetype(a)) : QString();
                const QStringView text
                    = masked ? QStringView(maskedText) : answers.at(qsizetype(a));
                reader.words.clear();
                WordTokenizer::split(text, reader.words);
                std::array<float, LanguageSlots> score{};
                bool pendingBreak = false;
                const size_t firstWord = chunk.words.size();
                for (const WordTokenizer::Word &w : reader.words) {
                    // Placeholders of the mask and numbers are left out; their clause
                    // breaks stay.
                    const quint32 id
                        = w.skipped() ? NoWord : reader.intern(text.mid(w.start, w.length));
                    if (id == NoWord) {
                        pendingBreak = pendingBreak || w.clauseBreakBefore;
                        continue;
                    }
                    const bool breakBefore
                        = (w.clauseBreakBefore || pendingBreak) && chunk.words.size() > firstWord;
                    pendingBreak = false;
                    chunk.words.push_back(id | (breakBefore ? BreakFlag : 0));
                    for (const auto &[mask, weight] :
                         {std::pair{reader.function[id], reader.weight[id]},
                          std::pair{reader.hints[id], 0.5f}}) {
                        if (!mask)
                            continue;
                        const float share = weight / float(std::popcount(mask));
                        for (int l = 1; l < LanguageSlots; ++l) {
                            if (mask & (1u << l))
                                score[size_t(l)] += share;
                        }
                    }
                }
                // Settled when one language leads by more than a function word, in two words
                // or more; the others ("Works best as a tool": "best" is Dutch too) weigh
                // their other words as well, below.
                std::array<float, LanguageSlots> sorted = score;
                std::sort(sorted.begin() + 1, sorted.end(), std::greater<>());
                if (sorted[1] - sorted[2] > SettledLead && chunk.words.size() - firstWord > 1) {
                    const auto best = std::max_element(score.begin() + 1, score.end());
                    corpus.m_languages[a] = Language(best - score.begin());
                    corpus.m_evidence[a] = AnswerCorpus::LanguageEvidence::FunctionWords;
                } else {
                    functionScores[a] = score;
                }
            }
            chunk.starts.push_back(quint32(chunk.words.size()));
        });
    if (!read)
        return cancelledResult();

    qCDebug(lcText) << "read" << timer.elapsed();
    // 2. One sorted table of words; each thread's ids mapped onto it.
    std::vector<QStringView> all;
    for (const WordReader &r : readers) {
        for (quint32 id = 0; id < r.table.size(); ++id)
            all.push_back(r.table.text(id));
    }
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    for (QStringView w : all)
        corpus.m_words.intern(w);
    std::vector<std::vector<quint32>> toGlobal(readers.size());
    for (size_t r = 0; r < readers.size(); ++r) {
        toGlobal[r].resize(readers[r].table.size());
        for (quint32 id = 0; id < readers[r].table.size(); ++id)
            toGlobal[r][id] = corpus.m_words.find(readers[r].table.text(id));
    }
    readers.clear();
    const quint32 wordCount = corpus.m_words.size();
    corpus.m_roles.resize(wordCount);
    corpus.m_contentWord.resize(wordCount);
    for (quint32 w = 0; w < wordCount; ++w) {
        const QString word = corpus.m_words.text(w).toString();
        WordRoles roles = Lexicon::instance().roles(word);
        const QString base = AnswerCorpus::baseForm(word);
        if (!roles.functionWord() && base != word)
            roles = Lexicon::instance().roles(base);
        corpus.m_roles[w] = roles;
        corpus.m_contentWord[w] = AnswerCorpus::mayCarryMeaning(base);
    }

    // Each thread's ids onto the table, and how the answers whose language is known use each
    // word (per thread, added up after).
    struct Usage
    {
        std::vector<std::array<quint32, LanguageSlots>> byLanguage; // content words
        std::vector<quint8> languages; // per word: the languages it occurs in
        std::array<qint64, LanguageSlots> answers{};
    };
    std::vector<Usage> usage(static_cast<size_t>(threads));
    for (Usage &u : usage) {
        u.byLanguage.assign(wordCount, {});
        u.languages.assign(wordCount, 0);
    }
    const bool mapped = runChunks(
        chunkCount, threads, options, qint64(n), qint64(n), total, 0, [&](size_t c, int t) {
            Chunk &chunk = chunks[c];
            Usage &u = usage[size_t(t)];
            const std::vector<quint32> &map = toGlobal[size_t(chunk.reader)];
            for (quint32 &w : chunk.words)
                w = map[w & ~BreakFlag] | (w & BreakFlag);
            for (size_t a = chunk.first; a < chunk.last; ++a) {
                const Language l = corpus.m_languages[a];
                if (l == Language::Unknown)
                    continue;
                ++u.answers[size_t(l)];
                for (quint32 i = chunk.starts[a - chunk.first];
                     i < chunk.starts[a - chunk.first + 1];
                     ++i) {
                    const quint32 w = chunk.words[i] & ~BreakFlag;
                    u.languages[w] |= Lexicon::bit(l);
                    if (corpus.m_contentWord[w] && !corpus.m_roles[w].functionWord())
                        ++u.byLanguage[w][size_t(l)];
                }
            }
        });
    if (!mapped)
        return cancelledResult();
    std::array<qint64, LanguageSlots> perLanguage{};
    std::vector<std::array<quint32, LanguageSlots>> wordLanguages(wordCount);
    std::vector<quint8> usedIn(wordCount, 0);
    for (const Usage &u : usage) {
        for (int l = 0; l < LanguageSlots; ++l)
            perLanguage[size_t(l)] += u.answers[size_t(l)];
        for (quint32 w = 0; w < wordCount; ++w) {
            usedIn[w] |= u.languages[w];
            for (int l = 0; l < LanguageSlots; ++l)
                wordLanguages[w][size_t(l)] += u.byLanguage[w][size_t(l)];
        }
    }
    usage.clear();

    qCDebug(lcText) << "merged" << timer.elapsed();
    // Answers without function words: the language their words have in the other answers.
    const auto majority = std::max_element(perLanguage.begin() + 1, perLanguage.end());
    corpus.m_majority
        = *majority > 0 ? Language(majority - perLanguage.begin()) : Language::English;
    std::vector<quint8> unsettled(wordCount, 0); // in an answer whose language is a guess
    // The answers function words did not settle: their function words and their other words
    // as the other answers use them decide. Twice: first with the settled answers' words,
    // then with every answer's, so that short answers learn from the long ones around them.
    struct Open
    {
        size_t answer;
        const Chunk *chunk;
    };
    std::vector<Open> open;
    for (const Chunk &chunk : chunks) {
        for (size_t a = chunk.first; a < chunk.last; ++a) {
            if (corpus.m_languages[a] == Language::Unknown)
                open.push_back({a, &chunk});
        }
    }
    struct Decision
    {
        Language language = Language::Unknown;
        AnswerCorpus::LanguageEvidence evidence = AnswerCorpus::LanguageEvidence::None;
    };
    const auto decide = [&](const Open &o,
                            const std::vector<std::array<quint32, LanguageSlots>> &counts) {
        const Chunk &chunk = *o.chunk;
        const quint32 first = chunk.starts[o.answer - chunk.first];
        const quint32 last = chunk.starts[o.answer - chunk.first + 1];
        const std::array<float, LanguageSlots> &fromFunctionWords = functionScores[o.answer];
        std::array<float, LanguageSlots> score = fromFunctionWords;
        bool anyWord = false, vocabulary = false;
        for (quint32 i = first; i < last; ++i) {
            const quint32 w = chunk.words[i] & ~BreakFlag;
            if (!corpus.m_contentWord[w] || corpus.m_roles[w].functionWord())
                continue;
            anyWord = true;
            quint32 seen = 0;
            for (quint32 c : counts[w])
                seen += c;
            if (seen < 2)
                continue;
            vocabulary = true;
            for (int l = 1; l < LanguageSlots; ++l)
                score[size_t(l)] += float(counts[w][size_t(l)]) / float(seen);
        }
        Decision d;
        const auto best = std::max_element(score.begin() + 1, score.end());
        if (*best <= 0 && !anyWord)
            return d; // no words: no language
        // One word is too little to go by without its use elsewhere ("NA", "M").
        const bool unique = *best > 0 && std::count(score.begin() + 1, score.end(), *best) == 1
                            && (vocabulary || (last - first > 1 && *best >= 0.5f));
        d.language = unique ? Language(best - score.begin()) : corpus.m_majority;
        const auto fromWords
            = std::max_element(fromFunctionWords.begin() + 1, fromFunctionWords.end());
        const bool byFunctionWords
            = unique && *fromWords > 0
              && fromWords - fromFunctionWords.begin() == best - score.begin()
              && std::count(fromFunctionWords.begin() + 1, fromFunctionWords.end(), *fromWords)
                     == 1;
        d.evidence = !unique           ? AnswerCorpus::LanguageEvidence::Majority
                     : byFunctionWords ? AnswerCorpus::LanguageEvidence::FunctionWords
                     : vocabulary      ? AnswerCorpus::LanguageEvidence::Vocabulary
                                       : AnswerCorpus::LanguageEvidence::FunctionWords;
        return d;
    };
    std::vector<std::array<quint32, LanguageSlots>> allWords = wordLanguages;
    std::array<qint64, LanguageSlots> decided = perLanguage;
    for (const Open &o : open) {
        const Decision d = decide(o, wordLanguages);
        if (d.evidence == AnswerCorpus::LanguageEvidence::None
            || d.evidence == AnswerCorpus::LanguageEvidence::Majority)
            continue;
        ++decided[size_t(d.language)];
        const Chunk &chunk = *o.chunk;
        for (quint32 i = chunk.starts[o.answer - chunk.first];
             i < chunk.starts[o.answer - chunk.first + 1];
             ++i) {
            const quint32 w = chunk.words[i] & ~BreakFlag;
            if (corpus.m_contentWord[w] && !corpus.m_roles[w].functionWord())
                ++allWords[w][size_t(d.language)];
        }
    }
    // The majority, now that more answers have a language (few settle in a small project).
    const auto most = std::max_element(decided.begin() + 1, decided.end());
    if (*most > 0)
        corpus.m_majority = Language(most - decided.begin());
    for (const Open &o : open) {
        const Decision d = decide(o, allWords);
        if (d.evidence == AnswerCorpus::LanguageEvidence::None)
            continue;
        corpus.m_languages[o.answer] = d.language;
        corpus.m_evidence[o.answer] = d.evidence;
        const bool guessed = d.evidence == AnswerCorpus::LanguageEvidence::Majority;
        const Chunk &chunk = *o.chunk;
        for (quint32 i = chunk.starts[o.answer - chunk.first];
             i < chunk.starts[o.answer - chunk.first + 1];
             ++i) {
            const quint32 w = chunk.words[i] & ~BreakFlag;
            usedIn[w] |= Lexicon::bit(d.language);
            unsettled[w] |= guessed;
        }
    }
    if (options.cancel && options.cancel->load())
        return cancelledResult();

    qCDebug(lcText) << "languages" << timer.elapsed();
    // 3. Each word stemmed once per language it occurs in, and looked up in the lexicon: the
    // token the sequencer gets for it, ready to copy.
    corpus.m_stemOf.assign(size_t(wordCount) * LanguageSlots, TermSequencer::NoStem);
    corpus.m_polarityOf.assign(size_t(wordCount) * LanguageSlots, 0);
    corpus.m_inLexicon.assign(size_t(wordCount) * LanguageSlots, false);
    corpus.m_anyPolarity.assign(wordCount, std::numeric_limits<float>::quiet_NaN());
    std::vector<TermSequencer::Token> tokenOf(size_t(wordCount) * LanguageSlots);
    std::array<std::unique_ptr<Stemmer>, LanguageSlots> stemmers;
    for (quint32 w = 0; w < wordCount; ++w) {
        if (!usedIn[w])
            continue;
        const QString base = AnswerCorpus::baseForm(corpus.m_words.text(w).toString());
        if (unsettled[w]) {
            if (const auto p = Lexicon::instance().polarityInAnyLanguage(base))
                corpus.m_anyPolarity[w] = *p;
        }
        for (int l = 0; l < LanguageSlots; ++l) {
            if (!(usedIn[w] & (1u << l)))
                continue;
            const size_t at = size_t(w) * LanguageSlots + size_t(l);
            if (corpus.m_contentWord[w]) {
                auto &stemmer = stemmers[size_t(l)];
                if (!stemmer)
                    stemmer = std::make_unique<Stemmer>(Language(l));
                const QString stem = stemmer->stem(base);
                const quint32 stemId = corpus.m_stems.intern(stem);
                corpus.m_stemOf[at] = stemId;
                if (corpus.m_lexiconStem.size() <= stemId)
                    corpus.m_lexiconStem.resize(stemId + 1, 0);
                if (const auto p = Lexicon::instance().polarity(Language(l), base, stem)) {
                    corpus.m_polarityOf[at] = *p;
                    corpus.m_inLexicon[at] = true;
                    corpus.m_lexiconStem[stemId] |= *p != 0 ? 3 : 1;
                }
            }
            tokenOf[at] = corpus.sequencerToken(w, Language(l), true);
        }
    }

    qCDebug(lcText) << "stems" << timer.elapsed();
    // 4. Terms and sentiment.
    std::array<bool, LanguageSlots> negatesWordBefore{};
    for (const LanguageProfile &p : Languages::profiles())
        negatesWordBefore[size_t(Languages::slot(p.language))] = p.negatesWordBefore;
    const bool sequenced = runChunks(
        chunkCount, threads, options, qint64(n), total, total, AnswersPerChunk, [&](size_t c, int) {
            Chunk &chunk = chunks[c];
            std::vector<TermSequencer::Token> tokens;
            chunk.termStarts.reserve(chunk.last - chunk.first + 1);
            chunk.sentiment.reserve(chunk.last - chunk.first);
            for (size_t a = chunk.first; a < chunk.last; ++a) {
                chunk.termStarts.push_back(quint32(chunk.terms.size()));
                tokens.clear();
                const Language l = corpus.m_languages[a];
                const bool settled
                    = corpus.m_evidence[a] != AnswerCorpus::LanguageEvidence::Majority;
                for (quint32 i = chunk.starts[a - chunk.first];
                     i < chunk.starts[a - chunk.first + 1];
                     ++i) {
                    const quint32 w = chunk.words[i] & ~BreakFlag;
                    TermSequencer::Token t = tokenOf[size_t(w) * LanguageSlots + size_t(l)];
                    if (!settled && !t.inLexicon && !std::isnan(corpus.m_anyPolarity[w])) {
                        t.polarity = corpus.m_anyPolarity[w];
                        t.inLexicon = true; // see AnswerCorpus::sequencerToken
                    }
                    t.clauseBreakBefore = chunk.words[i] & BreakFlag;
                    tokens.push_back(t);
                }
                chunk.sentiment.push_back(
                    TermSequencer::sequence(tokens, negatesWordBefore[size_t(l)], chunk.terms));
            }
            chunk.termStarts.push_back(quint32(chunk.terms.size()));
            chunk.words = {};
            chunk.starts = {};
        });
    if (!sequenced)
        return cancelledResult();

    size_t termTotal = 0;
    for (const Chunk &chunk : chunks)
        termTotal += chunk.terms.size();
    corpus.m_terms.reserve(termTotal);
    corpus.m_termStarts.reserve(n + 1);
    corpus.m_sentiment.reserve(n);
    for (Chunk &chunk : chunks) {
        const auto offset = quint32(corpus.m_terms.size());
        for (size_t i = 0; i + 1 < chunk.termStarts.size(); ++i)
            corpus.m_termStarts.push_back(offset + chunk.termStarts[i + 1]);
        corpus.m_terms.insert(corpus.m_terms.end(), chunk.terms.begin(), chunk.terms.end());
        corpus.m_sentiment.insert(
            corpus.m_sentiment.end(), chunk.sentiment.begin(), chunk.sentiment.end());
        chunk = Chunk{};
    }

    qCDebug(lcText) << "sequenced" << timer.elapsed();
    // The index from term to answers (counting sort; each answer once per term).
    const quint32 termCount = corpus.termCount();
    std::vector<quint32> counts(size_t(termCount) + 1, 0);
    std::vector<quint32> lastSeen(termCount, quint32(-1));
    for (size_t a = 0; a < n; ++a) {
        for (quint32 t : corpus.terms(qsizetype(a))) {
            if (t != AnswerCorpus::Break && lastSeen[t] != quint32(a)) {
                lastSeen[t] = quint32(a);
                ++counts[t + 1];
            }
        }
    }
    for (size_t t = 1; t < counts.size(); ++t)
        counts[t] += counts[t - 1];
    corpus.m_postingStarts = counts;
    corpus.m_postings.resize(counts.back());
    std::fill(lastSeen.begin(), lastSeen.end(), quint32(-1));
    for (size_t a = 0; a < n; ++a) {
        for (quint32 t : corpus.terms(qsizetype(a))) {
            if (t != AnswerCorpus::Break && lastSeen[t] != quint32(a)) {
                lastSeen[t] = quint32(a);
                corpus.m_postings[counts[t]++] = quint32(a);
            }
        }
    }
    if (options.progress)
        options.progress(total, total); // whichever thread read the last chunk
    qCDebug(lcText) << "read" << n << "answers," << wordCount << "words," << corpus.m_stems.size()
                    << "stems, in" << timer.elapsed() << "ms on" << threads << "threads";
    return corpus;
}
