#include "store/teamroles.h"

#include "logging.h"
#include "store/databaseurl.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {} // namespace

Result<TeamRoles::Setup>
TeamRoles::init(SurveyStore &store, const QStringList &viewers, const QStringList &editors)
{
    using R = Result<Setup>;
    if (!store.isPostgreSql() || store.isReadOnly())
        return R::failure(tr("Roles are for team projects on PostgreSQL, opened to write."));
    const DatabaseUrl &url = store.url();
    Setup setup;
    setup.viewer = url.roleBase() + QStringLiteral("_viewer");
    setup.editor = url.roleBase() + QStringLiteral("_editor");
    const QString schema = DatabaseUrl::quoteIdentifier(url.schema());
    const QString viewer = DatabaseUrl::quoteIdentifier(setup.viewer);
    const QString editor = DatabaseUrl::quoteIdentifier(setup.editor);

    QSqlQuery query(store.database());
    const auto roleExists = [&](const QString &role) -> Result<bool> {
        query.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
        query.addBindValue(role);
        if (!query.exec())
            return Result<bool>::failure(query.lastError().text());
        return query.next();
    };
    for (const QString &member : viewers + editors) {
        const Result<bool> exists = roleExists(member);
        if (!exists)
            return R::failure(exists.error());
        if (!exists.value())
            return R::failure(tr("There is no PostgreSQL role “%1” to make a member: create it "
                                 "first (CREATE ROLE %1 LOGIN).")
                                  .arg(member));
    }
    if (Status s = store.beginTransaction(); !s)
        return R::failure(s.error());
    // Identifiers cannot be bound: every one is quoted (DatabaseUrl::quoteIdentifier).
    QStringList statements;
    for (const QString &role : {setup.viewer, setup.editor}) {
        const Result<bool> exists = roleExists(role);
        if (!exists) {
            store.rollback();
            return R::failure(exists.error());
        }
        if (!exists.value()) {
            statements
                << QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(DatabaseUrl::quoteIdentifier(role));
            setup.created << role;
        }
    }
    statements
        << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(schema, viewer, editor)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(schema, viewer)
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1"
                          " TO %2")
               .arg(schema, editor)
        << QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1 TO %2")
               .arg(schema, editor)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT ON TABLES TO"
                          " %2")
               .arg(schema, viewer)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT, INSERT,"
                          " UPDATE, DELETE ON TABLES TO %2")
               .arg(schema, editor)
        << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT,"
                          " UPDATE ON SEQUENCES TO %2")
               .arg(schema, editor);
    for (const QString &member : viewers)
        statements
            << QStringLiteral("GRANT %1 TO %2").arg(viewer, DatabaseUrl::quoteIdentifier(member));
    for (const QString &member : editors)
        statements
            << QStringLiteral("GRANT %1 TO %2").arg(editor, DatabaseUrl::quoteIdentifier(member));
    for (const QString &sql : std::as_const(statements)) {
        if (!query.exec(sql)) {
            const QString error = query.lastError().text();
            store.rollback();
            return R::failure(tr("Cannot set up the roles of “%1”: %2 (as the owner of the "
                                 "database, or a role that may create roles?)")
                                  .arg(store.path(), error));
        }
    }
    if (Status s = store.commit(); !s)
        return R::failure(s.error());
    qCDebug(lcStore) << "roles" << setup.viewer << setup.editor << "set up for" << store.path();
    return setup;
}
