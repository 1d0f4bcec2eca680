#include "csv/csvdialect.h"

QString CsvDialect::delimiterName() const
{
    if (delimiter == u'\t')
        return QStringLiteral("tab");
    return QString(delimiter);
}

std::optional<QChar> CsvDialect::delimiterFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"tab" || n == u"\\t" || name == u"\t")
        return QChar(u'\t');
    if (n == u"comma")
        return QChar(u',');
    if (n == u"semicolon")
        return QChar(u';');
    if (n == u"pipe")
        return QChar(u'|');
    if (name.size() == 1)
        return name.at(0);
    return std::nullopt;
}
