#include "csv/xlsxreader.h"
#include "import/importer.h"
#include "store/surveystore.h"
#include "verifyresult.h"
#include "xlsxfixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <random>

using namespace Qt::StringLiterals;

namespace {

// XML written piece by piece that remembers where its values are, so that whitespace between
// elements can move values onto the reader's chunk boundaries.
class BoundaryXml
{
public:
    void markup(const QByteArray &bytes) { m_bytes += bytes; }
    // Where whitespace may go: before an element that holds a value.
    void elementStart() { m_gaps.append(m_bytes.size()); }
    void value(const QByteArray &bytes)
    {
        m_values.append({m_bytes.size(), m_bytes.size() + bytes.size(), m_gaps.last()});
        m_bytes += bytes;
    }
    const QByteArray &bytes() const { return m_bytes; }

    // Moves a value across every multiple of `chunk` (counted from the part's first byte, the
    // `prefix` bytes before these ones included); returns how many boundaries it placed.
    int placeOnBoundaries(qsizetype chunk, qsizetype prefix)
    {
        int placed = 0;
        for (qsizetype boundary = chunk - prefix; boundary < m_bytes.size(); boundary += chunk) {
            qsizetype before = -1; // the last value that starts before the boundary
            for (qsizetype i = 0; i < m_values.size(); ++i) {
                if (m_values.at(i).begin < boundary
                    && m_values.at(i).end - m_values.at(i).begin >= 2)
                    before = i;
            }
            if (before < 0)
                continue;
            const Span v = m_values.at(before);
            if (v.end <= boundary) {
                const qsizetype shift = boundary - (v.begin + (v.end - v.begin) / 2);
                m_bytes.insert(v.gap, QByteArray(shift, ' '));
                for (Span &s : m_values) {
                    if (s.gap >= v.gap) {
                        s.begin += shift;
                        s.end += shift;
                        s.gap += s.gap > v.gap ? shift : 0;
                    }
                }
                for (qsizetype &g : m_gaps)
                    g += g > v.gap ? shift : 0;
            }
            const Span &moved = m_values.at(before);
            placed += moved.begin < boundary && boundary < moved.end;
        }
        return placed;
    }

private:
    struct Span
    {
        qsizetype begin, end, gap;
    };
    QByteArray m_bytes;
    QList<Span> m_values;
    QList<qsizetype> m_gaps;
};

QByteArray cellReference(char column, int row)
{
    return QByteArray(1, column) + QByteArray::number(row);
}

} // namespace

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

    // Each value is read whole although the sheet (and its shared strings) reach the reader in
    // 256 KiB pieces: a piece that ends inside a value must not lose or replace it.
    void valuesStraddlingChunkBoundaries_data()
    {
        QTest::addColumn<bool>("shared");
        QTest::newRow("inline strings") << false;
        QTest::newRow("shared strings") << true;
    }

    void valuesStraddlingChunkBoundaries()
    {
        QFETCH(bool, shared);
        constexpr qsizetype Chunk = qsizetype(256) * 1024;
        std::mt19937 rng(11);
        const QString letters = u"abcdefghijklmnopqrstuvwxyzé"_s;
        BoundaryXml sheet, strings;
        QList<QStringList> expected{{u"ID"_s, u"Answer"_s, u"Score"_s}};
        sheet.markup(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c>)"
                     R"(<c r="B1" t="inlineStr"><is><t>Answer</t></is></c>)"
                     R"(<c r="C1" t="inlineStr"><is><t>Score</t></is></c></row>)");
        for (int row = 2; row <= 12000; ++row) {
            QString text;
            const int length = 40 + int(rng() % 360);
            while (text.size() < length)
                text += letters.at(int(rng() % letters.size()));
            const QByteArray id = QByteArray::number(1000000 + row);
            const QByteArray score = QByteArray::number(row % 11);
            expected.append({QString::fromLatin1(id), text, QString::fromLatin1(score)});

            sheet.markup("<row r=\"" + QByteArray::number(row) + "\">");
            sheet.elementStart();
            sheet.markup("<c r=\"" + cellReference('A', row) + "\"><v>");
            sheet.value(id);
            sheet.markup("</v></c>");
            sheet.elementStart();
            if (shared) {
                strings.elementStart();
                strings.markup("<si><t>");
                strings.value(text.toUtf8());
                strings.markup("</t></si>");
                sheet.markup("<c r='" + cellReference('B', row) + "' t='s'><v>");
                sheet.value(QByteArray::number(row - 2));
                sheet.markup("</v></c>");
            } else {
                sheet.markup("<c r='" + cellReference('B', row) + "' t='inlineStr'><is><t>");
                sheet.value(text.toUtf8());
                sheet.markup("</t></is></c>");
            }
            sheet.elementStart();
            sheet.markup("<c r=\"" + cellReference('C', row) + "\"><v>");
            sheet.value(score);
            sheet.markup("</v></c></row>");
        }
        QVERIFY(sheet.placeOnBoundaries(Chunk, XlsxFixture::sheetPrefix().size()) >= 3);
        XlsxFixture x;
        if (shared) {
            QVERIFY(strings.placeOnBoundaries(Chunk, XlsxFixture::sharedStringsPrefix().size())
                    >= 3);
            x.sharedStringsXml = XlsxFixture::sharedStringsPrefix() + strings.bytes() + "</sst>";
        }
        x.sheets.append({u"Answers"_s, sheet.bytes()});
        const QString file = path(shared ? "straddle-shared.xlsx" : "straddle-inline.xlsx");
        QVERIFY(x.write(file));

        XlsxReader reader(file);
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        qsizetype row = 0;
        while (reader.readRecord()) {
            QVERIFY(row < expected.size());
            QCOMPARE(reader.fields(), expected.at(row));
            ++row;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(row, expected.size());
    }

    // The same records whatever the size of the pieces the parts are read in.
    void sameRecordsWhateverThePieceSize()
    {
        QVERIFY(msForms().write(path("pieces.xlsx")));
        QList<QStringList> expected;
        XlsxReader whole(path("pieces.xlsx"));
        while (whole.readRecord())
            expected.append(whole.fields());
        QCOMPARE(expected.size(), 4);
        for (qsizetype piece : {1, 2, 3, 7, 64, 1000}) {
            XlsxReader::Limits limits;
            limits.member.chunkBytes = piece;
            XlsxReader reader(path("pieces.xlsx"), {}, limits);
            QList<QStringList> records;
            while (reader.readRecord())
                records.append(reader.fields());
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
            QCOMPARE(records, expected);
        }
    }

    // Found by the hostile-file campaign: a header cell left out of the XML (an empty header
    // over a column with values) made a dimension without a name that SQL refused as NULL; the
    // same sheet as CSV imported. Both import alike now.
    void emptyHeaderCellImportsAsInCsv()
    {
        XlsxFixture x;
        x.sharedStrings = {u"Score"_s, u"Plan"_s, u"a"_s, u"b"_s, u"Pro"_s};
        x.sheets.append(
            {u"Data"_s,
             R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>)"
             R"(<row r="2"><c r="A2"><v>9</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>4</v></c></row>)"
             R"(<row r="3"><c r="A3"><v>7</v></c><c r="B3" t="s"><v>3</v></c><c r="C3" t="s"><v>4</v></c></row>)"});
        QVERIFY(x.write(path("empty-header.xlsx")));
        QFile csv(path("empty-header.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Score,,Plan\n9,a,Pro\n7,b,Pro\n");
        csv.close();
        QStringList dimensions;
        for (const char *file : {"empty-header.csv", "empty-header.xlsx"}) {
            SurveyStore store;
            QVERIFY_RESULT(store.open(path(file) + u".npsdb"_s));
            QVERIFY_RESULT(Importer(store).run(path(file)));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"SELECT group_concat(quote(name), ',') FROM dimensions"_s) && q.next());
            dimensions << q.value(0).toString();
        }
        QCOMPARE(dimensions.at(1), dimensions.at(0));
    }

    // Numbers as a spreadsheet shows them (and writes them to CSV), not as they are stored.
    void numbersAsShown_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("whole number with a fraction") << "2019.0"_ba << u"2019"_s;
        QTest::newRow("exponent") << "1.5E+3"_ba << u"1500"_s;
        QTest::newRow("negative whole") << "-7.0"_ba << u"-7"_s;
        QTest::newRow("binary fraction noise") << "0.30000000000000004"_ba << u"0.3"_s;
        QTest::newRow("fraction") << "3.25"_ba << u"3.25"_s;
        QTest::newRow("long id") << "12345678901234"_ba << u"12345678901234"_s;
        QTest::newRow("small") << "1E-3"_ba << u"0.001"_s;
        QTest::newRow("plain") << "9"_ba << u"9"_s;
    }

    void numbersAsShown()
    {
        QFETCH(QByteArray, stored);
        QFETCH(QString, shown);
        XlsxFixture x;
        x.sheets.append({u"Data"_s,
                         R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Year</t></is></c></row>)"
                         R"(<row r="2"><c r="A2"><v>)"
                             + stored + "</v></c></row>"});
        QVERIFY(x.write(path("numbers.xlsx")));
        XlsxReader reader(path("numbers.xlsx"));
        QVERIFY(reader.readRecord());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.field(0).toString(), shown);
    }

    // Google Sheets leaves trailing empty cells out of a row: the row is still as wide as the
    // sheet, with or without a <dimension> that says how wide that is.
    void shortRowsArePadded_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("width");
        QTest::newRow("no dimension") << QByteArray() << 4;
        QTest::newRow("dimension") << R"(<dimension ref="A1:E4"/>)"_ba << 5;
    }

    void shortRowsArePadded()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, width);
        XlsxFixture x;
        x.sharedStrings = {u"Score"_s, u"Reason"_s, u"Plan"_s, u"Country"_s, u"Great"_s};
        QByteArray rows = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>)"
                          R"(<c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>)"
                          R"(<row r="2"><c r="A2"><v>9</v></c><c r="B2" t="s"><v>4</v></c></row>)"
                          R"(<row r="3"><c r="A3"><v>3</v></c></row>)"
                          R"(<row r="4"><c r="A4"><v>10</v></c><c r="D4" t="s"><v>4</v></c></row>)";
        x.sheets.append({u"Form responses 1"_s, rows, head});
        QVERIFY(x.write(path("short.xlsx")));
        XlsxReader reader(path("short.xlsx"));
        for (int row = 1; row <= 4; ++row) {
            QVERIFY(reader.readRecord());
            QCOMPARE(reader.fieldCount(), width);
        }
        QCOMPARE(reader.field(3).toString(), u"Great"_s);

        SurveyStore store;
        // One project per data row: the second would find these respondents already imported.
        QVERIFY_RESULT(store.open(path("short.xlsx") + QString::number(width) + u".npsdb"_s));
        ImportOptions options;
        options.map = {{u"score"_s, u"Score"_s}};
        const ImportReport r = Importer(store).run(path("short.xlsx"), options);
        QVERIFY_RESULT(r);
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.skipped, 0);
    }

    // A zip bomb: a small workbook that unpacks to far more than any survey. It is refused with
    // a clear message, without allocating what the archive declares.
    void zipBombsAreRefused_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("spaces in the shared strings") << u"strings"_s;
        QTest::newRow("spaces in the sheet") << u"sheet"_s;
        QTest::newRow("one endless text") << u"text"_s;
    }

    void zipBombsAreRefused()
    {
        QFETCH(QString, part);
        const QByteArray spaces(qsizetype(40) * 1000 * 1000, ' ');
        XlsxFixture x;
        QByteArray rows = R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"
                          R"(<row r="2"><c r="A2"><v>9</v></c></row>)";
        x.sharedStrings = {u"Score"_s};
        if (part == u"strings")
            x.sharedStringsXml
                = XlsxFixture::sharedStringsPrefix() + "<si><t>Score</t></si>" + spaces + "</sst>";
        else if (part == u"sheet")
            rows += spaces;
        else
            x.sharedStringsXml
                = XlsxFixture::sharedStringsPrefix() + "<si><t>" + spaces + "</t></si></sst>";
        x.sheets.append({u"Bomb"_s, rows});
        const QString file = path("bomb.xlsx");
        QVERIFY(x.write(file));
        QVERIFY(QFileInfo(file).size() < qint64(200) * 1000);

        XlsxReader reader(file);
        while (reader.readRecord()) {
        }
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(u"the workbook is too large or damaged"_s),
                 qPrintable(reader.errorString()));
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("bomb.npsdb")));
        const ImportReport r = Importer(store).run(file);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"too large or damaged"_s), qPrintable(r.error));
        QCOMPARE(store.responseCount(), 0);
    }

    void limitsOfOnePart()
    {
        // Past the size limit although it packs no better than 100:1.
        XlsxFixture x;
        x.sharedStrings = {u"Score"_s};
        QByteArray rows = R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)";
        for (int row = 2; row < 3000; ++row)
            rows += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"A" + QByteArray::number(row)
                    + "\"><v>" + QByteArray::number(row % 11) + "</v></c></row>";
        x.sheets.append({u"Data"_s, rows});
        QVERIFY(x.write(path("limits.xlsx")));
        XlsxReader::Limits limits;
        limits.member.maxBytes = qint64(64) * 1024;
        XlsxReader reader(path("limits.xlsx"), {}, limits);
        while (reader.readRecord()) {
        }
        QVERIFY2(reader.errorString().contains(u"unpacks to more than"_s),
                 qPrintable(reader.errorString()));
    }

    // Found by fuzzing: a sheet whose checksum is wrong, or whose XML is broken after its rows,
    // was read without complaint in pieces that stopped at </sheetData>, and refused in one.
    void damageAtTheEndIsFoundWhateverThePieceSize_data()
    {
        QTest::addColumn<bool>("checksum");
        QTest::newRow("wrong checksum") << true;
        QTest::newRow("invalid UTF-8 after the rows") << false;
    }

    void damageAtTheEndIsFoundWhateverThePieceSize()
    {
        QFETCH(bool, checksum);
        XlsxFixture x = msForms();
        x.stored = true;
        if (!checksum)
            x.sheets.last().rowsXml += "</sheetData><extLst>\xff\xfe</extLst><sheetData>";
        const QString name = path(checksum ? "crc.xlsx" : "tail.xlsx");
        QVERIFY(x.write(name));
        if (checksum) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            const qsizetype at = bytes.indexOf("<v>45933.75</v>");
            QVERIFY(at > 0);
            bytes[at + 3] = '5'; // still valid XML; only the checksum tells
            file.seek(0);
            file.write(bytes);
        }
        for (qsizetype piece : {qsizetype(256) * 1024, qsizetype(1), qsizetype(7)}) {
            XlsxReader::Limits limits;
            limits.member.chunkBytes = piece;
            XlsxReader reader(name, {}, limits);
            while (reader.readRecord()) {
            }
            QVERIFY2(reader.errorString().contains(u"damaged"_s), qPrintable(reader.errorString()));
        }
    }

    // Found by fuzz_xlsxreader: bytes that are not UTF-8, and anything after a part's root
    // element, were refused when they came in the piece the reader was in and let through when
    // they came in a piece it never asked for: the size of the pieces decided whether a
    // workbook imported. Now invalid bytes are refused where they stand, and what follows the
    // root is not read, in pieces of every size.
    void outcomeDoesNotDependOnThePieceSize_data()
    {
        QTest::addColumn<QByteArray>("stylesInside");
        QTest::addColumn<QByteArray>("afterStyles");
        QTest::addColumn<QByteArray>("afterSheet");
        QTest::addColumn<bool>("readable");
        QTest::newRow("well formed") << QByteArray() << QByteArray() << QByteArray() << true;
        QTest::newRow("invalid UTF-8 in the styles")
            << QByteArray("<colors><rgbColor \x88\x98\x9d\xc2\"0\"/></colors>") << QByteArray()
            << QByteArray() << false;
        QTest::newRow("invalid UTF-8 in a text of the styles")
            << QByteArray("<fonts><font>x\xff</font></fonts>") << QByteArray() << QByteArray()
            << false;
        QTest::newRow("text after the styles' root")
            << QByteArray() << QByteArray("</styleSSheeth>eet>") << QByteArray() << true;
        QTest::newRow("text after the sheet's root")
            << QByteArray() << QByteArray() << QByteArray("<junk") << true;
        QTest::newRow("invalid UTF-8 after the sheet's root")
            << QByteArray() << QByteArray() << QByteArray("\xff\xfe") << true;
    }

    void outcomeDoesNotDependOnThePieceSize()
    {
        QFETCH(QByteArray, stylesInside);
        QFETCH(QByteArray, afterStyles);
        QFETCH(QByteArray, afterSheet);
        QFETCH(bool, readable);
        XlsxFixture x = msForms();
        x.stored = true;
        x.stylesXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                      "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/><xf "
                      "numFmtId=\"14\"/></cellXfs>"
                      + stylesInside + "</styleSheet>" + afterStyles;
        x.afterSheet = afterSheet;
        const QString name = path("outcome.xlsx");
        QVERIFY(x.write(name));
        std::optional<QList<QStringList>> expected;
        for (qsizetype piece : {qsizetype(256) * 1024,
                                qsizetype(1),
                                qsizetype(2),
                                qsizetype(7),
                                qsizetype(11),
                                qsizetype(64)}) {
            XlsxReader::Limits limits;
            limits.member.chunkBytes = piece;
            XlsxReader reader(name, {}, limits);
            QList<QStringList> records;
            while (reader.readRecord())
                records.append(reader.fields());
            const QByteArray what
                = "pieces of " + QByteArray::number(piece) + ": " + reader.errorString().toUtf8();
            QVERIFY2(reader.hasError() != readable, what.constData());
            if (!readable) {
                QVERIFY2(reader.errorString().contains(u"styles.xml"_s), what.constData());
                continue;
            }
            QCOMPARE(records.size(), 4);
            if (!expected)
                expected = records;
            QCOMPARE(records, *expected);
        }
    }

    // A cell that refers to a shared string the workbook does not have is damage, not the
    // first shared string (a header) in its place.
    void missingSharedStringIsDamage()
    {
        XlsxFixture x;
        x.sharedStrings = {u"Score"_s, u"Reason"_s};
        x.sheets.append(
            {u"Data"_s,
             R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
             R"(<row r="2"><c r="A2"><v>9</v></c><c r="B2" t="s"><v>7</v></c></row>)"
             R"(<row r="3"><c r="A3"><v>9</v></c><c r="B3" t="s"/></row>)"});
        QVERIFY(x.write(path("missing-string.xlsx")));
        XlsxReader reader(path("missing-string.xlsx"));
        QVERIFY(reader.readRecord());
        QVERIFY(!reader.readRecord());
        QVERIFY2(reader.errorString().contains(u"is damaged: cell B2"_s),
                 qPrintable(reader.errorString()));
    }

    // Inline strings only (no <v> anywhere), and phonetic hints left out of them.
    void sheetOfInlineText()
    {
        XlsxFixture x;
        x.sheets.append({u"Empty"_s, {}});
        x.sheets.append({u"Text"_s,
                         R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Reason</t></is></c></row>)"
                         R"(<row r="2"><c r="A2" t="inlineStr"><is><r><t>東京</t></r>)"
                         R"(<rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c></row>)"});
        QVERIFY(x.write(path("inline.xlsx")));
        XlsxReader reader(path("inline.xlsx"));
        QCOMPARE(reader.sheetName(), u"Text"_s);
        QVERIFY(reader.readRecord());
        QVERIFY(reader.readRecord());
        QCOMPARE(reader.field(0).toString(), u"東京"_s);
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
