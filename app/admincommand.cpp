#include "admincommand.h"

#include "commandline.h"
#include "store/databaseurl.h"
#include "store/surveystore.h"
#include "store/teamroles.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using CommandLine::out;

int runAdminCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AdminCommand",
        "Set up a team project on PostgreSQL: its schema, and the roles PROJECT_viewer (reads) "
        "and PROJECT_editor (imports, removes imports, edits themes and follow-ups)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("admin"),
                                 QCoreApplication::translate("AdminCommand", "The admin command."));
    parser.addPositionalArgument(
        QStringLiteral("init"),
        QCoreApplication::translate("AdminCommand", "Create the project and its roles."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("AdminCommand",
                                    "The team project: postgresql://OWNER@HOST:PORT/DATABASE"
                                    "[?project=NAME&sslmode=require]."),
        QStringLiteral("URL"));
    const QCommandLineOption viewer(
        QStringLiteral("viewer"),
        QCoreApplication::translate("AdminCommand", "A login role that may read the project."),
        QStringLiteral("ROLE"));
    const QCommandLineOption editor(
        QStringLiteral("editor"),
        QCoreApplication::translate("AdminCommand", "A login role that may also change it."),
        QStringLiteral("ROLE"));
    parser.addOptions({db, viewer, editor});
    if (!parser.parse(arguments))
        return CommandLine::usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(1) != u"init")
        return CommandLine::usageError(QCoreApplication::translate(
            "AdminCommand", "admin: the one action is “init”: npsstudio admin init --db URL."));
    const QString address = parser.value(db);
    if (!DatabaseUrl::isDatabaseUrl(address))
        return CommandLine::usageError(QCoreApplication::translate(
            "AdminCommand",
            "admin init: --db takes a team project on PostgreSQL "
            "(postgresql://OWNER@HOST:5432/DATABASE?project=NAME); a project file needs no "
            "set-up."));
    SurveyStore store;
    if (Status s = store.open(address); !s)
        return CommandLine::usageError(s.error());
    const Result<TeamRoles::Setup> setup
        = TeamRoles::init(store, parser.values(viewer), parser.values(editor));
    if (!setup)
        return CommandLine::usageError(setup.error());
    out() << QCoreApplication::translate("AdminCommand",
                                         "The team project %1 is ready (schema version %2).\n"
                                         "Readers: GRANT %3 TO someone;   editors: GRANT %4 TO "
                                         "someone;\n"
                                         "then each opens it with --db %1\n")
                 .arg(store.path())
                 .arg(store.schemaVersion())
                 .arg(setup->viewer, setup->editor);
    for (const QString &role : parser.values(viewer))
        out()
            << QCoreApplication::translate("AdminCommand", "%1 may read the project.\n").arg(role);
    for (const QString &role : parser.values(editor))
        out() << QCoreApplication::translate("AdminCommand", "%1 may change the project.\n")
                     .arg(role);
    return 0;
}
