#include "text/stemmer.h"

#include <libstemmer.h>

Stemmer::Stemmer(Language language)
    : m_language(language)
{
    if (const LanguageProfile *p = Languages::profile(language))
        m_stemmer = sb_stemmer_new(p->snowball, "UTF_8");
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(QStringView word)
{
    if (!m_stemmer)
        return word.toString();
    m_utf8 = word.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(m_utf8.constData()), int(m_utf8.size()));
    if (!stemmed)
        return word.toString(); // out of memory in libstemmer: the word itself is a fair stem
    QString result
        = QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
    // Snowball's Dutch stemmer undoubles only k, d and t, so "snelle" would stay "snell" while
    // "snel" is "snel": undouble the other consonants too, where a stem of four letters is left.
    if (m_language == Language::Dutch && result.size() >= 5) {
        const QChar last = result.back();
        if (last == result.at(result.size() - 2) && last.isLetter()
            && !QStringView(u"aeiouy").contains(last))
            result.chop(1);
    }
    // …and Dutch writes a voiced consonant before an ending that it does not write at the
    // end of a word: "prijzen" is "prijs", "brieven" is "brief".
    if (m_language == Language::Dutch && result.size() >= 4) {
        if (result.endsWith(u'z'))
            result.back() = u's';
        else if (result.endsWith(u'v'))
            result.back() = u'f';
    }
    return result;
}
