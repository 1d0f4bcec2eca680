#include "metrics/period.h"

#include <QRegularExpression>

Period Period::containing(QDate date, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Month:
        return {granularity, date.year() * 12 + date.month() - 1};
    case Granularity::Quarter:
        return {granularity, date.year() * 4 + (date.month() - 1) / 3};
    case Granularity::Year:
        return {granularity, date.year()};
    }
    return {};
}

Period Period::containingJulianDay(qint64 day, Granularity granularity)
{
    return containing(QDate::fromJulianDay(day), granularity);
}

std::optional<Period> Period::parse(const QString &text)
{
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-?[QqKk]([1-4])$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    const QString t = text.trimmed();
    if (const auto m = quarter.match(t); m.hasMatch())
        return Period{Granularity::Quarter, m.captured(1).toInt() * 4 + m.captured(2).toInt() - 1};
    if (const auto m = month.match(t); m.hasMatch()) {
        const int mm = m.captured(2).toInt();
        if (mm < 1 || mm > 12)
            return std::nullopt;
        return Period{Granularity::Month, m.captured(1).toInt() * 12 + mm - 1};
    }
    if (const auto m = year.match(t); m.hasMatch())
        return Period{Granularity::Year, m.captured(1).toInt()};
    return std::nullopt;
}

QDate Period::firstDay() const
{
    switch (granularity) {
    case Granularity::Month:
        return QDate(index / 12, index % 12 + 1, 1);
    case Granularity::Quarter:
        return QDate(index / 4, (index % 4) * 3 + 1, 1);
    case Granularity::Year:
        return QDate(index, 1, 1);
    }
    return {};
}

QDate Period::lastDay() const
{
    return Period{granularity, index + 1}.firstDay().addDays(-1);
}

Period Period::sameOneYearEarlier() const
{
    switch (granularity) {
    case Granularity::Month:
        return {granularity, index - 12};
    case Granularity::Quarter:
        return {granularity, index - 4};
    case Granularity::Year:
        return {granularity, index - 1};
    }
    return *this;
}

QString Period::label(bool dutch) const
{
    switch (granularity) {
    case Granularity::Month:
        return QStringLiteral("%1-%2").arg(index / 12).arg(index % 12 + 1, 2, 10, QChar(u'0'));
    case Granularity::Quarter:
        return QStringLiteral("%1-%2%3")
            .arg(index / 4)
            .arg(dutch ? QChar(u'K') : QChar(u'Q'))
            .arg(index % 4 + 1);
    case Granularity::Year:
        return QString::number(index);
    }
    return {};
}

QString Period::granularityKey(Granularity granularity)
{
    switch (granularity) {
    case Granularity::Month:
        return QStringLiteral("month");
    case Granularity::Quarter:
        return QStringLiteral("quarter");
    case Granularity::Year:
        return QStringLiteral("year");
    }
    return {};
}

std::optional<Granularity> Period::granularityFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"month" || k == u"maand")
        return Granularity::Month;
    if (k == u"quarter" || k == u"kwartaal")
        return Granularity::Quarter;
    if (k == u"year" || k == u"jaar")
        return Granularity::Year;
    return std::nullopt;
}
