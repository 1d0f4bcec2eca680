#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The words survey headers and answers use for each role, in every language NPS Studio reads
// (English, Dutch, German, French, Spanish, Portuguese, Italian). The words live in one table per
// language (vocabularytables.cpp): a new language is one more table. Headers are compared after
// normalise(), so accents, case, camelCase and punctuation do not matter. The tables are compiled
// once into an index; matching a header costs a few hash look-ups per word.
namespace Vocabulary {

// What a header (or an answer) can say.
enum class Concept : quint8 {
    Recommend,      // asks for a recommendation: the NPS question
    Likely,         // "how likely", "hoe waarschijnlijk"
    ScoreWord,      // "score", "rating", "cijfer"
    SubmittedAt,    // the moment of submission
    EndDate,        // end of the response
    DateWord,       // any date or time
    StartDate,      // start of the response
    RespondentId,   // the whole header names a respondent id
    OpenAnswer,     // asks for free text: reason, comment, like best
    Why,            // asks why: the primary open question
    Csat,           // satisfaction
    Ces,            // effort
    NpsGroup,       // a promoter/passive/detractor column
    Personal,       // e-mail, name, phone, IP address, address
    Metadata,       // what the survey tool adds: status, progress, duration…
    MultiSelect,    // "check all that apply"
    OtherSpecify,   // "Other (please specify)"
    AttentionCheck, // anti-robot and attention checks
    BirthYear,      // "What year were you born?"
    SegmentWord,    // country, region, plan, channel, industry, klanttype…
    KeySegment,     // the segments an NPS is broken down by first: country, region, plan…
    AgreeScale,     // an answer on an attitude scale: "Strongly agree", "Helemaal oneens"
    ScaleOneToTen,  // "on a scale of 1 to 10"
    HighEnd,        // an answer at the top of a scale: "Extremely likely"
    LowEnd,         // an answer at the bottom: "Not at all likely"
    Promoter,       // group labels, as answers
    Passive,
    Detractor,
    Praise,    // asks what is liked or done well: "What do you like best?"
    Criticism, // asks what is liked least or could be better
    Count
};

// A set of concepts, as one header matches several.
class Concepts
{
public:
    bool has(Concept c) const { return m_bits & bit(c); }
    void add(Concept c) { m_bits |= bit(c); }
    void add(Concepts other) { m_bits |= other.m_bits; }
    bool isEmpty() const { return m_bits == 0; }

private:
    static quint32 bit(Concept c) { return quint32(1) << quint32(c); }
    quint32 m_bits = 0;
};

// Lower case, accents dropped (NFD without marks), ß as ss, camelCase and letters/digits split
// into words, everything that is not a letter, a digit or # a single space.
QString normalise(QStringView text);

// Every concept the normalised text matches.
Concepts conceptsOf(const QString &normalised);
bool matches(Concept what, const QString &normalised);
// The words of `original` (a header as written) that matched `what` first, as written and
// capitalised: a short label ("Country" for "In what country do you live?"), or empty.
QString matchedWords(Concept what, const QString &original);

// The write-in box of a choice question ("MemberSiteOther", "Andere (namelijk)"): its texts
// name an option the list lacked; they give no reason for a score.
bool isWriteIn(const QString &header);
// An open question that asks what respondents like ("What do you like best about …?", "Wat
// vind je goed aan …?"), not why they gave their score or what could be better: its answers
// are praise, even a detractor's.
bool asksForPraise(const QString &header);
// A placeholder that a spreadsheet wrote for a header: ColumnNN, Unnamed: 3, Field7, empty.
bool isPlaceholderHeader(const QString &normalised);

// The language tables: each term is a normalised phrase with a marker for how it matches.
//   "recommend"  starts a word: "recommended", "recommendation"
//   "*empfehl"   anywhere inside a word: "Weiterempfehlung" (compounds)
//   "nps."       a whole word
//   "=id"        the whole header
struct Table
{
    const char *language;                              // ISO 639-1
    QList<std::pair<Concept, const char16_t *>> terms; // terms separated by |
};
const QList<Table> &tables();

} // namespace Vocabulary
