#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

class SurveyStore;

// Who may do what in a team project on PostgreSQL, as roles and grants: <project>_viewer reads
// (dashboards, reports), <project>_editor also imports, removes imports and edits themes and
// follow-ups. Team members get one of them (GRANT retail_viewer TO anna).
class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)

public:
    struct Setup
    {
        QString viewer;
        QString editor;
        QStringList created; // the roles that did not exist yet
    };
    // Creates the two roles when missing and grants them the project's tables (and the ones later
    // versions add), then makes `viewers` and `editors` (existing login roles) their members.
    // Run by the project's owner: the store must be open read-write on PostgreSQL.
    static Result<Setup>
    init(SurveyStore &store, const QStringList &viewers = {}, const QStringList &editors = {});
};
