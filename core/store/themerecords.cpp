#include "store/themerecords.h"

#include <QCoreApplication>

QString FollowUp::statusKey(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::Contacted:
        return QStringLiteral("contacted");
    case Status::Resolved:
        break;
    }
    return QStringLiteral("resolved");
}

std::optional<FollowUp::Status> FollowUp::statusFromKey(const QString &key)
{
    for (Status s : {Status::Open, Status::Contacted, Status::Resolved}) {
        if (key.compare(statusKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString FollowUp::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return QCoreApplication::translate("FollowUp", "open");
    case Status::Contacted:
        return QCoreApplication::translate("FollowUp", "contacted");
    case Status::Resolved:
        break;
    }
    return QCoreApplication::translate("FollowUp", "resolved");
}

QString ThemeAction::statusKey(Status status)
{
    switch (status) {
    case Status::Open:
        return QStringLiteral("open");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        break;
    }
    return QStringLiteral("done");
}

std::optional<ThemeAction::Status> ThemeAction::statusFromKey(const QString &key)
{
    for (Status s : {Status::Open, Status::InProgress, Status::Done}) {
        if (key.compare(statusKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString ThemeAction::statusName(Status status)
{
    switch (status) {
    case Status::Open:
        return QCoreApplication::translate("ThemeAction", "open");
    case Status::InProgress:
        return QCoreApplication::translate("ThemeAction", "in progress");
    case Status::Done:
        break;
    }
    return QCoreApplication::translate("ThemeAction", "done");
}
