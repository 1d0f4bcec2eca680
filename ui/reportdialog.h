#pragma once

#include "report/quarterlyreport.h"

#include <QDialog>

#include <optional>

class DashboardController;
class JobTracker;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QProgressBar;
class QPushButton;
class SurveyStore;

// File ▸ Report…: choose the period (a quarter, or all responses), the title, the language, the
// dimensions to present and what to include; then preview, print or save the report (PDF,
// HTML or ODT). It opens at once: the quarters with their numbers of responses and the sources
// are read off the GUI thread, and so is the report itself. It reports on the dashboard's
// current selection of segments and groups; title and dimensions are remembered per project.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `store` (may be null in tests) gives the sources and keeps the title and dimensions.
    ReportDialog(DashboardController *controller,
                 const SurveyStore *store,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    void preview();
    void print();
    void save();
    // For tests: the report as chosen, built in this thread and written to a file.
    Status saveTo(const QString &path);

    QComboBox *periodChoice() const { return m_period; }
    QLineEdit *titleField() const { return m_title; }
    QListWidget *dimensionChoice() const { return m_dimensions; }
    bool isFilling() const; // the quarters and sources are still being read
    // The project's themes (read over the controller's cache) and actions, for the voices.
    void setThemes(std::shared_ptr<const ThemeAnalysis> themes, const QList<ThemeAction> &actions);

private:
    struct Filled;
    void fill(const Filled &filled);
    QuarterlyReport::Options options() const;
    QString title() const;
    int sections() const;
    bool dutch() const;
    void remember();
    // Builds the report off the GUI thread, then hands it to `then` (on this thread).
    void build(const std::function<void(const QuarterlyReport &)> &then);
    void paint(QPrinter *printer);
    void setBusy(bool busy);

    DashboardController *m_controller;
    const SurveyStore *m_store;
    QString m_suggestedTitle;
    QList<QuarterlyReport::Source> m_sources;
    QLineEdit *m_title;
    QComboBox *m_period;
    QComboBox *m_language;
    QComboBox *m_pageSize;
    QListWidget *m_dimensions;
    QCheckBox *m_mask;
    QList<std::pair<QCheckBox *, int>> m_sections;
    QLabel *m_message;
    QProgressBar *m_busy;
    QList<QPushButton *> m_actions;
    JobTracker *m_filler;
    JobTracker *m_builder;
    std::optional<QuarterlyReport> m_built;
    std::shared_ptr<const ThemeAnalysis> m_themes;
    QList<ThemeAction> m_themeActions;
};
