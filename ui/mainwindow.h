#pragma once

#include "surveystore.h"

#include <QMainWindow>

class ImportJob;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTableWidget;

// The main window: for now the project, its imports and the way in (open, import, sample).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void restoreSettings();
    // Opens a project (.npsdb) or imports an export into a new project beside the others.
    void openFile(const QString &path);
    void openFileAndWait(const QString &path);
    void openLastProject();
    bool openProject(const QString &path);
    QString projectPath() const { return m_store.path(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createEmptyState();
    void newProject();
    void chooseProject();
    void chooseImport();
    void openSample();
    void startImport(const QString &filePath, const QString &projectPath);
    void refresh();
    void showError(const QString &message);

    SurveyStore m_store;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_imports = nullptr;
    QProgressBar *m_progress = nullptr;
    ImportJob *m_job = nullptr;
};
