#pragma once

#include "result.h"
#include "text/codebookedit.h"
#include "text/theme.h"

#include <QCoreApplication>
#include <QList>

// The analyst's themes, in their order. Every change is made as a CodebookEdit (checked,
// described, not yet applied) and applied with apply(), which returns its inverse: undo and
// redo are applying edits. Ids are never reused, so a stored project and its undo history
// always mean the same theme by the same id.
class Codebook
{
    Q_DECLARE_TR_FUNCTIONS(Codebook)

public:
    Codebook() = default;
    explicit Codebook(QList<Theme> themes, qint64 nextId = 0);

    const QList<Theme> &themes() const { return m_themes; }
    bool isEmpty() const { return m_themes.isEmpty(); }
    const Theme *theme(qint64 id) const;
    int position(qint64 id) const; // −1 when there is no such theme
    qint64 nextId() const { return m_nextId; }

    Result<CodebookEdit> rename(qint64 id, const QString &label) const;
    // The other themes' keywords move into the first, which takes `label` when one is given.
    Result<CodebookEdit> merge(const QList<qint64> &ids, const QString &label = {}) const;
    // `moved` keywords leave the theme for a new theme called `label`, placed after it.
    Result<CodebookEdit>
    split(qint64 id, const QList<ThemeKeyword> &moved, const QString &label) const;
    Result<CodebookEdit> remove(qint64 id) const;
    Result<CodebookEdit> addKeyword(qint64 id, const ThemeKeyword &keyword) const;
    Result<CodebookEdit> removeKeyword(qint64 id, const ThemeKeyword &keyword) const;
    Result<CodebookEdit> create(const QString &label, const QList<ThemeKeyword> &keywords) const;
    // A theme of the answers a search finds: the search text as typed (ThemeKeyword::Text).
    Result<CodebookEdit> createFromSearch(const QString &search, const QString &label = {}) const;
    // Fresh suggestions replace the untouched suggested themes; the analyst's own and edited
    // themes stay, and suggestions with their label or keywords are left out.
    CodebookEdit replaceSuggestions(const QList<Theme> &suggestions) const;

    // Applies an edit and returns the edit that undoes it.
    CodebookEdit apply(const CodebookEdit &edit);

    bool operator==(const Codebook &) const = default;

private:
    Result<Theme> existing(qint64 id) const;
    static Theme edited(Theme theme);

    QList<Theme> m_themes;
    qint64 m_nextId = 1;
};
