#pragma once

#include <QString>

#include <optional>

// Team-project passwords in the system keyring (QtKeychain: the Secret Service, KWallet, the
// macOS Keychain, Windows' credential store), never in a settings file. Where no keyring
// answers (no D-Bus session, as in CI) available() says so and nothing is stored anywhere.
class TeamKeyring
{
public:
    // Whether a keyring answers; asked once per process. `reason` says why not.
    static bool available(QString *reason = nullptr);
    // The password stored for `key` (a project's URL without its password); none when there
    // is none or no keyring.
    static std::optional<QString> read(const QString &key);
    // Stores it; false (and the keyring's message in `error`) when it cannot.
    static bool write(const QString &key, const QString &password, QString *error = nullptr);
    static void remove(const QString &key);
};
