#pragma once

#include <QStringList>

// `npsstudio admin init --db postgresql://… [--viewer ROLE]... [--editor ROLE]...`: sets up a
// team project on PostgreSQL (its schema and the viewer and editor roles with their grants).
int runAdminCommand(const QStringList &arguments);
