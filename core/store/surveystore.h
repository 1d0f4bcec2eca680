#pragma once

#include "result.h"
#include "store/databaseurl.h"
#include "store/importrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

struct sqlite3;
struct pg_conn;

// A project: the SQL database that holds imports, responses, segment dimensions and row issues.
// An SQLite file (WAL, foreign keys on), or a schema in a PostgreSQL database for a team
// (a postgresql:// URL, see DatabaseUrl); the same schema version with forward migrations.
class SurveyStore
{
public:
    SurveyStore();
    ~SurveyStore();
    SurveyStore(const SurveyStore &) = delete;
    SurveyStore &operator=(const SurveyStore &) = delete;

    enum class OpenMode {
        ReadWrite, // creates a missing project, switches it to WAL, migrates it
        ReadOnly,  // SQLITE_OPEN_READONLY: writes nothing, not even a pragma; never migrates
    };
    // How a writer waits for another (an import holding the project): it is told when the wait
    // starts and every few seconds after, and gives up when cancelled or after the timeout.
    struct LockWait
    {
        std::function<void(int secondsWaited)> waiting;
        const std::atomic_bool *cancel = nullptr;
        int timeoutSeconds = 600;
    };

    // Opens an SQLite project file. Read-write creates it when missing and migrates it to the
    // current schema; a file that is not an NPS Studio project (another application's database,
    // or no database at all) is refused and left exactly as it was. The messages name the cause:
    // a read-only file, folder or medium, a full disk, an older or newer project.
    // A postgresql:// URL opens a team project: read-write creates its schema and migrates it
    // (and refuses a role that may only read); read-only reads one snapshot and writes nothing.
    Status open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; } // a file, or the URL without its password
    bool isPostgreSql() const;
    // The project's address on PostgreSQL (when isPostgreSql()).
    const DatabaseUrl &url() const { return m_url; }
    // A short name for titles: the file's name, or the project on its server.
    static QString displayName(const QString &path);

    QSqlDatabase database() const;
    bool isSqlite() const;
    // The SQLite connection under Qt's driver, for the bulk paths; null on other drivers.
    sqlite3 *sqliteHandle() const;
    // For long writes by the only connection to an SQLite project (the import command): the
    // rollback journal instead of the WAL, so that the new pages are written once, into the
    // file, not into the WAL and then again by its checkpoint. False, and the WAL kept, when
    // another connection has the project open (its readers go on reading while it writes).
    // While it lasts, a reader that opens the project waits for each write to end.
    // useWal() goes back, as every read-write open does: WAL lets several windows and processes
    // read while one writes. It does not wait for a writer that holds the project in the
    // rollback journal (the switch is then left to that writer).
    bool useRollbackJournal();
    Status useWal();
    // libpq's connection under Qt's driver, for COPY; null on other drivers.
    pg_conn *postgresHandle() const;
    int schemaVersion() const;
    // For tests: migrate only up to a given version.
    Status migrateTo(int target);

    // BEGIN IMMEDIATE: the write lock up front. When another writer holds it, waits as `wait`
    // says instead of failing with "database is locked".
    Status beginTransaction(const LockWait &wait);
    Status beginTransaction() { return beginTransaction(LockWait()); }
    Status commit();
    void rollback();

    Result<qint64> addImport(const ImportRecord &record);
    Status updateImportCounts(const ImportRecord &record);
    Status addRowIssues(qint64 importId, const QList<RowIssue> &issues);
    Result<qint64> dimensionId(const QString &name);
    Result<qint64> dimensionValueId(qint64 dimensionId, const QString &value);
    Result<QList<std::pair<qint64, QString>>> dimensionValues(qint64 dimensionId) const;
    Result<qint64> maxDimensionValueId() const;
    Status addDimensionValue(qint64 id, qint64 dimensionId, const QString &value);

    QList<ImportRecord> imports() const;
    // First and last day answered, per import id (imports without dates are left out).
    QHash<qint64, std::pair<QDate, QDate>> importDateRanges() const;
    // Deletes one import with its responses and row issues, in one transaction.
    Status removeImport(qint64 importId);
    QList<RowIssue> rowIssues(qint64 importId) const;
    qint64 responseCount() const;
    // The dedup keys of every stored response (read under the import's write lock).
    Result<QSet<qint64>> responseKeys() const;

    // A failed write's message with its cause named: a full disk, a read-only file or folder.
    QString explain(const QString &error) const;

private:
    Status openConnection(const QString &path, OpenMode mode, bool immutable);
    Status openPostgreSql(const QString &address, OpenMode mode);
    // A failure when a project of `version` cannot be read by this version.
    Status checkReadableVersion(int version) const;
    // The schema version of an NPS Studio project, -1 for a database without tables (a new
    // project); a failure for any other database, which is then left as it was.
    Result<int> projectVersion() const;
    Status exec(const QString &sql);
    Status applyMigration(int version);
    bool m_readOnly = false;
    DatabaseUrl m_url;
    QString m_connection;
    QString m_path;
};
