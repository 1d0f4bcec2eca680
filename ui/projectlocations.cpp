#include "projectlocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ProjectLocations {

QString documentsFolder()
{
    QString last = QSettings().value(QStringLiteral("project/folder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString suggestedPathFor(const QString &exportPath)
{
    return documentsFolder() + u'/' + QFileInfo(exportPath).completeBaseName()
           + QStringLiteral(".npsdb");
}

QString applicationPathFor(const QString &exportPath)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + QStringLiteral("/projects");
    QDir().mkpath(dir);
    return dir + u'/' + QFileInfo(exportPath).completeBaseName() + QStringLiteral(".npsdb");
}

QString askWhereToSave(QWidget *parent, const QString &title, const QString &suggested)
{
    QString path = QFileDialog::getSaveFileName(
        parent,
        title,
        suggested,
        QCoreApplication::translate("ProjectLocations", "NPS Studio projects (*.npsdb)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".npsdb"), Qt::CaseInsensitive))
        path += QStringLiteral(".npsdb");
    QSettings().setValue(QStringLiteral("project/folder"), QFileInfo(path).absolutePath());
    return path;
}

} // namespace ProjectLocations
