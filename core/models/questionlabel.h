#pragma once

#include "metrics/responsecache.h"

#include <QString>
#include <QStringList>

// Short labels for survey questions, for filter sections, axes, combo boxes and table headers:
// "In what country do you currently reside?" → "Country", "What year were you born?" →
// "Year born", "LikelyToRecommend" → "Likely to recommend". English and Dutch question forms;
// anything not recognised keeps its first question, cut at a word. The full question stays
// the tooltip.
namespace QuestionLabel {

constexpr int MaxLength = 60;

// How much of the question a label keeps: the concise noun phrase first; more when two
// questions of a survey would otherwise read alike.
enum class Detail { Concise, WithClause, Question, Full };

QString shorten(const QString &question, Detail detail = Detail::Concise);
// One label per question, all distinct (case-insensitive) where the questions differ: each
// colliding question keeps more of its text until it reads apart.
QStringList shortenAll(const QStringList &questions);
// The labels of a cache's dimensions: the import's short label when it gave one, else the
// question shortened.
QStringList forDimensions(const QList<ResponseCache::Dimension> &dimensions);

} // namespace QuestionLabel
