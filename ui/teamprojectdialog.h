#pragma once

#include <QDialog>

class DatabaseUrl;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// File ▸ Open Team Project…: where a team project lives on PostgreSQL (host or socket folder,
// port, database, user, project, TLS mode) and its password. The address it builds is a
// postgresql:// URL without the password; the password stays in memory, or in the system
// keyring when the user asks to remember it, and may be left empty for PGPASSWORD or
// ~/.pgpass. It never goes into a settings file.
class TeamProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamProjectDialog(QWidget *parent = nullptr);

    // Fills the fields from an address (a remembered connection); its password is not shown.
    void setUrl(const DatabaseUrl &url);
    // The address the fields make, without the password.
    QString url() const;
    QString password() const;
    void setPassword(const QString &password);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // Shows why the last attempt failed, in the dialog, for the user to correct the fields.
    void setError(const QString &message);
    // Whether the keyring can remember the password (the check box is usable then).
    bool keyringAvailable() const { return m_keyring; }

    // The widgets, for tests.
    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *projectField() const { return m_project; }
    QComboBox *tlsChoice() const { return m_tls; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *errorLabel() const { return m_error; }

    // A libpq error in the user's words: the server cannot be reached, the password is wrong,
    // the project is not one of NPS Studio. Unknown ones are passed on as they are.
    static QString explain(const QString &error, const QString &user);

    void accept() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_project;
    QComboBox *m_tls;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keyringNote;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_keyring;
};
