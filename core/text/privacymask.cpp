#include "text/privacymask.h"

#include <QList>
#include <QRegularExpression>

namespace PrivacyMask {

namespace {

// E-mail addresses in any script: müller@example.de, josé@correo.españa.es.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression email(QStringLiteral(
        "[\\p{L}\\p{M}\\p{N}._%+-]+@[\\p{L}\\p{M}\\p{N}-]+(?:\\.[\\p{L}\\p{M}\\p{N}-]+)*"
        "\\.\\p{L}{2,}"));
    return email;
}

// Phone numbers: international (+31 …, 0049 …) or local, with spaces, dots, dashes, slashes
// or brackets between the digits, "(020) 123 45 67" and "+49 (0)30 1234567" included. A
// candidate followed by ":digit" is a time ("2025-07-01 12:30"), and shorter candidates must
// still have nine digits, so dates and years stay.
const QRegularExpression &phonePattern()
{
    static const QRegularExpression phone(
        QStringLiteral("(?<![\\w+(])(?:\\+|00|\\()?\\d[\\d ()./-]{7,}\\d(?!\\w|:\\d)"));
    return phone;
}

QString replaced(const QString &text, const QString &email, const QString &phone)
{
    QString result = text;
    result.replace(emailPattern(), email);
    QList<QRegularExpressionMatch> matches;
    for (auto it = phonePattern().globalMatch(result); it.hasNext();)
        matches.append(it.next());
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch &m = matches.at(i);
        int digits = 0;
        for (QChar c : m.capturedView())
            digits += c.isDigit();
        if (digits >= 9)
            result.replace(m.capturedStart(), m.capturedLength(), phone);
    }
    return result;
}

} // namespace

QString mask(const QString &text)
{
    return replaced(text, QStringLiteral("[e-mail]"), QStringLiteral("[phone]"));
}

QString strip(const QString &text)
{
    return replaced(text, QStringLiteral(" "), QStringLiteral(" "));
}

} // namespace PrivacyMask
