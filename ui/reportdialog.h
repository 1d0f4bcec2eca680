#pragma once

#include "report/quarterlyreport.h"

#include <QDialog>

class DashboardController;
class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;

// File ▸ Report…: choose the quarter, the language and what to include; then preview, print
// or save the quarterly report (PDF, HTML or ODT). It reports on the dashboard's current
// selection of segments and groups.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(DashboardController *controller,
                 QString title,
                 QList<QuarterlyReport::Source> sources,
                 QWidget *parent = nullptr);

    void preview();
    void print();
    void save();
    // For tests: the report as chosen, written to a file.
    Status saveTo(const QString &path);

private:
    Result<QuarterlyReport> build() const;
    int sections() const;
    bool dutch() const;
    void paint(QPrinter *printer);

    DashboardController *m_controller;
    QString m_title;
    QList<QuarterlyReport::Source> m_sources;
    QComboBox *m_quarter;
    QComboBox *m_language;
    QComboBox *m_pageSize;
    QCheckBox *m_mask;
    QList<std::pair<QCheckBox *, int>> m_sections;
    QLabel *m_message;
};
