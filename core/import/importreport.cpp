#include "import/importreport.h"

#include <QJsonArray>

int ImportReport::exitCode() const
{
    if (!ok())
        return 2;
    if (skipped > 0)
        return imported > 0 || duplicates > 0 ? 1 : 2;
    return 0;
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject detected;
    detected.insert(QStringLiteral("layout"), SurveyLayout::toolKey(layout.tool));
    detected.insert(QStringLiteral("layout_name"), layout.toolName());
    detected.insert(QStringLiteral("header_rows"), layout.headerRows);
    detected.insert(QStringLiteral("delimiter"), dialect.delimiterName());
    detected.insert(QStringLiteral("delimiter_reason"), delimiterReason);
    detected.insert(QStringLiteral("encoding"), QString::fromLatin1(dialect.encoding));
    detected.insert(QStringLiteral("encoding_reason"), encodingReason);
    detected.insert(QStringLiteral("date_format"), dateFormat);
    if (!sheet.isEmpty())
        detected.insert(QStringLiteral("sheet"), sheet);

    QJsonObject columns;
    auto name = [this](int c) {
        return c >= 0 && c < layout.columnNames.size() ? QJsonValue(layout.columnNames.at(c))
                                                       : QJsonValue();
    };
    columns.insert(QStringLiteral("score"), name(mapping.score));
    columns.insert(QStringLiteral("date"), name(mapping.answeredAt));
    columns.insert(QStringLiteral("id"), name(mapping.respondentId));
    columns.insert(QStringLiteral("answer"), name(mapping.openAnswer));
    QJsonArray open;
    for (int c : mapping.openQuestions)
        open.append(name(c));
    columns.insert(QStringLiteral("open_questions"), open);
    columns.insert(QStringLiteral("group"), name(mapping.npsGroup));
    columns.insert(QStringLiteral("scale"),
                   mapping.scaleMin == 1 ? QStringLiteral("1-10") : QStringLiteral("0-10"));
    columns.insert(QStringLiteral("csat"), name(mapping.csat));
    columns.insert(QStringLiteral("ces"), name(mapping.ces));
    QJsonArray segments;
    QJsonArray dimensions;
    for (int c : mapping.segments) {
        segments.append(name(c));
        const SegmentTraits t = mapping.traitsOf(c);
        QJsonObject d{{QStringLiteral("column"), name(c)},
                      {QStringLiteral("kind"), SegmentTraits::kindKey(t.kind)},
                      {QStringLiteral("shown_by_default"), t.shownByDefault},
                      {QStringLiteral("relevance"), t.relevance}};
        if (!t.question.isEmpty()) {
            d.insert(QStringLiteral("question"), t.question);
            d.insert(QStringLiteral("option"), t.option);
        }
        if (!t.label.isEmpty())
            d.insert(QStringLiteral("label"), t.label);
        if (!t.why.isEmpty())
            d.insert(QStringLiteral("hidden_because"), t.why);
        dimensions.append(d);
    }
    columns.insert(QStringLiteral("segments"), segments);
    columns.insert(QStringLiteral("dimensions"), dimensions);
    QJsonArray leftOut;
    for (auto it = mapping.leftOut.cbegin(); it != mapping.leftOut.cend(); ++it)
        leftOut.append(QJsonObject{{QStringLiteral("column"), name(it.key())},
                                   {QStringLiteral("reason"), it.value()}});
    columns.insert(QStringLiteral("left_out"), leftOut);

    auto issuesJson = [](const QList<RowIssue> &list) {
        QJsonArray array;
        for (const RowIssue &issue : list)
            array.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                     {QStringLiteral("column"), issue.column},
                                     {QStringLiteral("reason"), issue.reason},
                                     {QStringLiteral("raw"), issue.rawText}});
        return array;
    };

    QJsonObject object;
    object.insert(QStringLiteral("file"), filePath);
    object.insert(QStringLiteral("ok"), ok());
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    if (cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    object.insert(QStringLiteral("detected"), detected);
    object.insert(QStringLiteral("columns"), columns);
    object.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    object.insert(QStringLiteral("rows_read"), rowsRead);
    object.insert(QStringLiteral("imported"), imported);
    object.insert(QStringLiteral("skipped"), skipped);
    object.insert(QStringLiteral("duplicates"), duplicates);
    object.insert(QStringLiteral("excluded"), excluded);
    QJsonObject because;
    for (auto it = excludedBecause.cbegin(); it != excludedBecause.cend(); ++it)
        because.insert(it.key(), it.value());
    object.insert(QStringLiteral("excluded_because"), because);
    object.insert(QStringLiteral("without_score"), withoutScore);
    QJsonObject missing;
    for (auto it = withoutScoreBecause.cbegin(); it != withoutScoreBecause.cend(); ++it)
        missing.insert(it.key().isEmpty() ? QStringLiteral("(empty)") : it.key(), it.value());
    object.insert(QStringLiteral("without_score_because"), missing);
    object.insert(QStringLiteral("duplicates_in_file"), duplicatesInFile);
    object.insert(QStringLiteral("group_disagreements"), groupDisagreements);
    if (!scoreCandidates.isEmpty()) {
        QJsonArray candidates;
        for (int c : scoreCandidates)
            candidates.append(name(c));
        object.insert(QStringLiteral("score_candidates"), candidates);
    }
    object.insert(QStringLiteral("issues"), issuesJson(issues));
    object.insert(QStringLiteral("warnings"), issuesJson(warnings));
    return object;
}
