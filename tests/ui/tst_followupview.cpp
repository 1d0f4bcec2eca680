#include "dashboardcontroller.h"
#include "followupview.h"
#include "import/importer.h"
#include "jobtracker.h"
#include "metrics/responsecache.h"
#include "models/followupmodel.h"
#include "store/surveystore.h"
#include "store/themestore.h"
#include "themesview.h"
#include "verifyresult.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The follow-up list of detractors: statuses and notes edited in place and stored in the
// project, filtered by status, exported to CSV without formula cells.
class tst_FollowUpView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A project of six responses, three of them detractors; one answer and one respondent id
    // that a spreadsheet would run as a formula.
    QString makeProject(const QString &name)
    {
        const QString csv = m_dir.filePath(name + u".csv"_s);
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("Response ID,Submitted at,How likely are you to recommend us to a "
                   "friend?,Why?,Country\n"
                   "R1,2025-03-01,2,The delivery was late,BE\n"
                   "R2,2025-03-02,9,Great service,NL\n"
                   "R3,2025-03-03,4,\"=cmd|' /C calc'!A0\",NL\n"
                   "@R4,2025-03-04,6,Too expensive,BE\n"
                   "R5,2025-03-05,8,Fine,BE\n"
                   "R6,2025-03-06,10,Love it,NL\n");
        file.close();
        QString project = m_dir.filePath(name + u".npsdb"_s);
        SurveyStore store;
        if (!store.open(project) || !Importer(store).run(csv).ok())
            return {};
        return project;
    }

    static std::shared_ptr<const ResponseCache> cacheOf(const QString &project)
    {
        SurveyStore store;
        if (!store.open(project, SurveyStore::OpenMode::ReadOnly))
            return {};
        return std::make_shared<const ResponseCache>(ResponseCache::load(store).value());
    }

    static void waitLoaded(FollowUpView *view)
    {
        QSignalSpy loaded(view, &FollowUpView::loaded);
        if (view->loader()->isRunning())
            QVERIFY(loaded.wait(10000));
    }

    static int rowOf(const FollowUpModel *model, const QString &respondent)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, FollowUpModel::RespondentColumn).data() == respondent)
                return row;
        }
        return -1;
    }

private slots:
    void statusEditPersistsAfterReopen()
    {
        const QString project = makeProject(u"status"_s);
        QVERIFY(!project.isEmpty());
        {
            DashboardController controller;
            controller.setCache(cacheOf(project));
            SurveyStore store;
            QVERIFY_RESULT(store.open(project));
            ThemesView themes(&controller);
            FollowUpView view(&controller, &store, &themes);
            QAbstractItemModelTester tester(view.model());
            waitLoaded(&view);
            QCOMPARE(view.model()->rowCount(), 3); // the detractors only
            const int row = rowOf(view.model(), u"R1"_s);
            QVERIFY(row >= 0);
            // The status through its editor, as a user picks it.
            view.show();
            const QModelIndex status = view.model()->index(row, FollowUpModel::StatusColumn);
            view.table()->edit(status);
            auto *box = view.table()->viewport()->findChild<QComboBox *>();
            QVERIFY(box);
            const int contacted = box->findData(u"contacted"_s);
            QVERIFY(contacted > 0);
            box->setCurrentIndex(contacted);
            emit box->activated(contacted);
            QCOMPARE(view.model()->followUpAt(row).status, FollowUp::Status::Contacted);
            QVERIFY(view.model()->setData(view.model()->index(row, FollowUpModel::NoteColumn),
                                          u"Called on Monday"_s));
            // Filtered by status.
            view.statusChoice()->setCurrentIndex(
                view.statusChoice()->findData(int(FollowUp::Status::Contacted)));
            emit view.statusChoice()->activated(view.statusChoice()->currentIndex());
            QCOMPARE(view.model()->rowCount(), 1);
        }
        // Reopened: the project kept both.
        DashboardController controller;
        controller.setCache(cacheOf(project));
        SurveyStore store;
        QVERIFY_RESULT(store.open(project));
        ThemesView themes(&controller);
        FollowUpView view(&controller, &store, &themes);
        waitLoaded(&view);
        const int row = rowOf(view.model(), u"R1"_s);
        QVERIFY(row >= 0);
        QCOMPARE(view.model()->followUpAt(row).status, FollowUp::Status::Contacted);
        QCOMPARE(view.model()->followUpAt(row).note, u"Called on Monday"_s);
        QCOMPARE(view.model()->followUpAt(rowOf(view.model(), u"R3"_s)).status,
                 FollowUp::Status::Open);
    }

    // The store out of reach while the analyst types (a team database gone away; here the
    // project opened read-only): the edit is kept and shown as not stored, survives a reload
    // of the list, and is stored once the store can write again; closing with it unstored
    // asks first.
    void editKeptUntilTheStoreCanWriteAgain()
    {
        const QString project = makeProject(u"outage"_s);
        QVERIFY(!project.isEmpty());
        DashboardController controller;
        controller.setCache(cacheOf(project));
        SurveyStore store;
        QVERIFY_RESULT(store.open(project, SurveyStore::OpenMode::ReadOnly));
        ThemesView themes(&controller);
        FollowUpView view(&controller, &store, &themes);
        waitLoaded(&view);
        const int row = rowOf(view.model(), u"R1"_s);
        QVERIFY(row >= 0);
        QVERIFY(view.model()->setData(view.model()->index(row, FollowUpModel::NoteColumn),
                                      u"Typed while the server was away"_s));
        QCOMPARE(view.unsavedCount(), qsizetype(1));
        const auto summary = [&view] {
            QString text;
            for (const QLabel *label : view.findChildren<QLabel *>())
                text += label->text();
            return text;
        };
        QVERIFY2(summary().contains(u"not stored yet"_s), qPrintable(summary()));
        // Closing now asks; "Keep Open" keeps the list and the edit.
        view.show();
        QTimer::singleShot(0, &view, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
        });
        view.reject();
        QVERIFY(view.isVisible());
        // A teammate's change reloads the list: what was typed stays.
        view.reload();
        waitLoaded(&view);
        QCOMPARE(view.model()->followUpAt(rowOf(view.model(), u"R1"_s)).note,
                 u"Typed while the server was away"_s);
        // Writable again (the window reopens its store on reconnect): stored.
        QVERIFY_RESULT(store.open(project));
        QVERIFY(view.storeUnsaved());
        QCOMPARE(view.unsavedCount(), qsizetype(0));
        QVERIFY(!summary().contains(u"not stored"_s));
        const Result<QHash<qint64, FollowUp>> stored = ThemeStore(store).followUps();
        QVERIFY_RESULT(stored);
        bool found = false;
        for (const FollowUp &f : stored.value())
            found = found || f.note == u"Typed while the server was away"_s;
        QVERIFY(found);
    }

    void exportNeutralisesFormulaCells()
    {
        const QString project = makeProject(u"export"_s);
        QVERIFY(!project.isEmpty());
        DashboardController controller;
        controller.setCache(cacheOf(project));
        SurveyStore store;
        QVERIFY_RESULT(store.open(project));
        ThemesView themes(&controller);
        FollowUpView view(&controller, &store, &themes);
        waitLoaded(&view);
        const QString path = m_dir.filePath(u"follow-up.csv"_s);
        QVERIFY(view.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"'=cmd"_s), qPrintable(text));
        QVERIFY2(text.contains(u"'@R4"_s), qPrintable(text));
        // No line (cell) starts a formula.
        for (const QString &line : text.split(u'\n')) {
            for (const QString &cell : line.split(u',')) {
                const QString bare = cell.startsWith(u'"') ? cell.mid(1) : cell;
                QVERIFY2(!bare.startsWith(u'=') && !bare.startsWith(u'@'), qPrintable(line));
            }
        }
        QVERIFY(text.contains(u"The delivery was late"_s));
        QVERIFY(!text.contains(u"Great service"_s)); // a promoter
    }
};

QTEST_MAIN(tst_FollowUpView)
#include "tst_followupview.moc"
