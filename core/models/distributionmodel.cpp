#include "models/distributionmodel.h"

#include "models/npsformat.h"

#include <numeric>

DistributionModel::DistributionModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DistributionModel::setResult(const DashboardResult &result)
{
    m_counts = result.distribution;
    m_total = std::accumulate(m_counts.begin(), m_counts.end(), qint64(0));
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DistributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 11;
}

int DistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistributionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int score = index.row();
    const qint64 count = m_counts[size_t(score)];
    const std::optional<double> share
        = m_total ? std::optional(100.0 * double(count) / double(m_total)) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScoreColumn:
            return score;
        case CountColumn:
            return m_locale.toString(count);
        default:
            return NpsFormat::percent(share, 1, m_locale);
        }
    case ValueRole:
        switch (index.column()) {
        case ScoreColumn:
            return score;
        case CountColumn:
            return count;
        default:
            return share ? QVariant(*share) : QVariant();
        }
    case GroupRole:
        return int(scoreGroup(score));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScoreColumn:
        return tr("Score");
    case CountColumn:
        return tr("Responses");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}
