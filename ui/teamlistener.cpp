#include "teamlistener.h"

#include "jobtracker.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#include <libpq-fe.h>

Q_LOGGING_CATEGORY(lcTeam, "npsstudio.team", QtWarningMsg)

namespace {

// A lost connection is noticed within a few seconds even when the server goes silently.
constexpr int HeartbeatMs = 3000;

struct Attempt
{
    std::shared_ptr<pg_conn> connection;
    QString error;
};

QString errorOf(const pg_conn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

TeamListener::TeamListener(QObject *parent)
    : QObject(parent)
    , m_retry(new QTimer(this))
    , m_heartbeat(new QTimer(this))
    , m_connector(new JobTracker(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &TeamListener::connectNow);
    m_heartbeat->setInterval(HeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &TeamListener::heartbeat);
}

TeamListener::~TeamListener()
{
    stop();
}

void TeamListener::listen(const DatabaseUrl &url)
{
    stop();
    m_url = url;
    m_active = true;
    connectNow();
}

void TeamListener::stop()
{
    m_active = false;
    m_lost = false;
    m_retry->stop();
    m_heartbeat->stop();
    m_connector->cancel();
    delete m_notifier;
    m_notifier = nullptr;
    m_connection.reset();
    m_retryMs = FirstRetryMs;
}

void TeamListener::retryNow()
{
    if (m_active && !m_connection && !m_connector->isRunning()) {
        m_retry->stop();
        connectNow();
    }
}

void TeamListener::connectNow()
{
    QByteArray conninfo = PostgresSession::conninfo(m_url);
    // Short waits: a server that does not answer is tried again soon, not waited for.
    conninfo += " connect_timeout=5 keepalives=1 keepalives_idle=5 keepalives_interval=2"
                " keepalives_count=2";
    m_connector->start(
        [conninfo](const std::atomic_bool &) {
            Attempt attempt;
            std::shared_ptr<pg_conn> connection(PQconnectdb(conninfo.constData()), PQfinish);
            if (PQstatus(connection.get()) != CONNECTION_OK) {
                attempt.error = errorOf(connection.get());
                return attempt;
            }
            const QByteArray listen
                = QByteArrayLiteral("LISTEN ") + QByteArray(PostgresSession::ChangeChannel);
            PGresult *result = PQexec(connection.get(), listen.constData());
            const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
            PQclear(result);
            if (!ok) {
                attempt.error = errorOf(connection.get());
                return attempt;
            }
            attempt.connection = std::move(connection);
            return attempt;
        },
        [this](const Attempt &attempt) { attached(attempt.connection, attempt.error); });
}

void TeamListener::attached(const std::shared_ptr<pg_conn> &connection, const QString &error)
{
    if (!m_active)
        return;
    if (!connection) {
        qCDebug(lcTeam) << "cannot listen:" << error;
        lose(error);
        return;
    }
    m_connection = connection;
    PQsetnonblocking(m_connection.get(), 1);
    m_notifier
        = new QSocketNotifier(qintptr(PQsocket(m_connection.get())), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TeamListener::readInput);
    m_heartbeat->start();
    m_retryMs = FirstRetryMs;
    qCDebug(lcTeam) << "listening for changes of" << m_url.displayName();
    if (m_lost) {
        m_lost = false;
        emit connectionRestored();
    }
    emit listening();
    readInput(); // a notification may have come with LISTEN's answer
}

void TeamListener::readInput()
{
    pg_conn *connection = m_connection.get();
    if (!connection)
        return;
    if (PQconsumeInput(connection) == 0 || PQstatus(connection) == CONNECTION_BAD) {
        lose(errorOf(connection));
        return;
    }
    // The heartbeat's answers.
    while (PQisBusy(connection) == 0) {
        PGresult *result = PQgetResult(connection);
        if (!result)
            break;
        PQclear(result);
    }
    while (PGnotify *notify = PQnotifies(connection)) {
        const std::optional<PostgresSession::Change> change
            = PostgresSession::parseChange(QByteArray(notify->extra));
        PQfreemem(notify);
        if (change && change->project == m_url.schema())
            emit changed(*change);
    }
}

void TeamListener::heartbeat()
{
    pg_conn *connection = m_connection.get();
    if (!connection)
        return;
    if (PQisBusy(connection) != 0) {
        readInput(); // the last one is still unanswered
        return;
    }
    if (PQsendQuery(connection, "SELECT 1") == 0 || PQflush(connection) < 0) {
        lose(errorOf(connection));
        return;
    }
    readInput();
}

void TeamListener::lose(const QString &reason)
{
    delete m_notifier;
    m_notifier = nullptr;
    m_connection.reset();
    m_heartbeat->stop();
    if (!m_active)
        return;
    const int delay = m_retryMs;
    m_retryMs = std::min(m_retryMs * 2, LastRetryMs);
    m_retry->start(delay);
    if (!m_lost)
        qCInfo(lcTeam) << "connection lost:" << reason;
    m_lost = true;
    emit connectionLost(reason, delay);
}
