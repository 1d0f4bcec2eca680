#include "jsonfigures.h"

#include "metrics/npsfigures.h"

#include <QJsonArray>

QJsonValue JsonFigures::number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject JsonFigures::figures(const NpsFigures &f)
{
    const auto ci = f.interval();
    return {{QStringLiteral("n"), f.n()},
            {QStringLiteral("promoters"), f.promoters},
            {QStringLiteral("passives"), f.passives},
            {QStringLiteral("detractors"), f.detractors},
            {QStringLiteral("nps"), number(f.nps())},
            {QStringLiteral("ci"),
             ci ? QJsonValue(QJsonArray{ci->low, ci->high}) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("se"), number(f.standardError())}};
}
