#pragma once

#include <QWidget>

class DashboardController;
class QHBoxLayout;

// The active filters as removable chips above the content, with one button that clears all.
class FilterChips : public QWidget
{
    Q_OBJECT
public:
    explicit FilterChips(DashboardController *controller, QWidget *parent = nullptr);

private:
    void rebuild();
    void addChip(const QString &text, const std::function<void()> &remove);

    DashboardController *m_controller;
    QHBoxLayout *m_layout;
};
