#pragma once

#include "result.h"
#include "store/themerecords.h"
#include "text/codebook.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

class SurveyStore;

// The project's codebook, follow-ups and actions, in the project database (portable SQL with
// bound parameters, so that it runs on PostgreSQL too). Theme assignments are not stored:
// they follow from the codebook and the answers, and are recomputed when a project is read.
class ThemeStore
{
public:
    explicit ThemeStore(SurveyStore &store);

    // The codebook as last saved; an empty one when the project has none yet.
    Result<Codebook> loadCodebook() const;
    Result<bool> hasCodebook() const;
    // Stores the whole codebook in one transaction: its themes in their order, with their
    // keywords; stored themes it no longer has are marked deleted (kept for undo and actions).
    Status saveCodebook(const Codebook &codebook);

    Result<QHash<qint64, FollowUp>> followUps() const; // by response key
    Status setFollowUp(const FollowUp &followUp);

    Result<QList<ThemeAction>> actions(std::optional<qint64> themeId = std::nullopt) const;
    Result<qint64> addAction(const ThemeAction &action); // the new id
    Status updateAction(const ThemeAction &action);
    Status removeAction(qint64 id);

    // Every response's dedup key, in the order of the response cache's rows.
    Result<std::vector<qint64>> responseKeys() const;
    // Every response's respondent id as imported (empty when the export had none), in the
    // same order.
    Result<std::vector<QString>> respondents() const;
    // Each response's contact details (its mapped contact columns, joined by ", "), in
    // response order; empty when no import mapped a contact column.
    Result<std::vector<QString>> contacts() const;
    // The open question of the most recent import (its header), when the mapping names it.
    QString openQuestion() const { return openQuestion(m_store); }
    static QString openQuestion(const SurveyStore &store);

private:
    SurveyStore &m_store;
};
