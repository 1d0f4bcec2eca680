#pragma once

#include "metrics/dashboard.h"
#include "metrics/filter.h"
#include "metrics/responsecache.h"
#include "store/projecttargets.h"

#include <QObject>
#include <QStringList>

#include <memory>

class AnswerThemes;
class ThemeMembership;

// The state behind the window: the project's response cache with its dimensions' short labels,
// the current filter with its back/forward history, the chosen breakdown dimension, the
// project's targets, and the figures for them. Every change recomputes the dashboard (a few
// milliseconds) and tells the views. The breakdown ignores the filter on its own dimension, so
// that a clicked bar is highlighted among all the others instead of left alone. Once the
// Themes view has read the project's themes, they are a filter dimension too (themes()).
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
    // Per response (cache order): does it match the filter? From the query's own pass.
    const std::vector<quint8> &matchFlags() const { return m_matchFlags; }

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

    // The project's themes, once read (ThemesView): which responses and answers carry which
    // theme, and the themes' labels by index. A filter on themes of a previous membership is
    // carried over by label (after a codebook edit, or when the themes come after a remembered
    // filter: setPendingThemes()).
    void setThemes(std::shared_ptr<const ThemeMembership> membership,
                   std::shared_ptr<const AnswerThemes> answerThemes,
                   const QStringList &labels);
    std::shared_ptr<const ThemeMembership> themeMembership() const { return m_membership; }
    std::shared_ptr<const AnswerThemes> answerThemes() const { return m_answerThemes; }
    const QStringList &themeLabels() const { return m_themeLabels; }
    // Per theme: the responses that carry it under the rest of the filter (computed when
    // first asked after a change).
    const QList<qint64> &themeCounts() const;
    // Filters to one theme (a theme bar, a chip on an answer); the same again lifts it; `add`
    // toggles it among the themes already chosen.
    void showTheme(int theme, bool add = false);
    // The themes a remembered filter chose, by label, applied when the themes are read.
    void setPendingThemes(const QStringList &labels);

signals:
    void cacheChanged();
    void targetsChanged();
    void resultChanged();
    void historyChanged();
    void themesChanged();

private:
    void recompute();
    void apply(const Filter &filter);
    // The filter with the themes of these labels (those the themes have) as its theme criterion.
    Filter withThemesNamed(const QStringList &labels) const;

    std::shared_ptr<const ResponseCache> m_cache;
    std::unique_ptr<Dashboard> m_dashboard;
    QStringList m_labels;
    QList<QList<int>> m_valueOrders;
    ProjectTargets m_targets;
    Filter m_filter;
    DashboardResult m_result;
    std::vector<quint8> m_matchFlags;
    int m_breakdown = -1;
    QList<Filter> m_history{Filter{}};
    qsizetype m_position = 0;
    qint64 m_lastCompute = 0;
    std::shared_ptr<const ThemeMembership> m_membership;
    std::shared_ptr<const AnswerThemes> m_answerThemes;
    QStringList m_themeLabels;
    QStringList m_pendingThemes;
    mutable QList<qint64> m_themeCounts;
    mutable bool m_themeCountsStale = true;
};
