#include "text/codebookhistory.h"

CodebookHistory::CodebookHistory(Codebook &codebook)
    : m_codebook(codebook)
{}

void CodebookHistory::perform(const CodebookEdit &edit)
{
    if (edit.isEmpty())
        return;
    m_undo.append(m_codebook.apply(edit));
    m_redo.clear();
}

QString CodebookHistory::undoText() const
{
    return m_undo.isEmpty() ? QString() : m_undo.last().description;
}

QString CodebookHistory::redoText() const
{
    return m_redo.isEmpty() ? QString() : m_redo.last().description;
}

void CodebookHistory::undo()
{
    if (m_undo.isEmpty())
        return;
    m_redo.append(m_codebook.apply(m_undo.takeLast()));
}

void CodebookHistory::redo()
{
    if (m_redo.isEmpty())
        return;
    m_undo.append(m_codebook.apply(m_redo.takeLast()));
}
