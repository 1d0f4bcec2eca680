#include "importdialog.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include "import/importer.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return file.fileName();
    }

    static QByteArray survey(const QByteArray &extraHeader, int first, int last)
    {
        QByteArray bytes = "Respondent ID,Date,How likely are you to recommend us?,Why?,Plan"
                           + extraHeader + "\n";
        for (int i = first; i <= last; ++i)
            bytes += "R" + QByteArray::number(i) + ",2025-03-0" + QByteArray::number(1 + i % 9)
                     + "," + QByteArray::number(i % 11) + ",Because " + QByteArray::number(i) + ","
                     + (i % 2 ? "Pro" : "Basic") + (extraHeader.isEmpty() ? "" : ",x") + "\n";
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("npsstudio-tests"));
        QSettings().clear();
    }

    void showsTheDetectedMappingAndImports()
    {
        const QString file = QStringLiteral(NPS_TEST_DATA "/surveymonkey.csv");
        const QString project = m_dir.filePath(QStringLiteral("dialog.npsdb"));
        ImportDialog dialog(file, project);
        dialog.show();
        QCOMPARE(dialog.inspection().layout.tool, SurveyLayout::Tool::SurveyMonkey);
        auto *preview = dialog.findChild<QTableWidget *>();
        QVERIFY(preview);
        const int score = dialog.inspection().mapping.score;
        QCOMPARE(score, 9);
        auto *combo = qobject_cast<QComboBox *>(preview->cellWidget(0, score));
        QVERIFY(combo);
        QCOMPARE(ColumnRole(combo->currentData().toInt()), ColumnRole::Score);
        QCOMPARE(preview->item(1, score)->text(), QStringLiteral("10 - Extremely likely"));
        if (const QString shots = qEnvironmentVariable("NPS_SCREENSHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/import-dialog.png")); // to look at it

        // The user makes the plan column a segment no longer, then imports.
        dialog.setRole(11, ColumnRole::Ignore);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.imported());
        QCOMPARE(dialog.result().imported, 5);
        QCOMPARE(dialog.result().mapping.segments, QList<int>{});

        SurveyStore store;
        QVERIFY_RESULT(store.open(project));
        QCOMPARE(store.responseCount(), 5);

        // The same header next time: the user's roles come back.
        ImportDialog again(file, project);
        auto *againPreview = again.findChild<QTableWidget *>();
        auto *plan = qobject_cast<QComboBox *>(againPreview->cellWidget(0, 11));
        QCOMPARE(ColumnRole(plan->currentData().toInt()), ColumnRole::Ignore);
    }

    void targetProjectFollowsTheHeader()
    {
        const QString project = m_dir.filePath(QStringLiteral("target.npsdb"));
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(project));
            QVERIFY_RESULT(
                Importer(store).run(write(QStringLiteral("wave1.csv"), survey({}, 1, 30))));
        }
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere.npsdb"));
        // A later wave of the same survey, with one more question: into the open project.
        ImportDialog wave(write(QStringLiteral("wave2.csv"), survey(",Region", 20, 60)), project);
        wave.offerNewProject(elsewhere);
        QCOMPARE(wave.projectPath(), project);
        QVERIFY(wave.targetReason().contains(QStringLiteral("continues a survey")));
        // An unrelated export: a new project by default, and the dialog says why.
        ImportDialog other(QStringLiteral(NPS_TEST_DATA "/typeform.csv"), project);
        other.offerNewProject(elsewhere);
        QCOMPARE(other.projectPath(), elsewhere);
        QVERIFY2(other.targetReason().contains(QStringLiteral("none of this project's questions")),
                 qPrintable(other.targetReason()));
        QComboBox *target = nullptr;
        for (QComboBox *combo : other.findChildren<QComboBox *>())
            if (combo->count() == 2 && combo->itemText(0).startsWith(QStringLiteral("The open")))
                target = combo;
        QVERIFY(target);
        QCOMPARE(target->currentIndex(), 1);
        if (const QString shots = qEnvironmentVariable("NPS_SCREENSHOTS"); !shots.isEmpty())
            other.grab().save(shots + QStringLiteral("/import-target.png"));
    }

    void ambiguousScoreIsAskedInTheWindow()
    {
        QByteArray bytes = "Q1,Q2,Segment\n";
        for (int i = 0; i < 20; ++i)
            bytes += QByteArray::number(i % 11) + ',' + QByteArray::number((i * 7) % 11) + ','
                     + (i % 2 ? "A" : "B") + '\n';
        const QString project = m_dir.filePath(QStringLiteral("ambiguous.npsdb"));
        ImportDialog dialog(write(QStringLiteral("ambiguous.csv"), bytes), project);
        dialog.show();
        QVERIFY(dialog.inspection().scoreAmbiguous);
        QCOMPARE(dialog.inspection().scoreCandidates, (QList<int>{0, 1}));
        QLabel *ask = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("recommendation score")))
                ask = label;
        QVERIFY(ask);
        QVERIFY(ask->isVisible());
        QVERIFY(!ask->text().contains(QStringLiteral("--map"))); // no command line in the window
        auto *preview = dialog.findChild<QTableWidget *>();
        QVERIFY(preview->horizontalHeaderItem(0)->data(Qt::BackgroundRole).isValid());
        QVERIFY(preview->horizontalHeaderItem(1)->data(Qt::BackgroundRole).isValid());
        QVERIFY(!preview->horizontalHeaderItem(2)->data(Qt::BackgroundRole).isValid());
        for (int row = 0; row < dialog.findChildren<QListWidget *>().first()->count(); ++row)
            QVERIFY(!dialog.findChildren<QListWidget *>().first()->item(row)->text().contains(
                QStringLiteral("--map")));
        if (const QString shots = qEnvironmentVariable("NPS_SCREENSHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/import-ambiguous.png"));

        dialog.setRole(1, ColumnRole::Score);
        QVERIFY(!ask->isVisible());
        QVERIFY(!preview->horizontalHeaderItem(0)->data(Qt::BackgroundRole).isValid());
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(finished.wait(10000));
        QVERIFY(dialog.imported());
        QCOMPARE(dialog.result().mapping.score, 1);
        QCOMPARE(dialog.result().imported, 20);
    }

    void withoutAScoreItAsksForOne()
    {
        QFile file(m_dir.filePath(QStringLiteral("noscore.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Comment\nA,fine\nB,bad\n");
        file.close();
        ImportDialog dialog(file.fileName(), m_dir.filePath(QStringLiteral("none.npsdb")));
        QVERIFY(!dialog.inspection().error.isEmpty());
        dialog.startImport(); // refuses: no score column chosen
        QVERIFY(!dialog.imported());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.npsdb"))));
    }
    // In the Dutch interface every line of what the import found is Dutch: the detection line
    // and each "How the columns were chosen" note differ from the English ones, on the R
    // community survey (52 columns, many explanations).
    void explanationsAreTranslated()
    {
        const QString csv = qEnvironmentVariable("NPS_SHARED_DATA", QStringLiteral(NPS_SHARED_DATA))
                            + QStringLiteral("/r-community-survey-2019-english.csv");
        if (!QFile::exists(csv))
            QSKIP("the R community survey is not here (NPS_SHARED_DATA)");
        const auto lines = [&csv, this]() -> QStringList {
            ImportDialog dialog(csv, m_dir.filePath(QStringLiteral("r-lang.npsdb")));
            QStringList texts{dialog.findChild<QLabel *>(QStringLiteral("detected"))->text()};
            const auto *notes = dialog.findChild<QListWidget *>(QStringLiteral("notes"));
            for (int i = 0; i < notes->count(); ++i)
                texts << notes->item(i)->text();
            if (const QString shots = qEnvironmentVariable("NPS_SCREENSHOTS");
                !shots.isEmpty() && QLocale().language() == QLocale::Dutch) {
                dialog.resize(1100, 700);
                dialog.show();
                dialog.grab().save(shots + QStringLiteral("/import-dialog-nl.png"));
            }
            return texts;
        };
        const QStringList english = lines();
        QTranslator dutch;
        QVERIFY(dutch.load(QStringLiteral(":/i18n/npsstudio_nl.qm")));
        QCoreApplication::installTranslator(&dutch);
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const QStringList translated = lines();
        QCoreApplication::removeTranslator(&dutch);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(translated.size(), english.size());
        QVERIFY(english.size() > 3);
        for (qsizetype i = 0; i < english.size(); ++i)
            QVERIFY2(translated.at(i) != english.at(i), qPrintable(english.at(i)));
        QVERIFY2(translated.constFirst().contains(QStringLiteral("geldige UTF-8")),
                 qPrintable(translated.constFirst()));
    }
};

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
