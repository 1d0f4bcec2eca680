#include "store/projectcopy.h"
#include "store/projectsettings.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Save As… and Move… of a project file.
class tst_ProjectCopy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void copyKeepsEverythingAndTheOriginal()
    {
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(path("a.npsdb")));
            QVERIFY_RESULT(ProjectSettings(store).setReportTitle(QStringLiteral("Acme")));
            // Still open (and its write-ahead log not checkpointed) while it is copied.
            QVERIFY_RESULT(ProjectCopy::copy(path("a.npsdb"), path("b.npsdb")));
        }
        SurveyStore copy;
        QVERIFY_RESULT(copy.open(path("b.npsdb")));
        QCOMPARE(ProjectSettings(copy).reportTitle(), QStringLiteral("Acme"));
        QVERIFY(QFile::exists(path("a.npsdb")));
        QVERIFY(!ProjectCopy::copy(path("a.npsdb"), path("a.npsdb")).ok());
    }

    void moveRemovesTheOriginal()
    {
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(path("m.npsdb")));
            QVERIFY_RESULT(ProjectSettings(store).setReportTitle(QStringLiteral("Moved")));
        }
        QVERIFY_RESULT(ProjectCopy::move(path("m.npsdb"), path("moved.npsdb")));
        QVERIFY(!QFile::exists(path("m.npsdb")));
        QVERIFY(!QFile::exists(path("m.npsdb-wal")));
        SurveyStore moved;
        QVERIFY_RESULT(moved.open(path("moved.npsdb")));
        QCOMPARE(ProjectSettings(moved).reportTitle(), QStringLiteral("Moved"));
    }

    void unwritableTargetIsAClearError()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("c.npsdb")));
        const Status s = ProjectCopy::copy(path("c.npsdb"), path("no/such/folder/c.npsdb"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("no/such/folder")), qPrintable(s.error()));
    }
};

QTEST_GUILESS_MAIN(tst_ProjectCopy)
#include "tst_projectcopy.moc"
