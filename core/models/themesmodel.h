#pragma once

#include "metrics/themereport.h"
#include "text/theme.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

// The themes under a filter, for the Themes view and the report: label, mentions, NPS of those
// who mention it with its interval, impact, the group mix and the trend. Sortable by any
// column (impact, the largest first, by default); ValueRole gives the raw numbers.
class ThemesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        MentionsColumn,
        ShareColumn, // of the answers
        NpsColumn,
        IntervalColumn,
        ImpactColumn,
        PromotersColumn, // share of promoters who mention it
        PassivesColumn,
        DetractorsColumn,
        TrendColumn,
        KeywordsColumn,
        ColumnCount
    };
    enum Role {
        ValueRole = Qt::UserRole + 1,
        ThemeIdRole,
        ThemeIndexRole, // in the codebook and the membership
        LowRole,        // interval
        HighRole,
        SmallSampleRole,
        SignificantRole, // NPS differs from the rest
        TrendRole,       // ThemeTrend::Direction as int; −1 without a trend
        TrendSignificantRole,
    };

    explicit ThemesModel(QObject *parent = nullptr);

    // themes: the codebook's, in membership order.
    void setResult(const ThemeReportResult &result, const QList<Theme> &themes);
    const ThemeFigures &figuresAt(int row) const { return m_rows.at(row).figures; }
    const Theme &themeAt(int row) const { return m_rows.at(row).theme; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        Theme theme;
        ThemeFigures figures;
    };
    QVariant value(const Row &row, int column) const;
    void applySort();

    QList<Row> m_rows;
    int m_sortColumn = ImpactColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QLocale m_locale;
};
