// libFuzzer target: the values of one date column (one per line) through the date parser:
// the evidence for the column's format, then each value read in that format.

#include "import/dateparser.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList values = text.split(u'\n');
    DateParser::Evidence evidence;
    for (const QString &value : values)
        evidence.add(value);
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Dutch, QLocale::Netherlands)}) {
        const DateParser::ColumnFormat format = evidence.decide(locale);
        (void)format.describe();
        QString appended;
        for (const QString &value : values) {
            const std::optional<QString> iso = DateParser::toIso(value, format);
            appended.clear();
            const bool ok = DateParser::appendIso(value, format, appended);
            if (ok != iso.has_value() || (ok && appended != *iso))
                std::abort(); // both ways of reading agree
            // What comes out is a real date in ISO 8601 (with a time and zone when given).
            if (iso && !QDate::fromString(iso->left(10), Qt::ISODate).isValid())
                std::abort();
        }
    }
    return 0;
}
