#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

// What differs between SQLite and PostgreSQL, in one place: the type of the id columns, how the
// tables of a project are listed, the settings a connection gets, the constraints only one
// backend can afford and the sequences behind ids given by the writer. The schema and its
// migrations (Schema) are the same text for both.
class SqlDialect
{
public:
    enum class Kind { Sqlite, PostgreSql };
    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {}
    static SqlDialect of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    bool isPostgreSql() const { return m_kind == Kind::PostgreSql; }

    // A migration's statements with the dialect's types filled in (%ID%, REAL), plus what this
    // backend adds (importReferences). On both backends the dedup key is kept unique by the
    // importer under the project's write lock (BEGIN IMMEDIATE, the advisory lock): a UNIQUE
    // index on these random keys would slow a COPY of a million responses by more than the COPY
    // itself takes.
    QStringList migration(int version) const;
    // The tables of the project (in `schema` on PostgreSQL), sorted by name.
    Result<QStringList> tables(const QSqlDatabase &db, const QString &schema) const;
    // Connection settings: SQLite pragmas for a writer or a reader; none on PostgreSQL.
    QStringList sessionSettings(bool readOnly) const;
    // After rows were written with ids of their own: the tables' id sequences continue after
    // them (PostgreSQL; SQLite takes the largest id + 1 by itself).
    Status continueIds(const QSqlDatabase &db, const QStringList &tables) const;
    // The tables with an id column that the database gives.
    static QStringList tablesWithIds();

private:
    // PostgreSQL: the responses' reference to their import, checked per statement (triggers).
    static QStringList importReferences();
    // Triggers that remove the cache's snapshot (table cache_snapshot) in the transaction that
    // changes what it was built from.
    QStringList snapshotInvalidation() const;

    Kind m_kind;
};
