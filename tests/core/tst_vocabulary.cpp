#include "import/missingmarkers.h"
#include "import/vocabulary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Vocabulary::Concept;

Q_DECLARE_METATYPE(Vocabulary::Concept)

class tst_Vocabulary : public QObject
{
    Q_OBJECT

private slots:
    void normalise_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("camel case") << u"LikelyToRecommend"_s << u"likely to recommend"_s;
        QTest::newRow("acronym then word") << u"IPAddress"_s << u"ip address"_s;
        QTest::newRow("spanish accents and marks")
            << u"¿Qué tan probable?"_s << u"que tan probable"_s;
        QTest::newRow("german sharp s") << u"Weiß nicht"_s << u"weiss nicht"_s;
        QTest::newRow("umlaut") << u"Längengrad"_s << u"langengrad"_s;
        QTest::newRow("letters and digits") << u"Column13"_s << u"column 13"_s;
        QTest::newRow("pandas placeholder") << u"Unnamed: 3"_s << u"unnamed 3"_s;
        QTest::newRow("hyphens") << u"E-Mail-Adresse"_s << u"e mail adresse"_s;
        QTest::newRow("qualtrics id") << u"Q1_NPS_GROUP"_s << u"q 1 nps group"_s;
        QTest::newRow("typeform token header") << u"#"_s << u"#"_s;
        QTest::newRow("typographic apostrophe") << u"Qu’aimez-vous"_s << u"qu aimez vous"_s;
        QTest::newRow("no-break spaces") << u"About\u00a0half"_s << u"about half"_s;
    }

    void normalise()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QCOMPARE(Vocabulary::normalise(text), normalised);
    }

    void concepts_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<Concept>("what");
        QTest::addColumn<bool>("matches");
        // The recommend question in every language.
        QTest::newRow("en recommend")
            << u"How likely are you to recommend us to a friend?"_s << Concept::Recommend << true;
        QTest::newRow("nl aanbevelen")
            << u"Hoe waarschijnlijk is het dat u ons aanbeveelt?"_s << Concept::Recommend << true;
        QTest::newRow("nl compound") << u"Aanbevelingsscore"_s << Concept::Recommend << true;
        QTest::newRow("de weiterempfehlen")
            << u"Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?"_s << Concept::Recommend
            << true;
        QTest::newRow("fr recommander")
            << u"Quelle est la probabilité que vous recommandiez Acme ?"_s << Concept::Recommend
            << true;
        QTest::newRow("es recomiendes")
            << u"¿Qué tan probable es que recomiendes R?"_s << Concept::Recommend << true;
        QTest::newRow("pt indicar") << u"Qual a probabilidade de você nos indicar a um amigo?"_s
                                    << Concept::Recommend << true;
        QTest::newRow("it consiglieresti")
            << u"Quanto è probabile che consiglieresti il negozio?"_s << Concept::Recommend << true;
        QTest::newRow("camel case") << u"LikelyToRecommend"_s << Concept::Recommend << true;
        // Recommend questions as public forms word them.
        QTest::newRow("nl aanraadt")
            << u"Hoe waarschijnlijk is het dat je ons aanraadt aan een collega?"_s
            << Concept::Recommend << true;
        QTest::newRow("nl enps")
            << u"Hoe waarschijnlijk is het dat je dit bedrijf aanbeveelt als werkgever?"_s
            << Concept::Recommend << true;
        QTest::newRow("de wuerden")
            << u"Wie wahrscheinlich ist es, dass Sie unser Produkt weiterempfehlen würden?"_s
            << Concept::Recommend << true;
        QTest::newRow("nl toelichten")
            << u"Wil je nog iets toelichten?"_s << Concept::OpenAnswer << true;
        QTest::newRow("de mitteilen")
            << u"Möchten Sie uns noch etwas mitteilen?"_s << Concept::OpenAnswer << true;
        QTest::newRow("es likely") << u"¿Qué tan probable?"_s << Concept::Likely << true;
        QTest::newRow("de likely") << u"Wie wahrscheinlich"_s << Concept::Likely << true;
        // Why, in every language.
        QTest::newRow("en why") << u"Why?"_s << Concept::Why << true;
        QTest::newRow("nl waarom") << u"Waarom geeft u dit cijfer?"_s << Concept::Why << true;
        QTest::newRow("de warum") << u"Warum?"_s << Concept::Why << true;
        QTest::newRow("de begruendung") << u"Begründung"_s << Concept::Why << true;
        QTest::newRow("fr pourquoi") << u"Pourquoi cette note ?"_s << Concept::Why << true;
        QTest::newRow("es por que") << u"¿Por qué?"_s << Concept::Why << true;
        QTest::newRow("pt por que") << u"Por que você deu essa nota?"_s << Concept::Why << true;
        QTest::newRow("it perche") << u"Perché?"_s << Concept::Why << true;
        QTest::newRow("en like best")
            << u"What do you like best about using R?"_s << Concept::OpenAnswer << true;
        QTest::newRow("es lo que menos")
            << u"¿Qué es lo que menos te gusta de usar R?"_s << Concept::OpenAnswer << true;
        QTest::newRow("nl opmerkingen") << u"Overige opmerkingen"_s << Concept::OpenAnswer << true;
        // Dates and ids.
        QTest::newRow("fr horodateur") << u"Horodateur"_s << Concept::SubmittedAt << true;
        QTest::newRow("es marca temporal") << u"Marca temporal"_s << Concept::SubmittedAt << true;
        QTest::newRow("de zeitstempel") << u"Zeitstempel"_s << Concept::SubmittedAt << true;
        QTest::newRow("qualtrics id") << u"ResponseId"_s << Concept::RespondentId << true;
        QTest::newRow("de antwort-id") << u"Antwort-ID"_s << Concept::RespondentId << true;
        QTest::newRow("id inside a question")
            << u"Did you pay by ID card?"_s << Concept::RespondentId << false;
        // Personal data, and what only looks like it.
        QTest::newRow("es nombre") << u"Nombre"_s << Concept::Personal << true;
        QTest::newRow("es telefono") << u"Teléfono"_s << Concept::Personal << true;
        QTest::newRow("nl telefoonnummer") << u"Telefoonnummer"_s << Concept::Personal << true;
        QTest::newRow("nl naam") << u"Naam"_s << Concept::Personal << true;
        QTest::newRow("de name") << u"Ihr Name"_s << Concept::Personal << true;
        QTest::newRow("ip address") << u"IP-Adresse"_s << Concept::Personal << true;
        QTest::newRow("email") << u"E-mail"_s << Concept::Personal << true;
        QTest::newRow("es job title is no name")
            << u"¿Cuál es el nombre de tu cargo laboral?"_s << Concept::Personal << false;
        QTest::newRow("address your issue")
            << u"Did we address your issue?"_s << Concept::Personal << false;
        QTest::newRow("phone as a product")
            << u"Which products do you use? - Phone"_s << Concept::Personal << false;
        // Other roles.
        QTest::newRow("nps group") << u"NPS-groep"_s << Concept::NpsGroup << true;
        QTest::newRow("es multi") << u"(selecciona todas las opciones que correspondan)"_s
                                  << Concept::MultiSelect << true;
        QTest::newRow("nl multi") << u"Welke kanalen? (meerdere antwoorden mogelijk)"_s
                                  << Concept::MultiSelect << true;
        QTest::newRow("de multi") << u"Welche Produkte? (Mehrfachnennung möglich)"_s
                                  << Concept::MultiSelect << true;
        QTest::newRow("en check all")
            << u"Which tools? (check all that apply)"_s << Concept::MultiSelect << true;
        QTest::newRow("robot") << u"To help us ensure that you are not a robot, …"_s
                               << Concept::AttentionCheck << true;
        QTest::newRow("please select is no check")
            << u"If you used several methods, please select the one you used most"_s
            << Concept::AttentionCheck << false;
        QTest::newRow("other, camel case") << u"MemberSiteOther"_s << Concept::OtherSpecify << true;
        QTest::newRow("other please specify")
            << u"Other (please specify)"_s << Concept::OtherSpecify << true;
        QTest::newRow("pt qual is no other")
            << u"Em qual região você mora?"_s << Concept::OtherSpecify << false;
        QTest::newRow("year of birth")
            << u"What year were you born?"_s << Concept::BirthYear << true;
        QTest::newRow("es year of birth")
            << u"¿En qué año naciste?"_s << Concept::BirthYear << true;
        QTest::newRow("country") << u"In what country do you currently reside?"_s
                                 << Concept::SegmentWord << true;
        QTest::newRow("nl klanttype") << u"Klanttype"_s << Concept::SegmentWord << true;
        QTest::newRow("de kundentyp") << u"Kundentyp"_s << Concept::SegmentWord << true;
        QTest::newRow("es pais") << u"¿En qué país resides?"_s << Concept::SegmentWord << true;
        QTest::newRow("productively is no product")
            << u"…to use R productively?"_s << Concept::SegmentWord << false;
        QTest::newRow("csat de") << u"Kundenzufriedenheit"_s << Concept::Csat << true;
        QTest::newRow("ces es") << u"Esfuerzo del cliente"_s << Concept::Ces << true;
        QTest::newRow("scale 1-10")
            << u"On a scale of 1-10, how likely…"_s << Concept::ScaleOneToTen << true;
        QTest::newRow("scale 0-10 is not 1-10")
            << u"On a scale of 0-10"_s << Concept::ScaleOneToTen << false;
    }

    void concepts()
    {
        QFETCH(QString, header);
        QFETCH(Concept, what);
        QFETCH(bool, matches);
        QCOMPARE(Vocabulary::matches(what, Vocabulary::normalise(header)), matches);
    }

    void groupLabels_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<Concept>("group");
        for (const char16_t *label : {u"Promoter", u"Promotor", u"Promotores", u"promoteurs"})
            QTest::newRow(QString::fromUtf16(label).toUtf8().constData())
                << QString::fromUtf16(label) << Concept::Promoter;
        for (const char16_t *label : {u"Passive", u"Passief", u"Pasivo", u"Neutral", u"Passiv"})
            QTest::newRow(QString::fromUtf16(label).toUtf8().constData())
                << QString::fromUtf16(label) << Concept::Passive;
        for (const char16_t *label :
             {u"Detractor", u"Criticaster", u"Detractores", u"Kritiker", u"Détracteur"})
            QTest::newRow(QString::fromUtf16(label).toUtf8().constData())
                << QString::fromUtf16(label) << Concept::Detractor;
    }

    void groupLabels()
    {
        QFETCH(QString, label);
        QFETCH(Concept, group);
        QVERIFY(Vocabulary::matches(group, Vocabulary::normalise(label)));
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("placeholder");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("Column13") << u"Column13"_s << true;
        QTest::newRow("Unnamed: 3") << u"Unnamed: 3"_s << true;
        QTest::newRow("Spalte 7") << u"Spalte 7"_s << true;
        QTest::newRow("Kolom2") << u"Kolom2"_s << true;
        QTest::newRow("a question") << u"Which plan are you on?"_s << false;
        QTest::newRow("Q1") << u"Q1"_s << false;
    }

    void placeholders()
    {
        QFETCH(QString, header);
        QFETCH(bool, placeholder);
        QCOMPARE(Vocabulary::isPlaceholderHeader(Vocabulary::normalise(header)), placeholder);
    }

    void labels()
    {
        QCOMPARE(Vocabulary::matchedWords(Concept::SegmentWord,
                                          u"In what country do you currently reside?"_s),
                 u"Country"_s);
        QCOMPARE(
            Vocabulary::matchedWords(Concept::SegmentWord, u"¿En qué país resides actualmente?"_s),
            u"País"_s);
        QCOMPARE(Vocabulary::matchedWords(Concept::SegmentWord, u"Which plan are you on?"_s),
                 u"Plan"_s);
        QCOMPARE(Vocabulary::matchedWords(Concept::SegmentWord, u"How old are you?"_s), QString());
    }

    // The segments an NPS is broken down by first, and attitude-scale answers, in every language.
    void keySegmentsAndAttitudeScales()
    {
        auto has = [](Concept c, const QString &text) {
            return Vocabulary::matches(c, Vocabulary::normalise(text));
        };
        for (const QString &header : {u"In what country do you live?"_s,
                                      u"Land"_s,
                                      u"Pays"_s,
                                      u"País"_s,
                                      u"Paese"_s,
                                      u"Klanttype"_s,
                                      u"Branche"_s,
                                      u"Customer type"_s,
                                      u"Touchpoint"_s,
                                      u"Região"_s})
            QVERIFY2(has(Concept::KeySegment, header), qPrintable(header));
        for (const QString &header : {u"What gender do you identify with?"_s,
                                      u"Which category best describes the work you do?"_s})
            QVERIFY2(!has(Concept::KeySegment, header), qPrintable(header));
        for (const QString &answer : {u"Strongly Agree"_s,
                                      u"Disagree"_s,
                                      u"Helemaal oneens"_s,
                                      u"Stimme eher zu"_s,
                                      u"Pas du tout d'accord"_s,
                                      u"Totalmente de acuerdo"_s,
                                      u"Concordo totalmente"_s,
                                      u"Per niente d'accordo"_s,
                                      u"All of the time"_s})
            QVERIFY2(has(Concept::AgreeScale, answer), qPrintable(answer));
        for (const QString &answer : {u"United Kingdom"_s, u"Male"_s, u"Data scientist"_s})
            QVERIFY2(!has(Concept::AgreeScale, answer), qPrintable(answer));
    }

    void everyLanguageHasATable()
    {
        QStringList languages;
        for (const Vocabulary::Table &table : Vocabulary::tables())
            languages << QString::fromLatin1(table.language);
        QCOMPARE(languages,
                 (QStringList{u"en"_s, u"nl"_s, u"de"_s, u"fr"_s, u"es"_s, u"pt"_s, u"it"_s}));
        // Every role has words in every language.
        for (const Vocabulary::Table &table : Vocabulary::tables()) {
            QSet<Concept> concepts;
            for (const auto &[what, terms] : table.terms)
                concepts.insert(what);
            for (Concept c : {Concept::Recommend,
                              Concept::Likely,
                              Concept::SubmittedAt,
                              Concept::RespondentId,
                              Concept::OpenAnswer,
                              Concept::Why,
                              Concept::Csat,
                              Concept::Ces,
                              Concept::NpsGroup,
                              Concept::Personal,
                              Concept::MultiSelect,
                              Concept::Promoter,
                              Concept::Passive,
                              Concept::Detractor,
                              Concept::SegmentWord,
                              Concept::KeySegment,
                              Concept::AgreeScale,
                              Concept::Praise,
                              Concept::Criticism})
                QVERIFY2(concepts.contains(c), table.language);
        }
    }

    // Open questions that ask what is liked, in the languages of the tables, against those that
    // ask why, what is liked least or what could be better.
    void praiseQuestions_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("praise");
        const std::pair<const char16_t *, bool> rows[] = {
            {u"What do you like best about using R?", true},
            {u"What do you like least about using R?", false},
            {u"What did you like most about the workshop?", true},
            {u"What could we do better?", false},
            {u"What is the main reason for your score?", false},
            {u"What do you not like about our app?", false},
            {u"Any other comments?", false},
            {u"Wat vind je goed aan onze service?", true},
            {u"Wat vond je het beste aan de training?", true},
            {u"Wat kan beter?", false},
            {u"Wat vind je minder goed?", false},
            {u"Waarom geef je dit cijfer?", false},
            {u"Was gefällt Ihnen am besten an unserem Produkt?", true},
            {u"Was gefällt Ihnen nicht?", false},
            {u"Was können wir verbessern?", false},
            {u"Qu'aimez-vous le plus chez nous ?", true},
            {u"Que pourrions-nous améliorer ?", false},
            {u"¿Qué es lo que más te gusta de usar R?", true},
            {u"¿Qué es lo que menos te gusta de usar R?", false},
            {u"O que você mais gosta no produto?", true},
            {u"O que você menos gosta?", false},
            {u"Cosa ti piace di più del servizio?", true},
            {u"Cosa possiamo migliorare?", false},
        };
        for (const auto &[header, praise] : rows)
            QTest::newRow(QString::fromUtf16(header).toUtf8().constData())
                << QString::fromUtf16(header) << praise;
    }

    void praiseQuestions()
    {
        QFETCH(QString, header);
        QFETCH(bool, praise);
        QCOMPARE(Vocabulary::asksForPraise(header), praise);
    }

    void missingMarkers_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        using K = MissingMarkers::Kind;
        for (const char *v : {"NA", "N/A", "#N/A", "NaN", "null", "NULL", "None", "#NULL!", "n/a"})
            QTest::newRow(v) << QString::fromLatin1(v) << int(K::Software);
        for (const char16_t *v : {u".", u"-", u"—", u"–", u"?", u"--"})
            QTest::newRow(QString::fromUtf16(v).toUtf8().constData())
                << QString::fromUtf16(v) << int(K::Symbol);
        for (const char16_t *v : {u"Don't know",
                                  u"don’t know",
                                  u"weet niet",
                                  u"Weiß nicht",
                                  u"weiss nicht",
                                  u"No sé",
                                  u"Je ne sais pas",
                                  u"Não sei",
                                  u"Non so",
                                  u"n.v.t."})
            QTest::newRow(QString::fromUtf16(v).toUtf8().constData())
                << QString::fromUtf16(v) << int(K::DontKnow);
        for (const char16_t *v :
             {u"10", u"-99", u"Nada", u"Netherlands", u"%>%", u"👍", u"No", u"Nope, never again"})
            QTest::newRow(QString::fromUtf16(v).toUtf8().constData())
                << QString::fromUtf16(v) << int(K::Answer);
    }

    void missingMarkers()
    {
        QFETCH(QString, value);
        QFETCH(int, kind);
        QCOMPARE(int(MissingMarkers::kind(value)), kind);
    }

    void numericCodes()
    {
        for (int code : {-1, -9, -99, -999, 66, 77, 88, 98, 99, 999, 9999})
            QVERIFY2(MissingMarkers::isNumericCode(code), QByteArray::number(code));
        for (int answer : {0, 5, 10, 11, 12, 50, 65, 100, 1987})
            QVERIFY2(!MissingMarkers::isNumericCode(answer), QByteArray::number(answer));
    }
};

QTEST_GUILESS_MAIN(tst_Vocabulary)
#include "tst_vocabulary.moc"
