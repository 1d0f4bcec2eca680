#include "mainwindow.h"

#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "filterpanel.h"
#include "filterstate.h"
#include "importdialog.h"
#include "importjob.h"
#include "importsdialog.h"
#include "npsversion.h"
#include "openanswersview.h"
#include "reportdialog.h"
#include "settingsdialog.h"
#include "store/projectfile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString SamplePath = QStringLiteral(":/sample/nps-sample.csv");
constexpr int MaxRecent = 8;

QString settingsKey(const QString &projectPath)
{
    return QStringLiteral("projects/")
           + QString::fromLatin1(projectPath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new DashboardController(this))
    , m_dashboard(new DashboardView(m_controller))
{
    setWindowTitle(tr("NPS Studio"));
    setAcceptDrops(true);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createEmptyState());
    m_pages->addWidget(m_dashboard);
    setCentralWidget(m_pages);
    createActions();

    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_message = new QLabel;
    statusBar()->addPermanentWidget(m_message);
    connect(m_controller, &DashboardController::resultChanged, this, [this] {
        const DashboardResult &r = m_controller->result();
        m_status->setText(
            tr("%1 of %2 responses · %3 ms")
                .arg(QLocale().toString(r.responses),
                     QLocale().toString(
                         m_controller->cache() ? qint64(m_controller->cache()->size()) : 0),
                     QLocale().toString(
                         double(m_controller->lastComputeMicroseconds()) / 1000.0, 'f', 1)));
    });
    resize(1360, 880);
}

MainWindow::~MainWindow()
{
    // A project still being read reports back to this window: let it finish first.
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(
        tr("&Import Exports…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::chooseImport);
    m_projectActions << file->addAction(
        tr("Imports in This &Project…"), this, &MainWindow::showImports);
    m_projectActions << file->addAction(
        tr("&Report…"), QKeySequence::Print, this, &MainWindow::showReport);
    m_projectActions << file->addAction(tr("&Export Open Answers…"),
                                        QKeySequence(tr("Ctrl+E")),
                                        this,
                                        [this] { m_dashboard->openAnswers()->exportCsv(); });
    file->addAction(tr("Open the &Sample"), this, &MainWindow::openSample);
    file->addSeparator();
    file->addAction(tr("Se&ttings…"), QKeySequence::Preferences, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *back = view->addAction(tr("&Back"),
                                    QKeySequence(Qt::ALT | Qt::Key_Left),
                                    m_controller,
                                    &DashboardController::back);
    QAction *forward = view->addAction(tr("&Forward"),
                                       QKeySequence(Qt::ALT | Qt::Key_Right),
                                       m_controller,
                                       &DashboardController::forward);
    connect(m_controller, &DashboardController::historyChanged, this, [this, back, forward] {
        back->setEnabled(m_controller->canGoBack());
        forward->setEnabled(m_controller->canGoForward());
    });
    back->setEnabled(false);
    forward->setEnabled(false);
    m_projectActions << view->addAction(tr("&Search Answers"), QKeySequence::Find, this, [this] {
        m_dashboard->filterPanel()->searchField()->setFocus();
        m_dashboard->filterPanel()->searchField()->selectAll();
    });
    m_projectActions << view->addAction(tr("&Clear Filters"),
                                        QKeySequence(tr("Ctrl+Shift+X")),
                                        m_controller,
                                        &DashboardController::clearFilter);
    m_projectActions << view->addAction(
        tr("&Reload Project"), QKeySequence::Refresh, this, &MainWindow::loadCache);
    QAction *panel = view->addAction(tr("Filter &Panel"));
    panel->setCheckable(true);
    panel->setChecked(true);
    panel->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(panel, &QAction::toggled, m_dashboard->filterPanel(), &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NPS Studio"), this, [this] {
        QMessageBox::about(
            this,
            tr("About NPS Studio"),
            tr("<h3>NPS Studio %1</h3><p>Net Promoter Score analysis for marketing analysts.</p>"
               "<p>95% intervals by the adjusted Wald method (Rocks 2016).</p>"
               "<p>Licence: MIT.</p><p>Built with Qt %2 (LGPL-3.0), SQLite (public domain), "
               "libuchardet (MPL-1.1), xxHash (BSD-2-Clause), libzip (BSD-3-Clause) and the DejaVu "
               "fonts.</p>")
                .arg(QStringLiteral(NPS_VERSION_STRING), QString::fromLatin1(qVersion())));
    });
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(false);
    updateRecentMenu();
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Welcome to NPS Studio"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("Import the CSV export of your survey tool to see your Net Promoter Score,\n"
           "its trend, its margin of error and the reasons behind it.\n"
           "You can also drop the file onto this window."));
    text->setAlignment(Qt::AlignCenter);
    auto *importButton = new QPushButton(tr("Import an export…"));
    importButton->setDefault(true);
    auto *sampleButton = new QPushButton(tr("Open the sample"));
    connect(importButton, &QPushButton::clicked, this, &MainWindow::chooseImport);
    connect(sampleButton, &QPushButton::clicked, this, &MainWindow::openSample);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_dashboard->mainSplitter()->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_dashboard->contentSplitter()->restoreState(
        settings.value(QStringLiteral("window/contentSplitter")).toByteArray());
}

void MainWindow::saveProjectState()
{
    if (m_store.path().isEmpty() || !m_controller->cache())
        return;
    QSettings settings;
    settings.setValue(settingsKey(m_store.path()) + QStringLiteral("/filter"),
                      FilterState::toVariant(m_controller->filter(), *m_controller->cache()));
    settings.setValue(settingsKey(m_store.path()) + QStringLiteral("/breakdown"),
                      m_controller->breakdownDimension());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"),
                      m_dashboard->mainSplitter()->saveState());
    settings.setValue(QStringLiteral("window/contentSplitter"),
                      m_dashboard->contentSplitter()->saveState());
    saveProjectState();
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
        }
    }
    event->acceptProposedAction();
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent = QSettings().value(QStringLiteral("project/recent")).toStringList();
    for (const QString &path : recent) {
        if (QFileInfo::exists(path))
            m_recent
                ->addAction(
                    QFileInfo(path).completeBaseName(), this, [this, path] { openProject(path); })
                ->setToolTip(path);
    }
    m_recent->setEnabled(!m_recent->isEmpty());
}

void MainWindow::openLastProject()
{
    const QString last = QSettings().value(QStringLiteral("project/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openProject(last);
}

bool MainWindow::openProject(const QString &path)
{
    saveProjectState();
    // A project on a read-only file, folder or medium opens to be read: a viewer.
    const bool writable = !QFileInfo::exists(path) || ProjectFile(path).checkWritable().ok();
    if (Status s = m_store.open(
            path, writable ? SurveyStore::OpenMode::ReadWrite : SurveyStore::OpenMode::ReadOnly);
        !s) {
        showError(s.error());
        return false;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("project/last"), path);
    QStringList recent = settings.value(QStringLiteral("project/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("project/recent"), recent.mid(0, MaxRecent));
    updateRecentMenu();
    setWindowTitle(writable
                       ? tr("%1 — NPS Studio").arg(QFileInfo(path).completeBaseName())
                       : tr("%1 (read-only) — NPS Studio").arg(QFileInfo(path).completeBaseName()));
    setWindowFilePath(path);
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(true);
    loadCache();
    return true;
}

void MainWindow::loadCache()
{
    if (!m_store.isOpen())
        return;
    const QString path = m_store.path();
    ++m_loads;
    m_status->setText(tr("Reading the project…"));
    QThread *thread = QThread::create([this, path] {
        SurveyStore store;
        std::shared_ptr<ResponseCache> cache;
        QString error;
        if (Status s = store.open(path, SurveyStore::OpenMode::ReadOnly); !s) {
            error = s.error();
        } else {
            Result<ResponseCache> loaded = ResponseCache::load(store);
            if (loaded)
                cache = std::make_shared<ResponseCache>(std::move(loaded).value());
            else
                error = loaded.error();
        }
        QMetaObject::invokeMethod(this, [this, path, cache, error] {
            --m_loads;
            if (path != m_store.path())
                return; // another project was opened meanwhile
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            m_controller->setCache(cache);
            const QString key = settingsKey(path);
            QSettings settings;
            m_controller->setBreakdownDimension(
                settings.value(key + QStringLiteral("/breakdown"), 0).toInt());
            m_controller->setFilter(
                FilterState::fromVariant(settings.value(key + QStringLiteral("/filter")), *cache));
            m_pages->setCurrentIndex(cache->isEmpty() ? 0 : 1);
            emit projectReady();
        });
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

QString MainWindow::newProjectPathFor(const QString &exportPath)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + QStringLiteral("/projects");
    QDir().mkpath(dir);
    return dir + u'/' + QFileInfo(exportPath).completeBaseName() + QStringLiteral(".npsdb");
}

void MainWindow::openFile(const QString &path, bool interactive)
{
    if (path.endsWith(QStringLiteral(".npsdb"), Qt::CaseInsensitive)) {
        openProject(path);
        return;
    }
    if (interactive)
        importWithDialog(path,
                         m_store.isOpen() ? m_store.path() : newProjectPathFor(path),
                         m_store.isOpen() ? newProjectPathFor(path) : QString());
    else
        startImport(path, newProjectPathFor(path));
}

void MainWindow::importWithDialog(const QString &filePath,
                                  const QString &projectPath,
                                  const QString &alternative)
{
    auto *dialog = new ImportDialog(filePath, projectPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!alternative.isEmpty())
        dialog->offerNewProject(alternative);
    connect(
        dialog, &ImportDialog::importFinished, this, [this, dialog](const ImportReport &report) {
            if (report.ok())
                showImported(report, dialog->projectPath());
        });
    dialog->open();
}

void MainWindow::openFileAndWait(const QString &path)
{
    QEventLoop loop;
    connect(this, &MainWindow::projectReady, &loop, &QEventLoop::quit);
    bool failed = false;
    openFile(path, false);
    if (!m_job && m_loads == 0)
        failed = true;
    if (!failed)
        loop.exec();
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), QDir::homePath(), tr("NPS Studio projects (*.npsdb)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".npsdb")))
        path += QStringLiteral(".npsdb");
    openProject(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QDir::homePath(), tr("NPS Studio projects (*.npsdb)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this,
        tr("Import Exports"),
        QDir::homePath(),
        tr("Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    for (const QString &file : files)
        openFile(file);
}

void MainWindow::openSample()
{
    openFile(SamplePath, false);
}

void MainWindow::showReport()
{
    if (!m_controller->hasData())
        return;
    QList<QuarterlyReport::Source> sources;
    const auto ranges = m_store.importDateRanges();
    for (const ImportRecord &record : m_store.imports())
        sources.append({record, ranges.value(record.id).first, ranges.value(record.id).second});
    ReportDialog dialog(m_controller, QFileInfo(m_store.path()).completeBaseName(), sources, this);
    dialog.exec();
}

void MainWindow::showImports()
{
    ImportsDialog dialog(&m_store, this);
    dialog.exec();
    if (dialog.changed())
        loadCache();
}

void MainWindow::startImport(const QString &filePath, const QString &projectPath)
{
    if (m_job) {
        showError(tr("An import is already running; wait for it to finish."));
        return;
    }
    m_job = new ImportJob(projectPath, filePath, ImportOptions{}, this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Importing %1…").arg(QFileInfo(filePath).fileName()));
    connect(
        m_job,
        &ImportJob::progress,
        this,
        [this, filePath](qint64 done, qint64 total) {
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_status->setText(tr("Importing %1…").arg(QFileInfo(filePath).fileName()));
        },
        Qt::QueuedConnection);
    connect(
        m_job,
        &ImportJob::waiting,
        this,
        [this] { m_status->setText(tr("Waiting for another import to finish…")); },
        Qt::QueuedConnection);
    connect(
        m_job,
        &ImportJob::finished,
        this,
        [this, projectPath](const ImportReport &report) {
            m_job->wait();
            m_job->deleteLater();
            m_job = nullptr;
            m_progress->hide();
            if (!report.ok()) {
                m_status->clear();
                showError(report.cancelled ? tr("The import was cancelled; nothing changed.")
                                           : report.error);
                emit projectReady();
                return;
            }
            showImported(report, projectPath);
        },
        Qt::QueuedConnection);
    m_job->start();
}

void MainWindow::showImported(const ImportReport &report, const QString &projectPath)
{
    m_message->setText(tr("%1: %2 imported, %3 skipped, %4 already present")
                           .arg(QFileInfo(report.filePath).fileName(),
                                QLocale().toString(report.imported),
                                QLocale().toString(report.skipped),
                                QLocale().toString(report.duplicates)));
    QTimer::singleShot(15000, m_message, &QLabel::clear);
    if (m_store.path() != projectPath)
        openProject(projectPath);
    else
        loadCache();
}

void MainWindow::showError(const QString &message)
{
    if (QApplication::platformName() == u"offscreen") {
        qWarning("%s", qPrintable(message));
        return;
    }
    QMessageBox::warning(this, tr("NPS Studio"), message);
}
