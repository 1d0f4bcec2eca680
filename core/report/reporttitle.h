#pragma once

#include "store/importrecord.h"

#include <QList>
#include <QString>

// The title a report gets unless the analyst gives one: the survey's name, made readable from
// the project's file name ("r-community-survey-2019-english" → "R community survey 2019
// (English)", Qualtrics' "Customer+NPS_July+1,+2025_10.25" → "Customer NPS").
namespace ReportTitle {

QString readable(const QString &fileStem);
// From the project's name, or the first import's file when the project has a generic name.
QString suggest(const QString &projectPath, const QList<ImportRecord> &imports);

} // namespace ReportTitle
