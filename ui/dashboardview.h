#pragma once

#include <QWidget>

class BreakdownChart;
class BreakdownModel;
class DashboardController;
class DistributionChart;
class FilterChips;
class FilterPanel;
class GroupMixBar;
class NpsGauge;
class OpenAnswersView;
class QComboBox;
class QGridLayout;
class QLabel;
class QSplitter;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class ThemesView;
class TrendChart;

// The whole story on one screen: filters on the left; the gauge, the group mix, the score
// distribution, the trend and the breakdown; the open answers beneath. Every chart leads to
// the answers behind it.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(DashboardController *controller, QWidget *parent = nullptr);

    FilterPanel *filterPanel() const { return m_filterPanel; }
    OpenAnswersView *openAnswers() const { return m_answers; }
    ThemesView *themes() const { return m_themes; }
    // The open answers and the themes, as tabs beneath the charts.
    QTabWidget *answersTabs() const { return m_answersTabs; }
    void showThemesTab();
    TrendChart *trendChart() const { return m_trend; }
    GroupMixBar *mixBar() const { return m_mix; }
    BreakdownChart *breakdownChart() const { return m_breakdownChart; }
    DistributionChart *distributionChart() const { return m_distribution; }
    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *contentSplitter() const { return m_contentSplitter; }
    NpsGauge *gauge() const { return m_gauge; }
    QComboBox *dimensionChoice() const { return m_dimension; }
    QLabel *passivesSentence() const { return m_passives; }
    QLabel *benchmarks() const { return m_benchmarks; }
    // The open answers over the whole height (the charts hidden), or back.
    void setAnswersMaximised(bool maximised);
    bool answersMaximised() const;
    int cardColumns() const { return m_columns; } // 3, or 2 when the window is narrow

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void rebuildDimensionChoice();
    void refreshBeside();
    void arrangeCards(int columns);

    DashboardController *m_controller;
    FilterPanel *m_filterPanel;
    FilterChips *m_chips;
    NpsGauge *m_gauge;
    GroupMixBar *m_mix;
    QLabel *m_passives;
    QLabel *m_tiles;
    QLabel *m_benchmarks;
    DistributionChart *m_distribution;
    TrendChart *m_trend;
    QComboBox *m_dimension;
    QToolButton *m_breakdownOrder;
    QStackedWidget *m_breakdownStack;
    BreakdownChart *m_breakdownChart;
    BreakdownModel *m_breakdownModel;
    OpenAnswersView *m_answers;
    ThemesView *m_themes;
    QTabWidget *m_answersTabs = nullptr;
    QSplitter *m_mainSplitter;
    QSplitter *m_contentSplitter;
    QWidget *m_charts = nullptr;
    QGridLayout *m_grid = nullptr;
    // The cards in reading order: gauge, mix, scores, trend, breakdown.
    QList<QWidget *> m_cards;
    int m_columns = 3;
    int m_threeColumnWidth = 0; // the least width the charts need in three columns
    QWidget *m_content = nullptr;
    QScrollArea *m_contentScroll = nullptr;
};
