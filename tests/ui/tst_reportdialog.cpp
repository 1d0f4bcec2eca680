#include "dashboardcontroller.h"
#include "import/importer.h"
#include "metrics/themeanalysis.h"
#include "reportdialog.h"
#include "store/projectsettings.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <random>

// File ▸ Report…: it opens at once, fills its quarters off the GUI thread, offers all responses
// (also for exports without dates), keeps its title per project, and the R survey's report with
// the default dimensions fits in six pages.
class tst_ReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The text of each page, its lines as pdftotext reads them.
    static QStringList pdfPageTexts(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    }

    static QString pdfText(const QString &pdf) { return pdfPageTexts(pdf).join(u' ').simplified(); }

    static int pdfPages(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdfinfo"), {pdf});
        process.waitForFinished(60000);
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    static std::shared_ptr<const ResponseCache> touchpoints(bool dated)
    {
        ResponseCache::Builder b({{QStringLiteral("Touchpoint"),
                                   {QStringLiteral("Online"), QStringLiteral("Support")}}});
        std::mt19937 rng(11);
        for (int i = 0; i < 600; ++i) {
            const quint16 codes[] = {quint16(rng() % 2)};
            b.add(qint8(rng() % 11),
                  dated ? qint32(QDate(2025, 1, 1).toJulianDay() + rng() % 300)
                        : ResponseCache::NoDay,
                  rng() % 2 ? QStringLiteral("slow support") : QStringLiteral("great app"),
                  codes);
        }
        return std::make_shared<const ResponseCache>(b.finish());
    }

private slots:
    void opensAtOnceAndFillsItsQuartersLater()
    {
        DashboardController controller;
        controller.setCache(touchpoints(true));
        ReportDialog dialog(&controller, nullptr);
        // Right after opening: all responses, and a note while the quarters are counted.
        QVERIFY(dialog.isFilling());
        QCOMPARE(dialog.periodChoice()->count(), 2);
        QCOMPARE(dialog.periodChoice()->itemData(0).toInt(), -1);
        QTRY_VERIFY(!dialog.isFilling());
        QCOMPARE(dialog.periodChoice()->count(), 5); // all responses, 2025-Q4 … 2025-Q1
        QVERIFY(dialog.periodChoice()->itemText(1).startsWith(QStringLiteral("2025-Q4 · ")));
        QCOMPARE(dialog.periodChoice()->currentIndex(), 1); // the newest quarter
    }

    void savesTheChosenQuarterAndSections()
    {
        DashboardController controller;
        controller.setCache(touchpoints(true));
        Filter support;
        support.segments[0] = {1};
        controller.setFilter(support);

        ReportDialog dialog(&controller, nullptr);
        QTRY_VERIFY(!dialog.isFilling());
        dialog.titleField()->setText(QStringLiteral("Acme"));
        dialog.periodChoice()->setCurrentIndex(2); // 2025-Q3
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().startsWith(QStringLiteral("Voices")))
                box->setChecked(false);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("acme.pdf"));
        QVERIFY_RESULT(dialog.saveTo(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.startsWith(QStringLiteral("Acme Quarterly NPS report · 2025-Q3")),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("Touchpoint: Support")));
        QVERIFY(!text.contains(QStringLiteral("In their own words")));
        QVERIFY(text.contains(QStringLiteral("Method and sources")));
    }

    void undatedExportReportsAllResponses()
    {
        DashboardController controller;
        controller.setCache(touchpoints(false));
        ReportDialog dialog(&controller, nullptr);
        QTRY_VERIFY(!dialog.isFilling());
        QCOMPARE(dialog.periodChoice()->count(), 1);
        QCOMPARE(dialog.periodChoice()->currentText(), QStringLiteral("All responses"));
        const QString pdf = m_dir.filePath(QStringLiteral("undated.pdf"));
        QVERIFY_RESULT(dialog.saveTo(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(
            text.contains(QStringLiteral("NPS report · all responses (the export has no dates)")),
            qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("The export has no dates, so there is no trend")));
    }

    void titleIsRememberedPerProject()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_dir.filePath(QStringLiteral("acme-2025.npsdb"))));
        DashboardController controller;
        controller.setCache(touchpoints(true));
        {
            ReportDialog dialog(&controller, &store);
            QCOMPARE(dialog.titleField()->text(), QStringLiteral("Acme 2025")); // the file's name
            dialog.titleField()->setText(QStringLiteral("Customer loyalty, autumn"));
            QVERIFY_RESULT(dialog.saveTo(m_dir.filePath(QStringLiteral("t.html"))));
        }
        QCOMPARE(ProjectSettings(store).reportTitle(), QStringLiteral("Customer loyalty, autumn"));
        ReportDialog again(&controller, &store);
        QCOMPARE(again.titleField()->text(), QStringLiteral("Customer loyalty, autumn"));
    }

    void rSurveyFitsSixPages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("allResponses");
        QTest::newRow("english, newest quarter") << QStringLiteral("English") << false;
        QTest::newRow("dutch, newest quarter") << QStringLiteral("Nederlands") << false;
        QTest::newRow("english, all responses") << QStringLiteral("English") << true;
        QTest::newRow("dutch, all responses") << QStringLiteral("Nederlands") << true;
    }

    void rSurveyFitsSixPages()
    {
        QFETCH(QString, language);
        QFETCH(bool, allResponses);
        const QString csv = QStringLiteral(NPS_SHARED_DATA "/r-community-survey-2019-english.csv");
        if (!QFile::exists(csv))
            QSKIP("../shared/data is not here");
        // The project named after the export, as the window names it.
        const QString folder
            = m_dir.filePath(QStringLiteral("%1-%2").arg(language).arg(allResponses));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/r-community-survey-2019-english.npsdb");
        SurveyStore store;
        QVERIFY_RESULT(store.open(db));
        QVERIFY(Importer(store).run(csv).ok());
        DashboardController controller;
        controller.setCache(
            std::make_shared<const ResponseCache>(ResponseCache::load(store).value()));
        ReportDialog dialog(&controller, &store);
        QTRY_VERIFY(!dialog.isFilling());
        if (allResponses)
            dialog.periodChoice()->setCurrentIndex(0);
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            const int i = box->findText(language);
            if (i >= 0)
                box->setCurrentIndex(i);
        }
        int presented = 0;
        for (int i = 0; i < dialog.dimensionChoice()->count(); ++i)
            presented += dialog.dimensionChoice()->item(i)->checkState() == Qt::Checked;
        QVERIFY(presented >= 2 && presented <= 4);
        const QString pdf
            = m_dir.filePath(QStringLiteral("r-%1-%2.pdf").arg(language).arg(allResponses));
        QVERIFY_RESULT(dialog.saveTo(pdf));
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 1 && pages <= 6, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY(!text.contains(QStringLiteral("p = <")));
        // Every group's share in words, the narrow detractors' too (1,795 scores, 58 of 1–6).
        QVERIFY2(text.contains(QRegularExpression(
                     QStringLiteral("(Detractors|Criticasters) [0-9]+[.,][0-9]% \\([0-9]+\\)"))),
                 qPrintable(text.left(1500)));
        // A 1–10 survey: its method says detractors are 1–6, in either language.
        QVERIFY2(text.simplified().contains(QStringLiteral("(1–6)")), qPrintable(text.right(900)));
        QVERIFY(!text.simplified().contains(QStringLiteral("(0–6)")));
        QVERIFY(!text.contains(QStringLiteral("r-community-survey-2019-english ·")));
        QVERIFY2(text.startsWith(QStringLiteral("R community survey 2019 (English)")),
                 qPrintable(text.left(120)));
    }

    // The R survey asks what respondents like best: the follow-up list says its detractors'
    // answers are what they like, not what went wrong.
    void praiseQuestionFollowUpSaysWhatTheyLike()
    {
        const QString csv = QStringLiteral(NPS_SHARED_DATA "/r-community-survey-2019-english.csv");
        if (!QFile::exists(csv))
            QSKIP("../shared/data is not here");
        const QString folder = m_dir.filePath(QStringLiteral("praise"));
        QVERIFY(QDir().mkpath(folder));
        SurveyStore store;
        QVERIFY_RESULT(store.open(folder + QStringLiteral("/r.npsdb")));
        QVERIFY(Importer(store).run(csv).ok());
        DashboardController controller;
        auto cache = std::make_shared<const ResponseCache>(ResponseCache::load(store).value());
        controller.setCache(cache);
        ReportDialog dialog(&controller, &store);
        Result<ThemeAnalysis> analysis = ThemeAnalysis::load(store, *cache, {}); // suggested
        QVERIFY_RESULT(analysis);
        dialog.setThemes(std::make_shared<const ThemeAnalysis>(std::move(analysis.value())), {});
        QTRY_VERIFY(!dialog.isFilling());
        dialog.periodChoice()->setCurrentIndex(0); // all responses
        const QString pdf = folder + QStringLiteral("/r.pdf");
        QVERIFY_RESULT(dialog.saveTo(pdf));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(
                     QStringLiteral("Newest detractors to follow up, with what they like best")),
                 qPrintable(text.right(1500)));
        QVERIFY(!text.contains(QStringLiteral("Newest detractor comments to follow up")));
    }

    // A theme's name, figures and quotes stay on one page, and a list's title with its first
    // theme: with the codebook's themes, and with the recurring words when there is none (the
    // sample's report over all responses broke a theme after its figures in both).
    void themeBlocksDoNotSplitAcrossPages_data()
    {
        QTest::addColumn<bool>("codebook");
        QTest::newRow("themes") << true;
        QTest::newRow("recurring words") << false;
    }

    void themeBlocksDoNotSplitAcrossPages()
    {
        QFETCH(bool, codebook);
        const QString folder = m_dir.filePath(QStringLiteral("sample-%1").arg(codebook));
        QVERIFY(QDir().mkpath(folder));
        SurveyStore store;
        QVERIFY_RESULT(store.open(folder + QStringLiteral("/sample.npsdb")));
        for (const char *file : {"nps-sample.csv", "nps-sample-nl.csv"}) {
            const QString csv = QStringLiteral(NPS_TEST_DATA "/../../resources/sample/")
                                + QLatin1StringView(file);
            QVERIFY(Importer(store).run(csv).ok());
        }
        DashboardController controller;
        auto cache = std::make_shared<const ResponseCache>(ResponseCache::load(store).value());
        controller.setCache(cache);
        ReportDialog dialog(&controller, &store);
        if (codebook) {
            Result<ThemeAnalysis> analysis = ThemeAnalysis::load(store, *cache, {}); // suggested
            QVERIFY_RESULT(analysis);
            dialog.setThemes(std::make_shared<const ThemeAnalysis>(std::move(analysis.value())),
                             {});
        }
        QTRY_VERIFY(!dialog.isFilling());
        dialog.periodChoice()->setCurrentIndex(0); // all responses
        const QString pdf = folder + QStringLiteral("/sample.pdf");
        QVERIFY_RESULT(dialog.saveTo(pdf));
        const QStringList pages = pdfPageTexts(pdf);
        QVERIFY(pages.size() >= 2);
        // A theme's "*" (fewer than 30 responses) is explained under the list, and only then:
        // the themes of all responses are large, the newest quarter's are not.
        const auto starNote = [](const QString &text) {
            const bool starred = text.contains(QRegularExpression(QStringLiteral("\\) \\*\\s")));
            return std::pair(
                starred,
                text.contains(QStringLiteral("* Fewer than 30 responses mention the theme")));
        };
        QCOMPARE(starNote(pages.join(u'\n')), std::pair(false, false));
        if (codebook) {
            dialog.periodChoice()->setCurrentIndex(1); // the newest quarter
            const QString quarter = folder + QStringLiteral("/quarter.pdf");
            QVERIFY_RESULT(dialog.saveTo(quarter));
            QCOMPARE(starNote(pdfText(quarter)), std::pair(true, true));
        }
        // The head of a theme: its name above "Impact …", or "“word” — in N answers". Each
        // quote is on its head's page, each head on its list title's page when it comes first.
        const QRegularExpression word(QStringLiteral("^“[^”]+” — in [0-9,]+ answers$"));
        const QStringList titles{QStringLiteral("Themes that cost the score most"),
                                 QStringLiteral("What detractors mention most"),
                                 QStringLiteral("What promoters mention most")};
        bool inThemes = false, first = false;
        int heads = 0, quotes = 0, headPage = -1, titlePage = -1;
        QString previous;
        int previousPage = -1;
        for (int p = 0; p < pages.size(); ++p) {
            for (const QString &raw : pages.at(p).split(u'\n', Qt::SkipEmptyParts)) {
                const QString line = raw.trimmed();
                const QString context = previous + QStringLiteral(" / ") + line;
                if (titles.contains(line)) {
                    inThemes = first = true;
                    titlePage = p;
                } else if (line.startsWith(QStringLiteral("Themes that rose most"))
                           || line.startsWith(QStringLiteral("Passives, the silent middle"))
                           || line.startsWith(QStringLiteral("Newest detractor comments"))) {
                    inThemes = false;
                } else if (inThemes
                           && (line.startsWith(QStringLiteral("Impact "))
                               || word.match(line).hasMatch())) {
                    ++heads;
                    headPage = p;
                    if (line.startsWith(QStringLiteral("Impact ")))
                        QVERIFY2(previousPage == p, qPrintable(context));
                    if (first)
                        QVERIFY2(titlePage == p, qPrintable(context));
                    first = false;
                } else if (inThemes && line.startsWith(u'“')) {
                    ++quotes;
                    QVERIFY2(headPage == p, qPrintable(context));
                }
                previous = line;
                previousPage = p;
            }
        }
        QVERIFY2(heads >= 3, qPrintable(pages.join(u'\n').right(2000)));
        QVERIFY(quotes >= heads);
    }
};

QTEST_MAIN(tst_ReportDialog)
#include "tst_reportdialog.moc"
