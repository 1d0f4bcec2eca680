#include "store/projectsettings.h"
#include "store/schema.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The project's own settings: title, targets, bands and benchmarks, kept in the project file.
class tst_ProjectSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void valuesAreStoredAndReplaced()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("values.npsdb")));
        ProjectSettings settings(store);
        QCOMPARE(settings.value(QStringLiteral("missing")).value(), QString());
        QVERIFY_RESULT(settings.setValue(QStringLiteral("a"), QStringLiteral("one")));
        QVERIFY_RESULT(settings.setValue(QStringLiteral("a"), QStringLiteral("two")));
        QCOMPARE(settings.value(QStringLiteral("a")).value(), QStringLiteral("two"));
        QVERIFY_RESULT(settings.remove(QStringLiteral("a")));
        QCOMPARE(settings.value(QStringLiteral("a")).value(), QString());
        // Quotes and SQL in a value are data: bound, never spliced into the statement.
        const QString tricky = QStringLiteral("R's survey'); DROP TABLE responses; --");
        QVERIFY_RESULT(settings.setReportTitle(tricky));
        QCOMPARE(settings.reportTitle(), tricky);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM responses")));
        QVERIFY_RESULT(settings.setReportTitle(QStringLiteral("   ")));
        QCOMPARE(settings.reportTitle(), QString()); // a blank title is no title
    }

    void targetsSurviveReopening()
    {
        ProjectTargets targets;
        targets.target = 40;
        targets.segmentTargets = {{QStringLiteral("Touchpoint"), QStringLiteral("Support"), 20}};
        targets.bands.limits = {-10, 25, 55};
        targets.bands.source = QStringLiteral("Our board, 2025");
        targets.benchmarks = {{QStringLiteral("Retail, NL"), 32.5, QStringLiteral("Bain 2024")}};
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(path("targets.npsdb")));
            QCOMPARE(ProjectSettings(store).targets(), ProjectTargets{});
            QVERIFY_RESULT(ProjectSettings(store).setTargets(targets));
        }
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("targets.npsdb")));
        const ProjectTargets read = ProjectSettings(store).targets();
        QCOMPARE(read, targets);
        QCOMPARE(read.targetFor(QStringLiteral("touchpoint"), QStringLiteral("SUPPORT")), 20.0);
        QCOMPARE(read.targetFor(QStringLiteral("Touchpoint"), QStringLiteral("Online")), 40.0);
        QVERIFY_RESULT(ProjectSettings(store).setTargets({}));
        QVERIFY(ProjectSettings(store)
                    .value(QString::fromLatin1(ProjectSettings::TargetsKey))
                    ->isEmpty());
    }

    void unreadableTargetsFallBackToDefaults()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("broken.npsdb")));
        ProjectSettings settings(store);
        QVERIFY_RESULT(settings.setValue(QString::fromLatin1(ProjectSettings::TargetsKey),
                                         QStringLiteral("{not json")));
        QCOMPARE(settings.targets(), ProjectTargets{});
        QVERIFY_RESULT(settings.setValue(QString::fromLatin1(ProjectSettings::TargetsKey),
                                         QStringLiteral("{\"bands\":{\"limits\":[50,30,0]}}")));
        QVERIFY(settings.targets().bands.isDefault()); // limits out of order are not taken
    }

    void olderProjectGetsTheTable()
    {
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(path("old.npsdb")));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("DROP TABLE project_settings")));
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = 3")));
        }
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("old.npsdb")));
        QVERIFY(store.schemaVersion() >= 4);
        QVERIFY_RESULT(ProjectSettings(store).setReportTitle(QStringLiteral("R survey")));
        QCOMPARE(ProjectSettings(store).reportTitle(), QStringLiteral("R survey"));
    }
};

QTEST_GUILESS_MAIN(tst_ProjectSettings)
#include "tst_projectsettings.moc"
