#include "pgserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace {

QString binaries()
{
    const QString fromEnv = qEnvironmentVariable("NPS_PG_BIN");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
}

bool asRoot()
{
    return geteuid() == 0;
}

} // namespace

PgServer::~PgServer()
{
    stop();
}

bool PgServer::disabled()
{
    return qEnvironmentVariable("NPS_NO_POSTGRES") == u"1";
}

Status PgServer::run(const QString &program,
                     const QStringList &arguments,
                     int timeoutMs,
                     bool asServerUser) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QString command = program;
    QStringList args = arguments;
    if (asServerUser && asRoot()) {
        args = QStringList{QStringLiteral("-u"),
                           QStringLiteral("postgres"),
                           QStringLiteral("--"),
                           program}
               + arguments;
        command = QStringLiteral("runuser");
    }
    // The server must not inherit the tests' locale or libpq settings.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const char *name : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGPASSWORD"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(command, args);
    if (!process.waitForStarted(timeoutMs))
        return Status::failure(
            QStringLiteral("cannot run %1: %2").arg(command, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return Status::failure(QStringLiteral("%1 %2 took more than %3 ms")
                                   .arg(program, arguments.join(u' '))
                                   .arg(timeoutMs));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Status::failure(QStringLiteral("%1 %2 failed (%3): %4")
                                   .arg(program, arguments.join(u' '))
                                   .arg(process.exitCode())
                                   .arg(QString::fromLocal8Bit(process.readAll())));
    return Done{};
}

Status PgServer::ensureStarted()
{
    if (m_started)
        return Done{};
    if (!m_failure.isEmpty())
        return Status::failure(m_failure);
    const auto failed = [this](const QString &message) {
        m_failure = QStringLiteral("No throwaway PostgreSQL server (set NPS_NO_POSTGRES=1 to skip "
                                   "these tests): ")
                    + message;
        return Status::failure(m_failure);
    };
    QElapsedTimer timer;
    timer.start();
    // Short: a Unix socket's path has at most 107 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pg-XXXXXX"));
    if (!m_dir->isValid())
        return failed(QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString());
    if (asRoot()) {
        // The folder belongs to the server's user; the tests (root) reach its socket anyway.
        if (Status s = run(QStringLiteral("chown"),
                           {QStringLiteral("postgres:"), m_dir->path()},
                           10000,
                           false);
            !s)
            return failed(s.error());
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString bin = binaries();
    if (!QFile::exists(bin + QStringLiteral("/initdb")))
        return failed(
            QStringLiteral("%1/initdb is missing: install the postgresql package").arg(bin));
    if (Status s = run(bin + QStringLiteral("/initdb"),
                       {QStringLiteral("-D"),
                        data,
                        QStringLiteral("-A"),
                        QStringLiteral("trust"),
                        QStringLiteral("-U"),
                        QStringLiteral("postgres"),
                        QStringLiteral("-E"),
                        QStringLiteral("UTF8"),
                        QStringLiteral("--locale=C.UTF-8"),
                        QStringLiteral("--no-sync"),
                        QStringLiteral("--no-instructions")},
                       60000);
        !s)
        return failed(s.error());
    if (Status s = startServer(); !s)
        return failed(s.error());
    m_started = true;
    if (Status s = psql(QStringLiteral("CREATE DATABASE nps"), QStringLiteral("postgres")); !s)
        return failed(s.error());
    qInfo("PostgreSQL test server in %s started in %lld ms",
          qPrintable(m_dir->path()),
          qint64(timer.elapsed()));
    return Done{};
}

Status PgServer::startServer()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString bin = binaries();
    QString options
        = QStringLiteral("-k %1 -c listen_addresses= -c max_connections=40").arg(m_dir->path());
    if (m_durability == Durability::Off)
        options
            += QStringLiteral(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
    if (Status s = run(bin + QStringLiteral("/pg_ctl"),
                       {QStringLiteral("-D"),
                        data,
                        QStringLiteral("-l"),
                        m_dir->filePath(QStringLiteral("server.log")),
                        QStringLiteral("-w"),
                        QStringLiteral("-t"),
                        QStringLiteral("60"),
                        QStringLiteral("-o"),
                        options,
                        QStringLiteral("start")},
                       70000);
        !s)
        return s;
    return Done{};
}

Status PgServer::restart()
{
    if (m_started)
        return Done{};
    if (!m_dir)
        return ensureStarted();
    if (Status s = startServer(); !s)
        return s;
    m_started = true;
    return Done{};
}

void PgServer::stop()
{
    if (!m_started)
        return;
    m_started = false;
    (void)run(binaries() + QStringLiteral("/pg_ctl"),
              {QStringLiteral("-D"),
               m_dir->filePath(QStringLiteral("data")),
               QStringLiteral("-m"),
               QStringLiteral("fast"),
               QStringLiteral("-w"),
               QStringLiteral("stop")},
              30000);
}

QString PgServer::socketFolder() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PgServer::url(const QString &project, const QString &user, const QString &database) const
{
    QString url
        = QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, socketFolder(), user);
    if (!project.isEmpty())
        url += QStringLiteral("&project=") + project;
    return url;
}

Status PgServer::psql(const QString &sql, const QString &database) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"),
                   QStringLiteral("-q"),
                   QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-h"),
                   socketFolder(),
                   QStringLiteral("-U"),
                   QStringLiteral("postgres"),
                   QStringLiteral("-d"),
                   database,
                   QStringLiteral("-c"),
                   sql});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return Status::failure(
            QStringLiteral("psql: %1: %2").arg(sql, QString::fromLocal8Bit(process.readAll())));
    return Done{};
}
