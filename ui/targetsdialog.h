#pragma once

#include "store/projecttargets.h"

#include <QDialog>

class DashboardController;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// Project ▸ Targets and Benchmarks…: the team's target NPS (and targets for segment values),
// the limits of the reference bands with their source, and industry benchmarks with theirs.
class TargetsDialog : public QDialog
{
    Q_OBJECT
public:
    TargetsDialog(const DashboardController *controller,
                  const ProjectTargets &targets,
                  QWidget *parent = nullptr);

    ProjectTargets targets() const;

    void accept() override;

private:
    void addSegmentTarget(const SegmentTarget &target);
    void addBenchmark(const NpsBenchmark &benchmark);

    const DashboardController *m_controller;
    QCheckBox *m_hasTarget;
    QDoubleSpinBox *m_target;
    QTableWidget *m_segments;
    QDoubleSpinBox *m_limits[3];
    QLineEdit *m_bandSource;
    QTableWidget *m_benchmarks;
    QLabel *m_message;
};
