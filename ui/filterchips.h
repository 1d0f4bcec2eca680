#pragma once

#include "metrics/filter.h"

#include <QWidget>

#include <optional>

class DashboardController;
class FlowLayout;

// The active filters as removable chips above the content, with one button that clears all;
// they wrap onto a second line rather than widen the window.
class FilterChips : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChips(DashboardController *controller, QWidget *parent = nullptr);

private:
    void rebuild();
    void
    addChip(const QString &text, const std::function<void()> &remove, const QString &detail = {});

    DashboardController *m_controller;
    FlowLayout *m_layout;
    std::optional<Filter> m_shown; // the filter the chips show
};
