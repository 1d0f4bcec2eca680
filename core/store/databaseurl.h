#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// Where a team project lives on a PostgreSQL server, read from the URL a user gives with --db:
//   postgresql://[user[:password]@][host][:port]/dbname[?sslmode=…&project=NAME&host=/socketdir]
// as libpq reads it (percent-encoding, a socket folder as host). `project` names the
// PostgreSQL schema that holds the project, so that several projects share one database.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    // Whether `text` is a PostgreSQL URL rather than the path of a project file.
    static bool isDatabaseUrl(const QString &text);
    static Result<DatabaseUrl> parse(const QString &text);

    QString host() const { return m_host; } // a name, an address or a socket folder; "" for default
    int port() const { return m_port; }     // -1: libpq's default
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; } // only when the URL holds one
    QString schema() const { return m_schema; }     // the project: "public" unless named
    // libpq options other than those above (sslmode, connect_timeout, …), in the URL's order.
    const QList<std::pair<QString, QString>> &options() const { return m_options; }
    // The options as QPSQL's setConnectOptions() takes them ("sslmode=require;…").
    QString connectOptions() const;
    // The URL without its password: for messages and titles.
    QString displayName() const;
    // The prefix of the project's roles: the project, or the database for the public schema.
    QString roleBase() const;

    // An identifier quoted for SQL ("my ""odd"" name").
    static QString quoteIdentifier(const QString &name);

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_schema = QStringLiteral("public");
    QList<std::pair<QString, QString>> m_options;
};
