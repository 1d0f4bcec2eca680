#include "text/language.h"

#include <QCoreApplication>

namespace Languages {

const LanguageProfile *profile(Language language)
{
    for (const LanguageProfile &p : profiles()) {
        if (p.language == language)
            return &p;
    }
    return nullptr;
}

QString code(Language language)
{
    const LanguageProfile *p = profile(language);
    return p ? QString::fromLatin1(p->code) : QStringLiteral(""); // empty, not null: a SQL value
}

Language fromCode(QStringView code)
{
    for (const LanguageProfile &p : profiles()) {
        if (code.compare(QLatin1StringView(p.code), Qt::CaseInsensitive) == 0)
            return p.language;
    }
    return Language::Unknown;
}

QString displayName(Language language)
{
    switch (language) {
    case Language::Dutch:
        return QCoreApplication::translate("Languages", "Dutch");
    case Language::English:
        return QCoreApplication::translate("Languages", "English");
    case Language::German:
        return QCoreApplication::translate("Languages", "German");
    case Language::French:
        return QCoreApplication::translate("Languages", "French");
    case Language::Spanish:
        return QCoreApplication::translate("Languages", "Spanish");
    case Language::Unknown:
        break;
    }
    return QCoreApplication::translate("Languages", "unknown");
}

} // namespace Languages
