#pragma once

#include "result.h"
#include "store/importrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// A project: the SQL database that holds imports, responses, segment dimensions and row issues.
// SQLite file by default (WAL, foreign keys on, schema version with forward migrations).
class SurveyStore
{
public:
    SurveyStore();
    ~SurveyStore();
    SurveyStore(const SurveyStore &) = delete;
    SurveyStore &operator=(const SurveyStore &) = delete;

    // Opens (creating when missing) an SQLite project file and migrates it to the current schema.
    Status open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    QSqlDatabase database() const;
    bool isSqlite() const;
    // The SQLite connection under Qt's driver, for the bulk paths; null on other drivers.
    sqlite3 *sqliteHandle() const;
    int schemaVersion() const;
    // For tests: migrate only up to a given version.
    Status migrateTo(int target);

    Status beginTransaction();
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

private:
    Status exec(const QString &sql);
    Status applyMigration(int version);
    QString m_connection;
    QString m_path;
};
