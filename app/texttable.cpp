#include "texttable.h"

TextTable::TextTable(QStringList header, QList<bool> rightAligned)
    : m_right(std::move(rightAligned))
{
    m_rows.append(std::move(header));
}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

QString TextTable::toString(const QString &indent) const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    QString text;
    for (const QStringList &row : m_rows) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool right = m_right.value(c, false);
            line
                += right ? row.at(c).rightJustified(widths[c]) : row.at(c).leftJustified(widths[c]);
            if (c + 1 < row.size())
                line += QStringLiteral("  ");
        }
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}
