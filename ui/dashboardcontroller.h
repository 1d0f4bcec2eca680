#pragma once

#include "metrics/dashboard.h"
#include "metrics/filter.h"
#include "metrics/responsecache.h"

#include <QObject>

#include <memory>

// The state behind the window: the project's response cache, the current filter with its
// back/forward history, the chosen breakdown dimension, and the figures for them. Every change
// recomputes the dashboard (a few milliseconds) and tells the views.
class DashboardController : public QObject
{
    Q_OBJECT
public:
    explicit DashboardController(QObject *parent = nullptr);

    void setCache(std::shared_ptr<const ResponseCache> cache);
    std::shared_ptr<const ResponseCache> cache() const { return m_cache; }
    bool hasData() const { return m_cache && !m_cache->isEmpty(); }

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
    void showSegmentValue(int dimension, quint16 code);
    void showPeriod(const Period &period);
    void clearFilter();

signals:
    void cacheChanged();
    void resultChanged();
    void historyChanged();

private:
    void recompute();
    void apply(const Filter &filter);

    std::shared_ptr<const ResponseCache> m_cache;
    std::unique_ptr<Dashboard> m_dashboard;
    Filter m_filter;
    DashboardResult m_result;
    int m_breakdown = -1;
    QList<Filter> m_history{Filter{}};
    qsizetype m_position = 0;
    qint64 m_lastCompute = 0;
};
