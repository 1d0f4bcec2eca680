#include "text/codebook.h"
#include "text/codebookhistory.h"
#include "verifyresult.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

ThemeKeyword word(const char *text, Language language = Language::Unknown)
{
    return {QString::fromUtf8(text), language, ThemeKeyword::Kind::Words};
}

Codebook sample()
{
    return Codebook(
        {{1, u"Levering"_s, {word("levering"), word("te laat")}, Theme::Origin::Suggested},
         {2, u"Factuur"_s, {word("factuur", Language::Dutch)}, Theme::Origin::Suggested},
         {3, u"Invoice"_s, {word("invoice", Language::English)}, Theme::Origin::Suggested},
         {4, u"App"_s, {word("app")}, Theme::Origin::Analyst}});
}

QStringList labels(const Codebook &c)
{
    QStringList out;
    for (const Theme &t : c.themes())
        out << t.label;
    return out;
}

} // namespace

class tst_Codebook : public QObject
{
    Q_OBJECT

private slots:
    // Every edit applied and undone gives back the codebook it started from; applied again
    // (redo) it gives the same result.
    void editsAndTheirInverses_data()
    {
        QTest::addColumn<std::function<Result<CodebookEdit>(const Codebook &)>>("edit");
        QTest::addColumn<QStringList>("after");
        using Edit = std::function<Result<CodebookEdit>(const Codebook &)>;
        QTest::newRow("rename") << Edit([](const Codebook &c) {
            return c.rename(1, u"Delivery"_s);
        }) << QStringList{u"Delivery"_s, u"Factuur"_s, u"Invoice"_s, u"App"_s};
        QTest::newRow("merge across languages") << Edit([](const Codebook &c) {
            return c.merge({2, 3}, u"Factuur / invoice"_s);
        }) << QStringList{u"Levering"_s, u"Factuur / invoice"_s, u"App"_s};
        QTest::newRow("split") << Edit([](const Codebook &c) {
            return c.split(1, {word("te laat")}, u"Te laat"_s);
        }) << QStringList{u"Levering"_s, u"Te laat"_s, u"Factuur"_s, u"Invoice"_s, u"App"_s};
        QTest::newRow("delete") << Edit([](const Codebook &c) { return c.remove(2); })
                                << QStringList{u"Levering"_s, u"Invoice"_s, u"App"_s};
        QTest::newRow("add keyword")
            << Edit([](const Codebook &c) { return c.addKeyword(2, word("rekening")); })
            << QStringList{u"Levering"_s, u"Factuur"_s, u"Invoice"_s, u"App"_s};
        QTest::newRow("remove keyword")
            << Edit([](const Codebook &c) { return c.removeKeyword(1, word("te laat")); })
            << QStringList{u"Levering"_s, u"Factuur"_s, u"Invoice"_s, u"App"_s};
        QTest::newRow("create") << Edit([](const Codebook &c) {
            return c.create(u"Prijs"_s, {word("prijs"), word("duur")});
        }) << QStringList{u"Levering"_s, u"Factuur"_s, u"Invoice"_s, u"App"_s, u"Prijs"_s};
        QTest::newRow("create from a search")
            << Edit([](const Codebook &c) { return c.createFromSearch(u"  wacht  "_s); })
            << QStringList{u"Levering"_s, u"Factuur"_s, u"Invoice"_s, u"App"_s, u"wacht"_s};
    }
    void editsAndTheirInverses()
    {
        using Edit = std::function<Result<CodebookEdit>(const Codebook &)>;
        QFETCH(Edit, edit);
        QFETCH(QStringList, after);
        Codebook c = sample();
        const Codebook before = c;
        const Result<CodebookEdit> e = edit(c);
        QVERIFY_RESULT(e);
        QVERIFY(!e->description.isEmpty());
        const CodebookEdit inverse = c.apply(e.value());
        QCOMPARE(labels(c), after);
        const Codebook edited = c;
        const CodebookEdit redo = c.apply(inverse);
        QCOMPARE(c.themes(), before.themes()); // the ids counter stays: ids are never reused
        c.apply(redo);
        QCOMPARE(c.themes(), edited.themes());
    }

    void mergedThemeHoldsBothLanguages()
    {
        Codebook c = sample();
        c.apply(c.merge({2, 3}).value());
        const Theme *merged = c.theme(2);
        QVERIFY(merged);
        QCOMPARE(merged->keywords.size(), 2);
        QCOMPARE(merged->keywords.at(1).language, Language::English);
        QCOMPARE(merged->origin, Theme::Origin::Edited);
        QVERIFY(!c.theme(3));
    }

    void searchThemeMatchesText()
    {
        Codebook c = sample();
        c.apply(c.createFromSearch(u"wacht"_s, u"Wachten"_s).value());
        const Theme &t = c.themes().last();
        QCOMPARE(t.label, u"Wachten"_s);
        QCOMPARE(t.keywords.first().kind, ThemeKeyword::Kind::Text);
        QCOMPARE(t.origin, Theme::Origin::Analyst);
    }

    void idsAreNeverReused()
    {
        Codebook c = sample();
        CodebookHistory history(c);
        history.perform(c.create(u"A"_s, {}).value());
        const qint64 first = c.themes().last().id;
        history.undo();
        history.perform(c.create(u"B"_s, {}).value());
        QVERIFY(c.themes().last().id > first);
    }

    void badEdits_data()
    {
        QTest::addColumn<std::function<Result<CodebookEdit>(const Codebook &)>>("edit");
        using Edit = std::function<Result<CodebookEdit>(const Codebook &)>;
        QTest::newRow("no such theme")
            << Edit([](const Codebook &c) { return c.rename(9, u"x"_s); });
        QTest::newRow("empty name") << Edit([](const Codebook &c) { return c.rename(1, u"  "_s); });
        QTest::newRow("merge one") << Edit([](const Codebook &c) { return c.merge({1}); });
        QTest::newRow("merge twice the same") << Edit([](const Codebook &c) {
            return c.merge({1, 1});
        });
        QTest::newRow("split everything") << Edit([](const Codebook &c) {
            return c.split(1, {word("levering"), word("te laat")}, u"All"_s);
        });
        QTest::newRow("split a keyword it lacks")
            << Edit([](const Codebook &c) { return c.split(1, {word("prijs")}, u"Prijs"_s); });
        QTest::newRow("duplicate keyword")
            << Edit([](const Codebook &c) { return c.addKeyword(1, word("Levering")); });
        QTest::newRow("empty keyword")
            << Edit([](const Codebook &c) { return c.addKeyword(1, word(" ")); });
        QTest::newRow("empty search")
            << Edit([](const Codebook &c) { return c.createFromSearch({}); });
    }
    void badEdits()
    {
        using Edit = std::function<Result<CodebookEdit>(const Codebook &)>;
        QFETCH(Edit, edit);
        const Result<CodebookEdit> e = edit(sample());
        QVERIFY(!e.ok());
        QVERIFY(!e.error().isEmpty());
    }

    void historyUndoesAndRedoes()
    {
        Codebook c = sample();
        const Codebook start = c;
        CodebookHistory history(c);
        QVERIFY(!history.canUndo());
        history.perform(c.rename(1, u"Delivery"_s).value());
        history.perform(c.merge({2, 3}).value());
        QVERIFY2(history.undoText().contains(u"Invoice"_s), qPrintable(history.undoText()));
        QCOMPARE(labels(c), (QStringList{u"Delivery"_s, u"Factuur"_s, u"App"_s}));
        history.undo();
        QCOMPARE(labels(c), (QStringList{u"Delivery"_s, u"Factuur"_s, u"Invoice"_s, u"App"_s}));
        QVERIFY(history.canRedo());
        history.undo();
        QCOMPARE(c.themes(), start.themes());
        QVERIFY(!history.canUndo());
        history.redo();
        history.redo();
        QCOMPARE(labels(c), (QStringList{u"Delivery"_s, u"Factuur"_s, u"App"_s}));
        history.undo();
        history.perform(c.remove(4).value()); // a new edit drops the redo
        QVERIFY(!history.canRedo());
    }

    // A split and a theme from a search, undone and redone as the editor does.
    void splitAndSearchThroughHistory()
    {
        Codebook c = sample();
        const Codebook start = c;
        CodebookHistory history(c);
        history.perform(c.split(1, {word("te laat")}, u"Te laat"_s).value());
        QCOMPARE(labels(c),
                 (QStringList{u"Levering"_s, u"Te laat"_s, u"Factuur"_s, u"Invoice"_s, u"App"_s}));
        QCOMPARE(c.theme(1)->keywords, QList<ThemeKeyword>{word("levering")});
        QCOMPARE(c.theme(1)->origin, Theme::Origin::Edited);
        const qint64 splitId = c.themes().at(1).id;
        QCOMPARE(c.themes().at(1).keywords, QList<ThemeKeyword>{word("te laat")});
        history.perform(c.createFromSearch(u"wacht lang"_s).value());
        QCOMPARE(c.themes().constLast().label, u"wacht lang"_s);
        const qint64 searchId = c.themes().constLast().id;
        QVERIFY(searchId != splitId);
        QVERIFY2(history.undoText().contains(u"wacht lang"_s), qPrintable(history.undoText()));
        history.undo();
        QVERIFY(!c.theme(searchId));
        history.undo();
        QCOMPARE(c.themes(), start.themes());
        history.redo();
        history.redo();
        QCOMPARE(c.theme(splitId)->keywords, QList<ThemeKeyword>{word("te laat")});
        QCOMPARE(c.theme(searchId)->keywords.constFirst().kind, ThemeKeyword::Kind::Text);
        QCOMPARE(c.theme(1)->keywords, QList<ThemeKeyword>{word("levering")});
    }

    // Suggesting again replaces what nobody touched and keeps the analyst's work.
    void suggestionsReplaceOnlyUntouchedThemes()
    {
        Codebook c = sample();
        c.apply(c.rename(2, u"Facturen"_s).value()); // now edited
        const QList<Theme> fresh{
            {0, u"Prijs"_s, {word("prijs")}, Theme::Origin::Suggested},
            {0, u"App"_s, {word("app")}, Theme::Origin::Suggested},
            {0, u"Wachten"_s, {word("factuur", Language::Dutch)}, Theme::Origin::Suggested}};
        c.apply(c.replaceSuggestions(fresh));
        QCOMPARE(labels(c), (QStringList{u"Facturen"_s, u"App"_s, u"Prijs"_s}));
        QCOMPARE(c.themes().last().origin, Theme::Origin::Suggested);
    }
};

QTEST_GUILESS_MAIN(tst_Codebook)
#include "tst_codebook.moc"
