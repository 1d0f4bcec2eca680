#include "models/openanswersmodel.h"

#include "csv/csvcell.h"

#include "metrics/dashboard.h"
#include "metrics/npsfigures.h"
#include "metrics/responsecache.h"
#include "text/answerthemes.h"

#include <QCollator>
#include <QIODevice>

#include <algorithm>
#include <numeric>

OpenAnswersModel::OpenAnswersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

OpenAnswersModel::~OpenAnswersModel() = default;

void OpenAnswersModel::setCache(std::shared_ptr<const ResponseCache> cache)
{
    beginResetModel();
    m_cache = std::move(cache);
    m_dashboard = m_cache ? std::make_unique<Dashboard>(*m_cache) : nullptr;
    m_answerRanks.clear();
    if (!m_cache || m_question >= m_cache->questions().size())
        m_question = 0;
    m_order.clear();
    m_rows.clear();
    m_fetched = 0;
    if (m_cache) {
        if (m_sortColumn >= columnCount())
            m_sortColumn = DateColumn;
        m_order.resize(size_t(m_cache->size()));
        std::iota(m_order.begin(), m_order.end(), 0);
        applySort();
        refilter();
    }
    endResetModel();
}

void OpenAnswersModel::refilter(const std::vector<quint8> *matches)
{
    // The rows are found in sort order only as far as the view needs them.
    Filter filter = m_filter;
    filter.question = m_question;
    if (matches && matches->size() == size_t(m_cache->size())) {
        m_matches = *matches;
        m_matching = std::accumulate(m_matches.begin(), m_matches.end(), qint64(0));
    } else {
        m_matches = m_dashboard->matchFlags(filter, &m_matching);
    }
    m_rows.clear();
    m_scanned = 0;
    findRows(FetchSize);
    m_fetched = int(m_rows.size());
}

void OpenAnswersModel::findRows(size_t wanted)
{
    while (m_rows.size() < wanted && m_scanned < m_order.size()) {
        const quint32 row = m_order[m_scanned++];
        if (m_matches[row])
            m_rows.push_back(row);
    }
}

void OpenAnswersModel::setQuestion(int question)
{
    const int questions = m_cache ? int(m_cache->questions().size()) : 0;
    question = std::clamp(question, 0, std::max(0, questions - 1));
    if (question == m_question)
        return;
    m_question = question;
    if (!m_cache)
        return;
    beginResetModel();
    if (m_sortColumn == answerColumn())
        applySort();
    refilter();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, answerColumn(), answerColumn());
}

void OpenAnswersModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    if (!m_cache)
        return;
    beginResetModel();
    refilter();
    endResetModel();
}

void OpenAnswersModel::setFilter(const Filter &filter, const std::vector<quint8> &matches)
{
    m_filter = filter;
    if (!m_cache)
        return;
    beginResetModel();
    refilter(&matches);
    endResetModel();
}

void OpenAnswersModel::setThemes(std::shared_ptr<const AnswerThemes> themes,
                                 const QStringList &labels)
{
    m_themes = std::move(themes);
    m_themeLabels = m_themes ? labels : QStringList();
    if (m_fetched > 0)
        emit dataChanged(index(0, answerColumn()),
                         index(m_fetched - 1, answerColumn()),
                         {ThemesRole, ThemeIndicesRole, Qt::ToolTipRole});
}

QList<int> OpenAnswersModel::themesOfRow(quint32 row) const
{
    QList<int> themes;
    if (!m_themes || m_question != 0)
        return themes;
    for (quint16 t : m_themes->themesOf(m_cache->answerIndex(row))) {
        if (t < m_themeLabels.size())
            themes << int(t);
    }
    return themes;
}

int OpenAnswersModel::answerColumn() const
{
    return FirstDimensionColumn + (m_cache ? int(m_cache->dimensions().size()) : 0);
}

int OpenAnswersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int OpenAnswersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : answerColumn() + 1;
}

bool OpenAnswersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && qint64(m_fetched) < m_matching;
}

void OpenAnswersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    findRows(size_t(m_fetched) + FetchSize);
    const int more = int(m_rows.size() - size_t(m_fetched));
    if (more <= 0)
        return;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

QVariant OpenAnswersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResponseCache &c = *m_cache;
    const qsizetype row = m_rows[size_t(index.row())];
    const int column = index.column();
    const int score = c.score(row);
    if (role == CacheRowRole)
        return qint64(row);
    if (role == GroupRole)
        return score < 0 ? QVariant() : QVariant(int(scoreGroup(score)));
    if (role == ThemesRole || role == ThemeIndicesRole) {
        if (column != answerColumn())
            return {};
        QStringList labels;
        QVariantList indices;
        for (int t : themesOfRow(quint32(row))) {
            labels << m_themeLabels.at(t);
            indices << t;
        }
        return role == ThemesRole ? QVariant(labels) : QVariant(indices);
    }
    if (role == Qt::TextAlignmentRole)
        return column == ScoreColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                     : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ValueRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::ToolTipRole) {
        if (column != answerColumn())
            return {};
        QStringList labels;
        for (int t : themesOfRow(quint32(row)))
            labels << m_themeLabels.at(t);
        if (labels.isEmpty())
            return c.answer(m_question, row).toString();
        return tr("%1\n\nThemes: %2").arg(c.answer(m_question, row), labels.join(u", "));
    }
    switch (column) {
    case DateColumn: {
        const QDate date = c.date(row);
        if (role == ValueRole)
            return date;
        return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : QString();
    }
    case ScoreColumn:
        return score < 0 ? QVariant() : QVariant(score);
    case GroupColumn:
        if (score < 0)
            return role == ValueRole ? QVariant() : QVariant(tr("no score"));
        switch (scoreGroup(score)) {
        case ScoreGroup::Promoter:
            return tr("Promoter");
        case ScoreGroup::Passive:
            return tr("Passive");
        case ScoreGroup::Detractor:
            return tr("Detractor");
        }
        return {};
    default:
        if (column == answerColumn())
            return c.answer(m_question, row).toString();
        return c.segmentValue(column - FirstDimensionColumn, row);
    }
}

QVariant OpenAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ScoreColumn:
        return tr("Score");
    case GroupColumn:
        return tr("Group");
    default:
        if (section == answerColumn()) {
            if (m_cache && m_question < m_cache->questions().size()) {
                const ResponseCache::Question &q = m_cache->questions().at(m_question);
                if (m_cache->questions().size() > 1)
                    return q.label.isEmpty() ? q.text : q.label;
            }
            return tr("Open answer");
        }
        if (m_cache && section - FirstDimensionColumn < m_cache->dimensions().size())
            return m_cache->dimensions().at(section - FirstDimensionColumn).name;
        return {};
    }
}

void OpenAnswersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_cache)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<quint32> cacheRows;
    for (const QModelIndex &i : before)
        cacheRows.push_back(m_rows[size_t(i.row())]);
    applySort();
    const int fetched = m_fetched;
    m_rows.clear();
    m_scanned = 0;
    findRows(size_t(fetched));
    // Persistent indexes follow their responses when those are among the fetched rows.
    std::vector<int> position(m_cache->size(), -1);
    for (int r = 0; r < m_fetched; ++r)
        position[m_rows[size_t(r)]] = r;
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int r = position[cacheRows[size_t(k)]];
        after << (r < 0 ? QModelIndex() : index(r, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const std::vector<quint32> &OpenAnswersModel::answerRanks()
{
    if (m_answerRanks.empty() && m_cache) {
        const AnswerTexts &texts = m_cache->answerTexts();
        std::vector<quint32> order(size_t(texts.size()));
        std::iota(order.begin(), order.end(), 0);
        QCollator collator(m_locale);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            return collator.compare(texts.at(a), texts.at(b)) < 0;
        });
        m_answerRanks.assign(order.size(), 0);
        for (size_t rank = 0; rank < order.size(); ++rank)
            m_answerRanks[order[rank]] = quint32(rank);
    }
    return m_answerRanks;
}

void OpenAnswersModel::applySort()
{
    const ResponseCache &c = *m_cache;
    const int column = m_sortColumn;
    // One integer key per response, so a million rows sort in a few tens of milliseconds;
    // filters then keep this order without sorting again.
    std::vector<qint64> key(size_t(c.size()));
    if (column == DateColumn) {
        for (qsizetype r = 0; r < c.size(); ++r)
            key[size_t(r)] = c.day(r);
    } else if (column == ScoreColumn || column == GroupColumn) {
        for (qsizetype r = 0; r < c.size(); ++r)
            key[size_t(r)] = c.score(r);
    } else if (column == answerColumn()) {
        const std::vector<quint32> &ranks = answerRanks();
        for (qsizetype r = 0; r < c.size(); ++r)
            key[size_t(r)] = ranks[c.answerIndex(m_question, r)];
    } else {
        const int d = column - FirstDimensionColumn;
        for (qsizetype r = 0; r < c.size(); ++r)
            key[size_t(r)] = c.segmentCode(d, r); // codes follow the values' alphabetical order
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // The order: by key, ties by row (both reversed when descending). The keys are days,
    // scores, codes or ranks, few values beside the rows: counted into their places in two
    // passes (a million rows in a few milliseconds, where sorting took a hundred). A missing day
    // sorts before every other day, as its key (the least qint32) says.
    const auto rows = size_t(c.size());
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    bool noDay = false;
    for (qint64 k : key) {
        if (column == DateColumn && k == ResponseCache::NoDay) {
            noDay = true;
            continue;
        }
        lo = std::min(lo, k);
        hi = std::max(hi, k);
    }
    if (lo > hi)
        lo = hi = 0;
    if (noDay) {
        --lo;
        for (qint64 &k : key)
            k = k == ResponseCache::NoDay ? lo : k;
    }
    if (m_order.size() != rows || hi - lo >= qint64(rows) + (1 << 16)) {
        std::sort(m_order.begin(), m_order.end(), [&](quint32 a, quint32 b) {
            if (key[a] != key[b])
                return descending ? key[a] > key[b] : key[a] < key[b];
            return descending ? a > b : a < b;
        });
        return;
    }
    const auto bucketOf = [&](size_t r) {
        return descending ? size_t(hi - key[r]) : size_t(key[r] - lo);
    };
    std::vector<quint32> place(size_t(hi - lo) + 2, 0);
    for (size_t r = 0; r < rows; ++r)
        ++place[bucketOf(r) + 1];
    std::partial_sum(place.begin(), place.end(), place.begin());
    if (descending) {
        for (size_t r = rows; r-- > 0;)
            m_order[place[bucketOf(r)]++] = quint32(r);
    } else {
        for (size_t r = 0; r < rows; ++r)
            m_order[place[bucketOf(r)]++] = quint32(r);
    }
}

Status OpenAnswersModel::writeCsv(QIODevice *device) const
{
    // Every cell as text a spreadsheet will not run as a formula (CSV injection).
    const auto field = [](const QString &text) {
        return CsvCell::field(text);
    };
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << field(headerData(c, Qt::Horizontal).toString());
    QByteArray out = "\xEF\xBB\xBF" + header.join(u',').toUtf8() + "\r\n";
    if (m_cache) {
        const ResponseCache &c = *m_cache;
        for (quint32 row : m_order) {
            if (!m_matches[row])
                continue;
            QStringList cells;
            const QDate date = c.date(row);
            cells << field(date.isValid() ? date.toString(Qt::ISODate) : QString());
            const int score = c.score(row);
            cells << field(score < 0 ? QString() : QString::number(score));
            cells << field(score < 0                                   ? QString()
                           : scoreGroup(score) == ScoreGroup::Promoter ? tr("Promoter")
                           : scoreGroup(score) == ScoreGroup::Passive  ? tr("Passive")
                                                                       : tr("Detractor"));
            for (int d = 0; d < c.dimensions().size(); ++d)
                cells << field(c.segmentValue(d, row));
            cells << field(c.answer(m_question, row).toString());
            out += cells.join(u',').toUtf8() + "\r\n";
            if (out.size() > (1 << 20)) {
                if (device->write(out) != out.size())
                    return Status::failure(device->errorString());
                out.clear();
            }
        }
    }
    if (device->write(out) != out.size())
        return Status::failure(device->errorString());
    return Done{};
}
