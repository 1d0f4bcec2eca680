#include "store/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <sys/statvfs.h>

namespace {

bool onReadOnlyMedium(const QString &folder)
{
    struct statvfs fs = {};
    return statvfs(QFile::encodeName(folder).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY) != 0;
}

} // namespace

ProjectFile::ProjectFile(QString path)
    : m_path(std::move(path))
{
    const QFileInfo info(m_path);
    m_folder = info.absolutePath();
    m_exists = info.exists();
    m_size = m_exists ? info.size() : 0;
}

bool ProjectFile::folderIsWritable() const
{
    return QFileInfo(m_folder).isWritable() && !onReadOnlyMedium(m_folder);
}

bool ProjectFile::diskIsFull() const
{
    const QStorageInfo storage(m_folder);
    return storage.isValid() && storage.bytesAvailable() < qint64(1024) * 1024;
}

Status ProjectFile::checkReadable(bool mustExist) const
{
    const QFileInfo info(m_path);
    if (!m_exists) {
        if (mustExist)
            return Status::failure(
                QCoreApplication::translate("ProjectFile", "“%1” does not exist.").arg(m_path));
        return Done{};
    }
    if (info.isDir())
        return Status::failure(
            QCoreApplication::translate("ProjectFile", "“%1” is a folder, not a project file.")
                .arg(m_path));
    if (m_size == 0)
        return Done{}; // an empty file becomes a new project
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(QCoreApplication::translate("ProjectFile", "Cannot read “%1”: %2")
                                   .arg(m_path, file.errorString()));
    // Every SQLite database starts with these 16 bytes.
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return Status::failure(
            QCoreApplication::translate(
                "ProjectFile", "“%1” is not an NPS Studio project: it is not an SQLite database.")
                .arg(m_path));
    return Done{};
}

Status ProjectFile::checkWritable() const
{
    const QString readingWorks = QCoreApplication::translate(
        "ProjectFile",
        "It can still be read: npsstudio summary, report, and the window open it read-only.");
    if (onReadOnlyMedium(m_folder))
        return Status::failure(
            QCoreApplication::translate("ProjectFile",
                                        "Cannot write to “%1”: it is on a read-only medium. %2")
                .arg(m_path, m_exists ? readingWorks : QString())
                .trimmed());
    if (m_exists && !QFileInfo(m_path).isWritable())
        return Status::failure(QCoreApplication::translate(
                                   "ProjectFile", "Cannot write to “%1”: the file is read-only. %2")
                                   .arg(m_path, readingWorks));
    if (!QFileInfo(m_folder).isWritable())
        return Status::failure(QCoreApplication::translate(
                                   "ProjectFile",
                                   "Cannot write to “%1”: its folder “%2” is read-only (a project "
                                   "keeps its journal next to it). %3")
                                   .arg(m_path, m_folder, m_exists ? readingWorks : QString())
                                   .trimmed());
    return Done{};
}

QString ProjectFile::explainWriteError(const QString &error) const
{
    if (error.contains(
            QCoreApplication::translate("ProjectFile", "Cannot write to “%1”: ").arg(m_path)))
        return error; // explained already
    const QStorageInfo storage(m_folder);
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    // SQLite says "database or disk is full"; a write past a size limit is an I/O error.
    const bool ioError = error.contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive);
    const bool full = error.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
                      || (ioError && diskIsFull());
    if (full)
        return QCoreApplication::translate(
                   "ProjectFile",
                   "Cannot write to “%1”: the disk is full (%2 free). Nothing was changed.")
            .arg(m_path, QLocale().formattedDataSize(std::max<qint64>(available, 0)));
    if (error.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || error.contains(QLatin1String("read-only"), Qt::CaseInsensitive)) {
        if (Status s = checkWritable(); !s)
            return s.error();
        return QCoreApplication::translate("ProjectFile",
                                           "Cannot write to “%1”: it is read-only (%2).")
            .arg(m_path, error);
    }
    if (ioError)
        return QCoreApplication::translate(
                   "ProjectFile",
                   "Cannot write to “%1”: the disk refused the write (%2). Nothing was changed.")
            .arg(m_path, error);
    return error;
}

void ProjectFile::removeWithSideFiles() const
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_path + QLatin1String(suffix));
}
