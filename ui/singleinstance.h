#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One NPS Studio per user: a second start hands its files to the running one (a local socket)
// and quits, and the running window comes forward and opens them.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);

    // True when another instance took the files (this one should quit).
    bool handOver(const QStringList &files);
    // Becomes the instance others hand their files to.
    bool listen();

signals:
    void filesReceived(const QStringList &files);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};
