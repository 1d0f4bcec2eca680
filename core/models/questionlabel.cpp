#include "models/questionlabel.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace QuestionLabel {

namespace {

using Re = QRegularExpression;
constexpr auto Ci = QRegularExpression::CaseInsensitiveOption;

// Auxiliaries and subjects of "what X do you …" in English and Dutch.
const QString Aux = QStringLiteral(
    "(do|does|did|are|were|was|is|have|has|had|would|will|can|could|should|might)");
const QString Subject = QStringLiteral("(you|your\\s+\\S+|we|they)");
const QString NounWords = QStringLiteral("((?:[^\\s,]+\\s+){0,3}?[^\\s,]+)");

bool isQuestionWord(const QString &word)
{
    static const QSet<QString> words{
        QStringLiteral("how"),     QStringLiteral("what"),     QStringLiteral("which"),
        QStringLiteral("when"),    QStringLiteral("where"),    QStringLiteral("who"),
        QStringLiteral("whose"),   QStringLiteral("why"),      QStringLiteral("do"),
        QStringLiteral("does"),    QStringLiteral("did"),      QStringLiteral("are"),
        QStringLiteral("is"),      QStringLiteral("was"),      QStringLiteral("were"),
        QStringLiteral("have"),    QStringLiteral("has"),      QStringLiteral("would"),
        QStringLiteral("will"),    QStringLiteral("can"),      QStringLiteral("could"),
        QStringLiteral("should"),  QStringLiteral("hoe"),      QStringLiteral("wat"),
        QStringLiteral("welk"),    QStringLiteral("welke"),    QStringLiteral("wanneer"),
        QStringLiteral("waar"),    QStringLiteral("waarom"),   QStringLiteral("wie"),
        QStringLiteral("hoeveel"), QStringLiteral("hoeverre"), QStringLiteral("bent"),
        QStringLiteral("heeft"),   QStringLiteral("hebt"),     QStringLiteral("zou"),
        QStringLiteral("kunt"),    QStringLiteral("wilt"),     QStringLiteral("gebruikt")};
    return words.contains(word.toLower());
}

bool isPronoun(const QString &word)
{
    static const QSet<QString> words{QStringLiteral("you"),
                                     QStringLiteral("we"),
                                     QStringLiteral("they"),
                                     QStringLiteral("i"),
                                     QStringLiteral("u"),
                                     QStringLiteral("je"),
                                     QStringLiteral("jij"),
                                     QStringLiteral("wij"),
                                     QStringLiteral("ik")};
    return words.contains(word.toLower());
}

// Does this clause ask the question? "how long…", "in what country…" (not "from what you know").
bool asksTheQuestion(const QString &clause)
{
    const QStringList words = clause.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    static const QSet<QString> prepositions{QStringLiteral("in"),
                                            QStringLiteral("at"),
                                            QStringLiteral("for"),
                                            QStringLiteral("from"),
                                            QStringLiteral("with"),
                                            QStringLiteral("on"),
                                            QStringLiteral("to"),
                                            QStringLiteral("of"),
                                            QStringLiteral("bij"),
                                            QStringLiteral("op"),
                                            QStringLiteral("voor"),
                                            QStringLiteral("met"),
                                            QStringLiteral("van")};
    if (prepositions.contains(words.first().toLower()))
        return words.size() > 2 && isQuestionWord(words.at(1)) && !isPronoun(words.at(2));
    // "When you have problems in R, where do you go…": a condition, not the question.
    static const QSet<QString> conditions{QStringLiteral("when"), QStringLiteral("wanneer")};
    if (conditions.contains(words.first().toLower()) && words.size() > 1 && isPronoun(words.at(1)))
        return false;
    return isQuestionWord(words.first());
}

QString normalised(const QString &text)
{
    QString s = text;
    s.replace(QChar(0xA0), u' ');
    s = s.simplified();
    if (s.size() > 1 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}

// "LikelyToRecommend" → "Likely to recommend", "member_site" → "Member site"; acronyms stay.
QString splitIdentifier(const QString &s)
{
    if (s.contains(u' ') || !s.contains(Re(QStringLiteral("[a-z]"))))
        return s;
    static const Re boundaries(QStringLiteral("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    QString spaced = s;
    spaced.replace(u'_', u' ');
    spaced.replace(boundaries, QStringLiteral(" "));
    if (spaced == s)
        return s;
    QStringList words = spaced.simplified().split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        const bool acronym
            = w.size() > 1 && w == w.toUpper() && w.contains(Re(QStringLiteral("[A-Z]")));
        if (!acronym)
            w = i == 0 ? w.left(1).toUpper() + w.mid(1).toLower() : w.toLower();
    }
    return words.join(u' ');
}

// The sentence that asks: up to its question mark, or the first sentence.
QString firstQuestion(const QString &s)
{
    const qsizetype mark = s.indexOf(u'?');
    QString sentence;
    if (mark > 0) {
        const qsizetype start = s.lastIndexOf(QStringLiteral(". "), mark);
        sentence = s.mid(start < 0 ? 0 : start + 2, mark - (start < 0 ? 0 : start + 2));
    } else {
        const qsizetype stop = s.indexOf(QStringLiteral(". "));
        sentence = stop > 0 ? s.left(stop) : s;
    }
    static const Re trailing(QStringLiteral("[\\s.:;]+$"));
    return sentence.remove(trailing).trimmed();
}

QString withoutParentheses(QString s)
{
    static const Re parenthesis(QStringLiteral("\\s*\\([^()]*\\)"));
    return s.remove(parenthesis).simplified();
}

QString withoutLeadingFiller(QString s)
{
    static const Re adverb(QStringLiteral("^(?:roughly|approximately|about|overall|generally|in "
                                          "general|all in all|honestly|finally|lastly|ongeveer|"
                                          "globaal|al met al|tot slot|kortom),?\\s+"),
                           Ci);
    static const Re imperative(QStringLiteral("^(?:please\\s+)?(?:rate|indicate|tell us|specify|"
                                              "describe)\\s+(?=(?:how|what|which|whether)\\b)"),
                               Ci);
    static const Re imperativeObject(
        QStringLiteral("^(?:please\\s+)?(?:rate|indicate|specify|describe)\\s+(?:your|the)\\s+"),
        Ci);
    static const Re dutchImperative(
        QStringLiteral("^(?:geef\\s+aan|beoordeel|vermeld)\\s+(?=(?:hoe|wat|welk|welke)\\b)"), Ci);
    for (const Re *r : {&adverb, &imperative, &imperativeObject, &dutchImperative})
        s.remove(*r);
    return s;
}

// The clause that asks the question, without the context before it ("Compared with …, ").
QString mainClause(const QString &s)
{
    const QStringList clauses = s.split(QStringLiteral(", "));
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        if (asksTheQuestion(withoutLeadingFiller(clauses.at(i))))
            return withoutLeadingFiller(clauses.mid(i).join(QStringLiteral(", ")));
    }
    return withoutLeadingFiller(s);
}

QString withoutQualifiers(QString s)
{
    static const QList<Re> qualifiers{
        Re(QStringLiteral(",?\\s+on a scale (?:of|from) \\d+\\s*(?:to|-)\\s*\\d+.*$"), Ci),
        Re(QStringLiteral(",\\s*(?:if any|if applicable|if so|either\\b.*|e\\.g\\..*|for "
                          "example.*|such as.*|including.*|where .*)$"),
           Ci),
        Re(QStringLiteral("\\s+such as [^,]*?(?=\\s+(?:to|for|in|when|at)\\s|$)"), Ci),
        Re(QStringLiteral("\\s+to (?:a )?(?:friend|colleague|family)\\b.*$"), Ci),
        Re(QStringLiteral(",?\\s+op een schaal van \\d+\\s*(?:tot|-)\\s*\\d+.*$"), Ci),
        Re(QStringLiteral(",\\s*(?:indien van toepassing|bijvoorbeeld.*|zoals.*)$"), Ci),
        Re(QStringLiteral("\\s+aan (?:een )?(?:vriend|collega|familie|kennis)\\b.*$"), Ci),
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (const Re &q : qualifiers) {
            const QString before = s;
            s.remove(q);
            changed |= s != before;
        }
    }
    static const Re trailing(QStringLiteral("[\\s,.:;]+$"));
    return s.remove(trailing).trimmed();
}

// "start learning R" after "did you": "started learning R".
QString pastTense(const QString &rest)
{
    static const QHash<QString, QString> irregular{
        {QStringLiteral("begin"), QStringLiteral("began")},
        {QStringLiteral("buy"), QStringLiteral("bought")},
        {QStringLiteral("choose"), QStringLiteral("chose")},
        {QStringLiteral("come"), QStringLiteral("came")},
        {QStringLiteral("find"), QStringLiteral("found")},
        {QStringLiteral("get"), QStringLiteral("got")},
        {QStringLiteral("go"), QStringLiteral("went")},
        {QStringLiteral("hear"), QStringLiteral("heard")},
        {QStringLiteral("leave"), QStringLiteral("left")},
        {QStringLiteral("make"), QStringLiteral("made")},
        {QStringLiteral("meet"), QStringLiteral("met")},
        {QStringLiteral("pay"), QStringLiteral("paid")},
        {QStringLiteral("see"), QStringLiteral("saw")},
        {QStringLiteral("spend"), QStringLiteral("spent")},
        {QStringLiteral("take"), QStringLiteral("took")},
    };
    static const QSet<QString> adverbs{QStringLiteral("first"),
                                       QStringLiteral("last"),
                                       QStringLiteral("ever"),
                                       QStringLiteral("initially"),
                                       QStringLiteral("most"),
                                       QStringLiteral("recently")};
    QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (adverbs.contains(w.toLower()))
            continue;
        const QString lower = w.toLower();
        if (irregular.contains(lower))
            w = irregular.value(lower);
        else if (lower.endsWith(u'e'))
            w += u'd';
        else if (lower.endsWith(u'y') && lower.size() > 2
                 && !QStringLiteral("aeiou").contains(lower.at(lower.size() - 2)))
            w = w.left(w.size() - 1) + QStringLiteral("ied");
        else if (!lower.endsWith(QStringLiteral("ed")))
            w += QStringLiteral("ed");
        break;
    }
    return words.join(u' ');
}

bool isParticiple(const QString &word)
{
    static const QSet<QString> irregular{QStringLiteral("born"),
                                         QStringLiteral("bought"),
                                         QStringLiteral("seen"),
                                         QStringLiteral("done"),
                                         QStringLiteral("taken"),
                                         QStringLiteral("made"),
                                         QStringLiteral("given"),
                                         QStringLiteral("known"),
                                         QStringLiteral("met"),
                                         QStringLiteral("read"),
                                         QStringLiteral("heard"),
                                         QStringLiteral("chosen"),
                                         QStringLiteral("spent"),
                                         QStringLiteral("paid")};
    const QString w = word.toLower();
    return w.endsWith(QStringLiteral("ed")) || irregular.contains(w)
           || (w.startsWith(QStringLiteral("ge")) && w.size() > 4
               && (w.endsWith(u't') || w.endsWith(u'd') || w.endsWith(QStringLiteral("en"))));
}

QString withoutFillers(QString s)
{
    static const Re fillers(QStringLiteral("\\b(?:currently|now|today|usually|mostly|primarily|"
                                           "mainly|most|still|normally|momenteel|nu|meestal)\\b"),
                            Ci);
    return s.remove(fillers).simplified();
}

QString withoutArticle(QString s)
{
    static const Re article(QStringLiteral("^(?:the|your|their|our|de|het|uw|je|jouw)\\s+"), Ci);
    return s.remove(article);
}

// "what year were you born" → "year born"; "which tools do you use with R" → "tools" (or
// "tools you use with R" with the clause). Empty when the question has no such form.
QString nounPhrase(const QString &s, bool withClause)
{
    static const Re prepositionWhat(QStringLiteral("^(?:in|at|for|from|with|on|to|of)\\s+(?:what|"
                                                   "which)\\s+%1\\s+%2\\s+%3\\b\\s*(.*)$")
                                        .arg(NounWords, Aux, Subject),
                                    Ci);
    static const Re what(QStringLiteral("^(?:what|which)\\s+%1\\s+%2\\s+%3\\b\\s*(.*)$")
                             .arg(NounWords, Aux, Subject),
                         Ci);
    static const Re whatIs(QStringLiteral("^(?:what|which)\\s+(?:do you think\\s+)?(?:is|are|was|"
                                          "were)\\s+(?:your|the|their|our)\\s+(.+)$"),
                           Ci);
    static const Re rate(QStringLiteral("^how\\s+(?:would|do|did)\\s+you\\s+(?:rate|describe|"
                                        "assess)\\s+(?:your|the)\\s+(.+)$"),
                         Ci);
    static const Re describes(
        QStringLiteral("^(?:what|which)\\s+(\\S+(?:\\s+\\S+){0,1}?)\\s+(?:best\\s+|"
                       "most\\s+closely\\s+|most\\s+)?(?:describes|reflects|"
                       "matches|fits)\\s+(.+)$"),
        Ci);
    static const Re dutchWhat(
        QStringLiteral("^(?:in\\s+|bij\\s+|voor\\s+|op\\s+)?(?:welk|welke|wat\\s+"
                       "voor(?:\\s+een)?)\\s+((?:[^\\s,]+\\s+){0,2}?[^\\s,]+)"
                       "\\s+(?:heeft|hebt|heb|bent|ben|is|zijn|was|waren|"
                       "gebruikt|woont|werkt|koopt|kocht)\\s+(?:u|je|jij)\\b"
                       "\\s*(.*)$"),
        Ci);
    static const Re dutchWhatIs(QStringLiteral("^wat\\s+(?:is|was|zijn|waren)\\s+(?:uw|je|jouw|de|"
                                               "het)\\s+(.+)$"),
                                Ci);
    static const Re relative(
        QStringLiteral("\\s+(?:(?:that|which|who|die|dat)\\s+)?(?:you|we|they|u|je)\\b.*$"), Ci);
    static const Re following(QStringLiteral("^(?:of\\s+)?(?:the\\s+following|these|the)\\s+"), Ci);
    static const QSet<QString> timeNouns{QStringLiteral("year"),
                                         QStringLiteral("month"),
                                         QStringLiteral("age"),
                                         QStringLiteral("date"),
                                         QStringLiteral("day"),
                                         QStringLiteral("time"),
                                         QStringLiteral("week")};
    static const QSet<QString> genericNouns{QStringLiteral("statement"),
                                            QStringLiteral("option"),
                                            QStringLiteral("answer"),
                                            QStringLiteral("choice"),
                                            QStringLiteral("description"),
                                            QStringLiteral("sentence"),
                                            QStringLiteral("one")};

    QRegularExpressionMatch m;
    if ((m = prepositionWhat.match(s)).hasMatch() || (m = what.match(s)).hasMatch()) {
        QString noun = m.captured(1);
        const QString aux = m.captured(2).toLower();
        const QString subject = m.captured(3);
        const QString firstWord = noun.section(u' ', 0, 0);
        if (!isQuestionWord(firstWord) && !isPronoun(firstWord)) {
            noun.remove(following);
            QString rest = m.captured(4).trimmed();
            const bool did = aux == u"did";
            if (withClause) {
                const bool doForm = aux == u"do" || aux == u"does" || did;
                return QStringList{
                    noun, subject, doForm ? QString() : aux, did ? pastTense(rest) : rest}
                    .join(u' ')
                    .simplified();
            }
            rest = withoutFillers(rest);
            if (did)
                rest = pastTense(rest);
            const QString lastNounWord = noun.section(u' ', -1).toLower();
            if (!rest.isEmpty()
                && (timeNouns.contains(lastNounWord)
                    || (!rest.contains(u' ') && isParticiple(rest))))
                return noun + u' ' + rest;
            return noun;
        }
    }
    if ((m = whatIs.match(s)).hasMatch() || (m = dutchWhatIs.match(s)).hasMatch()) {
        QString noun = m.captured(1);
        if (!withClause)
            noun.remove(relative);
        return noun;
    }
    if ((m = rate.match(s)).hasMatch())
        return m.captured(1);
    if ((m = describes.match(s)).hasMatch()) {
        const QString noun = m.captured(1);
        QString rest = withoutArticle(m.captured(2));
        if (genericNouns.contains(noun.toLower())
            || noun.toLower().startsWith(QStringLiteral("of ")))
            return rest;
        return noun + QStringLiteral(": ") + rest;
    }
    if ((m = dutchWhat.match(s)).hasMatch()) {
        QString noun = m.captured(1);
        const QString rest = withoutFillers(m.captured(2));
        if (withClause && !rest.isEmpty())
            return noun + u' ' + rest;
        if (!rest.isEmpty() && !rest.contains(u' ') && isParticiple(rest))
            return noun + u' ' + rest;
        return noun;
    }
    return {};
}

// Capitalised, shouting words lowered ("FIRST"), cut at a word with an ellipsis.
QString finished(QString s, int maxLength)
{
    if (s.contains(Re(QStringLiteral("[a-z]")))) {
        static const Re shouting(QStringLiteral("\\b[A-Z]{5,}\\b"));
        QString out;
        qsizetype from = 0;
        for (auto it = shouting.globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch w = it.next();
            out += s.mid(from, w.capturedStart() - from) + w.captured().toLower();
            from = w.capturedEnd();
        }
        s = out + s.mid(from);
    }
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    if (maxLength > 0 && s.size() > maxLength) {
        qsizetype cut = s.lastIndexOf(u' ', maxLength - 1);
        if (cut < maxLength / 2)
            cut = maxLength - 1;
        s = s.left(cut);
        static const Re trailing(QStringLiteral("[\\s,.:;/-]+$"));
        s.remove(trailing);
        s += QChar(0x2026);
    }
    return s;
}

} // namespace

QString shorten(const QString &question, Detail detail)
{
    QString s = normalised(question);
    if (s.isEmpty())
        return s;
    if (detail == Detail::Full)
        return finished(s, 0);
    if (QString split = splitIdentifier(s); split != s)
        return split;
    if (s.size() <= 32 && !s.contains(u'?'))
        return s;
    const QString question1 = withoutQualifiers(mainClause(withoutParentheses(firstQuestion(s))));
    if (question1.isEmpty())
        return finished(s, MaxLength);
    if (detail == Detail::Question)
        return finished(question1, MaxLength);
    const QString noun = nounPhrase(question1, detail == Detail::WithClause);
    return finished(noun.isEmpty() ? question1 : noun, MaxLength);
}

QStringList shortenAll(const QStringList &questions)
{
    QStringList labels;
    labels.reserve(questions.size());
    for (const QString &q : questions)
        labels << shorten(q);
    const Detail more[] = {Detail::WithClause, Detail::Question, Detail::Full};
    for (Detail detail : more) {
        QHash<QString, QList<qsizetype>> byLabel;
        for (qsizetype i = 0; i < labels.size(); ++i)
            byLabel[labels.at(i).toLower()].append(i);
        bool collisions = false;
        for (const QList<qsizetype> &same : std::as_const(byLabel)) {
            if (same.size() < 2)
                continue;
            collisions = true;
            for (qsizetype i : same)
                labels[i] = shorten(questions.at(i), detail);
        }
        if (!collisions)
            break;
    }
    return labels;
}

QStringList forDimensions(const QList<ResponseCache::Dimension> &dimensions)
{
    QStringList names;
    for (const ResponseCache::Dimension &d : dimensions)
        names << d.name;
    QStringList labels = shortenAll(names);
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        const ResponseCache::Dimension &d = dimensions.at(i);
        if (!d.label.isEmpty() && d.label != d.name)
            labels[i] = d.label;
    }
    return labels;
}

} // namespace QuestionLabel
