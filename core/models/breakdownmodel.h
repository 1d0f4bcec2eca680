#pragma once

#include "metrics/dashboard.h"

#include <QAbstractTableModel>
#include <QLocale>

// NPS per value of one segment dimension, each with its interval and whether it differs
// significantly from the rest of the responses.
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ValueColumn,
        CountColumn,
        NpsColumn,
        LowColumn,
        HighColumn,
        DifferenceColumn,
        PColumn,
        ColumnCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, SmallSampleRole, SignificantRole, CodeRole };

    explicit BreakdownModel(QObject *parent = nullptr);
    void setResult(const DashboardResult &result);
    const BreakdownRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BreakdownRow> m_rows;
    QLocale m_locale;
};
