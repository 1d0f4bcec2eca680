#include "csv/csvcell.h"

namespace CsvCell {

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString neutralised(const QString &text)
{
    return startsLikeFormula(text) ? u'\'' + text : text;
}

QString field(const QString &text, QChar delimiter)
{
    const bool formula = startsLikeFormula(text);
    if (!formula && !text.contains(delimiter) && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = formula ? u'\'' + text : text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString tabField(const QString &text)
{
    QString cell = neutralised(text);
    for (QChar &c : cell) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return cell;
}

} // namespace CsvCell
