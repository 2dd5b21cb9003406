#pragma once

#include "agreements/Agreement.h"
#include "profile/Profiler.h"
#include "redact/Rules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The checks the Share wizard (and `sharewise-cli check`) runs before a share: an
// agreement against what the file really holds (its column profile) and how it will be
// redacted (its redaction profile). Each finding says what is wrong and what to do.
namespace sharewise::agreements {

enum class Severity : quint8
{
    Block, // the share cannot go ahead until this is put right
    Warn,  // it may go ahead; someone should know
};

// Stable names ("block", "warn") and the words for people ("Blocks", "Warning").
[[nodiscard]] QString severityName(Severity severity);
[[nodiscard]] QString severityLabel(Severity severity);

// The stable finding codes (Finding::code).
namespace CheckCode {
inline constexpr char NoAgreement[] = "agreement.missing";
inline constexpr char NotActive[] = "agreement.not_active";         // draft, suspended, ended
inline constexpr char NotStarted[] = "agreement.not_started";       // before its start date
inline constexpr char Expired[] = "agreement.expired";              // past its end date
inline constexpr char ReviewOverdue[] = "agreement.review_overdue"; // warn
inline constexpr char Unconfirmed[] = "agreement.unconfirmed";      // a proposal not confirmed
inline constexpr char OtherAgreement[] = "profile.other_agreement"; // profile for another
inline constexpr char DpiaRequired[] = "dpia.required";
inline constexpr char DpiaNotScreened[] = "dpia.not_screened"; // warn
inline constexpr char RecipientNotNamed[] = "recipient.not_named";
inline constexpr char PassphraseNotAgreed[] = "recipient.passphrase_not_agreed";
inline constexpr char ColumnNoRule[] = "column.no_rule"; // profile refuses other columns
inline constexpr char ColumnNotAllowed[] = "column.not_allowed";
inline constexpr char ColumnTooWeak[] = "column.redaction_too_weak";
inline constexpr char SpecialCategory[] = "column.special_category";
inline constexpr char CriminalOffence[] = "column.criminal_offence";
} // namespace CheckCode

struct Finding
{
    QString code; // stable: "agreement.not_active", "column.not_allowed", ...
    Severity severity = Severity::Block;
    QString column;   // the column it is about, if any
    QString message;  // what is wrong, one plain sentence (translated)
    QString nextStep; // what to do, one plain sentence (translated)
};

// `dataset` null: the column checks are skipped. `redaction` null: the file is sent as
// it is (every column kept). Column names are matched to the profile's rules as the
// redaction does (redact::matchColumns: case, spaces and punctuation aside); a column
// the profile does not name follows its other_columns setting.
struct ShareCheckInput
{
    const Agreement* agreement = nullptr;
    const profile::DatasetProfile* dataset = nullptr;    // the file's columns
    const redact::RedactionProfile* redaction = nullptr; // how it will be redacted
    QStringList recipientFingerprints;                   // who the share will be sealed to
    bool byPassphrase = false; // sealed under a passphrase instead (no recipient keys)
    QDate today = QDate::currentDate();
};

// Blocking findings first, then warnings; within each, agreement, recipients, then the
// columns in the file's order.
[[nodiscard]] QList<Finding> checkShare(const ShareCheckInput& input);
[[nodiscard]] bool anyBlocks(const QList<Finding>& findings);

} // namespace sharewise::agreements
