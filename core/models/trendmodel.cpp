#include "models/trendmodel.h"

#include "models/npsformat.h"

TrendModel::TrendModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TrendModel::setResult(const DashboardResult &result)
{
    beginResetModel();
    m_periods = result.periods;
    endResetModel();
}

void TrendModel::setDutch(bool dutch)
{
    m_dutch = dutch;
    if (!m_periods.isEmpty())
        emit dataChanged(index(0, PeriodColumn), index(rowCount() - 1, PeriodColumn));
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int TrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeriodFigures &p = m_periods.at(index.row());
    const NpsFigures &f = p.figures;
    const auto interval = f.interval();
    std::optional<double> value;
    switch (index.column()) {
    case NpsColumn:
        value = f.nps();
        break;
    case LowColumn:
        value = interval ? std::optional(interval->low) : std::nullopt;
        break;
    case HighColumn:
        value = interval ? std::optional(interval->high) : std::nullopt;
        break;
    case PromotersColumn:
        value = f.promoterShare();
        break;
    case PassivesColumn:
        value = f.passiveShare();
        break;
    case DetractorsColumn:
        value = f.detractorShare();
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeriodColumn:
            return p.period.label(m_dutch);
        case CountColumn:
            return m_locale.toString(f.n());
        case NpsColumn:
        case LowColumn:
        case HighColumn:
            return NpsFormat::nps(value, 1, m_locale);
        default:
            return NpsFormat::percent(value, 1, m_locale);
        }
    case ValueRole:
        if (index.column() == PeriodColumn)
            return p.period.firstDay();
        if (index.column() == CountColumn)
            return f.n();
        return value ? QVariant(*value) : QVariant();
    case SmallSampleRole:
        return f.isSmallSample();
    case Qt::TextAlignmentRole:
        return index.column() == PeriodColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                              : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (f.isSmallSample())
            return tr("Fewer than %1 responses: too few to rely on.").arg(NpsFigures::SmallSample);
        return {};
    default:
        return {};
    }
}

QVariant TrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return tr("Period");
    case CountColumn:
        return tr("n");
    case NpsColumn:
        return tr("NPS");
    case LowColumn:
        return tr("95% low");
    case HighColumn:
        return tr("95% high");
    case PromotersColumn:
        return tr("Promoters");
    case PassivesColumn:
        return tr("Passives");
    case DetractorsColumn:
        return tr("Detractors");
    }
    return {};
}
