#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

// The strip above the dashboard while the team database cannot be reached: what happened, when
// the next attempt is, and that nothing typed is lost. Hidden while the connection is fine.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // The connection is lost; the next attempt in `nextAttemptMs`. `reason` goes in the tooltip.
    void showLost(const QString &reason, int nextAttemptMs);
    void showRestored();
    QString text() const;

signals:
    void retryRequested();

private:
    void updateCountdown();

    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_retry;
    QTimer *m_countdown;
    qint64 m_nextAttempt = 0;
};
