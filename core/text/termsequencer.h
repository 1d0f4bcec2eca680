#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

// Turns the words of one answer, each with its role in the answer's language, into its content
// terms and its sentiment:
// - a negator negates the next content word of its clause ("niet snel", "not very fast",
//   "pas rapide" → ¬snel, ¬fast, ¬rapid); at the end of a clause, in languages whose negation
//   follows the verb, it negates the word before it ("de factuur klopte niet");
// - intensifiers ("erg", "very") make the next sentiment word weigh 1.5 times; "too" ("te
//   duur", "too slow") makes it count as a complaint;
// - stop words are dropped, but keep no words apart: "levering te laat" gives lever, laat;
// - after "but" ("maar", "aber") the clause weighs 1.5, before it 0.5 (as VADER does).
// A term is a stem id times two, plus one when negated.
class TermSequencer
{
public:
    enum class Role : quint8 { Skip, Stop, Content, Negator, Intensifier, Excess, Contrast };
    static constexpr quint32 NoStem = 0xffffffff;
    static constexpr quint32 Break = 0xffffffff; // between clauses in a term sequence

    struct Token
    {
        Role role = Role::Skip;
        bool clauseBreakBefore = false;
        bool inLexicon = false; // polarity is meaningful (0 for "lang", "long": neutral)
        float polarity = 0;
        quint32 stem = NoStem;
    };

    // Appends the terms (and a Break between clauses that both have terms) to `terms`;
    // `firstToken` gets, per term appended, the index of its first word (the negator for a
    // negated term) and `lastToken` its last, when given. Returns the sentiment score.
    static float sequence(std::span<const Token> tokens,
                          bool negatesWordBefore,
                          std::vector<quint32> &terms,
                          std::vector<quint32> *firstToken = nullptr,
                          std::vector<quint32> *lastToken = nullptr);

    // An answer reads positive from one plain positive word on ("goed", "not bad").
    static constexpr float PositiveFrom = 0.75f;
    static constexpr float NegativeFrom = -0.75f;
};
