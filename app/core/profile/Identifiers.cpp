#include "profile/Identifiers.h"

#include "profile/ValueParsing.h"

#include <QCoreApplication>

#include <cstring>

namespace sharewise::profile {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierKind)
};

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

inline char upperAscii(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}

// Up to `max` characters of `text` without spaces (and, when asked, hyphens), in upper
// case; -1 when there are more.
int compactUpper(QByteArrayView text, char* out, int max, bool dropHyphens = false)
{
    int n = 0;
    for (const char c : trimSpaces(text)) {
        if (c == ' ' || (dropHyphens && c == '-'))
            continue;
        if (n == max)
            return -1;
        out[n++] = upperAscii(c);
    }
    return n;
}

bool inSet(char c, const char* set)
{
    return c != 0 && std::strchr(set, c) != nullptr;
}

// The UPN alphabet: A-Z without I, O and S; a letter's value is its index.
constexpr char kUpnLetters[] = "ABCDEFGHJKLMNPQRTUVWXYZ";

int upnLetterValue(char c)
{
    const char* p = std::strchr(kUpnLetters, c);
    return c != 0 && p != nullptr ? int(p - kUpnLetters) : -1;
}

bool outwardValid(const char* o, int n)
{
    if (n < 2 || n > 4 || !isUpper(o[0]) || inSet(o[0], "QVX"))
        return false;
    auto secondLetterOk = [](char c) {
        return isUpper(c) && !inSet(c, "IJZ");
    };
    switch (n) {
    case 2: // AN
        return isDigit(o[1]);
    case 3: // ANN, AAN, ANA
        if (isDigit(o[1]))
            return isDigit(o[2]) || inSet(o[2], "ABCDEFGHJKSTUW");
        return secondLetterOk(o[1]) && isDigit(o[2]);
    case 4: // AANN, AANA
        return secondLetterOk(o[1]) && isDigit(o[2]) &&
               (isDigit(o[3]) || inSet(o[3], "ABEHMNPRVWXY"));
    default:
        return false;
    }
}

bool inwardValid(const char* i)
{
    return isDigit(i[0]) && isUpper(i[1]) && isUpper(i[2]) && !inSet(i[1], "CIKMOV") &&
           !inSet(i[2], "CIKMOV");
}

bool pseudoPostcode(const char* c, int n)
{
    return n == 7 && std::memcmp(c, "ZZ99", 4) == 0 && isDigit(c[4]) && isUpper(c[5]) &&
           c[6] == 'Z';
}

// Compact upper-case postcode (no spaces) when valid; length 0 otherwise.
int compactPostcode(QByteArrayView text, char* c)
{
    const int n = compactUpper(text, c, 7);
    if (n < 5)
        return 0;
    if (n == 6 && std::memcmp(c, "GIR0AA", 6) == 0)
        return n;
    if (pseudoPostcode(c, n))
        return n;
    return outwardValid(c, n - 3) && inwardValid(c + n - 3) ? n : 0;
}

bool isEmailLocalChar(char c)
{
    return isDigit(c) || isUpper(upperAscii(c)) || inSet(c, ".!#$%&'*+/=?^_`{|}~-");
}

// National number with its leading 0 ("07700900123"), or empty.
QByteArray ukPhoneDigits(QByteArrayView text)
{
    QByteArrayView s = trimSpaces(text);
    QByteArray digits;
    bool international = false;
    if (s.startsWith("+44")) {
        s = s.sliced(3);
        international = true;
    } else if (s.startsWith("0044")) {
        s = s.sliced(4);
        international = true;
    } else if (s.startsWith("+")) {
        return {};
    }
    if (international) {
        s = trimSpaces(s);
        if (s.startsWith("(0)"))
            s = s.sliced(3);
        else if (s.startsWith("0"))
            s = s.sliced(1); // "+44 020 ...": the 0 written as well
        digits.append('0');
    }
    for (const char c : s) {
        if (isDigit(c)) {
            if (digits.size() == 11)
                return {};
            digits.append(c);
        } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
            return {};
        }
    }
    const auto n = digits.size();
    if (n < 10 || digits.at(0) != '0')
        return {};
    switch (digits.at(1)) {
    case '1':
    case '8':
        return n == 10 || n == 11 ? digits : QByteArray();
    case '2':
    case '3':
    case '5':
    case '7':
    case '9':
        return n == 11 ? digits : QByteArray();
    default:
        return {};
    }
}

} // namespace

QString identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::NhsNumber:
        return QStringLiteral("nhs_number");
    case IdentifierKind::NiNumber:
        return QStringLiteral("ni_number");
    case IdentifierKind::Postcode:
        return QStringLiteral("postcode");
    case IdentifierKind::DateOfBirth:
        return QStringLiteral("date_of_birth");
    case IdentifierKind::PersonName:
        return QStringLiteral("person_name");
    case IdentifierKind::Email:
        return QStringLiteral("email");
    case IdentifierKind::Phone:
        return QStringLiteral("phone");
    case IdentifierKind::Uprn:
        return QStringLiteral("uprn");
    case IdentifierKind::Upn:
        return QStringLiteral("upn");
    case IdentifierKind::Address:
        return QStringLiteral("address");
    case IdentifierKind::FreeText:
        return QStringLiteral("free_text");
    case IdentifierKind::SpecialCategory:
        return QStringLiteral("special_category");
    case IdentifierKind::CriminalOffence:
        return QStringLiteral("criminal_offence");
    }
    return {};
}

std::optional<IdentifierKind> identifierKindFromName(QStringView name)
{
    for (int k = 0; k <= int(IdentifierKind::CriminalOffence); ++k) {
        if (name == identifierKindName(IdentifierKind(k)))
            return IdentifierKind(k);
    }
    return std::nullopt;
}

QString identifierKindLabel(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::NhsNumber:
        return Tr::tr("NHS number");
    case IdentifierKind::NiNumber:
        return Tr::tr("National Insurance number");
    case IdentifierKind::Postcode:
        return Tr::tr("Postcode");
    case IdentifierKind::DateOfBirth:
        return Tr::tr("Date of birth");
    case IdentifierKind::PersonName:
        return Tr::tr("Person's name");
    case IdentifierKind::Email:
        return Tr::tr("Email address");
    case IdentifierKind::Phone:
        return Tr::tr("Phone number");
    case IdentifierKind::Uprn:
        return Tr::tr("Property reference (UPRN)");
    case IdentifierKind::Upn:
        return Tr::tr("Unique Pupil Number");
    case IdentifierKind::Address:
        return Tr::tr("Address");
    case IdentifierKind::FreeText:
        return Tr::tr("Free text");
    case IdentifierKind::SpecialCategory:
        return Tr::tr("Special category data");
    case IdentifierKind::CriminalOffence:
        return Tr::tr("Criminal offence data");
    }
    return {};
}

QString specialCategoryName(SpecialCategory category)
{
    switch (category) {
    case SpecialCategory::None:
        return {};
    case SpecialCategory::EthnicOrigin:
        return QStringLiteral("ethnic_origin");
    case SpecialCategory::PoliticalOpinions:
        return QStringLiteral("political_opinions");
    case SpecialCategory::Religion:
        return QStringLiteral("religion");
    case SpecialCategory::TradeUnion:
        return QStringLiteral("trade_union");
    case SpecialCategory::Genetic:
        return QStringLiteral("genetic");
    case SpecialCategory::Biometric:
        return QStringLiteral("biometric");
    case SpecialCategory::Health:
        return QStringLiteral("health");
    case SpecialCategory::SexualOrientation:
        return QStringLiteral("sex_life_or_orientation");
    }
    return {};
}

std::optional<SpecialCategory> specialCategoryFromName(QStringView name)
{
    for (int c = 1; c <= int(SpecialCategory::SexualOrientation); ++c) {
        if (name == specialCategoryName(SpecialCategory(c)))
            return SpecialCategory(c);
    }
    return std::nullopt;
}

QString specialCategoryLabel(SpecialCategory category)
{
    switch (category) {
    case SpecialCategory::None:
        return {};
    case SpecialCategory::EthnicOrigin:
        return Tr::tr("racial or ethnic origin");
    case SpecialCategory::PoliticalOpinions:
        return Tr::tr("political opinions");
    case SpecialCategory::Religion:
        return Tr::tr("religious or philosophical beliefs");
    case SpecialCategory::TradeUnion:
        return Tr::tr("trade union membership");
    case SpecialCategory::Genetic:
        return Tr::tr("genetic data");
    case SpecialCategory::Biometric:
        return Tr::tr("biometric data");
    case SpecialCategory::Health:
        return Tr::tr("health (including disability)");
    case SpecialCategory::SexualOrientation:
        return Tr::tr("sex life or sexual orientation");
    }
    return {};
}

// --- NHS number ----------------------------------------------------------------------

int nhsCheckDigit(QByteArrayView nine)
{
    if (nine.size() != 9)
        return -1;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        if (!isDigit(nine[i]))
            return -1;
        sum += (nine[i] - '0') * (10 - i);
    }
    const int check = 11 - sum % 11;
    if (check == 11)
        return 0;
    return check == 10 ? -1 : check;
}

std::optional<QByteArray> normaliseNhsNumber(QByteArrayView text)
{
    char c[10];
    if (compactUpper(text, c, 10, true) != 10)
        return std::nullopt;
    for (const char d : c) {
        if (!isDigit(d))
            return std::nullopt;
    }
    if (nhsCheckDigit(QByteArrayView(c, 9)) != c[9] - '0')
        return std::nullopt;
    return QByteArray(c, 10);
}

bool isValidNhsNumber(QByteArrayView text)
{
    return normaliseNhsNumber(text).has_value();
}

bool isTestNhsNumber(QByteArrayView text)
{
    const auto n = normaliseNhsNumber(text);
    return n && n->startsWith("999");
}

// --- National Insurance number -------------------------------------------------------

namespace {

// Upper case, no spaces, 9 characters of the NI shape (letters, digits, suffix A-D).
bool niShape(QByteArrayView text, char* c)
{
    if (compactUpper(text, c, 9) != 9)
        return false;
    if (!isUpper(c[0]) || !isUpper(c[1]) || !inSet(c[8], "ABCD"))
        return false;
    for (int i = 2; i < 8; ++i) {
        if (!isDigit(c[i]))
            return false;
    }
    return true;
}

} // namespace

bool isValidNiNumber(QByteArrayView text)
{
    char c[9];
    if (!niShape(text, c))
        return false;
    if (inSet(c[0], "DFIQUV") || inSet(c[1], "DFIOQUV"))
        return false;
    static const char* const kNeverIssued[] = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};
    for (const char* prefix : kNeverIssued) {
        if (c[0] == prefix[0] && c[1] == prefix[1])
            return false;
    }
    return true;
}

bool isNiNumberPlaceholder(QByteArrayView text)
{
    char c[9];
    return niShape(text, c) && c[0] == 'Q' && c[1] == 'Q';
}

std::optional<QByteArray> normaliseNiNumber(QByteArrayView text)
{
    if (!isValidNiNumber(text) && !isNiNumberPlaceholder(text))
        return std::nullopt;
    char c[9];
    compactUpper(text, c, 9);
    return QByteArray(c, 9);
}

// --- postcodes -----------------------------------------------------------------------

bool isValidPostcode(QByteArrayView text)
{
    char c[7];
    return compactPostcode(text, c) != 0;
}

bool isNhsPseudoPostcode(QByteArrayView text)
{
    char c[7];
    const int n = compactUpper(text, c, 7);
    return pseudoPostcode(c, n);
}

std::optional<QByteArray> normalisePostcode(QByteArrayView text)
{
    char c[7];
    const int n = compactPostcode(text, c);
    if (n == 0)
        return std::nullopt;
    QByteArray result(c, n - 3);
    result.append(' ');
    result.append(c + n - 3, 3);
    return result;
}

bool isValidPostcodeDistrict(QByteArrayView text)
{
    char c[4];
    const int n = compactUpper(text, c, 4);
    return n >= 2 && outwardValid(c, n);
}

QByteArray postcodeDistrict(QByteArrayView text)
{
    const auto p = normalisePostcode(text);
    return p ? p->left(p->indexOf(' ')) : QByteArray();
}

QByteArray postcodeSector(QByteArrayView text)
{
    const auto p = normalisePostcode(text);
    return p ? p->left(p->indexOf(' ') + 2) : QByteArray();
}

// --- Unique Pupil Number -------------------------------------------------------------

char upnCheckLetter(QByteArrayView twelve)
{
    if (twelve.size() != 12)
        return 0;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const char c = upperAscii(twelve[i]);
        int value = 0;
        if (isDigit(c))
            value = c - '0';
        else if (i == 11 && upnLetterValue(c) >= 0)
            value = upnLetterValue(c); // temporary UPN
        else
            return 0;
        sum += value * (i + 2);
    }
    return kUpnLetters[sum % 23];
}

std::optional<QByteArray> normaliseUpn(QByteArrayView text)
{
    char c[13];
    if (compactUpper(text, c, 13) != 13)
        return std::nullopt;
    const char check = upnCheckLetter(QByteArrayView(c + 1, 12));
    if (check == 0 || check != c[0])
        return std::nullopt;
    return QByteArray(c, 13);
}

bool isValidUpn(QByteArrayView text)
{
    return normaliseUpn(text).has_value();
}

// --- email, phone, UPRN --------------------------------------------------------------

bool isValidEmail(QByteArrayView text)
{
    const QByteArrayView s = trimSpaces(text);
    if (s.size() < 6 || s.size() > 254)
        return false;
    const qsizetype at = s.indexOf('@');
    if (at < 1 || at > 64 || s.lastIndexOf('@') != at)
        return false;
    const QByteArrayView local = s.first(at);
    const QByteArrayView domain = s.sliced(at + 1);
    if (local.front() == '.' || local.back() == '.' || local.contains(".."))
        return false;
    for (const char c : local) {
        if (!isEmailLocalChar(c))
            return false;
    }
    // Domain: labels of letters, digits and inner hyphens; at least two; a letter TLD.
    qsizetype labelStart = 0;
    int labels = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i == domain.size() || domain[i] == '.') {
            const qsizetype len = i - labelStart;
            if (len < 1 || len > 63 || domain[labelStart] == '-' || domain[i - 1] == '-')
                return false;
            ++labels;
            labelStart = i + 1;
            continue;
        }
        const char c = domain[i];
        if (!isDigit(c) && !isUpper(upperAscii(c)) && c != '-')
            return false;
    }
    const QByteArrayView tld = domain.sliced(domain.lastIndexOf('.') + 1);
    if (labels < 2 || tld.size() < 2)
        return false;
    for (const char c : tld) {
        if (!isUpper(upperAscii(c)))
            return false;
    }
    return true;
}

bool isValidUkPhone(QByteArrayView text)
{
    return !ukPhoneDigits(text).isEmpty();
}

std::optional<QByteArray> normaliseUkPhone(QByteArrayView text)
{
    QByteArray d = ukPhoneDigits(text);
    if (d.isEmpty())
        return std::nullopt;
    return d;
}

bool isPlausibleUprn(QByteArrayView text)
{
    const QByteArrayView s = trimSpaces(text);
    if (s.isEmpty() || s.size() > 12 || s[0] == '0')
        return false;
    for (const char c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

} // namespace sharewise::profile
