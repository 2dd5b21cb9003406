#include "profile/HeaderWords.h"
#include "profile/Identifiers.h"
#include "profile/NameLists.h"
#include "profile/ValueParsing.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// How the detector weighs evidence.
//
// Header: a header that names the identifier ("NHS No", "Dyddiad geni") is medium
// evidence on its own (about 0.6); a vaguer one ("Name", "Property ref") less.
//
// Values: the share of sampled values that pass the identifier's own test, compared
// with what chance would give. A random 10-digit number passes the NHS modulus-11 test
// with probability 1/11: of the first nine digits, 10 in 11 leave a remainder that
// allows a check digit, and then one digit in ten is the right one (10/11 x 1/10).
// A column of invoice numbers therefore shows about 9% valid; the value evidence
// starts only at 30% and is full at 90%, far above chance. Tests with no chance rate
// worth the name (NI numbers, postcodes, emails, UPN check letters) start lower.
// Evidence also grows with the number of values behind it (n / (n + 3)).
//
// The two are combined as independent signals: 1 - (1 - header)(1 - values). Values
// that do not even have the identifier's shape under a header that names it (a column
// "Email" holding Y and N) drop the finding; values of the right shape that mostly fail
// the test keep it at a low confidence, with the reason saying so.
namespace sharewise::profile {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentifierDetector)
};

using detail::HeaderWords;

// ---- value words --------------------------------------------------------------------

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A value as lower-case words: ASCII letters and digits kept, bytes above 0x7F kept
// as letters, anything else a separator. `padded` is " w1 w2 ... " for phrase search.
struct Words
{
    explicit Words(QByteArrayView v)
    {
        padded.reserve(size_t(v.size()) + 2);
        padded.push_back(' ');
        for (const char ch : v) {
            const auto u = uchar(ch);
            const bool keep = (u >= 'a' && u <= 'z') || isDigit(ch) || u >= 0x80 ||
                              (u >= 'A' && u <= 'Z') || u == '\'';
            if (keep) {
                if (u == '\'')
                    continue; // o'brien -> obrien
                padded.push_back(u >= 'A' && u <= 'Z' ? char(u + 32) : ch);
            } else if (padded.back() != ' ') {
                padded.push_back(' ');
            }
        }
        if (padded.back() != ' ')
            padded.push_back(' ');
        size_t start = 1;
        for (size_t i = 1; i < padded.size(); ++i) {
            if (padded[i] == ' ') {
                if (i > start)
                    list.emplace_back(padded.data() + start, i - start);
                start = i + 1;
            }
        }
    }
    // `phrase` is lower-case words separated by single spaces.
    [[nodiscard]] bool has(std::string_view phrase) const
    {
        const std::string_view text(padded);
        for (size_t pos = text.find(phrase, 1); pos != std::string_view::npos;
             pos = text.find(phrase, pos + 1)) {
            if (text[pos - 1] == ' ' && text[pos + phrase.size()] == ' ')
                return true;
        }
        return false;
    }
    std::string padded;
    std::vector<std::string_view> list;
};

// The first phrase of `phrases` found in `w`, as an index, or -1.
template <size_t N>
int findPhrase(const Words& w, const std::array<std::string_view, N>& phrases)
{
    for (size_t i = 0; i < N; ++i) {
        if (w.has(phrases[i]))
            return int(i);
    }
    return -1;
}

using namespace std::string_view_literals;

constexpr std::array kStreetWords = {
    "road"sv,    "rd"sv,    "street"sv,  "st"sv,        "lane"sv,   "ln"sv,       "avenue"sv,
    "ave"sv,     "close"sv, "drive"sv,   "way"sv,       "court"sv,  "crescent"sv, "place"sv,
    "gardens"sv, "gdns"sv,  "terrace"sv, "grove"sv,     "row"sv,    "walk"sv,     "square"sv,
    "park"sv,    "view"sv,  "rise"sv,    "mews"sv,      "parade"sv, "vale"sv,     "heights"sv,
    "wharf"sv,   "quay"sv,  "heol"sv,    "ffordd"sv,    "stryd"sv,  "lon"sv,      "cilgant"sv,
    "rhodfa"sv,  "maes"sv,  "flat"sv,    "apartment"sv, "apt"sv,    "cottage"sv,  "bungalow"sv,
    "farm"sv,    "house"sv, "fflat"sv,
};

constexpr std::array kUnitWords = {"flat"sv, "apartment"sv, "apt"sv, "unit"sv, "room"sv, "fflat"sv};

constexpr std::array kEthnicityCodes = {
    "WBRI"sv, "WIRI"sv, "WIRT"sv, "WOTH"sv, "WROM"sv, "WENG"sv, "WSCO"sv, "WWEL"sv, "WCOR"sv,
    "WOWB"sv, "WALB"sv, "WBOS"sv, "WCRO"sv, "WGRE"sv, "WGRK"sv, "WGRC"sv, "WITA"sv, "WKOS"sv,
    "WPOR"sv, "WSER"sv, "WTUR"sv, "WTUK"sv, "WTUC"sv, "WEUR"sv, "WEEU"sv, "WWEU"sv, "WOTW"sv,
    "MWBC"sv, "MWBA"sv, "MWAS"sv, "MOTH"sv, "MWAP"sv, "MWAI"sv, "MWAO"sv, "MWBO"sv, "MAOE"sv,
    "MABL"sv, "MACH"sv, "MBOE"sv, "MCOE"sv, "MWOE"sv, "MOTM"sv, "AIND"sv, "APKN"sv, "AMPK"sv,
    "AKPA"sv, "AOPK"sv, "ABAN"sv, "AOTH"sv, "AAFR"sv, "AKAO"sv, "ANEP"sv, "ASNL"sv, "ASLT"sv,
    "ASRO"sv, "AOTA"sv, "BCRB"sv, "BAFR"sv, "BANN"sv, "BCON"sv, "BGHA"sv, "BNGN"sv, "BSLN"sv,
    "BSOM"sv, "BSUD"sv, "BAOF"sv, "BOTH"sv, "BEUR"sv, "BNAM"sv, "BOTB"sv, "CHNE"sv, "CHKC"sv,
    "CMAL"sv, "CHRC"sv, "CTWN"sv, "COCH"sv, "OOTH"sv, "OAFG"sv, "OARA"sv, "OEGY"sv, "OFIL"sv,
    "OIRN"sv, "OIRQ"sv, "OJPN"sv, "OKOR"sv, "OKRD"sv, "OLAM"sv, "OLEB"sv, "OLIB"sv, "OMAL"sv,
    "OMRC"sv, "OPOL"sv, "OTHA"sv, "OVIE"sv, "OYEM"sv, "OOEG"sv,
};

constexpr std::array kEthnicityWords = {
    "white"sv,     "black"sv,       "asian"sv,  "mixed"sv,   "caribbean"sv,     "african"sv,
    "pakistani"sv, "bangladeshi"sv, "indian"sv, "chinese"sv, "arab"sv,          "gypsy"sv,
    "traveller"sv, "roma"sv,        "romany"sv, "ethnic"sv,  "dual heritage"sv, "mixed heritage"sv,
};

constexpr std::array kReligionWords = {
    "christian"sv,
    "christianity"sv,
    "catholic"sv,
    "church of england"sv,
    "church in wales"sv,
    "anglican"sv,
    "methodist"sv,
    "baptist"sv,
    "protestant"sv,
    "orthodox"sv,
    "pentecostal"sv,
    "evangelical"sv,
    "muslim"sv,
    "islam"sv,
    "islamic"sv,
    "hindu"sv,
    "sikh"sv,
    "jewish"sv,
    "judaism"sv,
    "buddhist"sv,
    "atheist"sv,
    "agnostic"sv,
    "humanist"sv,
    "no religion"sv,
    "pagan"sv,
    "rastafarian"sv,
    "jain"sv,
    "zoroastrian"sv,
    "jehovahs witness"sv,
    "quaker"sv,
    "mormon"sv,
    "spiritualist"sv,
};

constexpr std::array kSexualityWords = {
    "heterosexual"sv, "gay"sv,        "lesbian"sv, "bisexual"sv, "pansexual"sv, "asexual"sv,
    "queer"sv,        "homosexual"sv, "lgb"sv,     "lgbt"sv,     "lgbtq"sv,
};

constexpr std::array kHealthWords = {
    "disability"sv,
    "disabled"sv,
    "learning disability"sv,
    "learning difficulty"sv,
    "mental health"sv,
    "mental illness"sv,
    "autism"sv,
    "autistic"sv,
    "asd"sv,
    "adhd"sv,
    "dementia"sv,
    "alzheimers"sv,
    "depression"sv,
    "anxiety"sv,
    "schizophrenia"sv,
    "bipolar"sv,
    "psychosis"sv,
    "epilepsy"sv,
    "diabetes"sv,
    "diabetic"sv,
    "asthma"sv,
    "cancer"sv,
    "hiv"sv,
    "stroke"sv,
    "impairment"sv,
    "blind"sv,
    "deaf"sv,
    "wheelchair"sv,
    "dyslexia"sv,
    "long term condition"sv,
    "illness"sv,
    "medication"sv,
    "pregnant"sv,
    "pregnancy"sv,
    "substance misuse"sv,
    "alcohol misuse"sv,
    "drug misuse"sv,
    "overdose"sv,
    "self harm"sv,
    "suicidal"sv,
    "eating disorder"sv,
    "cerebral palsy"sv,
    "downs syndrome"sv,
    "down syndrome"sv,
    "multiple sclerosis"sv,
    "parkinsons"sv,
    "diagnosis"sv,
    "diagnosed"sv,
    "hospital"sv,
    "ptsd"sv,
    "ocd"sv,
    "physical disability"sv,
    "sensory impairment"sv,
    "chronic"sv,
};

constexpr std::array kCriminalWords = {
    "theft"sv,
    "burglary"sv,
    "robbery"sv,
    "assault"sv,
    "abh"sv,
    "gbh"sv,
    "criminal damage"sv,
    "arson"sv,
    "shoplifting"sv,
    "possession"sv,
    "drug supply"sv,
    "harassment"sv,
    "public order"sv,
    "drink driving"sv,
    "drunk and disorderly"sv,
    "sexual offence"sv,
    "murder"sv,
    "manslaughter"sv,
    "affray"sv,
    "caution"sv,
    "cautioned"sv,
    "conviction"sv,
    "convicted"sv,
    "referral order"sv,
    "youth rehabilitation order"sv,
    "community order"sv,
    "custodial"sv,
    "custody"sv,
    "detention and training order"sv,
    "suspended sentence"sv,
    "conditional discharge"sv,
    "absolute discharge"sv,
    "offensive weapon"sv,
    "stalking"sv,
    "handling stolen"sv,
    "taking without consent"sv,
    "twoc"sv,
    "driving while disqualified"sv,
    "offence"sv,
    "offending"sv,
    "offender"sv,
    "remand"sv,
    "remanded"sv,
    "bail"sv,
    "prison"sv,
    "sentenced"sv,
    "arrested"sv,
    "probation"sv,
    "youth offending"sv,
    "criminal"sv,
    "fraud"sv,
};

// Values that say nothing either way ("Not known", "Prefer not to say", "Yes").
constexpr std::array kNeutralValues = {
    "not known"sv,
    "unknown"sv,
    "not stated"sv,
    "prefer not to say"sv,
    "refused"sv,
    "declined"sv,
    "not recorded"sv,
    "information not obtained"sv,
    "information not yet obtained"sv,
    "not disclosed"sv,
    "none"sv,
    "other"sv,
    "n k"sv,
    "nk"sv,
    "not applicable"sv,
    "yes"sv,
    "no"sv,
    "y"sv,
    "n"sv,
    "true"sv,
    "false"sv,
    "refu"sv,
    "nobt"sv,
};

// ---- counting the sample -------------------------------------------------------------

struct Counts
{
    int n = 0; // values looked at (not empty, not placeholders)
    int nhsShape = 0, nhsValid = 0, nhsTest = 0;
    int niShape = 0, niValid = 0, niPlaceholder = 0;
    int postcodeShape = 0, postcode = 0, postcodePseudo = 0, postcodePartial = 0;
    int emailShape = 0, email = 0;
    int phoneShape = 0, phone = 0, phoneNoZero = 0;
    int upnShape = 0, upn = 0;
    int digitsOnly = 0, uprnShape = 0;
    int dates = 0, birthDates = 0, futureDates = 0, years = 0;
    std::vector<qint32> dateDays;
    int nameShape = 0, nameHit = 0;
    int addressFull = 0, addressPart = 0;
    int longText = 0, multiWord = 0;
    qint64 totalBytes = 0;
    int mentionEmail = 0, mentionPhone = 0, mentionNhs = 0, mentionPostcode = 0;
    int mentionName = 0, mentionHealth = 0, mentionCriminal = 0;
    int neutral = 0; // values that say nothing about special categories
    int ethnicity = 0, religion = 0, sexuality = 0, health = 0, criminal = 0;
    std::set<int> ethnicityTerms;
};

bool onlyDigitsAndSeparators(QByteArrayView s, int& digits)
{
    digits = 0;
    for (const char c : s) {
        if (isDigit(c))
            ++digits;
        else if (c != ' ' && c != '-')
            return false;
    }
    return true;
}

bool nhsShaped(QByteArrayView s)
{
    int digits = 0;
    return s.size() <= 14 && onlyDigitsAndSeparators(s, digits) && digits == 10;
}

bool niShaped(QByteArrayView s)
{
    QByteArray c;
    for (const char ch : s) {
        if (ch != ' ')
            c.append(ch);
    }
    if (c.size() != 8 && c.size() != 9)
        return false;
    auto letter = [](char ch) {
        return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z';
    };
    if (!letter(c[0]) || !letter(c[1]))
        return false;
    for (int i = 2; i < 8; ++i) {
        if (!isDigit(c[i]))
            return false;
    }
    return c.size() == 8 || letter(c[8]);
}

bool alnumShape(QByteArrayView s, int minLen, int maxLen, bool& hasDigit, bool& hasLetter)
{
    int n = 0;
    hasDigit = false;
    hasLetter = false;
    for (const char c : s) {
        if (c == ' ')
            continue;
        if (isDigit(c))
            hasDigit = true;
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            hasLetter = true;
        else
            return false;
        ++n;
    }
    return n >= minLen && n <= maxLen;
}

bool streetWordIn(const Words& w)
{
    for (const auto word : w.list) {
        if (std::find(kStreetWords.begin(), kStreetWords.end(), word) != kStreetWords.end())
            return true;
    }
    return false;
}

// The whole value says nothing ("Not known", "Yes"), not a phrase inside a sentence.
bool isNeutral(const Words& w)
{
    if (w.list.empty() || w.list.size() > 5)
        return false;
    const std::string_view inner(w.padded.data() + 1, w.padded.size() - 2);
    return std::find(kNeutralValues.begin(), kNeutralValues.end(), inner) != kNeutralValues.end();
}

bool nameShaped(QByteArrayView s, const Words& w)
{
    if (s.size() < 2 || s.size() > 60 || w.list.empty() || w.list.size() > 5)
        return false;
    const auto first = uchar(s[0]);
    if (!((first | 0x20) >= 'a' && (first | 0x20) <= 'z') && first < 0x80)
        return false;
    for (const char c : s) {
        const auto u = uchar(c);
        const bool letter = ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') || u >= 0x80;
        if (!letter && c != ' ' && c != '-' && c != '\'' && c != '.' && c != ',')
            return false;
    }
    if (streetWordIn(w))
        return false;
    return !isNeutral(w);
}

bool nameHit(QByteArrayView s, const Words& w)
{
    std::vector<std::string_view> t = w.list;
    while (!t.empty() && detail::isNameTitle(t.front()))
        t.erase(t.begin());
    if (t.empty())
        return false;
    if (t.size() == 1)
        return detail::isCommonForename(t[0]) || detail::isCommonSurname(t[0]);
    if (s.contains(',')) // "SMITH, John"
        return detail::isCommonSurname(t.front()) || detail::isCommonForename(t.back());
    return detail::isCommonForename(t.front()) || detail::isCommonSurname(t.back());
}

// The value with its punctuation around it removed ("(07700 900123)," -> inside).
QByteArrayView stripPunctuation(QByteArrayView t)
{
    auto punct = [](char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '<' ||
               c == '>' || c == '[' || c == ']' || c == '"' || c == '\'' || c == '!' || c == '?';
    };
    while (!t.isEmpty() && punct(t.front()))
        t = t.sliced(1);
    while (!t.isEmpty() && punct(t.back()))
        t.chop(1);
    return t;
}

// What a long text mentions: emails, phone and NHS numbers, postcodes, titled names.
void scanFreeText(QByteArrayView s, const Words& w, Counts& c)
{
    std::vector<QByteArrayView> tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool space =
            i == s.size() || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            tokens.push_back(stripPunctuation(s.sliced(start, i - start)));
            start = -1;
        }
    }
    bool email = false;
    bool postcode = false;
    bool name = false;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const QByteArrayView t = tokens[i];
        if (!email && t.contains('@') && isValidEmail(t))
            email = true;
        if (!postcode && t.size() >= 2 && t.size() <= 4 && i + 1 < tokens.size() &&
            tokens[i + 1].size() == 3) {
            QByteArray pair = t.toByteArray();
            pair.append(' ');
            pair.append(tokens[i + 1]);
            postcode = isValidPostcode(pair);
        }
        if (!name && i + 1 < tokens.size()) {
            const Words first(t);
            const QByteArrayView next = tokens[i + 1];
            if (first.list.size() == 1 && detail::isNameTitle(first.list[0]) && !next.isEmpty() &&
                next[0] >= 'A' && next[0] <= 'Z')
                name = true;
        }
    }
    // Runs of digits joined across single spaces or hyphens: phone and NHS numbers.
    bool phone = false;
    bool nhs = false;
    QByteArray run;
    auto flush = [&] {
        if (run.size() == 10 && isValidNhsNumber(run))
            nhs = true;
        if (run.size() >= 10 && isValidUkPhone(run))
            phone = true;
        run.clear();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char ch = s[i];
        if (isDigit(ch)) {
            run.append(ch);
        } else if ((ch == ' ' || ch == '-') && !run.isEmpty() && i + 1 < s.size() &&
                   isDigit(s[i + 1])) {
            continue;
        } else if (ch == '+' && run.isEmpty() && s.sliced(i).startsWith("+44")) {
            run.append('0');
            i += 2;
            while (i + 1 < s.size() && s[i + 1] == ' ')
                ++i;
        } else {
            flush();
        }
    }
    flush();
    c.mentionEmail += email;
    c.mentionPostcode += postcode;
    c.mentionName += name;
    c.mentionPhone += phone;
    c.mentionNhs += nhs;
    c.mentionHealth += findPhrase(w, kHealthWords) >= 0;
    c.mentionCriminal += findPhrase(w, kCriminalWords) >= 0;
}

struct DateContext
{
    bool serials = false; // integers may be Excel serial dates
    qint32 today = 0;
    qint32 oldestBirth = 0;
    int thisYear = 0;
};

void countValue(QByteArrayView s, const DateContext& dc, Counts& c)
{
    ++c.n;
    c.totalBytes += s.size();
    const Words w(s);

    // Numbers and numeric identifiers.
    int digits = 0;
    const bool digitsAndSeparators = onlyDigitsAndSeparators(s, digits);
    if (nhsShaped(s)) {
        ++c.nhsShape;
        if (isValidNhsNumber(s)) {
            ++c.nhsValid;
            c.nhsTest += s.startsWith("999");
        }
    }
    if (digitsAndSeparators && digits >= 9 && digits <= 13) {
        ++c.phoneShape;
        if (isValidUkPhone(s)) {
            ++c.phone;
        } else if (digits == 10 && !s.contains(' ') &&
                   (s[0] == '7' || s[0] == '1' || s[0] == '2')) {
            QByteArray withZero("0");
            withZero.append(s);
            c.phoneNoZero += isValidUkPhone(withZero);
        }
    } else if (s.startsWith('+') || s.startsWith("(0")) {
        ++c.phoneShape;
        c.phone += isValidUkPhone(s);
    }
    if (digitsAndSeparators && digits == int(s.size())) {
        ++c.digitsOnly;
        c.uprnShape += isPlausibleUprn(s);
    }

    // Letter-and-digit identifiers.
    if (niShaped(s)) {
        ++c.niShape;
        c.niValid += isValidNiNumber(s);
        c.niPlaceholder += isNiNumberPlaceholder(s);
    }
    bool hasDigit = false;
    bool hasLetter = false;
    if (alnumShape(s, 2, 8, hasDigit, hasLetter) && hasDigit && hasLetter) {
        ++c.postcodeShape;
        if (isValidPostcode(s)) {
            ++c.postcode;
            c.postcodePseudo += isNhsPseudoPostcode(s);
        } else if (isValidPostcodeDistrict(s)) {
            ++c.postcodePartial;
        } else if (s.size() >= 4 && s[s.size() - 2] == ' ' && isDigit(s.back()) &&
                   isValidPostcodeDistrict(s.first(s.size() - 2))) {
            ++c.postcodePartial; // sector "SW1A 1"
        }
    }
    if (alnumShape(s, 13, 13, hasDigit, hasLetter) && hasLetter && !isDigit(s[0])) {
        ++c.upnShape;
        c.upn += isValidUpn(s);
    }
    if (s.contains('@')) {
        ++c.emailShape;
        c.email += isValidEmail(s);
    }

    // Dates and years.
    std::optional<ParsedDate> date = parseDate(s);
    if (!date && dc.serials && digitsAndSeparators && digits == int(s.size()) && digits <= 5) {
        const int serial = s.toInt();
        if (serial >= 1 && serial <= 73415) // to 2100
            date = parseExcelSerial(serial);
    }
    if (date) {
        ++c.dates;
        c.dateDays.push_back(date->days);
        if (date->days > dc.today)
            ++c.futureDates;
        else if (date->days >= dc.oldestBirth)
            ++c.birthDates;
    } else if (digits == 4 && int(s.size()) == 4) {
        const int year = s.toInt();
        c.years += year >= 1900 && year <= dc.thisYear;
    }

    // Words: names, addresses, long text.
    const bool shaped = nameShaped(s, w);
    if (shaped) {
        ++c.nameShape;
        c.nameHit += nameHit(s, w);
    }
    if (streetWordIn(w)) {
        const bool numbered = !w.list.empty() &&
                              (std::any_of(w.list.front().begin(), w.list.front().end(), isDigit) ||
                               findPhrase(w, kUnitWords) >= 0);
        if (numbered)
            ++c.addressFull;
        else if (w.list.size() <= 4 && !s.contains('@'))
            ++c.addressPart;
    } else if (w.list.size() >= 3) {
        // an address in one field, ending with its postcode
        const auto last = w.list.size();
        std::string tail(w.list[last - 2]);
        tail += ' ';
        tail += w.list[last - 1];
        if (isValidPostcode(QByteArrayView(tail.data(), qsizetype(tail.size()))) &&
            std::any_of(s.begin(), s.end(), [](char ch) { return ch == ','; }))
            ++c.addressFull;
    }
    if (w.list.size() >= 3)
        ++c.multiWord;
    const bool isLong = (w.list.size() >= 6 && s.size() >= 30) || s.size() >= 60;
    if (isLong) {
        ++c.longText;
        scanFreeText(s, w, c);
    }

    // Special categories and offences, in short values (a category column).
    if (isNeutral(w)) {
        ++c.neutral;
        return;
    }
    if (!isLong) {
        char upper[4] = {};
        if (s.size() == 4) {
            for (int i = 0; i < 4; ++i)
                upper[i] = (s[i] >= 'a' && s[i] <= 'z') ? char(s[i] - 32) : s[i];
        }
        const auto code = s.size() == 4 ? std::find(kEthnicityCodes.begin(), kEthnicityCodes.end(),
                                                    std::string_view(upper, 4))
                                        : kEthnicityCodes.end();
        const int word = findPhrase(w, kEthnicityWords);
        if (code != kEthnicityCodes.end()) {
            ++c.ethnicity;
            c.ethnicityTerms.insert(1000 + int(code - kEthnicityCodes.begin()));
        } else if (word >= 0) {
            ++c.ethnicity;
            c.ethnicityTerms.insert(word);
        }
        c.religion += findPhrase(w, kReligionWords) >= 0;
        c.sexuality += findPhrase(w, kSexualityWords) >= 0 || w.padded == " straight ";
        c.health += findPhrase(w, kHealthWords) >= 0;
        c.criminal += findPhrase(w, kCriminalWords) >= 0;
    }
}

// ---- reasons ------------------------------------------------------------------------

QString count(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

QString share(qint64 k, qint64 n)
{
    int p = n > 0 ? int(std::lround(100.0 * double(k) / double(n))) : 0;
    if (k > 0 && p == 0)
        p = 1;
    if (k < n && p == 100)
        p = 99;
    return Tr::tr("%1%", "a percentage").arg(p);
}

QString headerPart(const QString& header)
{
    return Tr::tr("header \"%1\"").arg(header.trimmed());
}

QString sentence(const QStringList& parts)
{
    QString text = parts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

double ramp(double x, double lo, double hi)
{
    return std::clamp((x - lo) / (hi - lo), 0.0, 1.0);
}

double weight(int support)
{
    return support <= 0 ? 0.0 : double(support) / (double(support) + 3.0);
}

double rate(int k, int n)
{
    return n > 0 ? double(k) / double(n) : 0.0;
}

double combine(double header, double values)
{
    return 1.0 - (1.0 - header) * (1.0 - values);
}

constexpr int kContradictionSample = 10;

class Findings
{
public:
    void add(IdentifierKind kind, double confidence, const QStringList& parts,
             SpecialCategory category = SpecialCategory::None)
    {
        if (confidence < IdentifierDetector::kReportThreshold)
            return;
        IdentifierFinding f;
        f.kind = kind;
        f.confidence = std::round(std::clamp(confidence, 0.0, 1.0) * 100.0) / 100.0;
        f.reason = sentence(parts);
        f.category = category;
        m_list.append(f);
    }
    QList<IdentifierFinding> take()
    {
        std::stable_sort(m_list.begin(), m_list.end(),
                         [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
        return m_list;
    }

private:
    QList<IdentifierFinding> m_list;
};

// Evidence for one kind that has a value test: header score, shape count and pass count.
struct Test
{
    double header = 0;
    int shape = 0;
    int valid = 0;
    double lo = 0.3; // pass rate where value evidence starts
    double hi = 0.9; // and where it is full
    double strength = 0.9;
};

// Confidence and whether the values contradict the header.
double judge(const Test& t, int n, bool& lowPass)
{
    const double passRate = rate(t.valid, n);
    const double valueScore = t.strength * ramp(passRate, t.lo, t.hi) * weight(t.valid);
    double confidence = combine(t.header, valueScore);
    lowPass = false;
    if (t.header > 0 && n >= kContradictionSample) {
        if (rate(t.shape, n) < 0.2)
            return 0; // the values are something else
        if (passRate < t.lo) {
            lowPass = true;
            confidence = std::min(confidence, 0.4);
        }
    }
    return confidence;
}

} // namespace

IdentifierDetector::IdentifierDetector(QDate today)
    : m_today(today)
{}

namespace {
// At most this many different values in a sample of 20 or more: a label column.
constexpr qsizetype kFewDistinct = 3;
// ... whose name, address or free-text finding is then kept below the flag threshold.
constexpr double kLabelCap = 0.3;
} // namespace

QList<IdentifierFinding> IdentifierDetector::detect(const QString& header,
                                                    const QByteArrayList& values) const
{
    const HeaderWords h(header);
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();

    // Header evidence, kind by kind.
    const bool nhsNegative = h.matches({"trust", "organisation", "organization", "provider",
                                        "board", "region", "site", "practice", "hospital"});
    const double hNhs =
        !nhsNegative && h.matches({"nhs", "nhs number", "nhs no", "nhsno", "rhif gig", "gig"})
            ? 0.6
            : 0.0;
    double hNi = h.matches({"ni number", "ni no", "ni num", "nino", "national insurance", "nat ins",
                            "nins", "yswiriant gwladol", "rhif yswiriant"})
                     ? 0.6
                     : 0.0;
    if (hNi == 0 && h.hasWord("ni"))
        hNi = 0.45;
    const double hPostcode = h.matches({"postcode", "post code", "postal code", "pcode", "zip code",
                                        "zip", "cod post", "codpost"})
                                 ? 0.6
                                 : 0.0;
    const double hDob = h.matches({"dob", "d o b", "date of birth", "birth date", "birthdate",
                                   "date born", "birthday", "born", "dyddiad geni", "geni"})
                            ? 0.6
                            : 0.0;
    const double hYob =
        h.matches({"year of birth", "yob", "birth year", "blwyddyn geni"}) ? 0.6 : 0.0;
    const bool nameNegative = h.matches(
        {"file",         "filename",     "user",          "username",   "product",     "company",
         "organisation", "organization", "org",           "school",     "street",      "road",
         "business",     "team",         "site",          "place",      "scheme",      "ward",
         "service",      "provider",     "establishment", "setting",    "trust",       "building",
         "project",      "course",       "sheet",         "column",     "field",       "table",
         "event",        "practice",     "town",          "city",       "country",     "area",
         "district",     "authority",    "council",       "department", "dept",        "agency",
         "group",        "category",     "role",          "job",        "unit",        "location",
         "hospital",     "host",         "server",        "bank",       "employer",    "estate",
         "premises",     "venue",        "shop",          "store",      "brand",       "item",
         "code",         "type",         "ysgol",         "cwmni",      "stryd",       "village",
         "parish",       "street name",  "house name",    "property",   "account type"});
    double hName = 0;
    if (!nameNegative) {
        if (h.matches({"forename",       "forenames",   "first name",     "firstname",
                       "given name",     "given names", "christian name", "middle name",
                       "middle names",   "surname",     "last name",      "lastname",
                       "family name",    "full name",   "fullname",       "maiden name",
                       "preferred name", "known as",    "cyfenw",         "enw cyntaf",
                       "enwau cyntaf",   "enw llawn",   "enw olaf"}))
            hName = 0.6;
        else if (h.matches({"name", "names", "enw", "enwau"}))
            hName = 0.5;
    }
    const bool emailHeader = h.matches({"email", "e mail", "emails", "e bost", "ebost"});
    const double hEmail = emailHeader ? 0.6 : 0.0;
    const double hPhone =
        h.matches({"phone", "telephone", "tel", "tel no", "mobile", "mob", "phone number",
                   "contact number", "landline", "ffon", "rhif ffon", "symudol"})
            ? 0.6
            : 0.0;
    double hUprn =
        h.matches({"uprn", "unique property reference", "cyfeirnod eiddo unigryw"}) ? 0.7 : 0.0;
    if (hUprn == 0 && h.matches({"property reference", "property ref", "prop ref"}))
        hUprn = 0.45;
    const double hUpn = h.matches({"upn", "unique pupil number", "pupil number",
                                   "rhif unigryw disgybl", "rhif disgybl unigryw", "rhif disgybl"})
                            ? 0.6
                            : 0.0;
    const bool addressNegative =
        emailHeader || h.matches({"ip", "web", "mac", "url", "website", "ip address"});
    const double hAddress =
        !addressNegative &&
                h.matches({"address", "addresses", "address line", "addr", "street", "house number",
                           "house name", "flat number", "cyfeiriad", "stryd", "llinell cyfeiriad"})
            ? 0.6
            : 0.0;
    const double hFreeText = h.matches({"notes",
                                        "note",
                                        "comments",
                                        "comment",
                                        "description",
                                        "details",
                                        "narrative",
                                        "summary",
                                        "free text",
                                        "remarks",
                                        "observations",
                                        "additional information",
                                        "other information",
                                        "further information",
                                        "nodiadau",
                                        "nodyn",
                                        "sylwadau",
                                        "sylw",
                                        "disgrifiad",
                                        "manylion",
                                        "gwybodaeth ychwanegol"})
                                 ? 0.5
                                 : 0.0;
    const bool precaution = h.matches({"precaution", "precautions"});
    const double hCriminal = !precaution && h.matches({"offence",
                                                       "offences",
                                                       "offense",
                                                       "offenses",
                                                       "offending",
                                                       "offender",
                                                       "conviction",
                                                       "convictions",
                                                       "convicted",
                                                       "caution",
                                                       "cautions",
                                                       "cautioned",
                                                       "youth offending",
                                                       "yot",
                                                       "yos",
                                                       "youth justice",
                                                       "criminal",
                                                       "crime",
                                                       "crimes",
                                                       "arrest",
                                                       "arrests",
                                                       "arrested",
                                                       "sentence",
                                                       "sentenced",
                                                       "probation",
                                                       "prison",
                                                       "custody",
                                                       "custodial",
                                                       "pnc",
                                                       "police national computer",
                                                       "dbs",
                                                       "trosedd",
                                                       "troseddau",
                                                       "troseddu",
                                                       "troseddwr",
                                                       "euogfarn",
                                                       "euogfarnau",
                                                       "collfarn",
                                                       "collfarnau",
                                                       "cyfiawnder ieuenctid",
                                                       "carchar"})
                                 ? 0.7
                                 : 0.0;

    struct SpecialHeader
    {
        SpecialCategory category;
        double score;
    };
    std::vector<SpecialHeader> specialHeaders;
    auto special = [&](SpecialCategory cat, std::initializer_list<const char*> phrases) {
        if (h.matches(phrases))
            specialHeaders.push_back({cat, 0.7});
    };
    special(SpecialCategory::EthnicOrigin,
            {"ethnicity", "ethnic", "ethnic origin", "ethnic group", "ethnic background", "race",
             "racial", "ethnigrwydd", "grwp ethnig", "tarddiad ethnig", "cefndir ethnig"});
    special(SpecialCategory::Religion,
            {"religion", "religious", "faith", "belief", "beliefs", "crefydd", "ffydd", "cred"});
    if (!h.matches({"property", "stock", "building", "asset", "vehicle", "road", "safety",
                    "tenancy", "contract", "terms", "licence", "planning", "weather"}))
        special(SpecialCategory::Health, {"health",
                                          "disability",
                                          "disabilities",
                                          "disabled",
                                          "medical",
                                          "diagnosis",
                                          "condition",
                                          "conditions",
                                          "illness",
                                          "impairment",
                                          "medication",
                                          "pregnant",
                                          "pregnancy",
                                          "special educational needs",
                                          "sen",
                                          "ehcp",
                                          "substance misuse",
                                          "anabledd",
                                          "iechyd",
                                          "iechyd meddwl",
                                          "cyflwr",
                                          "salwch"});
    special(SpecialCategory::SexualOrientation,
            {"sexuality", "sexual orientation", "sexual identity", "lgbt", "lgb", "rhywioldeb",
             "cyfeiriadedd rhywiol"});
    special(SpecialCategory::PoliticalOpinions,
            {"political", "political party", "political opinion", "party membership",
             "voting intention", "barn wleidyddol", "plaid wleidyddol"});
    special(SpecialCategory::TradeUnion,
            {"trade union", "union member", "union membership", "undeb llafur"});
    special(SpecialCategory::Genetic, {"genetic", "genetics", "dna", "genome", "genomic"});
    special(SpecialCategory::Biometric, {"biometric", "biometrics", "fingerprint", "fingerprints",
                                         "facial recognition", "iris scan", "voiceprint"});

    // Values.
    DateContext dc;
    dc.serials = hDob > 0 || detail::headerSaysDate(h);
    dc.today = daysFromCivil(today.year(), today.month(), today.day());
    dc.oldestBirth = daysFromCivil(today.year() - 125, today.month(), std::min(today.day(), 28));
    dc.thisYear = today.year();
    Counts c;
    QSet<QByteArray> distinct;
    for (const QByteArray& raw : values) {
        const QByteArrayView s = trimSpaces(raw);
        if (s.isEmpty() || isPlaceholder(s))
            continue;
        countValue(s, dc, c);
        if (distinct.size() <= kFewDistinct)
            distinct.insert(s.toByteArray());
    }
    const int n = c.n;
    // The same one to three values all the way down ("Leeds City Council" under "Body
    // name") are a label, not people's names, addresses or notes.
    const bool fewDistinct = n >= 20 && distinct.size() <= kFewDistinct;
    const QString fewPart =
        Tr::tr("but the column holds only %n different value(s), so it reads as a label", nullptr,
               int(distinct.size()));
    const QString hp = headerPart(header);
    Findings out;
    bool lowPass = false;

    // NHS numbers.
    {
        const Test t{hNhs, c.nhsShape, c.nhsValid, 0.3, 0.9, 0.95};
        const double conf = judge(t, n, lowPass);
        QStringList parts;
        if (c.nhsValid > 0 || (t.header > 0 && n > 0)) {
            parts << Tr::tr("%1 of %2 sampled values are valid NHS numbers (check digit correct)",
                            nullptr, n)
                         .arg(share(c.nhsValid, n), count(n));
            if (c.nhsTest > 0)
                parts << Tr::tr("%1 of them are in the range kept for test data (999 000 0000 to "
                                "999 999 9999)",
                                nullptr, c.nhsTest)
                             .arg(count(c.nhsTest));
        }
        if (t.header > 0)
            parts << (n == 0 ? Tr::tr("header \"%1\" (no values to check)").arg(header.trimmed())
                             : hp);
        if (lowPass)
            parts << Tr::tr("so few pass the check that they may be another kind of number");
        out.add(IdentifierKind::NhsNumber, conf, parts);
    }

    // National Insurance numbers.
    {
        const int pass = c.niValid + c.niPlaceholder;
        const Test t{hNi, c.niShape, pass, 0.2, 0.8, 0.9};
        const double conf = judge(t, n, lowPass);
        QStringList parts;
        if (pass > 0 || (t.header > 0 && n > 0))
            parts << Tr::tr("%1 of %2 sampled values are National Insurance numbers", nullptr, n)
                         .arg(share(pass, n), count(n));
        if (c.niPlaceholder > 0)
            parts << Tr::tr("%1 of them are the placeholder QQ 12 34 56 C, not real numbers",
                            nullptr, c.niPlaceholder)
                         .arg(count(c.niPlaceholder));
        if (t.header > 0)
            parts << hp;
        if (lowPass)
            parts << Tr::tr("most values do not follow the National Insurance number rules");
        out.add(IdentifierKind::NiNumber, conf, parts);
    }

    // Postcodes, whole or in part.
    {
        const Test t{hPostcode, c.postcodeShape, c.postcode, 0.2, 0.8, 0.9};
        double conf = judge(t, n, lowPass);
        QStringList parts;
        const bool partial = hPostcode > 0 && rate(c.postcodePartial, n) >= 0.5;
        if (partial) {
            conf = std::max(conf, 0.6);
            parts << Tr::tr("%1 of %2 sampled values are the first part of a postcode (district "
                            "or sector)",
                            nullptr, n)
                         .arg(share(c.postcodePartial, n), count(n));
        } else if (c.postcode > 0 || (t.header > 0 && n > 0)) {
            parts << Tr::tr("%1 of %2 sampled values are valid UK postcodes", nullptr, n)
                         .arg(share(c.postcode, n), count(n));
        }
        if (c.postcodePseudo > 0)
            parts << Tr::tr("%1 are NHS pseudo-postcodes such as ZZ99 3VZ (no fixed abode) or "
                            "ZZ99 3WZ (address not known)",
                            nullptr, c.postcodePseudo)
                         .arg(count(c.postcodePseudo));
        if (t.header > 0)
            parts << hp;
        if (lowPass && !partial)
            parts << Tr::tr("most values are not valid postcodes");
        out.add(IdentifierKind::Postcode, conf, parts);
    }

    // Email addresses.
    {
        const Test t{hEmail, c.emailShape, c.email, 0.2, 0.8, 0.95};
        const double conf = judge(t, n, lowPass);
        QStringList parts;
        if (c.email > 0 || (t.header > 0 && n > 0))
            parts << Tr::tr("%1 of %2 sampled values are email addresses", nullptr, n)
                         .arg(share(c.email, n), count(n));
        if (t.header > 0)
            parts << hp;
        out.add(IdentifierKind::Email, conf, parts);
    }

    // Phone numbers. Without a header, a number that lost its leading zero is not one.
    {
        const int pass = c.phone + (hPhone > 0 ? c.phoneNoZero : 0);
        const Test t{hPhone, c.phoneShape, pass, 0.3, 0.8, 0.85};
        const double conf = judge(t, n, lowPass);
        QStringList parts;
        if (pass > 0 || (t.header > 0 && n > 0))
            parts << Tr::tr("%1 of %2 sampled values are UK phone numbers", nullptr, n)
                         .arg(share(pass, n), count(n));
        if (hPhone > 0 && c.phoneNoZero > 0)
            parts << Tr::tr("%1 of them have lost their leading 0, as a spreadsheet does to a "
                            "number",
                            nullptr, c.phoneNoZero)
                         .arg(count(c.phoneNoZero));
        if (t.header > 0)
            parts << hp;
        out.add(IdentifierKind::Phone, conf, parts);
    }

    // UPRN: any whole number fits, so only a header names it; the values confirm.
    if (hUprn > 0) {
        const Test t{hUprn, c.digitsOnly, c.uprnShape, 0.5, 0.9, 0.6};
        const double conf = judge(t, n, lowPass);
        QStringList parts{hp};
        if (n > 0)
            parts << Tr::tr("%1 of %2 sampled values are whole numbers of up to 12 digits, as "
                            "UPRNs are",
                            nullptr, n)
                         .arg(share(c.uprnShape, n), count(n));
        out.add(IdentifierKind::Uprn, conf, parts);
    }

    // Unique Pupil Numbers.
    {
        const Test t{hUpn, c.upnShape, c.upn, 0.3, 0.9, 0.95};
        const double conf = judge(t, n, lowPass);
        QStringList parts;
        if (c.upn > 0 || (t.header > 0 && n > 0))
            parts << Tr::tr("%1 of %2 sampled values are valid Unique Pupil Numbers (check "
                            "letter correct)",
                            nullptr, n)
                         .arg(share(c.upn, n), count(n));
        if (t.header > 0)
            parts << hp;
        out.add(IdentifierKind::Upn, conf, parts);
    }

    // Dates of birth and years of birth.
    {
        std::sort(c.dateDays.begin(), c.dateDays.end());
        auto yearOf = [](qint32 days) {
            return dateFromDays(days).year();
        };
        const double dateRate = rate(c.dates, n);
        const double birthRate = rate(c.birthDates, std::max(c.dates, 1));
        QStringList parts;
        double conf = 0;
        if (hDob > 0) {
            if (n == 0) {
                conf = hDob;
                parts << Tr::tr("header \"%1\" (no values to check)").arg(header.trimmed());
            } else if (n >= kContradictionSample && dateRate < 0.2) {
                conf = 0; // not dates at all
            } else {
                const double valueScore =
                    0.75 * ramp(dateRate * birthRate, 0.5, 0.9) * weight(c.dates);
                conf = combine(hDob, valueScore);
                parts << hp;
                if (c.dates > 0)
                    parts << Tr::tr("%1 of %2 sampled values are dates, from %3 to %4", nullptr, n)
                                 .arg(share(c.dates, n), count(n))
                                 .arg(yearOf(c.dateDays.front()))
                                 .arg(yearOf(c.dateDays.back()));
                if (c.futureDates > 0)
                    parts << Tr::tr("%1 of them are in the future", nullptr, c.futureDates)
                                 .arg(count(c.futureDates));
            }
        } else if (hYob > 0) {
            conf = combine(hYob, 0.7 * ramp(rate(c.years, n), 0.5, 0.9) * weight(c.years));
            parts << hp;
            if (n > 0)
                parts << Tr::tr("%1 of %2 sampled values are years of birth", nullptr, n)
                             .arg(share(c.years, n), count(n));
        } else if (c.dates >= 20 && dateRate >= 0.9 && c.futureDates == 0 && birthRate >= 0.95) {
            // No header evidence: only dates that look like a population's births, spread
            // over many years, none in the future, under a header naming no other event.
            const bool otherEvent =
                h.matches({"invoice",     "referral",    "start",       "end",          "created",
                           "modified",    "updated",     "due",         "payment",      "paid",
                           "issue",       "issued",      "received",    "sent",         "closed",
                           "opened",      "visit",       "appointment", "admission",    "discharge",
                           "review",      "assessment",  "entry",       "exit",         "tenancy",
                           "application", "decision",    "completion",  "completed",    "report",
                           "incident",    "expiry",      "expires",     "death",        "dod",
                           "move",        "moved",       "registered",  "registration", "order",
                           "delivery",    "transaction", "posted",      "effective",    "renewal",
                           "inspection",  "allocation"});
            const size_t k = c.dateDays.size();
            const double spreadYears = double(c.dateDays[k * 9 / 10] - c.dateDays[k / 10]) / 365.25;
            if (!otherEvent && spreadYears >= 15) {
                conf = 0.4;
                parts << Tr::tr("%1 of %2 sampled values are dates spread over %3 years, none in "
                                "the future, as dates of birth are; the header does not say what "
                                "they are",
                                nullptr, n)
                             .arg(share(c.dates, n), count(n))
                             .arg(int(spreadYears));
            }
        }
        out.add(IdentifierKind::DateOfBirth, conf, parts);
    }

    // People's names.
    {
        const double shapeRate = rate(c.nameShape, n);
        const double hitRate = rate(c.nameHit, n);
        double valueScore = 0;
        if (shapeRate >= 0.6)
            valueScore = 0.75 * ramp(hitRate, 0.1, 0.4) * weight(c.nameHit);
        double conf = combine(hName, valueScore);
        QStringList parts;
        if (hName > 0 && n >= kContradictionSample && shapeRate < 0.2)
            conf = 0;
        if (valueScore > 0 || (hName > 0 && n > 0))
            parts << Tr::tr("%1 of %2 sampled values look like names; %3 contain a common "
                            "forename or surname",
                            nullptr, n)
                         .arg(share(c.nameShape, n), count(n), share(c.nameHit, n));
        if (hName > 0)
            parts << hp;
        if (fewDistinct && conf > kLabelCap) {
            conf = kLabelCap;
            parts << fewPart;
        }
        out.add(IdentifierKind::PersonName, conf, parts);
    }

    // Addresses.
    {
        const double addressRate = rate(c.addressFull, n) + 0.5 * rate(c.addressPart, n);
        const double valueScore =
            0.85 * ramp(addressRate, 0.2, 0.7) * weight(c.addressFull + c.addressPart);
        double conf = combine(hAddress, valueScore);
        if (hAddress > 0 && n >= kContradictionSample &&
            rate(c.multiWord + c.addressPart, n) < 0.2 && addressRate < 0.05)
            conf = 0;
        QStringList parts;
        if (valueScore > 0 || (hAddress > 0 && n > 0))
            parts << Tr::tr("%1 of %2 sampled values look like address lines (a house number "
                            "or flat and a street)",
                            nullptr, n)
                         .arg(share(c.addressFull + c.addressPart, n), count(n));
        if (hAddress > 0)
            parts << hp;
        if (fewDistinct && conf > kLabelCap) {
            conf = kLabelCap;
            parts << fewPart;
        }
        out.add(IdentifierKind::Address, conf, parts);
    }

    // Free text, and what it mentions.
    {
        const double longRate = rate(c.longText, n);
        const double valueScore = 0.8 * ramp(longRate, 0.1, 0.5) * weight(c.longText);
        double conf = combine(hFreeText, valueScore);
        if (hFreeText > 0 && n >= kContradictionSample && longRate < 0.05 &&
            double(c.totalBytes) / n < 20)
            conf = 0; // short codes under a "Reason" or "Details" header
        const int mentions =
            c.mentionEmail + c.mentionPhone + c.mentionNhs + c.mentionPostcode + c.mentionName;
        QStringList parts;
        if (c.longText > 0 || (hFreeText > 0 && n > 0))
            parts << Tr::tr("%1 of %2 sampled values are long free text (average %3 characters)",
                            nullptr, n)
                         .arg(share(c.longText, n), count(n))
                         .arg(n > 0 ? int(c.totalBytes / n) : 0);
        if (hFreeText > 0)
            parts << hp;
        if (conf > 0 && mentions > 0) {
            conf = combine(conf, std::min(0.9, 0.3 + 0.1 * mentions));
            QStringList what;
            if (c.mentionName > 0)
                what << Tr::tr("a person with a title (Mr, Mrs, Ms...) in %1", nullptr,
                               c.mentionName)
                            .arg(count(c.mentionName));
            if (c.mentionEmail > 0)
                what << Tr::tr("an email address in %1", nullptr, c.mentionEmail)
                            .arg(count(c.mentionEmail));
            if (c.mentionPhone > 0)
                what << Tr::tr("a phone number in %1", nullptr, c.mentionPhone)
                            .arg(count(c.mentionPhone));
            if (c.mentionPostcode > 0)
                what << Tr::tr("a postcode in %1", nullptr, c.mentionPostcode)
                            .arg(count(c.mentionPostcode));
            if (c.mentionNhs > 0)
                what << Tr::tr("an NHS number in %1", nullptr, c.mentionNhs)
                            .arg(count(c.mentionNhs));
            parts << Tr::tr("the long values mention %1").arg(what.join(QStringLiteral(", ")));
        }
        if (fewDistinct && conf > kLabelCap) {
            conf = kLabelCap;
            parts << fewPart;
        }
        out.add(IdentifierKind::FreeText, conf, parts);
    }

    // Special categories: by header, by the values of a category column, and by what
    // free text mentions.
    {
        struct ValueEvidence
        {
            SpecialCategory category;
            int hits;
        };
        const int decided = std::max(n - c.neutral, 0);
        const bool ethnicityDistinct = c.ethnicityTerms.size() >= 2;
        const ValueEvidence evidence[] = {
            {SpecialCategory::EthnicOrigin, ethnicityDistinct ? c.ethnicity : 0},
            {SpecialCategory::Religion, c.religion},
            {SpecialCategory::SexualOrientation, c.sexuality},
            {SpecialCategory::Health, c.health},
        };
        for (int cat = int(SpecialCategory::EthnicOrigin);
             cat <= int(SpecialCategory::SexualOrientation); ++cat) {
            const auto category = SpecialCategory(cat);
            double headerScore = 0;
            for (const auto& sh : specialHeaders) {
                if (sh.category == category)
                    headerScore = sh.score;
            }
            int hits = 0;
            for (const auto& e : evidence) {
                if (e.category == category)
                    hits = e.hits;
            }
            const double valueScore = 0.8 * ramp(rate(hits, decided), 0.4, 0.8) * weight(hits);
            double conf = combine(headerScore, valueScore);
            QStringList parts;
            if (headerScore > 0)
                parts << Tr::tr("header \"%1\" names %2, a special category of personal data")
                             .arg(header.trimmed(), specialCategoryLabel(category));
            if (valueScore > 0)
                parts << Tr::tr("%1 of %2 sampled values (not counting \"not known\" and the like) "
                                "record %3",
                                nullptr, decided)
                             .arg(share(hits, decided), count(decided),
                                  specialCategoryLabel(category));
            if (category == SpecialCategory::Health && c.longText > 0 &&
                rate(c.mentionHealth, c.longText) >= 0.05 && c.mentionHealth >= 2) {
                conf = combine(conf, 0.4);
                parts << Tr::tr("%1 of %2 long text values mention health or disability", nullptr,
                                c.longText)
                             .arg(count(c.mentionHealth), count(c.longText));
            }
            out.add(IdentifierKind::SpecialCategory, conf, parts, category);
        }
    }

    // Criminal offence data.
    {
        const int decided = std::max(n - c.neutral, 0);
        const double valueScore =
            0.75 * ramp(rate(c.criminal, decided), 0.3, 0.7) * weight(c.criminal);
        double conf = combine(hCriminal, valueScore);
        QStringList parts;
        if (hCriminal > 0)
            parts << Tr::tr("header \"%1\" suggests offences, convictions or cautions")
                         .arg(header.trimmed());
        if (valueScore > 0)
            parts << Tr::tr("%1 of %2 sampled values name offences or court outcomes", nullptr,
                            decided)
                         .arg(share(c.criminal, decided), count(decided));
        if (c.longText > 0 && rate(c.mentionCriminal, c.longText) >= 0.05 &&
            c.mentionCriminal >= 2) {
            conf = combine(conf, 0.4);
            parts << Tr::tr("%1 of %2 long text values mention offences, arrests or convictions",
                            nullptr, c.longText)
                         .arg(count(c.mentionCriminal), count(c.longText));
        }
        out.add(IdentifierKind::CriminalOffence, conf, parts);
    }

    return out.take();
}

} // namespace sharewise::profile
