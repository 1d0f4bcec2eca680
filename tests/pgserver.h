#pragma once

#include "result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL server for the tests, no mocks: `initdb` into a temporary folder and
// `pg_ctl start` listening only on a Unix socket in that folder; stopped (and the folder
// removed) when the object goes. PostgreSQL refuses to run as root: as root (CI in a fresh
// Debian root) the server runs as the `postgres` system user through runuser. The binaries are
// Debian's (/usr/lib/postgresql/15/bin, or NPS_PG_BIN). Its superuser is "postgres", trusted
// on the socket.
class PgServer
{
public:
    // The tests' server trades durability for speed (fsync, synchronous_commit and full-page
    // writes off); a durable one keeps PostgreSQL's defaults, as a real server does (benchmarks).
    enum class Durability { Off, AsConfigured };
    explicit PgServer(Durability durability = Durability::Off)
        : m_durability(durability)
    {}
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    // NPS_NO_POSTGRES=1: the PostgreSQL tests are skipped; otherwise a server that does not
    // start is a failure.
    static bool disabled();
    // Starts the server the first time; later calls say whether it runs.
    Status ensureStarted();
    // A fast shutdown: every client's connection is cut, as when a server goes away, and what
    // was committed stays (with synchronous_commit off an immediate stop would drop the last
    // commits, which a real server does not).
    void stop();
    // Starts a stopped server again on its data and socket (connections lost, data kept).
    Status restart();

    QString socketFolder() const;
    // postgresql:///DATABASE?host=SOCKETFOLDER&user=USER[&project=PROJECT]
    QString url(const QString &project = QString(),
                const QString &user = QStringLiteral("postgres"),
                const QString &database = QStringLiteral("nps")) const;
    // Runs SQL as the superuser in `database` (psql); for roles and set-up.
    Status psql(const QString &sql, const QString &database = QStringLiteral("nps")) const;

private:
    Status startServer();
    // As the server's user (`postgres` when the tests run as root) unless told otherwise.
    Status run(const QString &program,
               const QStringList &arguments,
               int timeoutMs,
               bool asServerUser = true) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    Durability m_durability = Durability::Off;
    bool m_started = false;
    QString m_failure;
};

// In a test function: fails when no server can be started, skips only with NPS_NO_POSTGRES=1.
#define NPS_REQUIRE_POSTGRES(server)                                                               \
    do {                                                                                           \
        if (PgServer::disabled())                                                                  \
            QSKIP("NPS_NO_POSTGRES=1: the PostgreSQL tests are switched off");                     \
        if (const Status started_ = (server).ensureStarted(); !started_)                           \
            QFAIL(qPrintable(started_.error()));                                                   \
    } while (false)
