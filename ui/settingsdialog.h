#pragma once

#include <QDialog>
#include <QPalette>

class QComboBox;

// The preferences: interface language (after a restart) and light or dark appearance.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Applies the saved appearance to the application (at start-up and after a change).
    static void applyAppearance();
    // Applies one ("system", "light" or "dark") without saving it (screenshots, tests).
    static void applyAppearance(const QString &appearance);
    // The dark palette: every text colour at least 4.5:1 against its background (WCAG AA).
    static QPalette darkPalette();

private:
    void save();

    QComboBox *m_language;
    QComboBox *m_appearance;
};
