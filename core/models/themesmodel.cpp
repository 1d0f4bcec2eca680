#include "models/themesmodel.h"

#include "models/npsformat.h"

#include <algorithm>

namespace {

QVariant optional(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

ThemesModel::ThemesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ThemesModel::setResult(const ThemeReportResult &result, const QList<Theme> &themes)
{
    beginResetModel();
    m_rows.clear();
    for (const ThemeFigures &f : result.themes) {
        if (f.theme >= 0 && f.theme < themes.size())
            m_rows.append({themes.at(f.theme), f});
    }
    applySort();
    endResetModel();
}

int ThemesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ThemesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThemesModel::value(const Row &row, int column) const
{
    const ThemeFigures &f = row.figures;
    switch (column) {
    case LabelColumn:
        return row.theme.label;
    case MentionsColumn:
        return f.mentions;
    case ShareColumn:
        return optional(f.answerShare);
    case NpsColumn:
        return optional(f.figures.nps());
    case IntervalColumn:
        return f.figures.isEmpty()
                   ? QVariant()
                   : QVariant(f.figures.interval()->high - f.figures.interval()->low);
    case ImpactColumn:
        return f.impact;
    case PromotersColumn:
        return optional(f.promoterShare);
    case PassivesColumn:
        return optional(f.passiveShare);
    case DetractorsColumn:
        return optional(f.detractorShare);
    case TrendColumn:
        return f.trend ? QVariant(f.trend->change.delta) : QVariant();
    case KeywordsColumn: {
        QStringList words;
        for (const ThemeKeyword &k : row.theme.keywords)
            words << k.text;
        return words.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant ThemesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ThemeFigures &f = row.figures;
    const auto ci = f.figures.interval();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MentionsColumn:
            return m_locale.toString(f.mentions);
        case ShareColumn:
            return NpsFormat::percent(f.answerShare, 1, m_locale);
        case NpsColumn:
            return NpsFormat::nps(f.figures.nps(), 1, m_locale);
        case IntervalColumn:
            return ci ? NpsFormat::interval(ci->low, ci->high, 1, m_locale) : QStringLiteral("–");
        case ImpactColumn:
            return m_locale.toString(f.impact, 'f', 1);
        case PromotersColumn:
            return NpsFormat::percent(f.promoterShare, 1, m_locale);
        case PassivesColumn:
            return NpsFormat::percent(f.passiveShare, 1, m_locale);
        case DetractorsColumn:
            return NpsFormat::percent(f.detractorShare, 1, m_locale);
        case TrendColumn:
            return f.trend ? f.trend->inWords() : QStringLiteral("–");
        default:
            return value(row, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == ImpactColumn)
            return tr("If the %n detractors who mention it were passives, the NPS would be %1 "
                      "points higher.",
                      nullptr,
                      int(f.figures.detractors))
                .arg(m_locale.toString(f.impact, 'f', 1));
        if (index.column() == NpsColumn && f.versusRest)
            return tr("%1 against those who do not mention it (p = %2)")
                .arg(f.versusRest->inWords(), NpsFormat::pValue(f.versusRest->p, m_locale));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LabelColumn || index.column() == KeywordsColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return value(row, index.column());
    case ThemeIdRole:
        return row.theme.id;
    case ThemeIndexRole:
        return f.theme;
    case LowRole:
        return ci ? QVariant(ci->low) : QVariant();
    case HighRole:
        return ci ? QVariant(ci->high) : QVariant();
    case SmallSampleRole:
        return f.figures.isSmallSample();
    case SignificantRole:
        return f.versusRest && f.versusRest->significant;
    case TrendRole:
        return f.trend ? int(f.trend->direction) : -1;
    case TrendSignificantRole:
        return f.trend && f.trend->change.significant;
    default:
        return {};
    }
}

QVariant ThemesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Theme");
    case MentionsColumn:
        return tr("Mentions");
    case ShareColumn:
        return tr("Of answers");
    case NpsColumn:
        return tr("NPS");
    case IntervalColumn:
        return tr("95% interval");
    case ImpactColumn:
        return tr("Impact");
    case PromotersColumn:
        return tr("Promoters");
    case PassivesColumn:
        return tr("Passives");
    case DetractorsColumn:
        return tr("Detractors");
    case TrendColumn:
        return tr("Trend");
    case KeywordsColumn:
        return tr("Keywords");
    default:
        return {};
    }
}

void ThemesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &i : before)
        ids.append(m_rows.at(i.row()).theme.id);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        int row = 0;
        while (row < m_rows.size() && m_rows.at(row).theme.id != ids.at(k))
            ++row;
        after.append(index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ThemesModel::applySort()
{
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        const QVariant va = value(a, m_sortColumn), vb = value(b, m_sortColumn);
        if (va.isNull() != vb.isNull())
            return vb.isNull(); // rows without a value last, in either order
        const QPartialOrdering c = QVariant::compare(va, vb);
        if (c == QPartialOrdering::Equivalent || c == QPartialOrdering::Unordered)
            return a.theme.id < b.theme.id;
        return m_sortOrder == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                                 : c == QPartialOrdering::Greater;
    });
}
