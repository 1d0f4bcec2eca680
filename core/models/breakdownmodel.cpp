#include "models/breakdownmodel.h"

#include "models/npsformat.h"

BreakdownModel::BreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BreakdownModel::setResult(const DashboardResult &result)
{
    beginResetModel();
    m_rows = result.breakdown;
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BreakdownRow &r = m_rows.at(index.row());
    const auto interval = r.figures.interval();
    const auto &vs = r.versusRest;
    std::optional<double> value;
    switch (index.column()) {
    case NpsColumn:
        value = r.figures.nps();
        break;
    case LowColumn:
        value = interval ? std::optional(interval->low) : std::nullopt;
        break;
    case HighColumn:
        value = interval ? std::optional(interval->high) : std::nullopt;
        break;
    case DifferenceColumn:
        value = vs ? std::optional(vs->delta) : std::nullopt;
        break;
    case PColumn:
        value = vs ? std::optional(vs->p) : std::nullopt;
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ValueColumn:
            return r.value;
        case CountColumn:
            return m_locale.toString(r.figures.n());
        case PColumn:
            if (!vs)
                return QStringLiteral("–");
            return QString(NpsFormat::pValue(vs->p, m_locale)
                           + (vs->significant ? QStringLiteral(" *") : QString()));
        default:
            return NpsFormat::nps(value, 1, m_locale);
        }
    case ValueRole:
        if (index.column() == ValueColumn)
            return r.value;
        if (index.column() == CountColumn)
            return r.figures.n();
        return value ? QVariant(*value) : QVariant();
    case SmallSampleRole:
        return r.figures.isSmallSample();
    case SignificantRole:
        return vs && vs->significant;
    case CodeRole:
        return int(r.code);
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                             : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (r.figures.isSmallSample())
            return tr("Fewer than %1 responses: too few to rely on.").arg(NpsFigures::SmallSample);
        if (vs)
            return tr("Compared with all other responses: %1 (%2).")
                .arg(vs->inWords(), NpsFormat::pClause(vs->p, m_locale));
        return {};
    default:
        return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn:
        return tr("Value");
    case CountColumn:
        return tr("n");
    case NpsColumn:
        return tr("NPS");
    case LowColumn:
        return tr("95% low");
    case HighColumn:
        return tr("95% high");
    case DifferenceColumn:
        return tr("vs. rest");
    case PColumn:
        return tr("p");
    }
    return {};
}
