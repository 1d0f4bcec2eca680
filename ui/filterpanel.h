#pragma once

#include <QWidget>

class DashboardController;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;
class QVBoxLayout;

// The filter panel on the left: period (with quick picks), groups, one list per segment
// dimension with live counts, "only with an open answer" and a search over the answers.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(DashboardController *controller, QWidget *parent = nullptr);
    QLineEdit *searchField() const { return m_search; }

private:
    void rebuildDimensions();
    void refresh();
    void applyFromWidgets();
    void pickQuarters(int count); // the last `count` quarters with data; 0 = all

    DashboardController *m_controller;
    QComboBox *m_granularity;
    QComboBox *m_from;
    QComboBox *m_to;
    QCheckBox *m_groups[3];
    QCheckBox *m_withAnswer;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QVBoxLayout *m_dimensionsLayout;
    QList<QListWidget *> m_dimensionLists;
    bool m_updating = false;
};
