#include "profile/ValueParsing.h"

#include "profile/ValueParsingDetail.h"

#include <QTime>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string_view>

namespace sharewise::profile {
namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isAsciiLetter(char c)
{
    const char l = char(c | 0x20);
    return l >= 'a' && l <= 'z';
}

inline char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
}

// `lowerWord` is lower-case ASCII.
bool equalsIgnoreCase(const char* text, qsizetype size, std::string_view lowerWord)
{
    if (size != qsizetype(lowerWord.size()))
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        if (lowerAscii(text[i]) != lowerWord[size_t(i)])
            return false;
    }
    return true;
}

bool equalsIgnoreCase(QByteArrayView text, std::string_view lowerWord)
{
    return equalsIgnoreCase(text.data(), text.size(), lowerWord);
}

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool isValidDate(int y, int m, int d)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    return d <= (m == 2 && isLeapYear(y) ? 29 : kDays[m - 1]);
}

// Reads up to maxDigits digits; returns how many were read.
int readDigits(const char*& p, const char* end, int maxDigits, int& value)
{
    int n = 0;
    value = 0;
    while (p < end && n < maxDigits && isDigit(*p)) {
        value = value * 10 + (*p - '0');
        ++p;
        ++n;
    }
    return n;
}

bool startsWithIgnoreCase(const char* p, const char* end, std::string_view lowerWord)
{
    const auto n = qsizetype(lowerWord.size());
    return end - p >= n && equalsIgnoreCase(p, n, lowerWord);
}

// hh:mm[:ss[.fff]][ ][AM|PM][Z|±hh[:]mm], to the end of the text.
bool parseTime(const char* p, const char* end, qint32& seconds)
{
    int h = 0;
    int mi = 0;
    int s = 0;
    if (readDigits(p, end, 2, h) == 0 || p >= end || *p != ':')
        return false;
    ++p;
    if (readDigits(p, end, 2, mi) != 2)
        return false;
    if (p < end && *p == ':') {
        ++p;
        if (readDigits(p, end, 2, s) != 2)
            return false;
        if (p < end && (*p == '.' || *p == ',')) {
            ++p;
            const char* fraction = p;
            while (p < end && isDigit(*p))
                ++p;
            if (p == fraction)
                return false;
        }
    }
    const char* q = p < end && *p == ' ' ? p + 1 : p;
    if (startsWithIgnoreCase(q, end, "am") || startsWithIgnoreCase(q, end, "pm")) {
        if (h < 1 || h > 12)
            return false;
        const bool pm = lowerAscii(*q) == 'p';
        h = h % 12 + (pm ? 12 : 0);
        p = q + 2;
    }
    if (p < end && (*p == 'Z' || *p == 'z')) {
        ++p;
    } else if (p < end && (*p == '+' || *p == '-')) {
        ++p;
        int zh = 0;
        int zm = 0;
        if (readDigits(p, end, 2, zh) != 2)
            return false;
        if (p < end && *p == ':')
            ++p;
        if (readDigits(p, end, 2, zm) != 2 || zh > 14 || zm > 59)
            return false;
    }
    if (p != end || h > 23 || mi > 59 || s > 60)
        return false;
    seconds = h * 3600 + mi * 60 + std::min(s, 59);
    return true;
}

int monthFromName(const char* p, qsizetype n)
{
    struct Name
    {
        std::string_view name;
        int month;
    };
    // English names and abbreviations, then Welsh.
    static constexpr Name kNames[] = {
        {"jan", 1},        {"january", 1},   {"feb", 2},       {"february", 2},  {"mar", 3},
        {"march", 3},      {"apr", 4},       {"april", 4},     {"may", 5},       {"jun", 6},
        {"june", 6},       {"jul", 7},       {"july", 7},      {"aug", 8},       {"august", 8},
        {"sep", 9},        {"sept", 9},      {"september", 9}, {"oct", 10},      {"october", 10},
        {"nov", 11},       {"november", 11}, {"dec", 12},      {"december", 12}, {"ionawr", 1},
        {"chwefror", 2},   {"mawrth", 3},    {"ebrill", 4},    {"mai", 5},       {"mehefin", 6},
        {"gorffennaf", 7}, {"awst", 8},      {"medi", 9},      {"hydref", 10},   {"tachwedd", 11},
        {"rhagfyr", 12},
    };
    if (n < 3 || n > 10)
        return 0;
    for (const Name& name : kNames) {
        if (equalsIgnoreCase(p, n, name.name))
            return name.month;
    }
    return 0;
}

std::optional<ParsedDate> parseDateTrimmed(QByteArrayView s)
{
    if (s.size() < 6 || s.size() > 48 || !isDigit(s[0]))
        return std::nullopt;
    const char* p = s.data();
    const char* const end = p + s.size();
    ParsedDate result;

    int first = 0;
    const int firstDigits = readDigits(p, end, 4, first);
    if (firstDigits == 4) {
        // Year first: yyyy-mm-dd or yyyy/mm/dd, then perhaps a time.
        if (p >= end || (*p != '-' && *p != '/'))
            return std::nullopt;
        const char sep = *p++;
        int month = 0;
        int day = 0;
        if (readDigits(p, end, 2, month) == 0 || p >= end || *p != sep)
            return std::nullopt;
        ++p;
        if (readDigits(p, end, 2, day) == 0 || !isValidDate(first, month, day))
            return std::nullopt;
        result.days = daysFromCivil(first, month, day);
        result.format = DateFormat::IsoDate;
        if (p == end)
            return result;
        if ((*p != 'T' && *p != ' ') || !parseTime(p + 1, end, result.seconds))
            return std::nullopt;
        result.format = DateFormat::IsoDateTime;
        return result;
    }
    if (firstDigits > 2)
        return std::nullopt;

    bool ordinal = false;
    if (end - p >= 2 && isAsciiLetter(*p)) {
        if (!startsWithIgnoreCase(p, end, "st") && !startsWithIgnoreCase(p, end, "nd") &&
            !startsWithIgnoreCase(p, end, "rd") && !startsWithIgnoreCase(p, end, "th"))
            return std::nullopt;
        p += 2;
        ordinal = true;
    }
    if (p >= end)
        return std::nullopt;
    const char sep = *p;
    if (sep != '/' && sep != '-' && sep != '.' && sep != ' ')
        return std::nullopt;
    ++p;
    if (p >= end)
        return std::nullopt;

    int day = first;
    int month = 0;
    int year = 0;
    DateFormat format = DateFormat::DayMonthYear;
    if (isDigit(*p)) {
        if (ordinal || sep == ' ')
            return std::nullopt;
        if (readDigits(p, end, 2, month) == 0 || p >= end || *p != sep)
            return std::nullopt;
        ++p;
        const int yearDigits = readDigits(p, end, 4, year);
        if (yearDigits == 2) {
            year += year < 30 ? 2000 : 1900;
            format = DateFormat::DayMonthShortYear;
        } else if (yearDigits != 4) {
            return std::nullopt;
        }
        if (month > 12 && day <= 12) {
            std::swap(month, day);
            format = DateFormat::MonthDayYear;
        }
    } else {
        const char* name = p;
        while (p < end && isAsciiLetter(*p))
            ++p;
        month = monthFromName(name, p - name);
        if (month == 0)
            return std::nullopt;
        if (p < end && *p == '.')
            ++p;
        if (p < end && *p == ',')
            ++p;
        if (p >= end || (*p != ' ' && *p != '-' && *p != '/'))
            return std::nullopt;
        ++p;
        const int yearDigits = readDigits(p, end, 4, year);
        if (yearDigits == 2)
            year += year < 30 ? 2000 : 1900;
        else if (yearDigits != 4)
            return std::nullopt;
        format = DateFormat::DayMonthNameYear;
    }
    if (!isValidDate(year, month, day))
        return std::nullopt;
    result.days = daysFromCivil(year, month, day);
    result.format = format;
    if (p == end)
        return result;
    if (*p != ' ' || !parseTime(p + 1, end, result.seconds))
        return std::nullopt;
    if (format == DateFormat::DayMonthYear || format == DateFormat::DayMonthShortYear)
        result.format = DateFormat::DayMonthYearTime;
    return result;
}

std::optional<ParsedNumber> parseNumberTrimmed(QByteArrayView s, bool allowExponent,
                                               bool* leadingZero)
{
    const char* p = s.data();
    const char* end = p + s.size();
    if (p == end)
        return std::nullopt;
    NumberStyles styles;
    bool negative = false;
    bool signSeen = false;
    if (*p == '(') {
        if (end - p < 3 || end[-1] != ')')
            return std::nullopt;
        ++p;
        --end;
        negative = true;
        signSeen = true;
        styles |= NumberStyle::Parentheses;
    }
    if (p < end && (*p == '-' || *p == '+')) {
        if (signSeen)
            return std::nullopt;
        negative = *p == '-';
        signSeen = true;
        ++p;
    }
    if (p < end) {
        if (*p == '$') {
            ++p;
            styles |= NumberStyle::Currency;
        } else if (end - p >= 2 && uchar(p[0]) == 0xC2 && uchar(p[1]) == 0xA3) { // £
            p += 2;
            styles |= NumberStyle::Currency;
        } else if (end - p >= 3 && uchar(p[0]) == 0xE2 && uchar(p[1]) == 0x82 &&
                   uchar(p[2]) == 0xAC) { // €
            p += 3;
            styles |= NumberStyle::Currency;
        }
        if (styles.testFlag(NumberStyle::Currency) && !signSeen && p < end && *p == '-') {
            negative = true;
            signSeen = true;
            ++p;
        }
    }
    if (end > p && end[-1] == '%') {
        --end;
        styles |= NumberStyle::Percent;
    }

    // Digits go into a 64-bit mantissa (19 significant digits); `scale` is the power of
    // ten it must be multiplied by.
    quint64 mantissa = 0;
    int significant = 0;
    int scale = 0;
    int intDigits = 0;
    int fracDigits = 0;
    const char* const digitsStart = p;
    auto take = [&](int digit, bool fraction) {
        if (significant < 19) {
            mantissa = mantissa * 10 + quint64(digit);
            if (mantissa != 0)
                ++significant;
            if (fraction)
                --scale;
        } else if (!fraction) {
            ++scale;
        }
    };

    int groupLength = 0;
    bool grouping = false;
    while (p < end) {
        const char c = *p;
        if (isDigit(c)) {
            take(c - '0', false);
            ++intDigits;
            ++groupLength;
            ++p;
        } else if (c == ',') {
            if (grouping ? groupLength != 3 : (groupLength < 1 || groupLength > 3))
                return std::nullopt;
            grouping = true;
            groupLength = 0;
            ++p;
        } else {
            break;
        }
    }
    if (grouping) {
        if (groupLength != 3)
            return std::nullopt;
        styles |= NumberStyle::Grouping;
    }
    if (intDigits > 1 && *digitsStart == '0') {
        if (leadingZero != nullptr && p == end && !signSeen && !styles)
            *leadingZero = true;
        return std::nullopt;
    }
    bool point = false;
    if (p < end && *p == '.') {
        point = true;
        ++p;
        while (p < end && isDigit(*p)) {
            take(*p - '0', true);
            ++fracDigits;
            ++p;
        }
    }
    if (intDigits + fracDigits == 0)
        return std::nullopt;
    const char* const digitsEnd = p;
    int exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        if (!allowExponent)
            return std::nullopt;
        ++p;
        bool exponentNegative = false;
        if (p < end && (*p == '+' || *p == '-')) {
            exponentNegative = *p == '-';
            ++p;
        }
        int exponentDigits = 0;
        while (p < end && isDigit(*p)) {
            if (exponent < 100000)
                exponent = exponent * 10 + (*p - '0');
            ++p;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return std::nullopt;
        if (exponentNegative)
            exponent = -exponent;
        styles |= NumberStyle::Exponent;
    }
    if (p != end)
        return std::nullopt;

    ParsedNumber result;
    result.styles = styles;
    if (!point && !styles.testFlag(NumberStyle::Exponent)) {
        if (intDigits > 18)
            return std::nullopt; // a long identifier, not an amount
        result.isInteger = true;
        result.integer = negative ? -qint64(mantissa) : qint64(mantissa);
        result.value = double(result.integer);
        return result;
    }
    scale += exponent;
    double value = 0;
    if (significant <= 15 && scale >= -22 && scale <= 22) {
        value = scale >= 0 ? double(mantissa) * kPow10[scale] : double(mantissa) / kPow10[-scale];
    } else {
        // Rare: many digits or a large exponent. Let the library round it exactly.
        char buffer[128];
        int n = 0;
        for (const char* q = digitsStart; q < digitsEnd; ++q) {
            if (*q == ',')
                continue;
            if (n >= int(sizeof buffer) - 16)
                return std::nullopt;
            buffer[n++] = *q;
        }
        n += std::snprintf(buffer + n, sizeof buffer - size_t(n), "e%d", exponent);
        const auto parsed = std::from_chars(buffer, buffer + n, value);
        if (parsed.ec != std::errc())
            return std::nullopt;
    }
    if (!std::isfinite(value))
        return std::nullopt;
    result.value = negative ? -value : value;
    return result;
}

bool hasExponentMark(QByteArrayView s)
{
    return s.contains('e') || s.contains('E');
}

template <typename KindOf>
ParsedValue classify(QByteArrayView s, KindOf kindOf)
{
    ParsedValue v;
    const char c = s[0];
    auto asNumber = [&v](const ParsedNumber& n) {
        v.type = n.isInteger ? ValueType::Integer : ValueType::Decimal;
        v.number = n;
    };
    if (isDigit(c)) {
        bool leadingZero = false;
        if (const auto n = parseNumberTrimmed(s, false, &leadingZero)) {
            asNumber(*n);
            return v;
        }
        v.type = ValueType::Text;
        if (leadingZero) {
            v.leadingZero = true;
            return v;
        }
        if (const auto d = parseDateTrimmed(s)) {
            v.type = d->hasTime() ? ValueType::DateTime : ValueType::Date;
            v.date = *d;
            if (d->format == DateFormat::IsoDate || d->format == DateFormat::IsoDateTime) {
                const table::CellKind kind = kindOf();
                if (kind == table::CellKind::Date || kind == table::CellKind::DateTime)
                    v.date.format = DateFormat::Workbook;
            }
            return v;
        }
        if (hasExponentMark(s) && kindOf() == table::CellKind::Number) {
            if (const auto n = parseNumberTrimmed(s, true, nullptr))
                asNumber(*n);
        }
        return v;
    }
    switch (c) {
    case '-':
    case '+':
    case '(':
    case '.':
    case '$':
    case '\xC2': // £
    case '\xE2': // €
        if (isPlaceholder(s)) {
            v.placeholder = true;
            return v;
        }
        if (const auto n = parseNumberTrimmed(s, false, nullptr)) {
            asNumber(*n);
            return v;
        }
        if (hasExponentMark(s) && kindOf() == table::CellKind::Number) {
            if (const auto n = parseNumberTrimmed(s, true, nullptr)) {
                asNumber(*n);
                return v;
            }
        }
        v.type = ValueType::Text;
        return v;
    case '#':
        if (kindOf() == table::CellKind::Error)
            v.error = true;
        else if (isPlaceholder(s))
            v.placeholder = true;
        else
            v.type = ValueType::Text;
        return v;
    default:
        break;
    }
    if (s.size() <= 6 && isAsciiLetter(c)) {
        if (const auto b = parseBoolean(s)) {
            v.type = ValueType::Boolean;
            v.boolean = *b;
            return v;
        }
        if (isPlaceholder(s)) {
            v.placeholder = true;
            return v;
        }
    }
    v.type = ValueType::Text;
    return v;
}

} // namespace

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Empty:
        return QStringLiteral("empty");
    case ValueType::Text:
        return QStringLiteral("text");
    case ValueType::Boolean:
        return QStringLiteral("boolean");
    case ValueType::Integer:
        return QStringLiteral("integer");
    case ValueType::Decimal:
        return QStringLiteral("decimal");
    case ValueType::Date:
        return QStringLiteral("date");
    case ValueType::DateTime:
        return QStringLiteral("date_time");
    }
    return {};
}

std::optional<ValueType> valueTypeFromName(QStringView name)
{
    for (ValueType t : {ValueType::Empty, ValueType::Text, ValueType::Boolean, ValueType::Integer,
                        ValueType::Decimal, ValueType::Date, ValueType::DateTime}) {
        if (name == valueTypeName(t))
            return t;
    }
    return std::nullopt;
}

QString dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::None:
        return {};
    case DateFormat::IsoDate:
        return QStringLiteral("iso_date");
    case DateFormat::IsoDateTime:
        return QStringLiteral("iso_date_time");
    case DateFormat::DayMonthYear:
        return QStringLiteral("dd/mm/yyyy");
    case DateFormat::DayMonthShortYear:
        return QStringLiteral("dd/mm/yy");
    case DateFormat::DayMonthYearTime:
        return QStringLiteral("dd/mm/yyyy hh:mm");
    case DateFormat::DayMonthNameYear:
        return QStringLiteral("dd-mon-yyyy");
    case DateFormat::MonthDayYear:
        return QStringLiteral("mm/dd/yyyy");
    case DateFormat::ExcelSerial:
        return QStringLiteral("excel_serial");
    case DateFormat::Workbook:
        return QStringLiteral("workbook");
    }
    return {};
}

QStringList dateFormatNames(DateFormats formats)
{
    QStringList names;
    for (int bit = 0; bit < 9; ++bit) {
        const auto f = DateFormat(1 << bit);
        if (formats.testFlag(f))
            names.append(dateFormatName(f));
    }
    return names;
}

QStringList numberStyleNames(NumberStyles styles)
{
    QStringList names;
    if (styles.testFlag(NumberStyle::Grouping))
        names.append(QStringLiteral("grouping"));
    if (styles.testFlag(NumberStyle::Currency))
        names.append(QStringLiteral("currency"));
    if (styles.testFlag(NumberStyle::Percent))
        names.append(QStringLiteral("percent"));
    if (styles.testFlag(NumberStyle::Parentheses))
        names.append(QStringLiteral("parentheses"));
    if (styles.testFlag(NumberStyle::Exponent))
        names.append(QStringLiteral("exponent"));
    return names;
}

QByteArrayView trimSpaces(QByteArrayView text)
{
    const char* b = text.data();
    const char* e = b + text.size();
    for (;;) {
        if (b < e && (*b == ' ' || *b == '\t' || *b == '\r' || *b == '\n')) {
            ++b;
        } else if (e - b >= 2 && uchar(b[0]) == 0xC2 && uchar(b[1]) == 0xA0) {
            b += 2;
        } else {
            break;
        }
    }
    for (;;) {
        if (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n')) {
            --e;
        } else if (e - b >= 2 && uchar(e[-2]) == 0xC2 && uchar(e[-1]) == 0xA0) {
            e -= 2;
        } else {
            break;
        }
    }
    return QByteArrayView(b, e - b);
}

bool isPlaceholder(QByteArrayView s)
{
    switch (s.size()) {
    case 1:
        return s[0] == '-';
    case 2:
        return s[0] == '-' && s[1] == '-';
    case 3:
        return equalsIgnoreCase(s, "n/a");
    case 4:
        return equalsIgnoreCase(s, "null") || equalsIgnoreCase(s, "#n/a");
    case 6:
        return equalsIgnoreCase(s, "(null)");
    default:
        return false;
    }
}

bool hasLeadingZero(QByteArrayView s)
{
    if (s.size() < 2 || s[0] != '0')
        return false;
    return std::all_of(s.begin(), s.end(), isDigit);
}

std::optional<ParsedNumber> parseNumber(QByteArrayView text, bool allowExponent)
{
    return parseNumberTrimmed(trimSpaces(text), allowExponent, nullptr);
}

std::optional<bool> parseBoolean(QByteArrayView text)
{
    const QByteArrayView s = trimSpaces(text);
    switch (s.size()) {
    case 1:
        if (lowerAscii(s[0]) == 'y')
            return true;
        if (lowerAscii(s[0]) == 'n')
            return false;
        return std::nullopt;
    case 2:
        if (equalsIgnoreCase(s, "no"))
            return false;
        return std::nullopt;
    case 3:
        if (equalsIgnoreCase(s, "yes"))
            return true;
        return std::nullopt;
    case 4:
        if (equalsIgnoreCase(s, "true"))
            return true;
        return std::nullopt;
    case 5:
        if (equalsIgnoreCase(s, "false"))
            return false;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

QDate dateFromDays(qint32 days)
{
    return QDate::fromJulianDay(qint64(days) + 2440588);
}

QDateTime ParsedDate::dateTime() const
{
    return QDateTime(date(), QTime::fromMSecsSinceStartOfDay(std::max(seconds, 0) * 1000), Qt::UTC);
}

std::optional<ParsedDate> parseDate(QByteArrayView text)
{
    return parseDateTrimmed(trimSpaces(text));
}

std::optional<ParsedDate> parseExcelSerial(double serial)
{
    if (!(serial >= 1 && serial < 2958466))
        return std::nullopt;
    const double whole = std::floor(serial);
    if (whole == 60)
        return std::nullopt;
    ParsedDate result;
    result.format = DateFormat::ExcelSerial;
    result.days = qint32(whole) - (whole < 60 ? 25568 : 25569);
    const double fraction = serial - whole;
    if (fraction > 0) {
        result.seconds = qint32(std::lround(fraction * 86400));
        if (result.seconds >= 86400) {
            result.seconds = 0;
            ++result.days;
        }
    }
    return result;
}

ParsedValue parseValue(QByteArrayView text, table::CellKind kind)
{
    const QByteArrayView s = trimSpaces(text);
    if (s.isEmpty())
        return {};
    return classify(s, [kind] { return kind; });
}

namespace detail {

ParsedValue classifyTrimmed(QByteArrayView text, const table::RowBlock& block, qsizetype row,
                            qsizetype column, bool& usedKind)
{
    return classify(text, [&] {
        usedKind = true;
        return block.kind(row, column);
    });
}

} // namespace detail

} // namespace sharewise::profile
