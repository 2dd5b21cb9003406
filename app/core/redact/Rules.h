#pragma once

#include "common/Error.h"
#include "profile/Identifiers.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sharewise {
class JsonFields;
}

// What redaction does to each column: the actions, their parameters, their stable
// names in a saved profile (docs/profiles.md) and how strong each is.
namespace sharewise::redact {

// Stable names in actionName().
enum class Action : quint8
{
    Keep,          // "keep"
    Drop,          // "drop"
    Mask,          // "mask"
    Generalise,    // "generalise"
    Pseudonymise,  // "pseudonymise"
    ShiftDate,     // "shift_date"
    SuppressRare,  // "suppress_rare"
    TopBottomCode, // "top_bottom_code"
};

// What a generalisation turns a value into. Stable names in generalisationName().
enum class Generalisation : quint8
{
    DateMonth,        // "month": 2024-04
    DateQuarter,      // "quarter": 2024-Q2
    DateYear,         // "year": 2024
    AgeBand,          // "age_band": a date of birth to "35-39" at a reference date
    PostcodeSector,   // "postcode_sector": SW1A 1
    PostcodeDistrict, // "postcode_district": SW1A
    PostcodeArea,     // "postcode_area": SW
    NumberBand,       // "number_band": 37 to "30-39" (width 10)
    NumberRound,      // "round": 37 to 40 (to the nearest 10)
    TextEmpty,        // "empty": free text to nothing
};

// The kind of value a pseudonym or a date shift is keyed on: an identifier kind, or
// any other text (a council's own case number). Its name is the pseudonym's salt.
struct PseudonymKind
{
    std::optional<profile::IdentifierKind> identifier; // nullopt: "text"

    [[nodiscard]] QString name() const; // "nhs_number", ..., "text"
    static std::optional<PseudonymKind> fromName(QStringView name);
    bool operator==(const PseudonymKind&) const = default;
};

// One column's rule. Only the parameters of its action matter.
struct ColumnRule
{
    QString column; // the column's name in the dataset
    Action action = Action::Keep;

    // Mask: characters (Unicode code points) shown at each end; the rest become `maskChar`.
    int keepFirst = 0;
    int keepLast = 0;
    QString maskChar = QStringLiteral("*");

    // Generalise.
    Generalisation to = Generalisation::DateYear;
    QDate referenceDate;    // AgeBand: ages on this date
    int bandWidth = 5;      // AgeBand: years a band covers
    int topAge = 90;        // AgeBand: "90+" from this age up (0: no top band)
    double numberStep = 10; // NumberBand width, NumberRound multiple

    // Pseudonymise (this column's kind) and ShiftDate (the person column's kind).
    PseudonymKind kind;
    // ShiftDate: the column naming the person, whose pseudonym keys the offset.
    QString personColumn;

    // SuppressRare: values seen fewer than minCount times become `marker`.
    int minCount = 10;
    QString marker = QStringLiteral("*");

    // TopBottomCode: numbers below `bottom` become "<bottom", from `top` up "top+".
    std::optional<double> bottom;
    std::optional<double> top;

    // A quasi-identifier for the risk check (sex, year of birth, postcode district).
    bool quasiIdentifier = false;

    [[nodiscard]] bool needsKey() const
    {
        return action == Action::Pseudonymise || action == Action::ShiftDate;
    }
    [[nodiscard]] bool outputs() const { return action != Action::Drop; }
};

[[nodiscard]] QString actionName(Action action);
[[nodiscard]] std::optional<Action> actionFromName(QStringView name);
[[nodiscard]] QString generalisationName(Generalisation to);
[[nodiscard]] std::optional<Generalisation> generalisationFromName(QStringView name);

// For people (translated): "Keep", "Drop", "Pseudonymise", ... and one sentence on
// what the action does and when to use it.
[[nodiscard]] QString actionLabel(Action action);
[[nodiscard]] QString actionExplanation(Action action);
[[nodiscard]] QString generalisationLabel(Generalisation to);
// The whole rule in a few words: "Generalise to postcode district", "Mask all but the
// last 3 characters", "Pseudonymise as NHS number".
[[nodiscard]] QString describeRule(const ColumnRule& rule);

// How strongly a rule protects a value: drop > pseudonymise > generalise coarse >
// generalise fine > shift date > suppress rare > top/bottom code > mask > keep
// (docs/profiles.md, "Strength"). Comparable within a column: an agreement's minimum
// is met by any rule at least as strong.
[[nodiscard]] int strength(const ColumnRule& rule);
[[nodiscard]] bool meetsMinimum(const ColumnRule& rule, const ColumnRule& minimum);

// One rule's action and its parameters as JSON: the keys of a profile's column entry
// (docs/profiles.md) except "column" and "quasi_identifier". An agreement's minimum
// redaction for a data item uses the same keys.
[[nodiscard]] QJsonObject ruleToJson(const ColumnRule& rule);
// Reads "action" and its parameters from `fields` into `rule` and appends the keys it
// read to `allowed` (for JsonFields::allowOnly). False when the action or a parameter
// is wrong; `fields` then holds the error, with its key path.
bool ruleFromJson(JsonFields& fields, ColumnRule& rule, QStringList& allowed);

// A rule that can be made coarser one step (postcode district to area, month to
// quarter, 5-year to 10-year bands, ...): that step, or nullopt at the top.
[[nodiscard]] std::optional<ColumnRule> coarserRule(const ColumnRule& rule);

// A saved redaction profile (docs/profiles.md): one rule per column, what to do with
// columns it does not name, and the risk check's settings.
struct RedactionProfile
{
    static constexpr int kVersion = 1;

    enum class OtherColumns : quint8
    {
        Refuse, // "refuse": a column the profile does not name stops the redaction
        Drop,   // "drop"
        Keep,   // "keep"
    };
    enum class RaggedRows : quint8
    {
        Refuse, // "refuse": the user must decide first
        Skip,   // "skip": rows with too few or too many fields are left out
        Pad,    // "pad": short rows padded with empty fields, extra fields dropped
    };

    QString name;
    QString agreement; // the agreement's reference, when the profile belongs to one
    QList<ColumnRule> rules;
    OtherColumns otherColumns = OtherColumns::Refuse;
    RaggedRows raggedRows = RaggedRows::Refuse;
    QString sensitiveColumn; // for l-diversity; empty for none
    int riskThreshold = 5;

    [[nodiscard]] const ColumnRule* rule(const QString& column) const;
    [[nodiscard]] ColumnRule* rule(const QString& column);
    [[nodiscard]] bool needsKey() const;
    [[nodiscard]] QStringList quasiIdentifiers() const;

    // Checks the rules make sense on their own (a mask with negative counts, a shift
    // keyed on a column the profile drops, two rules for one column, ...).
    [[nodiscard]] Status validate() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toBytes() const; // indented, keys in a fixed order
    // `where` names the source in messages (a file name). Unknown keys, duplicate keys
    // and a newer version are refused.
    static Result<RedactionProfile> fromBytes(QByteArrayView json, const QString& where);
    static Result<RedactionProfile> load(const QString& path);
    Status save(const QString& path) const; // atomically (QSaveFile)
};

// How a profile fits a file's columns.
struct ProfileMatch
{
    QStringList missing; // named by the profile, absent from the file
    QStringList added;   // in the file, not named by the profile
    // A missing name and a file column that are probably the same column renamed
    // ("Date of Birth" and "DOB" are not guessed; "Date of birth" and "Date_of_Birth"
    // are). Case, spaces and punctuation alone are matched silently: see `respelled`.
    QList<std::pair<QString, QString>> renamed;   // profile name, file name
    QList<std::pair<QString, QString>> respelled; // profile name, file name (applied)

    [[nodiscard]] bool isExact() const
    {
        return missing.isEmpty() && added.isEmpty() && renamed.isEmpty() && respelled.isEmpty();
    }
};

[[nodiscard]] ProfileMatch matchColumns(const RedactionProfile& profile,
                                        const QStringList& fileColumns);

// The plain-English account of a mismatch (translated), one sentence per problem.
[[nodiscard]] QStringList describeMatch(const ProfileMatch& match);

} // namespace sharewise::redact
