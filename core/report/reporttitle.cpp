#include "report/reporttitle.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace ReportTitle {

QString readable(const QString &fileStem)
{
    using Re = QRegularExpression;
    QString s = fileStem;
    s.replace(u'+', u' ');
    // Qualtrics appends the export's date and time: "_July 1, 2025_10.25".
    s.remove(Re(QStringLiteral("_[A-Za-z]+ \\d{1,2}, \\d{4}_\\d{1,2}\\.\\d{2}$")));
    // Date stamps at either end: "20180908_post", "export-2025-10-01".
    s.remove(Re(QStringLiteral("^\\d{8}[_ -]+")));
    s.remove(Re(QStringLiteral("[_ -]+\\d{4}-\\d{2}-\\d{2}$")));
    s.remove(Re(QStringLiteral("[_ -]+\\d{8}$")));
    // Separators between words become spaces; "2018-09" keeps its hyphen.
    s.replace(Re(QStringLiteral("_+")), QStringLiteral(" "));
    s.replace(Re(QStringLiteral("(?<=\\D)-+|-+(?=\\D)")), QStringLiteral(" "));
    QStringList words = s.simplified().split(u' ', Qt::SkipEmptyParts);
    static const QSet<QString> noise{QStringLiteral("export"),
                                     QStringLiteral("responses"),
                                     QStringLiteral("results"),
                                     QStringLiteral("data"),
                                     QStringLiteral("clean"),
                                     QStringLiteral("final"),
                                     QStringLiteral("download"),
                                     QStringLiteral("raw"),
                                     QStringLiteral("csv"),
                                     QStringLiteral("antwoorden"),
                                     QStringLiteral("resultaten")};
    while (words.size() > 1 && noise.contains(words.last().toLower()))
        words.removeLast();
    static const QHash<QString, QString> languages{
        {QStringLiteral("english"), QStringLiteral("English")},
        {QStringLiteral("dutch"), QStringLiteral("Dutch")},
        {QStringLiteral("nederlands"), QStringLiteral("Nederlands")},
        {QStringLiteral("german"), QStringLiteral("German")},
        {QStringLiteral("deutsch"), QStringLiteral("Deutsch")},
        {QStringLiteral("french"), QStringLiteral("French")},
        {QStringLiteral("spanish"), QStringLiteral("Spanish")},
    };
    QString language;
    if (words.size() > 1 && languages.contains(words.last().toLower())) {
        language = languages.value(words.last().toLower());
        words.removeLast();
    }
    static const QSet<QString> acronyms{QStringLiteral("nps"),
                                        QStringLiteral("csat"),
                                        QStringLiteral("ces"),
                                        QStringLiteral("kpi")};
    for (QString &w : words) {
        if (acronyms.contains(w))
            w = w.toUpper();
    }
    QString title = words.join(u' ');
    if (title.isEmpty())
        return fileStem;
    if (title == title.toLower())
        title[0] = title.at(0).toUpper();
    if (!language.isEmpty())
        title += QStringLiteral(" (%1)").arg(language);
    return title;
}

QString suggest(const QString &projectPath, const QList<ImportRecord> &imports)
{
    const QString project = QFileInfo(projectPath).completeBaseName();
    static const QSet<QString> generic{QStringLiteral("project"),
                                       QStringLiteral("untitled"),
                                       QStringLiteral("new project"),
                                       QStringLiteral("nps"),
                                       QStringLiteral("naamloos"),
                                       QStringLiteral("nieuw project")};
    if ((project.isEmpty() || generic.contains(project.toLower())) && !imports.isEmpty())
        return readable(QFileInfo(imports.constFirst().fileName).completeBaseName());
    return readable(project);
}

} // namespace ReportTitle
