#include "text/answercorpus.h"
#include "text/privacymask.h"
#include "tools/answergenerator.h"
#include "verifyresult.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AnswerCorpus corpusOf(const QStringList &answers, int threads = 0)
{
    AnswerCorpus::Options options;
    options.threads = threads;
    Result<AnswerCorpus> c = AnswerCorpus::build(QStringList{QString()} + answers, options);
    return std::move(c).value();
}

QStringList termsOf(const AnswerCorpus &c, qsizetype answer)
{
    QStringList out;
    for (quint32 t : c.terms(answer))
        out << (t == AnswerCorpus::Break ? u"|"_s : c.termText(t));
    return out;
}

// Short answers in every language, so that answers without function words have company.
QStringList context()
{
    return {u"De levering was snel en de factuur klopte."_s,
            u"Snelle levering en een duidelijke factuur."_s,
            u"The delivery was fast and the invoice was clear."_s,
            u"Fast delivery and a clear invoice."_s,
            u"Die Lieferung war schnell und die Rechnung war klar."_s,
            u"La livraison était rapide et la facture claire."_s,
            u"La entrega fue rápida y la factura clara."_s};
}

} // namespace

class tst_AnswerCorpus : public QObject
{
    Q_OBJECT

private slots:
    void language_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("evidence");
        const int words = int(AnswerCorpus::LanguageEvidence::FunctionWords);
        const int vocabulary = int(AnswerCorpus::LanguageEvidence::Vocabulary);
        QTest::newRow("nl") << u"De levering was een week te laat en niemand belde terug."_s
                            << u"nl"_s << words;
        QTest::newRow("nl short") << u"niet snel"_s << u"nl"_s << words;
        QTest::newRow("en") << u"The package arrived late and nobody called back."_s << u"en"_s
                            << words;
        QTest::newRow("en short") << u"not fast"_s << u"en"_s << words;
        QTest::newRow("de") << u"Die Lieferung kam zu spät und niemand hat angerufen."_s << u"de"_s
                            << words;
        QTest::newRow("de short") << u"nicht schnell"_s << u"de"_s << words;
        QTest::newRow("fr") << u"La livraison est arrivée en retard et personne n'a rappelé."_s
                            << u"fr"_s << words;
        QTest::newRow("fr short") << u"pas rapide"_s << u"fr"_s << words;
        QTest::newRow("es") << u"El paquete llegó tarde y nadie me llamó."_s << u"es"_s << words;
        QTest::newRow("es short") << u"la entrega no es rápida"_s << u"es"_s << words;
        QTest::newRow("nl without function words") << u"Snelle levering"_s << u"nl"_s << vocabulary;
        QTest::newRow("en without function words") << u"Fast delivery"_s << u"en"_s << vocabulary;
    }
    void language()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(int, evidence);
        const AnswerCorpus c = corpusOf(context() + QStringList{text});
        const qsizetype answer = c.size() - 1;
        QCOMPARE(Languages::code(c.language(answer)), language);
        QCOMPARE(int(c.languageEvidence(answer)), evidence);
    }

    void noWordsNoLanguage()
    {
        const AnswerCorpus c = corpusOf({u"123 456"_s, u"!!!"_s});
        QCOMPARE(c.language(1), Language::Unknown);
        QCOMPARE(c.languageEvidence(2), AnswerCorpus::LanguageEvidence::None);
        QVERIFY(c.terms(1).empty());
    }

    // Negation stays with the word it negates: "niet snel" is not "snel".
    void negation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("has");
        QTest::addColumn<QString>("hasNot");
        QTest::newRow("niet snel") << u"niet snel"_s << u"¬snel"_s << u"snel"_s;
        QTest::newRow("not fast") << u"not fast"_s << u"¬fast"_s << u"fast"_s;
        QTest::newRow("nicht schnell") << u"nicht schnell"_s << u"¬schnell"_s << u"schnell"_s;
        QTest::newRow("pas rapide") << u"pas rapide"_s << u"¬rapid"_s << u"rapid"_s;
        QTest::newRow("no rápido") << u"la entrega no es rápida"_s << u"¬rap"_s << u"rap"_s;
        QTest::newRow("intensifier between")
            << u"The delivery was not very fast"_s << u"¬fast"_s << u"fast"_s;
        QTest::newRow("niet erg snel")
            << u"De levering was niet erg snel"_s << u"¬snel"_s << u"snel"_s;
        QTest::newRow("negation after the verb (nl)")
            << u"De factuur klopte niet"_s << u"¬klopt"_s << u"klopt"_s;
        QTest::newRow("negation after the verb (de)")
            << u"Das funktioniert nicht"_s << u"¬funktioniert"_s << u"funktioniert"_s;
        QTest::newRow("zonder") << u"Zonder problemen geholpen"_s << u"¬problem"_s << u"problem"_s;
        QTest::newRow("contraction") << u"The app doesn't work"_s << u"¬work"_s << u"work"_s;
        QTest::newRow("french ne pas") << u"ce n'est pas rapide"_s << u"¬rapid"_s << u"rapid"_s;
        QTest::newRow("not across a clause")
            << u"Not today, fast delivery"_s << u"fast"_s << u"¬fast"_s;
        QTest::newRow("plain word") << u"snel en vriendelijk"_s << u"snel"_s << u"¬snel"_s;
        QTest::newRow("english no at the end")
            << u"customer no. 12345"_s << u"custom"_s << u"¬custom"_s;
    }
    void negation()
    {
        QFETCH(QString, text);
        QFETCH(QString, has);
        QFETCH(QString, hasNot);
        const AnswerCorpus c = corpusOf({text});
        const QStringList terms = termsOf(c, 1);
        QVERIFY2(terms.contains(has), qPrintable(terms.join(u' ')));
        QVERIFY2(!terms.contains(hasNot), qPrintable(terms.join(u' ')));
    }

    void sentiment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sentiment");
        const int pos = int(AnswerCorpus::Sentiment::Positive);
        const int neg = int(AnswerCorpus::Sentiment::Negative);
        const int neutral = int(AnswerCorpus::Sentiment::Neutral);
        QTest::newRow("heel erg goed") << u"Heel erg goed"_s << pos;
        QTest::newRow("niet goed") << u"Niet goed"_s << neg;
        QTest::newRow("not bad") << u"Not bad at all"_s << pos;
        QTest::newRow("te duur") << u"Het is te duur"_s << neg;
        QTest::newRow("way too expensive") << u"Way too expensive for what it is"_s << neg;
        QTest::newRow("super alone") << u"Super!"_s << pos;
        QTest::newRow("but weighs the end") << u"Goed, maar veel te duur"_s << neg;
        QTest::newRow("snelle levering") << u"Snelle levering"_s << pos;
        QTest::newRow("crashes") << u"De app crasht steeds"_s << neg;
        QTest::newRow("too long waiting") << u"Veel te lang in de wacht gestaan"_s << neg;
        QTest::newRow("neutral") << u"I use it for my job"_s << neutral;
        QTest::newRow("it does not work") << u"Het werkt niet"_s << neg;
        QTest::newRow("zonder problemen") << u"Zonder problemen"_s << pos;
        QTest::newRow("sehr freundlich") << u"Das Personal war sehr freundlich"_s << pos;
        QTest::newRow("très décevant") << u"Le service est très décevant"_s << neg;
        QTest::newRow("muy bueno") << u"El servicio es muy bueno"_s << pos;
        QTest::newRow("helpful is not help") << u"I need help with my bill"_s << neutral;
    }
    void sentiment()
    {
        QFETCH(QString, text);
        QFETCH(int, sentiment);
        const AnswerCorpus c = corpusOf(context() + QStringList{text});
        QCOMPARE(int(c.sentiment(c.size() - 1)), sentiment);
    }

    // Personal data never reaches the statistics: no term from an address or a number.
    void personalDataIsMasked()
    {
        const AnswerCorpus c = corpusOf({u"Mail me: jan.jansen@gmail.com of bel 06-12345678"_s,
                                         u"Write to müller@example.de please"_s,
                                         u"Bestel via www.bol.com en bel +31 20 123 4567"_s});
        for (qsizetype a = 1; a < c.size(); ++a) {
            for (const QString &t : termsOf(c, a)) {
                for (const char *bad : {"gmail", "jansen", "example", "com", "bol", "www", "1"})
                    QVERIFY2(!t.contains(QLatin1StringView(bad)), qPrintable(t));
            }
        }
        QVERIFY(!c.maskedText(1).contains(u"gmail"_s));
    }

    // The mask is skipped only where it would change nothing.
    void maskSkippedOnlyWhereNothingToMask_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"Gebeld op 06-1234",
                                 "€25 te veel, 3 keer",
                                 "ordernummer 123456",
                                 "tel 0612 34",
                                 "2025-10-01 geleverd",
                                 "Bel 020 123 45",
                                 "no digits here",
                                 "ISO 9001 and 14001",
                                 "(31) 6-1234-56"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }
    void maskSkippedOnlyWhereNothingToMask()
    {
        QFETCH(QString, text);
        if (!AnswerCorpus::mayHoldPersonalData(text))
            QCOMPARE(PrivacyMask::mask(text), text);
    }

    // The same answers give the same corpus, however many threads read them.
    void deterministic()
    {
        QStringList answers;
        AnswerGenerator::Generator g(AnswerGenerator::Mix::DutchEnglish, 5);
        for (int i = 0; i < 9000; ++i)
            answers << g.next().text;
        const AnswerCorpus one = corpusOf(answers, 1);
        const AnswerCorpus two = corpusOf(answers, 2);
        QCOMPARE(one.termCount(), two.termCount());
        for (qsizetype a = 0; a < one.size(); ++a) {
            QCOMPARE(one.language(a), two.language(a));
            QCOMPARE(one.sentimentScore(a), two.sentimentScore(a));
            QVERIFY(std::equal(one.terms(a).begin(),
                               one.terms(a).end(),
                               two.terms(a).begin(),
                               two.terms(a).end()));
        }
    }

    void progressAndCancel()
    {
        QStringList answers;
        AnswerGenerator::Generator g(AnswerGenerator::Mix::Dutch, 1);
        for (int i = 0; i < 5000; ++i)
            answers << g.next().text;
        AnswerCorpus::Options options;
        qint64 lastDone = -1, lastTotal = 0;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone && done <= total);
            lastDone = done;
            lastTotal = total;
        };
        QVERIFY_RESULT(AnswerCorpus::build(answers, options));
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);

        std::atomic_bool cancel = true;
        options.progress = {};
        options.cancel = &cancel;
        const Result<AnswerCorpus> cancelled = AnswerCorpus::build(answers, options);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error(), u"Cancelled."_s);
    }

    void compileKeywords()
    {
        const AnswerCorpus c = corpusOf({u"De levering kwam te laat."_s,
                                         u"Levering was een week te laat."_s,
                                         u"De levering was niet snel."_s,
                                         u"The delivery was late."_s});
        const auto only = [&c](const QString &phrase, Language l) {
            const auto sequences = c.compile(phrase, l);
            QStringList out;
            if (sequences.size() == 1) {
                for (quint32 t : sequences.first())
                    out << c.termText(t);
            }
            return out;
        };
        QCOMPARE(only(u"te laat"_s, Language::Dutch), QStringList{u"lat"_s});
        QCOMPARE(only(u"levering te laat"_s, Language::Dutch), (QStringList{u"lever"_s, u"lat"_s}));
        QCOMPARE(only(u"niet snel"_s, Language::Dutch), QStringList{u"¬snel"_s});
        QCOMPARE(only(u"delivery"_s, Language::English), QStringList{u"deliveri"_s});
        // In every language of the corpus, duplicates removed.
        QVERIFY(!c.compile(u"levering"_s).isEmpty());
        QVERIFY(c.compile(u"de het een"_s, Language::Dutch).isEmpty()); // stop words only
    }

    void termSpansPointIntoTheText()
    {
        const AnswerCorpus c = corpusOf({u"Levering was een week te laat, niet snel."_s});
        const QString text = c.maskedText(1);
        QStringList written;
        for (const AnswerCorpus::TermSpan &s : c.termSpans(1))
            written << text.mid(s.start, s.end - s.start);
        QCOMPARE(written, (QStringList{u"Levering"_s, u"laat"_s, u"niet snel"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_AnswerCorpus)
#include "tst_answercorpus.moc"
