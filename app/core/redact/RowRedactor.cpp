#include "redact/RowRedactor.h"

#include "profile/Identifiers.h"
#include "profile/ValueParsing.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>

namespace sharewise::redact {
using namespace Qt::StringLiterals;
using table::CellKind;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Redaction)
};

// Appends to a QByteArray (the value functions' results) or straight into the
// redactor's row buffer (table::ByteBuffer), which allocates nothing per value.
template <class Out>
void appendInt(Out& out, qint64 v, int width = 0)
{
    char buffer[24];
    char* end = buffer + sizeof buffer;
    char* p = end;
    const bool negative = v < 0;
    quint64 u = negative ? quint64(0) - quint64(v) : quint64(v);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u != 0);
    while (end - p < width)
        *--p = '0';
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

// The civil date of a day count since 1970-01-01 (proleptic Gregorian), without QDate.
struct Civil
{
    int year;
    int month;
    int day;
};
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

// A date read from a value: its day count and its civil fields.
struct ReadDate
{
    qint32 days = 0;
    Civil civil{};
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int twoDigits(const char* p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

bool isValidCivil(int y, int m, int d)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= (m == 2 && leap ? 29 : kDays[m - 1]);
}

// The two forms nearly every date column is written in, "yyyy-mm-dd" (or yyyy/mm/dd)
// and "dd/mm/yyyy" (or with - or .), read without the general parser and without
// turning the day count back into a date. Only a value of exactly that shape and a
// valid date with the day first is taken: everything else (a month over 12, spaces, a
// time, other forms) is left to readDate, which reads these the same way.
std::optional<ReadDate> readCommonDate(QByteArrayView v)
{
    if (v.size() != 10)
        return std::nullopt;
    const char* s = v.data();
    int y = 0;
    int m = 0;
    int d = 0;
    if ((s[4] == '-' || s[4] == '/') && s[7] == s[4]) {
        if (!isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) ||
            !isDigit(s[5]) || !isDigit(s[6]) || !isDigit(s[8]) || !isDigit(s[9]))
            return std::nullopt;
        y = twoDigits(s) * 100 + twoDigits(s + 2);
        m = twoDigits(s + 5);
        d = twoDigits(s + 8);
    } else if ((s[2] == '/' || s[2] == '-' || s[2] == '.') && s[5] == s[2]) {
        if (!isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[3]) || !isDigit(s[4]) ||
            !isDigit(s[6]) || !isDigit(s[7]) || !isDigit(s[8]) || !isDigit(s[9]))
            return std::nullopt;
        d = twoDigits(s);
        m = twoDigits(s + 3);
        y = twoDigits(s + 6) * 100 + twoDigits(s + 8);
    } else {
        return std::nullopt;
    }
    if (!isValidCivil(y, m, d))
        return std::nullopt;
    return ReadDate{profile::daysFromCivil(y, m, d), Civil{y, m, d}};
}

QByteArray formatNumber(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', 15);
}

std::optional<profile::ParsedDate> readDate(QByteArrayView value, CellKind kind)
{
    // Every written date form first (the common case, and cheaper than classifying).
    if (auto date = profile::parseDate(value))
        return date;
    const profile::ParsedValue parsed = profile::parseValue(value, kind);
    if (parsed.type == profile::ValueType::Date || parsed.type == profile::ValueType::DateTime)
        return parsed.date;
    // A column the user treats as dates may hold Excel serial numbers (a date column
    // exported without its format). From 10000 (1927-05-18) only, so that a year
    // written alone ("2024") is never read as a day of 1905.
    if ((parsed.type == profile::ValueType::Integer ||
         parsed.type == profile::ValueType::Decimal) &&
        parsed.number.value >= 10000)
        return profile::parseExcelSerial(parsed.number.value);
    return std::nullopt;
}

std::optional<ReadDate> readDateCivil(QByteArrayView value, CellKind kind)
{
    if (auto common = readCommonDate(value))
        return common;
    const auto d = readDate(value, kind);
    if (!d)
        return std::nullopt;
    return ReadDate{d->days, civilFromDays(d->days)};
}

// The postcode's district ("SW1A"), sector ("SW1A 1") or area ("SW"), as
// profile::postcodeDistrict and postcodeSector give them, without their allocations:
// for a valid postcode those are its upper-case letters and digits without spaces
// (profile's compact form) with the inward code's last three (sector: two) left off.
template <class Out>
bool appendPostcode(Out& out, QByteArrayView value, Generalisation to)
{
    if (!profile::isValidPostcode(value))
        return false;
    char c[8];
    int n = 0;
    for (const char ch : profile::trimSpaces(value)) {
        if (ch == ' ')
            continue;
        if (n == 7)
            return false; // never for a valid postcode
        c[n++] = ch >= 'a' && ch <= 'z' ? char(ch - 32) : ch;
    }
    if (n < 5)
        return false; // never for a valid postcode
    const int district = n - 3;
    switch (to) {
    case Generalisation::PostcodeSector:
        out.append(c, district);
        out.append(' ');
        out.append(c[district]);
        return true;
    case Generalisation::PostcodeDistrict:
        out.append(c, district);
        return true;
    case Generalisation::PostcodeArea: {
        int letters = 0;
        while (letters < district && c[letters] >= 'A' && c[letters] <= 'Z')
            ++letters;
        out.append(c, letters);
        return true;
    }
    default:
        return false;
    }
}

template <class Out>
bool appendDate(Out& out, QByteArrayView value, CellKind kind, Generalisation to)
{
    const auto d = readDateCivil(value, kind);
    if (!d)
        return false;
    const Civil& date = d->civil;
    appendInt(out, date.year, 4);
    switch (to) {
    case Generalisation::DateMonth:
        out.append('-');
        appendInt(out, date.month, 2);
        break;
    case Generalisation::DateQuarter:
        out.append("-Q", 2);
        appendInt(out, (date.month + 2) / 3);
        break;
    default:
        break;
    }
    return true;
}

template <class Out>
bool appendAgeBand(Out& out, QByteArrayView dateOfBirth, CellKind kind, qint32 referenceDays,
                   const Civil& on, int width, int topAge)
{
    const auto d = readDateCivil(dateOfBirth, kind);
    if (!d || d->days > referenceDays)
        return false;
    const Civil& born = d->civil;
    int age = on.year - born.year;
    if (on.month < born.month || (on.month == born.month && on.day < born.day))
        --age;
    if (topAge > 0 && age >= topAge) {
        appendInt(out, topAge);
        out.append('+');
        return true;
    }
    if (width <= 1) {
        appendInt(out, age);
        return true;
    }
    const int low = age / width * width;
    int high = low + width - 1;
    if (topAge > 0 && high >= topAge)
        high = topAge - 1;
    appendInt(out, low);
    out.append('-');
    appendInt(out, high);
    return true;
}

std::optional<double> readNumber(QByteArrayView value, CellKind kind)
{
    const auto n = profile::parseNumber(value, kind == CellKind::Number);
    if (!n)
        return std::nullopt;
    return n->value;
}

bool isBlank(QByteArrayView value)
{
    const QByteArrayView t = profile::trimSpaces(value);
    return t.isEmpty() || profile::isPlaceholder(t);
}

// Code points of UTF-8 text: the byte offset where each starts.
qsizetype codePoints(QByteArrayView s)
{
    qsizetype n = 0;
    for (const char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

qsizetype offsetOfCodePoint(QByteArrayView s, qsizetype index)
{
    qsizetype seen = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++seen == index)
            return i;
    }
    return s.size();
}

QByteArray postcodeArea(QByteArrayView district)
{
    qsizetype n = 0;
    while (n < district.size() && district[n] >= 'A' && district[n] <= 'Z')
        ++n;
    return district.first(n).toByteArray();
}

qint64 leadingInteger(QByteArrayView s, bool* ok)
{
    qsizetype i = 0;
    const bool negative = !s.isEmpty() && s[0] == '-';
    if (negative)
        ++i;
    qint64 v = 0;
    const qsizetype start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - start < 15)
        v = v * 10 + (s[i++] - '0');
    *ok = i > start;
    return negative ? -v : v;
}

} // namespace

// --- the value functions --------------------------------------------------------------

namespace Generalise {

std::optional<QByteArray> date(QByteArrayView value, CellKind kind, Generalisation to)
{
    QByteArray out;
    if (!appendDate(out, value, kind, to))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> ageBand(QByteArrayView dateOfBirth, CellKind kind, qint32 referenceDays,
                                  int width, int topAge)
{
    QByteArray out;
    if (!appendAgeBand(out, dateOfBirth, kind, referenceDays, civilFromDays(referenceDays), width,
                       topAge))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> postcode(QByteArrayView value, Generalisation to)
{
    QByteArray out;
    if (!appendPostcode(out, value, to))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> number(QByteArrayView value, CellKind kind, Generalisation to,
                                 double step)
{
    const auto v = readNumber(value, kind);
    if (!v || !(step > 0))
        return std::nullopt;
    if (to == Generalisation::NumberRound)
        return formatNumber(std::round(*v / step) * step);
    const double low = std::floor(*v / step) * step;
    const bool whole = step == std::floor(step) && *v == std::floor(*v);
    QByteArray out;
    if (whole) {
        out = formatNumber(low);
        if (step > 1) {
            out.append('-');
            out.append(formatNumber(low + step - 1));
        }
    } else {
        out = "[" + formatNumber(low) + "," + formatNumber(low + step) + ")";
    }
    return out;
}

QByteArray mask(QByteArrayView value, int keepFirst, int keepLast, QByteArrayView maskChar)
{
    const QByteArrayView t = profile::trimSpaces(value);
    const qsizetype n = codePoints(t);
    QByteArray out;
    out.reserve(t.size() + 8);
    if (n <= qsizetype(keepFirst) + keepLast) {
        for (qsizetype i = 0; i < n; ++i)
            out.append(maskChar);
        return out;
    }
    const qsizetype headEnd = offsetOfCodePoint(t, keepFirst);
    const qsizetype tailStart = offsetOfCodePoint(t, n - keepLast);
    out.append(t.first(headEnd));
    for (qsizetype i = keepFirst; i < n - keepLast; ++i)
        out.append(maskChar);
    out.append(t.sliced(tailStart));
    return out;
}

std::optional<QByteArray> topBottom(QByteArrayView value, CellKind kind,
                                    std::optional<double> bottom, std::optional<double> top)
{
    const auto v = readNumber(value, kind);
    if (!v)
        return std::nullopt;
    if (bottom && *v < *bottom)
        return "<" + formatNumber(*bottom);
    if (top && *v >= *top)
        return formatNumber(*top) + "+";
    return std::nullopt;
}

std::optional<QByteArray> shiftDate(QByteArrayView value, CellKind kind, int days)
{
    const auto d = readDate(value, kind);
    if (!d)
        return std::nullopt;
    const Civil date = civilFromDays(qint64(d->days) + days);
    QByteArray out;
    appendInt(out, date.year, 4);
    out.append('-');
    appendInt(out, date.month, 2);
    out.append('-');
    appendInt(out, date.day, 2);
    if (d->hasTime()) {
        out.append('T');
        appendInt(out, d->seconds / 3600, 2);
        out.append(':');
        appendInt(out, d->seconds / 60 % 60, 2);
        out.append(':');
        appendInt(out, d->seconds % 60, 2);
    }
    return out;
}

QByteArray coarsen(QByteArrayView value, const ColumnRule& from, const ColumnRule& to)
{
    if (value.isEmpty())
        return {};
    switch (to.to) {
    case Generalisation::DateQuarter:
        if (value.size() >= 7 && value[4] == '-') {
            bool ok = false;
            const qint64 month = leadingInteger(value.sliced(5), &ok);
            if (ok && month >= 1 && month <= 12) {
                QByteArray out = value.first(4).toByteArray() + "-Q";
                appendInt(out, (month + 2) / 3);
                return out;
            }
        }
        return value.toByteArray();
    case Generalisation::DateYear:
        return value.first(std::min<qsizetype>(4, value.size())).toByteArray();
    case Generalisation::PostcodeDistrict: {
        const qsizetype space = value.indexOf(' ');
        return space < 0 ? value.toByteArray() : value.first(space).toByteArray();
    }
    case Generalisation::PostcodeArea: {
        const qsizetype space = value.indexOf(' ');
        return postcodeArea(space < 0 ? value : value.first(space));
    }
    case Generalisation::AgeBand: {
        if (value.endsWith('+'))
            return value.toByteArray();
        bool ok = false;
        const qint64 low = leadingInteger(value, &ok);
        if (!ok || to.bandWidth <= 1)
            return value.toByteArray();
        const qint64 newLow = low / to.bandWidth * to.bandWidth;
        qint64 high = newLow + to.bandWidth - 1;
        if (to.topAge > 0 && high >= to.topAge)
            high = to.topAge - 1;
        QByteArray out;
        appendInt(out, newLow);
        out.append('-');
        appendInt(out, high);
        return out;
    }
    case Generalisation::NumberBand:
    case Generalisation::NumberRound: {
        QByteArrayView start = value;
        if (start.startsWith('['))
            start = start.sliced(1);
        const auto n = profile::parseNumber(start.first(std::max<qsizetype>(
            1, start.indexOf(',') > 0
                   ? start.indexOf(',')
                   : (start.indexOf('-', 1) > 0 ? start.indexOf('-', 1) : start.size()))));
        if (!n)
            return value.toByteArray();
        ColumnRule rule = to;
        return Generalise::number(formatNumber(n->value), CellKind::Text, to.to, rule.numberStep)
            .value_or(value.toByteArray());
    }
    default:
        Q_UNUSED(from);
        return value.toByteArray();
    }
}

} // namespace Generalise

// --- rare values ----------------------------------------------------------------------

RareValues::RareValues(QHash<int, int> columns)
    : m_minimum(std::move(columns))
{}

void RareValues::count(const table::RowBlock& rows)
{
    for (auto it = m_minimum.cbegin(); it != m_minimum.cend(); ++it) {
        auto& counts = m_counts[it.key()];
        for (qsizetype r = 0; r < rows.rowCount(); ++r) {
            const QByteArrayView t = profile::trimSpaces(rows.fieldOrEmpty(r, it.key()));
            if (!t.isEmpty())
                ++counts[t.toByteArray()];
        }
    }
}

void RareValues::finish()
{
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const int minimum = m_minimum.value(it.key());
        QSet<QByteArray>& rare = m_rare[it.key()];
        for (auto v = it->cbegin(); v != it->cend(); ++v) {
            if (v.value() < minimum)
                rare.insert(v.key());
        }
    }
    m_counts.clear();
}

bool RareValues::isRare(int column, QByteArrayView trimmed) const
{
    const auto it = m_rare.constFind(column);
    return it != m_rare.cend() && it->contains(trimmed.toByteArray());
}

qint64 RareValues::distinctValues() const
{
    qint64 n = 0;
    for (const auto& c : m_counts)
        n += c.size();
    for (const auto& r : m_rare)
        n += r.size();
    return n;
}

// --- the row redactor -----------------------------------------------------------------

Result<std::shared_ptr<RowRedactor>> RowRedactor::create(const RedactionProfile& profile,
                                                         const QStringList& fileColumns,
                                                         const RedactionKeys* keys)
{
    if (Status s = profile.validate(); !s)
        return s.error();
    if (profile.needsKey() && (!keys || !keys->isValid()))
        return makeError(ErrorKind::Usage,
                         Tr::tr("This profile pseudonymises or shifts dates, which needs the "
                                "agreement's key. Unlock the agreement's key and try again."));
    const ProfileMatch match = matchColumns(profile, fileColumns);
    if (!match.missing.isEmpty())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The profile has a rule for the column \"%1\", but the file has "
                                "no such column. Check this is the right file, or update the "
                                "profile.")
                             .arg(match.missing.first()));
    if (!match.renamed.isEmpty())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The profile has a rule for \"%1\", but the file has \"%2\" "
                                "instead. If it is the same column, rename it in the profile.")
                             .arg(match.renamed.first().first, match.renamed.first().second));
    if (!match.added.isEmpty() && profile.otherColumns == RedactionProfile::OtherColumns::Refuse)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The file has %n column(s) the profile does not mention: %1. "
                                "Add a rule for each, or set the profile to drop other "
                                "columns.",
                                nullptr, int(match.added.size()))
                             .arg(u'"' + match.added.join(u"\", \""_s) + u'"'));

    // The profile's name for each file column.
    QHash<QString, QString> ruleName;
    for (const QString& c : fileColumns)
        ruleName.insert(c, c);
    for (const auto& [was, now] : match.respelled)
        ruleName.insert(now, was);
    QHash<QString, int> sourceOfRule;
    for (int i = 0; i < fileColumns.size(); ++i)
        sourceOfRule.insert(ruleName.value(fileColumns[i]), i);

    auto redactor = std::shared_ptr<RowRedactor>(new RowRedactor);
    redactor->m_keys = keys;
    redactor->m_outputOfSource.fill(-1, fileColumns.size());
    for (int i = 0; i < fileColumns.size(); ++i) {
        const ColumnRule* found = profile.rule(ruleName.value(fileColumns[i]));
        ColumnRule rule;
        if (found) {
            rule = *found;
        } else {
            rule.action = profile.otherColumns == RedactionProfile::OtherColumns::Keep
                              ? Action::Keep
                              : Action::Drop;
        }
        rule.column = fileColumns[i];
        if (!rule.outputs())
            continue;
        Op op;
        op.source = i;
        op.maskChar = rule.maskChar.toUtf8();
        op.marker = rule.marker.toUtf8();
        op.outcome.column = fileColumns[i];
        if (rule.action == Action::Generalise && rule.to == Generalisation::AgeBand) {
            op.referenceDays = profile::daysFromCivil(
                rule.referenceDate.year(), rule.referenceDate.month(), rule.referenceDate.day());
            const Civil on = civilFromDays(op.referenceDays);
            op.referenceYear = on.year;
            op.referenceMonth = on.month;
            op.referenceDay = on.day;
        }
        if (rule.action == Action::ShiftDate) {
            op.personSource = int(sourceOfRule.value(rule.personColumn, -1));
            if (op.personSource < 0)
                return makeError(ErrorKind::BadInput,
                                 Tr::tr("Dates in \"%1\" are shifted by the person in \"%2\", "
                                        "but the file has no column \"%2\".")
                                     .arg(rule.column, rule.personColumn));
        }
        op.rule = rule;
        const int output = int(redactor->m_ops.size());
        if (rule.action == Action::Keep)
            redactor->m_kept.push_back({output, op.source});
        else
            redactor->m_computed.push_back(output);
        redactor->m_outputOfSource[i] = output;
        redactor->m_outputNames.append(fileColumns[i]);
        redactor->m_ops.push_back(std::move(op));
    }
    if (redactor->m_ops.empty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Every column would be left out, so there is nothing to send. "
                                "Keep at least one column."));
    return redactor;
}

QHash<int, int> RowRedactor::rareColumns() const
{
    QHash<int, int> out;
    for (const Op& op : m_ops) {
        if (op.rule.action == Action::SuppressRare)
            out.insert(op.source, op.rule.minCount);
    }
    return out;
}

void RowRedactor::redactRow(const table::RowBlock& in, qsizetype row, table::RowBlock& out)
{
    redactRow(in, row, m_views);
    out.beginRow(in.sourceLine(row));
    for (const QByteArrayView v : m_views)
        out.addField(v);
}

void RowRedactor::redactRow(const table::RowBlock& in, qsizetype row,
                            std::vector<QByteArrayView>& values)
{
    m_rowText.clear();
    values.resize(m_ops.size());
    m_slots.resize(m_ops.size());
    const qsizetype fields = in.fieldCount(row);
    // Most columns are kept: their views are made straight away, without a call.
    for (const Kept& k : m_kept) {
        const QByteArrayView value = k.source < fields ? in.field(row, k.source) : QByteArrayView();
        values[k.output] = value.isEmpty() ? QByteArrayView("", 0) : value;
    }
    for (const int i : m_computed) {
        Op& op = m_ops[size_t(i)];
        const bool present = op.source < fields;
        const QByteArrayView value = present ? in.field(row, op.source) : QByteArrayView();
        const CellKind kind = present ? in.kind(row, op.source) : CellKind::Empty;
        m_current = &m_slots[size_t(i)];
        apply(op, in, row, value, kind);
    }
    // Views into the row's own text are made only now: it may have grown meanwhile.
    for (const int i : m_computed) {
        const Slot& slot = m_slots[size_t(i)];
        values[size_t(i)] = slot.source
                                ? QByteArrayView(slot.source, slot.size)
                                : QByteArrayView(m_rowText.constData() + slot.offset, slot.size);
    }
}

void RowRedactor::put(QByteArrayView text, bool fromSource)
{
    Slot& slot = *m_current;
    slot.size = text.size();
    if (fromSource || text.isEmpty()) {
        slot.source = text.isEmpty() ? "" : text.data();
        return;
    }
    slot.source = nullptr;
    slot.offset = m_rowText.size();
    m_rowText.append(text);
}

void RowRedactor::putAppended(qsizetype start)
{
    Slot& slot = *m_current;
    slot.size = m_rowText.size() - start;
    if (slot.size == 0) {
        slot.source = "";
        return;
    }
    slot.source = nullptr;
    slot.offset = start;
}

void RowRedactor::apply(Op& op, const table::RowBlock& in, qsizetype row, QByteArrayView value,
                        CellKind kind)
{
    const ColumnRule& rule = op.rule;
    auto put = [this](QByteArrayView text) {
        this->put(text, false);
    };
    auto keep = [this](QByteArrayView text) {
        this->put(text, true);
    };
    auto unreadable = [&]() {
        if (!isBlank(value))
            ++op.outcome.unreadable;
        put({});
    };
    switch (rule.action) {
    case Action::Keep:
        keep(value);
        return;
    case Action::Drop:
        return;
    case Action::Mask:
        if (isBlank(value))
            return put({});
        put(Generalise::mask(value, rule.keepFirst, rule.keepLast, op.maskChar));
        return;
    case Action::Generalise: {
        if (rule.to == Generalisation::TextEmpty)
            return put({});
        if (isBlank(value))
            return put({});
        // Dates, age bands and postcodes are written straight into the row's buffer.
        const qsizetype start = m_rowText.size();
        bool ok = true;
        std::optional<QByteArray> g;
        switch (rule.to) {
        case Generalisation::DateMonth:
        case Generalisation::DateQuarter:
        case Generalisation::DateYear:
            ok = appendDate(m_rowText, value, kind, rule.to);
            break;
        case Generalisation::AgeBand:
            ok = appendAgeBand(m_rowText, value, kind, op.referenceDays,
                               Civil{op.referenceYear, op.referenceMonth, op.referenceDay},
                               rule.bandWidth, rule.topAge);
            break;
        case Generalisation::PostcodeSector:
        case Generalisation::PostcodeDistrict:
        case Generalisation::PostcodeArea:
            ok = appendPostcode(m_rowText, value, rule.to);
            break;
        case Generalisation::NumberBand:
        case Generalisation::NumberRound:
            g = Generalise::number(value, kind, rule.to, rule.numberStep);
            ok = g.has_value();
            break;
        case Generalisation::TextEmpty:
            break;
        }
        if (!ok) {
            m_rowText.resize(start);
            return unreadable();
        }
        if (g)
            return put(*g);
        return putAppended(start);
    }
    case Action::Pseudonymise: {
        if (!normaliseForPseudonym(rule.kind, value, m_scratch))
            return put({});
        const qsizetype start = m_rowText.size();
        m_rowText.resize(start + kPseudonymLength);
        m_keys->pseudonymInto(rule.kind, m_scratch, m_rowText.data() + start);
        return putAppended(start);
    }
    case Action::ShiftDate: {
        if (isBlank(value))
            return put({});
        if (!normaliseForPseudonym(rule.kind, in.fieldOrEmpty(row, op.personSource), m_scratch)) {
            ++op.outcome.noPerson;
            return put({});
        }
        const auto shifted =
            Generalise::shiftDate(value, kind, m_keys->dateShiftDays(rule.kind, m_scratch));
        if (!shifted)
            return unreadable();
        return put(*shifted);
    }
    case Action::SuppressRare: {
        const QByteArrayView t = profile::trimSpaces(value);
        if (!t.isEmpty() && m_rare && m_rare->isRare(op.source, t)) {
            ++op.outcome.suppressed;
            return put(op.marker);
        }
        return keep(value);
    }
    case Action::TopBottomCode:
        if (auto coded = Generalise::topBottom(value, kind, rule.bottom, rule.top)) {
            ++op.outcome.coded;
            return put(*coded);
        }
        return keep(value);
    }
}

QList<ColumnOutcome> RowRedactor::outcomes() const
{
    QList<ColumnOutcome> out;
    for (const Op& op : m_ops)
        out.append(op.outcome);
    return out;
}

void RowRedactor::resetOutcomes()
{
    for (Op& op : m_ops) {
        const QString column = op.outcome.column;
        op.outcome = ColumnOutcome{};
        op.outcome.column = column;
    }
}

} // namespace sharewise::redact
