#pragma once

#include "filtersection.h"

#include <QList>

class DashboardController;
class ValueList;

// The themes as a dimension of the filter panel, like a segment question: each theme with how
// many responses carry it under the rest of the filter, ticked to look at those only (several:
// any of them). Hidden until the Themes view has read the project's themes; the most
// mentioned first.
class ThemeFilterSection : public FilterSection
{
    Q_OBJECT
public:
    explicit ThemeFilterSection(DashboardController *controller, QWidget *parent = nullptr);
    // The list of themes; null until the section has been opened.
    ValueList *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillList(); // the themes, in m_order, none ticked
    void refresh();
    void apply();

    DashboardController *m_controller;
    ValueList *m_list = nullptr;
    QList<int> m_order;       // theme indices, the most mentioned first
    QList<int> m_shownChoice; // the chosen themes the list was last scrolled for
    bool m_updating = false;
};
