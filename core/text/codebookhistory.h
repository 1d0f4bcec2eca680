#pragma once

#include "text/codebook.h"

#include <QList>

// Undo and redo of codebook edits, for the command line and the tests; the window keeps the
// same edits in a QUndoStack instead (a command's redo() applies its edit, undo() the inverse
// that apply() returned).
class CodebookHistory
{
public:
    explicit CodebookHistory(Codebook &codebook);

    // Applies the edit; it becomes the one undo() takes back. Empty edits are not kept.
    void perform(const CodebookEdit &edit);
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoText() const; // the description of what undo() takes back
    QString redoText() const;
    void undo();
    void redo();

private:
    Codebook &m_codebook;
    QList<CodebookEdit> m_undo; // inverses
    QList<CodebookEdit> m_redo;
};
