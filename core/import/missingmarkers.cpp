#include "import/missingmarkers.h"

#include "import/vocabulary.h"

#include <QSet>
#include <QStringList>

namespace MissingMarkers {

namespace {

// Compared after Vocabulary::normalise: "#N/A" reads "#n a", "NaN" "na n", "weiß nicht"
// "weiss nicht".
const QSet<QString> &softwareMarkers()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *m : {"na",
                              "n a",
                              "#n a",
                              "#na",
                              "na n",
                              "nan",
                              "null",
                              "#null",
                              "none",
                              "nil",
                              "missing",
                              "sysmis",
                              "n d",
                              "#value",
                              "#ref",
                              "#div 0"})
            s.insert(QString::fromLatin1(m));
        return s;
    }();
    return set;
}

const QSet<QString> &dontKnowMarkers()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char16_t *m : {// English
                                  u"don't know",
                                  u"dont know",
                                  u"do not know",
                                  u"i don't know",
                                  u"i dont know",
                                  u"not applicable",
                                  u"no answer",
                                  u"no opinion",
                                  u"dk",
                                  u"dk na",
                                  u"n a dk",
                                  // Dutch
                                  u"weet niet",
                                  u"weet ik niet",
                                  u"geen idee",
                                  u"niet van toepassing",
                                  u"nvt",
                                  u"n v t",
                                  u"geen antwoord",
                                  u"geen mening",
                                  u"wn",
                                  // German
                                  u"weiß nicht",
                                  u"weiss nicht",
                                  u"weis nicht",
                                  u"keine angabe",
                                  u"k a",
                                  u"keine ahnung",
                                  u"nicht zutreffend",
                                  u"trifft nicht zu",
                                  u"keine antwort",
                                  // French
                                  u"je ne sais pas",
                                  u"ne sais pas",
                                  u"ne sait pas",
                                  u"nsp",
                                  u"sans opinion",
                                  u"sans réponse",
                                  u"non applicable",
                                  u"pas de réponse",
                                  u"ne se prononce pas",
                                  // Spanish
                                  u"no sé",
                                  u"no lo sé",
                                  u"ns nc",
                                  u"ns",
                                  u"no sabe",
                                  u"no aplica",
                                  u"sin respuesta",
                                  u"no sabe no contesta",
                                  u"no contesta",
                                  // Portuguese
                                  u"não sei",
                                  u"não se aplica",
                                  u"sem resposta",
                                  u"não sabe",
                                  u"ns nr",
                                  // Italian
                                  u"non so",
                                  u"non lo so",
                                  u"non saprei",
                                  u"non applicabile",
                                  u"nessuna risposta",
                                  u"non sa"})
            s.insert(Vocabulary::normalise(QStringView(m)));
        return s;
    }();
    return set;
}

bool isSymbolOnly(QStringView t)
{
    if (t.isEmpty())
        return false;
    for (QChar c : t) {
        switch (c.unicode()) {
        case u'.':
        case u'-':
        case u'_':
        case u'?':
        case u'/':
        case u'\\':
        case u'*':
        case u'#':
        case u'~':
        case u'–':
        case u'—':
        case u'−':
        case u' ':
            continue;
        default:
            return false;
        }
    }
    return true;
}

} // namespace

// The first letters of every marker (lower case, ASCII): most answers start with another one
// and are answers without normalising them (this runs on every open answer of an import).
bool mayStartAMarker(QChar first)
{
    static const QSet<char16_t> letters = [] {
        QSet<char16_t> set;
        for (const QSet<QString> *markers : {&softwareMarkers(), &dontKnowMarkers()})
            for (const QString &m : *markers)
                set.insert(m.at(0).unicode());
        return set;
    }();
    const char16_t c = first.unicode();
    if (c >= 0x80)
        return true;
    return letters.contains(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
}

Kind kind(QStringView value)
{
    const QStringView t = value.trimmed();
    // The longest marker ("no sabe no contesta", "niet van toepassing") has 19 characters.
    if (t.isEmpty() || t.size() > 24)
        return Kind::Answer;
    if (isSymbolOnly(t))
        return Kind::Symbol;
    const QChar first = t.at(0);
    if (first.isDigit() || !mayStartAMarker(first))
        return Kind::Answer; // numbers are answers; codes are decided per column
    const QString n = Vocabulary::normalise(t);
    if (softwareMarkers().contains(n))
        return Kind::Software;
    if (dontKnowMarkers().contains(n))
        return Kind::DontKnow;
    return Kind::Answer;
}

bool isNumericCode(int value)
{
    if (value < 0)
        return true;
    if (value == 98 || value == 998 || value == 9998)
        return true;
    if (value < 66)
        return false;
    const QString digits = QString::number(value);
    return digits.count(digits.at(0)) == digits.size();
}

} // namespace MissingMarkers
