#pragma once

#include "metrics/dashboard.h"

#include <QAbstractTableModel>
#include <QLocale>

// How many responses gave each score from 0 to 10, and which group that score belongs to.
class DistributionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ScoreColumn, CountColumn, ShareColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1, GroupRole };

    explicit DistributionModel(QObject *parent = nullptr);
    void setResult(const DashboardResult &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::array<qint64, 11> m_counts{};
    qint64 m_total = 0;
    QLocale m_locale;
};
