#include "text/answercorpus.h"

#include "text/privacymask.h"
#include "text/stemmer.h"
#include "text/wordtokenizer.h"

#include <algorithm>
#include <cmath>

namespace {

bool negatesWordBefore(Language language)
{
    const LanguageProfile *p = Languages::profile(language);
    return p && p->negatesWordBefore;
}

} // namespace

AnswerCorpus::AnswerCorpus() = default;

bool AnswerCorpus::mayHoldPersonalData(QStringView text)
{
    // PrivacyMask hides e-mail addresses (an '@') and phone numbers (nine digits or more):
    // a text with neither is left as it is, so its regular expressions need not run on it.
    int digits = 0;
    for (QChar c : text) {
        if (c == u'@')
            return true;
        digits += c.isDigit();
    }
    return digits >= MaskedDigits;
}

QString AnswerCorpus::maskedText(qsizetype answer) const
{
    const QStringView original = m_texts.at(answer);
    return mayHoldPersonalData(original) ? PrivacyMask::mask(original.toString())
                                         : original.toString();
}

AnswerCorpus::Sentiment AnswerCorpus::sentiment(qsizetype answer) const
{
    const float s = sentimentScore(answer);
    return s >= TermSequencer::PositiveFrom   ? Sentiment::Positive
           : s <= TermSequencer::NegativeFrom ? Sentiment::Negative
                                              : Sentiment::Neutral;
}

std::array<qint64, LanguageSlots> AnswerCorpus::languageCounts() const
{
    std::array<qint64, LanguageSlots> counts{};
    for (qsizetype a = 0; a < size(); ++a) {
        if (!m_texts.at(a).isEmpty())
            ++counts[size_t(Languages::slot(language(a)))];
    }
    return counts;
}

QString AnswerCorpus::termText(quint32 term) const
{
    if (term / 2 >= m_stems.size())
        return QString();
    const QString stem = m_stems.text(term / 2).toString();
    return isNegated(term) ? QStringLiteral("¬") + stem : stem;
}

quint32 AnswerCorpus::termOf(const QString &stem, bool negated) const
{
    const quint32 id = m_stems.find(stem);
    return id == TokenTable::NotFound ? NotFound : id * 2 + (negated ? 1u : 0u);
}

std::span<const quint32> AnswerCorpus::answersWith(quint32 term) const
{
    if (term >= termCount() || m_postingStarts.empty())
        return {};
    return {m_postings.data() + m_postingStarts[term],
            m_postings.data() + m_postingStarts[term + 1]};
}

void AnswerCorpus::lowerInto(QStringView word, QString &out)
{
    out.resize(word.size());
    auto *chars = reinterpret_cast<char16_t *>(out.data());
    bool simple = true;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c == 0x2019 || c == 0x2018)
            c = u'\'';
        else if (c >= 0x250)
            simple = false;
        chars[i] = c < 0x80 ? (c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c)
                            : char16_t(QChar::toLower(char32_t(c)));
    }
    if (!simple) {
        out = word.toString().toLower();
        out.replace(QChar(0x2019), u'\'');
        out.replace(QChar(0x2018), u'\'');
    }
}

QString AnswerCorpus::baseForm(const QString &word)
{
    // French (and Italian) elision: l'avion, d'accord, qu'il.
    static const char *const elisions[] = {"l'", "d'", "j'", "n'", "s'", "c'", "m'", "t'", "qu'"};
    for (const char *e : elisions) {
        const QLatin1StringView prefix(e);
        if (word.size() > prefix.size() + 1 && word.startsWith(prefix))
            return word.mid(prefix.size());
    }
    if (word.size() > 3 && word.endsWith(QLatin1StringView("'s")))
        return word.chopped(2);
    return word;
}

bool AnswerCorpus::mayCarryMeaning(const QString &word)
{
    if (word.size() < 2)
        return false;
    bool letter = false;
    for (QChar c : word) {
        if (c == u'.' || c == u'@' || c == u':')
            return false; // an address, a domain, "e.g"
        letter = letter || c.isLetter();
    }
    return letter && !word.startsWith(QLatin1StringView("http")) && word != u"www";
}

TermSequencer::Token
AnswerCorpus::sequencerToken(quint32 word, Language language, bool settled) const
{
    using Role = TermSequencer::Role;
    TermSequencer::Token t;
    const WordRoles &r = m_roles[word];
    const quint8 b = Lexicon::bit(language);
    const size_t at = size_t(word) * LanguageSlots + size_t(Languages::slot(language));
    t.role = (r.negator & b)       ? Role::Negator
             : (r.intensifier & b) ? Role::Intensifier
             : (r.excess & b)      ? Role::Excess
             : (r.contrast & b)    ? Role::Contrast
             : (r.stop & b)        ? Role::Stop
             : m_contentWord[word] ? Role::Content
                                   : Role::Skip;
    if (m_contentWord[word]) {
        t.stem = m_stemOf[at];
        t.polarity = m_polarityOf[at];
        t.inLexicon = m_inLexicon[at];
        if (!t.inLexicon && !settled && !std::isnan(m_anyPolarity[word])) {
            t.polarity = m_anyPolarity[word];
            t.inLexicon = true;
        }
    }
    return t;
}

std::vector<TermSequencer::Token>
AnswerCorpus::tokensOf(const QString &maskedText,
                       Language language,
                       bool settled,
                       std::vector<std::pair<qsizetype, qsizetype>> *spans) const
{
    std::vector<WordTokenizer::Word> words;
    WordTokenizer::split(maskedText, words);
    WordTokenizer::dropBracketed(words);
    std::vector<TermSequencer::Token> tokens;
    tokens.reserve(words.size());
    std::unique_ptr<Stemmer> stemmer;
    for (const WordTokenizer::Word &w : words) {
        QString lower;
        lowerInto(QStringView(maskedText).mid(w.start, w.length), lower);
        const quint32 id = m_words.find(lower);
        TermSequencer::Token t;
        if (id != TokenTable::NotFound) {
            t = sequencerToken(id, language, settled);
        } else {
            // A word no answer has (a keyword typed by the analyst): its roles and stem now.
            using Role = TermSequencer::Role;
            const QString base = baseForm(lower);
            WordRoles r = Lexicon::instance().roles(lower);
            if (!r.functionWord())
                r = Lexicon::instance().roles(base);
            const quint8 b = Lexicon::bit(language);
            t.role = (r.negator & b)         ? Role::Negator
                     : (r.intensifier & b)   ? Role::Intensifier
                     : (r.excess & b)        ? Role::Excess
                     : (r.contrast & b)      ? Role::Contrast
                     : (r.stop & b)          ? Role::Stop
                     : mayCarryMeaning(base) ? Role::Content
                                             : Role::Skip;
        }
        if (t.role == TermSequencer::Role::Content && t.stem == TermSequencer::NoStem) {
            if (!stemmer)
                stemmer = std::make_unique<Stemmer>(language);
            const QString base = baseForm(lower);
            const QString stem = stemmer->stem(base);
            const quint32 s = m_stems.find(stem);
            t.stem = s == TokenTable::NotFound ? AbsentStem : s;
            if (const auto p = Lexicon::instance().polarity(language, base, stem)) {
                t.polarity = *p;
                t.inLexicon = true;
            }
        }
        t.clauseBreakBefore = w.clauseBreakBefore;
        tokens.push_back(t);
        if (spans)
            spans->emplace_back(w.start, w.start + w.length);
    }
    return tokens;
}

QList<std::vector<quint32>> AnswerCorpus::compile(const QString &phrase, Language language) const
{
    QList<Language> languages;
    if (language != Language::Unknown) {
        languages.append(language);
    } else {
        const auto counts = languageCounts();
        for (const LanguageProfile &p : Languages::profiles()) {
            if (counts[size_t(Languages::slot(p.language))] > 0 || size() == 0)
                languages.append(p.language);
        }
        if (languages.isEmpty())
            languages.append(m_majority);
    }
    QList<std::vector<quint32>> sequences;
    for (Language l : std::as_const(languages)) {
        std::vector<quint32> terms;
        TermSequencer::sequence(
            tokensOf(PrivacyMask::mask(phrase), l, true, nullptr), negatesWordBefore(l), terms);
        terms.erase(std::remove(terms.begin(), terms.end(), Break), terms.end());
        if (!terms.empty() && !sequences.contains(terms))
            sequences.append(terms);
    }
    return sequences;
}

std::vector<AnswerCorpus::TermSpan> AnswerCorpus::termSpans(qsizetype answer) const
{
    std::vector<std::pair<qsizetype, qsizetype>> wordSpans;
    const std::vector<TermSequencer::Token> tokens
        = tokensOf(maskedText(answer),
                   language(answer),
                   languageEvidence(answer) != LanguageEvidence::Majority,
                   &wordSpans);
    std::vector<quint32> terms, first, last;
    TermSequencer::sequence(tokens, negatesWordBefore(language(answer)), terms, &first, &last);
    std::vector<TermSpan> spans;
    size_t ordinal = 0;
    for (quint32 t : terms) {
        if (t == Break)
            continue;
        spans.push_back({t, wordSpans[first[ordinal]].first, wordSpans[last[ordinal]].second});
        ++ordinal;
    }
    return spans;
}
