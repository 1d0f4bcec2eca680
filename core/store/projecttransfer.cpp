#include "store/projecttransfer.h"

#include "logging.h"
#include "store/databaseurl.h"
#include "store/postgrescopywriter.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {

constexpr int RowsPerInsert = 200;

} // namespace

QStringList ProjectTransfer::tablesInOrder()
{
    return {QStringLiteral("surveys"),
            QStringLiteral("questions"),
            QStringLiteral("imports"),
            QStringLiteral("dimensions"),
            QStringLiteral("dimension_values"),
            QStringLiteral("responses"),
            QStringLiteral("answers"),
            QStringLiteral("row_issues"),
            QStringLiteral("themes"),
            QStringLiteral("theme_keywords"),
            QStringLiteral("follow_ups"),
            QStringLiteral("theme_actions"),
            QStringLiteral("project_settings")};
}

Result<ProjectTransfer::Counts> ProjectTransfer::copy(const QString &from, const QString &to)
{
    using R = Result<Counts>;
    QElapsedTimer timer;
    timer.start();
    const auto sameAddress = [](const QString &a, const QString &b) {
        if (DatabaseUrl::isDatabaseUrl(a) || DatabaseUrl::isDatabaseUrl(b))
            return a == b;
        return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
    };
    if (sameAddress(from, to))
        return R::failure(tr("“%1” and “%2” are the same project.").arg(from, to));
    SurveyStore source;
    if (Status s = source.open(from, SurveyStore::OpenMode::ReadOnly); !s)
        return R::failure(s.error());
    SurveyStore target;
    if (Status s = target.open(to); !s)
        return R::failure(s.error());
    if (!target.imports().isEmpty())
        return R::failure(tr("“%1” already holds imports: copy into a new project, or remove "
                             "them first.")
                              .arg(target.path()));
    if (Status s = target.beginTransaction(); !s)
        return R::failure(s.error());
    const auto failed = [&](const QString &message) {
        target.rollback();
        return R::failure(tr("Cannot copy the project to “%1”: %2").arg(target.path(), message));
    };
    Counts counts;
    QSqlQuery clear(target.database());
    // A new project may hold what opening it wrote (nothing yet; settings in future versions).
    const QStringList tables = tablesInOrder();
    for (qsizetype t = tables.size() - 1; t >= 0; --t) {
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(tables.at(t))))
            return failed(clear.lastError().text());
    }
    for (const QString &table : tables) {
        QSqlQuery rows(source.database());
        rows.setForwardOnly(true);
        // The names are ours (tablesInOrder), never the user's.
        if (!rows.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return failed(rows.lastError().text());
        const QSqlRecord record = rows.record();
        QStringList columns;
        for (int c = 0; c < record.count(); ++c)
            columns << record.fieldName(c);
        if (pg_conn *connection = target.postgresHandle()) {
            // One COPY per table: a million responses in seconds, not minutes of INSERTs.
            const Status copied
                = PostgresCopyWriter::copyRows(connection, table, columns, [&](QByteArray &out) {
                      if (!rows.next())
                          return false;
                      for (int c = 0; c < columns.size(); ++c) {
                          if (c > 0)
                              out += '\t';
                          PostgresCopyWriter::appendValue(out, rows.value(c));
                      }
                      out += '\n';
                      ++counts.rows;
                      return true;
                  });
            if (!copied)
                return failed(copied.error());
            if (rows.lastError().isValid())
                return failed(rows.lastError().text());
            continue;
        }
        const QString one
            = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
        const auto insertSql = [&](int count) -> QString {
            QStringList values(count, one);
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(table, columns.join(u','), values.join(u','));
        };
        QSqlQuery full(target.database());
        if (!full.prepare(insertSql(RowsPerInsert)))
            return failed(full.lastError().text());
        QList<QVariantList> pending;
        const auto send = [&](QSqlQuery &insert) -> Status {
            for (const QVariantList &row : std::as_const(pending))
                for (const QVariant &value : row)
                    insert.addBindValue(value);
            if (!insert.exec())
                return Status::failure(insert.lastError().text());
            pending.clear();
            return Done{};
        };
        while (rows.next()) {
            QVariantList row;
            row.reserve(columns.size());
            for (int c = 0; c < columns.size(); ++c)
                row << rows.value(c);
            pending << row;
            ++counts.rows;
            if (pending.size() == RowsPerInsert) {
                if (Status s = send(full); !s)
                    return failed(s.error());
            }
        }
        if (!pending.isEmpty()) {
            QSqlQuery rest(target.database());
            if (!rest.prepare(insertSql(int(pending.size()))))
                return failed(rest.lastError().text());
            if (Status s = send(rest); !s)
                return failed(s.error());
        }
    }
    if (Status s = target.commit(); !s)
        return R::failure(s.error());
    counts.imports = target.imports().size();
    counts.responses = target.responseCount();
    qCDebug(lcStore) << "copied" << source.path() << "to" << target.path() << ":" << counts.rows
                     << "rows in" << timer.elapsed() << "ms";
    return counts;
}
