#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// What the analyst keeps next to the themes: the follow-up of each detractor and the actions
// taken on a theme, as stored in the follow_ups and theme_actions tables.

struct FollowUp
{
    enum class Status : quint8 { Open, Contacted, Resolved };

    qint64 responseKey = 0; // the response's dedup key: stable across re-imports
    Status status = Status::Open;
    QString note = {};
    QDateTime updatedAt = {};

    static QString statusKey(Status status); // "open", "contacted", "resolved"
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status); // translated
};

struct ThemeAction
{
    enum class Status : quint8 { Open, InProgress, Done };

    qint64 id = 0;
    qint64 themeId = 0;
    QString description = {}; // what will be done
    QString owner = {};
    std::optional<QDate> due = {};
    Status status = Status::Open;
    std::optional<QDate> done = {}; // when it was finished: figures compare before and after it
    QDateTime createdAt = {};

    static QString statusKey(Status status); // "open", "in_progress", "done"
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusName(Status status); // translated
};
