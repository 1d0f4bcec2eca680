#pragma once

#include <QStringList>

// The project database's tables, as forward migrations. Each migration is a list of portable
// SQL statements (SQLite and PostgreSQL); "%ID%" stands for the driver's auto-numbered key.
namespace Schema {

constexpr int CurrentVersion = 5;

// Statements that take a database at version - 1 to version (1-based).
QStringList migration(int version);

} // namespace Schema
