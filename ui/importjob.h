#pragma once

#include "import/importer.h"

#include <QObject>
#include <QThread>

#include <atomic>

// Runs one import off the GUI thread, on its own connection to the project, with progress
// and cancellation.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(QString projectPath,
              QString filePath,
              ImportOptions options,
              QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel() { m_cancel = true; }
    void wait();

signals:
    void progress(qint64 done, qint64 total);
    // Another import holds the project: this one waits for it.
    void waiting(int seconds);
    void finished(const ImportReport &report);

private:
    QString m_projectPath;
    QString m_filePath;
    ImportOptions m_options;
    std::atomic_bool m_cancel = false;
    QThread *m_thread = nullptr;
};
