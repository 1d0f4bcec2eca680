#include "dashboardcontroller.h"
#include "openanswersview.h"

#include <QApplication>
#include <QClipboard>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The open answers as a user copies them (Ctrl+C) into a spreadsheet.
class tst_OpenAnswersView : public QObject
{
    Q_OBJECT

private slots:
    // No copied cell may run as a formula when pasted (CSV injection): answers and segment
    // values that start like one are copied as text.
    void copiedCellsAreNeverFormulas()
    {
        ResponseCache::Builder b({{u"Touchpoint"_s, {u"@SUM(1+1)*cmd|' /C calc'!A0"_s}}});
        const quint16 codes[] = {0};
        b.add(9,
              qint32(QDate(2025, 3, 1).toJulianDay()),
              u"=HYPERLINK(\"http://x.example\")"_s,
              codes);
        DashboardController controller;
        OpenAnswersView view(&controller);
        controller.setCache(std::make_shared<const ResponseCache>(b.finish()));
        view.findChild<QTableView *>()->selectAll();
        view.copySelection();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"\t'@SUM(1+1)*cmd|' /C calc'!A0\t"_s), qPrintable(copied));
        QVERIFY2(copied.contains(u"\t'=HYPERLINK(\"http://x.example\")\n"_s), qPrintable(copied));
        QVERIFY(!copied.contains(u"\t="_s) && !copied.contains(u"\t@"_s));
    }
};

QTEST_MAIN(tst_OpenAnswersView)
#include "tst_openanswersview.moc"
