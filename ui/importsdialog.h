#pragma once

#include <QDialog>

class SurveyStore;
class QTableWidget;

// The imports of a project, each with what was detected and counted; one can be removed
// (after a question), which takes its responses with it and nothing else.
class ImportsDialog : public QDialog
{
    Q_OBJECT
public:
    ImportsDialog(SurveyStore *store, QWidget *parent = nullptr);
    bool changed() const { return m_changed; }

private:
    void refresh();
    void removeSelected();

    SurveyStore *m_store;
    QTableWidget *m_table;
    bool m_changed = false;
};
