#include "importdialog.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_ImportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

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
};

QTEST_MAIN(tst_ImportDialog)
#include "tst_importdialog.moc"
