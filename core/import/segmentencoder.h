#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringView>

#include <functional>

class SurveyStore;

// Turns a response's segment fields into the ids of their dimension values ("3 17 42"), in
// memory: the values a project already has are read once, new ones get ids here and are
// stored by storeNewValues() inside the import's transaction.
class SegmentEncoder
{
public:
    // Reads the dimensions (by column name) and their stored values; creates missing dimensions.
    Status load(SurveyStore &store, const QStringList &dimensionNames);
    // Appends the id of dimension `index`'s value to `out`, space-separated; false (and nothing
    // appended) when the value is a missing answer of that dimension.
    bool encode(qsizetype index, QStringView value, QString &out);
    // Which values of a dimension are missing answers (asked once per distinct value).
    void setMissing(qsizetype index, std::function<bool(QStringView)> isMissing);
    qint64 dimensionId(qsizetype index) const { return m_dimensionIds.at(index); }
    // Stores the values new to the project, each named by its most frequent spelling (trimmed).
    Status storeNewValues(SurveyStore &store) const;
    qsizetype newValueCount() const { return m_newValues.size(); }

private:
    struct Value
    {
        QString text;
        qint64 id;
        qint64 count = 0; // responses that wrote it so, in this import
        qint64 seen = 0;  // when it was first written: the first spelling wins a tie
    };
    struct NewValue
    {
        qint64 id;
        qint64 dimensionId;
        QString text;
    };
    QList<qint64> m_dimensionIds;
    QList<QMultiHash<quint64, Value>>
        m_values;                           // per dimension, by hash of the text; id −1: missing
    QList<QHash<QString, qint64>> m_folded; // per dimension, by case-folded text
    QList<std::function<bool(QStringView)>> m_isMissing;
    QList<NewValue> m_newValues;
    qint64 m_nextId = 1;
    qint64 m_spellings = 0;
};
