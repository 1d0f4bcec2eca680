#include "filterstate.h"

#include "metrics/responsecache.h"

#include <algorithm>

namespace FilterState {

QVariant toVariant(const Filter &f, const ResponseCache &cache)
{
    QVariantMap map;
    if (f.from)
        map.insert(QStringLiteral("from"), *f.from);
    if (f.to)
        map.insert(QStringLiteral("to"), *f.to);
    map.insert(QStringLiteral("granularity"), Period::granularityKey(f.granularity));
    map.insert(QStringLiteral("groups"), int(f.groups));
    map.insert(QStringLiteral("scores"), int(f.scores));
    map.insert(QStringLiteral("onlyWithAnswer"), f.onlyWithAnswer);
    map.insert(QStringLiteral("text"), f.text);
    if (f.question > 0 && f.question < cache.questions().size())
        map.insert(QStringLiteral("question"), cache.questions().at(f.question).text);
    QVariantMap segments;
    for (auto it = f.segments.cbegin(); it != f.segments.cend(); ++it) {
        if (it.key() >= cache.dimensions().size())
            continue;
        QStringList values;
        for (quint16 code : it.value())
            values << cache.dimensions().at(it.key()).values.value(code);
        segments.insert(cache.dimensions().at(it.key()).name, values);
    }
    map.insert(QStringLiteral("segments"), segments);
    QStringList themes;
    for (int t : f.validThemes())
        themes << f.themes.value(t);
    if (!themes.isEmpty())
        map.insert(QStringLiteral("themes"), themes);
    return map;
}

Filter fromVariant(const QVariant &variant, const ResponseCache &cache)
{
    Filter f;
    const QVariantMap map = variant.toMap();
    if (map.contains(QStringLiteral("from")))
        f.from = map.value(QStringLiteral("from")).toDate();
    if (map.contains(QStringLiteral("to")))
        f.to = map.value(QStringLiteral("to")).toDate();
    f.granularity = Period::granularityFromKey(map.value(QStringLiteral("granularity")).toString())
                        .value_or(Granularity::Quarter);
    const int groups = map.value(QStringLiteral("groups"), int(Filter::AllGroups)).toInt();
    f.groups
        = groups >= 1 && groups <= Filter::AllGroups ? quint8(groups) : quint8(Filter::AllGroups);
    const int scores = map.value(QStringLiteral("scores"), int(Filter::AllScores)).toInt();
    f.scores = scores >= 1 && scores <= Filter::AllScores ? quint16(scores) : Filter::AllScores;
    f.onlyWithAnswer = map.value(QStringLiteral("onlyWithAnswer")).toBool();
    f.text = map.value(QStringLiteral("text")).toString();
    if (map.contains(QStringLiteral("question")))
        f.question
            = std::max(0, cache.questionIndex(map.value(QStringLiteral("question")).toString()));
    const QVariantMap segments = map.value(QStringLiteral("segments")).toMap();
    for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
        const int d = cache.dimensionIndex(it.key());
        if (d < 0)
            continue;
        QSet<quint16> codes;
        for (const QString &value : it.value().toStringList()) {
            const qsizetype code = cache.dimensions().at(d).values.indexOf(value);
            if (code >= 0)
                codes.insert(quint16(code));
        }
        if (!codes.isEmpty())
            f.segments.insert(d, codes);
    }
    return f;
}

QStringList themeLabels(const QVariant &variant)
{
    return variant.toMap().value(QStringLiteral("themes")).toStringList();
}

} // namespace FilterState
