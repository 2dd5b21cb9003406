// The case-file generator behind tests/tools/gen_casefile_main.cpp; see there and
// gen_casefile.h for what it writes.
#include "tools/gen_casefile.h"

#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QString>

#include <array>
#include <cstring>
#include <functional>
#include <vector>

namespace sharewise::casegen {

namespace {

// --- randomness: xoshiro256** seeded through splitmix64, the same on every platform ---
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64& word : m_s) {
            seed += 0x9E3779B97F4A7C15ull;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // 0 <= value < n (the modulo bias is far below anything a test could see)
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); } // inclusive
    // true with probability perMille / 1000
    bool chance(int perMille) { return below(1000) < perMille; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s{};
};

// --- calendar (days since 1970-01-01, proleptic Gregorian) ---------------------------
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Ymd
{
    int y;
    int m;
    int d;
};

Ymd civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400) + (m <= 2), m, d};
}

constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void appendDigits(QByteArray& out, qint64 value, int width = 0)
{
    char buffer[24];
    int n = 0;
    quint64 v = value < 0 ? quint64(-value) : quint64(value);
    do {
        buffer[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (value < 0)
        out.append('-');
    for (int i = n; i < width; ++i)
        out.append('0');
    while (n > 0)
        out.append(buffer[--n]);
}

void appendDdMmYyyy(QByteArray& out, qint64 days, char separator = '/')
{
    const Ymd c = civilFromDays(days);
    appendDigits(out, c.d, 2);
    out.append(separator);
    appendDigits(out, c.m, 2);
    out.append(separator);
    appendDigits(out, c.y, 4);
}

void appendIso(QByteArray& out, qint64 days)
{
    const Ymd c = civilFromDays(days);
    appendDigits(out, c.y, 4);
    out.append('-');
    appendDigits(out, c.m, 2);
    out.append('-');
    appendDigits(out, c.d, 2);
}

void appendDdMonYyyy(QByteArray& out, qint64 days)
{
    const Ymd c = civilFromDays(days);
    appendDigits(out, c.d, 2);
    out.append('-');
    out.append(kMonths[size_t(c.m - 1)]);
    out.append('-');
    appendDigits(out, c.y, 4);
}

// Pounds and pence, with or without thousands separators: 123456 -> "1,234.56".
void appendMoney(QByteArray& out, qint64 pence, bool separators)
{
    const qint64 pounds = pence / 100;
    QByteArray digits;
    appendDigits(digits, pounds);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (separators && i > 0 && (digits.size() - i) % 3 == 0)
            out.append(',');
        out.append(digits[i]);
    }
    out.append('.');
    appendDigits(out, pence % 100, 2);
}

// --- text ----------------------------------------------------------------------------
struct CodePoint
{
    char32_t value;
    int length; // bytes taken; 1 for an invalid byte (value then 0xFFFD)
};

CodePoint decodeUtf8(const unsigned char* p, qsizetype left)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return {c, 1};
    const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (length == 1 || length > left)
        return {0xFFFD, 1};
    char32_t value = c & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return {0xFFFD, 1};
        value = (value << 6) | (p[i] & 0x3F);
    }
    return {value, length};
}

// Windows-1252 bytes 0x80..0x9F; 0 where the code page has no character.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char toCp1252Byte(char32_t cp)
{
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
        return char(cp);
    for (size_t i = 0; i < kCp1252High.size(); ++i) {
        if (kCp1252High[i] != 0 && kCp1252High[i] == cp)
            return char(0x80 + i);
    }
    return '?';
}

// ASCII stand-ins for the characters the tables use.
const char* asciiFor(char32_t cp)
{
    switch (cp) {
    case U'à':
    case U'á':
    case U'â':
    case U'ä':
    case U'ã':
    case U'å':
        return "a";
    case U'é':
    case U'è':
    case U'ê':
    case U'ë':
        return "e";
    case U'É':
        return "E";
    case U'í':
    case U'ì':
    case U'î':
    case U'ï':
        return "i";
    case U'ó':
    case U'ò':
    case U'ô':
    case U'ö':
        return "o";
    case U'Ö':
        return "O";
    case U'ú':
    case U'ù':
    case U'û':
    case U'ü':
        return "u";
    case U'ŵ':
        return "w";
    case U'ŷ':
        return "y";
    case U'ç':
        return "c";
    case U'ł':
        return "l";
    case U'Ł':
        return "L";
    case U'ś':
        return "s";
    case U'š':
        return "s";
    case U'Š':
        return "S";
    case U'ń':
        return "n";
    case U'ř':
        return "r";
    case U'œ':
        return "oe";
    case U'‘':
    case U'’':
        return "'";
    case U'“':
    case U'”':
        return "\"";
    case U'–':
    case U'—':
        return "-";
    case U'£':
        return "GBP";
    case U'€':
        return "EUR";
    default:
        return "?";
    }
}

QByteArray toAscii(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    for (qsizetype i = 0; i < utf8.size();) {
        const CodePoint c = decodeUtf8(p + i, utf8.size() - i);
        if (c.value < 0x80)
            out.append(char(c.value));
        else
            out.append(asciiFor(c.value));
        i += c.length;
    }
    return out;
}

// --- the data ------------------------------------------------------------------------
// Weighted lists repeat their common entries.
constexpr const char* kForenames[] = {
    "Olivia", "Amelia",   "Isla",    "Ava",    "Mia",       "Noah",     "Oliver",    "George",
    "Arthur", "Muhammad", "Leo",     "Harry",  "Siân",      "Llŷr",     "Dafydd",    "Rhiannon",
    "Aoife",  "Zoë",      "Chloé",   "Jan",    "Agnieszka", "Mohammed", "Fatima",    "Priya",
    "Kwame",  "Chidi",    "Élodie",  "Seren",  "Ffion",     "Owain",    "Gwenllïan", "Ceri",
    "Jack",   "Sophie",   "Emily",   "Thomas", "Aled",      "Bethan",   "Zbigniew",  "Tomáš",
    "Łukasz", "Renée",    "Jessica", "Daniel", "Ryan",      "Chloe",    "Megan",     "Lewis",
    "Grace",  "Ifan"};
constexpr const char* kSurnames[] = {
    "Smith",   "Jones",        "Jones",  "Williams", "Williams",   "Taylor",    "Davies",
    "Davies",  "Evans",        "Brown",  "Wilson",   "Thomas",     "Roberts",   "O'Brien",
    "O’Neill", "Hughes",       "Lewis",  "Khan",     "Patel",      "Nowak",     "Kowalski",
    "ap Rhys", "Morgan-Price", "Ahmed",  "Okafor",   "Mensah",     "Griffiths", "Edwards",
    "Murphy",  "D'Souza",      "Öztürk", "Walsh",    "Šimková",    "Pryce",     "Llewellyn",
    "Begum",   "Hussain",      "Singh",  "Nguyen",   "Wiśniewski", "Clarke",    "Price"};
constexpr const char* kStreets[] = {
    "High Street",  "Station Road",    "Church Lane",    "Victoria Road",  "Heol y Frenhines",
    "Mill Lane",    "Park Avenue",     "Stryd Fawr",     "Queen's Road",   "Bridge Street",
    "The Crescent", "Ffordd yr Orsaf", "Ffordd Glyndŵr", "Maes-y-Coed",    "St Mary’s Close",
    "Cae Bryn",     "London Road",     "Heol Eglwys",    "Albert Terrace", "Chapel Row"};
constexpr const char* kLocalities[] = {"Sketty",     "Uplands",    "Treforys",    "Pen-y-lan",
                                       "Headingley", "Bishopston", "Y Felinheli", "Roath",
                                       "Gorseinon",  "Llandaf",    "Armley",      "Easton"};
constexpr const char* kTowns[] = {"Swansea",    "Cardiff",        "Leeds",        "Bristol",
                                  "Wrexham",    "Newport",        "Bradford",     "Aberystwyth",
                                  "Manchester", "Sheffield",      "Bangor",       "Carmarthen",
                                  "Caernarfon", "Merthyr Tudful", "Ystradgynlais"};
constexpr const char* kLaCodes[] = {"W06000011", "W06000015", "E08000035", "E06000023",
                                    "W06000006", "W06000022", "E08000032", "W06000008",
                                    "E08000003", "E08000019", "W06000001", "W06000010"};
constexpr int kUpnLaCodes[] = {670, 671, 672, 673, 383, 801, 352, 681, 663, 660};
constexpr const char* kSex[] = {"Female", "Male",   "Female", "Male",     "Female",
                                "Male",   "Female", "Male",   "Not known"};
constexpr const char* kEthnicity[] = {"White British",
                                      "White British",
                                      "White British",
                                      "White British",
                                      "White British",
                                      "White Irish",
                                      "Gypsy or Irish Traveller",
                                      "Roma",
                                      "Any other White background",
                                      "Any other White background",
                                      "White and Black Caribbean",
                                      "White and Asian",
                                      "Indian",
                                      "Pakistani",
                                      "Bangladeshi",
                                      "Chinese",
                                      "Black, Black British, Caribbean or African: African",
                                      "Caribbean",
                                      "Arab",
                                      "Prefer not to say",
                                      "Not known"};
constexpr const char* kDisability[] = {"No",
                                       "No",
                                       "No",
                                       "No",
                                       "Yes",
                                       "Yes - mobility",
                                       "Yes - mental health",
                                       "Yes - learning disability",
                                       "Prefer not to say",
                                       ""};
constexpr const char* kReligion[] = {
    "No religion", "No religion", "Christian", "Christian", "Christian",         "Muslim", "Hindu",
    "Sikh",        "Jewish",      "Buddhist",  "Other",     "Prefer not to say", ""};
constexpr const char* kDuty[] = {"Prevention", "Relief", "Main duty", "Prevention"};
constexpr const char* kReason[] = {
    "End of private rented tenancy",      "Family or friends no longer willing to accommodate",
    "Non-violent relationship breakdown", "Domestic abuse",
    "End of social rented tenancy",       "Left institution",
    "Eviction from supported housing",    "Other"};
constexpr const char* kAccommodation[] = {
    "Private rented sector", "Living with family", "Living with friends",     "Social rented",
    "No fixed abode",        "Rough sleeping",     "Temporary accommodation", "Other"};
constexpr const char* kEmployment[] = {
    "Full-time work", "Part-time work", "Registered unemployed",      "Not seeking work",
    "Student",        "Retired",        "Long-term sick or disabled", "Not known"};
constexpr const char* kHousehold[] = {"Single adult male",
                                      "Single adult female",
                                      "Single parent with children",
                                      "Couple with children",
                                      "Couple without children",
                                      "Three or more adults",
                                      "Other"};
constexpr const char* kOutcome[] = {"Secured accommodation for 6+ months",
                                    "Secured accommodation for less than 6 months",
                                    "Contact lost",
                                    "Withdrew application",
                                    "Refused suitable offer",
                                    "Ongoing",
                                    "Ongoing"};
constexpr const char* kCaseWorkers[] = {"Sarah Hughes",    "Gareth Price",   "Anil Kapoor",
                                        "Megan Ll. Jones", "Rhodri ap Gwyn", "Joanne O’Connor",
                                        "Tom Baker",       "Nia Wyn Roberts"};
// Notes: {N} a person's name, {P} a phone number, {H} an NHS number, {A} an amount,
// {S} a street, {T} a town, {D} a date. Line breaks are '\n' here and become the line
// end chosen for breaks inside quoted fields.
constexpr const char* kNotes[] = {
    "Client prefers contact by phone",
    "Referred by probation, \"high priority\"",
    "Needs ground floor; uses wheelchair",
    "Interpreter needed (Polish)",
    "Fled address, do not disclose location.\nSee safeguarding file",
    "Siarad Cymraeg – prefers Welsh",
    "Rent arrears £{A}; landlord served s21",
    "Two children, ages 4 and 7",
    "Spoke to {N} (sister) on {P}; will call back",
    "GP confirmed NHS no. {H}",
    "Letter sent {D} – “no response” from landlord",
    "Mum’s partner has convictions; MARAC referral made.\nDo not share address",
    "Moved from {S}, {T}. Tel {P}",
    "Café job lost in January; UC claim made",
    "Resident of St Mary’s hostel; key worker {N}",
    "Mental health: low mood, anxiety. On waiting list",
    "Called 3 times, no answer.\n\"Will try again\" – {N}\nClosed if no contact by {D}",
    "Pregnant (due {D}); midwife aware",
    "Previous address {S}, {T}; arrears £{A}",
    "Care leaver, PA is {N}",
};

constexpr const char* kTitles[] = {
    "Homelessness case-level return",
    "Anytown Borough Council – Housing Options Service",
    "Extracted 01/04/2026 09:15 by the Data Team",
    "OFFICIAL-SENSITIVE: contains personal data. Do not forward.",
    "Figures are provisional and may change",
};

constexpr std::array<const char*, kColumns> kHeader = {"Case Ref",
                                                       "Forename",
                                                       "Surname",
                                                       "Date of Birth",
                                                       "Sex",
                                                       "NHS Number",
                                                       "NI Number",
                                                       "UPN",
                                                       "UPRN",
                                                       "Address Line 1",
                                                       "Address Line 2",
                                                       "Town",
                                                       "Postcode",
                                                       "Phone",
                                                       "Email",
                                                       "Ethnicity",
                                                       "Disability",
                                                       "Religion",
                                                       "LA Code",
                                                       "Referral Date",
                                                       "Assessment Date",
                                                       "Duty Type",
                                                       "Reason for Loss of Home",
                                                       "Accommodation at Application",
                                                       "Employment Status",
                                                       "Household Type",
                                                       "Children in Household",
                                                       "Care Leaver",
                                                       "Offending History",
                                                       "Weekly Income (£)",
                                                       "Rent Account Balance",
                                                       "Outcome",
                                                       "Case Worker",
                                                       "Notes"};
enum Column
{
    kForenameColumn = 1,
    kAddress2Column = 10,
    kReferralColumn = 19,
    kAssessmentColumn = 20,
    kChildrenColumn = 26,
    kIncomeColumn = 29,
    kBalanceColumn = 30,
};
constexpr int kTrailingEmpty = 3;

// Postcode letters by position (../docs: first not Q V X; second not I J Z; inward never
// C I K M O V), and the areas drawn from.
constexpr char kInward[] = "ABDEFGHJLNPQRSTUWXYZ";
constexpr const char* kAreas1[] = {"B", "E", "G", "L", "M", "N", "S", "W"};
constexpr const char* kAreas2[] = {"SA", "CF", "LS", "BS", "LL", "NP", "BD", "SY",
                                   "CH", "LD", "HR", "NE", "OX", "SA", "CF", "LS"};
constexpr const char* kLondon1[] = {"W1A", "E1W", "N1C", "W1D", "W1F"};              // A9A
constexpr const char* kLondon2[] = {"SW1A", "EC1A", "WC2B", "EC2M", "WC1E", "SE1P"}; // AA9A
constexpr char kNinoFirst[] = "ABCEGHJKLMNOPRSTWXYZ";     // not D F I Q U V
constexpr char kNinoSecond[] = "ABCEGHJKLMNPRSTWXYZ";     // not D F I O Q U V
constexpr char kUpnLetters[] = "ABCDEFGHJKLMNPQRTUVWXYZ"; // A–Z without I O S

template <size_t N>
constexpr qint64 countOf(const char* const (&)[N])
{
    return qint64(N);
}

// A table of strings in the output's 8-bit form (UTF-8, ASCII or Windows-1252).
class Table
{
public:
    Table() = default;
    template <size_t N>
    Table(const char* const (&items)[N], const std::function<QByteArray(const char*)>& prepare)
    {
        m_items.reserve(N);
        for (const char* item : items)
            m_items.push_back(prepare(item));
    }
    const QByteArray& pick(Rng& rng) const
    {
        return m_items[size_t(rng.below(qint64(m_items.size())))];
    }
    const QByteArray& at(size_t i) const { return m_items[i]; }
    size_t size() const { return m_items.size(); }

private:
    std::vector<QByteArray> m_items;
};

QByteArray emailPart(const QByteArray& asciiName)
{
    QByteArray out;
    for (char c : asciiName) {
        if (c >= 'A' && c <= 'Z')
            out.append(char(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out.append(c);
    }
    return out;
}

// --- identifiers ---------------------------------------------------------------------
void appendNhsNumber(QByteArray& out, Rng& rng)
{
    int d[10];
    for (;;) {
        const int kind = int(rng.below(10));
        if (kind == 0) { // test range
            d[0] = d[1] = d[2] = 9;
        } else {
            d[0] = kind <= 6 ? 4 : kind <= 8 ? 6 : 7;
            d[1] = int(rng.below(10));
            d[2] = int(rng.below(10));
        }
        for (int i = 3; i < 9; ++i)
            d[i] = int(rng.below(10));
        int sum = 0;
        for (int i = 0; i < 9; ++i)
            sum += d[i] * (10 - i);
        int check = 11 - sum % 11;
        if (check == 11)
            check = 0;
        if (check == 10)
            continue;
        d[9] = check;
        break;
    }
    // About 1 in 400 mistyped: one digit changed, which modulus 11 always catches.
    if (rng.chance(3) && rng.chance(833)) {
        const int i = int(rng.between(3, 8));
        d[i] = (d[i] + 1 + int(rng.below(9))) % 10;
    }
    const bool spaced = rng.chance(350);
    for (int i = 0; i < 10; ++i) {
        if (spaced && (i == 3 || i == 6))
            out.append(' ');
        out.append(char('0' + d[i]));
    }
}

void appendNiNumber(QByteArray& out, Rng& rng)
{
    char a = 0;
    char b = 0;
    for (;;) {
        a = kNinoFirst[rng.below(qint64(sizeof kNinoFirst) - 1)];
        b = kNinoSecond[rng.below(qint64(sizeof kNinoSecond) - 1)];
        const char pair[3] = {a, b, 0};
        static constexpr const char* kBanned[] = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};
        bool banned = false;
        for (const char* p : kBanned)
            banned = banned || std::strcmp(pair, p) == 0;
        if (!banned)
            break;
    }
    char digits[6];
    for (char& c : digits)
        c = char('0' + rng.below(10));
    const char suffix = char('A' + rng.below(4));
    const bool spaced = rng.chance(300);
    out.append(a).append(b);
    for (int i = 0; i < 6; ++i) {
        if (spaced && i % 2 == 0)
            out.append(' ');
        out.append(digits[i]);
    }
    if (spaced)
        out.append(' ');
    out.append(suffix);
}

void appendUpn(QByteArray& out, Rng& rng, int birthYear)
{
    char c[13];
    const int la = kUpnLaCodes[rng.below(qint64(std::size(kUpnLaCodes)))];
    const int establishment = int(rng.between(1000, 7999));
    const int year = (birthYear + 4 + int(rng.below(2))) % 100;
    const int serial = int(rng.below(1000));
    const QByteArray digits = QByteArray::number(la).rightJustified(3, '0') +
                              QByteArray::number(establishment).rightJustified(4, '0') +
                              QByteArray::number(year).rightJustified(2, '0') +
                              QByteArray::number(serial).rightJustified(3, '0');
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        c[i + 1] = digits[i];
        sum += (digits[i] - '0') * (i + 2);
    }
    c[0] = kUpnLetters[sum % 23];
    out.append(c, 13);
}

void appendPostcode(QByteArray& out, Rng& rng)
{
    if (rng.chance(8)) { // NHS pseudo-postcode: no fixed abode
        out.append("ZZ99 3VZ");
        return;
    }
    QByteArray pc;
    const int form = int(rng.below(100));
    if (form < 45) { // AA9
        pc.append(kAreas2[rng.below(countOf(kAreas2))]);
        appendDigits(pc, rng.between(1, 9));
    } else if (form < 65) { // AA99
        pc.append(kAreas2[rng.below(countOf(kAreas2))]);
        appendDigits(pc, rng.between(10, 29));
    } else if (form < 80) { // A9
        pc.append(kAreas1[rng.below(countOf(kAreas1))]);
        appendDigits(pc, rng.between(1, 9));
    } else if (form < 88) { // A99
        pc.append(kAreas1[rng.below(countOf(kAreas1))]);
        appendDigits(pc, rng.between(10, 29));
    } else if (form < 94) { // A9A
        pc.append(kLondon1[rng.below(countOf(kLondon1))]);
    } else { // AA9A
        pc.append(kLondon2[rng.below(countOf(kLondon2))]);
    }
    const int style = int(rng.below(100));
    if (style >= 4)
        pc.append(' ');
    appendDigits(pc, rng.below(10));
    pc.append(kInward[rng.below(qint64(sizeof kInward) - 1)]);
    pc.append(kInward[rng.below(qint64(sizeof kInward) - 1)]);
    if (style >= 97)
        pc = pc.toLower();
    out.append(pc);
}

void appendPhone(QByteArray& out, Rng& rng)
{
    const int kind = int(rng.below(100));
    if (kind < 60) { // mobile
        const qint64 rest = rng.below(1000000000);
        QByteArray digits = "07";
        appendDigits(digits, rest, 9);
        const int style = int(rng.below(10));
        if (style < 5) {
            out.append(digits);
        } else if (style < 9) {
            out.append(digits.left(5)).append(' ').append(digits.mid(5));
        } else {
            out.append("+44 ").append(digits.mid(1, 4)).append(' ').append(digits.mid(5));
        }
    } else if (kind < 72) {
        out.append("01792 ");
        appendDigits(out, rng.below(1000000), 6);
    } else if (kind < 80) {
        out.append("029 20");
        appendDigits(out, rng.below(100), 2);
        out.append(' ');
        appendDigits(out, rng.below(10000), 4);
    } else if (kind < 86) {
        out.append("(0113) 496 ");
        appendDigits(out, rng.below(10000), 4);
    }
    // else: no phone number
}

// --- output --------------------------------------------------------------------------
class Sink
{
public:
    Sink(QIODevice& device, Encoding encoding)
        : m_device(device)
        , m_encoding(encoding)
    {
        m_buffer.reserve(kFlushAt + 4096);
    }

    // Appends one row already in the 8-bit form (UTF-8, ASCII or Windows-1252).
    void put(QByteArrayView bytes)
    {
        if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
            const QString text = QString::fromUtf8(bytes);
            const bool big = m_encoding == Encoding::Utf16BE;
            for (QChar ch : text) {
                const char16_t u = ch.unicode();
                const char hi = char(u >> 8);
                const char lo = char(u & 0xFF);
                if (big)
                    m_buffer.append(hi).append(lo);
                else
                    m_buffer.append(lo).append(hi);
            }
            m_written += qint64(text.size()) * 2;
        } else {
            m_buffer.append(bytes.data(), bytes.size());
            m_written += bytes.size();
        }
        if (m_buffer.size() >= kFlushAt)
            flush();
    }
    void putRaw(QByteArrayView bytes)
    {
        m_buffer.append(bytes.data(), bytes.size());
        m_written += bytes.size();
    }
    bool flush()
    {
        if (m_failed)
            return false;
        if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.resize(0);
        return !m_failed;
    }
    [[nodiscard]] qint64 written() const { return m_written; }
    [[nodiscard]] bool failed() const { return m_failed; }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;
    QIODevice& m_device;
    Encoding m_encoding;
    QByteArray m_buffer;
    qint64 m_written = 0;
    bool m_failed = false;
};

// Builds one row: fields joined by the delimiter, quoted when they must be.
class RowBuilder
{
public:
    RowBuilder(char delimiter, LineEnd lineEnd)
        : m_delimiter(delimiter)
    {
        m_lineEnd = lineEnd == LineEnd::CrLf ? QByteArray("\r\n")
                    : lineEnd == LineEnd::Lf ? QByteArray("\n")
                                             : QByteArray("\r");
        m_innerBreak = lineEnd == LineEnd::Cr ? '\r' : '\n';
        m_row.reserve(4096);
    }
    void start()
    {
        m_row.resize(0);
        m_fields = 0;
        m_breaks = 0;
    }
    void field(QByteArrayView text)
    {
        if (m_fields++ > 0)
            m_row.append(m_delimiter);
        bool quote = false;
        for (char c : text) {
            if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            m_row.append(text.data(), text.size());
            return;
        }
        m_row.append('"');
        for (char c : text) {
            if (c == '"') {
                m_row.append("\"\"");
            } else if (c == '\n') {
                m_row.append(m_innerBreak);
                ++m_breaks;
            } else {
                m_row.append(c);
            }
        }
        m_row.append('"');
    }
    // Writes text as it is, delimiters and all (a ragged row's unquoted address).
    void unquoted(QByteArrayView text)
    {
        if (m_fields++ > 0)
            m_row.append(m_delimiter);
        m_row.append(text.data(), text.size());
        for (char c : text)
            m_fields += c == m_delimiter;
    }
    void emptyFields(int n)
    {
        for (int i = 0; i < n; ++i)
            field({});
    }
    void end() { m_row.append(m_lineEnd); }
    [[nodiscard]] const QByteArray& bytes() const { return m_row; }
    [[nodiscard]] qsizetype size() const { return m_row.size(); }
    [[nodiscard]] int fields() const { return m_fields; }
    [[nodiscard]] int innerBreaks() const { return m_breaks; }

private:
    QByteArray m_row;
    QByteArray m_lineEnd;
    char m_innerBreak = '\n';
    char m_delimiter;
    int m_fields = 0;
    int m_breaks = 0;
};

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QByteArray toWindows1252(QByteArrayView utf8)
{
    QByteArray out;
    out.reserve(utf8.size());
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    for (qsizetype i = 0; i < utf8.size();) {
        const CodePoint c = decodeUtf8(p + i, utf8.size() - i);
        out.append(toCp1252Byte(c.value));
        i += c.length;
    }
    return out;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf8");
    case Encoding::Utf8Bom:
        return QStringLiteral("utf8-bom");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    case Encoding::Utf16LE:
        return QStringLiteral("utf16le");
    case Encoding::Utf16BE:
        return QStringLiteral("utf16be");
    }
    return {};
}

std::optional<Encoding> encodingFromName(QStringView name)
{
    const QString n = name.toString().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == u"utf8")
        return Encoding::Utf8;
    if (n == u"utf8bom")
        return Encoding::Utf8Bom;
    if (n == u"windows1252" || n == u"cp1252")
        return Encoding::Windows1252;
    if (n == u"utf16le" || n == u"utf16")
        return Encoding::Utf16LE;
    if (n == u"utf16be")
        return Encoding::Utf16BE;
    return std::nullopt;
}

std::optional<qint64> parseSize(QStringView text)
{
    QString t = text.trimmed().toString().toUpper();
    if (t.endsWith(u"IB"))
        t.chop(2);
    else if (t.endsWith(u'B'))
        t.chop(1);
    qint64 unit = 1;
    if (t.endsWith(u'K'))
        unit = qint64(1) << 10;
    else if (t.endsWith(u'M'))
        unit = qint64(1) << 20;
    else if (t.endsWith(u'G'))
        unit = qint64(1) << 30;
    if (unit != 1)
        t.chop(1);
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || value <= 0 || value * double(unit) > 9e15)
        return std::nullopt;
    return qint64(value * double(unit));
}

bool write(QIODevice& out, const Options& o, Manifest* manifest, QString* error)
{
    if (o.delimiter != ',' && o.delimiter != ';' && o.delimiter != '\t' && o.delimiter != '|')
        return fail(error, QStringLiteral("the delimiter must be one of , ; tab |"));
    if (o.sizeBytes <= 0 && o.rows < 0)
        return fail(error, QStringLiteral("the number of rows cannot be negative"));
    if (o.titleRows < 0 || o.ragged < 0)
        return fail(error, QStringLiteral("--title-rows and --ragged cannot be negative"));
    if (o.badByteAtRecord > 0 && o.encoding != Encoding::Utf8 && o.encoding != Encoding::Utf8Bom)
        return fail(error, QStringLiteral("--bad-byte-at-row needs UTF-8 output"));
    if (o.badByteAtRecord > 0 && o.sizeBytes <= 0 && o.badByteAtRecord > o.rows)
        return fail(error, QStringLiteral("--bad-byte-at-row is past the last row"));

    Manifest local;
    Manifest& m = manifest ? *manifest : local;
    m = Manifest{};

    const bool cp1252 = o.encoding == Encoding::Windows1252;
    // Text in the output's 8-bit form: UTF-8 (or ASCII), or Windows-1252.
    const auto asText = [&](const char* s) {
        return o.asciiOnly ? toAscii(QByteArrayView(s)) : QByteArray(s);
    };
    const std::function<QByteArray(const char*)> prepare = [&](const char* s) {
        return cp1252 ? toWindows1252(asText(s)) : asText(s);
    };
    const Table forenames(kForenames, prepare);
    const Table surnames(kSurnames, prepare);
    const Table streets(kStreets, prepare);
    const Table localities(kLocalities, prepare);
    const Table towns(kTowns, prepare);
    const Table laCodes(kLaCodes, prepare);
    const Table sexes(kSex, prepare);
    const Table ethnicities(kEthnicity, prepare);
    const Table disabilities(kDisability, prepare);
    const Table religions(kReligion, prepare);
    const Table duties(kDuty, prepare);
    const Table reasons(kReason, prepare);
    const Table accommodations(kAccommodation, prepare);
    const Table employments(kEmployment, prepare);
    const Table households(kHousehold, prepare);
    const Table outcomes(kOutcome, prepare);
    const Table caseWorkers(kCaseWorkers, prepare);
    const Table notes(kNotes, prepare);
    const Table titles(kTitles, prepare);
    std::vector<QByteArray> emailForenames;
    std::vector<QByteArray> emailSurnames;
    for (const char* s : kForenames)
        emailForenames.push_back(emailPart(toAscii(QByteArrayView(s))));
    for (const char* s : kSurnames)
        emailSurnames.push_back(emailPart(toAscii(QByteArrayView(s))));
    const QByteArray pound = prepare("£");

    std::vector<QByteArray> header;
    for (const char* h : kHeader)
        header.push_back(asText(h));
    if (o.duplicateHeaders) {
        header[kReferralColumn] = "Date";
        header[kAssessmentColumn] = "Date";
        header[kAddress2Column].clear();
    }
    const int trailing = o.trailingEmptyColumns ? kTrailingEmpty : 0;
    for (QByteArray& h : header) {
        m.columns.append(QString::fromUtf8(h));
        if (cp1252)
            h = toWindows1252(h);
    }
    for (int i = 0; i < trailing; ++i)
        m.columns.append(QString());
    m.fieldsPerRow = kColumns + trailing;
    m.titleRows = o.titleRows;

    // Values come from `rng`; layout (blank rows) from `layout`, so a file with blank
    // rows holds the same records as one without.
    Rng rng(o.seed);
    Rng layout(o.seed ^ 0x5DEECE66Dull);
    Sink sink(out, o.encoding);
    RowBuilder row(o.delimiter, o.lineEnd);
    qint64 line = 1;
    auto putRow = [&](const RowBuilder& r) {
        sink.put(r.bytes());
        line += 1 + r.innerBreaks();
        m.embeddedLineBreaks += r.innerBreaks();
    };

    if (o.encoding == Encoding::Utf8Bom)
        sink.putRaw("\xEF\xBB\xBF");
    else if (o.encoding == Encoding::Utf16LE)
        sink.putRaw("\xFF\xFE");
    else if (o.encoding == Encoding::Utf16BE)
        sink.putRaw("\xFE\xFF");

    // Title and note rows: the first alone on its line, the rest padded with empty
    // fields to the width of the table, as a spreadsheet exports its used range.
    for (int i = 0; i < o.titleRows; ++i) {
        row.start();
        row.field(titles.at(size_t(i) % titles.size()));
        if (i > 0)
            row.emptyFields(m.fieldsPerRow - 1);
        row.end();
        putRow(row);
    }
    row.start();
    for (const QByteArray& h : header)
        row.field(h);
    row.emptyFields(trailing);
    row.end();
    m.headerLine = line;
    putRow(row);

    // Ragged records, spread evenly (for --size, over an estimate of the record count).
    const qint64 plannedRows =
        o.sizeBytes > 0 ? qMax<qint64>(1, o.sizeBytes / (o.encoding == Encoding::Utf16LE ||
                                                                 o.encoding == Encoding::Utf16BE
                                                             ? 760
                                                             : 380))
                        : o.rows;
    std::vector<qint64> raggedAt;
    for (int k = 1; k <= o.ragged; ++k) {
        const qint64 at = qMax<qint64>(1, k * plannedRows / (o.ragged + 1));
        if (raggedAt.empty() || at > raggedAt.back())
            raggedAt.push_back(at);
    }
    size_t nextRagged = 0;

    // Reference day: 2026-04-01, the end of the reporting year.
    const qint64 today = daysFromCivil(2026, 4, 1);
    const qint64 dobFirst = daysFromCivil(1940, 1, 1);
    const qint64 dobLast = daysFromCivil(2025, 12, 31);
    const qint64 referralFirst = daysFromCivil(2022, 4, 1);
    const qint64 excelEpoch = daysFromCivil(1899, 12, 30);
    qint64 totalChildren = 0;
    qint64 totalIncome = 0;
    qint64 totalBalance = 0;

    QByteArray v;
    v.reserve(512);
    QByteArray address1;
    QByteArray note;
    qint64 record = 0;
    const auto more = [&] {
        return o.sizeBytes > 0 ? sink.written() < o.sizeBytes : record < o.rows;
    };
    while (more()) {
        if (sink.failed())
            break;
        if (o.blankRows && layout.chance(4)) {
            row.start();
            if (layout.chance(500))
                row.emptyFields(m.fieldsPerRow);
            row.end();
            (row.fields() == 0 ? m.blankLines : m.paddingLines).append(line);
            putRow(row);
        }
        ++record;
        row.start();
        // Case Ref
        v = "HC";
        appendDigits(v, record, 8);
        row.field(v);
        // Forename, Surname
        const size_t fi = size_t(rng.below(qint64(forenames.size())));
        const size_t si = size_t(rng.below(qint64(surnames.size())));
        qint64 badAt = -1;
        if (record == o.badByteAtRecord) {
            badAt = row.size() + (row.fields() > 0 ? 1 : 0) + 3;
            row.field("Ren\xE9"
                      "e");
        } else {
            row.field(forenames.at(fi));
        }
        row.field(surnames.at(si));
        // Date of Birth
        const qint64 dob = rng.between(dobFirst, dobLast);
        const int birthYear = civilFromDays(dob).y;
        const qint64 ageYears = (today - dob) / 365;
        v.resize(0);
        appendDdMmYyyy(v, dob);
        row.field(v);
        row.field(sexes.pick(rng));
        // NHS Number
        v.resize(0);
        if (rng.chance(920))
            appendNhsNumber(v, rng);
        row.field(v);
        // NI Number (from 16)
        v.resize(0);
        if (ageYears >= 16 && rng.chance(850))
            appendNiNumber(v, rng);
        row.field(v);
        // UPN (school age and under 19)
        v.resize(0);
        if (ageYears >= 4 && ageYears < 19 && rng.chance(900))
            appendUpn(v, rng, birthYear);
        row.field(v);
        // UPRN
        v.resize(0);
        if (rng.chance(850))
            appendDigits(v, rng.between(10000000, 999999999999));
        row.field(v);
        // Address Line 1 ("Flat 3, 12 High Street" holds a comma)
        address1.resize(0);
        qint64 flat = 0;
        if (rng.chance(150)) {
            flat = rng.between(1, 40);
            address1.append("Flat ");
            appendDigits(address1, flat);
            address1.append(", ");
        }
        const qsizetype streetStart = address1.size();
        appendDigits(address1, rng.between(1, 250));
        address1.append(' ').append(streets.pick(rng));
        const bool raggedRow = nextRagged < raggedAt.size() && raggedAt[nextRagged] == record;
        const bool longRow = raggedRow && nextRagged % 2 == 1;
        const bool shortRow = raggedRow && !longRow;
        if (longRow) {
            // The export forgot to quote: the comma splits the address into two fields.
            v = "Flat ";
            appendDigits(v, flat > 0 ? flat : layout.between(1, 40));
            v.append(o.delimiter).append(' ').append(QByteArrayView(address1).sliced(streetStart));
            row.unquoted(v);
        } else {
            row.field(address1);
        }
        // Address Line 2 (left out altogether on a short ragged row)
        const QByteArray& locality = localities.pick(rng);
        if (!shortRow)
            row.field(rng.chance(400) ? QByteArrayView(locality) : QByteArrayView());
        else
            (void)rng.chance(400);
        row.field(towns.pick(rng));
        v.resize(0);
        appendPostcode(v, rng);
        row.field(v);
        v.resize(0);
        appendPhone(v, rng);
        row.field(v);
        // Email
        v.resize(0);
        if (rng.chance(550)) {
            v.append(emailForenames[fi]);
            v.append('.');
            v.append(emailSurnames[si]);
            if (rng.chance(600))
                appendDigits(v, rng.below(100));
            static constexpr const char* kDomains[] = {"@example.org", "@example.com",
                                                       "@example.net"};
            v.append(kDomains[rng.below(3)]);
        }
        row.field(v);
        row.field(ethnicities.pick(rng));
        row.field(disabilities.pick(rng));
        row.field(religions.pick(rng));
        row.field(laCodes.pick(rng));
        // Referral Date, in whichever format the system of the day used
        const qint64 referral = rng.between(referralFirst, today - 1);
        v.resize(0);
        const int format = int(rng.below(100));
        if (format < 40)
            appendDdMmYyyy(v, referral);
        else if (format < 65)
            appendIso(v, referral);
        else if (format < 85)
            appendDdMonYyyy(v, referral);
        else
            appendDigits(v, referral - excelEpoch);
        row.field(v);
        // Assessment Date
        v.resize(0);
        if (rng.chance(900))
            appendIso(v, referral + rng.below(57));
        row.field(v);
        row.field(duties.pick(rng));
        row.field(reasons.pick(rng));
        row.field(accommodations.pick(rng));
        const QByteArray& employment = employments.pick(rng);
        row.field(ageYears < 16 ? QByteArrayView("Not applicable (child)")
                                : QByteArrayView(employment));
        row.field(households.pick(rng));
        // Children in Household
        v.resize(0);
        if (rng.chance(950)) {
            const qint64 children = rng.below(100) < 55 ? 0 : rng.between(1, 5);
            totalChildren += children;
            appendDigits(v, children);
        }
        row.field(v);
        row.field(rng.chance(80) ? QByteArrayView("Yes") : QByteArrayView("No"));
        row.field(rng.chance(120) ? QByteArrayView("Yes") : QByteArrayView("No"));
        // Weekly Income: "1,234.56", sometimes padded " 1,234.56 " as a formatted cell
        v.resize(0);
        if (rng.chance(920)) {
            const qint64 pence = rng.below(150000);
            totalIncome += pence;
            const bool padded = rng.chance(30);
            if (padded)
                v.append(' ');
            appendMoney(v, pence, true);
            if (padded)
                v.append(' ');
        }
        row.field(v);
        // Rent Account Balance: arrears in brackets, "(1,234.56)", some with a pound sign
        v.resize(0);
        {
            const int kind = int(rng.below(100));
            const bool withPound = rng.chance(100);
            if (kind < 30) {
                v.append("0.00");
            } else if (kind < 75) {
                const qint64 pence = rng.between(1, 400000);
                totalBalance -= pence;
                v.append('(');
                if (withPound)
                    v.append(pound);
                appendMoney(v, pence, true);
                v.append(')');
            } else if (kind < 95) {
                const qint64 pence = rng.between(1, 60000);
                totalBalance += pence;
                if (withPound)
                    v.append(pound);
                appendMoney(v, pence, true);
            }
        }
        row.field(v);
        row.field(outcomes.pick(rng));
        row.field(caseWorkers.pick(rng));
        // Notes, more often empty than not
        note.resize(0);
        if (rng.chance(420)) {
            const QByteArray& t = notes.pick(rng);
            for (qsizetype i = 0; i < t.size(); ++i) {
                if (t[i] != '{' || i + 2 >= t.size() || t[i + 2] != '}') {
                    note.append(t[i]);
                    continue;
                }
                switch (t[i + 1]) {
                case 'N':
                    note.append(forenames.pick(rng)).append(' ').append(surnames.pick(rng));
                    break;
                case 'P': {
                    const qsizetype before = note.size();
                    while (note.size() == before)
                        appendPhone(note, rng);
                    break;
                }
                case 'H':
                    appendNhsNumber(note, rng);
                    break;
                case 'A':
                    appendMoney(note, rng.between(100, 500000), true);
                    break;
                case 'S':
                    appendDigits(note, rng.between(1, 250));
                    note.append(' ').append(streets.pick(rng));
                    break;
                case 'T':
                    note.append(towns.pick(rng));
                    break;
                case 'D':
                    appendDdMmYyyy(note, rng.between(referralFirst, today));
                    break;
                default:
                    note.append(t.mid(i, 3));
                    break;
                }
                i += 2;
            }
        }
        // A long row's last field must not be empty, or a reader that ignores trailing
        // empty fields could not tell it from a regular one.
        if (longRow && note.isEmpty())
            note = "See file";
        row.field(note);
        // A short row stops short of the trailing empty columns too, so that it is short
        // of the header whether or not a reader counts them.
        row.emptyFields(shortRow ? 0 : trailing);
        row.end();
        if (raggedRow) {
            m.ragged.append({line, record, row.fields(), longRow});
            ++nextRagged;
        }
        if (badAt >= 0) {
            m.badByteOffset = sink.written() + badAt;
            m.badByteLine = line;
            m.badByteRecord = record;
            m.badByteColumn = kForenameColumn + 1;
        }
        putRow(row);
    }
    m.records = record;

    if (o.totals) {
        row.start();
        for (int c = 0; c < m.fieldsPerRow; ++c) {
            v.resize(0);
            if (c == 0) {
                v = "Total";
            } else if (c == kChildrenColumn) {
                appendDigits(v, totalChildren);
            } else if (c == kIncomeColumn) {
                appendMoney(v, totalIncome, true);
            } else if (c == kBalanceColumn) {
                if (totalBalance < 0) {
                    v.append('(');
                    appendMoney(v, -totalBalance, true);
                    v.append(')');
                } else {
                    appendMoney(v, totalBalance, true);
                }
            }
            row.field(v);
        }
        row.end();
        m.totalsLine = line;
        putRow(row);
    }
    if (!sink.flush())
        return fail(error, QStringLiteral("could not write the output: %1").arg(out.errorString()));
    m.lines = line - 1;
    m.bytes = sink.written();
    return true;
}

bool writeFile(const QString& path, const Options& options, Manifest* manifest, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (!write(file, options, manifest, error))
        return false;
    if (!file.flush()) {
        return fail(error, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return true;
}

QJsonObject toJson(const Manifest& m, const Options& o)
{
    QJsonArray blank;
    for (qint64 l : m.blankLines)
        blank.append(l);
    QJsonArray padding;
    for (qint64 l : m.paddingLines)
        padding.append(l);
    QJsonArray ragged;
    for (const RaggedRow& r : m.ragged) {
        ragged.append(QJsonObject{{QStringLiteral("line"), r.line},
                                  {QStringLiteral("record"), r.record},
                                  {QStringLiteral("fields"), r.fields},
                                  {QStringLiteral("extra_field"), r.extraField}});
    }
    QJsonObject json{
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("encoding"), encodingName(o.encoding)},
        {QStringLiteral("delimiter"), QString(QLatin1Char(o.delimiter))},
        {QStringLiteral("line_end"), o.lineEnd == LineEnd::CrLf ? QStringLiteral("crlf")
                                     : o.lineEnd == LineEnd::Lf ? QStringLiteral("lf")
                                                                : QStringLiteral("cr")},
        {QStringLiteral("columns"), QJsonArray::fromStringList(m.columns)},
        {QStringLiteral("fields_per_row"), m.fieldsPerRow},
        {QStringLiteral("title_rows"), m.titleRows},
        {QStringLiteral("header_line"), m.headerLine},
        {QStringLiteral("records"), m.records},
        {QStringLiteral("blank_lines"), blank},
        {QStringLiteral("padding_lines"), padding},
        {QStringLiteral("ragged"), ragged},
        {QStringLiteral("totals_line"), m.totalsLine},
        {QStringLiteral("embedded_line_breaks"), m.embeddedLineBreaks},
        {QStringLiteral("lines"), m.lines},
        {QStringLiteral("bytes"), m.bytes},
    };
    if (m.badByteOffset >= 0) {
        json.insert(QStringLiteral("bad_byte"),
                    QJsonObject{{QStringLiteral("offset"), m.badByteOffset},
                                {QStringLiteral("line"), m.badByteLine},
                                {QStringLiteral("record"), m.badByteRecord},
                                {QStringLiteral("column"), m.badByteColumn}});
    }
    return json;
}

} // namespace sharewise::casegen
