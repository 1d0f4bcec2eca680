// Writes a realistic NPS survey export of any size: the bundled sample, test fixtures and the
// million-row benchmark input all come from here, so nothing large is kept in the repository.
//
//   generate_sample --rows 2400 --out sample.csv [--dutch] [--seed N] [--start 2024-10-01]
//                   [--varied-answers]
//
// English: comma-separated UTF-8, ISO dates. --dutch: semicolon-separated Windows-1252 with
// Dutch headers and dd-mm-yyyy dates, as Excel writes it in the Netherlands.
// The open answers come from a few dozen fixed texts; --varied-answers (the benchmarks) writes
// answers assembled from phrases with varying words and details instead, nearly all distinct as
// real ones are, in Dutch (NL, BE) or English (the others), still fixed by the seed.

#include "answergenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QStringEncoder>

#include <array>
#include <cstdio>
#include <random>

namespace {

struct Segment
{
    const char *name;
    double bias; // shifts the score distribution
};

const std::array<Segment, 3> CustomerTypes
    = {{{"Consumer", 0.0}, {"Business", 0.4}, {"Enterprise", -0.3}}};
const std::array<Segment, 4> ProductLines
    = {{{"Energy", -0.2}, {"Internet", -0.6}, {"Mobile", 0.3}, {"Insurance", 0.2}}};
const std::array<Segment, 4> Touchpoints
    = {{{"Online", 0.3}, {"Support", -0.7}, {"Retail", 0.5}, {"App", 0.1}}};
const std::array<Segment, 4> Countries = {{{"NL", 0.0}, {"BE", 0.2}, {"DE", -0.2}, {"UK", 0.1}}};

const char *const DetractorNl[] = {
    "Veel te lang in de wacht gestaan bij de klantenservice.",
    "De factuur klopte weer niet, €25 te veel betaald.",
    "Levering was een week te laat en niemand belde terug.",
    "De app crasht steeds bij het inloggen.",
    "Prijs is flink gestegen zonder uitleg; ik overweeg over te stappen.",
    "Medewerker was onvriendelijk en hielp me niet verder.",
    "Mijn klacht is na drie weken nog steeds niet opgelost.",
    "Storing duurde twee dagen, geen compensatie gekregen.",
};
const char *const PassiveNl[] = {
    "Prima service, maar de prijs mag wel wat lager.",
    "Werkt goed, niets bijzonders.",
    "Redelijk tevreden, de app kan overzichtelijker.",
    "Levering was op tijd, maar de communicatie kan beter.",
    "Goed product, wachttijd bij de helpdesk is soms lang.",
    "Doet wat het moet doen; de ‘extra’s’ mis ik.",
};
const char *const PromoterNl[] = {
    "Snelle en vriendelijke hulp, echt top!",
    "Alles werkt gewoon, en de prijs is eerlijk.",
    "De medewerker dacht echt met me mee. Heel fijn geholpen.",
    "Handige app en duidelijke facturen.",
    "Al jaren klant en nooit problemen gehad.",
    "Snelle levering en een cadeautje erbij, wat een verrassing!",
    "Geen gedoe, ik raad jullie iedereen aan.",
};
const char *const DetractorEn[] = {
    "Waited over an hour on the phone with support.",
    "Billing errors every month, charged twice in March.",
    "Delivery was late and the tracking never updated.",
    "The app keeps logging me out.",
    "Price went up again without any notice.",
    "Nobody answered my emails for two weeks.",
    "Outage lasted all weekend and no compensation.",
};
const char *const PassiveEn[] = {
    "Decent service but a bit pricey.",
    "It works, nothing special.",
    "Good product, support could be faster.",
    "Fine overall, the app could be simpler.",
    "Delivery on time, communication could be better.",
};
const char *const PromoterEn[] = {
    "Fast, friendly support that actually solved my problem.",
    "Everything just works and the price is fair.",
    "Great app, clear invoices.",
    "Customer for years and never had an issue.",
    "The agent went the extra mile for me — thank you!",
    "Quick delivery, easy setup, would recommend.",
};

template<typename T, size_t N>
const T &pick(const std::array<T, N> &items, std::mt19937 &rng)
{
    return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

template<size_t N>
const char *pick(const char *const (&items)[N], std::mt19937 &rng)
{
    return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

QString quoted(const QString &text, QChar delimiter)
{
    if (!text.contains(delimiter) && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString q = text;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Responses."),
                                        QStringLiteral("N"),
                                        QStringLiteral("2400"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE"));
    const QCommandLineOption dutchOption(QStringLiteral("dutch"),
                                         QStringLiteral("Dutch Excel variant."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed."),
                                        QStringLiteral("N"),
                                        QStringLiteral("2025"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         QStringLiteral("First day."),
                                         QStringLiteral("YYYY-MM-DD"),
                                         QStringLiteral("2024-10-01"));
    const QCommandLineOption variedOption(QStringLiteral("varied-answers"),
                                          QStringLiteral("Nearly every answer distinct."));
    parser.addOptions({rowsOption, outOption, dutchOption, seedOption, startOption, variedOption});
    parser.process(app);
    if (!parser.isSet(outOption)) {
        std::fprintf(stderr, "generate_sample: --out FILE is required\n");
        return 2;
    }
    const qint64 rows = parser.value(rowsOption).toLongLong();
    const bool dutch = parser.isSet(dutchOption);
    const QDate start = QDate::fromString(parser.value(startOption), Qt::ISODate);
    constexpr int Days = 8 * 91; // eight quarters
    std::mt19937 rng(parser.value(seedOption).toUInt());
    // Its own stream, so that the scores and segments are those of the fixed answers' export.
    const bool varied = parser.isSet(variedOption);
    AnswerGenerator::Generator answers(AnswerGenerator::Mix::DutchEnglish,
                                       parser.value(seedOption).toUInt() ^ 0x9e3779b9u);

    QFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "generate_sample: cannot write %s\n", qPrintable(file.fileName()));
        return 2;
    }
    const QChar delimiter = dutch ? u';' : u',';
    const QStringList header
        = dutch ? QStringList{QStringLiteral("Respondentnummer"),
                              QStringLiteral("Datum"),
                              QStringLiteral("Hoe waarschijnlijk is het dat je ons zou aanbevelen "
                                             "aan een vriend of collega?"),
                              QStringLiteral("Wat is de belangrijkste reden voor uw score?"),
                              QStringLiteral("Klanttype"),
                              QStringLiteral("Productlijn"),
                              QStringLiteral("Contactmoment"),
                              QStringLiteral("Land"),
                              QStringLiteral("Tevredenheid (CSAT)")}
                : QStringList{
                    QStringLiteral("Response ID"),
                    QStringLiteral("Submitted at"),
                    QStringLiteral(
                        "How likely is it that you would recommend us to a friend or colleague?"),
                    QStringLiteral("What is the main reason for your score?"),
                    QStringLiteral("Customer type"),
                    QStringLiteral("Product line"),
                    QStringLiteral("Touchpoint"),
                    QStringLiteral("Country"),
                    QStringLiteral("Satisfaction (CSAT)")};
    QStringEncoder encoder(dutch ? "windows-1252" : "UTF-8");
    QString line;
    QByteArray buffer;
    auto emitLine = [&](bool flushNow) {
        buffer += encoder.encode(line);
        line.clear();
        if (flushNow || buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    };
    QStringList quotedHeader;
    for (const QString &h : header)
        quotedHeader << quoted(h, delimiter);
    line = quotedHeader.join(delimiter) + QStringLiteral("\r\n");
    emitLine(false);

    std::normal_distribution<double> noise(0.0, 2.2);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> dayOf(0, Days - 1);
    std::uniform_int_distribution<int> secondOf(7 * 3600, 22 * 3600);
    for (qint64 i = 0; i < rows; ++i) {
        const Segment &customer = pick(CustomerTypes, rng);
        const Segment &product = pick(ProductLines, rng);
        const Segment &touchpoint = pick(Touchpoints, rng);
        const Segment &country = pick(Countries, rng);
        const int day = dayOf(rng);
        // The NPS improves slowly over the eight quarters, as if the team acted on it.
        const double trend = 1.2 * day / Days;
        const double mean
            = 7.0 + customer.bias + product.bias + touchpoint.bias + country.bias + trend;
        const bool unanswered = unit(rng) < 0.015;
        const int score = std::clamp(int(std::lround(mean + noise(rng))), 0, 10);
        const bool nl = qstrcmp(country.name, "NL") == 0 || qstrcmp(country.name, "BE") == 0;
        QString answer;
        if (unit(rng) < 0.62) {
            if (varied)
                answer = answers.forScore(nl ? 0 : 1, score).text;
            else if (score <= 6)
                answer = QString::fromUtf8(nl ? pick(DetractorNl, rng) : pick(DetractorEn, rng));
            else if (score <= 8)
                answer = QString::fromUtf8(nl ? pick(PassiveNl, rng) : pick(PassiveEn, rng));
            else
                answer = QString::fromUtf8(nl ? pick(PromoterNl, rng) : pick(PromoterEn, rng));
        }
        const QDateTime when(start.addDays(day), QTime(0, 0).addSecs(secondOf(rng)));
        const int csat = std::clamp(int(std::lround(1 + score * 0.4 + noise(rng) * 0.3)), 1, 5);
        const QStringList fields = {
            QStringLiteral("R%1").arg(i + 1, 7, 10, QChar(u'0')),
            dutch ? when.toString(QStringLiteral("dd-MM-yyyy HH:mm")) : when.toString(Qt::ISODate),
            unanswered ? QString() : QString::number(score),
            quoted(answer, delimiter),
            QString::fromLatin1(customer.name),
            QString::fromLatin1(product.name),
            QString::fromLatin1(touchpoint.name),
            QString::fromLatin1(country.name),
            unanswered ? QString() : QString::number(csat),
        };
        line = fields.join(delimiter) + QStringLiteral("\r\n");
        emitLine(false);
    }
    emitLine(true);
    return 0;
}
