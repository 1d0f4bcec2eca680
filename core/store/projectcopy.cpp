#include "store/projectcopy.h"

#include "logging.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ProjectCopy {

Status copy(const QString &from, const QString &to)
{
    QElapsedTimer timer;
    timer.start();
    if (QFileInfo(from).absoluteFilePath() == QFileInfo(to).absoluteFilePath())
        return Status::failure(
            QCoreApplication::translate("ProjectFile", "The project is already saved as “%1”.")
                .arg(to));
    if (QFileInfo::exists(to) && !QFile::remove(to))
        return Status::failure(
            QCoreApplication::translate("ProjectFile", "Cannot replace “%1”.").arg(to));
    SurveyStore store;
    if (Status s = store.open(from); !s)
        return s;
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(to);
    if (!query.exec())
        return Status::failure(
            QCoreApplication::translate("ProjectFile", "Cannot save the project as “%1”: %2")
                .arg(to, query.lastError().text()));
    qCDebug(lcStore) << "copied" << from << "to" << to << "in" << timer.elapsed() << "ms";
    return Done{};
}

Status move(const QString &from, const QString &to)
{
    if (Status s = copy(from, to); !s)
        return s;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = from + suffix;
        if (QFileInfo::exists(file) && !QFile::remove(file))
            return Status::failure(
                QCoreApplication::translate("ProjectFile",
                                            "The project was copied to “%1”, but “%2” could not "
                                            "be removed.")
                    .arg(to, file));
    }
    return Done{};
}

} // namespace ProjectCopy
