#pragma once

#include "metrics/responsecache.h"

#include <QTest>

#include <cmath>

// Two caches of one project hold the same: the figures, dictionaries and every row's values
// (QCOMPARE inside: call it, then return when QTest::currentTestFailed()).
inline void compareCaches(const ResponseCache &a, const ResponseCache &b)
{
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.importIds(), b.importIds());
    QCOMPARE(a.scoreScaleMin(), b.scoreScaleMin());
    QCOMPARE(a.firstDay(), b.firstDay());
    QCOMPARE(a.lastDay(), b.lastDay());
    QCOMPARE(a.hasCsat(), b.hasCsat());
    QCOMPARE(a.hasCes(), b.hasCes());
    QCOMPARE(a.hasTuples(), b.hasTuples());
    QCOMPARE(a.tupleCount(), b.tupleCount());
    QCOMPARE(a.dimensions().size(), b.dimensions().size());
    for (qsizetype d = 0; d < a.dimensions().size(); ++d) {
        const ResponseCache::Dimension &x = a.dimensions().at(d);
        const ResponseCache::Dimension &y = b.dimensions().at(d);
        QCOMPARE(x.name, y.name);
        QCOMPARE(x.values, y.values);
        QCOMPARE(x.label, y.label);
        QCOMPARE(int(x.kind), int(y.kind));
        QCOMPARE(x.relevance, y.relevance);
        QCOMPARE(x.shownByDefault, y.shownByDefault);
        QCOMPARE(a.combinationCount(int(d)), b.combinationCount(int(d)));
    }
    QCOMPARE(a.questions().size(), b.questions().size());
    for (qsizetype q = 0; q < a.questions().size(); ++q) {
        QCOMPARE(a.questions().at(q).text, b.questions().at(q).text);
        QCOMPARE(a.questions().at(q).primary, b.questions().at(q).primary);
        QCOMPARE(a.questions().at(q).answered, b.questions().at(q).answered);
    }
    const auto same = [](float x, float y) {
        return (std::isnan(x) && std::isnan(y)) || x == y;
    };
    for (qsizetype row = 0; row < a.size(); ++row) {
        QCOMPARE(a.score(row), b.score(row));
        QCOMPARE(a.day(row), b.day(row));
        QVERIFY(same(a.csat(row), b.csat(row)));
        QVERIFY(same(a.ces(row), b.ces(row)));
        for (qsizetype q = 0; q < a.questions().size(); ++q)
            QCOMPARE(a.answer(int(q), row), b.answer(int(q), row));
        for (qsizetype d = 0; d < a.dimensions().size(); ++d)
            QCOMPARE(a.segmentValues(int(d), row), b.segmentValues(int(d), row));
    }
    QVERIFY(a.tuples() == b.tuples());
}
