#pragma once

#include <QWidget>

class DashboardController;
class OpenAnswersModel;
class OpenAnswersDelegate;
class QLabel;
class QTableView;

// The verbatim answers behind the figures: a sortable table with the group as a coloured chip,
// the search text highlighted, copy of the selected rows and export of all matching rows.
class OpenAnswersView : public QWidget
{
    Q_OBJECT
public:
    explicit OpenAnswersView(DashboardController *controller, QWidget *parent = nullptr);
    OpenAnswersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    void copySelection() const;
    void exportCsv();

private:
    void refresh();

    DashboardController *m_controller;
    OpenAnswersModel *m_model;
    OpenAnswersDelegate *m_delegate;
    QTableView *m_table;
    QLabel *m_summary;
};
