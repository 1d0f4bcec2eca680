#pragma once

#include "result.h"

#include <QString>

// A project file as the file system sees it, before SQLite opens it: whether it is there, is an
// SQLite database at all, and can be written (the file, its folder, the medium, free space).
// Its messages name the cause a user can act on.
class ProjectFile
{
public:
    explicit ProjectFile(QString path);

    bool exists() const { return m_exists; }
    bool isEmpty() const { return m_exists && m_size == 0; }
    bool folderIsWritable() const;
    bool diskIsFull() const; // less than a MiB free where the project is

    // There, a file, readable, and an SQLite database (or empty, for a new project).
    Status checkReadable(bool mustExist) const;
    // The file (when it exists), its folder and its medium can be written.
    Status checkWritable() const;
    // A failed write's message with its cause named: a full disk, a read-only medium.
    QString explainWriteError(const QString &error) const;
    // Removes what opening a new project left: the file and SQLite's files beside it.
    void removeWithSideFiles() const;

private:
    QString m_path;
    QString m_folder;
    bool m_exists = false;
    qint64 m_size = 0;
};
