#pragma once

#include "metrics/filter.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>
#include <vector>

class AnswerThemes;
class Dashboard;
class QIODevice;
class ResponseCache;

// The responses behind the figures, with their verbatim open answers: date, score, group, every
// segment and the answer. Filtered by the same Filter as the dashboard, sortable by any column
// (newest first by default) and fetched lazily so a million rows scroll smoothly. Once the
// project's themes are known, the answer column also gives the themes its answer carries.
class OpenAnswersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1,
        GroupRole,
        CacheRowRole,
        // Of the answer column: the themes of the answer of the primary question (the one the
        // themes are read from; none while another question is shown), as their labels
        // (QStringList) and as theme indices (QVariantList of int), in the same order.
        ThemesRole,
        ThemeIndicesRole,
    };
    static constexpr int FetchSize = 2000;

    explicit OpenAnswersModel(QObject *parent = nullptr);
    ~OpenAnswersModel() override;

    void setCache(std::shared_ptr<const ResponseCache> cache);
    void setFilter(const Filter &filter);
    // The same, with the responses that match it already known (Dashboard::compute's, for this
    // cache and the model's question): nothing is read again.
    void setFilter(const Filter &filter, const std::vector<quint8> &matches);
    // The open question whose answers the answer column shows (ResponseCache::questions(); 0,
    // the primary one, by default). The filter's text search follows it.
    void setQuestion(int question);
    // Which answers carry which theme (the cache's answer dictionary), with the themes' labels
    // by index; null: no themes.
    void setThemes(std::shared_ptr<const AnswerThemes> themes, const QStringList &labels);
    int question() const { return m_question; }
    const std::shared_ptr<const ResponseCache> &cache() const { return m_cache; }
    const Filter &filter() const { return m_filter; }
    qsizetype matchingCount() const { return qsizetype(m_matching); }
    int answerColumn() const;
    int dimensionColumn(int dimension) const { return FirstDimensionColumn + dimension; }
    // Every matching response (not only the fetched ones), in the current order, as CSV:
    // UTF-8 with a byte-order mark so that spreadsheets read it right, ISO dates.
    Status writeCsv(QIODevice *device) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    enum FixedColumn { DateColumn, ScoreColumn, GroupColumn, FirstDimensionColumn };

private:
    void applySort(); // sorts m_order
    void refilter(const std::vector<quint8> *matches = nullptr);
    void findRows(size_t wanted); // walks m_order until m_rows has `wanted` rows (or all)
    const std::vector<quint32> &answerRanks();

    QList<int> themesOfRow(quint32 row) const; // cache row

    std::shared_ptr<const ResponseCache> m_cache;
    // Kept for its memo: typing on in the search field reads only the answers that matched.
    std::unique_ptr<Dashboard> m_dashboard;
    std::shared_ptr<const AnswerThemes> m_themes;
    QStringList m_themeLabels;
    Filter m_filter;
    std::vector<quint32> m_order;  // every response in the sort order: filters keep it
    std::vector<quint8> m_matches; // per response: does it match the filter?
    qint64 m_matching = 0;
    size_t m_scanned = 0;               // how far m_order has been walked to find m_rows
    std::vector<quint32> m_rows;        // the matching responses found so far, in order
    std::vector<quint32> m_answerRanks; // sort position of each distinct answer text
    int m_fetched = 0;
    int m_question = 0;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QLocale m_locale;
};
