#pragma once

#include "metrics/dashboard.h"

#include <QAbstractTableModel>
#include <QLocale>

// NPS per period, with its interval and the mix of the three groups: the trend chart's data.
class TrendModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PeriodColumn,
        CountColumn,
        NpsColumn,
        LowColumn,
        HighColumn,
        PromotersColumn,
        PassivesColumn,
        DetractorsColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, SmallSampleRole };

    explicit TrendModel(QObject *parent = nullptr);
    void setResult(const DashboardResult &result);
    void setDutch(bool dutch);
    const PeriodFigures &periodAt(int row) const { return m_periods.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PeriodFigures> m_periods;
    bool m_dutch = false;
    QLocale m_locale;
};
