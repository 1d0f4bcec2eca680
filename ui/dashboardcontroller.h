#pragma once

#include "metrics/dashboard.h"
#include "metrics/filter.h"
#include "metrics/responsecache.h"
#include "store/projecttargets.h"

#include <QObject>

#include <memory>

// The state behind the window: the project's response cache with its dimensions' short labels,
// the current filter with its back/forward history, the chosen breakdown dimension, the
// project's targets, and the figures for them. Every change recomputes the dashboard (a few
// milliseconds) and tells the views. The breakdown ignores the filter on its own dimension, so
// that a clicked bar is highlighted among all the others instead of left alone.
class DashboardController : public QObject
{
    Q_OBJECT
public:
    explicit DashboardController(QObject *parent = nullptr);

    void setCache(std::shared_ptr<const ResponseCache> cache);
    std::shared_ptr<const ResponseCache> cache() const { return m_cache; }
    bool hasData() const { return m_cache && !m_cache->isEmpty(); }
    bool hasDates() const { return m_cache && m_cache->firstDay() != ResponseCache::NoDay; }
    // Short labels of the dimensions (QuestionLabel), one per dimension; the full question is
    // the dimension's name.
    const QStringList &labels() const { return m_labels; }
    QString label(int dimension) const { return m_labels.value(dimension); }
    // The display order of a dimension's value codes (numbers and scales by value).
    const QList<int> &valueOrder(int dimension) const { return m_valueOrders.at(dimension); }

    // What the project measures its NPS against (ProjectSettings).
    const ProjectTargets &targets() const { return m_targets; }
    void setTargets(const ProjectTargets &targets);

    const Filter &filter() const { return m_filter; }
    const DashboardResult &result() const { return m_result; }
    int breakdownDimension() const { return m_breakdown; }
    qint64 lastComputeMicroseconds() const { return m_lastCompute; }

    // Applies a filter and records it in the history (undoable with back()).
    void setFilter(const Filter &filter);
    void setBreakdownDimension(int dimension);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    void back();
    void forward();

    // Shortcuts the charts use to lead to the answers behind them.
    void showGroup(ScoreGroup group);
    // Exactly the respondents with this score (a histogram bar); `add` toggles it among the
    // scores already chosen.
    void showScore(int score, bool add = false);
    // One segment value (a breakdown bar); the same again clears that dimension's filter;
    // `add` toggles it among the values already chosen.
    void showSegmentValue(int dimension, quint16 code, bool add = false);
    void showPeriod(const Period &period);
    void clearFilter();

signals:
    void cacheChanged();
    void targetsChanged();
    void resultChanged();
    void historyChanged();

private:
    void recompute();
    void apply(const Filter &filter);

    std::shared_ptr<const ResponseCache> m_cache;
    std::unique_ptr<Dashboard> m_dashboard;
    QStringList m_labels;
    QList<QList<int>> m_valueOrders;
    ProjectTargets m_targets;
    Filter m_filter;
    DashboardResult m_result;
    int m_breakdown = -1;
    QList<Filter> m_history{Filter{}};
    qsizetype m_position = 0;
    qint64 m_lastCompute = 0;
};
