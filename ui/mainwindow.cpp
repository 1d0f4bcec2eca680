#include "mainwindow.h"

#include "connectionbanner.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "filterpanel.h"
#include "filterstate.h"
#include "followupview.h"
#include "importdialog.h"
#include "importjob.h"
#include "importsdialog.h"
#include "jobtracker.h"
#include "logging.h"
#include "metrics/cachesnapshot.h"
#include "npsversion.h"
#include "openanswersview.h"
#include "projectlocations.h"
#include "reportdialog.h"
#include "settingsdialog.h"
#include "store/databaseurl.h"
#include "store/projectcopy.h"
#include "store/projectfile.h"
#include "store/projectsettings.h"
#include "store/themestore.h"
#include "targetsdialog.h"
#include "teamkeyring.h"
#include "teamlistener.h"
#include "teamprojectdialog.h"
#include "themesview.h"

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
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace {
const QString SamplePath = QStringLiteral(":/sample/nps-sample.csv");
constexpr int MaxRecent = 8;

QString settingsKey(const QString &projectPath)
{
    return QStringLiteral("projects/")
           + QString::fromLatin1(projectPath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

// What reading a project gives the window.
struct LoadedProject
{
    std::shared_ptr<ResponseCache> cache;
    ProjectTargets targets;
    QString error;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new DashboardController(this))
    , m_dashboard(new DashboardView(m_controller))
    , m_loader(new JobTracker(this))
    , m_copier(new JobTracker(this))
    , m_importer(new JobTracker(this))
    , m_refresher(new JobTracker(this))
    , m_listener(new TeamListener(this))
    , m_banner(new ConnectionBanner)
    , m_refreshSoon(new QTimer(this))
{
    setWindowTitle(tr("NPS Studio"));
    setAcceptDrops(true);
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(WelcomePage, createEmptyState());
    m_pages->insertWidget(DashboardPage, m_dashboard);
    m_pages->insertWidget(LoadingPage, createLoadingState());
    // The banner of a lost team connection sits above whatever page shows.
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createActions();

    m_projectLabel = new QLabel;
    m_projectLabel->setForegroundRole(QPalette::PlaceholderText);
    statusBar()->addWidget(m_projectLabel);
    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_cancelImport = new QToolButton;
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop the import; the project stays as it was"));
    m_cancelImport->hide();
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        m_status->setText(tr("Cancelling the import…"));
        m_importer->stop();
    });
    statusBar()->addPermanentWidget(m_cancelImport);
    m_message = new QLabel;
    statusBar()->addPermanentWidget(m_message);
    connect(m_controller, &DashboardController::resultChanged, this, [this] {
        const DashboardResult &r = m_controller->result();
        m_status->setText(tr("%1 of %2 responses")
                              .arg(QLocale().toString(r.responses),
                                   QLocale().toString(m_controller->cache()
                                                          ? qint64(m_controller->cache()->size())
                                                          : 0)));
        // The time it took is for a developer (QT_LOGGING_RULES="npsstudio.cache.debug=true").
        qCDebug(lcCache) << "dashboard computed in"
                         << double(m_controller->lastComputeMicroseconds()) / 1000.0 << "ms";
    });
    // Work that takes longer than 200 ms shows it: a busy bar in the status bar.
    for (JobTracker *tracker : {m_loader, m_copier, m_importer}) {
        connect(tracker, &JobTracker::slow, this, [this, tracker] {
            if (tracker != m_importer) // an import says how far it is
                m_progress->setRange(0, 0);
            m_progress->show();
            m_cancelImport->setVisible(m_importer->isRunning());
        });
        connect(tracker, &JobTracker::runningChanged, this, [this](bool running) {
            if (!running && !m_importer->isRunning() && !m_loader->isRunning()
                && !m_copier->isRunning())
                m_progress->hide();
            if (!m_importer->isRunning())
                m_cancelImport->hide();
        });
    }
    connect(m_importer, &JobTracker::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_importer, &JobTracker::waiting, this, [this] {
        m_status->setText(tr("Waiting for another import to finish…"));
    });
    connect(m_dashboard->openAnswers(),
            &OpenAnswersView::shownDimensionsChanged,
            this,
            &MainWindow::saveProjectState);
    // Every project read gets its themes, read (or suggested) in the background.
    connect(m_controller, &DashboardController::cacheChanged, this, [this] {
        m_dashboard->themes()->load(m_store.path());
    });
    // Live for everyone: what the team changes shows here within a second.
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(20); // one read for a burst of notifications
    connect(m_refreshSoon, &QTimer::timeout, this, &MainWindow::refreshCache);
    connect(m_listener, &TeamListener::changed, this, &MainWindow::teamChanged);
    connect(m_listener, &TeamListener::connectionLost, this, [this](const QString &reason, int ms) {
        m_banner->showLost(reason, ms);
    });
    connect(m_listener, &TeamListener::connectionRestored, this, &MainWindow::connectionRestored);
    connect(m_banner, &ConnectionBanner::retryRequested, m_listener, &TeamListener::retryNow);
    resize(1360, 860);
}

MainWindow::~MainWindow() = default; // the trackers wait for their jobs

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addAction(tr("Open &Team Project…"),
                    QKeySequence(tr("Ctrl+Shift+O")),
                    this,
                    &MainWindow::chooseTeamProject);
    m_recent = file->addMenu(tr("Open &Recent"));
    m_projectActions << file->addAction(
        tr("Save Project &As…"), QKeySequence::SaveAs, this, [this] { saveProjectAs(false); });
    m_projectActions << file->addAction(
        tr("&Move Project…"), this, [this] { saveProjectAs(true); });
    file->addSeparator();
    m_importActions << file->addAction(
        tr("&Import Exports…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::chooseImport);
    file->setToolTipsVisible(true);
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
    file->addAction(tr("Se&ttings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    m_projectActions << project->addAction(
        tr("&Targets and Benchmarks…"), QKeySequence(tr("Ctrl+T")), this, &MainWindow::showTargets);
    // The follow-up list: one window, beside the dashboard whose filter it follows.
    m_projectActions << project->addAction(
        tr("&Follow Up Detractors…"), QKeySequence(tr("Ctrl+Shift+D")), this, [this] {
            if (!m_controller->hasData())
                return;
            if (!m_followUp) {
                m_followUp = new FollowUpView(m_controller, &m_store, m_dashboard->themes(), this);
                m_followUp->setAttribute(Qt::WA_DeleteOnClose);
            }
            m_followUp->show();
            m_followUp->raise();
        });

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
    m_projectActions << view->addAction(
        tr("Find a &Question…"), QKeySequence(tr("Ctrl+Shift+F")), this, [this] {
            m_dashboard->filterPanel()->dimensionSearch()->setFocus();
            m_dashboard->filterPanel()->dimensionSearch()->selectAll();
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
    QAction *maximise = view->addAction(tr("&Open Answers Only"));
    maximise->setCheckable(true);
    maximise->setToolTip(tr("The open answers over the whole height, the charts hidden"));
    connect(maximise, &QAction::toggled, m_dashboard, &DashboardView::setAnswersMaximised);
    connect(m_dashboard->openAnswers(),
            &OpenAnswersView::maximiseRequested,
            maximise,
            &QAction::setChecked);
    m_projectActions << maximise;

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
    m_importButton = importButton;
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

QWidget *MainWindow::createLoadingState()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("loading"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    m_loadingTitle = new QLabel;
    QFont font = m_loadingTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_loadingTitle->setFont(font);
    m_loadingTitle->setAlignment(Qt::AlignCenter);
    m_loadingTitle->setWordWrap(true);
    auto *busy = new QProgressBar;
    busy->setRange(0, 0); // busy: reading has no steps to count
    busy->setMaximumWidth(360);
    busy->setTextVisible(false);
    m_loadingDetail = new QLabel(tr("Reading the responses into memory; the dashboard follows "
                                    "in a moment."));
    m_loadingDetail->setAlignment(Qt::AlignCenter);
    m_loadingDetail->setWordWrap(true);
    m_loadingDetail->setForegroundRole(QPalette::PlaceholderText);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_loader->cancel();
        m_pages->setCurrentIndex(m_controller->hasData() ? DashboardPage : WelcomePage);
        m_status->setText(tr("Opening the project was cancelled."));
    });
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(busy, 1);
    row->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addStretch();
    layout->addWidget(m_loadingTitle);
    layout->addSpacing(12);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(m_loadingDetail);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QRect MainWindow::fittedTo(const QRect &geometry, const QRect &screen)
{
    QRect r(geometry.topLeft(), geometry.size().boundedTo(screen.size()));
    if (r.right() > screen.right())
        r.moveRight(screen.right());
    if (r.bottom() > screen.bottom())
        r.moveBottom(screen.bottom());
    if (r.left() < screen.left())
        r.moveLeft(screen.left());
    if (r.top() < screen.top())
        r.moveTop(screen.top());
    return r;
}

void MainWindow::fitToScreen()
{
    const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!s)
        return;
    // The frame (title bar, borders) counts: the whole window must fit.
    const QMargins frame(geometry().left() - frameGeometry().left(),
                         geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(),
                         frameGeometry().bottom() - geometry().bottom());
    const QRect available = s->availableGeometry().marginsRemoved(frame);
    const QRect fitted = fittedTo(geometry(), available);
    if (fitted != geometry())
        setGeometry(fitted);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        fitToScreen();
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_dashboard->mainSplitter()->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_dashboard->contentSplitter()->restoreState(
        settings.value(QStringLiteral("window/contentSplitter")).toByteArray());
    m_dashboard->openAnswers()->splitter()->restoreState(
        settings.value(QStringLiteral("window/answersSplitter")).toByteArray());
    fitToScreen();
}

void MainWindow::saveProjectState()
{
    if (m_store.path().isEmpty() || !m_controller->cache())
        return;
    QSettings settings;
    const QString key = settingsKey(m_store.path());
    settings.setValue(key + QStringLiteral("/filter"),
                      FilterState::toVariant(m_controller->filter(), *m_controller->cache()));
    settings.setValue(
        key + QStringLiteral("/breakdown"),
        m_controller->cache()->dimensions().value(m_controller->breakdownDimension()).name);
    settings.setValue(key + QStringLiteral("/columns"),
                      m_dashboard->openAnswers()->shownDimensions());
}

void MainWindow::restoreProjectState()
{
    const auto cache = m_controller->cache();
    const QString key = settingsKey(m_store.path());
    QSettings settings;
    const int breakdown
        = cache->dimensionIndex(settings.value(key + QStringLiteral("/breakdown")).toString());
    if (breakdown >= 0)
        m_controller->setBreakdownDimension(breakdown);
    if (settings.contains(key + QStringLiteral("/columns")))
        m_dashboard->openAnswers()->setShownDimensions(
            settings.value(key + QStringLiteral("/columns")).toStringList());
    const QVariant filter = settings.value(key + QStringLiteral("/filter"));
    m_controller->setFilter(FilterState::fromVariant(filter, *cache));
    m_controller->setPendingThemes(FilterState::themeLabels(filter));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_followUp && !m_followUp->mayClose()) { // follow-up edits not stored yet
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"),
                      m_dashboard->mainSplitter()->saveState());
    settings.setValue(QStringLiteral("window/contentSplitter"),
                      m_dashboard->contentSplitter()->saveState());
    settings.setValue(QStringLiteral("window/answersSplitter"),
                      m_dashboard->openAnswers()->splitter()->saveState());
    saveProjectState();
    m_loader->cancel();
    if (m_importer->isRunning()) { // an import rolls back
        m_importer->cancel();
        m_importer->wait();
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
        if (DatabaseUrl::isDatabaseUrl(path)) // a remembered team connection, without password
            m_recent
                ->addAction(tr("%1 (team)").arg(SurveyStore::displayName(path)),
                            this,
                            [this, path] { openRecentTeamProject(path); })
                ->setToolTip(path);
        else if (QFileInfo::exists(path))
            m_recent
                ->addAction(
                    QFileInfo(path).completeBaseName(), this, [this, path] { openProject(path); })
                ->setToolTip(path);
    }
    m_recent->setToolTipsVisible(true);
    m_recent->setEnabled(!m_recent->isEmpty());
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    settings.setValue(QStringLiteral("project/last"), path);
    QStringList recent = settings.value(QStringLiteral("project/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("project/recent"), recent.mid(0, MaxRecent));
    updateRecentMenu();
}

void MainWindow::openLastProject()
{
    const QString last = QSettings().value(QStringLiteral("project/last")).toString();
    if (DatabaseUrl::isDatabaseUrl(last))
        openRecentTeamProject(last);
    else if (!last.isEmpty() && QFileInfo::exists(last))
        openProject(last); // straight into the loading state, never the invitation to import
}

void MainWindow::updateProjectName()
{
    const QString path = m_store.path();
    const bool team = m_store.isPostgreSql();
    const QString name = team ? SurveyStore::displayName(path) : QFileInfo(path).completeBaseName();
    if (path.isEmpty())
        setWindowTitle(tr("NPS Studio"));
    else if (m_store.isReadOnly())
        setWindowTitle(tr("%1 (read-only) — NPS Studio").arg(name));
    else
        setWindowTitle(tr("%1 — NPS Studio").arg(name));
    setWindowFilePath(path);
    m_projectLabel->setText(name);
    m_projectLabel->setToolTip(team ? tr("Team project: %1").arg(path)
                                    : tr("Project file: %1").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::openProject(const QString &path)
{
    if (DatabaseUrl::isDatabaseUrl(path))
        return openTeamProject(path);
    saveProjectState();
    m_listener->stop();
    // A project on a read-only file, folder or medium opens to be read: a viewer.
    const bool writable = !QFileInfo::exists(path) || ProjectFile(path).checkWritable().ok();
    if (Status s = m_store.open(
            path, writable ? SurveyStore::OpenMode::ReadWrite : SurveyStore::OpenMode::ReadOnly);
        !s) {
        showError(s.error());
        if (currentPage() == LoadingPage)
            m_pages->setCurrentIndex(m_controller->hasData() ? DashboardPage : WelcomePage);
        return false;
    }
    projectOpened();
    return true;
}

void MainWindow::projectOpened()
{
    rememberRecent(m_store.path());
    updateProjectName();
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(true);
    updateImportActions();
    m_banner->showRestored();
    m_controller->setCache(nullptr); // the previous project's figures are not this one's
    loadCache();
}

bool MainWindow::openTeamProject(const QString &url, const QString &password, QString *error)
{
    const auto failed = [this, error](const QString &message) {
        if (error)
            *error = message;
        else
            showError(message);
        if (currentPage() == LoadingPage)
            m_pages->setCurrentIndex(m_controller->hasData() ? DashboardPage : WelcomePage);
        return false;
    };
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return failed(parsed.error());
    saveProjectState();
    m_listener->stop();
    if (!password.isEmpty())
        PostgresSession::rememberPassword(parsed.value(), password);
    // Read first: a viewer may open it too, and a database that holds no project is left as
    // it is (read-write would make one).
    if (Status s = m_store.open(url, SurveyStore::OpenMode::ReadOnly); !s) {
        PostgresSession::rememberPassword(parsed.value(), {});
        return failed(TeamProjectDialog::explain(s.error(), parsed->user()));
    }
    const Result<bool> writable = PostgresSession::mayWrite(m_store.database());
    if (writable && writable.value()) {
        if (Status s = m_store.open(url, SurveyStore::OpenMode::ReadWrite); !s)
            return failed(TeamProjectDialog::explain(s.error(), parsed->user()));
    }
    projectOpened();
    m_listener->listen(m_store.url());
    return true;
}

void MainWindow::openRecentTeamProject(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    const std::optional<QString> password = TeamKeyring::read(url);
    QString error;
    if (parsed && openTeamProject(url, password.value_or(QString()), &error))
        return;
    // Asked again, with what went wrong.
    TeamProjectDialog dialog(this);
    if (parsed)
        dialog.setUrl(parsed.value());
    dialog.setError(parsed ? error : parsed.error());
    while (dialog.exec() == QDialog::Accepted) {
        if (openTeamProject(dialog.url(), dialog.password(), &error)) {
            if (dialog.rememberPassword() && !dialog.password().isEmpty())
                TeamKeyring::write(m_store.path(), dialog.password());
            return;
        }
        dialog.setError(error);
    }
}

void MainWindow::chooseTeamProject()
{
    TeamProjectDialog dialog(this);
    const QString last = QSettings().value(QStringLiteral("team/last")).toString();
    if (const Result<DatabaseUrl> url = DatabaseUrl::parse(last); url) {
        dialog.setUrl(url.value());
        if (const std::optional<QString> password = TeamKeyring::read(url->displayName())) {
            dialog.setPassword(*password);
            dialog.setRememberPassword(true);
        }
    }
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (openTeamProject(dialog.url(), dialog.password(), &error)) {
            QSettings().setValue(QStringLiteral("team/last"), m_store.path());
            if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
                QString why;
                if (!TeamKeyring::write(m_store.path(), dialog.password(), &why))
                    showError(tr("The password could not be kept in the keyring (%1); you will "
                                 "be asked for it next time.")
                                  .arg(why));
            } else if (dialog.keyringAvailable()) {
                TeamKeyring::remove(m_store.path());
            }
            return;
        }
        dialog.setError(error);
    }
}

void MainWindow::updateImportActions()
{
    const bool viewer = m_store.isOpen() && m_store.isPostgreSql() && m_store.isReadOnly();
    const QString why = viewer ? tr("You (%1) may only view this team project: ask one of its "
                                    "editors (the role %2) to import.")
                                     .arg(PostgresSession::currentUser(m_store.database()),
                                          m_store.url().roleBase() + QStringLiteral("_editor"))
                               : QString();
    for (QAction *a : std::as_const(m_importActions)) {
        a->setEnabled(!viewer);
        a->setToolTip(why);
    }
    m_importButton->setEnabled(!viewer);
    m_importButton->setToolTip(why);
}

void MainWindow::refreshCache()
{
    if (!m_store.isOpen() || !m_controller->cache()) {
        if (!m_loader->isRunning())
            loadCache();
        return;
    }
    if (m_loader->isRunning()) { // it may have started before the change committed
        m_refreshAfterLoad = true;
        return;
    }
    const std::shared_ptr<const ResponseCache> base = m_controller->cache();
    const QString path = m_store.path();
    m_refresher->start(
        [base, path](const std::atomic_bool &cancelled) {
            LoadedProject loaded;
            SurveyStore store;
            if (Status s = store.open(path, SurveyStore::OpenMode::ReadOnly); !s) {
                loaded.error = s.error();
                return loaded;
            }
            const Result<QList<qint64>> imports = ResponseCache::storedImports(store);
            if (!imports) {
                loaded.error = imports.error();
                return loaded;
            }
            if (imports.value() == base->importIds())
                return loaded; // nothing new: the figures stay as they are
            Result<ResponseCache> cache = ResponseCache::loadAdding(*base, store, &cancelled);
            if (!cache) {
                loaded.error = cache.error();
                return loaded;
            }
            loaded.cache = std::make_shared<ResponseCache>(std::move(cache).value());
            loaded.targets = ProjectSettings(store).targets();
            return loaded;
        },
        [this, base, path](const LoadedProject &loaded) {
            if (path != m_store.path())
                return;
            if (m_controller->cache() != base) { // read meanwhile: once more on top of it
                m_refreshSoon->start();
                return;
            }
            if (!loaded.error.isEmpty()) {
                m_message->setText(tr("Cannot read what the team added: %1").arg(loaded.error));
                return;
            }
            if (!loaded.cache)
                return;
            const qsizetype added = loaded.cache->size() - base->size();
            saveProjectState();
            m_controller->setTargets(loaded.targets);
            m_controller->setCache(loaded.cache);
            restoreProjectState();
            m_pages->setCurrentIndex(loaded.cache->isEmpty() ? WelcomePage : DashboardPage);
            if (added > 0) {
                m_message->setText(tr("%n new responses from the team",
                                      nullptr,
                                      int(std::min<qsizetype>(added, INT_MAX))));
                QTimer::singleShot(15000, m_message, &QLabel::clear);
            }
            emit projectRefreshed();
        });
}

void MainWindow::teamChanged(const PostgresSession::Change &change)
{
    // This window's own edits are on screen already (an import of its own is a no-op below).
    const bool own = change.origin == PostgresSession::thisProcess();
    if (change.what == u"import") {
        m_refreshSoon->start();
    } else if (change.what == u"imports" && !own) {
        loadCache(); // removed: read again
    } else if (change.what == u"codebook" && !own) {
        m_codebookChanged = true;
        reloadEdits();
    } else if (change.what == u"follow-up" && !own) {
        m_followUpsChanged = true;
        reloadEdits();
    }
}

void MainWindow::reloadEdits()
{
    // Never under the user's hands: while a dialog (the codebook editor) is open or a follow-up
    // is being edited, the teammate's change waits, and what is typed stays.
    const QWidget *focus = QApplication::focusWidget();
    const bool editingFollowUp = m_followUp && focus
                                 && (m_followUp->table()->viewport()->isAncestorOf(focus)
                                     || (m_followUp->isAncestorOf(focus)
                                         && (qobject_cast<const QLineEdit *>(focus)
                                             || qobject_cast<const QPlainTextEdit *>(focus)
                                             || qobject_cast<const QTextEdit *>(focus))));
    if (QApplication::activeModalWidget() || editingFollowUp) {
        QTimer::singleShot(1000, this, &MainWindow::reloadEdits);
        return;
    }
    if (std::exchange(m_codebookChanged, false))
        m_dashboard->themes()->load(m_store.path());
    if (std::exchange(m_followUpsChanged, false) && m_followUp)
        m_followUp->reload();
}

void MainWindow::connectionRestored()
{
    m_banner->showRestored();
    // The window's own connection went with the server: opened again, in the same mode (the
    // widgets keep what was typed), then what the team added meanwhile is read.
    const QString path = m_store.path();
    const bool readOnly = m_store.isReadOnly();
    if (Status s = m_store.open(
            path, readOnly ? SurveyStore::OpenMode::ReadOnly : SurveyStore::OpenMode::ReadWrite);
        !s) {
        m_message->setText(tr("Reconnected, but the project cannot be opened: %1").arg(s.error()));
        return;
    }
    m_status->setText(tr("Connection to the team database restored."));
    if (m_followUp)
        m_followUp->storeUnsaved(); // what was typed while the server was away
    refreshCache();
}

void MainWindow::loadCache()
{
    if (!m_store.isOpen())
        return;
    const QString path = m_store.path();
    m_status->setText(tr("Reading the project…"));
    if (!m_controller->hasData()) {
        // Nothing to show yet: the loading state, never the invitation to import.
        m_loadingTitle->setText(tr("Opening “%1”…")
                                    .arg(m_store.isPostgreSql()
                                             ? SurveyStore::displayName(path)
                                             : QFileInfo(path).completeBaseName()));
        m_pages->setCurrentIndex(LoadingPage);
    }
    const bool writable = !m_store.isReadOnly();
    m_loader->start(
        [path, writable](const std::atomic_bool &cancelled) {
            LoadedProject loaded;
            SurveyStore store;
            if (Status s = store.open(path, SurveyStore::OpenMode::ReadOnly); !s) {
                loaded.error = s.error();
                return loaded;
            }
            Result<ResponseCache> cache = ResponseCache::load(store, &cancelled);
            if (!cache) {
                loaded.error = cache.error();
                return loaded;
            }
            // Read from the rows: saved, so that the next opening reads the snapshot.
            if (writable && !cache->loadedFromSnapshot())
                (void)CacheSnapshot::saveTo(path, cache.value());
            loaded.cache = std::make_shared<ResponseCache>(std::move(cache).value());
            loaded.targets = ProjectSettings(store).targets();
            return loaded;
        },
        [this, path](const LoadedProject &loaded) {
            if (path != m_store.path())
                return; // another project was opened meanwhile
            if (!loaded.error.isEmpty()) {
                m_status->clear();
                m_pages->setCurrentIndex(m_controller->hasData() ? DashboardPage : WelcomePage);
                showError(loaded.error);
                emit projectReady();
                return;
            }
            m_controller->setTargets(loaded.targets);
            m_controller->setCache(loaded.cache);
            restoreProjectState();
            m_pages->setCurrentIndex(loaded.cache->isEmpty() ? WelcomePage : DashboardPage);
            emit projectReady();
            if (std::exchange(m_refreshAfterLoad, false))
                m_refreshSoon->start();
        });
}

void MainWindow::openFile(const QString &path, bool interactive)
{
    if (path.endsWith(QStringLiteral(".npsdb"), Qt::CaseInsensitive)
        || DatabaseUrl::isDatabaseUrl(path)) {
        openProject(path);
        return;
    }
    if (m_store.isOpen() && !m_importActions.constFirst()->isEnabled()) {
        showError(m_importActions.constFirst()->toolTip());
        return;
    }
    if (!interactive) {
        startImport(path, ProjectLocations::applicationPathFor(path));
        return;
    }
    if (m_store.isOpen()) {
        importWithDialog(path, m_store.path(), ProjectLocations::suggestedPathFor(path));
        return;
    }
    // A new project: where it lives is the user's choice, Documents unless they say otherwise.
    const QString target = ProjectLocations::askWhereToSave(
        this, tr("Save the New Project As"), ProjectLocations::suggestedPathFor(path));
    if (!target.isEmpty())
        importWithDialog(path, target);
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
    openFile(path, false);
    if (m_importer->isRunning() || m_loader->isRunning())
        loop.exec();
}

void MainWindow::newProject()
{
    const QString path = ProjectLocations::askWhereToSave(
        this,
        tr("New Project"),
        ProjectLocations::documentsFolder() + u'/' + tr("New project") + QStringLiteral(".npsdb"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Open Project"),
                                                      ProjectLocations::documentsFolder(),
                                                      tr("NPS Studio projects (*.npsdb)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this,
        tr("Import Exports"),
        ProjectLocations::documentsFolder(),
        tr("Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    for (const QString &file : files)
        openFile(file);
}

void MainWindow::openSample()
{
    openFile(SamplePath, false);
}

void MainWindow::saveProjectAs(bool move)
{
    if (!m_store.isOpen())
        return;
    const QString from = m_store.path();
    const QString to = ProjectLocations::askWhereToSave(
        this,
        move ? tr("Move Project") : tr("Save Project As"),
        ProjectLocations::documentsFolder() + u'/' + QFileInfo(from).fileName());
    if (to.isEmpty() || QFileInfo(to).absoluteFilePath() == QFileInfo(from).absoluteFilePath())
        return;
    saveProjectState();
    if (move)
        m_store.close(); // the file must be free to be removed
    m_status->setText(move ? tr("Moving the project…") : tr("Saving the project…"));
    m_copier->start(
        [from, to, move](const std::atomic_bool &) {
            const Status s = move ? ProjectCopy::move(from, to) : ProjectCopy::copy(from, to);
            return s ? QString() : s.error();
        },
        [this, from, to, move](const QString &error) {
            m_status->clear();
            if (!error.isEmpty()) {
                showError(error);
                if (move)
                    openProject(from);
                return;
            }
            // The window's memory of the project (filter, columns) follows it.
            QSettings settings;
            settings.beginGroup(settingsKey(from));
            const QStringList keys = settings.allKeys();
            QVariantMap values;
            for (const QString &k : keys)
                values.insert(k, settings.value(k));
            settings.endGroup();
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                settings.setValue(settingsKey(to) + u'/' + it.key(), it.value());
            if (move) {
                settings.remove(settingsKey(from));
                QStringList recent
                    = settings.value(QStringLiteral("project/recent")).toStringList();
                recent.removeAll(from);
                settings.setValue(QStringLiteral("project/recent"), recent);
            }
            if (Status s = m_store.open(to); !s) {
                showError(s.error());
                return;
            }
            rememberRecent(to);
            updateProjectName();
            m_message->setText(move ? tr("Moved to %1").arg(QDir::toNativeSeparators(to))
                                    : tr("Saved as %1").arg(QDir::toNativeSeparators(to)));
            QTimer::singleShot(15000, m_message, &QLabel::clear);
        });
}

void MainWindow::showReport()
{
    if (!m_controller->hasData())
        return;
    ReportDialog dialog(m_controller, &m_store, this);
    if (Result<QList<ThemeAction>> actions = ThemeStore(m_store).actions(); actions)
        dialog.setThemes(m_dashboard->themes()->sharedAnalysis(), actions.value());
    dialog.exec();
}

void MainWindow::showTargets()
{
    if (!m_store.isOpen())
        return;
    TargetsDialog dialog(m_controller, m_controller->targets(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ProjectTargets targets = dialog.targets();
    if (Status s = ProjectSettings(m_store).setTargets(targets); !s) {
        showError(tr("Cannot store the targets in the project: %1").arg(s.error()));
        return;
    }
    m_controller->setTargets(targets);
}

void MainWindow::showSettings()
{
    // A new appearance restyles every widget; the window keeps its size and place.
    const QRect before = geometry();
    const bool maximised = isMaximized();
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto restore = [this, before, maximised] {
        if (!maximised && !isMaximized() && geometry() != before)
            setGeometry(before);
    };
    restore();
    QTimer::singleShot(0, this, restore); // after the layouts have settled
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
    if (m_importer->isRunning()) {
        showError(tr("An import is already running; wait for it to finish."));
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(filePath).fileName()));
    m_importer->startWithProgress(
        ImportJob(projectPath, filePath, ImportOptions{}),
        [this, projectPath](const ImportReport &report) {
            if (!report.ok()) {
                m_status->clear();
                showError(report.cancelled ? tr("The import was cancelled; nothing changed.")
                                           : report.error);
                emit projectReady();
                return;
            }
            showImported(report, projectPath);
        });
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
    else if (m_store.isPostgreSql())
        refreshCache(); // the new import's responses only
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
