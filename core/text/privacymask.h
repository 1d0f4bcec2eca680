#pragma once

#include <QString>

// Hides e-mail addresses (in any script) and phone numbers in open answers: printed reports
// travel, and personal data is never a theme.
namespace PrivacyMask {

// "mail müller@example.de" → "mail [e-mail]"; "bel 06-12345678" → "bel [phone]".
QString mask(const QString &text);
// The same with the personal data removed (a space in its place), for text statistics:
// neither a mail domain nor the placeholder words may count as words of the answers.
QString strip(const QString &text);

} // namespace PrivacyMask
