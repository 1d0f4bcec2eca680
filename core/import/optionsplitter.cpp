#include "import/optionsplitter.h"

#include <QSet>

#include <algorithm>

namespace {

constexpr int MergeAtLeast = 5;    // adjacent parts seen together this often…
constexpr double MergeShare = 0.9; // …in this share of each part's uses are one option
// A part that goes on in lower case ("Nunca, no uso Shiny", "Social media, such as blogs") and
// never comes without the part before it needs fewer sightings.
constexpr int ContinuationAtLeast = 2;

bool startsLowerCase(const QString &part)
{
    return !part.isEmpty() && part.at(0).isLower();
}

QStringList rawParts(QStringView answer, const QString &separator)
{
    QStringList parts;
    for (QStringView part : answer.split(separator)) {
        part = part.trimmed();
        if (!part.isEmpty())
            parts.append(part.toString());
    }
    return parts;
}

int bracketDepth(const QString &text)
{
    int depth = 0;
    for (QChar c : text) {
        if (c == u'(' || c == u'[' || c == u'{')
            ++depth;
        else if (c == u')' || c == u']' || c == u'}')
            --depth;
    }
    return depth;
}

// "2018 (US/Eastern)" after "Apr 2-3": a year continues the date before it.
bool startsWithYear(const QString &part)
{
    if (part.size() < 4 || (!part.startsWith(u"19") && !part.startsWith(u"20")))
        return false;
    for (int i = 0; i < 4; ++i)
        if (!part.at(i).isDigit())
            return false;
    return part.size() == 4 || !part.at(4).isDigit();
}

// Parts inside an unclosed bracket belong to the part that opened it; `separator` is the text
// that joins them again.
QStringList joinBrackets(const QStringList &parts, const QString &separator)
{
    QStringList joined;
    QString open;
    for (const QString &part : parts) {
        if (open.isEmpty() && !joined.isEmpty() && startsWithYear(part)) {
            joined.last() += separator + part;
            continue;
        }
        if (open.isEmpty()) {
            if (bracketDepth(part) > 0)
                open = part;
            else
                joined.append(part);
            continue;
        }
        open += separator + part;
        if (bracketDepth(open) <= 0) {
            joined.append(open);
            open.clear();
        }
    }
    if (!open.isEmpty())
        joined.append(open);
    return joined;
}

QString joinText(const QString &separator)
{
    // How two parts read again once joined: ", " stays ", "; ";" becomes "; ".
    const QString trimmed = separator.trimmed();
    return trimmed.isEmpty() || separator.startsWith(u' ') ? separator : trimmed + u' ';
}

} // namespace

std::pair<OptionSplitter, OptionSplitter::Learned>
OptionSplitter::learn(const QHash<QString, int> &answers)
{
    OptionSplitter splitter;
    Learned learned;
    // The separator most answers use.
    int bestUses = 0;
    for (const char *candidate : {", ", ";", " / ", " | "}) {
        const QString separator = QString::fromLatin1(candidate);
        int uses = 0;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            if (it.key().contains(separator))
                uses += it.value();
        if (uses > bestUses) {
            bestUses = uses;
            splitter.m_separator = separator;
        }
    }
    if (splitter.m_separator.isEmpty())
        splitter.m_separator = QStringLiteral(", ");
    const QString separator = splitter.m_separator;
    const QString glue = joinText(separator);

    struct Answer
    {
        QStringList parts;
        int count;
    };
    QList<Answer> list;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        list.append({joinBrackets(rawParts(it.key(), separator), glue), it.value()});

    // Adjacent parts that nearly always come together are one option with the separator in it.
    for (int round = 0; round < 64; ++round) {
        QHash<QString, int> uses;
        QHash<QString, int> pairs; // "a\x1fb"
        for (const Answer &a : std::as_const(list)) {
            for (qsizetype i = 0; i < a.parts.size(); ++i) {
                uses[a.parts.at(i)] += a.count;
                if (i + 1 < a.parts.size())
                    pairs[a.parts.at(i) + QChar(0x1f) + a.parts.at(i + 1)] += a.count;
            }
        }
        QString best;
        int bestCount = 0;
        for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
            const qsizetype cut = it.key().indexOf(QChar(0x1f));
            const int n = it.value();
            const QString second = it.key().mid(cut + 1);
            const bool continuation = startsLowerCase(second) && n >= ContinuationAtLeast
                                      && n == uses.value(second)
                                      && n == uses.value(it.key().left(cut));
            if ((n < MergeAtLeast && !continuation) || n <= bestCount)
                continue;
            if (continuation
                || (n >= MergeShare * uses.value(it.key().left(cut))
                    && n >= MergeShare * uses.value(second))) {
                best = it.key();
                bestCount = n;
            }
        }
        if (best.isEmpty())
            break;
        const qsizetype cut = best.indexOf(QChar(0x1f));
        const QString first = best.left(cut), second = best.mid(cut + 1);
        for (Answer &a : list) {
            for (qsizetype i = 0; i + 1 < a.parts.size(); ++i) {
                if (a.parts.at(i) == first && a.parts.at(i + 1) == second) {
                    a.parts[i] += glue + second;
                    a.parts.removeAt(i + 1);
                }
            }
        }
    }

    qint64 optionLength = 0;
    int choices = 0;
    QSet<QString> alone;
    for (const Answer &a : std::as_const(list)) {
        if (a.parts.isEmpty())
            continue;
        learned.answers += a.count;
        if (a.parts.size() > 1)
            learned.multiple += a.count;
        else
            alone.insert(a.parts.first());
        for (const QString &part : a.parts) {
            learned.optionCounts[part] += a.count;
            choices += a.count;
            optionLength += part.size() * qint64(a.count);
        }
    }
    int common = 0;
    for (auto it = learned.optionCounts.cbegin(); it != learned.optionCounts.cend(); ++it) {
        if (it.value() >= 2) {
            ++learned.commonOptions;
            learned.standalone += alone.contains(it.key());
            common += it.value();
        }
        const QStringList parts = splitter.splitParts(it.key());
        if (parts.size() > 1)
            splitter.m_joined[parts.first()].append(parts);
    }
    for (auto &candidates : splitter.m_joined)
        std::sort(candidates.begin(),
                  candidates.end(),
                  [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
    learned.separator = separator;
    learned.commonShare = choices ? double(common) / choices : 0;
    learned.averageLength = choices ? double(optionLength) / choices : 0;
    return {splitter, learned};
}

QStringList OptionSplitter::splitParts(QStringView answer) const
{
    return joinBrackets(rawParts(answer, m_separator), joinText(m_separator));
}

QStringList OptionSplitter::split(QStringView answer) const
{
    QStringList parts = splitParts(answer);
    if (m_joined.isEmpty())
        return parts;
    const QString glue = joinText(m_separator);
    QStringList options;
    for (qsizetype i = 0; i < parts.size();) {
        qsizetype taken = 1;
        const auto it = m_joined.constFind(parts.at(i));
        if (it != m_joined.cend()) {
            for (const QStringList &candidate : *it) {
                if (i + candidate.size() <= parts.size()
                    && std::equal(candidate.begin(), candidate.end(), parts.begin() + i)) {
                    taken = candidate.size();
                    break;
                }
            }
        }
        options.append(taken == 1 ? parts.at(i) : parts.mid(i, taken).join(glue));
        i += taken;
    }
    return options;
}
