#include "table/workbook/WorkbookSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <charconv>
#include <cmath>
#include <cstring>

namespace sharewise::table::workbook {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

WorkbookLimits& mutableLimits()
{
    static WorkbookLimits limits;
    return limits;
}

QString formatDisplayName(FileFormat format)
{
    switch (format) {
    case FileFormat::Xlsx:
        return Tr::tr("Excel (.xlsx)");
    case FileFormat::Ods:
        return Tr::tr("OpenDocument (.ods)");
    case FileFormat::Xls:
        return Tr::tr("Excel 97–2003 (.xls)");
    case FileFormat::Csv:
        break;
    }
    return Tr::tr("spreadsheet");
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

void appendDigits(QByteArray& out, qint64 value, int width)
{
    char buf[24];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    for (qsizetype pad = width - (res.ptr - buf); pad > 0; --pad)
        out.append('0');
    out.append(buf, res.ptr - buf);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// "_xHHHH_" at text[i]: its code unit, or -1.
int escapeAt(const std::string& text, size_t i)
{
    if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_')
        return -1;
    int v = 0;
    for (size_t k = 2; k < 6; ++k) {
        const int h = hexValue(text[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

} // namespace

const WorkbookLimits& workbookLimits()
{
    return mutableLimits();
}

ScopedWorkbookLimits::ScopedWorkbookLimits(const WorkbookLimits& limits)
    : m_saved(mutableLimits())
{
    mutableLimits() = limits;
}

ScopedWorkbookLimits::~ScopedWorkbookLimits()
{
    mutableLimits() = m_saved;
}

QString whereFile(const QString& path)
{
    return QFileInfo(path).fileName();
}

QString whereSheet(const QString& path, const QString& sheet)
{
    return Tr::tr("%1, sheet “%2”").arg(whereFile(path), sheet);
}

QString cellName(qint64 row, int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

Error cannotOpen(const QString& path, const QString& reason)
{
    return makeError(ErrorKind::BadInput,
                     Tr::tr("This file cannot be read (%1). Check that it still exists and that "
                            "you may open it.")
                         .arg(reason),
                     whereFile(path));
}

Error damagedWorkbook(const QString& path, FileFormat format, const QString& detail)
{
    QString message = Tr::tr("This file is damaged or is not really an %1 workbook. Open it in "
                             "your spreadsheet program, save a new copy, and choose that copy.")
                          .arg(formatDisplayName(format));
    if (!detail.isEmpty())
        message += QLatin1Char(' ') + Tr::tr("(What was wrong: %1.)").arg(detail);
    return withCode(makeError(ErrorKind::BadInput, message, whereFile(path)), "workbook.damaged");
}

Error passwordProtected(const QString& path)
{
    return withCode(makeError(ErrorKind::BadInput,
                              Tr::tr("This workbook is protected by a password. Open it in "
                                     "Excel, save a copy without a password, and choose that "
                                     "copy."),
                              whereFile(path)),
                    "workbook.password");
}

Error noSheets(const QString& path)
{
    return withCode(makeError(ErrorKind::BadInput,
                              Tr::tr("This workbook has no sheets of cells to read. Check that "
                                     "you chose the right file."),
                              whereFile(path)),
                    "workbook.no_sheets");
}

Error sheetNotFound(const QString& path, const QString& wanted, const QList<SheetInfo>& sheets)
{
    QStringList names;
    for (const SheetInfo& s : sheets)
        names.append(QStringLiteral("“%1”").arg(s.name));
    return withCode(makeError(ErrorKind::BadInput,
                              Tr::tr("This workbook has no sheet called “%1”. Choose one of its "
                                     "sheets: %2.")
                                  .arg(wanted, names.join(QStringLiteral(", "))),
                              whereFile(path)),
                    "workbook.no_such_sheet");
}

Error tooLarge(const QString& where, const QString& what)
{
    return withCode(makeError(ErrorKind::BadInput,
                              Tr::tr("This workbook is too large to read safely: %1. Split the "
                                     "data into smaller workbooks, or save the sheet as CSV, and "
                                     "choose that file.")
                                  .arg(what),
                              where),
                    "workbook.too_large");
}

Result<int> chooseSheet(const QString& path, const QList<SheetInfo>& sheets, const QString& wanted)
{
    if (!wanted.isEmpty()) {
        for (int i = 0; i < sheets.size(); ++i) {
            if (sheets.at(i).name == wanted)
                return i;
        }
        // A name typed on a command line may differ in case only.
        for (int i = 0; i < sheets.size(); ++i) {
            if (sheets.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
                return i;
        }
        return sheetNotFound(path, wanted, sheets);
    }
    for (int i = 0; i < sheets.size(); ++i) {
        if (!sheets.at(i).hidden)
            return i;
    }
    return 0;
}

bool isCompoundFile(const QByteArray& head)
{
    static const char magic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    return head.size() >= 8 && std::memcmp(head.constData(), magic, 8) == 0;
}

bool isEncryptedOfficePackage(const QString& path)
{
    // A compound file's directory is made of 128-byte entries in sectors that start on
    // 512-byte boundaries: an entry named "EncryptedPackage" (UTF-16LE, name length 34
    // bytes with its terminator) is looked for at every 128-byte boundary.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (!isCompoundFile(file.peek(8)))
        return false;
    static const char16_t name[] = u"EncryptedPackage";
    char pattern[32];
    for (int i = 0; i < 16; ++i) {
        pattern[2 * i] = char(name[i] & 0xFF);
        pattern[2 * i + 1] = char(name[i] >> 8);
    }
    constexpr qint64 kChunk = qint64(1) << 20;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        for (qsizetype at = 0; at + 128 <= chunk.size(); at += 128) {
            const char* entry = chunk.constData() + at;
            if (std::memcmp(entry, pattern, sizeof pattern) == 0 && entry[64] == 34 &&
                entry[65] == 0)
                return true;
        }
    }
    return false;
}

void appendNumber(std::string& out, double value)
{
    if (value == 0)
        value = 0; // no "-0"
    // Shortest round trip; between 1e-5 and 1e15 always in plain digits, so that an
    // amount of 1000000 or a reference number stored as a number is not "1e+06".
    char buf[400];
    const double magnitude = std::fabs(value);
    const auto res = magnitude >= 1e-5 && magnitude < 1e15
                         ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                         : std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, size_t(res.ptr - buf));
}

QByteArray numberText(double value)
{
    std::string s;
    appendNumber(s, value);
    return QByteArray(s.data(), qsizetype(s.size()));
}

DateStyle builtinDateStyle(int numFmtId)
{
    if (numFmtId >= 14 && numFmtId <= 17)
        return DateStyle::Date;
    if ((numFmtId >= 18 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47))
        return DateStyle::DateTime;
    return DateStyle::None;
}

DateStyle formatCodeDateStyle(std::string_view code)
{
    bool year = false, day = false, month = false, hour = false, second = false;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == ';')
            break; // the first section decides
        switch (c) {
        case '"': {
            const size_t close = code.find('"', i + 1);
            if (close == std::string_view::npos)
                return DateStyle::None;
            i = close;
            break;
        }
        case '\\':
        case '_':
        case '*':
            ++i; // the next character is literal (or padding)
            break;
        case '[': {
            const size_t close = code.find(']', i + 1);
            if (close == std::string_view::npos)
                return DateStyle::None;
            // [h], [mm], [ss]: elapsed time. Anything else ([Red], [$-809], [>100]) is not.
            const std::string_view inside = code.substr(i + 1, close - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos)
                hour = true;
            i = close;
            break;
        }
        case 'y':
        case 'Y':
            year = true;
            break;
        case 'd':
        case 'D':
            day = true;
            break;
        case 'm':
        case 'M':
            month = true;
            break;
        case 'h':
        case 'H':
            hour = true;
            break;
        case 's':
        case 'S':
            second = true;
            break;
        default:
            break;
        }
    }
    const bool time = hour || second;
    const bool date = year || day || (month && !time);
    if (!time && !date)
        return DateStyle::None;
    return date && !time ? DateStyle::Date : DateStyle::DateTime;
}

std::optional<QByteArray> serialToIso(double serial, bool date1904, DateStyle style)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return std::nullopt;
    auto day = qint64(std::floor(serial));
    qint64 seconds = std::llround((serial - double(day)) * 86400.0);
    if (seconds >= 86400) {
        ++day;
        seconds -= 86400;
    }
    qint64 days = 0;
    if (date1904) {
        days = daysFromCivil(1904, 1, 1) + day;
    } else if (day == 60) {
        return std::nullopt; // 29 February 1900 never existed (Excel's Lotus bug)
    } else if (day < 60) {
        days = daysFromCivil(1899, 12, 31) + day; // serial 1 is 1900-01-01
    } else {
        days = daysFromCivil(1899, 12, 30) + day;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    if (y > 9999)
        return std::nullopt;
    QByteArray out;
    out.reserve(19);
    appendDigits(out, y, 4);
    out.append('-');
    appendDigits(out, m, 2);
    out.append('-');
    appendDigits(out, d, 2);
    if (style == DateStyle::DateTime) {
        out.append('T');
        appendDigits(out, seconds / 3600, 2);
        out.append(':');
        appendDigits(out, seconds / 60 % 60, 2);
        out.append(':');
        appendDigits(out, seconds % 60, 2);
    }
    return out;
}

bool isoDateTime(std::string_view v, QByteArray& out, CellKind& kind)
{
    auto digits = [&](size_t at, size_t n) {
        if (at + n > v.size())
            return false;
        for (size_t i = at; i < at + n; ++i) {
            if (v[i] < '0' || v[i] > '9')
                return false;
        }
        return true;
    };
    if (v.size() < 10 || !digits(0, 4) || v[4] != '-' || !digits(5, 2) || v[7] != '-' ||
        !digits(8, 2))
        return false;
    if (v.size() >= 19 && (v[10] == 'T' || v[10] == ' ') && digits(11, 2) && v[13] == ':' &&
        digits(14, 2) && v[16] == ':' && digits(17, 2)) {
        out = QByteArray(v.data(), 19);
        out[10] = 'T';
        kind = CellKind::DateTime;
        return true;
    }
    out = QByteArray(v.data(), 10);
    kind = CellKind::Date;
    return v.size() == 10;
}

Error outOfMemory(const QString& where)
{
    return tooLarge(where, Tr::tr("there is not enough memory to hold it"));
}

void unescapeOoxml(std::string& text)
{
    if (text.find("_x") == std::string::npos)
        return;
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const int unit = escapeAt(text, i);
        if (unit < 0) {
            out.push_back(text[i++]);
            continue;
        }
        i += 7;
        char32_t cp = char32_t(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = escapeAt(text, i);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                i += 7;
            } else {
                cp = 0xFFFD;
            }
        } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
            cp = 0xFFFD;
        }
        appendUtf8(out, cp);
    }
    text.swap(out);
}

} // namespace sharewise::table::workbook
