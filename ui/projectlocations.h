#pragma once

#include <QString>

class QWidget;

// Where projects live: in the user's Documents unless they choose otherwise, asked when a new
// project is made; the sample and command-line screenshots keep theirs in the application's
// data folder, out of the way.
namespace ProjectLocations {

QString documentsFolder();
// "<Documents>/<export's name>.npsdb".
QString suggestedPathFor(const QString &exportPath);
// Where the application keeps projects the user did not ask for (the sample, screenshots).
QString applicationPathFor(const QString &exportPath);
// Asks where to save a project, starting from `suggested`; empty when the user cancels.
QString askWhereToSave(QWidget *parent, const QString &title, const QString &suggested);

} // namespace ProjectLocations
