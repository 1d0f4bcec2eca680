#pragma once

#include "store/databaseurl.h"
#include "store/postgressession.h"

#include <QObject>

#include <memory>

class JobTracker;
class QSocketNotifier;
class QTimer;
struct pg_conn;

// Listens for what the team changes in an open team project (LISTEN on
// PostgresSession::ChangeChannel, on a libpq connection of its own) and watches that
// connection: when it is lost it says so and reconnects with back-off (0.5 s doubling to 15 s)
// until it is back. Connecting runs off the GUI thread; the notifications arrive on it.
class TeamListener : public QObject
{
    Q_OBJECT
public:
    explicit TeamListener(QObject *parent = nullptr);
    ~TeamListener() override;

    // Listens to `url`'s project from now on (connecting in the background).
    void listen(const DatabaseUrl &url);
    void stop();
    bool isListening() const { return m_connection != nullptr; }
    bool isLost() const { return m_lost; }
    // Reconnects now instead of waiting for the next attempt.
    void retryNow();
    static constexpr int FirstRetryMs = 500;
    static constexpr int LastRetryMs = 15000;

signals:
    void changed(const PostgresSession::Change &change);
    void connectionLost(const QString &reason, int nextAttemptMs);
    void connectionRestored();
    void listening();

private:
    void connectNow();
    void attached(const std::shared_ptr<pg_conn> &connection, const QString &error);
    void readInput();
    void heartbeat();
    void lose(const QString &reason);

    DatabaseUrl m_url;
    bool m_active = false;
    bool m_lost = false;
    int m_retryMs = FirstRetryMs;
    std::shared_ptr<pg_conn> m_connection;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry;
    QTimer *m_heartbeat;
    JobTracker *m_connector;
};
