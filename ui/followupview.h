#pragma once

#include "store/themerecords.h"

#include <QDialog>
#include <QHash>

class DashboardController;
class FollowUpModel;
class JobTracker;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;
class SurveyStore;
class ThemesView;

// Closing the loop: every detractor under the dashboard's filter with the answer, its themes,
// the respondent id and a few segments, and a status (open / contacted / resolved) and a note
// the analyst edits in place. Edits are stored in the project at once; the list is filtered by
// status and exported to CSV (cells a spreadsheet would run as a formula neutralised). An edit
// that cannot be stored (a team database out of reach) is kept, shown as not stored yet, and
// stored again every few seconds and when the connection comes back; nothing typed is lost.
class FollowUpView : public QDialog
{
    Q_OBJECT
public:
    FollowUpView(DashboardController *controller,
                 SurveyStore *store,
                 ThemesView *themes,
                 QWidget *parent = nullptr);
    ~FollowUpView() override;

    FollowUpModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *statusChoice() const { return m_status; }
    JobTracker *loader() const { return m_loader; }
    // Reads the respondents and their follow-ups from the project (in the background).
    void reload();
    // Writes the listed detractors to `path`; false (and a message) when it cannot.
    bool exportCsv(const QString &path);
    // Edits not stored yet, and storing them again now (true when none is left).
    qsizetype unsavedCount() const { return m_unsaved.size(); }
    bool storeUnsaved();
    // Closing with edits that still cannot be stored asks first: keep the list open (false) or
    // discard them (true). The window asks it too before it closes.
    bool mayClose();
    void reject() override;

signals:
    void loaded();

private:
    void chooseExport();
    void updateSummary();
    void storeEdit(const FollowUp &followUp);

    DashboardController *m_controller;
    SurveyStore *m_store;
    ThemesView *m_themes;
    JobTracker *m_loader;
    FollowUpModel *m_model;
    QTableView *m_table;
    QComboBox *m_status;
    QLabel *m_summary;
    QHash<qint64, FollowUp> m_unsaved; // by response key, the newest edit of each
    QString m_unsavedError;
    QTimer *m_retry;
};
