#include "text/wordtokenizer.h"

#include <QTextBoundaryFinder>

#include <QStringList>

#include <algorithm>
#include <array>

namespace {

// Word_Break classes of UAX #29 for the characters of the fast path.
enum class Wb : quint8 {
    Other,
    Letter,      // ALetter
    Numeric,     // 0–9
    MidLetter,   // ·
    MidNum,      // , ;
    MidNumLet,   // . ‘ ’
    SingleQuote, // '
    ExtendNumLet // _
};

Wb classify(char16_t c)
{
    if (c < 0x80) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            return Wb::Letter;
        if (c >= u'0' && c <= u'9')
            return Wb::Numeric;
        switch (c) {
        case u',':
        case u';':
            return Wb::MidNum;
        case u'.':
            return Wb::MidNumLet;
        case u'\'':
            return Wb::SingleQuote;
        case u'_':
            return Wb::ExtendNumLet;
        default:
            return Wb::Other;
        }
    }
    if (c == 0x00b7)
        return Wb::MidLetter;
    if (c == 0x2018 || c == 0x2019)
        return Wb::MidNumLet;
    if (c < 0x250 && QChar::isLetter(c))
        return Wb::Letter;
    return Wb::Other;
}

// Latin script from a table (filled once, before main); the few other characters of the
// fast path by hand.
const std::array<Wb, 0x250> latinClasses = [] {
    std::array<Wb, 0x250> t{};
    for (char16_t i = 0; i < 0x250; ++i)
        t[i] = classify(i);
    return t;
}();

inline Wb wordBreakClass(char16_t c)
{
    return c < 0x250 ? latinClasses[c] : classify(c);
}

// Characters the fast path knows all rules for: Latin letters, ASCII, Latin-1 punctuation and
// the typographic quotes, dashes and symbols people type. Soft hyphen (a Format character that
// the rules skip) and combining marks are left to QTextBoundaryFinder.
inline bool isSimpleChar(char16_t c)
{
    if (c < 0x250)
        return c != 0x00ad;
    switch (c) {
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2022: // •
    case 0x2026: // …
    case 0x20ac: // €
        return true;
    default:
        return false;
    }
}

bool isClausePunctuation(char16_t c)
{
    switch (c) {
    case u'.':
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u'(':
    case u')':
    case u'\n':
    case u'\r':
    case 0x2013:
    case 0x2014:
    case 0x2022:
    case 0x2026:
    case 0x00bf: // ¿
    case 0x00a1: // ¡
        return true;
    default:
        return false;
    }
}

bool joins(Wb c)
{
    return c == Wb::Letter || c == Wb::Numeric || c == Wb::ExtendNumLet;
}

// Notes clause breaks and brackets in the text between two words.
struct GapReader
{
    bool clauseBreak = false;
    int bracketDepth = 0;
    void read(QStringView gap)
    {
        for (qsizetype i = 0; i < gap.size(); ++i) {
            const char16_t c = gap[i].unicode();
            if (c == u'[') {
                ++bracketDepth;
            } else if (c == u']') {
                bracketDepth = std::max(0, bracketDepth - 1);
            } else if (isClausePunctuation(c)) {
                clauseBreak = true;
            } else if (c == u'-' && i > 0 && i + 1 < gap.size() && gap[i - 1].isSpace()
                       && gap[i + 1].isSpace()) {
                clauseBreak = true; // " - " between words
            }
        }
    }
};

void appendWord(std::vector<WordTokenizer::Word> &out,
                QStringView text,
                qsizetype start,
                qsizetype end,
                qsizetype previousEnd,
                GapReader &gap,
                bool firstWord)
{
    gap.read(text.mid(previousEnd, start - previousEnd));
    out.push_back({start, end - start, gap.clauseBreak && !firstWord, gap.bracketDepth > 0});
    gap.clauseBreak = false;
}

bool holdsLetterOrDigit(QStringView segment)
{
    // High surrogates: letters outside the BMP, which QTextBoundaryFinder keeps together.
    return std::any_of(segment.begin(), segment.end(), [](QChar c) {
        return c.isLetterOrNumber() || c.isHighSurrogate();
    });
}

// Words joined by single full stops, three or more, or ending in a top-level domain:
// "www.example.com", "bol.com". They name a place, not a theme.
void markAddresses(QStringView text, std::vector<WordTokenizer::Word> &words, size_t from)
{
    static const QStringList domains{QStringLiteral("com"),
                                     QStringLiteral("net"),
                                     QStringLiteral("org"),
                                     QStringLiteral("info"),
                                     QStringLiteral("io"),
                                     QStringLiteral("eu"),
                                     QStringLiteral("nl"),
                                     QStringLiteral("be"),
                                     QStringLiteral("de"),
                                     QStringLiteral("fr"),
                                     QStringLiteral("es"),
                                     QStringLiteral("uk"),
                                     QStringLiteral("it"),
                                     QStringLiteral("at"),
                                     QStringLiteral("ch")};
    size_t i = from;
    while (i < words.size()) {
        size_t j = i;
        while (j + 1 < words.size() && words[j + 1].start == words[j].start + words[j].length + 1
               && text[words[j].start + words[j].length] == u'.')
            ++j;
        const size_t parts = j - i + 1;
        const auto domain = [&] {
            const QStringView last = text.mid(words[j].start, words[j].length);
            return last.size() <= 4
                   && std::any_of(domains.cbegin(), domains.cend(), [last](const QString &d) {
                          return last.compare(d, Qt::CaseInsensitive) == 0;
                      });
        };
        if (parts >= 3 || (parts == 2 && domain())) {
            for (size_t k = i; k <= j; ++k)
                words[k].address = true;
        }
        i = j + 1;
    }
}

} // namespace

bool WordTokenizer::isSimple(QStringView text)
{
    for (QChar c : text) {
        if (!isSimpleChar(c.unicode()))
            return false;
    }
    return true;
}

std::vector<WordTokenizer::Word> WordTokenizer::wordsByBoundaryFinder(QStringView text)
{
    std::vector<Word> out;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text.data(), int(text.size()));
    GapReader gap;
    qsizetype previous = 0;
    qsizetype previousEnd = 0;
    for (qsizetype next = finder.toNextBoundary(); next >= 0; next = finder.toNextBoundary()) {
        const QStringView segment = text.mid(previous, next - previous);
        if (holdsLetterOrDigit(segment)) {
            appendWord(out, text, previous, next, previousEnd, gap, out.empty());
            previousEnd = next;
        }
        previous = next;
    }
    markAddresses(text, out, 0);
    return out;
}

void WordTokenizer::split(QStringView text, std::vector<Word> &out)
{
    if (splitSimple(text, out))
        return;
    const std::vector<Word> words = wordsByBoundaryFinder(text);
    out.insert(out.end(), words.begin(), words.end());
}

bool WordTokenizer::splitSimple(QStringView text, std::vector<Word> &out)
{
    // One pass: classes, words and what lies between them, giving up on the first
    // character the fast path does not know.
    const size_t first = out.size();
    const char16_t *chars = text.utf16();
    const qsizetype n = text.size();
    bool clauseBreak = false;
    int brackets = 0;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = chars[i];
        if (!isSimpleChar(c)) {
            out.resize(first);
            return false;
        }
        Wb previous = wordBreakClass(c);
        if (!joins(previous)) {
            if (c == u'[') {
                ++brackets;
            } else if (c == u']') {
                brackets = std::max(0, brackets - 1);
            } else if (isClausePunctuation(c)) {
                clauseBreak = true;
            } else if (c == u'-' && i > 0 && i + 1 < n && QChar::isSpace(chars[i - 1])
                       && QChar::isSpace(chars[i + 1])) {
                clauseBreak = true; // " - " between words
            }
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool letterOrDigit = previous != Wb::ExtendNumLet;
        ++i;
        while (i < n) {
            const char16_t d = chars[i];
            if (!isSimpleChar(d)) {
                out.resize(first);
                return false;
            }
            const Wb k = wordBreakClass(d);
            if (joins(k)) { // WB5, WB8–WB10, WB13a/b
                letterOrDigit = letterOrDigit || k != Wb::ExtendNumLet;
                previous = k;
                ++i;
                continue;
            }
            if (i + 1 < n) {
                const Wb after = wordBreakClass(chars[i + 1]);
                const bool quoteOrMid = k == Wb::MidNumLet || k == Wb::SingleQuote;
                // Qt's boundary finder keeps a full stop between letters a boundary
                // ("www.example.com" is three words), unlike UAX #29; so does this.
                if (previous == Wb::Letter && after == Wb::Letter
                    && (k == Wb::MidLetter || (quoteOrMid && d != u'.'))) { // WB6, WB7
                    i += 2;
                    continue;
                }
                if (previous == Wb::Numeric && after == Wb::Numeric
                    && (k == Wb::MidNum || quoteOrMid)) { // WB11, WB12
                    i += 2;
                    continue;
                }
            }
            break;
        }
        if (letterOrDigit) {
            out.push_back({start, i - start, clauseBreak && out.size() > first, brackets > 0});
            clauseBreak = false;
        }
    }
    markAddresses(text, out, first);
    return true;
}

std::vector<WordTokenizer::Word> WordTokenizer::words(QStringView text)
{
    std::vector<Word> out;
    split(text, out);
    return out;
}

void WordTokenizer::dropBracketed(std::vector<Word> &words, size_t from)
{
    size_t kept = from;
    bool pendingBreak = false;
    for (size_t i = from; i < words.size(); ++i) {
        Word w = words[i];
        if (w.skipped()) {
            pendingBreak = pendingBreak || w.clauseBreakBefore;
            continue;
        }
        w.clauseBreakBefore = (w.clauseBreakBefore || pendingBreak) && kept > from;
        pendingBreak = false;
        words[kept++] = w;
    }
    words.resize(kept);
}
