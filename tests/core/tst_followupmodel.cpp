#include "themefixture.h"

#include "models/followupmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ThemeFixture::fixture;

namespace {

FollowUpModel::Source sourceOf(const ThemeFixture::Fixture &f)
{
    FollowUpModel::Source s;
    s.cache = std::make_shared<ResponseCache>(f.cache);
    s.themes = std::make_shared<AnswerThemes>(f.themes);
    s.themeLabels = {u"Levering"_s, u"Factuur"_s};
    for (qint64 row = 0; row < f.cache.size(); ++row) {
        s.responseKeys.push_back(1000 + row);
        s.respondents.push_back(row == 8 ? u"=HYPERLINK(\"x\")"_s : u"R%1"_s.arg(row));
    }
    s.followUps.insert(1001, {1001, FollowUp::Status::Contacted, u"Called"_s});
    return s;
}

} // namespace

class tst_FollowUpModel : public QObject
{
    Q_OBJECT

private slots:
    void detractorsNewestFirst()
    {
        const auto f = fixture();
        FollowUpModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(sourceOf(*f));
        // Detractors: rows 0, 1, 5, 8; newest first.
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(0, 0), FollowUpModel::CacheRowRole).toUInt(), 8u);
        QCOMPARE(model.data(model.index(3, 0), FollowUpModel::CacheRowRole).toUInt(), 0u);
        QCOMPARE(model.data(model.index(2, FollowUpModel::ThemesColumn)).toString(),
                 u"Levering, Factuur"_s);
        QCOMPARE(model.data(model.index(2, FollowUpModel::StatusColumn)).toString(),
                 u"contacted"_s);
        QCOMPARE(model.data(model.index(2, FollowUpModel::NoteColumn)).toString(), u"Called"_s);
        QCOMPARE(model.data(model.index(3, FollowUpModel::StatusColumn), Qt::EditRole).toString(),
                 u"open"_s);
        QCOMPARE(model.data(model.index(2, FollowUpModel::RespondentColumn)).toString(), u"R1"_s);
        QCOMPARE(model.columnCount(), int(FollowUpModel::FirstDimensionColumn) + 1);
        QCOMPARE(model.data(model.index(2, FollowUpModel::FirstDimensionColumn)).toString(),
                 u"Web"_s);
        QVERIFY(model.flags(model.index(0, FollowUpModel::NoteColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, FollowUpModel::AnswerColumn)) & Qt::ItemIsEditable));
    }

    void editsAreAnnounced()
    {
        const auto f = fixture();
        FollowUpModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(sourceOf(*f));
        QSignalSpy changed(&model, &FollowUpModel::followUpChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(3, FollowUpModel::StatusColumn), u"resolved"_s));
        QVERIFY(model.setData(model.index(3, FollowUpModel::NoteColumn), u"Refund sent"_s));
        QVERIFY(!model.setData(model.index(3, FollowUpModel::StatusColumn), u"lost"_s));
        QVERIFY(!model.setData(model.index(3, FollowUpModel::AnswerColumn), u"x"_s));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(data.count(), 2);
        const auto last = changed.last().at(0).value<FollowUp>();
        QCOMPARE(last.responseKey, 1000);
        QCOMPARE(last.status, FollowUp::Status::Resolved);
        QCOMPARE(last.note, u"Refund sent"_s);
        model.setStatusFilter(FollowUp::Status::Resolved);
        QCOMPARE(model.rowCount(), 1);
        model.setStatusFilter(FollowUp::Status::Open);
        QCOMPARE(model.rowCount(), 2);
        model.setStatusFilter(std::nullopt);
        Filter web;
        web.segments[0] = {1};
        model.setFilter(web);
        QCOMPARE(model.rowCount(), 2); // rows 1 and 5
        Filter promoters;
        promoters.groups = Filter::Promoters;
        model.setFilter(promoters);
        QCOMPARE(model.rowCount(), 0);
    }

    void csvNeutralisesFormulas()
    {
        const auto f = fixture();
        FollowUpModel model;
        model.setSource(sourceOf(*f));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(model.writeCsv(&buffer).ok());
        const QString csv = QString::fromUtf8(buffer.data());
        QVERIFY(buffer.data().startsWith("\xef\xbb\xbf")); // a BOM, so spreadsheets read UTF-8
        QCOMPARE(csv.count(u"\r\n"_s), 5);                 // header and four detractors
        QVERIFY2(csv.contains(u"\"'=HYPERLINK(\"\"x\"\")\""_s), qPrintable(csv));
        QVERIFY(csv.contains(u"de levering was te laat en de factuur fout"_s));
    }

    // Contact details, when the project keeps them: a column of their own, exported
    // neutralised; without them the export has no contact column at all.
    void contactsWhenMapped()
    {
        const auto f = fixture();
        FollowUpModel model;
        model.setSource(sourceOf(*f));
        QVERIFY(!model.hasContacts());
        QBuffer without;
        without.open(QIODevice::WriteOnly);
        QVERIFY(model.writeCsv(&without).ok());
        QVERIFY(!QString::fromUtf8(without.data()).contains(u"Contact"_s));

        FollowUpModel::Source source = sourceOf(*f);
        for (qint64 row = 0; row < f->cache.size(); ++row)
            source.contacts.push_back(row == 1 ? u"+31 6 1234 5678"_s
                                               : u"r%1@example.org"_s.arg(row));
        model.setSource(std::move(source));
        QVERIFY(model.hasContacts());
        QCOMPARE(model.headerData(FollowUpModel::ContactColumn, Qt::Horizontal).toString(),
                 u"Contact"_s);
        QCOMPARE(model.data(model.index(0, FollowUpModel::ContactColumn)).toString(),
                 u"r8@example.org"_s);
        QBuffer with;
        with.open(QIODevice::WriteOnly);
        QVERIFY(model.writeCsv(&with).ok());
        const QString csv = QString::fromUtf8(with.data());
        QVERIFY2(csv.contains(u"Contact,"_s), qPrintable(csv));
        QVERIFY2(csv.contains(u"\"'+31 6 1234 5678\""_s), qPrintable(csv));
        QVERIFY(csv.contains(u"r5@example.org"_s));
    }
};

QTEST_GUILESS_MAIN(tst_FollowUpModel)
#include "tst_followupmodel.moc"
