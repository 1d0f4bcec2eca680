#pragma once

#include "result.h"
#include "store/databaseurl.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <optional>

class SurveyStore;
struct pg_conn;

// A project's connection to PostgreSQL: connecting as libpq does (an empty password lets libpq
// take it from PGPASSWORD or ~/.pgpass), finding or creating the project's schema, reading in
// one snapshot, and the lock that lets one import (or migration) write at a time.
class PostgresSession
{
    Q_DECLARE_TR_FUNCTIONS(PostgresSession)

public:
    // Adds and opens a QPSQL connection named `connection`; on failure it is removed again.
    static Status connect(const QString &connection, const DatabaseUrl &url);
    // Whether the project's schema exists; creates it for a writer when it does not.
    static Result<bool> useSchema(const QSqlDatabase &db, const DatabaseUrl &url, bool create);
    // The role the server knows this connection as (the URL's user, or libpq's default).
    static QString currentUser(const QSqlDatabase &db);
    // Whether the connected role may read the project's schema at all.
    static Result<bool> mayRead(const QSqlDatabase &db, const DatabaseUrl &url);
    // Whether the connected role may write to the project (import, remove imports, edit themes).
    static Result<bool> mayWrite(const QSqlDatabase &db);
    // Every statement from now on reads one snapshot and writes nothing.
    static Status beginReadOnlySnapshot(const QSqlDatabase &db);
    // In the current transaction: waits for the project's write lock (released at its end),
    // told every few seconds, until cancelled or `timeoutSeconds` passed.
    static Status lockProject(const QSqlDatabase &db,
                              const DatabaseUrl &url,
                              const std::function<void(int)> &waiting,
                              const std::atomic_bool *cancel,
                              int timeoutSeconds);
    // libpq's connection under Qt's driver; null on other drivers.
    static pg_conn *handle(const QSqlDatabase &db);

    // A password for the connections to `url`'s server, database and user that this process
    // makes from now on, kept in memory only (from the keyring or the window's dialog); an
    // empty one forgets it. A URL with a password of its own, PGPASSWORD and ~/.pgpass still
    // come first or after as libpq has them.
    static void rememberPassword(const DatabaseUrl &url, const QString &password);
    static QString rememberedPassword(const DatabaseUrl &url);
    // The URL's connection as libpq's keyword=value string (for a connection of libpq's own).
    static QByteArray conninfo(const DatabaseUrl &url);

    // What changed in a team project, told to every window that has it open (LISTEN/NOTIFY on
    // ChangeChannel): an import (with its id), the removal of imports, the codebook, a
    // follow-up. The payload names the project, as several share one database.
    static constexpr char ChangeChannel[] = "npsstudio_changes";
    struct Change
    {
        QString project;
        QString what; // "import", "imports", "codebook", "follow-up"
        qint64 importId = 0;
        QString origin; // the process that made it (see thisProcess())
    };
    // This process among the team's: its machine and process id.
    static QString thisProcess();
    // Sends the change inside the writing transaction, so that it is delivered only when that
    // commits; nothing on SQLite.
    static Status notifyChange(const SurveyStore &store, const QString &what, qint64 importId = 0);
    static std::optional<Change> parseChange(const QByteArray &payload);
};
