#include "filteroptions.h"

#include "metrics/period.h"
#include "metrics/responsecache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace FilterOptions {

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("period"),
         QCoreApplication::translate("SummaryCommand",
                                     "Trend per month, quarter (default) or year."),
         QStringLiteral("month|quarter|year")},
        {QStringLiteral("where"),
         QCoreApplication::translate("SummaryCommand",
                                     "Only responses with this segment value (repeatable)."),
         QStringLiteral("DIMENSION=VALUE")},
        {QStringLiteral("from"),
         QCoreApplication::translate("SummaryCommand", "First day (inclusive)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"),
         QCoreApplication::translate("SummaryCommand", "Last day (inclusive)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("group"),
         QCoreApplication::translate("SummaryCommand",
                                     "Only promoters, passives or detractors (repeatable)."),
         QStringLiteral("promoter|passive|detractor")},
    };
}

QString dimensionNames(const ResponseCache &cache)
{
    QStringList names;
    for (const auto &d : cache.dimensions())
        names << d.name;
    return names.isEmpty() ? QCoreApplication::translate("SummaryCommand",
                                                         "(this project has no segment dimensions)")
                           : names.join(QStringLiteral(", "));
}

QString valueList(const QStringList &values)
{
    constexpr qsizetype Listed = 30;
    QStringList quoted;
    for (qsizetype v = 0; v < values.size() && v < Listed; ++v)
        quoted << QStringLiteral("“%1”").arg(values.at(v));
    QString list = quoted.join(QStringLiteral(", "));
    if (values.size() > Listed)
        list += u' '
                + QCoreApplication::translate(
                    "SummaryCommand", "and %n more", nullptr, int(values.size() - Listed));
    return list;
}

std::variant<Filter, QString> read(const QCommandLineParser &parser, const ResponseCache &cache)
{
    Filter filter;
    if (parser.isSet(QStringLiteral("period"))) {
        const auto g = Period::granularityFromKey(parser.value(QStringLiteral("period")));
        if (!g)
            return QCoreApplication::translate("SummaryCommand",
                                               "--period takes month, quarter or year, not “%1”.")
                .arg(parser.value(QStringLiteral("period")));
        filter.granularity = *g;
    }
    for (const QString &where : parser.values(QStringLiteral("where"))) {
        const qsizetype eq = where.indexOf(u'=');
        if (eq <= 0)
            return QCoreApplication::translate("SummaryCommand",
                                               "--where takes DIMENSION=VALUE, not “%1”.")
                .arg(where);
        const QString name = where.left(eq).trimmed();
        const QString value = where.mid(eq + 1).trimmed();
        const int d = cache.dimensionIndex(name);
        if (d < 0)
            return QCoreApplication::translate("SummaryCommand",
                                               "No dimension “%1”; the dimensions are: %2")
                .arg(name, dimensionNames(cache));
        const QStringList &values = cache.dimensions().at(d).values;
        qsizetype code = -1;
        for (qsizetype v = 0; v < values.size() && code < 0; ++v) {
            if (values.at(v).compare(value, Qt::CaseInsensitive) == 0)
                code = v;
        }
        if (code < 0)
            return QCoreApplication::translate("SummaryCommand",
                                               "“%1” has no value “%2”; its values are: %3")
                .arg(cache.dimensions().at(d).name, value, valueList(values));
        filter.segments[d].insert(quint16(code));
    }
    for (const char *bound : {"from", "to"}) {
        const QString key = QString::fromLatin1(bound);
        if (!parser.isSet(key))
            continue;
        const QDate date = QDate::fromString(parser.value(key), Qt::ISODate);
        if (!date.isValid())
            return QCoreApplication::translate("SummaryCommand",
                                               "--%1 takes a date as YYYY-MM-DD, not “%2”.")
                .arg(key, parser.value(key));
        (key == u"from" ? filter.from : filter.to) = date;
    }
    if (filter.from && filter.to && *filter.from > *filter.to)
        return QCoreApplication::translate("SummaryCommand", "--from is after --to.");
    const QStringList groups = parser.values(QStringLiteral("group"));
    if (!groups.isEmpty()) {
        filter.groups = 0;
        for (const QString &g : groups) {
            const QString k = g.trimmed().toLower();
            if (k.startsWith(QStringLiteral("promot")))
                filter.groups |= Filter::Promoters;
            else if (k.startsWith(QStringLiteral("passiv")))
                filter.groups |= Filter::Passives;
            else if (k.startsWith(QStringLiteral("detract"))
                     || k.startsWith(QStringLiteral("critic")))
                filter.groups |= Filter::Detractors;
            else
                return QCoreApplication::translate(
                           "SummaryCommand",
                           "--group takes promoter, passive or detractor, not “%1”.")
                    .arg(g);
        }
    }
    return filter;
}

QJsonObject toJson(const Filter &f, const ResponseCache &cache)
{
    QJsonObject where;
    for (auto it = f.segments.cbegin(); it != f.segments.cend(); ++it) {
        QStringList values;
        for (quint16 code : it.value())
            values << cache.dimensions().at(it.key()).values.at(code);
        values.sort(Qt::CaseInsensitive);
        where.insert(cache.dimensions().at(it.key()).name, QJsonArray::fromStringList(values));
    }
    QJsonArray groups;
    if (f.groups & Filter::Promoters)
        groups.append(QStringLiteral("promoter"));
    if (f.groups & Filter::Passives)
        groups.append(QStringLiteral("passive"));
    if (f.groups & Filter::Detractors)
        groups.append(QStringLiteral("detractor"));
    return {{QStringLiteral("from"),
             f.from ? QJsonValue(f.from->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("to"),
             f.to ? QJsonValue(f.to->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("period"), Period::granularityKey(f.granularity)},
            {QStringLiteral("where"), where},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("description"), f.describe(cache)}};
}

} // namespace FilterOptions
