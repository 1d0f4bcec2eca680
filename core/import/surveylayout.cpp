#include "import/surveylayout.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

bool startsWithImportId(const QStringList &record)
{
    return !record.isEmpty() && record.first().trimmed().startsWith(u"{\"ImportId\"");
}

QString cleanHeader(QString text)
{
    text.replace(QChar(0x00A0), u' ');
    text.replace(u'\n', u' ');
    return text.simplified();
}

// Qualtrics: short ids in the first row, question text (the name users know) in the second.
void idsOverTexts(const QStringList &ids, const QStringList &texts, SurveyLayout &layout)
{
    for (qsizetype c = 0; c < ids.size(); ++c) {
        const QString id = cleanHeader(ids.at(c));
        const QString text = c < texts.size() ? cleanHeader(texts.at(c)) : QString();
        layout.columnIds.append(id);
        layout.columnNames.append(text.isEmpty() ? id : text);
    }
}

} // namespace

QString SurveyLayout::toolKey(Tool tool)
{
    switch (tool) {
    case Tool::Generic:
        return QStringLiteral("generic");
    case Tool::SurveyMonkey:
        return QStringLiteral("surveymonkey");
    case Tool::Qualtrics:
        return QStringLiteral("qualtrics");
    case Tool::QualtricsLegacy:
        return QStringLiteral("qualtrics-legacy");
    case Tool::Typeform:
        return QStringLiteral("typeform");
    case Tool::GoogleForms:
        return QStringLiteral("google-forms");
    case Tool::MicrosoftForms:
        return QStringLiteral("microsoft-forms");
    case Tool::LimeSurvey:
        return QStringLiteral("limesurvey");
    case Tool::FlatExport:
        return QStringLiteral("flat-export");
    }
    return {};
}

QString SurveyLayout::toolName() const
{
    switch (tool) {
    case Tool::Generic:
        return QCoreApplication::translate("SurveyLayout", "Generic (one header row)");
    case Tool::SurveyMonkey:
        return QCoreApplication::translate("SurveyLayout", "SurveyMonkey (two header rows)");
    case Tool::Qualtrics:
        return QCoreApplication::translate("SurveyLayout", "Qualtrics (three header rows)");
    case Tool::QualtricsLegacy:
        return QCoreApplication::translate("SurveyLayout", "Qualtrics legacy (two header rows)");
    case Tool::Typeform:
        return QCoreApplication::translate("SurveyLayout", "Typeform");
    case Tool::GoogleForms:
        return QCoreApplication::translate("SurveyLayout", "Google Forms");
    case Tool::MicrosoftForms:
        return QCoreApplication::translate("SurveyLayout", "Microsoft Forms");
    case Tool::LimeSurvey:
        return QCoreApplication::translate("SurveyLayout", "LimeSurvey");
    case Tool::FlatExport:
        return QCoreApplication::translate("SurveyLayout",
                                           "Delighted / Medallia-style flat export");
    }
    return {};
}

QString SurveyLayout::quotedName(int column) const
{
    return QStringLiteral("“%1”").arg(columnNames.value(column));
}

std::pair<QString, QString> SurveyLayout::questionAndOption(int column) const
{
    if (column < options.size() && !options.at(column).isEmpty())
        return {questions.value(column), options.at(column)};
    const QString name = columnNames.value(column);
    if (name.endsWith(u']')) {
        const qsizetype open = name.lastIndexOf(u'[');
        if (open > 0)
            return {name.left(open).trimmed(), name.mid(open + 1).chopped(1).trimmed()};
    }
    const qsizetype dash = name.lastIndexOf(QStringLiteral(" - "));
    if (dash > 0)
        return {name.left(dash).trimmed(), name.mid(dash + 3).trimmed()};
    return {};
}

SurveyLayout SurveyLayout::recognise(const QList<QStringList> &records)
{
    SurveyLayout layout;
    if (records.isEmpty())
        return layout;
    const QStringList &first = records.first();
    auto has = [&first](QStringView name) {
        return std::any_of(first.begin(), first.end(), [name](const QString &cell) {
            return cleanHeader(cell).compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    const qsizetype width = first.size();

    if (records.size() >= 3 && startsWithImportId(records.at(2))) {
        // Qualtrics: ids, question text (localised), ImportId JSON.
        layout.tool = Tool::Qualtrics;
        layout.headerRows = 3;
        idsOverTexts(first, records.at(1), layout);
        return layout;
    }
    if (has(u"Respondent ID") && has(u"Collector ID") && records.size() >= 2) {
        // SurveyMonkey: question text spans its columns in row 1, row 2 labels each column.
        layout.tool = Tool::SurveyMonkey;
        layout.headerRows = 2;
        QString question;
        for (qsizetype c = 0; c < width; ++c) {
            const QString top = cleanHeader(first.at(c));
            const QString sub
                = c < records.at(1).size() ? cleanHeader(records.at(1).at(c)) : QString();
            if (!top.isEmpty())
                question = top;
            QString name = question;
            layout.questions.append(question);
            const bool plainAnswer
                = sub.isEmpty() || sub.compare(u"Response", Qt::CaseInsensitive) == 0
                  || sub.compare(u"Open-Ended Response", Qt::CaseInsensitive) == 0;
            if (!plainAnswer)
                name = top.isEmpty() ? question + QStringLiteral(" - ") + sub
                                     : top + QStringLiteral(" - ") + sub;
            layout.options.append(plainAnswer ? QString() : sub);
            layout.columnNames.append(name);
        }
        layout.columnIds = layout.columnNames;
        return layout;
    }
    if (records.size() >= 2 && width >= 3 && cleanHeader(first.at(0)) == u"V1"
        && cleanHeader(first.at(1)) == u"V2") {
        layout.tool = Tool::QualtricsLegacy;
        layout.headerRows = 2;
        idsOverTexts(first, records.at(1), layout);
        return layout;
    }

    for (const QString &cell : first)
        layout.columnNames.append(cleanHeader(cell));
    layout.columnIds = layout.columnNames;
    if (width > 0 && layout.columnNames.first() == u"#"
        && (has(u"Submit Date (UTC)") || has(u"Network ID")))
        layout.tool = Tool::Typeform;
    else if (width > 0
             && layout.columnNames.first().compare(u"Timestamp", Qt::CaseInsensitive) == 0)
        layout.tool = Tool::GoogleForms;
    else if (has(u"ID") && has(u"Start time") && has(u"Completion time"))
        layout.tool = Tool::MicrosoftForms;
    else if (width > 1 && layout.columnNames.at(0) == u"id"
             && layout.columnNames.at(1) == u"submitdate")
        layout.tool = Tool::LimeSurvey;
    else if ((has(u"score") || has(u"star_rating"))
             && (has(u"created_at") || has(u"response_received_at")))
        layout.tool = Tool::FlatExport;
    return layout;
}
