#include "store/postgressession.h"

#include "store/surveystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QVariant>

#include <libpq-fe.h>

namespace {

// The first key of the project's advisory lock: "NPS" in ASCII; the second is the schema's hash.
constexpr int LockClass = 0x4e5053;

// The passwords remembered for this process: server, database and user → password.
struct Passwords
{
    QMutex mutex;
    QHash<QString, QString> byKey;
};

Passwords &passwords()
{
    static Passwords p;
    return p;
}

QString passwordKey(const DatabaseUrl &url)
{
    return url.host() + u'\n' + QString::number(url.port()) + u'\n' + url.database() + u'\n'
           + url.user();
}

} // namespace

void PostgresSession::rememberPassword(const DatabaseUrl &url, const QString &password)
{
    Passwords &p = passwords();
    const QMutexLocker lock(&p.mutex);
    if (password.isEmpty())
        p.byKey.remove(passwordKey(url));
    else
        p.byKey.insert(passwordKey(url), password);
}

QString PostgresSession::rememberedPassword(const DatabaseUrl &url)
{
    Passwords &p = passwords();
    const QMutexLocker lock(&p.mutex);
    return p.byKey.value(passwordKey(url));
}

QByteArray PostgresSession::conninfo(const DatabaseUrl &url)
{
    QStringList parts;
    const auto add = [&parts](const QString &key, const QString &value) {
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        parts << key + QStringLiteral("='") + quoted + u'\'';
    };
    if (!url.host().isEmpty())
        add(QStringLiteral("host"), url.host());
    if (url.port() > 0)
        add(QStringLiteral("port"), QString::number(url.port()));
    add(QStringLiteral("dbname"), url.database());
    if (!url.user().isEmpty())
        add(QStringLiteral("user"), url.user());
    const QString password = url.password().isEmpty() ? rememberedPassword(url) : url.password();
    if (!password.isEmpty())
        add(QStringLiteral("password"), password);
    bool named = false;
    for (const auto &[key, value] : url.options()) {
        add(key, value);
        named = named || key == u"application_name";
    }
    if (!named)
        add(QStringLiteral("application_name"), QStringLiteral("npsstudio"));
    return parts.join(u' ').toUtf8();
}

Status PostgresSession::notifyChange(const SurveyStore &store, const QString &what, qint64 importId)
{
    if (!store.isPostgreSql())
        return Done{};
    QJsonObject payload{{QStringLiteral("project"), store.url().schema()},
                        {QStringLiteral("what"), what},
                        {QStringLiteral("origin"), thisProcess()}};
    if (importId > 0)
        payload.insert(QStringLiteral("import"), importId);
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(ChangeChannel));
    query.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return Done{};
}

QString PostgresSession::thisProcess()
{
    return QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

std::optional<PostgresSession::Change> PostgresSession::parseChange(const QByteArray &payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload).object();
    Change change{object.value(QStringLiteral("project")).toString(),
                  object.value(QStringLiteral("what")).toString(),
                  qint64(object.value(QStringLiteral("import")).toDouble()),
                  object.value(QStringLiteral("origin")).toString()};
    if (change.project.isEmpty() || change.what.isEmpty())
        return std::nullopt;
    return change;
}

Status PostgresSession::connect(const QString &connection, const DatabaseUrl &url)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return Status::failure(tr("Cannot open “%1”: the PostgreSQL driver of Qt "
                                  "(libqt6sql6-psql) is not installed.")
                                   .arg(url.displayName()));
    }
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.database());
    db.setUserName(url.user());
    db.setPassword(url.password().isEmpty() ? rememberedPassword(url) : url.password());
    QString options = url.connectOptions();
    if (!options.contains(QLatin1String("application_name")))
        options += QLatin1String(options.isEmpty() ? "" : ";")
                   + QStringLiteral("application_name=npsstudio");
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString message = tr("Cannot open the project “%1”: %2")
                                    .arg(url.displayName(), db.lastError().text().trimmed());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return Status::failure(message);
    }
    QSqlQuery query(db);
    // The notices of IF NOT EXISTS are not for the user.
    (void)query.exec(QStringLiteral("SET client_min_messages = warning"));
    return Done{};
}

Result<bool> PostgresSession::useSchema(const QSqlDatabase &db, const DatabaseUrl &url, bool create)
{
    QSqlQuery query(db);
    const auto exists = [&]() -> Result<bool> {
        query.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?"));
        query.addBindValue(url.schema());
        if (!query.exec())
            return Result<bool>::failure(query.lastError().text());
        return query.next();
    };
    Result<bool> found = exists();
    if (!found)
        return found;
    if (!found.value() && create) {
        // Identifiers cannot be bound: quoted, from a name DatabaseUrl checked.
        if (!query.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1")
                            .arg(DatabaseUrl::quoteIdentifier(url.schema())))) {
            const QString error = query.lastError().text();
            found = exists(); // another process made it meanwhile
            if (!found || !found.value())
                return Result<bool>::failure(
                    tr("Cannot create the project “%1”: %2").arg(url.displayName(), error));
        }
    }
    query.prepare(QStringLiteral("SELECT set_config('search_path', ?, false)"));
    query.addBindValue(DatabaseUrl::quoteIdentifier(url.schema()));
    if (!query.exec())
        return Result<bool>::failure(query.lastError().text());
    return found.value() || create;
}

QString PostgresSession::currentUser(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT current_user")) || !query.next())
        return db.userName();
    return query.value(0).toString();
}

Result<bool> PostgresSession::mayRead(const QSqlDatabase &db, const DatabaseUrl &url)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT has_schema_privilege(?, 'USAGE')"));
    query.addBindValue(url.schema());
    if (!query.exec() || !query.next())
        return Result<bool>::failure(query.lastError().text());
    return query.value(0).toBool();
}

Result<bool> PostgresSession::mayWrite(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT has_table_privilege('imports', 'INSERT')"))
        || !query.next())
        return Result<bool>::failure(query.lastError().text());
    return query.value(0).toBool();
}

Status PostgresSession::beginReadOnlySnapshot(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"))
        || !query.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return Status::failure(query.lastError().text());
    return Done{};
}

Status PostgresSession::lockProject(const QSqlDatabase &db,
                                    const DatabaseUrl &url,
                                    const std::function<void(int)> &waiting,
                                    const std::atomic_bool *cancel,
                                    int timeoutSeconds)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(?, hashtext(?))"));
    QElapsedTimer waited;
    waited.start();
    int told = -1;
    for (;;) {
        query.addBindValue(LockClass);
        query.addBindValue(url.schema());
        if (!query.exec() || !query.next())
            return Status::failure(query.lastError().text());
        if (query.value(0).toBool())
            return Done{};
        const int seconds = int(waited.elapsed() / 1000);
        if (cancel && cancel->load())
            return Status::failure(QCoreApplication::translate(
                "SurveyStore", "The wait for another import was cancelled; nothing was changed."));
        if (seconds >= timeoutSeconds)
            return Status::failure(
                QCoreApplication::translate(
                    "SurveyStore",
                    "“%1” has been in use by another import (or program) for %2 s; nothing was "
                    "changed. Try again when it has finished.")
                    .arg(url.displayName())
                    .arg(seconds));
        if (waiting && (told < 0 || seconds - told >= 5)) {
            waiting(seconds);
            told = seconds;
        }
        QThread::msleep(100);
    }
}

pg_conn *PostgresSession::handle(const QSqlDatabase &db)
{
    if (db.driverName() != u"QPSQL")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt names the type after the struct behind libpq's typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn *const *>(handle.constData());
}
