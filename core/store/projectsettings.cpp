#include "store/projectsettings.h"

#include "logging.h"
#include "store/surveystore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QJsonObject toJson(const ProjectTargets &t)
{
    QJsonObject o;
    if (t.target)
        o.insert(QStringLiteral("target"), *t.target);
    QJsonArray segments;
    for (const SegmentTarget &s : t.segmentTargets)
        segments.append(QJsonObject{{QStringLiteral("dimension"), s.dimension},
                                    {QStringLiteral("value"), s.value},
                                    {QStringLiteral("target"), s.nps}});
    o.insert(QStringLiteral("segments"), segments);
    o.insert(QStringLiteral("bands"),
             QJsonObject{{QStringLiteral("limits"),
                          QJsonArray{t.bands.limits[0], t.bands.limits[1], t.bands.limits[2]}},
                         {QStringLiteral("source"), t.bands.source}});
    QJsonArray benchmarks;
    for (const NpsBenchmark &b : t.benchmarks)
        benchmarks.append(QJsonObject{{QStringLiteral("name"), b.name},
                                      {QStringLiteral("nps"), b.nps},
                                      {QStringLiteral("source"), b.source}});
    o.insert(QStringLiteral("benchmarks"), benchmarks);
    return o;
}

ProjectTargets fromJson(const QJsonObject &o)
{
    ProjectTargets t;
    if (o.value(QStringLiteral("target")).isDouble())
        t.target = o.value(QStringLiteral("target")).toDouble();
    const QJsonArray segments = o.value(QStringLiteral("segments")).toArray();
    for (const auto &v : segments) {
        const QJsonObject s = v.toObject();
        t.segmentTargets.append({s.value(QStringLiteral("dimension")).toString(),
                                 s.value(QStringLiteral("value")).toString(),
                                 s.value(QStringLiteral("target")).toDouble()});
    }
    const QJsonObject bands = o.value(QStringLiteral("bands")).toObject();
    const QJsonArray limits = bands.value(QStringLiteral("limits")).toArray();
    if (limits.size() == 3) {
        std::array<double, 3> l{
            limits.at(0).toDouble(), limits.at(1).toDouble(), limits.at(2).toDouble()};
        if (l[0] < l[1] && l[1] < l[2]) // bands out of order would be meaningless: keep defaults
            t.bands.limits = l;
    }
    t.bands.source = bands.value(QStringLiteral("source")).toString();
    const QJsonArray benchmarks = o.value(QStringLiteral("benchmarks")).toArray();
    for (const auto &v : benchmarks) {
        const QJsonObject b = v.toObject();
        t.benchmarks.append({b.value(QStringLiteral("name")).toString(),
                             b.value(QStringLiteral("nps")).toDouble(),
                             b.value(QStringLiteral("source")).toString()});
    }
    return t;
}

} // namespace

ProjectSettings::ProjectSettings(const SurveyStore &store)
    : m_store(store)
{}

Result<QString> ProjectSettings::value(const QString &name) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT value FROM project_settings WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Result<QString>::failure(query.lastError().text());
    return query.next() ? query.value(0).toString() : QString();
}

Status ProjectSettings::setValue(const QString &name, const QString &value)
{
    // An upsert both SQLite (3.24+) and PostgreSQL (9.5+) understand.
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO project_settings (name, value) VALUES (?, ?)"
                                 " ON CONFLICT (name) DO UPDATE SET value = excluded.value"));
    query.addBindValue(name);
    query.addBindValue(value);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    qCDebug(lcStore) << "setting" << name << "stored";
    return Done{};
}

Status ProjectSettings::remove(const QString &name)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM project_settings WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return Done{};
}

QString ProjectSettings::reportTitle() const
{
    const Result<QString> title = value(QString::fromLatin1(ReportTitleKey));
    return title ? title.value() : QString();
}

Status ProjectSettings::setReportTitle(const QString &title)
{
    if (title.trimmed().isEmpty())
        return remove(QString::fromLatin1(ReportTitleKey));
    return setValue(QString::fromLatin1(ReportTitleKey), title.trimmed());
}

ProjectTargets ProjectSettings::targets() const
{
    const Result<QString> text = value(QString::fromLatin1(TargetsKey));
    if (!text || text->isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8());
    if (!document.isObject()) {
        qCWarning(lcStore) << "the stored targets are not JSON; the defaults apply";
        return {};
    }
    return fromJson(document.object());
}

Status ProjectSettings::setTargets(const ProjectTargets &targets)
{
    if (targets.isEmpty())
        return remove(QString::fromLatin1(TargetsKey));
    return setValue(
        QString::fromLatin1(TargetsKey),
        QString::fromUtf8(QJsonDocument(toJson(targets)).toJson(QJsonDocument::Compact)));
}
