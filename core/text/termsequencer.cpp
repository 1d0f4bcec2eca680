#include "text/termsequencer.h"

#include <algorithm>

namespace {

constexpr float IntensifierFactor = 1.5f;
constexpr float NegationFactor = -0.75f; // VADER's N_SCALAR, rounded
constexpr int NegationReach = 3;         // words a negator looks ahead, stop words included
constexpr float BeforeContrast = 0.5f;
constexpr float AfterContrast = 1.5f;

struct ClauseState
{
    bool negationPending = false;
    quint32 negatorIndex = 0;
    int negationSteps = 0;
    float intensity = 1;
    float intensifierPolarity = 0; // "super!" with nothing after it is praise itself
    bool excess = false;
    // The last content term of the clause, for a negator that ends it.
    qsizetype lastTerm = -1;
    size_t lastOrdinal = 0; // its index in firstToken / lastToken
    float lastContribution = 0;
    bool lastNegated = false;
};

} // namespace

float TermSequencer::sequence(std::span<const Token> tokens,
                              bool negatesWordBefore,
                              std::vector<quint32> &terms,
                              std::vector<quint32> *firstToken,
                              std::vector<quint32> *lastToken)
{
    float total = 0;   // sentiment of the finished contrast segments
    float segment = 0; // of the current one
    bool afterContrast = false;
    ClauseState clause;
    const size_t termsAtStart = terms.size();
    bool breakPending = false;

    auto endClause = [&] {
        segment += clause.intensifierPolarity;
        // A negator with nothing after it negates the word before it: "werkt niet".
        if (negatesWordBefore && clause.negationPending && clause.lastTerm >= 0
            && !clause.lastNegated) {
            terms[size_t(clause.lastTerm)] |= 1u;
            segment += clause.lastContribution * NegationFactor - clause.lastContribution;
            if (lastToken)
                (*lastToken)[clause.lastOrdinal] = clause.negatorIndex;
        }
        clause = ClauseState{};
        breakPending = terms.size() > termsAtStart && terms.back() != Break;
    };

    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.clauseBreakBefore)
            endClause();
        switch (t.role) {
        case Role::Skip:
            break;
        case Role::Stop:
            if (clause.negationPending && ++clause.negationSteps > NegationReach)
                clause.negationPending = false;
            break;
        case Role::Negator:
            clause.negationPending = true;
            clause.negatorIndex = quint32(i);
            clause.negationSteps = 0;
            break;
        case Role::Intensifier:
            clause.intensity = std::min(clause.intensity * IntensifierFactor, 2.25f);
            clause.intensifierPolarity = t.inLexicon ? t.polarity : 0;
            if (clause.negationPending)
                ++clause.negationSteps;
            break;
        case Role::Excess:
            clause.excess = true;
            break;
        case Role::Contrast:
            endClause();
            total += segment * (afterContrast ? AfterContrast : BeforeContrast);
            segment = 0;
            afterContrast = true;
            break;
        case Role::Content: {
            if (t.stem == NoStem)
                break;
            if (breakPending) {
                terms.push_back(Break);
                breakPending = false;
            }
            const bool negated = clause.negationPending;
            float p = 0;
            if (t.inLexicon) {
                p = t.polarity;
                if (clause.excess)
                    p = p < 0 ? p * IntensifierFactor : p > 0 ? -0.5f * p : -1.0f;
                p *= clause.intensity;
                if (negated)
                    p *= NegationFactor;
            } else if (clause.intensifierPolarity != 0) {
                // "super service": the intensifier is the praise.
                p = clause.intensifierPolarity * (negated ? NegationFactor : 1.0f);
            }
            segment += p;
            clause.lastTerm = qsizetype(terms.size());
            clause.lastOrdinal = lastToken ? lastToken->size() : 0;
            clause.lastContribution = p;
            clause.lastNegated = negated;
            terms.push_back(t.stem * 2 + (negated ? 1u : 0u));
            if (firstToken)
                firstToken->push_back(negated ? clause.negatorIndex : quint32(i));
            if (lastToken)
                lastToken->push_back(quint32(i));
            clause.negationPending = false;
            clause.intensity = 1;
            clause.intensifierPolarity = 0;
            clause.excess = false;
            break;
        }
        }
    }
    endClause();
    total += segment * (afterContrast ? AfterContrast : 1.0f);
    return total;
}
