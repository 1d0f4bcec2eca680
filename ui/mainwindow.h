#pragma once

#include "import/importreport.h"
#include "store/surveystore.h"

#include <QMainWindow>

class DashboardController;
class DashboardView;
class JobTracker;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

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
    QString projectPath() const { return m_store.path(); }
    Page currentPage() const;
    DashboardController *controller() const { return m_controller; }
    DashboardView *dashboard() const { return m_dashboard; }
    JobTracker *loader() const { return m_loader; }
    // Keeps the window inside the available screen (restored geometry of a larger screen,
    // a layout that asked for more).
    void fitToScreen();
    // Where a window of `size` at `position` goes on a screen whose available area is `screen`.
    static QRect fittedTo(const QRect &geometry, const QRect &screen);

signals:
    void projectReady();

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

    SurveyStore m_store;
    DashboardController *m_controller;
    DashboardView *m_dashboard;
    JobTracker *m_loader;
    JobTracker *m_copier;
    JobTracker *m_importer;
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
