#include "importjob.h"

#include "metrics/cachesnapshot.h"
#include "metrics/themeanalysis.h"
#include "store/surveystore.h"

ImportJob::ImportJob(QString projectPath, QString filePath, ImportOptions options)
    : m_projectPath(std::move(projectPath))
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
{}

ImportReport ImportJob::operator()(const std::atomic_bool &cancelled,
                                   const JobTracker::Progress &progress)
{
    ImportOptions options = m_options;
    options.cancel = &cancelled;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress(done, total);
    };
    options.waiting = [&progress](int seconds) {
        progress.waiting(seconds);
    };
    SurveyStore store;
    ImportReport report;
    if (Status s = store.open(m_projectPath); !s) {
        report.filePath = m_filePath;
        report.error = s.error();
        return report;
    }
    // The cache's snapshot, written in the import's transaction.
    CacheSnapshot::ImportKeeper keeper;
    keeper.attachTo(options);
    report = Importer(store).run(m_filePath, options);
    // The project's codebook applied to the new answers, said in the report.
    if (report.ok() && report.imported > 0) {
        const auto themes = ThemeAnalysis::afterImport(store, report.importId, &cancelled);
        if (themes && themes->hasCodebook)
            report.notes.append(themes->summary());
    }
    return report;
}
