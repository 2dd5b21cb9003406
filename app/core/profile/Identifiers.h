#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Personal identifiers: the single-value validators (reused by redaction to normalise
// values) and the detector that says which columns hold which kind of identifier.
// Formats: docs/architecture.md, "Column profiles".
namespace sharewise::profile {

// Stable machine names in identifierKindName().
enum class IdentifierKind : quint8
{
    NhsNumber,       // "nhs_number"
    NiNumber,        // "ni_number"
    Postcode,        // "postcode"
    DateOfBirth,     // "date_of_birth"
    PersonName,      // "person_name"
    Email,           // "email"
    Phone,           // "phone"
    Uprn,            // "uprn"
    Upn,             // "upn"
    Address,         // "address"
    FreeText,        // "free_text"
    SpecialCategory, // "special_category" (UK GDPR Article 9)
    CriminalOffence, // "criminal_offence" (UK GDPR Article 10)
};

[[nodiscard]] QString identifierKindName(IdentifierKind kind);
[[nodiscard]] std::optional<IdentifierKind> identifierKindFromName(QStringView name);
// "NHS number", "National Insurance number", ... translated.
[[nodiscard]] QString identifierKindLabel(IdentifierKind kind);

// The Article 9 categories. Stable machine names in specialCategoryName().
enum class SpecialCategory : quint8
{
    None,              // ""
    EthnicOrigin,      // "ethnic_origin"
    PoliticalOpinions, // "political_opinions"
    Religion,          // "religion" (religious or philosophical beliefs)
    TradeUnion,        // "trade_union"
    Genetic,           // "genetic"
    Biometric,         // "biometric"
    Health,            // "health" (includes disability)
    SexualOrientation, // "sex_life_or_orientation"
};

[[nodiscard]] QString specialCategoryName(SpecialCategory category);
[[nodiscard]] std::optional<SpecialCategory> specialCategoryFromName(QStringView name);
// "racial or ethnic origin", "health", ... translated, lower case for use in a sentence.
[[nodiscard]] QString specialCategoryLabel(SpecialCategory category);

struct IdentifierFinding
{
    IdentifierKind kind = IdentifierKind::FreeText;
    double confidence = 0; // 0..1
    QString reason;        // one plain sentence (translated), naming the evidence
    SpecialCategory category = SpecialCategory::None; // for SpecialCategory findings
};

// --- single-value validators ------------------------------------------------------
// Each ignores surrounding spaces and accepts the usual ways of writing the value.

// NHS number: 10 digits, optionally written 3-3-4 with spaces or hyphens; modulus 11.
[[nodiscard]] bool isValidNhsNumber(QByteArrayView text);
// The check digit for 9 digits, or -1 when none exists (remainder 1: no valid number).
[[nodiscard]] int nhsCheckDigit(QByteArrayView nineDigits);
// Valid and in 999 000 0000 - 999 999 9999, the range kept for test data.
[[nodiscard]] bool isTestNhsNumber(QByteArrayView text);
// "9434765919" for any valid way of writing it.
[[nodiscard]] std::optional<QByteArray> normaliseNhsNumber(QByteArrayView text);

// National Insurance number: two prefix letters, six digits, suffix A-D, spaces
// allowed. First letter not D F I Q U V, second not D F I O Q U V, prefixes BG GB KN
// NK NT TN ZZ never issued. The placeholder QQ 12 34 56 C is not valid.
[[nodiscard]] bool isValidNiNumber(QByteArrayView text);
// QQ followed by six digits and A-D: the documentation placeholder (never issued).
[[nodiscard]] bool isNiNumberPlaceholder(QByteArrayView text);
// "QQ123456C" upper case without spaces, for a valid number or the placeholder.
[[nodiscard]] std::optional<QByteArray> normaliseNiNumber(QByteArrayView text);

// Full UK postcode by the positional rules (any case, with or without the space), GIR
// 0AA, and NHS pseudo-postcodes ZZ99 nXZ (ZZ99 3VZ no fixed abode, ZZ99 3WZ address not
// known, and the country codes).
[[nodiscard]] bool isValidPostcode(QByteArrayView text);
[[nodiscard]] bool isNhsPseudoPostcode(QByteArrayView text);
// "SW1A 1AA": upper case, one space.
[[nodiscard]] std::optional<QByteArray> normalisePostcode(QByteArrayView text);
// The outward code alone ("SW1A", "M1") by the same rules.
[[nodiscard]] bool isValidPostcodeDistrict(QByteArrayView text);
// "SW1A" and "SW1A 1" of a valid postcode; empty when it is not one.
[[nodiscard]] QByteArray postcodeDistrict(QByteArrayView text);
[[nodiscard]] QByteArray postcodeSector(QByteArrayView text);

// Unique Pupil Number: check letter + 12 digits, or a temporary UPN (11 digits and a
// final letter); the check letter is the weighted sum (positions 2-13) mod 23 mapped
// to A-Z without I, O, S.
[[nodiscard]] bool isValidUpn(QByteArrayView text);
// The check letter for the 12 characters after it, or 0 when they cannot be a UPN.
[[nodiscard]] char upnCheckLetter(QByteArrayView twelveCharacters);
[[nodiscard]] std::optional<QByteArray> normaliseUpn(QByteArrayView text);

// name@example.org by shape (local part, '@', a domain with a dot and a letter TLD).
[[nodiscard]] bool isValidEmail(QByteArrayView text);

// UK telephone number: 0 or +44 / 0044 then 9-10 digits by the numbering plan (01, 02,
// 03, 05, 07, 08, 09); spaces, hyphens, dots, brackets and "(0)" allowed.
[[nodiscard]] bool isValidUkPhone(QByteArrayView text);
// "07700900123" for any valid way of writing it.
[[nodiscard]] std::optional<QByteArray> normaliseUkPhone(QByteArrayView text);

// A UPRN's shape: a whole number of 1 to 12 digits, no leading zero. No check digit.
[[nodiscard]] bool isPlausibleUprn(QByteArrayView text);

// --- detection ---------------------------------------------------------------------

// Decides, from a column's header and a sample of its values, which identifiers it
// holds. Confidence combines the two: a value test well above what chance gives is
// strong evidence even under a meaningless header; a header alone is medium; values
// that contradict the header lower it. Deterministic for the same input.
class IdentifierDetector
{
public:
    // Findings below this confidence are not reported.
    static constexpr double kReportThreshold = 0.3;

    // `today` dates "in the future" and ages; a null date means the current date.
    explicit IdentifierDetector(QDate today = {});

    // `values` as read (surrounding spaces, empty fields and placeholders are skipped).
    // Findings are sorted by confidence, highest first.
    [[nodiscard]] QList<IdentifierFinding> detect(const QString& header,
                                                  const QByteArrayList& values) const;

private:
    QDate m_today;
};

} // namespace sharewise::profile
