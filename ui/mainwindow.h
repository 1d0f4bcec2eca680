#pragma once

#include "import/importreport.h"
#include "store/surveystore.h"

#include <QMainWindow>

class DashboardController;
class DashboardView;
class ImportJob;
class QLabel;
class QProgressBar;
class QStackedWidget;

// The main window: the empty state that invites the first import, then the dashboard of the
// open project. Imports and cache loads run off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void restoreSettings();
    // Opens a project (.npsdb) or imports an export: through the import dialog when
    // `interactive`, else directly (command line screenshots), into a new project beside the
    // others.
    void openFile(const QString &path, bool interactive = true);
    // The same, returning when the project's figures are on screen (screenshots, tests).
    void openFileAndWait(const QString &path);
    void openLastProject();
    bool openProject(const QString &path);
    QString projectPath() const { return m_store.path(); }
    DashboardController *controller() const { return m_controller; }
    DashboardView *dashboard() const { return m_dashboard; }

signals:
    void projectReady();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createEmptyState();
    void newProject();
    void chooseProject();
    void chooseImport();
    void openSample();
    void showImports();
    void showReport();
    void startImport(const QString &filePath, const QString &projectPath);
    void importWithDialog(const QString &filePath,
                          const QString &projectPath,
                          const QString &alternative = {});
    static QString newProjectPathFor(const QString &exportPath);
    void loadCache();
    void saveProjectState();
    void showImported(const ImportReport &report, const QString &projectPath);
    void showError(const QString &message);
    void updateRecentMenu();

    SurveyStore m_store;
    DashboardController *m_controller;
    DashboardView *m_dashboard;
    QStackedWidget *m_pages = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QMenu *m_recent = nullptr;
    QList<QAction *> m_projectActions;
    ImportJob *m_job = nullptr;
    int m_loads = 0; // cache loads in flight
};
