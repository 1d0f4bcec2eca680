#pragma once

#include "import/surveylayout.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

class RecordReader;

// The dedup key of each response: its respondent id within its survey, or, without an id, its
// answers by question (not by column position), counted by occurrence so that identical rows
// of one file stay different respondents. Version 1 projects seeded their keys with the exact
// ordered column list; those keys are computed too when a project still holds them.
class ResponseKeys
{
public:
    // `headerKeys`: the survey's keys of the layout's columns (SurveyIdentity::canonical).
    ResponseKeys(qint64 surveyId,
                 const SurveyLayout &layout,
                 const QStringList &headerKeys,
                 bool withLegacyKeys);

    struct Keys
    {
        qint64 key = 0;
        qint64 legacy = 0; // 0 without version 1 keys in the project
    };
    // `fields`: the record's fields without trailing empty ones; `idColumn` −1 for none.
    Keys of(const RecordReader &record, qsizetype fields, int idColumn);

private:
    quint64 m_seed;
    quint64 m_legacySeed;
    bool m_withLegacy;
    std::vector<int> m_order; // columns by their normalised header
    QStringList m_headerKeys;
    QHash<quint64, int> m_occurrences;
    QHash<quint64, int> m_legacyOccurrences;
    QString m_text;
};
