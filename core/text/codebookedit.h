#pragma once

#include "text/theme.h"

#include <QList>
#include <QString>

#include <optional>

// One undoable change of a codebook: the themes it sets, each to a new state or to nothing
// (removed), in order. Codebook::apply() returns the edit that undoes it, so an interface can
// wrap each edit in a QUndoCommand (redo applies the edit, undo applies its inverse).
struct CodebookEdit
{
    struct Change
    {
        qint64 id = 0;
        std::optional<Theme> theme; // nullopt: the theme is removed
        int position = -1;          // where it stands in the list; −1: at the end, or unchanged
        bool operator==(const Change &) const = default;
    };

    QString description; // for the Undo menu: "Rename “Levering” to “Delivery”" (translated)
    QList<Change> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    bool operator==(const CodebookEdit &) const = default;
};
