#include "import/dateparser.h"

#include <cmath>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace {

struct Parts
{
    int a = 0, b = 0, c = 0; // date fields in written order
    int aDigits = 0, cDigits = 0;
    QChar separator;
    bool hasTime = false;
    int hour = 0, minute = 0, second = 0;
    int ampm = 0; // 0 none, 1 AM, 2 PM
    bool hasZone = false;
    int zoneMinutes = 0;
};

int readNumber(QStringView s, qsizetype &i, int maxDigits, int *digits = nullptr)
{
    int v = 0, n = 0;
    while (i < s.size() && s.at(i).unicode() >= u'0' && s.at(i).unicode() <= u'9'
           && n < maxDigits) {
        v = v * 10 + (s.at(i).unicode() - u'0');
        ++i;
        ++n;
    }
    if (digits)
        *digits = n;
    return n == 0 ? -1 : v;
}

void skipSpaces(QStringView s, qsizetype &i)
{
    while (i < s.size() && s.at(i).isSpace())
        ++i;
}

bool parseZone(QStringView s, qsizetype &i, Parts &p)
{
    skipSpaces(s, i);
    if (i >= s.size())
        return true;
    if (s.at(i) == u'Z' || s.at(i) == u'z') {
        ++i;
        p.hasZone = true;
        return true;
    }
    if (s.sliced(i).startsWith(u"GMT", Qt::CaseInsensitive)
        || s.sliced(i).startsWith(u"UTC", Qt::CaseInsensitive)) {
        i += 3;
        p.hasZone = true;
        if (i >= s.size())
            return true;
    }
    if (s.at(i) != u'+' && s.at(i) != u'-' && s.at(i) != u'−')
        return false;
    const int sign = s.at(i) == u'+' ? 1 : -1;
    ++i;
    int digits = 0;
    int hours = readNumber(s, i, 2, &digits);
    if (hours < 0)
        return false;
    int minutes = 0;
    if (i < s.size() && s.at(i) == u':') {
        ++i;
        minutes = readNumber(s, i, 2);
    } else if (i < s.size() && s.at(i).isDigit()) {
        minutes = readNumber(s, i, 2);
    }
    if (minutes < 0 || hours > 14 || minutes > 59)
        return false;
    p.hasZone = true;
    p.zoneMinutes = sign * (hours * 60 + minutes);
    return true;
}

std::optional<Parts> split(QStringView text)
{
    const QStringView s = text.trimmed();
    Parts p;
    qsizetype i = 0;
    p.a = readNumber(s, i, 4, &p.aDigits);
    if (p.a < 0 || i >= s.size())
        return std::nullopt;
    p.separator = s.at(i);
    if (p.separator != u'-' && p.separator != u'/' && p.separator != u'.')
        return std::nullopt;
    ++i;
    p.b = readNumber(s, i, 2);
    if (p.b < 0 || i >= s.size() || s.at(i) != p.separator)
        return std::nullopt;
    ++i;
    p.c = readNumber(s, i, 4, &p.cDigits);
    if (p.c < 0 || (p.aDigits != 4 && p.cDigits != 4 && p.cDigits != 2))
        return std::nullopt;
    if (p.aDigits == 4 && p.cDigits > 2)
        return std::nullopt;
    if (i < s.size() && (s.at(i) == u'T' || s.at(i).isSpace() || s.at(i) == u',')) {
        qsizetype j = i + 1;
        skipSpaces(s, j);
        const int hour = readNumber(s, j, 2);
        if (hour >= 0 && j < s.size() && s.at(j) == u':') {
            ++j;
            const int minute = readNumber(s, j, 2);
            if (minute < 0)
                return std::nullopt;
            int second = 0;
            if (j < s.size() && s.at(j) == u':') {
                ++j;
                second = readNumber(s, j, 2);
                if (second < 0)
                    return std::nullopt;
                if (j < s.size() && (s.at(j) == u'.' || s.at(j) == u',')) { // fractions
                    ++j;
                    while (j < s.size() && s.at(j).isDigit())
                        ++j;
                }
            }
            p.hasTime = true;
            p.hour = hour;
            p.minute = minute;
            p.second = second;
            i = j;
            qsizetype k = i;
            skipSpaces(s, k);
            const QStringView tail = s.sliced(k);
            if (tail.startsWith(u"AM", Qt::CaseInsensitive)
                || tail.startsWith(u"a.m.", Qt::CaseInsensitive)) {
                p.ampm = 1;
                i = k + (tail.startsWith(u"a.m.", Qt::CaseInsensitive) ? 4 : 2);
            } else if (tail.startsWith(u"PM", Qt::CaseInsensitive)
                       || tail.startsWith(u"p.m.", Qt::CaseInsensitive)) {
                p.ampm = 2;
                i = k + (tail.startsWith(u"p.m.", Qt::CaseInsensitive) ? 4 : 2);
            }
            if (!parseZone(s, i, p))
                return std::nullopt;
        } else if (hour >= 0) {
            return std::nullopt;
        }
    }
    skipSpaces(s, i);
    if (i != s.size())
        return std::nullopt;
    return p;
}

int fullYear(int year, int digits)
{
    if (digits == 2)
        return year < 70 ? 2000 + year : 1900 + year;
    return year;
}

// Hand-written: a million-row import formats a million of these.
void formatIso(QString &out,
               QDate date,
               int hour,
               int minute,
               int second,
               bool hasTime,
               bool hasZone,
               int zoneMinutes)
{
    char16_t buffer[32];
    int n = 0;
    auto put = [&](int value, int width) {
        for (int w = width - 1; w >= 0; --w) {
            buffer[n + w] = char16_t(u'0' + value % 10);
            value /= 10;
        }
        n += width;
    };
    put(date.year(), 4);
    buffer[n++] = u'-';
    put(date.month(), 2);
    buffer[n++] = u'-';
    put(date.day(), 2);
    if (hasTime) {
        buffer[n++] = u'T';
        put(hour, 2);
        buffer[n++] = u':';
        put(minute, 2);
        buffer[n++] = u':';
        put(second, 2);
        if (hasZone && zoneMinutes == 0) {
            buffer[n++] = u'Z';
        } else if (hasZone) {
            buffer[n++] = zoneMinutes < 0 ? u'-' : u'+';
            put(std::abs(zoneMinutes) / 60, 2);
            buffer[n++] = u':';
            put(std::abs(zoneMinutes) % 60, 2);
        }
    }
    out.append(reinterpret_cast<const QChar *>(buffer), n);
}

std::optional<double> plainNumber(QStringView s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    // toDouble() also reads "nan" and "inf": no date is either.
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

void DateParser::Evidence::add(QStringView value)
{
    if (value.trimmed().isEmpty())
        return;
    ++m_values;
    if (auto p = split(value)) {
        ++m_text;
        if (p->aDigits == 4) {
            ++m_yearFirst;
        } else {
            m_firstOver12 += p->a > 12;
            m_secondOver12 += p->b > 12;
            m_dashOrDot += p->separator != u'/';
        }
        return;
    }
    if (auto number = plainNumber(value)) {
        m_minNumber = m_numbers == 0 ? *number : std::min(m_minNumber, *number);
        m_maxNumber = m_numbers == 0 ? *number : std::max(m_maxNumber, *number);
        ++m_numbers;
    }
}

bool DateParser::Evidence::orderSettled() const
{
    return m_text == 0 || m_yearFirst == m_text || m_firstOver12 > 0 || m_secondOver12 > 0;
}

DateParser::ColumnFormat DateParser::Evidence::decide(const QLocale &locale) const
{
    ColumnFormat format;
    if (m_numbers > m_text) {
        // Unix seconds are ten digits these days; Excel serials are five.
        format.kind = m_minNumber >= 1e8 ? Kind::UnixSeconds : Kind::ExcelSerial;
        return format;
    }
    if (m_yearFirst >= m_text - m_yearFirst) {
        format.order = Order::YearFirst;
    } else if (m_firstOver12 > 0 && m_secondOver12 == 0) {
        format.order = Order::DayFirst;
    } else if (m_secondOver12 > 0 && m_firstOver12 == 0) {
        format.order = Order::MonthFirst;
    } else if (m_dashOrDot * 2 > m_text - m_yearFirst) {
        // 05-06-2025 and 05.06.2025 are day-first wherever they are written.
        format.order = Order::DayFirst;
    } else {
        const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
        const qsizetype d = shortFormat.indexOf(u'd');
        const qsizetype m = shortFormat.indexOf(u'M');
        format.order = (m >= 0 && (d < 0 || m < d)) ? Order::MonthFirst : Order::DayFirst;
        format.orderFromLocale = true;
    }
    return format;
}

QString DateParser::ColumnFormat::describe() const
{
    switch (kind) {
    case Kind::ExcelSerial:
        return QCoreApplication::translate("DateParser", "Excel serial day numbers");
    case Kind::UnixSeconds:
        return QCoreApplication::translate("DateParser", "Unix seconds");
    case Kind::Text:
        break;
    }
    QString text;
    switch (order) {
    case Order::YearFirst:
        text = QCoreApplication::translate("DateParser", "year-month-day");
        break;
    case Order::DayFirst:
        text = QCoreApplication::translate("DateParser", "day-month-year");
        break;
    case Order::MonthFirst:
        text = QCoreApplication::translate("DateParser", "month/day/year");
        break;
    case Order::Undecided:
        text = QCoreApplication::translate("DateParser", "undecided");
        break;
    }
    if (orderFromLocale)
        text += QCoreApplication::translate("DateParser",
                                            " (no value settled the order; taken from the locale)");
    return text;
}

std::optional<QString> DateParser::toIso(QStringView value, const ColumnFormat &format)
{
    QString iso;
    if (!appendIso(value, format, iso))
        return std::nullopt;
    return iso;
}

bool DateParser::appendIso(QStringView value, const ColumnFormat &format, QString &out)
{
    if (format.kind == Kind::ExcelSerial || format.kind == Kind::UnixSeconds) {
        const auto number = plainNumber(value);
        if (!number)
            return false;
        QDateTime dt;
        if (format.kind == Kind::UnixSeconds) {
            if (*number < 0 || *number > 1e10)
                return false;
            dt = QDateTime::fromSecsSinceEpoch(qint64(*number), Qt::UTC);
            out += dt.toString(Qt::ISODate);
            return true;
        }
        // Excel's 1900 system counts from 1899-12-30 (its phantom 1900-02-29 included).
        if (*number < 1 || *number > 2958465)
            return false;
        const auto days = qint64(*number);
        const qint64 seconds = qRound64((*number - double(days)) * 86400.0);
        const QDate date = QDate(1899, 12, 30).addDays(days);
        formatIso(out,
                  date,
                  int(seconds / 3600),
                  int(seconds / 60 % 60),
                  int(seconds % 60),
                  seconds != 0,
                  false,
                  0);
        return true;
    }

    const auto p = split(value);
    if (!p)
        return false;
    int year, month, day;
    if (p->aDigits == 4) {
        year = p->a;
        month = p->b;
        day = p->c;
    } else if (format.order == Order::MonthFirst) {
        month = p->a;
        day = p->b;
        year = fullYear(p->c, p->cDigits);
    } else {
        day = p->a;
        month = p->b;
        year = fullYear(p->c, p->cDigits);
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return false;
    int hour = p->hour;
    if (p->ampm != 0) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + (p->ampm == 2 ? 12 : 0);
    }
    if (hour > 23 || p->minute > 59 || p->second > 60)
        return false;
    formatIso(out, date, hour, p->minute, p->second, p->hasTime, p->hasZone, p->zoneMinutes);
    return true;
}
