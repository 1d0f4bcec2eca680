#include "importjob.h"

#include "metrics/themeanalysis.h"
#include "store/surveystore.h"

ImportJob::ImportJob(QString projectPath, QString filePath, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_projectPath(std::move(projectPath))
    , m_filePath(std::move(filePath))
    , m_options(std::move(options))
{
    qRegisterMetaType<ImportReport>();
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start()
{
    m_options.cancel = &m_cancel;
    m_options.progress = [this](qint64 done, qint64 total) {
        emit progress(done, total);
    };
    m_options.waiting = [this](int seconds) {
        emit waiting(seconds);
    };
    m_thread = QThread::create([this] {
        SurveyStore store;
        ImportReport report;
        if (Status s = store.open(m_projectPath); !s) {
            report.filePath = m_filePath;
            report.error = s.error();
        } else {
            report = Importer(store).run(m_filePath, m_options);
            // The project's codebook applied to the new answers, said in the report.
            if (report.ok() && report.imported > 0) {
                const auto themes = ThemeAnalysis::afterImport(store, report.importId, &m_cancel);
                if (themes && themes->hasCodebook)
                    report.notes.append(themes->summary());
            }
        }
        emit finished(report);
    });
    m_thread->start();
}

void ImportJob::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}
