#pragma once

// Open answers with planted themes, in Dutch, English and German: the generator knows which
// answer carries which theme, so tests can measure how well suggested themes find them, and
// benchmarks get as many distinct answers as they ask for (the templates vary their words,
// add days, names and numbers; nothing repeats a fixed list of texts).

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <random>

namespace AnswerGenerator {

enum class Mix { Dutch, English, German, DutchEnglish, DutchEnglishGerman };

// The topics every language has templates for, in this order.
inline const QStringList &topics()
{
    static const QStringList names{QStringLiteral("delivery"),
                                   QStringLiteral("billing"),
                                   QStringLiteral("app"),
                                   QStringLiteral("price"),
                                   QStringLiteral("waiting"),
                                   QStringLiteral("staff"),
                                   QStringLiteral("outage"),
                                   QStringLiteral("complaint")};
    return names;
}

struct Template
{
    int topic;
    bool negative;
    const char *text; // {a|b|c} picks one; {|a} may leave it out
};

// clang-format off
inline const QList<Template> &dutch()
{
    static const QList<Template> t{
        {0, true, "{De levering|De bezorging|Mijn pakket|Mijn bestelling} {was|kwam} {een week|drie dagen|twee dagen|veel} te laat"},
        {0, true, "{Het pakket|De bestelling} werd {beschadigd|pas na een week|bij de buren} bezorgd{| en niemand belde terug}"},
        {0, false, "{Snelle|Vlotte|Keurige} {levering|bezorging}{| van mijn pakket| van de bestelling}"},
        {0, false, "{Mijn pakket|De bestelling|De levering} {kwam|was} {netjes|keurig|precies} op tijd{| bezorgd}"},
        {1, true, "{De factuur|Mijn rekening|De jaarafrekening} klopte {weer|alweer|opnieuw} niet"},
        {1, true, "{Twee keer|Dubbel|Te veel} {betaald|afgeschreven} door een fout in de {factuur|rekening}"},
        {1, false, "{Duidelijke|Heldere|Overzichtelijke} {facturen|factuur|rekeningen}"},
        {2, true, "De app {crasht|loopt vast|sluit af} {steeds|telkens|elke keer} bij het {inloggen|betalen|openen}"},
        {2, true, "Inloggen in de app {lukt|werkt} {niet|nooit|vaak niet}"},
        {2, false, "{Handige|Fijne|Overzichtelijke} app{| en website| om alles te regelen}"},
        {3, true, "{De prijs|De prijs van mijn abonnement|Het tarief} is {flink|weer|opnieuw} {gestegen|verhoogd}"},
        {3, true, "{Veel|Echt|Gewoon} te duur, de prijs {gaat|ging} {elk jaar|steeds|weer} omhoog"},
        {3, false, "{Eerlijke|Redelijke|Scherpe} {prijs|prijzen} voor {wat je krijgt|de kwaliteit}"},
        {4, true, "{Veel te lang|Een uur|Drie kwartier} {moeten wachten|in de wacht gestaan} {aan de telefoon|bij de klantenservice}"},
        {4, true, "De wachttijd {aan de telefoon|bij de klantenservice} is {belachelijk|veel te} lang"},
        {4, false, "Ik hoefde {bijna niet|nauwelijks|niet lang} te wachten {aan de telefoon|bij de klantenservice}"},
        {5, true, "{De medewerker|Het personeel|Die meneer} was {onvriendelijk|kortaf|ongeduldig} en {hielp me niet|luisterde niet}"},
        {5, false, "{De medewerker|Het personeel|Mevrouw {Sanne|Fatima|Ingrid}} was {erg|heel|super} vriendelijk en behulpzaam"},
        {5, false, "{Vriendelijke|Behulpzame|Deskundige} medewerker die {echt meedacht|goed luisterde}"},
        {6, true, "{Storing|Weer een storing} {en|waardoor} {twee dagen|een weekend|drie dagen} geen internet"},
        {6, true, "Het internet {valt|viel} {steeds|vaak|elke avond} uit{| door een storing}"},
        {6, false, "{Stabiel|Snel|Betrouwbaar} internet{| zonder storingen}"},
        {7, true, "Mijn klacht is {na drie weken|na een maand|nog steeds} niet opgelost"},
        {7, true, "{Ik heb|We hebben} {twee keer|drie keer|al vaak} een klacht ingediend{| zonder reactie}"},
        {7, false, "Mijn klacht werd {snel|meteen|netjes} opgelost"},
    };
    return t;
}

inline const QList<Template> &english()
{
    static const QList<Template> t{
        {0, true, "{The delivery|My package|My order|The parcel} {was|arrived} {a week|three days|two days|very} late"},
        {0, true, "{The package|My order} arrived {damaged|after a week|at the neighbours}{| and nobody called back}"},
        {0, false, "{Fast|Quick|Smooth} delivery{| of my package| of the order}"},
        {0, false, "{My package|The order|The delivery} arrived {right|exactly|nicely} on time"},
        {1, true, "{The invoice|My bill|The annual bill} was {wrong|incorrect} {again|once more|}"},
        {1, true, "{Charged twice|Overcharged|Charged too much} because of an error in the {invoice|bill}"},
        {1, false, "{Clear|Simple|Transparent} {invoices|billing|bills}"},
        {2, true, "The app {crashes|freezes|closes} {every time|constantly|again} when I {log in|pay|open it}"},
        {2, true, "Logging in to the app {fails|doesn't work|never works}"},
        {2, false, "{Handy|Nice|Clean} app{| and website| to manage everything}"},
        {3, true, "{The price|The price of my subscription|The rate} {went up|increased|rose} {again|sharply|once more}"},
        {3, true, "{Way|Much|Simply} too expensive, the price goes up {every year|all the time|again}"},
        {3, false, "{Fair|Reasonable|Good} {price|prices} for {what you get|the quality}"},
        {4, true, "{Waited|Had to wait} {an hour|forty minutes|far too long} {on the phone|on hold} with customer service"},
        {4, true, "The wait {on the phone|for customer service} is {ridiculous|far too long}"},
        {4, false, "I {barely|hardly|did not} {had|have} to wait on the phone"},
        {5, true, "{The agent|The staff|The representative} was {rude|impatient|unfriendly} and {did not help|did not listen}"},
        {5, false, "{The agent|The staff|{Sarah|Tom|Priya}} was {very|really|super} friendly and helpful"},
        {5, false, "{Friendly|Helpful|Knowledgeable} agent who {really listened|thought along}"},
        {6, true, "{Outage|Another outage} {and|leaving us} {two days|a weekend|three days} without internet"},
        {6, true, "{Internet|The internet connection} was down for {two days|a weekend|hours} after an outage"},
        {6, true, "The internet {drops|dropped|keeps dropping} {constantly|often|every evening}"},
        {6, false, "{Stable|Fast|Reliable} internet{| without outages}"},
        {7, true, "My complaint {is|was} {still|after three weeks|after a month} not resolved"},
        {7, true, "{I|We} filed a complaint {twice|three times|several times}{| without any reply}"},
        {7, false, "My complaint was resolved {quickly|right away|neatly}"},
    };
    return t;
}

inline const QList<Template> &german()
{
    static const QList<Template> t{
        {0, true, "{Die Lieferung|Mein Paket|Meine Bestellung} kam {eine Woche|drei Tage|zwei Tage|viel} zu spät"},
        {0, true, "{Das Paket|Die Bestellung} wurde {beschädigt|erst nach einer Woche|beim Nachbarn} geliefert"},
        {0, false, "{Schnelle|Zügige|Pünktliche} Lieferung{| meines Pakets| der Bestellung}"},
        {1, true, "{Die Rechnung|Meine Abrechnung|Die Jahresrechnung} war {wieder|schon wieder|erneut} falsch"},
        {1, true, "{Doppelt|Zweimal|Zu viel} abgebucht wegen eines Fehlers in der {Rechnung|Abrechnung}"},
        {1, false, "{Klare|Übersichtliche|Verständliche} {Rechnungen|Rechnung|Abrechnung}"},
        {2, true, "Die App {stürzt|hängt} {ständig|immer wieder|jedes Mal} beim {Anmelden|Bezahlen|Öffnen} ab"},
        {2, true, "Die Anmeldung in der App {klappt|funktioniert} {nicht|nie|oft nicht}"},
        {2, false, "{Praktische|Gute|Übersichtliche} App{| und Webseite}"},
        {3, true, "{Der Preis|Der Preis meines Abos|Der Tarif} ist {stark|wieder|erneut} gestiegen"},
        {3, true, "{Viel|Einfach} zu teuer, der Preis steigt {jedes Jahr|ständig|wieder}"},
        {3, false, "{Fairer|Guter|Günstiger} Preis für {die Leistung|die Qualität}"},
        {4, true, "{Eine Stunde|Viel zu lange|Vierzig Minuten} in der Warteschleife am Telefon"},
        {4, true, "Die Wartezeit am Telefon ist {unverschämt|viel zu} lang"},
        {4, false, "Ich musste {kaum|nicht lange} am Telefon warten"},
        {5, true, "{Der Mitarbeiter|Das Personal} war {unfreundlich|ungeduldig} und hat {nicht geholfen|nicht zugehört}"},
        {5, false, "{Der Mitarbeiter|Das Personal|Frau {Müller|Schmidt}} war {sehr|echt|super} freundlich und hilfsbereit"},
        {6, true, "{Störung|Wieder eine Störung} und {zwei Tage|ein Wochenende} kein Internet"},
        {6, true, "Das Internet fällt {ständig|oft|jeden Abend} aus"},
        {6, false, "{Stabiles|Schnelles|Zuverlässiges} Internet{| ohne Störungen}"},
        {7, true, "Meine Beschwerde ist {nach drei Wochen|nach einem Monat|immer noch} nicht gelöst"},
        {7, true, "Ich habe {zweimal|dreimal|schon oft} eine Beschwerde eingereicht"},
        {7, false, "Meine Beschwerde wurde {schnell|sofort} gelöst"},
    };
    return t;
}

// Clauses that carry no theme, and bits that make answers distinct.
inline const QStringList &fillers(int language)
{
    static const QList<QStringList> f{
        {QStringLiteral("Verder {prima|oké|niets op aan te merken}"),
         QStringLiteral("Ik ben al {jaren|heel wat jaren|een tijdje} klant"),
         QStringLiteral("{Gisteren|Vorige week|In maart|Op maandag|Afgelopen zomer} {gebeurd|voor het eerst}")},
        {QStringLiteral("Otherwise {fine|okay|nothing to add}"),
         QStringLiteral("I have been a customer for {years|a while|ages}"),
         QStringLiteral("{Yesterday|Last week|In March|On Monday|Last summer} {it happened|for the first time}")},
        {QStringLiteral("Sonst {alles gut|nichts zu sagen}"),
         QStringLiteral("Ich bin seit {Jahren|vielen Jahren|einer Ewigkeit} Kunde"),
         QStringLiteral("{Gestern|Letzte Woche|Im März|Am Montag} {passiert|zum ersten Mal}")},
    };
    return f.at(language);
}
// clang-format on

struct Answer
{
    QString text;
    QList<int> themes; // planted theme ids (see themeId)
    int score = -1;
    int language = 0; // 0 Dutch, 1 English, 2 German
};

// The planted theme of a topic in a language: one per topic in every language, as a topic is
// one theme whether its answers share its words ("app", "internet") or translate them
// ("levering", "delivery", "Lieferung").
inline int themeId(Mix, int, int topic)
{
    return topic;
}

class Generator
{
public:
    Generator(Mix mix, quint32 seed)
        : m_mix(mix)
        , m_rng(seed)
    {}

    Answer next()
    {
        Answer a;
        a.language = m_mix == Mix::Dutch          ? 0
                     : m_mix == Mix::English      ? 1
                     : m_mix == Mix::German       ? 2
                     : m_mix == Mix::DutchEnglish ? int(m_unit(m_rng) < 0.5 ? 0 : 1)
                                                  : int(m_unit(m_rng) * 3);
        const QList<Template> &templates = a.language == 0   ? dutch()
                                           : a.language == 1 ? english()
                                                             : german();
        const double r = m_unit(m_rng);
        const int clauses = r < 0.05 ? 0 : r < 0.75 ? 1 : 2;
        QStringList parts;
        int negatives = 0, positives = 0;
        for (int c = 0; c < clauses; ++c) {
            const Template &t = templates.at(pick(int(templates.size())));
            const int id = themeId(m_mix, a.language, t.topic);
            if (a.themes.contains(id))
                continue;
            a.themes.append(id);
            parts << expand(QString::fromUtf8(t.text));
            (t.negative ? negatives : positives)++;
        }
        if (clauses == 0 || m_unit(m_rng) < 0.3) {
            const QStringList &f = fillers(a.language);
            parts << expand(f.at(pick(int(f.size()))));
        }
        const QStringList joins
            = a.language == 0
                  ? QStringList{QStringLiteral(". "), QStringLiteral(" en "), QStringLiteral(", ")}
              : a.language == 1
                  ? QStringList{QStringLiteral(". "), QStringLiteral(" and "), QStringLiteral(", ")}
                  : QStringList{
                      QStringLiteral(". "), QStringLiteral(" und "), QStringLiteral(", ")};
        QString text = parts.value(0);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            QString part = parts.at(i);
            const QString &join = joins.at(pick(3));
            if (join != QStringLiteral(". "))
                part[0] = part.at(0).toLower();
            text += join + part;
        }
        // Sometimes a reference number or a count, as people write them.
        if (m_unit(m_rng) < 0.15)
            text += QStringLiteral(" (%1 %2)")
                        .arg(a.language == 0   ? QStringLiteral("klantnummer")
                             : a.language == 1 ? QStringLiteral("customer no.")
                                               : QStringLiteral("Kundennummer"))
                        .arg(100000 + pick(899999));
        a.text = text + (m_unit(m_rng) < 0.2 ? QStringLiteral("!") : QStringLiteral("."));
        // Scores follow the tone: complaints from detractors, praise from promoters.
        const double s = m_unit(m_rng);
        if (negatives > 0 && positives == 0)
            a.score = s < 0.85 ? pick(7) : 7 + pick(2);
        else if (positives > 0 && negatives == 0)
            a.score = s < 0.8 ? 9 + pick(2) : 7 + pick(2);
        else
            a.score = s < 0.6 ? 7 + pick(2) : pick(11);
        return a;
    }

    // An answer in Dutch (0) or English (1) whose tone fits a given score: complaints from
    // detractors, praise from promoters, either from passives; with a detail (a number, an
    // amount, a day) in most, so that nearly every answer of a large export is a text of its own.
    Answer forScore(int language, int score)
    {
        Answer a;
        a.language = std::clamp(language, 0, 1);
        a.score = score;
        const QList<Template> &templates = a.language == 0 ? dutch() : english();
        const int clauses = m_unit(m_rng) < 0.65 ? 1 : 2;
        QStringList parts;
        for (int c = 0; c < clauses; ++c) {
            const bool negative = score <= 6 || (score <= 8 && m_unit(m_rng) < 0.5);
            const Template *t = nullptr;
            while (!t || t->negative != negative || a.themes.contains(t->topic))
                t = &templates.at(pick(int(templates.size())));
            a.themes.append(t->topic);
            parts << expand(QString::fromUtf8(t->text));
        }
        if (m_unit(m_rng) < 0.7) {
            const QList<const char *> &d = details(a.language);
            QString detail = expand(QString::fromUtf8(d.at(pick(int(d.size())))));
            detail.replace(QStringLiteral("%1"), QString::number(1 + pick(28)));
            detail.replace(QStringLiteral("%2"), QString::number(2 + pick(197)));
            parts << detail;
        }
        if (m_unit(m_rng) < 0.25) {
            const QStringList &f = fillers(a.language);
            parts << expand(f.at(pick(int(f.size()))));
        }
        const QString join = a.language == 0 ? QStringLiteral(" en ") : QStringLiteral(" and ");
        QString text = parts.constFirst();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            QString part = parts.at(i);
            if (m_unit(m_rng) < 0.5) {
                text += QStringLiteral(". ") + part;
            } else {
                part[0] = part.at(0).toLower();
                text += (m_unit(m_rng) < 0.5 ? join : QStringLiteral(", ")) + part;
            }
        }
        a.text = text + (m_unit(m_rng) < 0.2 ? QStringLiteral("!") : QStringLiteral("."));
        return a;
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    // Details without a theme: %1 a small number (days, years), %2 an amount or a count.
    static const QList<const char *> &details(int language)
    {
        // clang-format off
        static const QList<QList<const char *>> d{
            {"{Al|Sinds} %1 {jaar|maanden} klant",
             "Ik betaal €%2 per {maand|kwartaal}",
             "{Op|Sinds} %1 {januari|maart|mei|juli|september|november} {gebeld|gemaild|langs geweest}",
             "Na %1 {dagen|weken} {nog steeds niets gehoord|eindelijk antwoord}",
             "{Bestelling|Klantnummer|Ticket} {%2%1|%1%2}",
             "Al %2 {euro|keer} {uitgegeven|gebeld}"},
            {"Customer for %1 {years|months}",
             "I pay £%2 a {month|quarter}",
             "{On|Since} %1 {January|March|May|July|September|November} {called|emailed|visited}",
             "After %1 {days|weeks} {still nothing|finally an answer}",
             "{Order|Account|Ticket} {%2%1|%1%2}",
             "Spent %2 {pounds|minutes} {so far|on it}"},
        };
        // clang-format on
        return d.at(language);
    }

    // {a|b|c} → one of them (nested braces allowed).
    QString expand(const QString &pattern)
    {
        QString out;
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            if (pattern.at(i) != u'{') {
                out += pattern.at(i);
                continue;
            }
            int depth = 1;
            qsizetype j = i + 1;
            QStringList options;
            qsizetype start = j;
            for (; j < pattern.size() && depth > 0; ++j) {
                const QChar c = pattern.at(j);
                if (c == u'{')
                    ++depth;
                else if (c == u'}' && --depth == 0)
                    options << pattern.mid(start, j - start);
                else if (c == u'|' && depth == 1) {
                    options << pattern.mid(start, j - start);
                    start = j + 1;
                }
            }
            out += expand(options.at(pick(int(options.size()))));
            i = j - 1;
        }
        return out;
    }

    Mix m_mix;
    std::mt19937 m_rng;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
};

} // namespace AnswerGenerator
