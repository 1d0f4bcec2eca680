#pragma once

#include "metrics/filter.h"
#include "result.h"
#include "store/themerecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class AnswerThemes;
class QIODevice;
class ResponseCache;

// The detractors to follow up: each detractor's answer with its themes, segments and
// respondent id, and the analyst's status (open / contacted / resolved) and note, which are
// edited in place. Newest first; filtered by the dashboard's Filter and by status. Edits are
// announced with followUpChanged() for the caller to store (ThemeStore::setFollowUp).
class FollowUpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        ScoreColumn,
        RespondentColumn,
        ContactColumn, // only filled (and exported) when the import mapped contact details
        AnswerColumn,
        ThemesColumn,
        StatusColumn,
        NoteColumn,
        FirstDimensionColumn
    };
    enum Role { ValueRole = Qt::UserRole + 1, CacheRowRole, ResponseKeyRole };

    // What the list is made of. keys and respondents follow the cache's rows; themes and
    // labels may be null/empty (no themes yet).
    struct Source
    {
        std::shared_ptr<const ResponseCache> cache;
        std::shared_ptr<const AnswerThemes> themes;
        QStringList themeLabels; // by theme index
        std::vector<qint64> responseKeys;
        std::vector<QString> respondents;
        // Contact details by cache row, only when the user mapped a contact column at
        // import (ThemeStore::contacts); empty: the project keeps none.
        std::vector<QString> contacts;
        QHash<qint64, FollowUp> followUps;
    };

    explicit FollowUpModel(QObject *parent = nullptr);
    ~FollowUpModel() override;

    void setSource(Source source);
    void setFilter(const Filter &filter);
    void setStatusFilter(std::optional<FollowUp::Status> status);
    FollowUp followUpAt(int row) const;
    // Whether the project keeps contact details (the contact column is shown and exported).
    bool hasContacts() const { return !m_source.contacts.empty(); }
    // Every listed detractor as CSV (UTF-8 with BOM); cells that would start a formula in a
    // spreadsheet (=, +, -, @) are neutralised with a leading apostrophe. The contact column
    // only when the project keeps contact details.
    Status writeCsv(QIODevice *device) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void followUpChanged(const FollowUp &followUp);

private:
    void refilter();
    QString themesOf(quint32 row) const;
    FollowUp followUpOfRow(quint32 cacheRow) const;
    QString cell(int row, int column) const; // for display and CSV

    Source m_source;
    Filter m_filter;
    std::optional<FollowUp::Status> m_status;
    std::vector<quint32> m_rows; // cache rows listed, newest first
    QLocale m_locale;
};
