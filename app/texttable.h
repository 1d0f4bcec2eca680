#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table for the terminal: columns padded to their widest cell, numbers right-aligned.
class TextTable
{
public:
    explicit TextTable(QStringList header, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    QString toString(const QString &indent = QStringLiteral("  ")) const;

private:
    QList<QStringList> m_rows;
    QList<bool> m_right;
};
