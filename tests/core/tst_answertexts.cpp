#include "metrics/responsecache.h"
#include "text/answertexts.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

class TestAnswerTexts : public QObject
{
    Q_OBJECT

private slots:
    void appendKeepsOrder()
    {
        AnswerTexts texts;
        QVERIFY(texts.isEmpty());
        QCOMPARE(texts.append(u""), 0u);
        QCOMPARE(texts.append(u"Te duur"), 1u);
        QCOMPARE(texts.append(u"Te duur"), 2u); // the column itself keeps every text
        QCOMPARE(texts.append(u"Snel"), 3u);
        QCOMPARE(texts.size(), 4);
        QCOMPARE(texts.at(0), u"");
        QVERIFY(texts.at(0).isEmpty());
        QCOMPARE(texts.at(1), u"Te duur");
        QCOMPARE(texts.at(2), u"Te duur");
        QCOMPARE(texts[3], u"Snel");
        QCOMPARE(texts.chars(), u"Te duurTe duurSnel");
        QCOMPARE(texts.offset(3), 14);
        QCOMPARE(texts.toList(), (QStringList{QString(), u"Te duur"_s, u"Te duur"_s, u"Snel"_s}));
        QCOMPARE(AnswerTexts(texts.toList()), texts);
        QVERIFY(AnswerTexts(QStringList{u"Te duur"_s}) != texts);
    }

    // A view of the column's own text, appended again: the array may move while it grows.
    void appendOwnText()
    {
        AnswerTexts texts;
        texts.append(u"Levering was te laat");
        for (int i = 0; i < 200; ++i)
            texts.append(texts.at(texts.size() - 1));
        QCOMPARE(texts.size(), 201);
        for (qsizetype i = 0; i < texts.size(); ++i)
            QCOMPARE(texts.at(i), u"Levering was te laat");
    }

    // UTF-16 as it is: surrogate pairs are two units, never split or changed.
    void surrogatesAndLongTexts()
    {
        const QString emoji = u"Top service 👍🏽, merci 😀"_s;
        const QString longText = QString(70000, u'x') + u"𝄞"_s + QString(2, u'y');
        AnswerTexts texts(QStringList{QString(), emoji, longText, u"é"_s});
        QCOMPARE(texts.size(), 4);
        QCOMPARE(texts.at(1), emoji);
        QCOMPARE(texts.at(1).size(), emoji.size());
        QVERIFY(texts.at(1).at(12).isHighSurrogate());
        QCOMPARE(texts.at(2).size(), 70004); // past 64 Ki units: lengths are 32 bits
        QCOMPARE(texts.at(2), longText);
        QCOMPARE(texts.at(3), u"é");
        QCOMPARE(texts.offset(3), emoji.size() + longText.size());
    }

    // A buffer as the snapshot holds the texts: something first, then the units.
    static QByteArray bytesOf(const char *before, QStringView units)
    {
        return QByteArray(before)
               + QByteArray(reinterpret_cast<const char *>(units.utf16()), 2 * units.size());
    }

    void fromBytes()
    {
        const QByteArray bytes = bytesOf("head", u"abcdé");
        const std::optional<AnswerTexts> texts = AnswerTexts::fromBytes({0, 0, 2, 5}, bytes, 4);
        QVERIFY(texts);
        QCOMPARE(texts->size(), 3);
        QCOMPARE(texts->at(0), u"");
        QCOMPARE(texts->at(1), u"ab");
        QCOMPARE(texts->at(2), u"cdé");
        QCOMPARE(texts->chars().utf16(), reinterpret_cast<const char16_t *>(bytes.constData() + 4));
        AnswerTexts grown = *texts;
        QCOMPARE(grown.append(u"f"), 3u);
        QCOMPARE(grown.chars(), u"abcdéf");
        QCOMPARE(texts->chars(), u"abcdé"); // the buffer it shares is left as it was
        QCOMPARE(bytes.size(), 14);
        // Units at an odd byte: copied to a buffer of their own.
        const std::optional<AnswerTexts> odd
            = AnswerTexts::fromBytes({0, 5}, bytesOf("abc", u"vijf!"), 3);
        QVERIFY(odd);
        QCOMPARE(odd->size(), 1);
        QCOMPARE(odd->at(0), u"vijf!");
        QVERIFY(AnswerTexts::fromBytes({0}, {}));
        QVERIFY(!AnswerTexts::fromBytes({}, {}));
        QVERIFY(!AnswerTexts::fromBytes({1, 5}, bytes, 4));       // does not start at 0
        QVERIFY(!AnswerTexts::fromBytes({0, 3, 2, 5}, bytes, 4)); // not ascending
        QVERIFY(!AnswerTexts::fromBytes({0, 4}, bytes, 4));       // not all the units
        QVERIFY(!AnswerTexts::fromBytes({0, 5}, bytes, 3));       // half a unit
        QVERIFY(!AnswerTexts::fromBytes({0, 0}, bytes, 15));      // past the end
    }

    // Copies share the column until one is changed.
    void copiesAreIndependent()
    {
        AnswerTexts a(QStringList{QString(), u"een"_s});
        const AnswerTexts b = a;
        QCOMPARE(b.chars().utf16(), a.chars().utf16()); // shared, not copied
        a.append(u"twee");
        QCOMPARE(a.size(), 3);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(1), u"een");
        QCOMPARE(a.at(2), u"twee");
    }

    // The cache's dictionary: "" (no answer) at index 0, each distinct text once, in the order
    // they were first met.
    void builderDedupes()
    {
        ResponseCache::Builder b({});
        const QStringList answers{u"Te duur"_s,
                                  QString(),
                                  u"Snel"_s,
                                  u"Te duur"_s,
                                  u""_s,
                                  u"te duur"_s,
                                  u"Snel"_s,
                                  u"👍🏽"_s};
        for (const QString &a : answers)
            b.add(8, 2460000, a, nullptr);
        const ResponseCache c = b.finish();
        QCOMPARE(c.answerTexts().toList(),
                 (QStringList{QString(), u"Te duur"_s, u"Snel"_s, u"te duur"_s, u"👍🏽"_s}));
        const std::vector<quint32> expected{1, 0, 2, 1, 0, 3, 2, 4};
        QVERIFY(c.answers() == expected);
        for (qsizetype row = 0; row < c.size(); ++row)
            QCOMPARE(c.answer(row), answers.at(row));
    }

    // Many texts: the index grows (and places the texts again) many times over.
    void builderDedupesMany()
    {
        ResponseCache::Builder b({});
        constexpr int Distinct = 20000;
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < Distinct; ++i) {
                QCOMPARE(b.answerIndexOf(QString::number(i * 7919 % Distinct)), quint32(i + 1));
            }
        }
        const ResponseCache c = b.finish();
        QCOMPARE(c.answerTexts().size(), Distinct + 1);
        QCOMPARE(c.answerTexts().at(2), QString::number(7919));
    }

    // The dashboard's threads read one cache at once.
    void concurrentReads()
    {
        AnswerTexts texts;
        texts.append(u"");
        for (int i = 0; i < 5000; ++i)
            texts.append(QString::number(i));
        const AnswerTexts &shared = texts;
        std::atomic_int wrong = 0;
        QList<QThread *> threads;
        for (int t = 0; t < 4; ++t) {
            threads << QThread::create([&shared, &wrong] {
                for (qsizetype i = 1; i < shared.size(); ++i)
                    wrong += shared.at(i) != QString::number(i - 1);
                const AnswerTexts copy = shared; // copies from several threads at once
                wrong += copy.size() != shared.size();
            });
            threads.last()->start();
        }
        for (QThread *t : std::as_const(threads)) {
            t->wait();
            delete t;
        }
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnswerTexts)
#include "tst_answertexts.moc"
