#pragma once

#include <QList>
#include <QString>

// The languages the text pipeline reads. Each has one LanguageProfile (languagetables.cpp):
// adding a language is adding one table there and its value here.
enum class Language : quint8 { Unknown, Dutch, English, German, French, Spanish };

constexpr int LanguageSlots = 6; // Unknown included: arrays indexed by Language

// Word lists of one language, each a whitespace-separated list of lower-case words.
struct LanguageProfile
{
    Language language = Language::Unknown;
    const char *code = "";     // ISO 639-1: "nl"
    const char *snowball = ""; // libstemmer's algorithm: "dutch"
    const char *stopWords = "";
    // "niet", "not", "pas": the next content word is negated ("niet snel" is not "snel").
    const char *negators = "";
    // "erg", "very": the next sentiment word weighs more.
    const char *intensifiers = "";
    // "te", "too": the next word is too much of itself ("te duur", "too slow", "te snel").
    const char *excess = "";
    // "maar", "but": the clause after weighs more than the one before.
    const char *contrasts = "";
    // Sentiment lexicon, words as people write them (stemmed when loaded). "word:2" weighs 2.
    const char *positive = "";
    const char *negative = "";
    // Concepts: the topics survey answers name, each with its words in this language as people
    // write them (stemmed when loaded), "delivery: levering bezorging; price: prijs tarief".
    // The same concept in every language is one topic: themes led by "levering", "delivery"
    // and "Lieferung" are one theme. Only words that mean the concept wherever they are said.
    const char *concepts = "";
    // Negation follows the verb ("het werkt niet", "das klappt nicht"): a negator that ends
    // its clause negates the word before it.
    bool negatesWordBefore = false;
};

namespace Languages {

// Every known language, in enum order (Unknown excluded).
const QList<LanguageProfile> &profiles();
// nullptr for Unknown.
const LanguageProfile *profile(Language language);
QString code(Language language);        // "nl"; "" for Unknown
Language fromCode(QStringView code);    // case-insensitive; Unknown when not known
QString displayName(Language language); // translated: "Dutch"
inline int slot(Language language)
{
    return int(language);
}

} // namespace Languages
