#include "text/lexicon.h"

#include "text/stemmer.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

QStringList wordsOf(const char *list)
{
    return QString::fromUtf8(list).split(QRegularExpression(QStringLiteral("\\s+")),
                                         Qt::SkipEmptyParts);
}

} // namespace

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    for (const LanguageProfile &p : Languages::profiles()) {
        const quint8 b = bit(p.language);
        for (const auto &[list, role] : {std::pair{p.stopWords, &WordRoles::stop},
                                         std::pair{p.negators, &WordRoles::negator},
                                         std::pair{p.intensifiers, &WordRoles::intensifier},
                                         std::pair{p.excess, &WordRoles::excess},
                                         std::pair{p.contrasts, &WordRoles::contrast}}) {
            for (const QString &word : wordsOf(list))
                m_roles[word].*role |= b;
        }
        Stemmer stemmer(p.language);
        const auto slot = size_t(Languages::slot(p.language));
        for (const char *list : {p.positive, p.negative}) {
            for (const QString &entry : wordsOf(list)) {
                const qsizetype colon = entry.lastIndexOf(u':');
                const QString word = colon < 0 ? entry : entry.left(colon);
                const float weight = colon < 0 ? 1.0f : entry.mid(colon + 1).toFloat();
                m_polarity[slot].insert(word, weight);
                if (stemmer.stem(word) == word)
                    m_polarityOfStem[slot].insert(word, weight);
            }
        }
        for (const QString &entry : QString::fromUtf8(p.concepts).split(u';', Qt::SkipEmptyParts)) {
            const qsizetype colon = entry.indexOf(u':');
            const QString name = entry.left(colon).trimmed();
            qsizetype id = m_conceptNames.indexOf(name);
            if (id < 0) {
                id = m_conceptNames.size();
                m_conceptNames << name;
            }
            const QStringList words = entry.mid(colon + 1).split(u' ', Qt::SkipEmptyParts);
            for (const QString &word : words) {
                // A stem two concepts claim keeps the first (languages in enum order).
                const QString stem = stemmer.stem(word);
                if (!m_conceptOfStem.contains(stem))
                    m_conceptOfStem.insert(stem, int(id));
            }
        }
    }
}

std::optional<float>
Lexicon::polarity(Language language, const QString &word, const QString &stem) const
{
    const auto slot = size_t(Languages::slot(language));
    if (const auto it = m_polarity[slot].constFind(word); it != m_polarity[slot].cend())
        return *it;
    if (const auto it = m_polarityOfStem[slot].constFind(stem); it != m_polarityOfStem[slot].cend())
        return *it;
    return std::nullopt;
}

std::optional<float> Lexicon::polarityInAnyLanguage(const QString &word) const
{
    for (const LanguageProfile &p : Languages::profiles()) {
        const auto slot = size_t(Languages::slot(p.language));
        if (const auto it = m_polarity[slot].constFind(word); it != m_polarity[slot].cend())
            return *it;
    }
    return std::nullopt;
}
