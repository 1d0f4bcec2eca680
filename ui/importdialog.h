#pragma once

#include "import/importer.h"

#include <QDialog>

class JobTracker;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTableWidget;

// Import of one export, step by step: what was detected (tool layout, encoding, delimiter,
// header rows) with a preview of the rows as they will be read; each column's role in a combo
// box; the problems found; then progress with cancel, and a summary. The roles chosen for a
// header are remembered for the next file with the same header.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const QString &filePath, const QString &projectPath, QWidget *parent = nullptr);
    // Lets the user choose between importing into the open project and a new one. The open
    // project is the default only when this export continues one of its surveys (or it is
    // empty); otherwise the new one is, and the dialog says why.
    void offerNewProject(const QString &newProjectPath);
    // Why the target was chosen (empty when there was no choice).
    QString targetReason() const;
    QString projectPath() const { return m_projectPath; }
    ~ImportDialog() override;

    const ImportReport &inspection() const { return m_inspection; }
    const ImportReport &result() const { return m_result; }
    bool imported() const { return m_done && m_result.ok(); }
    // For tests: choose a role without the mouse.
    void setRole(int column, ColumnRole role);
    void startImport();

signals:
    void importFinished(const ImportReport &report);

private:
    void inspect();
    void showInspection();
    ImportOptions currentOptions() const;
    void showResult(const ImportReport &report);
    QString headerKey() const;
    void showScoreChoice();

    QString m_filePath;
    QString m_projectPath;
    ImportReport m_inspection;
    ImportReport m_result;
    QList<ColumnRole> m_roles;
    bool m_done = false;
    bool m_rememberedApplied = false;

    QStackedWidget *m_pages;
    QFormLayout *m_form = nullptr;
    QLabel *m_detected;
    QComboBox *m_target = nullptr;
    QLabel *m_targetReason = nullptr;
    QLabel *m_scoreChoice;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QTableWidget *m_preview;
    QListWidget *m_notes;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_summary;
    QListWidget *m_issues;
    QDialogButtonBox *m_buttons;
    JobTracker *m_importer; // the import, with progress and cancel
    bool m_stopping = false;
};
