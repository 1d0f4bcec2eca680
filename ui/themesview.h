#pragma once

#include "metrics/filter.h"
#include "result.h"

#include <QHash>
#include <QWidget>

#include <memory>

class DashboardController;
class JobTracker;
class Codebook;
class QLabel;
class QPushButton;
class QProgressBar;
class QTableView;
class ResponseCache;
class ThemeAnalysis;
class ThemeMembership;
class PromoterQuoteIndex;
class ThemeReport;
class ThemesDelegate;
class ThemesModel;

// Why the score is what it is: the themes of the open answers as rows ordered by impact (the
// NPS points the score would gain if the theme's detractors were passives), each with its
// mentions and group mix, the NPS of those who mention it with its 95% interval, its trend as
// a sparkline, and a masked promoter quote; beneath, what passives mention more than
// promoters. It follows the dashboard's filter; a click on a theme filters the whole
// dashboard to the responses whose answer carries it (again: the filter is lifted). It hands
// the themes it read to the controller, which makes them a filter dimension.
// The themes are read (and suggested, when the project has no codebook yet) off the GUI
// thread, with progress.
class ThemesView : public QWidget
{
    Q_OBJECT
public:
    explicit ThemesView(DashboardController *controller, QWidget *parent = nullptr);
    ~ThemesView() override;

    // Reads the themes of the project (the controller's cache) in the background.
    void load(const QString &projectPath);
    bool isLoading() const;
    JobTracker *loader() const { return m_loader; }
    const ThemeAnalysis *analysis() const { return m_analysis.get(); }
    std::shared_ptr<const ThemeAnalysis> sharedAnalysis() const { return m_analysis; }
    ThemesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *passivesLabel() const { return m_passives; }
    QLabel *summaryLabel() const { return m_summary; }
    // The membership the filter's theme criterion points into (null before the themes are read).
    std::shared_ptr<const ThemeMembership> membership() const;
    // Filters the dashboard to a theme (its row in the model); the chosen one again lifts it,
    // Ctrl adds it to (or takes it from) the themes already chosen.
    void showTheme(int row);
    // Another codebook (after an edit): stored in the project, the figures recomputed.
    Status setCodebook(const Codebook &codebook);
    void editCodebook();
    // The actions on the theme of a row (what, owner, due, status; before and after).
    void showActions(int row);

signals:
    void themesReady();
    void answersRequested(); // a theme was double-clicked: its answers, please

private:
    void refresh();
    void setBusy(bool busy, const QString &text = {});
    Filter baseFilter() const; // the controller's filter without a theme
    void shareThemes();        // the themes read: a filter dimension of the controller
    // Under the figures' filter, computed once: after the figures are on screen (the next turn
    // of the event loop), so that a filter change shows them at once.
    QString quoteOf(int theme);
    void computeQuotes();
    void readActions(); // the open actions per theme, for the rows

    DashboardController *m_controller;
    JobTracker *m_loader;
    std::shared_ptr<const ResponseCache> m_cache; // the one m_analysis points into
    std::shared_ptr<ThemeAnalysis> m_analysis;
    std::unique_ptr<ThemeReport> m_report;
    std::unique_ptr<PromoterQuoteIndex> m_quoteIndex; // into m_analysis, built when first asked
    ThemesModel *m_model;
    ThemesDelegate *m_delegate;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_passives;
    QLabel *m_empty;
    QProgressBar *m_progress;
    QPushButton *m_edit;
    QPushButton *m_actions;
    QString m_projectPath;
    Filter m_shown; // the filter of the figures on screen
    QHash<int, QString> m_quotes;
    QList<int> m_pendingQuotes;
    bool m_fresh = false;
};
