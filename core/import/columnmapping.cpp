#include "import/columnmapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

QString SegmentTraits::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Single:
        return QStringLiteral("single");
    case Kind::Multi:
        return QStringLiteral("multi");
    case Kind::Numeric:
        return QStringLiteral("numeric");
    }
    return {};
}

ColumnRole ColumnMapping::roleOf(int column) const
{
    if (column == score)
        return ColumnRole::Score;
    if (column == answeredAt)
        return ColumnRole::AnsweredAt;
    if (column == respondentId)
        return ColumnRole::RespondentId;
    // Both lists stay sorted: a wide export has thousands of segments.
    if (column == openAnswer
        || std::binary_search(openQuestions.cbegin(), openQuestions.cend(), column))
        return ColumnRole::OpenAnswer;
    if (column == csat)
        return ColumnRole::Csat;
    if (column == ces)
        return ColumnRole::Ces;
    if (column == npsGroup)
        return ColumnRole::NpsGroup;
    if (std::binary_search(segments.cbegin(), segments.cend(), column))
        return ColumnRole::Segment;
    if (contacts.contains(column))
        return ColumnRole::Contact;
    return ColumnRole::Ignore;
}

void ColumnMapping::assign(ColumnRole role, int column)
{
    // A column has one role: take it away from wherever it was.
    for (int *single : {&score, &answeredAt, &respondentId, &csat, &ces, &npsGroup}) {
        if (*single == column)
            *single = -1;
    }
    openQuestions.removeAll(column);
    if (openAnswer == column)
        openAnswer = openQuestions.isEmpty() ? -1 : openQuestions.first();
    segments.removeAll(column);
    contacts.removeAll(column);
    leftOut.remove(column);
    switch (role) {
    case ColumnRole::Ignore:
        leftOut.insert(column, QCoreApplication::translate("ColumnMapping", "ignored by the user"));
        break;
    case ColumnRole::Score:
        score = column;
        break;
    case ColumnRole::AnsweredAt:
        answeredAt = column;
        break;
    case ColumnRole::RespondentId:
        respondentId = column;
        break;
    case ColumnRole::OpenAnswer:
        openQuestions.append(column);
        std::sort(openQuestions.begin(), openQuestions.end());
        if (openAnswer < 0)
            openAnswer = column;
        break;
    case ColumnRole::Csat:
        csat = column;
        break;
    case ColumnRole::Ces:
        ces = column;
        break;
    case ColumnRole::NpsGroup:
        npsGroup = column;
        break;
    case ColumnRole::Segment:
        segments.append(column);
        std::sort(segments.begin(), segments.end());
        break;
    case ColumnRole::Contact:
        contacts.append(column);
        std::sort(contacts.begin(), contacts.end());
        break;
    }
}

void ColumnMapping::setPrimaryAnswer(int column)
{
    if (!openQuestions.contains(column))
        assign(ColumnRole::OpenAnswer, column);
    openAnswer = column;
}

QString ColumnMapping::roleKey(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return QStringLiteral("ignore");
    case ColumnRole::Score:
        return QStringLiteral("score");
    case ColumnRole::AnsweredAt:
        return QStringLiteral("date");
    case ColumnRole::RespondentId:
        return QStringLiteral("id");
    case ColumnRole::OpenAnswer:
        return QStringLiteral("open");
    case ColumnRole::Segment:
        return QStringLiteral("segment");
    case ColumnRole::Csat:
        return QStringLiteral("csat");
    case ColumnRole::Ces:
        return QStringLiteral("ces");
    case ColumnRole::NpsGroup:
        return QStringLiteral("group");
    case ColumnRole::Contact:
        return QStringLiteral("contact");
    }
    return {};
}

std::optional<ColumnRole> ColumnMapping::roleFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    static const QMap<QString, ColumnRole> roles = {
        {QStringLiteral("score"), ColumnRole::Score},
        {QStringLiteral("nps"), ColumnRole::Score},
        {QStringLiteral("date"), ColumnRole::AnsweredAt},
        {QStringLiteral("answered_at"), ColumnRole::AnsweredAt},
        {QStringLiteral("id"), ColumnRole::RespondentId},
        {QStringLiteral("respondent"), ColumnRole::RespondentId},
        {QStringLiteral("answer"), ColumnRole::OpenAnswer},
        {QStringLiteral("comment"), ColumnRole::OpenAnswer},
        {QStringLiteral("open_answer"), ColumnRole::OpenAnswer},
        {QStringLiteral("open"), ColumnRole::OpenAnswer},
        {QStringLiteral("question"), ColumnRole::OpenAnswer},
        {QStringLiteral("segment"), ColumnRole::Segment},
        {QStringLiteral("csat"), ColumnRole::Csat},
        {QStringLiteral("ces"), ColumnRole::Ces},
        {QStringLiteral("group"), ColumnRole::NpsGroup},
        {QStringLiteral("nps_group"), ColumnRole::NpsGroup},
        {QStringLiteral("ignore"), ColumnRole::Ignore},
        {QStringLiteral("contact"), ColumnRole::Contact},
    };
    const auto it = roles.constFind(k);
    if (it == roles.cend())
        return std::nullopt;
    return *it;
}

bool ColumnMapping::isPrimaryAnswerKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    return k == u"answer" || k == u"comment" || k == u"open_answer";
}

QString ColumnMapping::toJson(const QStringList &names) const
{
    auto name = [&names](int column) {
        return column >= 0 && column < names.size() ? QJsonValue(names.at(column)) : QJsonValue();
    };
    QJsonObject object;
    object.insert(QStringLiteral("score"), name(score));
    object.insert(QStringLiteral("date"), name(answeredAt));
    object.insert(QStringLiteral("id"), name(respondentId));
    object.insert(QStringLiteral("answer"), name(openAnswer));
    QJsonArray open;
    for (int column : openQuestions)
        open.append(name(column));
    object.insert(QStringLiteral("open_questions"), open);
    object.insert(QStringLiteral("csat"), name(csat));
    object.insert(QStringLiteral("ces"), name(ces));
    object.insert(QStringLiteral("group"), name(npsGroup));
    QJsonArray segmentNames;
    for (int column : segments)
        segmentNames.append(name(column));
    object.insert(QStringLiteral("segments"), segmentNames);
    if (!contacts.isEmpty()) {
        QJsonArray contactNames;
        for (int column : contacts)
            contactNames.append(name(column));
        object.insert(QStringLiteral("contacts"), contactNames);
    }
    if (scaleMin != 0)
        object.insert(QStringLiteral("scale"), QStringLiteral("%1-10").arg(scaleMin));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
