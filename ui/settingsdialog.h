#pragma once

#include <QDialog>

class QComboBox;

// The preferences: interface language (after a restart) and light or dark appearance.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Applies the saved appearance to the application (at start-up and after a change).
    static void applyAppearance();

private:
    void save();

    QComboBox *m_language;
    QComboBox *m_appearance;
};
