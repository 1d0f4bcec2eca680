#include "npsversion.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// The npsstudio command line, end to end, as a user or a script runs it.
class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run npsstudio(const QStringList &arguments, const QString &language = QStringLiteral("C.UTF-8"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), language);
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_NUMERIC"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(NPSSTUDIO_BINARY), arguments);
        if (!process.waitForFinished(120000))
            qFatal("npsstudio did not finish");
        return {process.exitCode(),
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The generated sample, imported into the project `db`.
    bool importSample(const QString &db)
    {
        return npsstudio({QStringLiteral("import"), m_sample, QStringLiteral("--db"), db}).exitCode
               == 0;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return file.fileName();
    }

    // The values of `summary --by … --json`'s rows, in their order.
    static QStringList breakdownOrder(const Run &run)
    {
        QStringList order;
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8())
                                    .object()
                                    .value(u"breakdown"_s)
                                    .toObject()
                                    .value(u"rows"_s)
                                    .toArray();
        for (const QJsonValue &row : rows)
            order << row.toObject().value(u"value"_s).toString();
        return order;
    }

private slots:
    void initTestCase()
    {
        m_sample = path(QStringLiteral("sample.csv"));
        QCOMPARE(QProcess::execute(QStringLiteral(GENERATE_SAMPLE_BINARY),
                                   {QStringLiteral("--rows"),
                                    QStringLiteral("500"),
                                    QStringLiteral("--out"),
                                    m_sample}),
                 0);
    }

    void version()
    {
        const Run run = npsstudio({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("NPS Studio " NPS_VERSION_STRING));
    }

    void help()
    {
        const Run run = npsstudio({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("npsstudio import FILE...")));
        const Run importHelp = npsstudio({QStringLiteral("import"), QStringLiteral("--help")});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY(importHelp.out.contains(QStringLiteral("--map")));
    }

    void importPrintsWhatItDetected()
    {
        const QString db = path(QStringLiteral("cli.npsdb"));
        const Run run = npsstudio({QStringLiteral("import"), m_sample, QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Generic (one header row)")));
        QVERIFY(run.out.contains(QStringLiteral("Delimiter:  ,")));
        QVERIFY(run.out.contains(
            QStringLiteral("score = “How likely is it that you would recommend us")));
        QVERIFY(run.out.contains(
            QStringLiteral("“Customer type”, “Product line”, “Touchpoint”, “Country”")));
        QVERIFY2(run.out.contains(QStringLiteral(
                     "Read 500 rows: 500 imported, 0 skipped, 0 already in the project.")),
                 qPrintable(run.out));
        QVERIFY(QFile::exists(db));

        const Run again
            = npsstudio({QStringLiteral("import"), m_sample, QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(
            QStringLiteral("0 imported, 0 skipped, 500 already in the project")));
    }

    void jsonReport()
    {
        const Run run = npsstudio({QStringLiteral("import"),
                                   QStringLiteral(NPS_TEST_DATA "/generic-issues.csv"),
                                   QStringLiteral("--db"),
                                   path(QStringLiteral("json.npsdb")),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject report
            = doc.object().value(QStringLiteral("imports")).toArray().first().toObject();
        QCOMPARE(report.value(QStringLiteral("rows_read")).toInt(), 10);
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 6); // N/A: no score, kept
        QCOMPARE(report.value(QStringLiteral("skipped")).toInt(), 4);
        QCOMPARE(report.value(QStringLiteral("issues")).toArray().size(), 4);
        QCOMPARE(report.value(QStringLiteral("without_score_because"))
                     .toObject()
                     .value(QStringLiteral("N/A"))
                     .toInt(),
                 1);
        QCOMPARE(report.value(QStringLiteral("issues"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 3);
        QCOMPARE(report.value(QStringLiteral("detected"))
                     .toObject()
                     .value(QStringLiteral("delimiter"))
                     .toString(),
                 QStringLiteral(","));
        QCOMPARE(report.value(QStringLiteral("columns"))
                     .toObject()
                     .value(QStringLiteral("score"))
                     .toString(),
                 QStringLiteral("score"));
    }

    void issuesWithLineNumbers()
    {
        const Run run = npsstudio({QStringLiteral("import"),
                                   QStringLiteral(NPS_TEST_DATA "/generic-issues.csv"),
                                   QStringLiteral("--db"),
                                   path(QStringLiteral("issues.npsdb"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("line 3, column “score”: out of range; expected a "
                                                "whole number from 0 to 10 (found “11”)")));
        QVERIFY(run.out.contains(QStringLiteral("line 7: expected 5 fields, found 6")));
    }

    // Counted messages read as English and Dutch are written: "1 response has", "2 responses have".
    void countsInTheirGrammaticalNumber()
    {
        const QString one
            = write(u"one-missing.csv"_s, "id,score,date\n1,9,2025-01-02\n2,,2025-01-03\n");
        const QString two = write(u"two-missing.csv"_s,
                                  "id,score,date\n1,9,2025-01-02\n2,,2025-01-03\n3,,2025-01-04\n");
        const Run en1 = npsstudio({u"import"_s, one, u"--db"_s, path(u"one-en.npsdb"_s)});
        QVERIFY2(en1.out.contains(u"1 response has no score (1 empty): kept with its answers"_s),
                 qPrintable(en1.out));
        const Run en2 = npsstudio({u"import"_s, two, u"--db"_s, path(u"two-en.npsdb"_s)});
        QVERIFY2(
            en2.out.contains(u"2 responses have no score (2 empty): kept with their answers"_s),
            qPrintable(en2.out));
        const Run nl1
            = npsstudio({u"import"_s, one, u"--db"_s, path(u"one-nl.npsdb"_s)}, u"nl_NL.UTF-8"_s);
        QVERIFY2(nl1.out.contains(u"1 antwoord heeft geen score (1 leeg)"_s), qPrintable(nl1.out));
        const Run nl2
            = npsstudio({u"import"_s, two, u"--db"_s, path(u"two-nl.npsdb"_s)}, u"nl_NL.UTF-8"_s);
        QVERIFY2(nl2.out.contains(u"2 antwoorden hebben geen score (2 leeg)"_s),
                 qPrintable(nl2.out));
    }

    // The group-disagreement and duplicate messages count in their grammatical number; a column
    // without a header is named by its position; role names and the no-date note in Dutch.
    void importReportCountsAndNamesInBothLanguages()
    {
        QByteArray csv = "Respondent ID,score,NPS group,\n";
        for (int k = 0; k < 20; ++k)
            csv += "A" + QByteArray::number(k) + (k % 2 ? ",9,Promoter,\n" : ",3,Detractor,\n");
        csv += "A0,8,Passive,\nA20,9,Detractor,\n"; // a repeated id; a group that disagrees
        const QString file = write(u"group-dup.csv"_s, csv);
        const Run en = npsstudio({u"import"_s, file, u"--db"_s, path(u"group-en.npsdb"_s)});
        QVERIFY2(en.out.contains(u"1 row repeats a respondent id of an earlier row"_s),
                 qPrintable(en.out));
        QVERIFY2(en.out.contains(u"1 row has an NPS group that disagrees with its score"_s),
                 qPrintable(en.out));
        QVERIFY2(en.out.contains(u"column 4 (no header)"_s), qPrintable(en.out));
        QVERIFY(!en.out.contains(u"“”"_s));
        QVERIFY2(en.out.contains(u"this export has no date column"_s), qPrintable(en.out));
        const Run nl = npsstudio({u"import"_s, file, u"--db"_s, path(u"group-nl.npsdb"_s)},
                                 u"nl_NL.UTF-8"_s);
        QVERIFY2(nl.out.contains(u"1 rij herhaalt het respondentnummer"_s), qPrintable(nl.out));
        QVERIFY2(nl.out.contains(u"1 rij heeft een NPS-groep"_s), qPrintable(nl.out));
        QVERIFY2(nl.out.contains(u"kolom 4 (zonder kop)"_s), qPrintable(nl.out));
        QVERIFY2(nl.out.contains(u"groep = “NPS group”"_s), qPrintable(nl.out));
        QVERIFY2(nl.out.contains(u"deze export heeft geen datumkolom"_s), qPrintable(nl.out));
        QVERIFY(!nl.out.contains(u"no date column"_s));
        // Every label of the report is as wide as the widest: the values line up.
        const QStringList lines = nl.out.split(u'\n');
        QList<qsizetype> starts;
        for (const QString &line : lines) {
            const QRegularExpressionMatch m
                = QRegularExpression(u"^  [^\\d :][^ :]*(?: [^ :]+){0,2}: {2,}"_s).match(line);
            if (m.hasMatch())
                starts << m.capturedLength();
        }
        QVERIFY(starts.size() >= 4);
        QVERIFY2(std::all_of(starts.cbegin(),
                             starts.cend(),
                             [&starts](qsizetype s) { return s == starts.first(); }),
                 qPrintable(nl.out));
    }

    // A 1–10 scale lists no score 0; dimensions by relevance; a breakdown by n.
    void summaryFollowsTheScaleAndTheRelevance()
    {
        QByteArray csv = "How likely are you to recommend us on a scale of 1 to 10?,"
                         "Gender,Country,Plan\n";
        const char *const countries[] = {"Spain",
                                         "Chile",
                                         "Kenya",
                                         "Japan",
                                         "Peru",
                                         "India",
                                         "Nepal",
                                         "Ghana",
                                         "Egypt",
                                         "Italy",
                                         "Norway",
                                         "Canada",
                                         "Brazil",
                                         "France"};
        for (int i = 0; i < 140; ++i)
            csv += QByteArray::number(1 + i % 10) + (i % 2 ? ",Female," : ",Male,")
                   + countries[i % 14]
                   + (i % 7 == 0  ? ",Basic\n"
                      : i % 7 < 3 ? ",Gold\n"
                                  : ",Pro\n");
        const QString file = write(u"one-to-ten.csv"_s, csv);
        const QString db = path(u"one-to-ten.npsdb"_s);
        QCOMPARE(npsstudio({u"import"_s, file, u"--db"_s, db}).exitCode, 0);

        const Run text = npsstudio({u"summary"_s, u"--db"_s, db});
        QVERIFY2(text.out.contains(u"Scores  1: 14"_s), qPrintable(text.out));
        QVERIFY2(!text.out.contains(u" 0: 0"_s), qPrintable(text.out));

        const Run dims = npsstudio({u"summary"_s, u"--db"_s, db, u"--dimensions"_s, u"--json"_s});
        const QJsonArray list
            = QJsonDocument::fromJson(dims.out.toUtf8()).object().value(u"dimensions"_s).toArray();
        QCOMPARE(list.size(), 3);
        // Country and Plan are known segment words: both before Gender.
        QCOMPARE(list.at(2).toObject().value(u"dimension"_s).toString(), u"Gender"_s);
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1).toObject().value(u"relevance"_s).toDouble()
                    >= list.at(i).toObject().value(u"relevance"_s).toDouble());

        const Run by = npsstudio({u"summary"_s, u"--db"_s, db, u"--by"_s, u"Plan"_s, u"--json"_s});
        const QStringList order = breakdownOrder(by);
        QCOMPARE(order, (QStringList{u"Pro"_s, u"Gold"_s, u"Basic"_s}));
        const Run byText = npsstudio({u"summary"_s, u"--db"_s, db, u"--by"_s, u"Plan"_s});
        QVERIFY2(byText.out.indexOf(u"Pro "_s) < byText.out.indexOf(u"Basic "_s),
                 qPrintable(byText.out));
        // The difference is raw, its p from the adjusted NPS: the table says so.
        QVERIFY2(byText.out.contains(u"p compares the adjusted NPS"_s), qPrintable(byText.out));
    }

    // The rows of `summary --by` are ordered by their n, the scored responses their figures
    // are of, as the window orders them: a value given most often by respondents without a
    // score does not come first.
    void summaryByOrdersByScoredResponses()
    {
        QByteArray csv = "How likely are you to recommend us?,Region\n";
        const auto add = [&csv](const char *region, int scored, int unscored) {
            for (int i = 0; i < scored; ++i)
                csv += QByteArray::number(i % 11) + ',' + region + '\n';
            for (int i = 0; i < unscored; ++i)
                csv += QByteArray(",") + region + '\n';
        };
        add("North", 20, 30); // 50 responses, 20 scored
        add("South", 40, 0);
        add("East", 30, 5);
        const QString file = write(u"unscored-regions.csv"_s, csv);
        const QString db = path(u"unscored-regions.npsdb"_s);
        QCOMPARE(npsstudio({u"import"_s, file, u"--db"_s, db}).exitCode, 0);
        const Run by
            = npsstudio({u"summary"_s, u"--db"_s, db, u"--by"_s, u"Region"_s, u"--json"_s});
        QCOMPARE(by.exitCode, 0);
        const QStringList order = breakdownOrder(by);
        QCOMPARE(order, (QStringList{u"South"_s, u"East"_s, u"North"_s}));
    }

    // A value that is not there: the message quotes each value, so that one with a comma in it
    // reads as one, and cuts a long list short.
    void unknownValueListsTheValuesQuoted()
    {
        QByteArray csv = "How likely are you to recommend us?,When taking,Site\n";
        for (int i = 0; i < 800; ++i)
            csv += QByteArray::number(i % 11)
                   + (i % 2 ? ",\"At the event, in person\"," : ",\"After, at home\",") + "Site "
                   + QByteArray::number(i % 40) + '\n';
        const QString file = write(u"comma-values.csv"_s, csv);
        const QString db = path(u"comma-values.npsdb"_s);
        QCOMPARE(npsstudio({u"import"_s, file, u"--db"_s, db}).exitCode, 0);
        const Run wrong
            = npsstudio({u"summary"_s, u"--db"_s, db, u"--where"_s, u"When taking=Later"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"“After, at home”, “At the event, in person”"_s),
                 qPrintable(wrong.err));
        const Run many = npsstudio({u"summary"_s, u"--db"_s, db, u"--where"_s, u"Site=Nowhere"_s});
        QVERIFY2(many.err.contains(u"and 10 more"_s), qPrintable(many.err));
        QVERIFY2(!many.err.contains(u"“Site 9”"_s), qPrintable(many.err)); // the 40th, sorted
    }

    void strictImportsNothing()
    {
        const QString db = path(QStringLiteral("strict.npsdb"));
        const Run run = npsstudio({QStringLiteral("import"),
                                   QStringLiteral(NPS_TEST_DATA "/generic-issues.csv"),
                                   QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("--strict")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("line 3")));
        const Run json = npsstudio({QStringLiteral("import"),
                                    m_sample,
                                    QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("imports"))
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(report.value(QStringLiteral("duplicates")).toInt(),
                 0); // the strict run left nothing behind
    }

    void ambiguousScoreExitsTwo()
    {
        const QString file = write(QStringLiteral("amb.csv"), "Q1,Q2\n1,2\n3,4\n5,6\n7,8\n9,10\n");
        const QString db = path(QStringLiteral("amb.npsdb"));
        const Run run = npsstudio({QStringLiteral("import"), file, QStringLiteral("--db"), db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--map score=COLUMN")));
        const Run chosen = npsstudio({QStringLiteral("import"),
                                      file,
                                      QStringLiteral("--db"),
                                      db,
                                      QStringLiteral("--map"),
                                      QStringLiteral("score=Q2")});
        QCOMPARE(chosen.exitCode, 0);
        QVERIFY(chosen.out.contains(QStringLiteral("score = “Q2”")));
    }

    void forcedDelimiterAndEncoding()
    {
        const QString file = write(QStringLiteral("forced.txt"), "Score|Reden\n9|Ge\xebrgerd\n");
        const Run run = npsstudio({QStringLiteral("import"),
                                   file,
                                   QStringLiteral("--db"),
                                   path(QStringLiteral("f.npsdb")),
                                   QStringLiteral("--delimiter"),
                                   QStringLiteral("|"),
                                   QStringLiteral("--encoding"),
                                   QStringLiteral("ISO-8859-1")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("chosen by the user")));
        const Run bad = npsstudio({QStringLiteral("import"),
                                   file,
                                   QStringLiteral("--db"),
                                   path(QStringLiteral("f.npsdb")),
                                   QStringLiteral("--encoding"),
                                   QStringLiteral("klingon-8")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("klingon-8")));
    }

    void usageErrors()
    {
        const Run noDb = npsstudio({QStringLiteral("import"), m_sample});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(noDb.err.contains(QStringLiteral("--db")));
        const Run noFile = npsstudio(
            {QStringLiteral("import"), QStringLiteral("--db"), path(QStringLiteral("x.npsdb"))});
        QCOMPARE(noFile.exitCode, 2);
        const Run badMap = npsstudio({QStringLiteral("import"),
                                      m_sample,
                                      QStringLiteral("--db"),
                                      path(QStringLiteral("x.npsdb")),
                                      QStringLiteral("--map"),
                                      QStringLiteral("score")});
        QCOMPARE(badMap.exitCode, 2);
        QVERIFY(badMap.err.contains(QStringLiteral("ROLE=COLUMN")));
        const Run missing = npsstudio({QStringLiteral("import"),
                                       path(QStringLiteral("missing.csv")),
                                       QStringLiteral("--db"),
                                       path(QStringLiteral("x.npsdb"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("missing.csv")));
    }

    QJsonObject answersJson(const QStringList &arguments)
    {
        const Run run = npsstudio(QStringList{QStringLiteral("answers"), QStringLiteral("--json")}
                                  + arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // Answers per open question, from `answers --questions --json`.
    QMap<QString, int> openQuestions(const QString &db)
    {
        QMap<QString, int> questions;
        for (const QJsonValue q :
             answersJson({QStringLiteral("--db"), db, QStringLiteral("--questions")})
                 .value(QStringLiteral("questions"))
                 .toArray())
            questions.insert(q.toObject().value(QStringLiteral("question")).toString(),
                             q.toObject().value(QStringLiteral("answers")).toInt());
        return questions;
    }

    void answersCommand()
    {
        const QString db = path(QStringLiteral("answers.npsdb"));
        QCOMPARE(npsstudio({QStringLiteral("import"),
                            QStringLiteral(NPS_TEST_DATA "/fr-three-open-questions.csv"),
                            QStringLiteral("--db"),
                            db})
                     .exitCode,
                 0);
        const QMap<QString, int> questions = openQuestions(db);
        QCOMPARE(questions.size(), 3);
        QCOMPARE(questions.value(QStringLiteral("Pourquoi cette note ?")), 30);
        QCOMPARE(questions.value(QStringLiteral("Qu’aimez-vous le plus chez nous ?")), 20);
        QCOMPARE(questions.value(QStringLiteral("Que pourrions-nous améliorer ?")), 22);

        // The primary question by default, newest first, under summary's filters.
        const QJsonObject all = answersJson({QStringLiteral("--db"), db});
        QCOMPARE(all.value(QStringLiteral("question")).toString(),
                 QStringLiteral("Pourquoi cette note ?"));
        QCOMPARE(all.value(QStringLiteral("count")).toInt(), 30);
        const QJsonObject first = all.value(QStringLiteral("answers")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2025-05-28"));
        QCOMPARE(first.value(QStringLiteral("segments"))
                     .toObject()
                     .value(QStringLiteral("Pays"))
                     .toString(),
                 QStringLiteral("Canada"));
        const QJsonObject improve = answersJson({QStringLiteral("--db"),
                                                 db,
                                                 QStringLiteral("--question"),
                                                 QStringLiteral("3"),
                                                 QStringLiteral("--where"),
                                                 QStringLiteral("Pays=France"),
                                                 QStringLiteral("--group"),
                                                 QStringLiteral("promoter")});
        QCOMPARE(improve.value(QStringLiteral("question")).toString(),
                 QStringLiteral("Que pourrions-nous améliorer ?"));
        for (const QJsonValue a : improve.value(QStringLiteral("answers")).toArray()) {
            QCOMPARE(a.toObject().value(QStringLiteral("group")).toString(),
                     QStringLiteral("promoter"));
            QCOMPARE(a.toObject()
                         .value(QStringLiteral("segments"))
                         .toObject()
                         .value(QStringLiteral("Pays")),
                     QJsonValue(QStringLiteral("France")));
        }
        QVERIFY(improve.value(QStringLiteral("count")).toInt() > 0);
        const QJsonObject search = answersJson(
            {QStringLiteral("--db"), db, QStringLiteral("--search"), QStringLiteral("LIVRAISON")});
        QCOMPARE(search.value(QStringLiteral("count")).toInt(), 5);

        const Run text = npsstudio({QStringLiteral("answers"),
                                    QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("--question"),
                                    QStringLiteral("Qu’aimez-vous le plus chez nous ?")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Question: Qu’aimez-vous le plus chez nous ?")));
        QVERIFY(text.out.contains(QStringLiteral("20 answers")));
        const Run csv = npsstudio(
            {QStringLiteral("answers"), QStringLiteral("--db"), db, QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.section(u'\n', 0, 0)
                     .contains(QStringLiteral(
                         "Date,Score,Group,Pays,Type de client,Pourquoi cette note ?")),
                 qPrintable(csv.out.left(200)));
        QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 31);
        const Run unknown = npsstudio({QStringLiteral("answers"),
                                       QStringLiteral("--db"),
                                       db,
                                       QStringLiteral("--question"),
                                       QStringLiteral("Nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("2. “Qu’aimez-vous le plus chez nous ?”")));
    }

    QJsonObject summaryJson(const QStringList &arguments)
    {
        const Run run = npsstudio(QStringList{QStringLiteral("summary"), QStringLiteral("--json")}
                                  + arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    void summaryJson()
    {
        const QString db = path(QStringLiteral("summary.npsdb"));
        QVERIFY(importSample(db));
        const QJsonObject all = summaryJson({QStringLiteral("--db"), db});
        QCOMPARE(all.value(QStringLiteral("method")).toString(),
                 QStringLiteral("adjusted-wald-95"));
        const QJsonObject overall = all.value(QStringLiteral("overall")).toObject();
        const int n = overall.value(QStringLiteral("n")).toInt();
        const int promoters = overall.value(QStringLiteral("promoters")).toInt();
        const int detractors = overall.value(QStringLiteral("detractors")).toInt();
        QCOMPARE(n, promoters + detractors + overall.value(QStringLiteral("passives")).toInt());
        QVERIFY(n > 480 && n <= 500); // a few generated responses have no score
        QCOMPARE(overall.value(QStringLiteral("nps")).toDouble(),
                 100.0 * (promoters - detractors) / n);
        const QJsonArray ci = overall.value(QStringLiteral("ci")).toArray();
        QCOMPARE(ci.size(), 2);
        QVERIFY(ci.at(0).toDouble() < ci.at(1).toDouble());
        QVERIFY(all.value(QStringLiteral("previous")).isNull());
        QVERIFY(all.value(QStringLiteral("change")).isNull());
        QVERIFY(all.value(QStringLiteral("breakdown")).isNull());
        QCOMPARE(all.value(QStringLiteral("periods")).toArray().size(), 8); // eight quarters
        QCOMPARE(all.value(QStringLiteral("periods"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("period"))
                     .toString(),
                 QStringLiteral("2024-Q4"));
        int distributed = 0;
        for (const QJsonValue v : all.value(QStringLiteral("distribution")).toArray())
            distributed += v.toInt();
        QCOMPARE(distributed, n);
        const QJsonObject csat = all.value(QStringLiteral("csat")).toObject();
        QCOMPARE(csat.value(QStringLiteral("n")).toInt(),
                 n); // the generator writes CSAT with every score
        QVERIFY(csat.value(QStringLiteral("mean")).toDouble() >= 1
                && csat.value(QStringLiteral("mean")).toDouble() <= 5);
        QVERIFY(all.value(QStringLiteral("ces")).isNull());

        // One quarter against the one before, by country.
        const QJsonObject q = summaryJson({QStringLiteral("--db"),
                                           db,
                                           QStringLiteral("--from"),
                                           QStringLiteral("2025-04-01"),
                                           QStringLiteral("--to"),
                                           QStringLiteral("2025-06-30"),
                                           QStringLiteral("--by"),
                                           QStringLiteral("country")});
        QCOMPARE(q.value(QStringLiteral("previous"))
                     .toObject()
                     .value(QStringLiteral("period"))
                     .toString(),
                 QStringLiteral("2025-Q1"));
        const QJsonObject change = q.value(QStringLiteral("change")).toObject();
        QCOMPARE(
            change.value(QStringLiteral("delta")).toDouble(),
            q.value(QStringLiteral("overall")).toObject().value(QStringLiteral("nps")).toDouble()
                - q.value(QStringLiteral("previous"))
                      .toObject()
                      .value(QStringLiteral("nps"))
                      .toDouble());
        QCOMPARE(change.value(QStringLiteral("significant")).toBool(),
                 change.value(QStringLiteral("p")).toDouble() < 0.05);
        const QJsonObject breakdown = q.value(QStringLiteral("breakdown")).toObject();
        QCOMPARE(breakdown.value(QStringLiteral("dimension")).toString(),
                 QStringLiteral("Country"));
        int byCountry = 0;
        for (const QJsonValue row : breakdown.value(QStringLiteral("rows")).toArray())
            byCountry += row.toObject().value(QStringLiteral("n")).toInt();
        QCOMPARE(byCountry,
                 q.value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")).toInt());

        // Filters narrow the figures.
        const QJsonObject nl = summaryJson({QStringLiteral("--db"),
                                            db,
                                            QStringLiteral("--where"),
                                            QStringLiteral("Country=nl"),
                                            QStringLiteral("--where"),
                                            QStringLiteral("country=BE"),
                                            QStringLiteral("--group"),
                                            QStringLiteral("detractor")});
        const QJsonObject nlOverall = nl.value(QStringLiteral("overall")).toObject();
        QCOMPARE(nlOverall.value(QStringLiteral("n")).toInt(),
                 nlOverall.value(QStringLiteral("detractors")).toInt());
        QCOMPARE(nlOverall.value(QStringLiteral("nps")).toDouble(), -100.0);
        QCOMPARE(nl.value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("where"))
                     .toObject()
                     .value(QStringLiteral("Country"))
                     .toArray()
                     .size(),
                 2);

        // An empty result is not an error.
        const QJsonObject empty = summaryJson(
            {QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2030-01-01")});
        QCOMPARE(
            empty.value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")).toInt(),
            0);
        QVERIFY(empty.value(QStringLiteral("overall"))
                    .toObject()
                    .value(QStringLiteral("nps"))
                    .isNull());
    }

    // The import writes the cache's snapshot; summary reads it, and when it is missing or
    // damaged rebuilds the cache from the rows (the same figures) and saves it again.
    void summaryReadsOrRebuildsTheSnapshot()
    {
        const QString db = path(QStringLiteral("snapshot.npsdb"));
        QVERIFY(importSample(db));
        const auto sql = [&db](const QString &statement) -> QVariant {
            QVariant result;
            {
                QSqlDatabase connection
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli"));
                connection.setDatabaseName(db);
                if (connection.open()) {
                    QSqlQuery query(connection);
                    if (query.exec(statement) && query.next())
                        result = query.value(0);
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("cli"));
            return result;
        };
        const QString header
            = QStringLiteral("SELECT COUNT(*) FROM cache_snapshot WHERE part = 'header'");
        QCOMPARE(sql(header).toInt(), 1);
        const QStringList arguments{QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("--by"),
                                    QStringLiteral("Customer type"),
                                    QStringLiteral("--where"),
                                    QStringLiteral("Touchpoint=Support")};
        const QJsonObject fromSnapshot = summaryJson(arguments);
        QVERIFY(!fromSnapshot.value(QStringLiteral("breakdown")).toObject().isEmpty());
        sql(QStringLiteral("DELETE FROM cache_snapshot"));
        QCOMPARE(sql(header).toInt(), 0);
        QCOMPARE(summaryJson(arguments), fromSnapshot);
        QCOMPARE(sql(header).toInt(), 1); // saved again
        sql(QStringLiteral("UPDATE cache_snapshot SET data = zeroblob(length(data))"
                           " WHERE part = 'scores'"));
        QCOMPARE(summaryJson(arguments), fromSnapshot);
        QVERIFY(sql(QStringLiteral("SELECT COUNT(*) FROM cache_snapshot WHERE part = 'scores'"
                                   " AND data = zeroblob(length(data))"))
                    .toInt()
                == 0); // rewritten
    }

    void summaryTextAndErrors()
    {
        const QString db = path(QStringLiteral("summary-text.npsdb"));
        QVERIFY(importSample(db));
        const Run text = npsstudio({QStringLiteral("summary"),
                                    QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("--by"),
                                    QStringLiteral("Touchpoint")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Method: 95% interval, adjusted Wald")));
        QVERIFY(text.out.contains(QStringLiteral("2025-Q3")));
        QVERIFY(text.out.contains(QStringLiteral("Support")));

        const Run dims = npsstudio({QStringLiteral("summary"),
                                    QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("--dimensions")});
        QCOMPARE(dims.exitCode, 0);
        QVERIFY(dims.out.contains(QStringLiteral("Touchpoint\n  App (")));

        const Run badDimension = npsstudio({QStringLiteral("summary"),
                                            QStringLiteral("--db"),
                                            db,
                                            QStringLiteral("--by"),
                                            QStringLiteral("Region")});
        QCOMPARE(badDimension.exitCode, 2);
        QVERIFY(badDimension.err.contains(QStringLiteral("No dimension “Region”")));
        QVERIFY(badDimension.err.contains(
            QStringLiteral("Customer type, Product line, Touchpoint, Country")));
        const Run badValue = npsstudio({QStringLiteral("summary"),
                                        QStringLiteral("--db"),
                                        db,
                                        QStringLiteral("--where"),
                                        QStringLiteral("Country=FR")});
        QCOMPARE(badValue.exitCode, 2);
        QVERIFY(badValue.err.contains(QStringLiteral("“BE”, “DE”, “NL”, “UK”")));
        const Run badDate = npsstudio({QStringLiteral("summary"),
                                       QStringLiteral("--db"),
                                       db,
                                       QStringLiteral("--from"),
                                       QStringLiteral("1/2/2025")});
        QCOMPARE(badDate.exitCode, 2);
        const Run missing = npsstudio({QStringLiteral("summary"),
                                       QStringLiteral("--db"),
                                       path(QStringLiteral("none.npsdb"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(
            !QFile::exists(path(QStringLiteral("none.npsdb")))); // summary never creates a project
    }

    void summaryInDutch()
    {
        const QString db = path(QStringLiteral("dutch.npsdb"));
        QVERIFY(importSample(db));
        const QStringList args = {QStringLiteral("summary"),
                                  QStringLiteral("--db"),
                                  db,
                                  QStringLiteral("--from"),
                                  QStringLiteral("2025-07-01"),
                                  QStringLiteral("--to"),
                                  QStringLiteral("2025-09-30")};
        const Run nl = npsstudio(args, QStringLiteral("nl_NL.UTF-8"));
        QCOMPARE(nl.exitCode, 0);
        QVERIFY2(nl.out.contains(QStringLiteral("Methode: 95%-interval, adjusted Wald")),
                 qPrintable(nl.out));
        QVERIFY(nl.out.contains(QStringLiteral("Vorige periode (2025-K2)")));
        QVERIFY(nl.out.contains(QStringLiteral("Passief tevredenen")));
        QVERIFY(nl.out.contains(QRegularExpression(
            QStringLiteral("NPS [+−]?\\d+ \\(95%-interval [+−]?\\d+,\\d …")))); // decimal comma
        const Run en = npsstudio(args, QStringLiteral("en_GB.UTF-8"));
        QVERIFY(en.out.contains(QStringLiteral("Previous period (2025-Q2)")));
        QVERIFY(
            en.out.contains(QRegularExpression(QStringLiteral("95% interval [+−]?\\d+\\.\\d …"))));
    }

    void realExportsMatchPublishedFigures()
    {
        const QString r = QStringLiteral(NPS_SHARED_DATA "/r-community-survey-2019-english.csv");
        const QString carpentries
            = QStringLiteral(NPS_SHARED_DATA "/carpentries-instructor-training-post-2018-09.csv");
        if (!QFile::exists(r) || !QFile::exists(carpentries))
            QSKIP("../shared/data is not beside this checkout");
        auto npsOf = [](const QJsonObject &figures) {
            return std::round(figures.value(QStringLiteral("nps")).toDouble() * 100) / 100;
        };
        const QString rdb = path(QStringLiteral("r.npsdb"));
        QCOMPARE(npsstudio({QStringLiteral("import"), r, QStringLiteral("--db"), rdb}).exitCode, 0);
        const QJsonObject rs
            = summaryJson({QStringLiteral("--db"),
                           rdb,
                           QStringLiteral("--by"),
                           QStringLiteral("In what country do you currently reside?")});
        QCOMPARE(rs.value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")).toInt(),
                 1795);
        QCOMPARE(npsOf(rs.value(QStringLiteral("overall")).toObject()), 73.98);
        QMap<QString, QJsonObject> countries;
        for (const QJsonValue row : rs.value(QStringLiteral("breakdown"))
                                        .toObject()
                                        .value(QStringLiteral("rows"))
                                        .toArray())
            countries.insert(row.toObject().value(QStringLiteral("value")).toString(),
                             row.toObject());
        QCOMPARE(countries.value(QStringLiteral("United States of America"))
                     .value(QStringLiteral("n"))
                     .toInt(),
                 682);
        QCOMPARE(npsOf(countries.value(QStringLiteral("United States of America"))), 77.86);
        QCOMPARE(
            countries.value(QStringLiteral("United Kingdom")).value(QStringLiteral("n")).toInt(),
            137);
        QCOMPARE(npsOf(countries.value(QStringLiteral("United Kingdom"))), 74.45);
        QCOMPARE(npsOf(countries.value(QStringLiteral("Canada"))), 75.0);

        const QString cdb = path(QStringLiteral("carpentries.npsdb"));
        QCOMPARE(npsstudio({QStringLiteral("import"), carpentries, QStringLiteral("--db"), cdb})
                     .exitCode,
                 0);
        const QJsonObject cs = summaryJson(
            {QStringLiteral("--db"), cdb, QStringLiteral("--by"), QStringLiteral("WhenTaking")});
        QCOMPARE(cs.value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")).toInt(),
                 889);
        QCOMPARE(npsOf(cs.value(QStringLiteral("overall")).toObject()), 48.37);
        const QJsonArray when = cs.value(QStringLiteral("breakdown"))
                                    .toObject()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QCOMPARE(when.size(), 2);
        QCOMPARE(when.at(0).toObject().value(QStringLiteral("n")).toInt(), 672);
        QCOMPARE(npsOf(when.at(0).toObject()), 45.39);
        QCOMPARE(when.at(1).toObject().value(QStringLiteral("n")).toInt(), 217);
        QCOMPARE(npsOf(when.at(1).toObject()), 57.60);

        // Every open question is kept, with its text. The R survey's "like best" has 1,454
        // non-empty cells; "NA", "-" and "/" are missing markers, so 1,451 answers (the
        // published 1,453 counts R's NA as missing but "-" and "/" as answers).
        const QMap<QString, int> rOpen = openQuestions(rdb);
        QCOMPARE(rOpen.value(QStringLiteral("What do you like best about using R?")), 1451);
        QVERIFY(rOpen.value(QStringLiteral("What do you like least about using R?")) > 1300);
        QVERIFY(!rOpen.contains(QStringLiteral(
            "Which statement most closely reflects the primary reason why you are interested in "
            "learning R?")));
        QCOMPARE(
            answersJson({QStringLiteral("--db"), rdb}).value(QStringLiteral("question")).toString(),
            QStringLiteral("What do you like best about using R?"));
        const QMap<QString, int> cOpen = openQuestions(cdb);
        QCOMPARE(cOpen.keys(),
                 (QStringList{QStringLiteral("CompleteTrainingOther"),
                              QStringLiteral("MemberSiteOther")}));
        QCOMPARE(cOpen.value(QStringLiteral("CompleteTrainingOther")), 12);
        // The R survey's check-all-that-apply questions are multi-select dimensions.
        const QJsonObject apps = summaryJson(
            {QStringLiteral("--db"),
             rdb,
             QStringLiteral("--where"),
             QStringLiteral("What applications do you use R for most? (check all that "
                            "apply)=Visualization")});
        QVERIFY(apps.value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")).toInt()
                > 1500);
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("pdftotext failed (poppler-utils is one of the build dependencies)");
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    void reportMatchesTheSummary()
    {
        const QString db = path(QStringLiteral("report.npsdb"));
        QVERIFY(importSample(db));
        // A detractor who left an e-mail address and a phone number in the answer.
        const QString extra = write(QStringLiteral("extra.csv"),
                                    "Response ID,Submitted at,How likely is it that you would "
                                    "recommend us to a friend or colleague?,"
                                    "What is the main reason for your score?,Customer type,Product "
                                    "line,Touchpoint,Country,Satisfaction (CSAT)\n"
                                    "X1,2025-09-29T10:00:00,2,Call me: jan@voorbeeld.nl or "
                                    "06-12345678,Consumer,Energy,Support,NL,1\n");
        QCOMPARE(npsstudio({QStringLiteral("import"), extra, QStringLiteral("--db"), db}).exitCode,
                 0);
        const QJsonObject summary = summaryJson({QStringLiteral("--db"),
                                                 db,
                                                 QStringLiteral("--from"),
                                                 QStringLiteral("2025-07-01"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2025-09-30")});
        const QJsonObject overall = summary.value(QStringLiteral("overall")).toObject();
        const QJsonArray ci = overall.value(QStringLiteral("ci")).toArray();

        const QString pdf = path(QStringLiteral("q3.pdf"));
        const Run run = npsstudio({QStringLiteral("report"),
                                   QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("--quarter"),
                                   QStringLiteral("2025-Q3"),
                                   QStringLiteral("--lang"),
                                   QStringLiteral("en"),
                                   QStringLiteral("--out"),
                                   pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(pdf).simplified();
        QLocale en(QLocale::English, QLocale::UnitedKingdom);
        auto signedNumber = [&en](double v, int decimals) {
            const QString n = en.toString(std::abs(v), 'f', decimals);
            return std::round(v * std::pow(10, decimals)) == 0
                       ? n
                       : (v > 0 ? QString(u'+' + n) : QString(QChar(0x2212) + n));
        };
        const QString headline
            = QStringLiteral("NPS %1 (95% interval %2 … %3), n = %4")
                  .arg(signedNumber(overall.value(QStringLiteral("nps")).toDouble(), 0),
                       signedNumber(ci.at(0).toDouble(), 1),
                       signedNumber(ci.at(1).toDouble(), 1),
                       en.toString(overall.value(QStringLiteral("n")).toInt()));
        QVERIFY2(text.contains(headline),
                 qPrintable(headline + QStringLiteral("\n---\n") + text.left(600)));
        const QJsonObject change = summary.value(QStringLiteral("change")).toObject();
        QVERIFY(text.contains(QStringLiteral("Against 2025-Q2")));
        QVERIFY(text.contains(signedNumber(change.value(QStringLiteral("delta")).toDouble(), 1)
                              + QStringLiteral(" points")));
        QVERIFY(text.contains(QStringLiteral("Quarterly NPS report · 2025-Q3")));
        QVERIFY(text.contains(QStringLiteral("Call me: [e-mail] or [phone]")));
        QVERIFY(!text.contains(QStringLiteral("jan@voorbeeld.nl")));
        QVERIFY(!text.contains(QStringLiteral("06-12345678")));

        // Dutch, Letter, unmasked; HTML and ODT too.
        const QString nl = path(QStringLiteral("q3-nl.pdf"));
        QCOMPARE(npsstudio({QStringLiteral("report"),
                            QStringLiteral("--db"),
                            db,
                            QStringLiteral("--quarter"),
                            QStringLiteral("2025-K3"),
                            QStringLiteral("--lang"),
                            QStringLiteral("nl"),
                            QStringLiteral("--page-size"),
                            QStringLiteral("Letter"),
                            QStringLiteral("--no-mask"),
                            QStringLiteral("--out"),
                            nl})
                     .exitCode,
                 0);
        const QString nlText = pdfText(nl).simplified();
        QVERIFY(nlText.contains(QStringLiteral("NPS-kwartaalrapport · 2025-K3")));
        QVERIFY(nlText.contains(QStringLiteral("Tegenover 2025-K2")));
        QVERIFY(nlText.contains(QStringLiteral("jan@voorbeeld.nl")));
        const QString html = path(QStringLiteral("q3.html"));
        QCOMPARE(npsstudio({QStringLiteral("report"),
                            QStringLiteral("--db"),
                            db,
                            QStringLiteral("--quarter"),
                            QStringLiteral("2025-Q3"),
                            QStringLiteral("--lang"),
                            QStringLiteral("en"),
                            QStringLiteral("--out"),
                            html})
                     .exitCode,
                 0);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(htmlText.count(QStringLiteral("<svg")) >= 3); // vector charts
        QVERIFY(htmlText.contains(headline.toHtmlEscaped()));
        const QString odt = path(QStringLiteral("q3.odt"));
        QCOMPARE(npsstudio({QStringLiteral("report"),
                            QStringLiteral("--db"),
                            db,
                            QStringLiteral("--quarter"),
                            QStringLiteral("2025-Q3"),
                            QStringLiteral("--out"),
                            odt})
                     .exitCode,
                 0);
        QFile odtFile(odt);
        QVERIFY(odtFile.open(QIODevice::ReadOnly));
        QVERIFY(odtFile.read(100).contains("mimetypeapplication/vnd.oasis.opendocument.text"));
    }

    void reportErrors()
    {
        const QString db = path(QStringLiteral("report-errors.npsdb"));
        QVERIFY(importSample(db));
        const Run unknown = npsstudio({QStringLiteral("report"),
                                       QStringLiteral("--db"),
                                       db,
                                       QStringLiteral("--quarter"),
                                       QStringLiteral("2031-Q1"),
                                       QStringLiteral("--out"),
                                       path(QStringLiteral("x.pdf"))});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("2024-Q4")));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        const Run badQuarter = npsstudio({QStringLiteral("report"),
                                          QStringLiteral("--db"),
                                          db,
                                          QStringLiteral("--quarter"),
                                          QStringLiteral("Q3"),
                                          QStringLiteral("--out"),
                                          path(QStringLiteral("x.pdf"))});
        QCOMPARE(badQuarter.exitCode, 2);
        const Run badValue = npsstudio({QStringLiteral("report"),
                                        QStringLiteral("--db"),
                                        db,
                                        QStringLiteral("--quarter"),
                                        QStringLiteral("2025-Q3"),
                                        QStringLiteral("--where"),
                                        QStringLiteral("Country=FR"),
                                        QStringLiteral("--out"),
                                        path(QStringLiteral("x.pdf"))});
        QCOMPARE(badValue.exitCode, 2);
        QVERIFY(badValue.err.contains(QStringLiteral("“BE”, “DE”, “NL”, “UK”")));
        const Run badType = npsstudio({QStringLiteral("report"),
                                       QStringLiteral("--db"),
                                       db,
                                       QStringLiteral("--quarter"),
                                       QStringLiteral("2025-Q3"),
                                       QStringLiteral("--out"),
                                       path(QStringLiteral("x.docx"))});
        QCOMPARE(badType.exitCode, 2);
        QVERIFY(badType.err.contains(QStringLiteral(".pdf, .html or .odt")));
    }

    void reportOnAllResponsesAndChosenTables()
    {
        // An export without dates has no quarters, but a report on all its responses.
        const QString db = path(QStringLiteral("undated.npsdb"));
        QCOMPARE(npsstudio({QStringLiteral("import"),
                            QStringLiteral(NPS_TEST_DATA "/no-date.csv"),
                            QStringLiteral("--db"),
                            db})
                     .exitCode,
                 0);
        const QString pdf = path(QStringLiteral("undated.pdf"));
        const Run quarter = npsstudio({QStringLiteral("report"),
                                       QStringLiteral("--db"),
                                       db,
                                       QStringLiteral("--quarter"),
                                       QStringLiteral("2025-Q1"),
                                       QStringLiteral("--out"),
                                       pdf});
        QCOMPARE(quarter.exitCode, 2);
        QVERIFY2(quarter.err.contains(QStringLiteral("all responses")), qPrintable(quarter.err));
        const Run neither = npsstudio(
            {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--out"), pdf});
        QCOMPARE(neither.exitCode, 2);
        QVERIFY(neither.err.contains(QStringLiteral("--all")));
        const Run all = npsstudio({QStringLiteral("report"),
                                   QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("--all"),
                                   QStringLiteral("--lang"),
                                   QStringLiteral("en"),
                                   QStringLiteral("--by"),
                                   QStringLiteral("customer type"),
                                   QStringLiteral("--out"),
                                   pdf});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QString text = pdfText(pdf).simplified();
        QVERIFY(
            text.contains(QStringLiteral("NPS report · all responses (the export has no dates)")));
        QVERIFY(text.contains(QStringLiteral("By Customer type")));
        QVERIFY(text.contains(QStringLiteral("Over all responses the NPS is")));
        QVERIFY(!text.contains(QStringLiteral("p = <")));
        // The title: the survey's readable name, not the file stem.
        QVERIFY2(text.startsWith(QStringLiteral("Undated")), qPrintable(text.left(80)));
        const Run badBy = npsstudio({QStringLiteral("report"),
                                     QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("--all"),
                                     QStringLiteral("--by"),
                                     QStringLiteral("Colour"),
                                     QStringLiteral("--out"),
                                     pdf});
        QCOMPARE(badBy.exitCode, 2);
        QVERIFY(badBy.err.contains(QStringLiteral("Customer type")));
    }

    void themesCommand()
    {
        const QString db = path(QStringLiteral("themes.npsdb"));
        QVERIFY(importSample(db));
        const Run run = npsstudio(
            {QStringLiteral("themes"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject all = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(all.value(QStringLiteral("method")).toString(),
                 QStringLiteral("adjusted-wald-95"));
        const QJsonArray themes = all.value(QStringLiteral("themes")).toArray();
        QVERIFY(themes.size() >= 5);
        const int n
            = all.value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")).toInt();
        double previousImpact = 1e9;
        QStringList labels;
        for (const QJsonValue v : themes) {
            const QJsonObject t = v.toObject();
            labels << t.value(QStringLiteral("label")).toString();
            const double impact = t.value(QStringLiteral("impact")).toDouble();
            QCOMPARE(impact, 100.0 * t.value(QStringLiteral("detractors")).toInt() / n);
            QVERIFY(impact <= previousImpact); // the largest impact first
            previousImpact = impact;
            QVERIFY(t.value(QStringLiteral("mentions")).toInt()
                    >= t.value(QStringLiteral("n")).toInt());
            QVERIFY(!t.value(QStringLiteral("keywords")).toArray().isEmpty());
        }
        QVERIFY(all.value(QStringLiteral("sentiment"))
                    .toObject()
                    .contains(QStringLiteral("agreement")));
        // The suggestion is stored: the next run shows the same themes.
        const Run again = npsstudio(
            {QStringLiteral("themes"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("themes")),
            QJsonValue(themes));
        // Filters as in summary.
        const Run support = npsstudio({QStringLiteral("themes"),
                                       QStringLiteral("--db"),
                                       db,
                                       QStringLiteral("--where"),
                                       QStringLiteral("Touchpoint=Support"),
                                       QStringLiteral("--json")});
        QCOMPARE(support.exitCode, 0);
        const QJsonObject narrowed = QJsonDocument::fromJson(support.out.toUtf8()).object();
        QVERIFY(
            narrowed.value(QStringLiteral("overall")).toObject().value(QStringLiteral("n")).toInt()
            < n);
        const Run wrong = npsstudio({QStringLiteral("themes"),
                                     QStringLiteral("--db"),
                                     db,
                                     QStringLiteral("--where"),
                                     QStringLiteral("Nope=x")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(QStringLiteral("Touchpoint")));
        const Run text = npsstudio({QStringLiteral("themes"),
                                    QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("--limit"),
                                    QStringLiteral("3")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Impact")));
        QVERIFY(text.out.contains(labels.first()));
        // A new import is sorted into the stored themes.
        QByteArray csv = "Response ID,Submitted at,How likely is it that you would recommend us "
                         "to a friend or colleague?,What is the main reason for your score?\r\n";
        for (int i = 0; i < 40; ++i)
            csv += "N" + QByteArray::number(i) + ",2026-11-0" + QByteArray::number(1 + i % 9) + ","
                   + QByteArray::number(i % 11) + ","
                   + (i % 2 ? "The app keeps logging me out again"
                            : "Billing errors and charged twice")
                   + "\r\n";
        const QString more = write(QStringLiteral("more.csv"), csv);
        const Run imported
            = npsstudio({QStringLiteral("import"), more, QStringLiteral("--db"), db});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Themes: ")), qPrintable(imported.out));
    }

    // A survey whose only free texts are the write-ins of a choice question (the Carpentries
    // export's "MemberSiteOther"): no themes are made of event names, and `themes` and the
    // report say why.
    void writeInsGetNoThemes()
    {
        QByteArray csv = "Date,MemberSite,MemberSiteOther,LikelyToRecommend\r\n";
        const char *events[] = {"Online training in October, group ",
                                "Stanford online event on Sept 21-22, room ",
                                "NIST workshop held online, session ",
                                "Federal Reserve Board in May 2017, team "};
        for (int i = 0; i < 200; ++i)
            csv += "2018-0" + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 9)
                   + ",Not listed,\"" + events[i % 4] + QByteArray::number(i) + "\","
                   + QByteArray::number(i % 11) + "\r\n";
        const QString file = write(QStringLiteral("writeins.csv"), csv);
        const QString db = path(QStringLiteral("writeins.npsdb"));
        QCOMPARE(npsstudio({QStringLiteral("import"), file, QStringLiteral("--db"), db}).exitCode,
                 0);
        const Run themes = npsstudio({QStringLiteral("themes"), QStringLiteral("--db"), db});
        QCOMPARE(themes.exitCode, 0);
        QVERIFY2(themes.out.contains(QStringLiteral("0 themes")), qPrintable(themes.out));
        QVERIFY2(themes.out.contains(QStringLiteral("write-ins")), qPrintable(themes.out));
        const QString html = path(QStringLiteral("writeins.html"));
        const Run report = npsstudio({QStringLiteral("report"),
                                      QStringLiteral("--db"),
                                      db,
                                      QStringLiteral("--all"),
                                      QStringLiteral("--out"),
                                      html});
        QCOMPARE(report.exitCode, 0);
        QFile out(html);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(out.readAll());
        QVERIFY2(text.contains(QStringLiteral("asks no open question")),
                 qPrintable(text.right(800)));
        QVERIFY(!text.contains(QStringLiteral("Federal Reserve")));
    }

    // An English report writes dates as the system does: 9 January 2020 is 1/9/20 on an
    // American system and 09/01/2020 on a British one (or any other, such as C).
    void reportDatesFollowTheSystemsEnglish_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("date");
        QTest::newRow("american") << QStringLiteral("en_US.UTF-8") << QStringLiteral("1/9/20");
        QTest::newRow("british") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("09/01/2020");
        QTest::newRow("C") << QStringLiteral("C.UTF-8") << QStringLiteral("09/01/2020");
    }

    void reportDatesFollowTheSystemsEnglish()
    {
        QFETCH(QString, lang);
        QFETCH(QString, date);
        QByteArray csv = "Submitted at,How likely is it that you would recommend us?\r\n";
        for (int i = 0; i < 40; ++i)
            csv += QByteArray(i % 2 ? "2020-01-09" : "2019-12-13") + ","
                   + QByteArray::number(i % 11) + "\r\n";
        const QString file = write(QStringLiteral("dated.csv"), csv);
        const QString db = path(
            QStringLiteral("dated-%1.npsdb").arg(QLatin1StringView(QTest::currentDataTag())));
        QCOMPARE(npsstudio({QStringLiteral("import"), file, QStringLiteral("--db"), db}).exitCode,
                 0);
        const QString html
            = path(QStringLiteral("dated-%1.html").arg(QLatin1StringView(QTest::currentDataTag())));
        const Run report = npsstudio({QStringLiteral("report"),
                                      QStringLiteral("--db"),
                                      db,
                                      QStringLiteral("--all"),
                                      QStringLiteral("--lang"),
                                      QStringLiteral("en"),
                                      QStringLiteral("--out"),
                                      html},
                                     lang);
        QCOMPARE(report.exitCode, 0);
        QFile out(html);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(out.readAll());
        QVERIFY2(text.contains(date), qPrintable(text.left(1500)));
    }

    void windowScreenshotOnAnExport()
    {
        const QString png = path(QStringLiteral("window.png"));
        const Run run = npsstudio(
            {QStringLiteral("--screenshot"), png, QStringLiteral("--project"), m_sample});
        QCOMPARE(run.exitCode, 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        // The export was imported into a new project that the window opened.
        QVERIFY(
            QFile::exists(path(QStringLiteral("data/NPS Studio/npsstudio/projects/sample.npsdb"))));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
