#include "store/surveycatalog.h"

#include "store/surveystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QChar Separator(0x1f);

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return Done{};
}

} // namespace

SurveyCatalog::SurveyCatalog(SurveyStore &store)
    : m_store(store)
{}

Result<QList<SurveyCatalog::Survey>> SurveyCatalog::surveys() const
{
    QList<Survey> list;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, score_question, columns FROM surveys ORDER BY id")))
        return Result<QList<Survey>>::failure(query.lastError().text());
    while (query.next())
        list.append({query.value(0).toLongLong(),
                     query.value(1).toString(),
                     query.value(2).toString().split(Separator, Qt::SkipEmptyParts)});
    return list;
}

Result<qint64> SurveyCatalog::addSurvey(const QString &scoreQuestion, const QStringList &columns)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO surveys (score_question, columns) VALUES (?, ?)"));
    query.addBindValue(scoreQuestion);
    query.addBindValue(columns.join(Separator));
    if (Status s = exec(query); !s)
        return Result<qint64>::failure(s.error());
    return query.lastInsertId().toLongLong();
}

Status SurveyCatalog::setSurveyColumns(qint64 surveyId, const QStringList &columns)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE surveys SET columns = ? WHERE id = ?"));
    query.addBindValue(columns.join(Separator));
    query.addBindValue(surveyId);
    return exec(query);
}

Result<QStringList> SurveyCatalog::legacyHeaders() const
{
    QStringList headers;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT mapping FROM imports WHERE survey_id IS NULL")))
        return Result<QStringList>::failure(query.lastError().text());
    while (query.next()) {
        const QJsonObject mapping
            = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        for (const QJsonValue value : mapping) {
            if (value.isString())
                headers << value.toString();
            for (const QJsonValue v : value.toArray())
                headers << v.toString();
        }
    }
    if (!query.exec(QStringLiteral("SELECT name FROM dimensions")))
        return Result<QStringList>::failure(query.lastError().text());
    while (query.next())
        headers << query.value(0).toString();
    headers.removeDuplicates();
    return headers;
}

Result<bool> SurveyCatalog::hasLegacyKeys() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM imports WHERE key_version = 1"))
        || !query.next())
        return Result<bool>::failure(query.lastError().text());
    return query.value(0).toLongLong() > 0;
}

Result<qint64> SurveyCatalog::importCount() const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM imports")) || !query.next())
        return Result<qint64>::failure(query.lastError().text());
    return query.value(0).toLongLong();
}

Result<qint64> SurveyCatalog::questionId(const QString &text, const QString &kind)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, kind FROM questions WHERE text = ?"));
    query.addBindValue(text);
    if (query.exec() && query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (query.value(1).toString() == kind)
            return id;
        // The user's latest choice for this column: contact details or an open question.
        query.prepare(QStringLiteral("UPDATE questions SET kind = ? WHERE id = ?"));
        query.addBindValue(kind);
        query.addBindValue(id);
        if (Status s = exec(query); !s)
            return Result<qint64>::failure(s.error());
        return id;
    }
    query.prepare(QStringLiteral("INSERT INTO questions (text, kind) VALUES (?, ?)"));
    query.addBindValue(text);
    query.addBindValue(kind);
    if (Status s = exec(query); !s)
        return Result<qint64>::failure(s.error());
    return query.lastInsertId().toLongLong();
}

Status SurveyCatalog::describeImport(qint64 importId,
                                     qint64 surveyId,
                                     qint64 primaryQuestionId,
                                     int scaleMin)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE imports SET survey_id = ?, primary_question_id = ?,"
                                 " scale_min = ?, key_version = 2 WHERE id = ?"));
    query.addBindValue(surveyId);
    query.addBindValue(primaryQuestionId > 0 ? QVariant(primaryQuestionId)
                                             : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(scaleMin);
    query.addBindValue(importId);
    return exec(query);
}

Status SurveyCatalog::setDimensionTraits(qint64 dimensionId,
                                         const QString &kind,
                                         const QString &label,
                                         double relevance,
                                         bool shownByDefault)
{
    QSqlQuery query(m_store.database());
    // A dimension that was multi-select stays so: its responses may hold several values.
    query.prepare(QStringLiteral("UPDATE dimensions SET"
                                 " kind = CASE WHEN kind = 'multi' THEN kind ELSE ? END,"
                                 " label = ?, relevance = ?, shown_by_default = ? WHERE id = ?"));
    query.addBindValue(kind);
    query.addBindValue(label.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(label));
    query.addBindValue(relevance);
    query.addBindValue(shownByDefault ? 1 : 0);
    query.addBindValue(dimensionId);
    return exec(query);
}
