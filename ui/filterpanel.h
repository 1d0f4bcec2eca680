#pragma once

#include "metrics/period.h"

#include <QDate>
#include <QWidget>

#include <optional>
#include <tuple>

class DashboardController;
class FilterSection;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QVBoxLayout;
class ThemeFilterSection;

// The filter panel on the left: a search over the open answers; the period (with quick picks
// that wrap); the groups; the themes of the open answers; and one collapsible section per
// segment dimension, the most relevant first and the rest under "More dimensions…", each with its
// values in their natural order and live counts, found through a search over dimensions and values.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ShownDimensions = 8; // before "More dimensions…"
    static constexpr int OpenDimensions = 3;  // of those, open from the start

    explicit FilterPanel(DashboardController *controller, QWidget *parent = nullptr);
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *dimensionSearch() const { return m_dimensionSearch; }
    // The dimensions' sections in the order shown (those under "More dimensions…" once it has
    // been opened), and the "More dimensions…" section itself.
    QList<FilterSection *> sections() const;
    FilterSection *moreSection() const { return m_more; }
    int dimensionOf(const FilterSection *section) const;
    // A dimension's list of values; null until its section has been opened.
    QListWidget *valueList(int dimension) const;
    FilterSection *section(int dimension) const;
    // The themes of the open answers as a dimension (hidden until they have been read).
    ThemeFilterSection *themesSection() const { return m_themes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Section
    {
        int dimension = -1;
        FilterSection *section = nullptr;
        QListWidget *list = nullptr;
    };

    void rebuildDimensions();
    FilterSection *makeSection(int dimension, bool open);
    QListWidget *makeList(int dimension);
    QWidget *makeMoreContent();
    void refresh();
    void refreshList(const Section &s);
    void applyFromWidgets();
    void applyDimensionSearch();
    void pickQuarters(int count); // the last `count` quarters with data; 0 = all
    void updatePeriodControls();

    DashboardController *m_controller;
    QComboBox *m_granularity;
    QComboBox *m_from;
    QComboBox *m_to;
    QList<QPushButton *> m_picks;
    QLabel *m_noDates;
    QCheckBox *m_groups[3];
    QCheckBox *m_withAnswer;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLineEdit *m_dimensionSearch;
    QLabel *m_noMatch;
    QVBoxLayout *m_dimensionsLayout;
    FilterSection *m_more = nullptr;
    ThemeFilterSection *m_themes;
    QList<int> m_moreDimensions;
    QList<Section> m_sections; // top ones first, then those under "More dimensions…"
    bool m_updating = false;
    std::tuple<const void *, Granularity, std::optional<QDate>, std::optional<QDate>> m_periodState{
        nullptr, Granularity::Quarter, std::nullopt, std::nullopt};
};
