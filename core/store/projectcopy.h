#pragma once

#include "result.h"

#include <QString>

// A project as a file: copied whole and consistent (File ▸ Save As…) or moved (File ▸ Move…),
// while other connections may read it. SQLite's VACUUM INTO writes a compact copy in one
// statement, the write-ahead log included.
namespace ProjectCopy {

Status copy(const QString &from, const QString &to);
// Copies, then removes the original with its -wal and -shm files (no connection may hold it).
Status move(const QString &from, const QString &to);

} // namespace ProjectCopy
