#include "import/surveyidentity.h"

#include "import/vocabulary.h"

#include <QHash>
#include <QSet>

QString SurveyIdentity::key(QStringView header)
{
    return Vocabulary::normalise(header);
}

QString SurveyIdentity::compact(QStringView key)
{
    QString out;
    out.reserve(key.size());
    for (QChar c : key)
        if (c != u' ')
            out += c;
    return out;
}

namespace {

QSet<QString> compacted(const QStringList &keys)
{
    QSet<QString> set;
    for (const QString &k : keys)
        set.insert(SurveyIdentity::compact(k));
    return set;
}

} // namespace

QStringList SurveyIdentity::canonical(const QStringList &mine, const QStringList &known)
{
    QHash<QString, QString> byCompact;
    for (const QString &k : known)
        byCompact.insert(compact(k), k); // the last spelling stored wins; they are one question
    QStringList out;
    out.reserve(mine.size());
    for (const QString &k : mine)
        out << byCompact.value(compact(k), k);
    return out;
}

QStringList SurveyIdentity::columnKeys(const SurveyLayout &layout)
{
    QStringList keys;
    for (int c = 0; c < layout.columnNames.size(); ++c)
        keys << key(layout.columnIds.value(c, layout.columnNames.at(c)));
    return keys;
}

SurveyIdentity::Match SurveyIdentity::match(const QString &scoreKey,
                                            const QStringList &columnKeys,
                                            const QList<SurveyCatalog::Survey> &surveys)
{
    const QSet<QString> mine = compacted(columnKeys);
    const QString score = compact(scoreKey);
    Match best;
    double bestShare = 0;
    for (const SurveyCatalog::Survey &s : surveys) {
        if (compact(s.scoreQuestion) != score)
            continue;
        const QSet<QString> theirs = compacted(s.columns);
        const int shared = int(QSet<QString>(mine).intersect(theirs).size());
        const qsizetype smaller = std::min(mine.size(), theirs.size());
        const double share = smaller > 0 ? double(shared) / double(smaller) : 0;
        if (share >= MinShared && share > bestShare) {
            bestShare = share;
            best = {s.id, shared};
        }
    }
    return best;
}

Result<SurveyIdentity::Comparison>
SurveyIdentity::compare(SurveyStore &store, const SurveyLayout &layout, int scoreColumn)
{
    SurveyCatalog catalog(store);
    Comparison c;
    const Result<qint64> imports = catalog.importCount();
    if (!imports)
        return Result<Comparison>::failure(imports.error());
    c.projectEmpty = imports.value() == 0;
    const QStringList keys = columnKeys(layout);
    const QSet<QString> mine = compacted(keys);
    c.columns = int(mine.size());
    if (c.projectEmpty)
        return c;
    const Result<QList<SurveyCatalog::Survey>> surveys = catalog.surveys();
    if (!surveys)
        return Result<Comparison>::failure(surveys.error());
    QSet<QString> known;
    for (const SurveyCatalog::Survey &s : surveys.value())
        known.unite(compacted(s.columns));
    const Result<QStringList> legacy = catalog.legacyHeaders();
    if (!legacy)
        return Result<Comparison>::failure(legacy.error());
    QSet<QString> legacyKeys;
    for (const QString &header : legacy.value())
        legacyKeys.insert(compact(key(header)));
    // Version 1 imports kept the names, not the ids: compare names too.
    for (int col = 0; col < layout.columnNames.size(); ++col)
        if (legacyKeys.contains(compact(key(layout.columnNames.at(col)))))
            known.insert(compact(keys.at(col)));
    known.unite(legacyKeys);
    c.shared = int(QSet<QString>(mine).intersect(known).size());
    if (scoreColumn >= 0) {
        const QString scoreKey = keys.value(scoreColumn);
        c.sameSurvey = match(scoreKey, keys, surveys.value()).surveyId > 0
                       || (legacyKeys.contains(compact(key(layout.columnNames.value(scoreColumn))))
                           && c.shared >= MinShared * std::min(c.columns, int(legacyKeys.size())));
    }
    return c;
}
