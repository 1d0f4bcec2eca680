#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The role each column of an export plays in NPS Studio.
enum class ColumnRole { Ignore, Score, AnsweredAt, RespondentId, OpenAnswer, Segment, Csat, Ces };

// Which column is the score, the date, the respondent, the open answer, the segments…
// Made by RoleDetector, adjustable by the user (--map, the import dialog).
struct ColumnMapping
{
    int score = -1;
    int answeredAt = -1;
    int respondentId = -1;
    int openAnswer = -1;
    int csat = -1;
    int ces = -1;
    QList<int> segments;
    QMap<int, QString> leftOut; // column -> why it is not imported (personal data, metadata…)

    ColumnRole roleOf(int column) const;
    void assign(ColumnRole role, int column);

    static QString roleKey(ColumnRole role);
    static std::optional<ColumnRole> roleFromKey(const QString &key);
    QString toJson(const QStringList &columnNames) const;
};
