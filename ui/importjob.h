#pragma once

#include "import/importer.h"
#include "jobtracker.h"

#include <atomic>

// One import as a JobTracker job: on its own connection to the project, with progress,
// waiting for another import that holds the project, and cancellation (nothing changes);
// after it, the project's codebook applied to the new answers.
class ImportJob
{
public:
    ImportJob(QString projectPath, QString filePath, ImportOptions options);

    // The work for JobTracker::startWithProgress(), on the tracker's worker thread.
    ImportReport operator()(const std::atomic_bool &cancelled,
                            const JobTracker::Progress &progress);

private:
    QString m_projectPath;
    QString m_filePath;
    ImportOptions m_options;
};
