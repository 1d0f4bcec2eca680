#include "copycommand.h"

#include "commandline.h"
#include "store/projecttransfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using CommandLine::out;

int runCopyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CopyCommand",
        "Copy a project exactly: from a project file to a team project on PostgreSQL, or back."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("copy"),
                                 QCoreApplication::translate("CopyCommand", "The copy command."));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("CopyCommand", "The project to copy (a file or a URL)."),
        QStringLiteral("PROJECT"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QCoreApplication::translate("CopyCommand",
                                                            "The new project (a file or a "
                                                            "postgresql:// URL)."),
                                QStringLiteral("PROJECT"));
    parser.addOptions({from, to});
    if (!parser.parse(arguments))
        return CommandLine::usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (!parser.isSet(from) || !parser.isSet(to))
        return CommandLine::usageError(QCoreApplication::translate(
            "CopyCommand", "copy: name both projects: --from PROJECT --to PROJECT."));
    const Result<ProjectTransfer::Counts> counts
        = ProjectTransfer::copy(parser.value(from), parser.value(to));
    if (!counts)
        return CommandLine::usageError(counts.error());
    out() << QCoreApplication::translate("CopyCommand",
                                         "Copied %1 imports with %2 responses (%3 rows) to %4.\n")
                 .arg(counts->imports)
                 .arg(counts->responses)
                 .arg(counts->rows)
                 .arg(parser.value(to));
    return 0;
}
