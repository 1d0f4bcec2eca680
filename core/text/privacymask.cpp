#include "text/privacymask.h"

#include <QRegularExpression>

namespace PrivacyMask {

QString mask(const QString &text)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    // International or local numbers with at least nine digits, spaces, dots or dashes between.
    static const QRegularExpression phone(
        QStringLiteral("(?<![\\w])(\\+|00)?\\d[\\d ()./-]{7,}\\d(?![\\w])"));
    QString result = text;
    result.replace(email, QStringLiteral("[e-mail]"));
    QRegularExpressionMatchIterator it = phone.globalMatch(result);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (qsizetype i = matches.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch &m = matches.at(i);
        int digits = 0;
        for (QChar c : m.capturedView())
            digits += c.isDigit();
        if (digits >= 9)
            result.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("[phone]"));
    }
    return result;
}

} // namespace PrivacyMask
