#include "csv/xlsxreader.h"
#include "import/importer.h"
#include "store/surveystore.h"
#include "verifyresult.h"
#include "xlsxfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_XlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // Microsoft Forms' layout: ID, Start time, Completion time, Email, Name, then the questions.
    static XlsxFixture msForms()
    {
        XlsxFixture x;
        x.sharedStrings = {u"ID"_s,
                           u"Start time"_s,
                           u"Completion time"_s,
                           u"Email"_s,
                           u"Name"_s,
                           u"How likely are you to recommend Contoso to a friend or colleague?"_s,
                           u"What is the main reason for your score?"_s,
                           u"Department"_s,
                           u"anonymous"_s,
                           u"Sales"_s,
                           u"Support was great"_s,
                           u"Marketing"_s,
                           u"Too slow"_s,
                           u"Jan de Vries"_s};
        x.sheets.append({QStringLiteral("Empty"), {}});
        QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                          "t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                          "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c "
                          "r=\"F1\" t=\"s\"><v>5</v></c>"
                          "<c r=\"G1\" t=\"s\"><v>6</v></c><c r=\"H1\" t=\"s\"><v>7</v></c></row>";
        // 45931.5 = 2025-10-01 12:00 in the 1900 system; the answer of row 3 is left out.
        rows += "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" s=\"1\"><v>45931.49</v></c><c "
                "r=\"C2\" s=\"1\"><v>45931.5</v></c>"
                "<c r=\"D2\" t=\"s\"><v>8</v></c><c r=\"F2\"><v>9</v></c><c r=\"G2\" "
                "t=\"s\"><v>10</v></c><c r=\"H2\" t=\"s\"><v>9</v></c></row>";
        rows += "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"C3\" s=\"2\"><v>45932</v></c><c "
                "r=\"D3\" t=\"inlineStr\"><is><t>jan@contoso.com</t></is></c>"
                "<c r=\"E3\" t=\"s\"><v>13</v></c><c r=\"F3\"><v>3</v></c><c r=\"H3\" "
                "t=\"s\"><v>11</v></c></row>";
        rows += "<row r=\"5\"><c r=\"A5\"><v>3</v></c><c r=\"C5\" s=\"1\"><v>45933.75</v></c><c "
                "r=\"D5\" t=\"s\"><v>8</v></c>"
                "<c r=\"F5\"><v>10</v></c><c r=\"G5\" t=\"s\"><v>12</v></c><c r=\"H5\" "
                "t=\"s\"><v>11</v></c></row>";
        x.sheets.append({QStringLiteral("Form1"), rows});
        return x;
    }

private slots:
    void readsTheFirstSheetWithData()
    {
        QVERIFY(msForms().write(path("forms.xlsx")));
        XlsxReader reader(path("forms.xlsx"));
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetName(), QStringLiteral("Form1"));
        QCOMPARE(reader.sheetNames(),
                 (QStringList{QStringLiteral("Empty"), QStringLiteral("Form1")}));
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.fieldCount(), 8);
        QCOMPARE(
            reader.field(5).toString(),
            QStringLiteral("How likely are you to recommend Contoso to a friend or colleague?"));
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.lineNumber(), 2);
        QCOMPARE(reader.field(2).toString(), QStringLiteral("2025-10-01T12:00:00"));
        QCOMPARE(reader.field(4).toString(), QString()); // left out of the XML
        QCOMPARE(reader.field(5).toString(), QStringLiteral("9"));
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.field(2).toString(),
                 QStringLiteral("2025-10-02")); // built-in date format 14
        QCOMPARE(reader.field(3).toString(), QStringLiteral("jan@contoso.com")); // inline string
        QCOMPARE(reader.field(6).toString(), QString());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.lineNumber(), 5); // row 4 does not exist
        QVERIFY(!reader.readRecord());
        QVERIFY(!reader.hasError());
    }

    void sheetByNameAnd1904()
    {
        XlsxFixture x;
        x.date1904 = true;
        x.sharedStrings = {u"Score"_s, u"Date"_s};
        x.sheets.append({QStringLiteral("Notes"), R"(<row r="1"><c r="A1"><v>1</v></c></row>)"});
        x.sheets.append(
            {QStringLiteral("Data"),
             "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
             "<row r=\"2\"><c r=\"A2\"><v>7</v></c><c r=\"B2\" s=\"2\"><v>0</v></c><c r=\"C2\" "
             "t=\"b\"><v>1</v></c></row>"});
        QVERIFY(x.write(path("1904.xlsx")));
        XlsxReader reader(path("1904.xlsx"), QStringLiteral("data"));
        QCOMPARE(reader.sheetName(), QStringLiteral("Data"));
        QVERIFY(reader.readRecord());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.field(1).toString(), QStringLiteral("1904-01-01"));
        QCOMPARE(reader.field(2).toString(), QStringLiteral("TRUE"));
        XlsxReader missing(path("1904.xlsx"), QStringLiteral("Nope"));
        QVERIFY(missing.hasError());
        QVERIFY(missing.errorString().contains(QStringLiteral("Notes, Data")));
    }

    void clearErrorsForBadWorkbooks()
    {
        QFile corrupt(path("corrupt.xlsx"));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("PK\x03\x04 this is not really a zip archive");
        corrupt.close();
        XlsxReader bad(corrupt.fileName());
        QVERIFY(bad.hasError());
        QVERIFY(bad.errorString().contains(QStringLiteral("corrupt.xlsx")));

        QFile encrypted(path("secret.xlsx"));
        QVERIFY(encrypted.open(QIODevice::WriteOnly));
        encrypted.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
        encrypted.close();
        XlsxReader secret(encrypted.fileName());
        QVERIFY(secret.errorString().contains(QStringLiteral("password-protected")));
    }

    void importsMicrosoftFormsWorkbook()
    {
        QVERIFY(msForms().write(path("forms2.xlsx")));
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("forms.npsdb")));
        const ImportReport r = Importer(store).run(path("forms2.xlsx"));
        QVERIFY_RESULT(r);
        QCOMPARE(r.layout.tool, SurveyLayout::Tool::MicrosoftForms);
        QCOMPARE(r.sheet, QStringLiteral("Form1"));
        QCOMPARE(r.imported, 3);
        QCOMPARE(
            r.layout.columnNames.at(r.mapping.score),
            QStringLiteral("How likely are you to recommend Contoso to a friend or colleague?"));
        QCOMPARE(r.layout.columnNames.at(r.mapping.answeredAt), QStringLiteral("Completion time"));
        QCOMPARE(r.mapping.leftOut.value(3), QStringLiteral("personal data")); // Email
        QCOMPARE(r.mapping.leftOut.value(4), QStringLiteral("personal data")); // Name
        QVERIFY(r.mapping.segments.contains(7));                               // Department
        QSqlQuery q(store.database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT answered_at, source_line FROM responses ORDER BY source_line")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2025-10-01T12:00:00"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 3);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_XlsxReader)
#include "tst_xlsxreader.moc"
