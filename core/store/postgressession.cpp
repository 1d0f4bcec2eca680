#include "store/postgressession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <libpq-fe.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresSession", text);
}

// The first key of the project's advisory lock: "NPS" in ASCII; the second is the schema's hash.
constexpr int LockClass = 0x4e5053;

} // namespace

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
    db.setPassword(url.password());
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
