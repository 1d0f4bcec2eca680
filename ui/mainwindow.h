#pragma once

#include "import/importreport.h"
#include "store/postgressession.h"
#include "store/surveystore.h"

#include <QMainWindow>
#include <QPointer>

class ConnectionBanner;
class DashboardController;
class DashboardView;
class FollowUpView;
class JobTracker;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;
class TeamListener;

// The main window: the first-run invitation to import, the dashboard of the open project, and
// while a project is read, a loading state (never the invitation). Imports, project reads and
// copies run off the GUI thread; the window never opens larger than the screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { WelcomePage, DashboardPage, LoadingPage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void restoreSettings();
    // Opens a project (.npsdb) or imports an export: through the import dialog when
    // `interactive` (asking where to save a new project), else directly (command line
    // screenshots) into a project in the application's data folder.
    void openFile(const QString &path, bool interactive = true);
    // The same, returning when the project's figures are on screen (screenshots, tests).
    void openFileAndWait(const QString &path);
    // The project opened last, if it still exists (the loading state shows at once).
    void openLastProject();
    bool openProject(const QString &path);
    // Opens a team project: `url` a postgresql:// address, `password` (may be empty: PGPASSWORD,
    // ~/.pgpass) kept in memory for this session only. A viewer's window reads it, its import
    // actions disabled. `error` says why it could not, in the user's words.
    bool
    openTeamProject(const QString &url, const QString &password = {}, QString *error = nullptr);
    // File ▸ Open Team Project…: the dialog, until a project opens or the user gives up.
    void chooseTeamProject();
    // Reads what the team added since the figures on screen (only the new imports' responses).
    void refreshCache();
    QString projectPath() const { return m_store.path(); }
    Page currentPage() const;
    DashboardController *controller() const { return m_controller; }
    DashboardView *dashboard() const { return m_dashboard; }
    JobTracker *loader() const { return m_loader; }
    JobTracker *refresher() const { return m_refresher; }
    TeamListener *teamListener() const { return m_listener; }
    ConnectionBanner *connectionBanner() const { return m_banner; }
    // The actions that import into the project (disabled for a team project's viewer).
    const QList<QAction *> &importActions() const
    {
        return m_importActions;
    } // Keeps the window inside the available screen (restored geometry of a larger screen,
    // a layout that asked for more).
    void fitToScreen();
    // Where a window of `size` at `position` goes on a screen whose available area is `screen`.
    static QRect fittedTo(const QRect &geometry, const QRect &screen);

signals:
    void projectReady();
    // The figures now hold what the team added (after refreshCache()).
    void projectRefreshed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createEmptyState();
    QWidget *createLoadingState();
    void newProject();
    void chooseProject();
    void chooseImport();
    void openSample();
    void showImports();
    void showReport();
    void showTargets();
    void showSettings();
    void saveProjectAs(bool move);
    void startImport(const QString &filePath, const QString &projectPath);
    void importWithDialog(const QString &filePath,
                          const QString &projectPath,
                          const QString &alternative = {});
    void loadCache();
    void restoreProjectState();
    void saveProjectState();
    void updateProjectName();
    void showImported(const ImportReport &report, const QString &projectPath);
    void showError(const QString &message);
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void openRecentTeamProject(const QString &url);
    void projectOpened();
    void updateImportActions();
    void teamChanged(const PostgresSession::Change &change);
    void connectionRestored();
    void reloadEdits();

    SurveyStore m_store;
    DashboardController *m_controller;
    DashboardView *m_dashboard;
    JobTracker *m_loader;
    JobTracker *m_copier;
    JobTracker *m_importer;
    JobTracker *m_refresher;
    TeamListener *m_listener;
    ConnectionBanner *m_banner;
    QTimer *m_refreshSoon;
    bool m_refreshAfterLoad = false;
    bool m_codebookChanged = false;
    bool m_followUpsChanged = false;
    QPointer<FollowUpView> m_followUp;
    QList<QAction *> m_importActions;
    QPushButton *m_importButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_loadingTitle = nullptr;
    QLabel *m_loadingDetail = nullptr;
    QMenu *m_recent = nullptr;
    QList<QAction *> m_projectActions;
    bool m_fitted = false;
};
