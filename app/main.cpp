#include "admincommand.h"
#include "answerscommand.h"
#include "commandline.h"
#include "copycommand.h"
#include "dashboardview.h"
#include "importcommand.h"
#include "mainwindow.h"
#include "npsversion.h"
#include "reportcommand.h"
#include "settingsdialog.h"
#include "singleinstance.h"
#include "summarycommand.h"
#include "themescommand.h"
#include "themesview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NPS Studio"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("npsstudio.org"));
    QCoreApplication::setApplicationName(QStringLiteral("npsstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NPS_VERSION_STRING));
}

// The interface language: the system's, or the one chosen in Settings (read at start-up), or
// one given for a screenshot ("nl", "en").
void installTranslators(QCoreApplication &app, const QString &language = {})
{
    const QString chosen
        = !language.isEmpty()
              ? (language == u"nl" ? QStringLiteral("nl_NL") : QStringLiteral("en_GB"))
              : QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    QLocale locale = chosen == u"system" ? QLocale::system() : QLocale(chosen);
    if (chosen != u"system")
        QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale,
                 QStringLiteral("qtbase"),
                 QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Any language without a translation of its own reads English, from the English catalogue:
    // the sources are English, but only the catalogue has the singular of a counted message.
    auto *own = new QTranslator(&app);
    if (own->load(
            locale, QStringLiteral("npsstudio"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/npsstudio_en.qm")))
        QCoreApplication::installTranslator(own);
}

QString usage()
{
    return QCoreApplication::translate(
        "main",
        "Usage: npsstudio [FILE]                  open the window (on a project or an export)\n"
        "       npsstudio import FILE... --db PROJECT.npsdb [--strict] [--delimiter C]\n"
        "                 [--encoding NAME] [--map ROLE=COLUMN]... [--json]\n"
        "       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]\n"
        "                 [--by DIMENSION] [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]\n"
        "                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...\n"
        "                 [--dimensions] [--json]\n"
        "       npsstudio answers --db PROJECT.npsdb [--question Q] [--questions] [--search TEXT]\n"
        "                 [--where DIMENSION=VALUE]... [--group G]... [--from YYYY-MM-DD]\n"
        "                 [--to YYYY-MM-DD] [--json|--csv]\n"
        "       npsstudio themes --db PROJECT.npsdb [--where DIMENSION=VALUE]...\n"
        "                 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--group G]...\n"
        "                 [--period month|quarter|year] [--suggest] [--limit N] [--quotes N]\n"
        "                 [--json]\n"
        "       npsstudio report --db PROJECT.npsdb (--quarter 2025-Q3 | --all)\n"
        "                 [--by DIMENSION]... [--where DIMENSION=VALUE]... [--lang nl|en]\n"
        "                 [--page-size A4|Letter] [--no-mask] [--title TEXT]\n"
        "                 --out FILE.pdf|.html|.odt\n"
        "       npsstudio admin init --db postgresql://OWNER@HOST/DB?project=NAME\n"
        "                 [--viewer ROLE]... [--editor ROLE]...\n"
        "       npsstudio copy --from PROJECT --to PROJECT\n"
        "       npsstudio --screenshot FILE.png [--project P] [--size WxH] [--lang nl|en] "
        "[--dark]\n"
        "       npsstudio --version | --help\n"
        "\n"
        "PROJECT.npsdb can also be a team project on PostgreSQL:\n"
        "  postgresql://USER@HOST:5432/DATABASE[?project=NAME&sslmode=require]\n"
        "\n"
        "Run “npsstudio import --help” for the options of a command.\n");
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral(NPS_APPLICATION_NAME));

    QCommandLineParser parser;
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QStringLiteral("Project or export to open."),
                                     QStringLiteral("P"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size of the screenshot, e.g. 1280x800."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Language of the screenshot: nl or en."),
                                  QStringLiteral("nl|en"));
    const QCommandLineOption dark(QStringLiteral("dark"),
                                  QStringLiteral("Dark appearance for the screenshot."));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QStringLiteral("Screenshot with the dashboard filtered to the N-th theme by impact."),
        QStringLiteral("N"));
    const QCommandLineOption themesTab(QStringLiteral("themes"),
                                       QStringLiteral("Screenshot with the Themes tab shown."));
    parser.addOptions({screenshot, project, size, lang, dark, theme, themesTab});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Project or export."));
    if (!parser.parse(QCoreApplication::arguments()))
        return CommandLine::usageError(parser.errorText());
    const bool shooting = parser.isSet(screenshot);
    const QString language = shooting ? parser.value(lang).toLower() : QString();
    if (!language.isEmpty() && language != u"nl" && language != u"en")
        return CommandLine::usageError(
            QStringLiteral("--lang takes nl or en, not “%1”").arg(language));
    QSize windowSize(1440, 900);
    if (shooting && parser.isSet(size)) {
        const QStringList wh = parser.value(size).toLower().split(u'x');
        windowSize = wh.size() == 2 ? QSize(wh.at(0).toInt(), wh.at(1).toInt()) : QSize();
        if (windowSize.width() < 320 || windowSize.height() < 240)
            return CommandLine::usageError(
                QStringLiteral("--size takes a size such as 1280x800, not “%1”")
                    .arg(parser.value(size)));
    }
    installTranslators(app, language);
    if (shooting && (parser.isSet(dark) || parser.isSet(lang)))
        SettingsDialog::applyAppearance(parser.isSet(dark) ? QStringLiteral("dark")
                                                           : QStringLiteral("light"));
    else
        SettingsDialog::applyAppearance();

    QString toOpen = parser.value(project);
    if (toOpen.isEmpty() && !parser.positionalArguments().isEmpty())
        toOpen = parser.positionalArguments().constFirst();
    if (!parser.isSet(screenshot)) {
        // A second start hands its files to the window that is already open.
        SingleInstance instance;
        if (instance.handOver(toOpen.isEmpty() ? QStringList() : QStringList{toOpen}))
            return 0;
        instance.listen();
        MainWindow window;
        window.restoreSettings();
        QObject::connect(&instance,
                         &SingleInstance::filesReceived,
                         &window,
                         [&window](const QStringList &files) {
                             window.setWindowState((window.windowState() & ~Qt::WindowMinimized)
                                                   | Qt::WindowActive);
                             window.raise();
                             window.activateWindow();
                             for (const QString &file : files)
                                 window.openFile(file);
                         });
        // A project opens straight into its loading state; an export through the import dialog
        // once the window is up.
        if (toOpen.isEmpty())
            window.openLastProject();
        else if (toOpen.endsWith(QStringLiteral(".npsdb"), Qt::CaseInsensitive))
            window.openFile(toOpen);
        window.show();
        if (!toOpen.isEmpty() && !toOpen.endsWith(QStringLiteral(".npsdb"), Qt::CaseInsensitive))
            QTimer::singleShot(0, &window, [&window, toOpen] { window.openFile(toOpen); });
        return QApplication::exec();
    }
    MainWindow window;
    window.restoreSettings();
    window.resize(windowSize);
    if (!toOpen.isEmpty())
        window.openFileAndWait(toOpen);
    if (ThemesView *themes = window.dashboard()->themes(); themes->isLoading()) {
        QEventLoop wait;
        QObject::connect(themes, &ThemesView::themesReady, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (parser.isSet(themesTab) || parser.isSet(theme))
        window.dashboard()->showThemesTab();
    if (parser.isSet(theme))
        window.dashboard()->themes()->showTheme(parser.value(theme).toInt() - 1);
    window.show();
    window.resize(windowSize); // the size asked for, whatever the offscreen screen measures
    // Let the layouts (Qt Charts' among them) settle, as they have by the time a user looks.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    const QString target = parser.value(screenshot);
    if (!window.grab().save(target))
        return CommandLine::usageError(
            QStringLiteral("cannot write the screenshot “%1”").arg(target));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == u"report") {
        // Reports paint with fonts, so they need a GUI application, but never a display.
        if (qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return runReportCommand(QCoreApplication::arguments());
    }
    if (command == u"--version" || command == u"-v" || command == u"--help" || command == u"-h"
        || command == u"import" || command == u"summary" || command == u"answers"
        || command == u"themes" || command == u"admin" || command == u"copy") {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        if (command == u"--version" || command == u"-v") {
            CommandLine::out() << NPS_APPLICATION_NAME " " NPS_VERSION_STRING << Qt::endl;
            return 0;
        }
        if (command == u"--help" || command == u"-h") {
            CommandLine::out() << usage();
            return 0;
        }
        if (command == u"summary")
            return runSummaryCommand(QCoreApplication::arguments());
        if (command == u"answers")
            return runAnswersCommand(QCoreApplication::arguments());
        if (command == u"themes")
            return runThemesCommand(QCoreApplication::arguments());
        if (command == u"admin")
            return runAdminCommand(QCoreApplication::arguments());
        if (command == u"copy")
            return runCopyCommand(QCoreApplication::arguments());
        return runImportCommand(QCoreApplication::arguments());
    }
    return runWindow(argc, argv);
}
