#include "import/vocabulary.h"

#include <QHash>

namespace Vocabulary {

namespace {

// A word of a text: where it is in the original and how it reads normalised.
struct Token
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString normalised;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'#';
}

QString normaliseWord(QStringView word)
{
    bool ascii = true;
    for (QChar c : word)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QString out(word.size(), Qt::Uninitialized);
        for (qsizetype i = 0; i < word.size(); ++i) {
            const char16_t c = word.at(i).unicode();
            out[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        }
        return out;
    }
    // NFKD splits accents (and ligatures, full-width forms) from their letters.
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c == u'ß')
            out += QStringLiteral("ss");
        else
            out += c.toLower();
    }
    return out;
}

// Splits at everything that is not part of a word, between letters and digits, and where
// camelCase changes case ("LikelyToRecommend", "IPAddress", "ResponseId").
QList<Token> tokens(QStringView text)
{
    QList<Token> list;
    qsizetype start = -1;
    auto close = [&](qsizetype end) {
        if (start >= 0 && end > start)
            list.append({start, end, normaliseWord(text.sliced(start, end - start))});
        start = -1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isWordChar(c)) {
            close(i);
            continue;
        }
        if (start >= 0 && !c.isMark()) {
            const QChar previous = text.at(i - 1);
            const bool digitChange = previous.isDigit() != c.isDigit() && !previous.isMark();
            const bool camel
                = c.isUpper()
                  && (previous.isLower()
                      || (previous.isUpper() && i + 1 < text.size() && text.at(i + 1).isLower()));
            if (digitChange || camel)
                close(i);
        }
        if (start < 0)
            start = i;
    }
    close(text.size());
    return list;
}

enum class Match : quint8 { Prefix, Word, Anywhere, Whole, Last };

struct Term
{
    QString text;
    Concept what;
    Match match;
};

// The terms of every table, indexed by how they can be found: whole headers and last words by
// hash, word starts by their first two characters, compound parts in a short list.
class Index
{
public:
    Index()
    {
        for (const Table &table : tables()) {
            for (const auto &[what, list] : table.terms) {
                const QStringList terms = QString::fromUtf16(list).split(u'|', Qt::SkipEmptyParts);
                for (QString term : terms) {
                    Match match = Match::Prefix;
                    if (term.startsWith(u'=')) {
                        match = Match::Whole;
                        term.remove(0, 1);
                    } else if (term.startsWith(u'$')) {
                        match = Match::Last;
                        term.remove(0, 1);
                    } else if (term.startsWith(u'*')) {
                        match = Match::Anywhere;
                        term.remove(0, 1);
                    } else if (term.endsWith(u'.')) {
                        match = Match::Word;
                        term.chop(1);
                    }
                    add(normalise(term), what, match);
                }
            }
        }
    }

    Concepts find(const QString &s) const
    {
        Concepts found;
        visit(s, [&found](const Term &t, qsizetype, qsizetype) {
            found.add(t.what);
            return false;
        });
        return found;
    }

    // The first match of one concept: its start and length in s.
    std::pair<qsizetype, qsizetype> first(Concept what, const QString &s) const
    {
        std::pair<qsizetype, qsizetype> at{-1, 0};
        visit(s, [&](const Term &t, qsizetype begin, qsizetype length) {
            if (t.what != what || (at.first >= 0 && begin >= at.first))
                return false;
            at = {begin, length};
            return false;
        });
        return at;
    }

private:
    static quint32 key(QChar a, QChar b) { return (quint32(a.unicode()) << 16) | b.unicode(); }

    void add(const QString &t, Concept what, Match match)
    {
        if (t.isEmpty())
            return;
        const auto index = qsizetype(m_terms.size());
        m_terms.append({t, what, match});
        switch (match) {
        case Match::Whole:
            m_whole[t].append(index);
            break;
        case Match::Last:
            m_last[t].append(index);
            break;
        case Match::Anywhere:
            m_anywhere.append(index);
            break;
        case Match::Prefix:
        case Match::Word:
            m_byStart[key(t.at(0), t.size() > 1 ? t.at(1) : QChar())].append(index);
            break;
        }
    }

    // Calls f(term, begin, length) for every term found in s; f returns true to stop.
    template<typename F>
    void visit(const QString &s, F f) const
    {
        if (s.isEmpty())
            return;
        for (qsizetype i : m_whole.value(s))
            if (f(m_terms.at(i), 0, s.size()))
                return;
        const qsizetype lastSpace = s.lastIndexOf(u' ');
        const QString last = s.mid(lastSpace + 1);
        for (qsizetype i : m_last.value(last))
            if (f(m_terms.at(i), lastSpace + 1, last.size()))
                return;
        for (qsizetype p = 0;;) {
            const QChar a = s.at(p);
            const QChar b = p + 1 < s.size() ? s.at(p + 1) : QChar();
            for (const quint32 k : {key(a, b), key(a, QChar())}) {
                const auto it = m_byStart.constFind(k);
                if (it == m_byStart.cend())
                    continue;
                for (qsizetype i : *it) {
                    const Term &t = m_terms.at(i);
                    const qsizetype end = p + t.text.size();
                    if (QStringView(s).sliced(p).startsWith(t.text)
                        && (t.match == Match::Prefix || end == s.size() || s.at(end) == u' ')
                        && f(t, p, t.text.size()))
                        return;
                }
            }
            const qsizetype space = s.indexOf(u' ', p);
            if (space < 0 || space + 1 >= s.size())
                break;
            p = space + 1;
        }
        for (qsizetype i : m_anywhere) {
            const qsizetype at = s.indexOf(m_terms.at(i).text);
            if (at >= 0 && f(m_terms.at(i), at, m_terms.at(i).text.size()))
                return;
        }
    }

    QList<Term> m_terms;
    QHash<QString, QList<qsizetype>> m_whole;
    QHash<QString, QList<qsizetype>> m_last;
    QHash<quint32, QList<qsizetype>> m_byStart;
    QList<qsizetype> m_anywhere;
};

const Index &index()
{
    static const Index built; // thread-safe initialisation; read-only afterwards
    return built;
}

} // namespace

QString normalise(QStringView text)
{
    QString out;
    for (const Token &t : tokens(text)) {
        if (!out.isEmpty())
            out += u' ';
        out += t.normalised;
    }
    return out;
}

Concepts conceptsOf(const QString &normalised)
{
    return index().find(normalised);
}

bool matches(Concept what, const QString &normalised)
{
    return conceptsOf(normalised).has(what);
}

bool isWriteIn(const QString &header)
{
    // A header that asks why or for a comment is no write-in box, though it says "other".
    const Concepts concepts = conceptsOf(normalise(header));
    return concepts.has(Concept::OtherSpecify) && !concepts.has(Concept::Why)
           && !concepts.has(Concept::OpenAnswer);
}

bool asksForPraise(const QString &header)
{
    const Concepts concepts = conceptsOf(normalise(header));
    return concepts.has(Concept::Praise) && !concepts.has(Concept::Criticism)
           && !concepts.has(Concept::Why);
}

QString matchedWords(Concept what, const QString &original)
{
    const QList<Token> words = tokens(original);
    QString s;
    QList<qsizetype> startOf; // character offset of each word in s
    for (const Token &t : words) {
        if (!s.isEmpty())
            s += u' ';
        startOf.append(s.size());
        s += t.normalised;
    }
    const auto [at, length] = index().first(what, s);
    if (at < 0)
        return {};
    qsizetype first = 0, last = 0;
    for (qsizetype w = 0; w < startOf.size(); ++w) {
        if (startOf.at(w) <= at)
            first = w;
        if (startOf.at(w) < at + length)
            last = w;
    }
    QString label
        = original.mid(words.at(first).begin, words.at(last).end - words.at(first).begin).trimmed();
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

bool isPlaceholderHeader(const QString &normalised)
{
    if (normalised.isEmpty())
        return true;
    static const QStringList words = {QStringLiteral("column"),
                                      QStringLiteral("col"),
                                      QStringLiteral("unnamed"),
                                      QStringLiteral("field"),
                                      QStringLiteral("var"),
                                      QStringLiteral("variable"),
                                      QStringLiteral("kolom"),
                                      QStringLiteral("veld"),
                                      QStringLiteral("spalte"),
                                      QStringLiteral("feld"),
                                      QStringLiteral("colonne"),
                                      QStringLiteral("champ"),
                                      QStringLiteral("columna"),
                                      QStringLiteral("campo"),
                                      QStringLiteral("coluna"),
                                      QStringLiteral("colonna")};
    const QStringList parts = normalised.split(u' ');
    if (parts.size() > 3)
        return false;
    bool number = false;
    parts.last().toInt(&number);
    // "Column13", "Unnamed: 3", "Unnamed: 3_level_0" and a bare number.
    if (parts.size() == 1)
        return number;
    return (number && words.contains(parts.first()))
           || (parts.size() == 3 && parts.first() == u"unnamed");
}

} // namespace Vocabulary
