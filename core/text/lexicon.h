#pragma once

#include "text/language.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// What a word is to each language — a stop word, a negator, an intensifier, "too", "but" —
// as bit masks over the languages (bit n is the language with Languages::slot() n).
struct WordRoles
{
    quint8 stop = 0;
    quint8 negator = 0;
    quint8 intensifier = 0;
    quint8 excess = 0;
    quint8 contrast = 0;

    quint8 functionWord() const { return stop | negator | intensifier | excess | contrast; }
};

// The word lists of every LanguageProfile, read once: the roles of function words and the
// sentiment lexicon, and the concepts.
class Lexicon
{
public:
    static const Lexicon &instance();

    WordRoles roles(const QString &word) const { return m_roles.value(word); }
    // The sentiment weight of a word (lower case, without elision) in a language, or of
    // another form of it: "crashed" weighs as "crash". Only words that are their own stem
    // lend their weight to other forms, so "helpful" does not make every "help" praise.
    // nullopt when the lexicon has no such word.
    std::optional<float>
    polarity(Language language, const QString &word, const QString &stem) const;
    // The weight of a word as written in the first language whose lexicon has it: for answers
    // whose language nothing settled ("Great app").
    std::optional<float> polarityInAnyLanguage(const QString &word) const;
    // The concept a stem stands for in some language's table ("lever", "deliveri", "lieferung":
    // "delivery"), as an index into conceptNames(); −1 for none. Stems are looked up whatever
    // the language, as the corpus shares them ("app").
    int conceptOf(const QString &stem) const { return m_conceptOfStem.value(stem, -1); }
    const QStringList &conceptNames() const { return m_conceptNames; }
    static quint8 bit(Language language) { return quint8(1u << Languages::slot(language)); }

private:
    Lexicon();
    QHash<QString, WordRoles> m_roles;
    std::array<QHash<QString, float>, LanguageSlots> m_polarity;       // by word
    std::array<QHash<QString, float>, LanguageSlots> m_polarityOfStem; // by stem
    QHash<QString, int> m_conceptOfStem;
    QStringList m_conceptNames;
};
