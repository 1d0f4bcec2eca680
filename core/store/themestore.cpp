#include "store/themestore.h"

#include "logging.h"

#include "store/postgressession.h"
#include "store/surveystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString originKey(Theme::Origin origin)
{
    switch (origin) {
    case Theme::Origin::Suggested:
        return QStringLiteral("suggested");
    case Theme::Origin::Edited:
        return QStringLiteral("edited");
    case Theme::Origin::Analyst:
        break;
    }
    return QStringLiteral("analyst");
}

Theme::Origin originFromKey(const QString &key)
{
    if (key == u"suggested")
        return Theme::Origin::Suggested;
    if (key == u"edited")
        return Theme::Origin::Edited;
    return Theme::Origin::Analyst;
}

QString kindKey(ThemeKeyword::Kind kind)
{
    return kind == ThemeKeyword::Kind::Text ? QStringLiteral("text") : QStringLiteral("words");
}

QVariant optionalDate(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QDate> dateFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

// A QString for a NOT NULL column: an empty one is bound as '' (a null one as NULL).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Status failed(const QSqlQuery &query)
{
    return Status::failure(QCoreApplication::translate("ThemeStore", "Cannot store the themes: %1")
                               .arg(query.lastError().text()));
}

} // namespace

ThemeStore::ThemeStore(SurveyStore &store)
    : m_store(store)
{}

Result<bool> ThemeStore::hasCodebook() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM themes WHERE deleted = 0"))
        || !query.next())
        return Result<bool>::failure(query.lastError().text());
    return query.value(0).toLongLong() > 0;
}

Result<Codebook> ThemeStore::loadCodebook() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT MAX(id) FROM themes")) || !query.next())
        return Result<Codebook>::failure(query.lastError().text());
    const qint64 nextId = query.value(0).toLongLong() + 1;
    QList<Theme> themes;
    QHash<qint64, qsizetype> index;
    if (!query.exec(QStringLiteral("SELECT id, label, origin FROM themes WHERE deleted = 0"
                                   " ORDER BY position, id")))
        return Result<Codebook>::failure(query.lastError().text());
    while (query.next()) {
        Theme t;
        t.id = query.value(0).toLongLong();
        t.label = query.value(1).toString();
        t.origin = originFromKey(query.value(2).toString());
        index.insert(t.id, themes.size());
        themes.append(t);
    }
    if (!query.exec(QStringLiteral("SELECT theme_id, keyword, language, kind FROM theme_keywords"
                                   " ORDER BY theme_id, position")))
        return Result<Codebook>::failure(query.lastError().text());
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toLongLong());
        if (it == index.cend())
            continue; // a deleted theme's keywords
        themes[*it].keywords.append({query.value(1).toString(),
                                     Languages::fromCode(query.value(2).toString()),
                                     query.value(3).toString() == u"text"
                                         ? ThemeKeyword::Kind::Text
                                         : ThemeKeyword::Kind::Words});
    }
    return Codebook(themes, nextId);
}

Status ThemeStore::saveCodebook(const Codebook &codebook)
{
    if (Status s = m_store.beginTransaction(); !s)
        return s;
    QSqlQuery query(m_store.database());
    const QString stamp = now();
    const auto fail = [this](const QSqlQuery &failing) {
        Status s = failed(failing);
        m_store.rollback();
        return s;
    };
    if (!query.exec(QStringLiteral("UPDATE themes SET deleted = 1 WHERE deleted = 0")))
        return fail(query);
    const int stored = query.numRowsAffected(); // the themes it had before
    QSqlQuery upsert(m_store.database());
    upsert.prepare(QStringLiteral(
        "INSERT INTO themes (id, label, origin, position, deleted, updated_at)"
        " VALUES (?, ?, ?, ?, 0, ?)"
        " ON CONFLICT (id) DO UPDATE SET label = excluded.label, origin = excluded.origin,"
        " position = excluded.position, deleted = 0, updated_at = excluded.updated_at"));
    QSqlQuery clear(m_store.database());
    clear.prepare(QStringLiteral("DELETE FROM theme_keywords WHERE theme_id = ?"));
    QSqlQuery keyword(m_store.database());
    keyword.prepare(QStringLiteral("INSERT INTO theme_keywords (theme_id, position, keyword,"
                                   " language, kind) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype p = 0; p < codebook.themes().size(); ++p) {
        const Theme &t = codebook.themes().at(p);
        upsert.addBindValue(t.id);
        upsert.addBindValue(text(t.label));
        upsert.addBindValue(originKey(t.origin));
        upsert.addBindValue(int(p));
        upsert.addBindValue(stamp);
        if (!upsert.exec())
            return fail(upsert);
        clear.addBindValue(t.id);
        if (!clear.exec())
            return fail(clear);
        for (qsizetype k = 0; k < t.keywords.size(); ++k) {
            const ThemeKeyword &kw = t.keywords.at(k);
            keyword.addBindValue(t.id);
            keyword.addBindValue(int(k));
            keyword.addBindValue(text(kw.text));
            keyword.addBindValue(Languages::code(kw.language));
            keyword.addBindValue(kindKey(kw.kind));
            if (!keyword.exec())
                return fail(keyword);
        }
    }
    // Not for an empty one over an empty one: every window keeps writing that while the
    // project has no themes. Emptying it (the last theme deleted) is a change the others see.
    if (!codebook.themes().isEmpty() || stored > 0) {
        if (Status s = PostgresSession::notifyChange(m_store, QStringLiteral("codebook")); !s)
            return s;
    }
    if (Status s = m_store.commit(); !s)
        return s;
    qCDebug(lcStore) << "saved" << codebook.themes().size() << "themes";
    return Done{};
}

Result<QHash<qint64, FollowUp>> ThemeStore::followUps() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT response_key, status, note, updated_at FROM follow_ups")))
        return Result<QHash<qint64, FollowUp>>::failure(query.lastError().text());
    QHash<qint64, FollowUp> all;
    while (query.next()) {
        FollowUp f;
        f.responseKey = query.value(0).toLongLong();
        f.status
            = FollowUp::statusFromKey(query.value(1).toString()).value_or(FollowUp::Status::Open);
        f.note = query.value(2).toString();
        f.updatedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        all.insert(f.responseKey, f);
    }
    return all;
}

Status ThemeStore::setFollowUp(const FollowUp &followUp)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO follow_ups (response_key, status, note, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (response_key) DO UPDATE SET status = excluded.status,"
        " note = excluded.note, updated_at = excluded.updated_at"));
    query.addBindValue(followUp.responseKey);
    query.addBindValue(FollowUp::statusKey(followUp.status));
    query.addBindValue(text(followUp.note));
    query.addBindValue(now());
    if (!query.exec())
        return failed(query);
    // Its own statement: sent once the follow-up is stored (it commits on its own).
    return PostgresSession::notifyChange(m_store, QStringLiteral("follow-up"));
}

Result<QList<ThemeAction>> ThemeStore::actions(std::optional<qint64> themeId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, theme_id, description, owner, due_date, status,"
                                 " done_date, created_at FROM theme_actions")
                  + (themeId ? QStringLiteral(" WHERE theme_id = ?") : QString())
                  + QStringLiteral(" ORDER BY id"));
    if (themeId)
        query.addBindValue(*themeId);
    if (!query.exec())
        return Result<QList<ThemeAction>>::failure(query.lastError().text());
    QList<ThemeAction> list;
    while (query.next()) {
        ThemeAction a;
        a.id = query.value(0).toLongLong();
        a.themeId = query.value(1).toLongLong();
        a.description = query.value(2).toString();
        a.owner = query.value(3).toString();
        a.due = dateFrom(query.value(4));
        a.status = ThemeAction::statusFromKey(query.value(5).toString())
                       .value_or(ThemeAction::Status::Open);
        a.done = dateFrom(query.value(6));
        a.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
        list.append(a);
    }
    return list;
}

Result<qint64> ThemeStore::addAction(const ThemeAction &action)
{
    if (action.description.trimmed().isEmpty())
        return Result<qint64>::failure(
            QCoreApplication::translate("ThemeStore", "Say what the action is."));
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO theme_actions (theme_id, description, owner,"
                                 " due_date, status, done_date, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(action.themeId);
    query.addBindValue(text(action.description.trimmed()));
    query.addBindValue(text(action.owner.trimmed()));
    query.addBindValue(optionalDate(action.due));
    query.addBindValue(ThemeAction::statusKey(action.status));
    query.addBindValue(optionalDate(action.done));
    query.addBindValue(now());
    if (!query.exec())
        return Result<qint64>::failure(failed(query).error());
    return query.lastInsertId().toLongLong();
}

Status ThemeStore::updateAction(const ThemeAction &action)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE theme_actions SET theme_id = ?, description = ?,"
                                 " owner = ?, due_date = ?, status = ?, done_date = ?"
                                 " WHERE id = ?"));
    query.addBindValue(action.themeId);
    query.addBindValue(text(action.description.trimmed()));
    query.addBindValue(text(action.owner.trimmed()));
    query.addBindValue(optionalDate(action.due));
    query.addBindValue(ThemeAction::statusKey(action.status));
    query.addBindValue(optionalDate(action.done));
    query.addBindValue(action.id);
    if (!query.exec())
        return failed(query);
    if (query.numRowsAffected() == 0)
        return Status::failure(
            QCoreApplication::translate("ThemeStore", "There is no action %1.").arg(action.id));
    return Done{};
}

Status ThemeStore::removeAction(qint64 id)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM theme_actions WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    return Done{};
}

Result<std::vector<qint64>> ThemeStore::responseKeys() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT response_key FROM responses ORDER BY id")))
        return Result<std::vector<qint64>>::failure(query.lastError().text());
    std::vector<qint64> keys;
    while (query.next())
        keys.push_back(query.value(0).toLongLong());
    return keys;
}

Result<std::vector<QString>> ThemeStore::respondents() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT respondent FROM responses ORDER BY id")))
        return Result<std::vector<QString>>::failure(query.lastError().text());
    std::vector<QString> respondents;
    while (query.next())
        respondents.push_back(query.value(0).toString());
    return respondents;
}

Result<std::vector<QString>> ThemeStore::contacts() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM questions WHERE kind = 'contact'"))
        || !query.next())
        return Result<std::vector<QString>>::failure(query.lastError().text());
    if (query.value(0).toLongLong() == 0)
        return std::vector<QString>{};
    std::vector<qint64> ids;
    if (!query.exec(QStringLiteral("SELECT id FROM responses ORDER BY id")))
        return Result<std::vector<QString>>::failure(query.lastError().text());
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    std::vector<QString> contacts(ids.size());
    if (!query.exec(QStringLiteral("SELECT a.response_id, a.text FROM answers a"
                                   " JOIN questions q ON q.id = a.question_id"
                                   " WHERE q.kind = 'contact' ORDER BY a.response_id, q.id")))
        return Result<std::vector<QString>>::failure(query.lastError().text());
    size_t row = 0;
    while (query.next()) {
        const qint64 response = query.value(0).toLongLong();
        while (row < ids.size() && ids[row] < response)
            ++row;
        if (row == ids.size())
            break;
        if (ids[row] != response)
            continue;
        QString &c = contacts[row];
        c += (c.isEmpty() ? QString() : QStringLiteral(", ")) + query.value(1).toString();
    }
    return contacts;
}

QString ThemeStore::openQuestion(const SurveyStore &store)
{
    // The newest import that names it.
    QString question;
    const QList<ImportRecord> imports = store.imports();
    for (const ImportRecord &record : imports) {
        const QJsonObject mapping = QJsonDocument::fromJson(record.mapping.toUtf8()).object();
        const QString named = mapping.value(QStringLiteral("answer")).toString();
        if (!named.isEmpty())
            question = named;
    }
    return question;
}
