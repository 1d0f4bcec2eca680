#include "metrics/filter.h"

#include "metrics/npsfigures.h"
#include "metrics/responsecache.h"
#include "metrics/thememembership.h"

#include <QCoreApplication>
#include <QLocale>

bool Filter::hasTheme() const
{
    return !validThemes().isEmpty();
}

QList<int> Filter::validThemes() const
{
    QList<int> valid;
    if (!themeMembership)
        return valid;
    for (auto it = themes.cbegin(); it != themes.cend(); ++it) {
        if (it.key() >= 0 && it.key() < themeMembership->themeCount())
            valid << it.key();
    }
    return valid;
}

Filter Filter::withoutThemes() const
{
    Filter f = *this;
    f.themes.clear();
    f.themeMembership.reset();
    return f;
}

bool Filter::acceptsGroupOf(int score) const
{
    if (groups == AllGroups)
        return true;
    if (score < 0)
        return false;
    switch (scoreGroup(score)) {
    case ScoreGroup::Detractor:
        return groups & Detractors;
    case ScoreGroup::Passive:
        return groups & Passives;
    case ScoreGroup::Promoter:
        return groups & Promoters;
    }
    return false;
}

bool Filter::acceptsScore(int score) const
{
    if (score < 0)
        return groups == AllGroups && scores == AllScores;
    return acceptsGroupOf(score) && (scores & scoreBit(score));
}

QList<int> Filter::chosenScores() const
{
    QList<int> chosen;
    if (scores == AllScores)
        return chosen;
    for (int s = 0; s <= 10; ++s) {
        if (scores & scoreBit(s))
            chosen << s;
    }
    return chosen;
}

QString Filter::describe(const ResponseCache &cache, bool dutch, const QStringList &labels) const
{
    QStringList parts;
    const QLocale locale = dutch ? QLocale(QLocale::Dutch) : QLocale();
    if (from && to)
        parts << QCoreApplication::translate("Filter", "%1 to %2")
                     .arg(locale.toString(*from, QLocale::ShortFormat),
                          locale.toString(*to, QLocale::ShortFormat));
    else if (from)
        parts << QCoreApplication::translate("Filter", "from %1")
                     .arg(locale.toString(*from, QLocale::ShortFormat));
    else if (to)
        parts << QCoreApplication::translate("Filter", "until %1")
                     .arg(locale.toString(*to, QLocale::ShortFormat));
    for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
        if (it.key() < 0 || it.key() >= cache.dimensions().size())
            continue;
        const ResponseCache::Dimension &dimension = cache.dimensions().at(it.key());
        QStringList values;
        for (quint16 code : it.value()) {
            if (code < dimension.values.size())
                values << dimension.values.at(code);
        }
        values.sort(Qt::CaseInsensitive);
        const QString name = labels.value(it.key(), dimension.name);
        parts << QStringLiteral("%1: %2").arg(name, values.join(QStringLiteral(", ")));
    }
    if (groups != AllGroups) {
        QStringList names;
        if (groups & Promoters)
            names << QCoreApplication::translate("Filter", "promoters");
        if (groups & Passives)
            names << QCoreApplication::translate("Filter", "passives");
        if (groups & Detractors)
            names << QCoreApplication::translate("Filter", "detractors");
        parts << names.join(QStringLiteral(", "));
    }
    if (const QList<int> chosen = chosenScores(); !chosen.isEmpty()) {
        QStringList numbers;
        for (int s : chosen)
            numbers << locale.toString(s);
        parts << (chosen.size() == 1 ? QCoreApplication::translate("Filter", "score %1")
                                     : QCoreApplication::translate("Filter", "scores %1"))
                     .arg(numbers.join(QStringLiteral(", ")));
    }
    if (onlyWithAnswer)
        parts << QCoreApplication::translate("Filter", "with an open answer");
    if (!text.isEmpty())
        parts << QCoreApplication::translate("Filter", "answers containing “%1”").arg(text);
    if (const QList<int> chosen = validThemes(); !chosen.isEmpty()) {
        QStringList names;
        for (int t : chosen)
            names << QCoreApplication::translate("Filter", "“%1”").arg(themes.value(t));
        parts << (chosen.size() == 1 ? QCoreApplication::translate("Filter", "theme %1")
                                     : QCoreApplication::translate("Filter", "themes %1"))
                     .arg(names.join(QStringLiteral(", ")));
    }
    if (parts.isEmpty())
        return QCoreApplication::translate("Filter", "all responses");
    return parts.join(QStringLiteral(" · "));
}
