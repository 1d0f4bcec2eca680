#include "store/surveystore.h"

#include "logging.h"

#include "store/postgressession.h"
#include "store/projectfile.h"
#include "store/schema.h"
#include "store/sqldialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <optional>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("npsstudio-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr int BusyTimeoutMs = 10000;

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5" || code == u"6" || code.startsWith(u"5 ") || code.startsWith(u"6 ");
}

} // namespace

SurveyStore::SurveyStore()
    : m_connection(nextConnectionName())
{}

SurveyStore::~SurveyStore()
{
    close();
}

Status SurveyStore::openConnection(const QString &path, OpenMode mode, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (mode == OpenMode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        // A read-only folder or medium where SQLite cannot keep the WAL's index: no writer
        // can be at work there, so the file is read as it is.
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(path).toString() + QStringLiteral("?immutable=1"));
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString message
            = QCoreApplication::translate("SurveyStore", "Cannot open the project “%1”: %2")
                  .arg(path, db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return Status::failure(message);
    }
    m_path = path;
    m_readOnly = mode == OpenMode::ReadOnly;
    return Done{};
}

Result<int> SurveyStore::projectVersion() const
{
    // Read before anything is written: another application's database is left as it was.
    const Result<QStringList> listed
        = SqlDialect::of(database()).tables(database(), m_url.schema());
    if (!listed) {
        const QString &error = listed.error();
        if (error.contains(QLatin1String("disk"))) // full, or a write refused
            return Result<int>::failure(explain(error));
        return Result<int>::failure(
            QCoreApplication::translate("SurveyStore", "“%1” cannot be read as a project: %2")
                .arg(m_path, error));
    }
    const QStringList &tables = listed.value();
    if (tables.isEmpty())
        return -1; // a new project
    if (!tables.contains(QStringLiteral("schema_version")))
        return Result<int>::failure(
            QCoreApplication::translate("SurveyStore",
                                        "“%1” is not an NPS Studio project: it is the database of "
                                        "another application (tables: %2). It was left as it was.")
                .arg(m_path, tables.mid(0, 8).join(QStringLiteral(", "))));
    return schemaVersion();
}

Status SurveyStore::checkReadableVersion(int version) const
{
    if (version < 0)
        return Status::failure(QCoreApplication::translate("SurveyStore",
                                                           "“%1” is not an NPS Studio project: it "
                                                           "holds no project yet.")
                                   .arg(m_path));
    if (version < Schema::CurrentVersion)
        return Status::failure(
            QCoreApplication::translate(
                "SurveyStore",
                "“%1” was saved by an older NPS Studio (project version %2). Open it once with "
                "write access — import into it, or open it in the window — to bring it up to "
                "version %3; then it can be read.")
                .arg(m_path)
                .arg(version)
                .arg(Schema::CurrentVersion));
    if (version > Schema::CurrentVersion)
        return Status::failure(
            QCoreApplication::translate("SurveyStore",
                                        "This project was written by a newer NPS Studio (schema "
                                        "%1; this version reads up to %2).")
                .arg(version)
                .arg(Schema::CurrentVersion));
    return Done{};
}

Status SurveyStore::openPostgreSql(const QString &address, OpenMode mode)
{
    QElapsedTimer timer;
    timer.start();
    const Result<DatabaseUrl> url = DatabaseUrl::parse(address);
    if (!url)
        return Status::failure(url.error());
    if (Status s = PostgresSession::connect(m_connection, url.value()); !s)
        return s;
    m_url = url.value();
    m_path = m_url.displayName();
    const bool readOnly = mode == OpenMode::ReadOnly;
    const auto failed = [this](const QString &message) {
        close();
        return Status::failure(message);
    };
    const Result<bool> schema = PostgresSession::useSchema(database(), m_url, !readOnly);
    if (!schema)
        return failed(schema.error());
    if (!schema.value())
        return failed(checkReadableVersion(-1).error());
    const Result<bool> readable = PostgresSession::mayRead(database(), m_url);
    if (!readable)
        return failed(readable.error());
    if (!readable.value()) {
        // Built before failed() closes the connection that it asks.
        const QString message
            = QCoreApplication::translate("SurveyStore",
                                          "You (%1) may not read “%2”: ask its owner to make "
                                          "you a member of the role %3 (or %4 to change it).")
                  .arg(PostgresSession::currentUser(database()),
                       m_path,
                       m_url.roleBase() + QStringLiteral("_viewer"),
                       m_url.roleBase() + QStringLiteral("_editor"));
        return failed(message);
    }
    const Result<int> version = projectVersion();
    if (!version)
        return failed(version.error());
    if (readOnly) {
        if (Status s = checkReadableVersion(version.value()); !s)
            return failed(s.error());
        if (Status s = PostgresSession::beginReadOnlySnapshot(database()); !s)
            return failed(s.error());
        m_readOnly = true;
        qCDebug(lcStore) << "opened" << m_path << "read-only, schema" << version.value() << "in"
                         << timer.elapsed() << "ms";
        return Done{};
    }
    if (version.value() >= 0) {
        const Result<bool> writable = PostgresSession::mayWrite(database());
        if (!writable)
            return failed(writable.error());
        if (!writable.value()) {
            const QString message
                = QCoreApplication::translate(
                      "SurveyStore",
                      "“%1” is read-only for you (%2): ask an editor of the project — a member of "
                      "the role %3 — to import, remove imports or edit themes and follow-ups.")
                      .arg(m_path,
                           PostgresSession::currentUser(database()),
                           m_url.roleBase() + QStringLiteral("_editor"));
            return failed(message);
        }
    }
    if (Status migrated = migrateTo(Schema::CurrentVersion); !migrated)
        return failed(migrated.error());
    qCDebug(lcStore) << "opened" << m_path << "schema" << schemaVersion() << "in" << timer.elapsed()
                     << "ms";
    return Done{};
}

Status SurveyStore::open(const QString &path, OpenMode mode)
{
    close();
    if (DatabaseUrl::isDatabaseUrl(path))
        return openPostgreSql(path, mode);
    QElapsedTimer timer;
    timer.start();
    const bool readOnly = mode == OpenMode::ReadOnly;
    ProjectFile file(path);
    if (Status s = file.checkReadable(readOnly); !s)
        return s;
    // Opening to write is one process at a time: of two imports that create one new project at
    // once, the first creates and migrates it while the second waits here and then finds it
    // made (never removing, as "a new project that failed", a file the first is writing). A lock
    // left by a process that died is taken over: QLockFile knows its process is gone.
    std::optional<QLockFile> opening;
    if (!readOnly) {
        if (Status s = file.checkWritable(); !s)
            return s;
        opening.emplace(path + QStringLiteral(".opening"));
        if (!opening->tryLock(BusyTimeoutMs) && opening->error() != QLockFile::LockFailedError)
            // Not another process: the lock file itself cannot be made (a full disk).
            return Status::failure(file.explainWriteError(
                QStringLiteral("disk I/O error (%1.opening cannot be created)").arg(path)));
        if (!opening->isLocked())
            return Status::failure(
                QCoreApplication::translate("SurveyStore",
                                            "Cannot open “%1”: another NPS Studio has been "
                                            "opening it for %2 s. Try again when it is done.")
                    .arg(path)
                    .arg(BusyTimeoutMs / 1000));
        file = ProjectFile(path); // as it is now that no one else is opening it
    }
    const auto failed = [&](const QString &message) {
        close();
        if (!file.exists())
            file.removeWithSideFiles(); // a new project that could not be written
        return Status::failure(message);
    };

    // A write with the rollback journal cut short (a killed import, see useRollbackJournal())
    // leaves the journal for the next connection to roll back, which a read-only one cannot:
    // a connection that may write does it first (SQLite puts back the pages as they were
    // committed, and writes nothing else). One that finds a writer at work leaves it be.
    if (readOnly && QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
        sqlite3 *handle = nullptr;
        if (sqlite3_open_v2(
                QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK) {
            sqlite3_busy_timeout(handle, 250);
            sqlite3_exec(handle, "SELECT 1 FROM sqlite_master LIMIT 1", nullptr, nullptr, nullptr);
        }
        sqlite3_close(handle);
    }
    if (Status s = openConnection(path, mode, false); !s)
        return s;
    Result<int> version = projectVersion();
    // Reading a project in WAL mode writes its shared-memory index beside it; where nothing
    // can be written (a read-only folder or medium, a full disk) it is read as immutable.
    // Not with a journal left beside it, which this connection could not roll back: the file
    // may hold pages of a write that never committed.
    if (!version && readOnly && (!file.folderIsWritable() || file.diskIsFull())
        && QFileInfo(path + QStringLiteral("-journal")).size() == 0) {
        close();
        if (Status s = openConnection(path, mode, true); !s)
            return s;
        version = projectVersion();
    }
    if (!version)
        return failed(version.error());

    if (readOnly) {
        if (Status s = checkReadableVersion(version.value()); !s)
            return failed(s.error());
        // Settings of this connection only; nothing here writes to the file.
        for (const QString &setting : SqlDialect::of(database()).sessionSettings(true)) {
            if (Status s = exec(setting); !s)
                return failed(s.error());
        }
        qCDebug(lcStore) << "opened" << path << "read-only, schema" << version.value() << "in"
                         << timer.elapsed() << "ms";
        return Done{};
    }

    if (Status s = useWal(); !s)
        return failed(file.explainWriteError(s.error()));
    for (const QString &setting : SqlDialect::of(database()).sessionSettings(false)) {
        if (Status s = exec(setting); !s)
            return failed(file.explainWriteError(s.error()));
    }
    if (Status migrated = migrateTo(Schema::CurrentVersion); !migrated)
        return failed(file.explainWriteError(migrated.error()));
    qCDebug(lcStore) << "opened" << path << "schema" << schemaVersion() << "in" << timer.elapsed()
                     << "ms";
    return Done{};
}

void SurveyStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_path.clear();
    m_url = DatabaseUrl();
    m_readOnly = false;
}

bool SurveyStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase SurveyStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool SurveyStore::isSqlite() const
{
    return database().driverName() == u"QSQLITE";
}

bool SurveyStore::isPostgreSql() const
{
    return database().driverName() == u"QPSQL";
}

pg_conn *SurveyStore::postgresHandle() const
{
    return PostgresSession::handle(database());
}

QString SurveyStore::displayName(const QString &path)
{
    if (DatabaseUrl::isDatabaseUrl(path)) {
        const Result<DatabaseUrl> url = DatabaseUrl::parse(path);
        return url ? url->schema() == u"public" ? url->database()
                                                : url->database() + u'/' + url->schema()
                   : path;
    }
    return QFileInfo(path).fileName();
}

sqlite3 *SurveyStore::sqliteHandle() const
{
    if (!isSqlite())
        return nullptr;
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {

// The journal mode after asking for `mode`: SQLite keeps the old one when it cannot change.
QString switchJournal(const QSqlDatabase &db, const QString &mode)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA journal_mode=") + mode) && query.next()
               ? query.value(0).toString().toLower()
               : QString();
}

} // namespace

bool SurveyStore::useRollbackJournal()
{
    sqlite3 *handle = sqliteHandle();
    if (!handle || m_readOnly || sqlite3_get_autocommit(handle) == 0) // none inside a transaction
        return false;
    // Leaving WAL needs the only connection: with another one open SQLite says "wal".
    if (switchJournal(database(), QStringLiteral("DELETE")) != u"delete")
        return false;
    // NORMAL is safe with the WAL only: with the rollback journal every commit syncs.
    (void)exec(QStringLiteral("PRAGMA synchronous=FULL"));
    return true;
}

Status SurveyStore::useWal()
{
    sqlite3 *handle = sqliteHandle();
    if (!handle || m_readOnly)
        return Done{};
    // Without waiting: a project in the rollback journal may be taking its first import, which
    // holds the lock the switch needs and goes back to WAL itself when done; meanwhile this
    // connection waits for its writes as any writer.
    sqlite3_busy_timeout(handle, 0);
    QSqlQuery query(database());
    const bool switched = query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    sqlite3_busy_timeout(handle, BusyTimeoutMs);
    if (!switched && !isBusy(query.lastError()))
        return Status::failure(sqlError(query));
    if (!switched)
        qCDebug(lcStore) << m_path << "stays in its journal mode: another connection writes";
    // NORMAL is safe with the WAL (useRollbackJournal() makes it FULL).
    return exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

Status SurveyStore::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return Status::failure(sqlError(query));
    return Done{};
}

QString SurveyStore::explain(const QString &error) const
{
    return m_path.isEmpty() || isPostgreSql() ? error
                                              : ProjectFile(m_path).explainWriteError(error);
}

int SurveyStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status SurveyStore::applyMigration(int version)
{
    for (const QString &sql : SqlDialect::of(database()).migration(version)) {
        if (Status s = exec(sql); !s)
            return Status::failure(
                QCoreApplication::translate("SurveyStore",
                                            "Cannot upgrade the project to version %1: %2")
                    .arg(version)
                    .arg(s.error()));
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    query.addBindValue(version);
    if (!query.exec())
        return Status::failure(sqlError(query));
    return Done{};
}

Status SurveyStore::migrateTo(int target)
{
    const Result<int> current = projectVersion();
    if (!current)
        return Status::failure(current.error());
    if (current.value() > Schema::CurrentVersion)
        return Status::failure(QCoreApplication::translate(
                                   "SurveyStore",
                                   "This project was written by a newer NPS Studio (schema %1; "
                                   "this version reads up to %2).")
                                   .arg(current.value())
                                   .arg(Schema::CurrentVersion));
    if (current.value() >= target)
        return Done{}; // nothing to write: a current project is opened without the write lock
    if (Status s = beginTransaction(); !s)
        return s;
    const auto failed = [this](const QString &message) {
        rollback();
        return Status::failure(message);
    };
    // Read again under the write lock: another process (two imports into a new project) may
    // have migrated it while this one waited.
    const Result<int> locked = projectVersion();
    if (!locked)
        return failed(locked.error());
    if (locked.value() >= target) {
        rollback();
        return Done{};
    }
    const int from = std::max(locked.value(), 0);
    if (Status s = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                       "(version INTEGER NOT NULL)"));
        !s)
        return failed(s.error());
    {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) || !query.next())
            return failed(sqlError(query));
        if (query.value(0).toInt() == 0
            && !query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")))
            return failed(sqlError(query));
    }
    for (int version = from + 1; version <= target; ++version) {
        if (Status s = applyMigration(version); !s)
            return failed(s.error());
    }
    return commit();
}

Status SurveyStore::beginTransaction(const LockWait &wait)
{
    if (m_readOnly)
        return Status::failure(
            QCoreApplication::translate("SurveyStore", "“%1” is open read-only.").arg(m_path));
    if (!isSqlite()) {
        if (!database().transaction())
            return Status::failure(database().lastError().text());
        if (isPostgreSql()) {
            // One writer at a time, as BEGIN IMMEDIATE on SQLite: an import reads the stored
            // dedup keys and the surveys, and writes what they do not hold.
            if (Status s = PostgresSession::lockProject(
                    database(), m_url, wait.waiting, wait.cancel, wait.timeoutSeconds);
                !s) {
                database().rollback();
                return s;
            }
        }
        return Done{};
    }
    // BEGIN IMMEDIATE takes the write lock up front, so two writers wait instead of failing
    // half-way. Tried in short attempts, so that the wait can be shown, cancelled and ended.
    sqlite3 *handle = sqliteHandle();
    QElapsedTimer waited;
    waited.start();
    int told = -1;
    for (;;) {
        if (handle)
            sqlite3_busy_timeout(handle, 250);
        QSqlQuery query(database());
        const bool begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (handle)
            sqlite3_busy_timeout(handle, BusyTimeoutMs);
        if (begun)
            return Done{};
        if (!isBusy(query.lastError()) || !handle)
            return Status::failure(ProjectFile(m_path).explainWriteError(sqlError(query)));
        const int seconds = int(waited.elapsed() / 1000);
        if (wait.cancel && wait.cancel->load())
            return Status::failure(QCoreApplication::translate(
                "SurveyStore", "The wait for another import was cancelled; nothing was changed."));
        if (seconds >= wait.timeoutSeconds)
            return Status::failure(
                QCoreApplication::translate(
                    "SurveyStore",
                    "“%1” has been in use by another import (or program) for %2 s; nothing was "
                    "changed. Try again when it has finished.")
                    .arg(m_path)
                    .arg(seconds));
        if (wait.waiting && (told < 0 || seconds - told >= 5)) {
            wait.waiting(seconds);
            told = seconds;
        }
    }
}

Status SurveyStore::commit()
{
    if (isSqlite()) {
        if (Status s = exec(QStringLiteral("COMMIT")); !s)
            return Status::failure(explain(s.error()));
        return Done{};
    }
    // Rows written with ids of their own (the responses, copied projects): the database's
    // sequences continue after them.
    if (Status s = SqlDialect::of(database()).continueIds(database(), SqlDialect::tablesWithIds());
        !s) {
        database().rollback();
        return s;
    }
    if (!database().commit())
        return Status::failure(database().lastError().text());
    return Done{};
}

void SurveyStore::rollback()
{
    if (isSqlite())
        (void)exec(QStringLiteral("ROLLBACK"));
    else
        database().rollback();
}

Result<qint64> SurveyStore::addImport(const ImportRecord &r)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO imports (file_name, file_hash, imported_at, layout, delimiter, encoding,"
        " header_rows, mapping, rows_read, rows_imported, rows_skipped, rows_duplicate)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(r.fileName),
                              QVariant(r.fileHash),
                              QVariant(r.importedAt.toUTC().toString(Qt::ISODate)),
                              QVariant(r.layout),
                              QVariant(r.delimiter),
                              QVariant(r.encoding),
                              QVariant(r.headerRows),
                              QVariant(r.mapping),
                              QVariant(r.rowsRead),
                              QVariant(r.rowsImported),
                              QVariant(r.rowsSkipped),
                              QVariant(r.rowsDuplicate)})
        query.addBindValue(v);
    if (!query.exec())
        return Result<qint64>::failure(sqlError(query));
    return query.lastInsertId().toLongLong();
}

Status SurveyStore::updateImportCounts(const ImportRecord &r)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE imports SET file_hash = ?, rows_read = ?,"
                                 " rows_imported = ?, rows_skipped = ?, rows_duplicate = ?"
                                 " WHERE id = ?"));
    query.addBindValue(r.fileHash);
    query.addBindValue(r.rowsRead);
    query.addBindValue(r.rowsImported);
    query.addBindValue(r.rowsSkipped);
    query.addBindValue(r.rowsDuplicate);
    query.addBindValue(r.id);
    if (!query.exec())
        return Status::failure(sqlError(query));
    return Done{};
}

Status SurveyStore::addRowIssues(qint64 importId, const QList<RowIssue> &issues)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO row_issues (import_id, line, column_name, reason,"
                                 " raw_text) VALUES (?, ?, ?, ?, ?)"));
    for (const RowIssue &issue : issues) {
        query.addBindValue(importId);
        query.addBindValue(issue.line);
        query.addBindValue(issue.column);
        query.addBindValue(issue.reason);
        query.addBindValue(issue.rawText);
        if (!query.exec())
            return Status::failure(sqlError(query));
    }
    return Done{};
}

Result<qint64> SurveyStore::dimensionId(const QString &name)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM dimensions WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    // A later export that writes the question in other letter case ("PLAN") adds to it.
    query.prepare(
        QStringLiteral("SELECT id FROM dimensions WHERE lower(name) = lower(?) ORDER BY id"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    query.prepare(QStringLiteral("INSERT INTO dimensions (name) VALUES (?)"));
    query.addBindValue(name);
    if (!query.exec())
        return Result<qint64>::failure(sqlError(query));
    return query.lastInsertId().toLongLong();
}

Result<qint64> SurveyStore::dimensionValueId(qint64 dimensionId, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT id FROM dimension_values WHERE dimension_id = ? AND value = ?"));
    query.addBindValue(dimensionId);
    query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    query.prepare(
        QStringLiteral("INSERT INTO dimension_values (dimension_id, value) VALUES (?, ?)"));
    query.addBindValue(dimensionId);
    query.addBindValue(value);
    if (!query.exec())
        return Result<qint64>::failure(sqlError(query));
    return query.lastInsertId().toLongLong();
}

QList<ImportRecord> SurveyStore::imports() const
{
    QList<ImportRecord> list;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, file_name, file_hash, imported_at, layout, delimiter, encoding,"
            " header_rows, mapping, rows_read, rows_imported, rows_skipped, rows_duplicate"
            " FROM imports ORDER BY id")))
        return list;
    while (query.next()) {
        ImportRecord r;
        r.id = query.value(0).toLongLong();
        r.fileName = query.value(1).toString();
        r.fileHash = query.value(2).toString();
        r.importedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        r.layout = query.value(4).toString();
        r.delimiter = query.value(5).toString();
        r.encoding = query.value(6).toString();
        r.headerRows = query.value(7).toInt();
        r.mapping = query.value(8).toString();
        r.rowsRead = query.value(9).toLongLong();
        r.rowsImported = query.value(10).toLongLong();
        r.rowsSkipped = query.value(11).toLongLong();
        r.rowsDuplicate = query.value(12).toLongLong();
        list.append(r);
    }
    return list;
}

QList<RowIssue> SurveyStore::rowIssues(qint64 importId) const
{
    QList<RowIssue> list;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT line, column_name, reason, raw_text FROM row_issues"
                                 " WHERE import_id = ? ORDER BY line"));
    query.addBindValue(importId);
    if (!query.exec())
        return list;
    while (query.next())
        list.append({query.value(0).toLongLong(),
                     query.value(1).toString(),
                     query.value(2).toString(),
                     query.value(3).toString()});
    return list;
}

qint64 SurveyStore::responseCount() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM responses")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Result<QSet<qint64>> SurveyStore::responseKeys() const
{
    QSet<qint64> keys;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT response_key FROM responses")))
        return Result<QSet<qint64>>::failure(sqlError(query));
    while (query.next())
        keys.insert(query.value(0).toLongLong());
    return keys;
}

Result<QList<std::pair<qint64, QString>>> SurveyStore::dimensionValues(qint64 dimensionId) const
{
    using Values = QList<std::pair<qint64, QString>>;
    Values values;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, value FROM dimension_values WHERE dimension_id = ?"
                                 " ORDER BY id"));
    query.addBindValue(dimensionId);
    if (!query.exec())
        return Result<Values>::failure(sqlError(query));
    while (query.next())
        values.append({query.value(0).toLongLong(), query.value(1).toString()});
    return values;
}

Result<qint64> SurveyStore::maxDimensionValueId() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM dimension_values"))
        || !query.next())
        return Result<qint64>::failure(sqlError(query));
    return query.value(0).toLongLong();
}

Status SurveyStore::addDimensionValue(qint64 id, qint64 dimensionId, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO dimension_values (id, dimension_id, value) VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(dimensionId);
    query.addBindValue(value);
    if (!query.exec())
        return Status::failure(sqlError(query));
    return Done{};
}

Status SurveyStore::removeImport(qint64 importId)
{
    if (Status s = beginTransaction(); !s)
        return s;
    QSqlQuery query(database());
    for (const char *sql : {"DELETE FROM responses WHERE import_id = ?",
                            "DELETE FROM row_issues WHERE import_id = ?",
                            "DELETE FROM imports WHERE id = ?"}) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(importId);
        if (!query.exec()) {
            const QString error = sqlError(query);
            rollback();
            return Status::failure(error);
        }
    }
    if (Status s = PostgresSession::notifyChange(*this, QStringLiteral("imports")); !s) {
        rollback();
        return s;
    }
    return commit();
}

QHash<qint64, std::pair<QDate, QDate>> SurveyStore::importDateRanges() const
{
    QHash<qint64, std::pair<QDate, QDate>> ranges;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT import_id, MIN(answered_at), MAX(answered_at) FROM responses"
                           " WHERE answered_at IS NOT NULL GROUP BY import_id")))
        return ranges;
    while (query.next())
        ranges.insert(query.value(0).toLongLong(),
                      {QDate::fromString(query.value(1).toString().left(10), Qt::ISODate),
                       QDate::fromString(query.value(2).toString().left(10), Qt::ISODate)});
    return ranges;
}
