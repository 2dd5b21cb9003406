#pragma once

#include "table/RowBlock.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

// Reading one field's text as the value it stands for, the way councils' exports write
// values: byte level, no allocation, fast enough to run on every field of a large file.
//
// Decisions, all deliberate:
//  - Numbers: an optional sign or brackets for a negative ("(1,234.56)"), an optional
//    currency sign (£ $ €), thousands separators only in groups of three ("1,234,567";
//    "1,23" is text), a decimal point, and an optional trailing "%" (the number is kept
//    as written: "12%" is 12, with the Percent style noted). An exponent only in a
//    workbook's number cell. Digits with a leading zero ("007", "07700900123") are
//    identifiers, never numbers: they would lose their zeros. More than 18 integer
//    digits is an identifier too.
//  - Booleans: true/false, yes/no, y/n, any case. Never 1/0 (a column of 0 and 1 is a
//    boolean only when the column says so: see Profiler) and never t/f (F is a sex).
//  - Dates are UK order: 03/04/2024 is 3 April. A date whose second number cannot be
//    a month but whose first can ("04/23/2024") is read month first and reported as
//    MonthDayYear so the user can be warned. Two-digit years follow Excel: 00-29 are
//    20xx, 30-99 are 19xx. Excel serial numbers are never guessed from a lone value:
//    see parseExcelSerial, used when a column's header says it holds dates.
//  - Text that is a common stand-in for "no value" (NULL, N/A, #N/A, -) is a
//    placeholder, counted apart from both values and empty fields.
namespace sharewise::profile {

// Stable machine names: "empty", "text", "boolean", "integer", "decimal", "date",
// "date_time".
enum class ValueType : quint8
{
    Empty,
    Text,
    Boolean,
    Integer,
    Decimal,
    Date,
    DateTime,
};

[[nodiscard]] QString valueTypeName(ValueType type);
[[nodiscard]] std::optional<ValueType> valueTypeFromName(QStringView name);

// How a date was written. Machine names in dateFormatName().
enum class DateFormat : quint16
{
    None = 0,
    IsoDate = 1 << 0,           // "iso_date": 2024-04-03 (also 2024/04/03)
    IsoDateTime = 1 << 1,       // "iso_date_time": 2024-04-03T14:05:00, 2024-04-03 14:05
    DayMonthYear = 1 << 2,      // "dd/mm/yyyy": 03/04/2024, 3/4/2024, 03-04-2024, 03.04.2024
    DayMonthShortYear = 1 << 3, // "dd/mm/yy": 03/04/24
    DayMonthYearTime = 1 << 4,  // "dd/mm/yyyy hh:mm": 03/04/2024 14:05[:00]
    DayMonthNameYear =
        1 << 5,            // "dd-mon-yyyy": 05-Mar-2021, 5 March 2021, 5th Mar 21, 5 Mawrth 2021
    MonthDayYear = 1 << 6, // "mm/dd/yyyy": 04/23/2024, only where day first is impossible
    ExcelSerial = 1 << 7,  // "excel_serial": 45385, when the column says it holds dates
    Workbook = 1 << 8,     // "workbook": a date cell of a spreadsheet
};
Q_DECLARE_FLAGS(DateFormats, DateFormat)
Q_DECLARE_OPERATORS_FOR_FLAGS(DateFormats)

[[nodiscard]] QString dateFormatName(DateFormat format);
// The names of every format in `formats`, in the enum's order.
[[nodiscard]] QStringList dateFormatNames(DateFormats formats);

// How a number was written, beyond digits and a point.
enum class NumberStyle : quint8
{
    Grouping = 1 << 0,    // 1,234
    Currency = 1 << 1,    // £12
    Percent = 1 << 2,     // 12%
    Parentheses = 1 << 3, // (12) for -12
    Exponent = 1 << 4,    // 1e+20 (workbook number cells only)
};
Q_DECLARE_FLAGS(NumberStyles, NumberStyle)
Q_DECLARE_OPERATORS_FOR_FLAGS(NumberStyles)

// Stable names: "grouping", "currency", "percent", "parentheses", "exponent".
[[nodiscard]] QStringList numberStyleNames(NumberStyles styles);

// Without leading and trailing ASCII spaces, tabs, CR, LF and no-break spaces (U+00A0).
[[nodiscard]] QByteArrayView trimSpaces(QByteArrayView text);

// NULL, N/A, #N/A, (null), "-" or "--" (any case): a value left out in another way.
[[nodiscard]] bool isPlaceholder(QByteArrayView trimmedText);

// True for a run of two or more digits starting with 0 ("007"), which is kept as text.
[[nodiscard]] bool hasLeadingZero(QByteArrayView trimmedText);

struct ParsedNumber
{
    double value = 0;   // the number as written (a percent is not divided by 100)
    qint64 integer = 0; // exact value when isInteger
    bool isInteger = false;
    NumberStyles styles;
};

// Surrounding spaces are ignored. nullopt when the text is not a number by the rules
// above (including a leading zero).
[[nodiscard]] std::optional<ParsedNumber> parseNumber(QByteArrayView text,
                                                      bool allowExponent = false);

// true/false, yes/no, y/n in any case; nothing else.
[[nodiscard]] std::optional<bool> parseBoolean(QByteArrayView text);

// Days are counted from 1970-01-01 (negative before), so comparing them compares dates.
[[nodiscard]] constexpr qint32 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = year - era * 400;
    const int doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
[[nodiscard]] QDate dateFromDays(qint32 days);

struct ParsedDate
{
    qint32 days = 0;     // since 1970-01-01
    qint32 seconds = -1; // since midnight; -1 for a date without a time
    DateFormat format = DateFormat::None;

    [[nodiscard]] bool hasTime() const { return seconds >= 0; }
    [[nodiscard]] QDate date() const { return dateFromDays(days); }
    // The date and time as written, in UTC (no time zone is applied).
    [[nodiscard]] QDateTime dateTime() const;
    // Seconds since 1970-01-01T00:00:00 as written; a date alone is its midnight.
    [[nodiscard]] qint64 epochSeconds() const
    {
        return qint64(days) * 86400 + (seconds < 0 ? 0 : seconds);
    }
};

// Every written date and date-time form above, surrounding spaces ignored. A time may
// have seconds, fractions of a second, "AM"/"PM" and a zone ("Z", "+01:00", which is
// ignored: the value is kept as written). Not Excel serial numbers.
[[nodiscard]] std::optional<ParsedDate> parseDate(QByteArrayView text);

// An Excel serial day number (1 = 1900-01-01; the fraction is the time of day), in the
// range 1 to 2958465 (9999-12-31). Serial 60 is Excel's 29 February 1900, which never
// was, and is refused. format is ExcelSerial.
[[nodiscard]] std::optional<ParsedDate> parseExcelSerial(double serial);

// What the profiler needs from one field.
struct ParsedValue
{
    ValueType type = ValueType::Empty;
    bool placeholder = false; // NULL, N/A, ...: type stays Empty
    bool error = false;       // a spreadsheet error cell (#REF!): type stays Empty
    bool leadingZero = false; // digits with a leading zero: type is Text
    bool boolean = false;     // when type is Boolean
    ParsedNumber number;      // when type is Integer or Decimal
    ParsedDate date;          // when type is Date or DateTime
};

// Classifies one field. `kind` is the cell kind from a RowBlock: it allows exponents in
// workbook numbers, marks error cells and reports workbook dates as DateFormat::Workbook.
[[nodiscard]] ParsedValue parseValue(QByteArrayView text,
                                     table::CellKind kind = table::CellKind::Text);

} // namespace sharewise::profile
