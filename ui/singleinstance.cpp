#include "singleinstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
    , m_name(QStringLiteral("npsstudio-%1").arg(QString::fromLocal8Bit(qgetenv("USER"))))
{}

bool SingleInstance::handOver(const QStringList &files)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500))
        return false;
    QStringList absolute;
    for (const QString &file : files)
        absolute << QFileInfo(file).absoluteFilePath();
    socket.write((absolute.join(u'\n') + u'\n').toUtf8() + QByteArray(1, '\0'));
    socket.waitForBytesWritten(2000);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A server left behind by a crash: clean it up and try once more.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        QLocalSocket *socket = m_server->nextPendingConnection();
        auto *buffer = new QByteArray;
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->endsWith('\0'))
                return;
            buffer->chop(1);
            QStringList files = QString::fromUtf8(*buffer).split(u'\n', Qt::SkipEmptyParts);
            delete buffer;
            socket->disconnectFromServer();
            socket->deleteLater();
            emit filesReceived(files);
        });
    });
    return true;
}
