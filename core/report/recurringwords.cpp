#include "report/recurringwords.h"

#include "metrics/responsecache.h"
#include "text/privacymask.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace RecurringWords {

namespace {

// Words that say nothing about the reason for a score, in Dutch and English.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char *list[] = {
            "de",       "het",    "een",   "en",    "van",   "ik",       "te",    "dat",   "die",
            "in",       "is",     "op",    "aan",   "met",   "voor",     "niet",  "zijn",  "er",
            "maar",     "om",     "ook",   "als",   "dan",   "bij",      "of",    "wat",   "mijn",
            "je",       "jullie", "we",    "was",   "heb",   "had",      "wel",   "nog",   "al",
            "kan",      "zo",     "naar",  "door",  "over",  "uit",      "tot",   "geen",  "me",
            "mij",      "u",      "uw",    "nooit", "weer",  "erg",      "heel",  "echt",  "gewoon",
            "keer",     "steeds", "toch",  "veel",  "drie",  "twee",     "jaar",  "jaren", "week",
            "weken",    "dag",    "dagen", "iets",  "alles", "iedereen", "goed",  "the",   "a",
            "an",       "and",    "or",    "of",    "to",    "in",       "is",    "it",    "for",
            "on",       "with",   "was",   "my",    "i",     "me",       "you",   "your",  "we",
            "they",     "but",    "not",   "no",    "at",    "be",       "are",   "this",  "that",
            "very",     "so",     "too",   "have",  "has",   "had",      "from",  "by",    "as",
            "just",     "again",  "every", "any",   "all",   "there",    "their", "would", "could",
            "can",      "will",   "it's",  "i'm",   "after", "over",     "than",  "more",  "never",
            "actually", "really", "still", "what",  "which", "about",    "only",  "also",  "one",
            "two",      "three",
        };
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

} // namespace

QList<QuarterlyReport::Theme>
find(const ResponseCache &c, const std::vector<quint32> &rows, bool mask)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}][\\p{L}'’-]{2,}"));
    QHash<QString, QList<quint32>> answersByWord;
    for (quint32 row : rows) {
        // Words are counted in masked text: an e-mail domain is personal data, never a theme.
        const QString answer = PrivacyMask::strip(c.answer(row).toString());
        if (answer.isEmpty())
            continue;
        QSet<QString> seen;
        for (auto it = wordPattern.globalMatch(answer); it.hasNext();) {
            const QString word = it.next().captured().toLower();
            if (!stopWords().contains(word) && !seen.contains(word)) {
                seen.insert(word);
                answersByWord[word].append(row);
            }
        }
    }
    QList<QPair<QString, QList<quint32>>> ranked;
    for (auto it = answersByWord.cbegin(); it != answersByWord.cend(); ++it) {
        if (it.value().size() >= 2)
            ranked.append({it.key(), it.value()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second.size() != b.second.size() ? a.second.size() > b.second.size()
                                                  : a.first < b.first;
    });
    QList<QuarterlyReport::Theme> themes;
    QList<QSet<quint32>> chosen;
    for (const auto &[word, answerRows] : ranked) {
        if (themes.size() == 6)
            break;
        // Words of one recurring sentence ("late", "delivery", "tracking") are one theme.
        const QSet<quint32> rowsOfWord(answerRows.cbegin(), answerRows.cend());
        const bool repeats
            = std::any_of(chosen.cbegin(), chosen.cend(), [&](const QSet<quint32> &earlier) {
                  return double(QSet<quint32>(rowsOfWord).intersect(earlier).size())
                         >= 0.8 * double(rowsOfWord.size());
              });
        if (repeats)
            continue;
        chosen.append(rowsOfWord);
        QuarterlyReport::Theme theme{word, qint64(answerRows.size()), {}};
        QSet<QString> distinct;
        for (quint32 row : answerRows) {
            const QString answer = c.answer(row).toString();
            const QString quote = mask ? PrivacyMask::mask(answer) : answer;
            if (!distinct.contains(quote) && quote.size() <= 220) {
                distinct.insert(quote);
                theme.quotes.append(quote);
            }
            if (theme.quotes.size() == 2)
                break;
        }
        themes.append(theme);
    }
    return themes;
}

} // namespace RecurringWords
