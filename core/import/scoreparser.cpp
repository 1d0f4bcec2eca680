#include "import/scoreparser.h"

#include <QCoreApplication>

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isLabelSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'=' || c == u'(' || c == u':' || c == u'–' || c == u'—'
           || c == u'.' || c == u',';
}

} // namespace

ScoreParser::Result ScoreParser::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return {};

    qsizetype i = 0;
    const bool negative = t.at(0) == u'-' || t.at(0) == u'−';
    if (negative)
        i = 1;
    const qsizetype digitsStart = i;
    int value = 0;
    while (i < t.size() && isAsciiDigit(t.at(i)) && i - digitsStart < 6) {
        value = value * 10 + (t.at(i).unicode() - u'0');
        ++i;
    }
    if (i == digitsStart)
        return {Kind::Invalid,
                -1,
                QCoreApplication::translate("ScoreParser",
                                            "not a number; expected a whole number from 0 to 10")};
    if (i < t.size() && isAsciiDigit(t.at(i)))
        return {Kind::Invalid,
                -1,
                QCoreApplication::translate(
                    "ScoreParser", "number too large; expected a whole number from 0 to 10")};

    // "9.0" and "9,0" are whole numbers; "8.5" is not a score.
    QStringView rest = t.sliced(i);
    if (rest.size() >= 2 && (rest.at(0) == u'.' || rest.at(0) == u',') && rest.at(1).isDigit()) {
        qsizetype j = 1;
        bool allZero = true;
        while (j < rest.size() && rest.at(j).isDigit()) {
            allZero = allZero && rest.at(j) == u'0';
            ++j;
        }
        if (!allZero)
            return {
                Kind::Invalid,
                -1,
                QCoreApplication::translate("ScoreParser", "not a whole number; expected 0 to 10")};
        rest = rest.sliced(j);
    }
    // A label may follow the number ("10 - Extremely likely"), but not more digits or units.
    if (!rest.isEmpty() && !isLabelSeparator(rest.at(0)))
        return {Kind::Invalid,
                -1,
                QCoreApplication::translate("ScoreParser",
                                            "not a number; expected a whole number from 0 to 10")};
    if (rest.size() > 1 && rest.at(0) == u'.' && !rest.at(1).isSpace())
        return {Kind::Invalid,
                -1,
                QCoreApplication::translate("ScoreParser",
                                            "not a number; expected a whole number from 0 to 10")};
    if (negative || value > 10)
        return {Kind::Invalid,
                -1,
                QCoreApplication::translate("ScoreParser",
                                            "out of range; expected a whole number from 0 to 10")};
    return {Kind::Score, value, {}};
}

std::optional<double> ScoreParser::parseNumber(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qsizetype end = 0;
    while (end < t.size()
           && (t.at(end).isDigit() || t.at(end) == u'.' || t.at(end) == u','
               || (end == 0 && t.at(end) == u'-')))
        ++end;
    if (end == 0)
        return std::nullopt;
    QString number = t.first(end).toString();
    number.replace(u',', u'.');
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (end < t.size() && !isLabelSeparator(t.at(end)))
        return std::nullopt;
    return value;
}
