#pragma once

#include "result.h"
#include "store/projecttargets.h"

#include <QString>

class SurveyStore;

// What a project remembers about how it is read and reported, in the project file itself so
// that it travels with it: the report's title, the targets, bands and benchmarks. A small
// name → value table (schema version 4), written with bound parameters in SQL that SQLite and
// PostgreSQL both speak.
class ProjectSettings
{
public:
    explicit ProjectSettings(const SurveyStore &store);

    // The stored text, or an empty string when nothing is stored under `name`.
    Result<QString> value(const QString &name) const;
    Status setValue(const QString &name, const QString &value);
    Status remove(const QString &name);

    QString reportTitle() const; // empty when none was chosen
    Status setReportTitle(const QString &title);
    ProjectTargets targets() const; // the defaults when none are stored or they cannot be read
    Status setTargets(const ProjectTargets &targets);

    static constexpr const char *ReportTitleKey = "report/title";
    static constexpr const char *TargetsKey = "targets";

private:
    const SurveyStore &m_store;
};
