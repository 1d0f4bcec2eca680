#include "dashboardcontroller.h"
#include "reportdialog.h"
#include "verifyresult.h"

#include <QCheckBox>
#include <QComboBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <random>

class tst_ReportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

private slots:
    void savesTheChosenQuarterAndSections()
    {
        ResponseCache::Builder b({{QStringLiteral("Touchpoint"),
                                   {QStringLiteral("Online"), QStringLiteral("Support")}}});
        std::mt19937 rng(11);
        for (int i = 0; i < 600; ++i) {
            const quint16 codes[] = {quint16(rng() % 2)};
            b.add(qint8(rng() % 11),
                  qint32(QDate(2025, 1, 1).toJulianDay() + rng() % 300),
                  rng() % 2 ? QStringLiteral("slow support") : QStringLiteral("great app"),
                  codes);
        }
        DashboardController controller;
        controller.setCache(std::make_shared<const ResponseCache>(b.finish()));
        Filter support;
        support.segments[0] = {1};
        controller.setFilter(support);

        ReportDialog dialog(&controller, QStringLiteral("Acme"), {});
        auto *quarter = dialog.findChildren<QComboBox *>().at(0);
        QCOMPARE(quarter->count(), 4); // 2025-Q4 … 2025-Q1, newest first
        QCOMPARE(quarter->itemText(0).right(2), QStringLiteral("Q4"));
        quarter->setCurrentIndex(1); // 2025-Q3
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().startsWith(QStringLiteral("Voices")))
                box->setChecked(false);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("acme.pdf"));
        QVERIFY_RESULT(dialog.saveTo(pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Quarterly NPS report · 2025-Q3")),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("Touchpoint: Support")));
        QVERIFY(!text.contains(QStringLiteral("In their own words")));
        QVERIFY(text.contains(QStringLiteral("Method and sources")));
    }
};

QTEST_MAIN(tst_ReportDialog)
#include "tst_reportdialog.moc"
