#include "models/questionlabel.h"

#include <QFile>
#include <QTest>

// Short labels for the questions of real surveys: the R community survey 2019 and the
// Carpentries post-training survey (../shared/data), and Dutch question forms.
class tst_QuestionLabel : public QObject
{
    Q_OBJECT

private:
    // The header row of a shared export, split as CSV.
    static QStringList headerOf(const QString &name)
    {
        QFile file(QStringLiteral(NPS_SHARED_DATA "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(file.read(1 << 16));
        QStringList fields;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                fields << field;
                field.clear();
            } else if (c == u'\r' || c == u'\n') {
                break;
            } else {
                field += c;
            }
        }
        fields << field;
        if (!fields.isEmpty() && fields.first().startsWith(QChar(0xFEFF)))
            fields.first().remove(0, 1);
        return fields;
    }

private slots:
    void shorten_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("label");
        auto row = [](const char *name, const char *question, const char *label) {
            QTest::newRow(name) << QString::fromUtf8(question) << QString::fromUtf8(label);
        };
        row("short header stays", "Country", "Country");
        row("short header with unit stays", "Duration (in seconds)", "Duration (in seconds)");
        row("camel case", "LikelyToRecommend", "Likely to recommend");
        row("camel case with acronym", "UniqueID", "Unique ID");
        row("acronym then word", "MCQPostAbility", "MCQ post ability");
        row("header with space stays", "Workshop ID", "Workshop ID");
        row("in what country", "In what country do you currently reside?", "Country");
        row("what year were you born", "What year were you born?", "Year born");
        row("what year did you first",
            "What year did you first start learning R?",
            "Year first started learning R");
        row("what gender", "What gender do you identify with?", "Gender");
        row("what industry", "What industry do you work or participate in?", "Industry");
        row("what is your, if any", "What is your job title, if any?", "Job title");
        row("what is the highest, second sentence",
            "What is the highest degree or level of school you have completed? If currently "
            "enrolled, please use the highest degree received.",
            "Highest degree or level of school");
        row("shouting word",
            "What was the FIRST computer language or tool that you learned?",
            "First computer language or tool");
        row("how would you rate",
            "How would you rate your level of experience using R?",
            "Level of experience using R");
        row("context clauses before the question",
            "Compared with other technical topics you've learned in school and on the job, on a "
            "scale of 1 to 5, how difficult has it been for you to learn R?",
            "How difficult has it been for you to learn R");
        row("trailing either clause",
            "How often do you use R today, either for professional or personal projects?",
            "How often do you use R today");
        row("please rate on a scale",
            "Please rate how much you enjoy using R on a scale of 1 to 5, where 1 is you don't "
            "enjoy it at all, and 5 is that you enjoy it a great deal.",
            "How much you enjoy using R");
        row("recommend to whom",
            "How likely are you to recommend Python to a colleague, friend, "
            "or family member?",
            "How likely are you to recommend Python");
        row("statement reflects",
            "Which statement most closely reflects the primary reason why "
            "you learned R?",
            "Primary reason why you learned R");
        row("which of the following, if any",
            "Which of the following events have you attended, if any? Check all that apply.",
            "Events attended");
        row("check all that apply",
            "Which analytical tools do you use today for the functions "
            "that you might learn R for? (please check all that apply)",
            "Analytical tools");
        row("such as inside",
            "Did you use tidyverse packages such as ggplot2 or dplyr to learn R?",
            "Did you use tidyverse packages to learn R");
        row("leading adverb",
            "Roughly how long did it take you to achieve proficiency in R?",
            "How long did it take you to achieve proficiency in R");
        row("choose the statement after",
            "Do you currently use R Markdown? Choose the statement "
            "that most closely matches your use.",
            "Do you currently use R Markdown");
        row("looking ahead",
            "Looking ahead, how do you expect your use of R to change in 2020?",
            "How do you expect your use of R to change in 2020");
        row("long question cut at a word",
            "How many people in your organization or work group do you feel that you can ask for "
            "help or support when working with R?",
            "How many people in your organization or work group do you…");
        row("which category best describes",
            "Which category best describes the work you do?",
            "Category: work you do");
        row("condition before the question",
            "When you have problems in R, where do you go for help?",
            "Where do you go for help");
        row("dutch in welk land", "In welk land woont u?", "Land");
        row("dutch wat is uw", "Wat is uw leeftijd?", "Leeftijd");
        row("dutch wat is de reden",
            "Wat is de belangrijkste reden voor uw score?",
            "Belangrijkste reden voor uw score");
        row("dutch welke producten gekocht",
            "Welke producten heeft u het afgelopen jaar gekocht?",
            "Producten");
        row("dutch on a scale",
            "Hoe tevreden bent u over de levering, op een schaal van 1 tot 5?",
            "Hoe tevreden bent u over de levering");
        row("no-break spaces", "In what\u00a0country do you currently\u00a0reside?", "Country");
    }

    void shorten()
    {
        QFETCH(QString, question);
        QFETCH(QString, label);
        QCOMPARE(QuestionLabel::shorten(question), label);
    }

    void collidingQuestionsKeepMore()
    {
        const QStringList questions{
            QStringLiteral("What do you think is the biggest obstacle you must overcome in trying "
                           "to learn R? The choices below are only suggestions."),
            QStringLiteral("What do you think was the biggest obstacle you had to overcome in "
                           "learning R? The choices below are only suggestions."),
            QStringLiteral("In what country do you currently reside?"),
        };
        const QStringList labels = QuestionLabel::shortenAll(questions);
        QCOMPARE(labels.at(0),
                 QStringLiteral("Biggest obstacle you must overcome in trying to learn R"));
        QCOMPARE(labels.at(1),
                 QStringLiteral("Biggest obstacle you had to overcome in learning R"));
        QCOMPARE(labels.at(2), QStringLiteral("Country")); // no collision: stays concise
    }

    void storedLabelsWin()
    {
        ResponseCache::Dimension asked{QStringLiteral("In what country do you currently reside?"),
                                       {}};
        ResponseCache::Dimension labelled{QStringLiteral("What is your job title, if any?"), {}};
        labelled.label = QStringLiteral("Role");
        const QStringList labels = QuestionLabel::forDimensions({asked, labelled});
        QCOMPARE(labels, (QStringList{QStringLiteral("Country"), QStringLiteral("Role")}));
    }

    void realHeadersGiveDistinctShortLabels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("columns");
        QTest::newRow("r community survey")
            << QStringLiteral("r-community-survey-2019-english.csv") << 52;
        QTest::newRow("carpentries")
            << QStringLiteral("carpentries-instructor-training-post-2018-09.csv") << 41;
    }

    void realHeadersGiveDistinctShortLabels()
    {
        QFETCH(QString, file);
        QFETCH(int, columns);
        const QStringList header = headerOf(file);
        if (header.isEmpty())
            QSKIP("../shared/data is not here");
        QCOMPARE(header.size(), columns);
        const QStringList labels = QuestionLabel::shortenAll(header);
        if (qEnvironmentVariableIsSet("NPS_PRINT_LABELS"))
            qInfo().noquote() << labels.join(u'\n');
        QSet<QString> seen;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const QString &label = labels.at(i);
            QVERIFY2(!label.isEmpty(), qPrintable(header.at(i)));
            QVERIFY2(label.size() <= QuestionLabel::MaxLength, qPrintable(label));
            QVERIFY2(!seen.contains(label.toLower()), qPrintable(label));
            seen.insert(label.toLower());
            // Cut only between words: what stands before the ellipsis is whole words.
            if (label.endsWith(QChar(0x2026))) {
                const QString kept = label.chopped(1);
                const QString question = QString(header.at(i)).replace(QChar(0xA0), u' ');
                QVERIFY2(question.simplified().contains(kept + u' ', Qt::CaseInsensitive),
                         qPrintable(label));
            }
        }
        // The questions analysts filter by most read as nouns.
        if (file.startsWith(u'r')) {
            QCOMPARE(labels.at(45), QStringLiteral("Country"));
            QCOMPARE(labels.at(42), QStringLiteral("Gender"));
            QCOMPARE(labels.at(46), QStringLiteral("Industry"));
        } else {
            QCOMPARE(labels.at(1), QStringLiteral("When taking"));
            QCOMPARE(labels.at(39), QStringLiteral("Likely to recommend"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_QuestionLabel)
#include "tst_questionlabel.moc"
