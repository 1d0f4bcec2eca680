#include "dashboardcontroller.h"

#include <QElapsedTimer>

DashboardController::DashboardController(QObject *parent)
    : QObject(parent)
{}

void DashboardController::setCache(std::shared_ptr<const ResponseCache> cache)
{
    m_cache = std::move(cache);
    m_dashboard = m_cache ? std::make_unique<Dashboard>(*m_cache) : nullptr;
    // A filter may name values of the previous project: keep only what still exists.
    if (m_cache) {
        for (auto it = m_filter.segments.begin(); it != m_filter.segments.end();) {
            if (it.key() >= m_cache->dimensions().size())
                it = m_filter.segments.erase(it);
            else
                ++it;
        }
    }
    if (!m_cache || m_breakdown >= m_cache->dimensions().size())
        m_breakdown = -1;
    if (m_breakdown < 0 && m_cache && !m_cache->dimensions().isEmpty())
        m_breakdown = 0;
    m_history = {m_filter};
    m_position = 0;
    emit cacheChanged();
    emit historyChanged();
    recompute();
}

void DashboardController::recompute()
{
    QElapsedTimer timer;
    timer.start();
    m_result = m_dashboard ? m_dashboard->compute(m_filter, m_breakdown) : DashboardResult{};
    m_lastCompute = timer.nsecsElapsed() / 1000;
    emit resultChanged();
}

void DashboardController::apply(const Filter &filter)
{
    m_filter = filter;
    recompute();
    emit historyChanged();
}

void DashboardController::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_history.resize(m_position + 1);
    m_history.append(filter);
    m_position = m_history.size() - 1;
    apply(filter);
}

void DashboardController::setBreakdownDimension(int dimension)
{
    if (dimension == m_breakdown)
        return;
    m_breakdown = dimension;
    recompute();
}

void DashboardController::back()
{
    if (canGoBack())
        apply(m_history.at(--m_position));
}

void DashboardController::forward()
{
    if (canGoForward())
        apply(m_history.at(++m_position));
}

void DashboardController::showGroup(ScoreGroup group)
{
    Filter f = m_filter;
    f.groups = group == ScoreGroup::Promoter  ? Filter::Promoters
               : group == ScoreGroup::Passive ? Filter::Passives
                                              : Filter::Detractors;
    setFilter(f);
}

void DashboardController::showSegmentValue(int dimension, quint16 code)
{
    Filter f = m_filter;
    f.segments[dimension] = {code};
    setFilter(f);
}

void DashboardController::showPeriod(const Period &period)
{
    Filter f = m_filter;
    f.from = period.firstDay();
    f.to = period.lastDay();
    setFilter(f);
}

void DashboardController::clearFilter()
{
    Filter f;
    f.granularity = m_filter.granularity;
    setFilter(f);
}
