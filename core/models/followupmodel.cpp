#include "models/followupmodel.h"

#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "text/answerthemes.h"

#include <QIODevice>

#include <algorithm>

namespace {

// A cell a spreadsheet would read as a formula gets a leading apostrophe.
QString neutralised(const QString &cell)
{
    if (!cell.isEmpty()
        && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-'
            || cell.front() == u'@' || cell.front() == u'\t' || cell.front() == u'\r'))
        return u'\'' + cell;
    return cell;
}

QString quoted(const QString &cell)
{
    QString q = neutralised(cell);
    if (q.contains(u',') || q.contains(u'"') || q.contains(u'\n') || q.contains(u'\r')
        || q.startsWith(u'\'')) {
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        q = u'"' + q + u'"';
    }
    return q;
}

} // namespace

FollowUpModel::FollowUpModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

FollowUpModel::~FollowUpModel() = default;

void FollowUpModel::setSource(Source source)
{
    beginResetModel();
    m_source = std::move(source);
    refilter();
    endResetModel();
}

void FollowUpModel::setFilter(const Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void FollowUpModel::setStatusFilter(std::optional<FollowUp::Status> status)
{
    beginResetModel();
    m_status = status;
    refilter();
    endResetModel();
}

void FollowUpModel::refilter()
{
    m_rows.clear();
    if (!m_source.cache)
        return;
    const ResponseCache &c = *m_source.cache;
    Filter f = m_filter;
    f.groups &= Filter::Detractors;
    if (f.groups == 0)
        return;
    for (quint32 row : Dashboard(c).matchingRows(f)) {
        if (m_status && followUpOfRow(row).status != *m_status)
            continue;
        m_rows.push_back(row);
    }
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [&c](quint32 a, quint32 b) { return c.day(a) > c.day(b); });
}

FollowUp FollowUpModel::followUpAt(int row) const
{
    return followUpOfRow(m_rows.at(size_t(row)));
}

FollowUp FollowUpModel::followUpOfRow(quint32 cacheRow) const
{
    FollowUp f;
    if (cacheRow < m_source.responseKeys.size()) {
        f.responseKey = m_source.responseKeys[cacheRow];
        f = m_source.followUps.value(f.responseKey, f);
    }
    return f;
}

QString FollowUpModel::themesOf(quint32 row) const
{
    if (!m_source.themes)
        return QString();
    QStringList labels;
    for (quint16 t : m_source.themes->themesOf(m_source.cache->answerIndex(row)))
        labels << m_source.themeLabels.value(t);
    return labels.join(QStringLiteral(", "));
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return FirstDimensionColumn + (m_source.cache ? int(m_source.cache->dimensions().size()) : 0);
}

QString FollowUpModel::cell(int row, int column) const
{
    const quint32 r = m_rows.at(size_t(row));
    const ResponseCache &c = *m_source.cache;
    switch (column) {
    case DateColumn:
        return c.date(r).toString(Qt::ISODate);
    case ScoreColumn:
        return QString::number(c.score(r));
    case RespondentColumn:
        return r < m_source.respondents.size() ? m_source.respondents[r] : QString();
    case ContactColumn:
        return r < m_source.contacts.size() ? m_source.contacts[r] : QString();
    case AnswerColumn:
        return c.answer(r).toString();
    case ThemesColumn:
        return themesOf(r);
    case StatusColumn:
        return FollowUp::statusName(followUpAt(row).status);
    case NoteColumn:
        return followUpAt(row).note;
    default:
        return c.segmentValue(column - FirstDimensionColumn, r);
    }
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const quint32 r = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DateColumn)
            return m_locale.toString(m_source.cache->date(r), QLocale::ShortFormat);
        return cell(index.row(), index.column());
    case Qt::EditRole:
        if (index.column() == StatusColumn)
            return FollowUp::statusKey(followUpAt(index.row()).status);
        return cell(index.row(), index.column());
    case ValueRole:
        if (index.column() == ScoreColumn)
            return int(m_source.cache->score(r));
        if (index.column() == DateColumn)
            return m_source.cache->date(r);
        if (index.column() == StatusColumn)
            return int(followUpAt(index.row()).status);
        return cell(index.row(), index.column());
    case CacheRowRole:
        return r;
    case ResponseKeyRole:
        return followUpAt(index.row()).responseKey;
    default:
        return {};
    }
}

bool FollowUpModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || (index.column() != StatusColumn && index.column() != NoteColumn))
        return false;
    FollowUp f = followUpAt(index.row());
    if (index.column() == StatusColumn) {
        const auto status = value.typeId() == QMetaType::Int
                                ? std::optional<FollowUp::Status>(
                                    FollowUp::Status(std::clamp(value.toInt(), 0, 2)))
                                : FollowUp::statusFromKey(value.toString());
        if (!status)
            return false;
        f.status = *status;
    } else {
        f.note = value.toString();
    }
    f.updatedAt = QDateTime::currentDateTimeUtc();
    m_source.followUps.insert(f.responseKey, f);
    emit dataChanged(index, index, {role, Qt::DisplayRole, ValueRole});
    emit followUpChanged(f);
    return true;
}

Qt::ItemFlags FollowUpModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == StatusColumn || index.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ScoreColumn:
        return tr("Score");
    case RespondentColumn:
        return tr("Respondent");
    case ContactColumn:
        return tr("Contact");
    case AnswerColumn:
        return tr("Answer");
    case ThemesColumn:
        return tr("Themes");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        if (m_source.cache && section >= FirstDimensionColumn && section < columnCount())
            return m_source.cache->dimensions().at(section - FirstDimensionColumn).label;
        return {};
    }
}

Status FollowUpModel::writeCsv(QIODevice *device) const
{
    QString out = QStringLiteral("\uFEFF");
    QStringList header;
    QList<int> columns;
    for (int c = 0; c < columnCount(); ++c) {
        if (c != ContactColumn || hasContacts())
            columns << c;
    }
    for (int c : std::as_const(columns))
        header << quoted(headerData(c, Qt::Horizontal).toString());
    out += header.join(u',') + QStringLiteral("\r\n");
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c : std::as_const(columns))
            cells << quoted(cell(r, c));
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    const QByteArray bytes = out.toUtf8();
    if (device->write(bytes) != bytes.size())
        return Status::failure(
            tr("Cannot write the follow-up list: %1").arg(device->errorString()));
    return Done{};
}
