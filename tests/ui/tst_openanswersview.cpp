#include "dashboardcontroller.h"
#include "filterstate.h"
#include "models/openanswersmodel.h"
#include "openanswersview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

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

    // A survey with several open questions: the analyst picks the one the table shows (short
    // labels with the number of answers, the full question as tooltip); the search follows
    // it; the reading pane shows every answer of the respondent; the choice is kept with the
    // project's filter state and survives clearing the filter.
    void answerColumnTakesTheWidthWithoutAScrollBar()
    {
        // Three segment columns with long values, at the width the view has in a 1280 px window
        // (the table beside the reading pane).
        QList<ResponseCache::Dimension> dims;
        for (const QString &name : {u"Gender"_s, u"Country"_s, u"Category"_s})
            dims.append({name, {u"United States of America"_s, u"Data scientist or analyst"_s}});
        ResponseCache::Builder b(dims);
        for (int i = 0; i < 40; ++i) {
            const quint16 codes[] = {quint16(i % 2), quint16((i / 2) % 2), quint16((i / 4) % 2)};
            b.add(qint8(i % 11),
                  qint32(QDate(2025, 1, 1 + i % 28).toJulianDay()),
                  u"Community and the active development of new packages, number %1"_s.arg(i),
                  codes);
        }
        const auto cache = std::make_shared<const ResponseCache>(b.finish());
        DashboardController controller;
        OpenAnswersView view(&controller);
        view.resize(980, 400);
        view.show();
        controller.setCache(cache);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(50);
        QTableView *table = view.table();
        int total = 0;
        int widestOther = 0;
        const int answer = view.model()->answerColumn();
        for (int c = 0; c < view.model()->columnCount(); ++c) {
            if (table->isColumnHidden(c))
                continue;
            total += table->columnWidth(c);
            if (c != answer)
                widestOther = std::max(widestOther, table->columnWidth(c));
        }
        QVERIFY2(total <= table->viewport()->width(),
                 qPrintable(u"%1 > %2"_s.arg(total).arg(table->viewport()->width())));
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QVERIFY(table->columnWidth(answer) > widestOther);
        // The count line above is wrapped, never cut off.
        for (const QLabel *label : view.findChildren<QLabel *>()) {
            if (label->text().contains(u"with an answer"_s)) {
                QVERIFY(label->wordWrap());
                QVERIFY2(!label->text().contains(QChar(0x2026)), qPrintable(label->text()));
            }
        }
        // Narrowed, then as wide as a 1920 px window: the segment columns that gave way get
        // their own width back (their labels whole), the answer still the widest.
        view.resize(500, 400);
        QTest::qWait(50);
        const auto segmentWidths = [&] {
            QList<int> widths;
            for (int c = OpenAnswersModel::FirstDimensionColumn; c < view.model()->columnCount();
                 ++c) {
                if (c != answer && !table->isColumnHidden(c))
                    widths << table->columnWidth(c);
            }
            return widths;
        };
        const QList<int> narrow = segmentWidths();
        QCOMPARE(narrow.size(), 3);
        view.resize(1500, 400);
        QTRY_VERIFY(table->viewport()->width() > 1000);
        QTest::qWait(50);
        const QList<int> wide = segmentWidths();
        for (int i = 0; i < wide.size(); ++i) {
            QVERIFY2(wide.at(i) >= 80, qPrintable(QString::number(wide.at(i))));
            QVERIFY(wide.at(i) > narrow.at(i));
            QVERIFY(table->columnWidth(answer) > wide.at(i));
        }
    }

    void picksTheOpenQuestion()
    {
        ResponseCache::Builder b({});
        b.setQuestions(
            {{u"Why did you give this score?"_s, {}, true},
             {u"What is the one thing we should improve in the next release?"_s, {}, false}});
        for (int i = 0; i < 4; ++i) {
            b.add(qint8(6 + i),
                  qint32(QDate(2025, 1, 1 + i).toJulianDay()),
                  u"because %1"_s.arg(i),
                  nullptr);
            if (i != 1)
                b.setAnswer(1, i, b.answerIndexOf(u"improve speed %1"_s.arg(i)));
        }
        const auto cache = std::make_shared<const ResponseCache>(b.finish());
        DashboardController controller;
        OpenAnswersView view(&controller);
        view.resize(900, 500);
        view.show();
        controller.setCache(cache);

        QComboBox *picker = view.questionPicker();
        QVERIFY(!picker->isHidden());
        QCOMPARE(picker->count(), 2);
        QVERIFY2(picker->itemText(1).endsWith(u"(3)"_s), qPrintable(picker->itemText(1)));
        QVERIFY(picker->itemText(1).size() < cache->questions().at(1).text.size());
        QCOMPARE(picker->itemData(1, Qt::ToolTipRole).toString(), cache->questions().at(1).text);
        QCOMPARE(picker->currentIndex(), 0);
        const int answerColumn = view.model()->answerColumn();
        QCOMPARE(view.model()->rowCount(), 4);

        picker->setCurrentIndex(1);
        emit picker->activated(1);
        QCOMPARE(controller.filter().question, 1);
        QCOMPARE(view.model()->question(), 1);
        QCOMPARE(picker->toolTip(), cache->questions().at(1).text);
        // The answer column is headed by the same short label, the question as its tooltip.
        const QString header
            = view.table()->model()->headerData(answerColumn, Qt::Horizontal).toString();
        QVERIFY2(picker->itemText(1).startsWith(header + u" ("_s), qPrintable(header));
        QCOMPARE(view.table()->model()->headerData(answerColumn, Qt::Horizontal, Qt::ToolTipRole),
                 QVariant(cache->questions().at(1).text));
        QStringList shown;
        for (int r = 0; r < view.model()->rowCount(); ++r)
            shown << view.model()->index(r, answerColumn).data().toString();
        QVERIFY2(shown.contains(u"improve speed 3"_s), qPrintable(shown.join(u'|')));

        // The search box (the filter's text) searches the chosen question.
        Filter search = controller.filter();
        search.text = u"speed 2"_s;
        controller.setFilter(search);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, answerColumn).data().toString(), u"improve speed 2"_s);
        QCOMPARE(controller.result().responses, 1);

        // The reading pane: this question's answer first, then the other one.
        view.table()->setCurrentIndex(view.table()->model()->index(0, 0));
        const QString pane = view.readingPane()->toPlainText();
        QVERIFY2(pane.contains(u"improve speed 2"_s) && pane.contains(u"because 2"_s),
                 qPrintable(pane));
        QVERIFY(pane.indexOf(u"improve speed 2"_s) < pane.indexOf(u"because 2"_s));

        // Remembered with the project's filter; clearing the filter keeps the question.
        const Filter restored
            = FilterState::fromVariant(FilterState::toVariant(controller.filter(), *cache), *cache);
        QCOMPARE(restored.question, 1);
        controller.clearFilter();
        QCOMPARE(controller.filter().question, 1);
        QCOMPARE(view.model()->rowCount(), 4);
        QCOMPARE(view.model()->question(), 1);
        QCOMPARE(picker->currentIndex(), 1);
    }

    // One open question: no picker to distract.
    void noPickerForOneQuestion()
    {
        ResponseCache::Builder b({});
        b.setQuestions({{u"Why?"_s, {}, true}});
        b.add(9, qint32(QDate(2025, 3, 1).toJulianDay()), u"fine"_s, nullptr);
        DashboardController controller;
        OpenAnswersView view(&controller);
        controller.setCache(std::make_shared<const ResponseCache>(b.finish()));
        QVERIFY(view.questionPicker()->isHidden());
    }
};

QTEST_MAIN(tst_OpenAnswersView)
#include "tst_openanswersview.moc"
