#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Reads the dates survey tools write: ISO 8601 with or without time and zone, dd-mm-yyyy,
// dd/mm/yyyy and mm/dd/yyyy (with AM/PM, as SurveyMonkey writes), yyyy/mm/dd h:mm:ss AM GMT+3
// (Google Forms), Excel serial numbers and Unix seconds. The order of day and month is decided
// once per column, from all its values.
class DateParser
{
public:
    enum class Kind { Text, ExcelSerial, UnixSeconds };
    enum class Order { YearFirst, DayFirst, MonthFirst, Undecided };

    struct ColumnFormat
    {
        Kind kind = Kind::Text;
        Order order = Order::Undecided;
        bool orderFromLocale = false; // no value settled it: the locale did
        QString describe() const;
    };

    // Evidence gathered from values; feed every value, then decide.
    class Evidence
    {
    public:
        void add(QStringView value);
        int values() const { return m_values; }
        int textDates() const { return m_text; }
        int numbers() const { return m_numbers; }
        bool orderSettled() const;
        ColumnFormat decide(const QLocale &locale) const;

    private:
        int m_values = 0, m_text = 0, m_numbers = 0;
        int m_yearFirst = 0, m_firstOver12 = 0, m_secondOver12 = 0, m_dashOrDot = 0;
        double m_minNumber = 0, m_maxNumber = 0;
    };

    // ISO 8601 text: "2025-07-01T14:03:00", with "+03:00"/"Z" when the value had a zone,
    // or a date alone "2025-07-01". nullopt when the value is not a date of this format.
    static std::optional<QString> toIso(QStringView value, const ColumnFormat &format);
    // The same, appended to `out` (no allocation when it has room); false when not a date.
    static bool appendIso(QStringView value, const ColumnFormat &format, QString &out);
};
