#include "dashboardcontroller.h"

#include "metrics/thememembership.h"
#include "models/questionlabel.h"
#include "models/valueorder.h"

#include <QElapsedTimer>

DashboardController::DashboardController(QObject *parent)
    : QObject(parent)
{}

void DashboardController::setCache(std::shared_ptr<const ResponseCache> cache)
{
    m_cache = std::move(cache);
    m_dashboard = m_cache ? std::make_unique<Dashboard>(*m_cache) : nullptr;
    m_labels = m_cache ? QuestionLabel::forDimensions(m_cache->dimensions()) : QStringList();
    m_valueOrders.clear();
    if (m_cache) {
        for (int d = 0; d < m_cache->dimensions().size(); ++d)
            m_valueOrders.append(ValueOrder::displayOrder(*m_cache, d));
    }
    // A filter may name values of the previous project: keep only what still exists.
    if (m_cache) {
        for (auto it = m_filter.segments.begin(); it != m_filter.segments.end();) {
            if (it.key() >= m_cache->dimensions().size())
                it = m_filter.segments.erase(it);
            else
                ++it;
        }
    }
    if (!m_cache || m_filter.question >= m_cache->questions().size())
        m_filter.question = 0;
    // The themes of the previous cache name its rows: they come again with this one's.
    if (m_membership || m_filter.themeMembership) {
        if (m_filter.hasTheme())
            m_pendingThemes = m_filter.themes.values();
        m_filter = m_filter.withoutThemes();
        m_membership.reset();
        m_answerThemes.reset();
        m_themeLabels.clear();
        emit themesChanged();
    }
    if (!m_cache || m_breakdown >= m_cache->dimensions().size())
        m_breakdown = -1;
    if (m_breakdown < 0 && m_cache && !m_cache->dimensions().isEmpty())
        m_breakdown = m_cache->dimensionsByRelevance().constFirst();
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
    // Every value of the breakdown, under the rest of the filter; the chosen ones are marked.
    m_matchFlags.clear();
    m_result = m_dashboard ? m_dashboard->compute(
                   m_filter, m_breakdown, Dashboard::BreakdownScope::RestOfFilter, &m_matchFlags)
                           : DashboardResult{};
    m_lastCompute = timer.nsecsElapsed() / 1000;
    m_themeCountsStale = true;
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
    f.scores = Filter::AllScores;
    f.groups = group == ScoreGroup::Promoter  ? Filter::Promoters
               : group == ScoreGroup::Passive ? Filter::Passives
                                              : Filter::Detractors;
    setFilter(f);
}

void DashboardController::showSegmentValue(int dimension, quint16 code, bool add)
{
    Filter f = m_filter;
    QSet<quint16> chosen = f.segments.value(dimension);
    if (add) {
        if (!chosen.remove(code))
            chosen.insert(code);
    } else
        chosen = chosen == QSet<quint16>{code} ? QSet<quint16>{} : QSet<quint16>{code};
    if (chosen.isEmpty())
        f.segments.remove(dimension);
    else
        f.segments[dimension] = chosen;
    setFilter(f);
}

void DashboardController::showScore(int score, bool add)
{
    if (score < 0 || score > 10)
        return;
    Filter f = m_filter;
    const quint16 bit = Filter::scoreBit(score);
    if (add && f.scores != Filter::AllScores)
        f.scores ^= bit;
    else
        f.scores = f.scores == bit ? Filter::AllScores : bit;
    if (f.scores == 0)
        f.scores = Filter::AllScores;
    // A score says more than its group: the group filter would only hide it.
    f.groups = Filter::AllGroups;
    setFilter(f);
}

void DashboardController::setTargets(const ProjectTargets &targets)
{
    if (targets == m_targets)
        return;
    m_targets = targets;
    emit targetsChanged();
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
    f.question = m_filter.question; // which question the answers show is not a filter
    setFilter(f);
}

void DashboardController::setThemes(std::shared_ptr<const ThemeMembership> membership,
                                    std::shared_ptr<const AnswerThemes> answerThemes,
                                    const QStringList &labels)
{
    QStringList chosen = std::exchange(m_pendingThemes, {});
    if (m_filter.hasTheme())
        chosen = m_filter.themes.values();
    m_membership = std::move(membership);
    m_answerThemes = std::move(answerThemes);
    m_themeLabels = m_membership ? labels : QStringList();
    m_themeCountsStale = true;
    emit themesChanged();
    // The chosen themes by label in the new membership (a renamed or deleted one is lifted).
    const Filter f = withThemesNamed(chosen);
    if (!(f == m_filter))
        apply(f); // the same choice, not a step of its own in the history
}

const QList<qint64> &DashboardController::themeCounts() const
{
    if (m_themeCountsStale) {
        m_themeCounts = m_dashboard && m_membership
                            ? m_dashboard->themeCounts(m_filter, *m_membership)
                            : QList<qint64>();
        m_themeCountsStale = false;
    }
    return m_themeCounts;
}

void DashboardController::showTheme(int theme, bool add)
{
    if (!m_membership || theme < 0 || theme >= m_membership->themeCount())
        return;
    Filter f = m_filter;
    if (f.themeMembership != m_membership)
        f = f.withoutThemes();
    QMap<int, QString> chosen = f.themes;
    const QString label = m_themeLabels.value(theme);
    if (add) {
        if (!chosen.remove(theme))
            chosen.insert(theme, label);
    } else {
        chosen = chosen.size() == 1 && chosen.contains(theme) ? QMap<int, QString>{}
                                                              : QMap<int, QString>{{theme, label}};
    }
    f.themes = chosen;
    f.themeMembership = chosen.isEmpty() ? nullptr : m_membership;
    setFilter(f);
}

void DashboardController::setPendingThemes(const QStringList &labels)
{
    if (m_membership)
        setFilter(withThemesNamed(labels));
    else
        m_pendingThemes = labels;
}

Filter DashboardController::withThemesNamed(const QStringList &labels) const
{
    Filter f = m_filter.withoutThemes();
    for (const QString &label : labels) {
        const qsizetype index = m_themeLabels.indexOf(label);
        if (index >= 0)
            f.themes.insert(int(index), label);
    }
    if (!f.themes.isEmpty())
        f.themeMembership = m_membership;
    return f;
}
