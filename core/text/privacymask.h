#pragma once

#include <QString>

// Hides e-mail addresses and phone numbers in quoted open answers: printed reports travel.
namespace PrivacyMask {

QString mask(const QString &text);

} // namespace PrivacyMask
