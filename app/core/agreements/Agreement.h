#pragma once

#include "common/Error.h"
#include "redact/Rules.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A data-sharing agreement as the register keeps it: everything the ICO data-sharing
// code asks an agreement to hold (docs/agreements.md is the reference for its JSON).
// Each member's JSON key is given beside it; the JSON is strict (unknown and duplicate
// keys refused, a newer version refused) and versioned ("sharewise_agreement": 1).
namespace sharewise::agreements {

// Stable names in statusName(): "draft", "active", "suspended", "ended".
enum class AgreementStatus : quint8
{
    Draft,
    Active,
    Suspended,
    Ended,
};

// What the register shows: the stored status, except that an active agreement past
// its end date shows as expired. Stable names: the statuses' and "expired".
enum class DisplayStatus : quint8
{
    Draft,
    Active,
    Expired,
    Suspended,
    Ended,
};

// Stable names: "controller", "joint_controller", "processor".
enum class PartyRole : quint8
{
    Controller,
    JointController,
    Processor,
};

// Stable names: "siro", "dpo", "caldicott_guardian", "other".
enum class SignOffRole : quint8
{
    Siro,
    Dpo,
    CaldicottGuardian,
    Other,
};

// Stable names: "not_screened", "not_required", "required", "completed".
enum class DpiaStatus : quint8
{
    NotScreened, // nobody has asked the screening questions yet
    NotRequired, // screened: no DPIA needed (the reasons are kept)
    Required,    // screened: a DPIA is needed and not yet recorded
    Completed,   // done: `reference` names it
};

// Stable names: "one_off", "weekly", "monthly", "quarterly", "annually", "on_request".
enum class Frequency : quint8
{
    OneOff,
    Weekly,
    Monthly,
    Quarterly,
    Annually,
    OnRequest,
};

struct Contact // JSON object
{
    QString name;  // "name"
    QString role;  // "role": job title
    QString email; // "email"
    QString phone; // "phone"
    bool operator==(const Contact&) const = default;
};

struct Party // "parties": [...]
{
    QString organisation;                   // "organisation"
    PartyRole role = PartyRole::Controller; // "role"
    Contact contact;                        // "contact"
    bool operator==(const Party&) const = default;
};

// A legal ground chosen from the catalogue (resources/legal, LegalCatalogue.h) with
// the reason it applies here, in the IG lead's words.
struct LegalGround // JSON object
{
    QString code;      // "code": a catalogue id ("art6_1_e", "art9_2_g", "sch1_6", ...)
    QString schedule1; // "schedule1": the DPA 2018 Schedule 1 paragraph an Article 9 (or
                       // criminal offence) condition needs ("sch1_6"); empty if none
    QString reason;    // "reason"
    bool operator==(const LegalGround&) const = default;
};

// One data item the agreement allows, with the least redaction it must get. A file's
// column is this item when its name matches `name` or one of `aliases` (case, spaces
// and punctuation aside).
struct DataItem // "data_items": [...]
{
    QString name;        // "name": "Date of birth"
    QStringList aliases; // "aliases": ["DOB", "Birth date"]
    QString description; // "description"
    // "minimum": the weakest rule allowed (an action and its parameters, as in a
    // redaction profile's column; docs/profiles.md). Keep when absent.
    redact::ColumnRule minimum;
    bool operator==(const DataItem& o) const;
};

struct SignOff // "sign_offs": [...]
{
    QString name;                          // "name"
    SignOffRole role = SignOffRole::Other; // "role"
    QString roleTitle;                     // "role_title": for Other, or the exact title
    QString organisation;                  // "organisation"
    QDate date;                            // "date": ISO yyyy-MM-dd; invalid until signed
    bool operator==(const SignOff&) const = default;
};

struct ExpectedOutput // "outputs": [...]
{
    QString title;       // "title"
    QString description; // "description"
    QDate due;           // "due"
    bool operator==(const ExpectedOutput&) const = default;
};

// A recipient a share under this agreement may go to: an organisation and, from the
// recipients directory, the key that receives (by fingerprint).
struct Recipient // "recipients": [...]
{
    QString organisation; // "organisation"
    QString contact;      // "contact"
    QString fingerprint;  // "fingerprint": formatted as KeyCard::formatFingerprint
    // "by_passphrase" (written only when true): this recipient has no key and receives
    // bundles sealed under a passphrase sent to them by another route.
    bool byPassphrase = false;
    [[nodiscard]] bool receivesByPassphrase() const
    {
        return byPassphrase && fingerprint.trimmed().isEmpty();
    }
    bool operator==(const Recipient&) const = default;
};

struct Dpia // "dpia": {...}
{
    DpiaStatus status = DpiaStatus::NotScreened; // "status"
    QString reference;                           // "reference": the DPIA's own reference
    QStringList triggers; // "triggers": screening triggers that apply (Dpia.h ids)
    QString note;         // "note"
    bool operator==(const Dpia&) const = default;
};

// Fields whose content is a proposal (from the Agreement helper or a template) that
// the IG lead has not confirmed yet. Stable names, as in Agreement::proposed.
namespace Field {
inline constexpr char LawfulBasis[] = "lawful_basis";
inline constexpr char SpecialCategory[] = "special_category_conditions";
inline constexpr char CriminalOffence[] = "criminal_offence_conditions";
inline constexpr char StatutoryPowers[] = "statutory_powers";
inline constexpr char DataItems[] = "data_items";
inline constexpr char Dpia[] = "dpia";
} // namespace Field

struct Agreement
{
    static constexpr int kVersion = 1; // "sharewise_agreement"

    QString reference; // "reference": one line, at most 64 characters, unique
    QString title;     // "title"
    AgreementStatus status = AgreementStatus::Draft; // "status"
    QList<Party> parties;                            // "parties"

    QString purpose;    // "purpose": in plain English
    QString benefits;   // "benefits": expected benefits, including to the council
    QString notUsedFor; // "not_used_for": what the data will not be used for

    LegalGround lawfulBasis;                      // "lawful_basis": Article 6(1)
    QList<LegalGround> specialCategoryConditions; // "special_category_conditions": Art 9
    QList<LegalGround> criminalOffenceConditions; // "criminal_offence_conditions": Art 10
    QList<LegalGround> statutoryPowers;           // "statutory_powers"

    QList<DataItem> dataItems; // "data_items"

    Frequency frequency = Frequency::OneOff; // "frequency"
    QString retention;      // "retention": how long the recipient keeps it, and deletion
    QString security;       // "security": security standards and how data is moved
    QString transferMethod; // "transfer_method"
    QString rights;         // "rights": individuals' rights and complaints
    Dpia dpia;              // "dpia"

    QDate startsOn;    // "starts_on"
    QDate endsOn;      // "ends_on": invalid for open-ended
    QDate reviewDueOn; // "review_due_on"

    QList<SignOff> signOffs;       // "sign_offs"
    QList<ExpectedOutput> outputs; // "outputs"
    QList<Recipient> recipients;   // "recipients"
    bool requiresReview = true;    // "requires_review": IG review before sealing
    QStringList proposed;          // "proposed": Field names awaiting confirmation
    QString templateId;            // "template": the template it was made from, if any

    // Register facts, not part of the content (not in toJson(); in exportJson()).
    int version = 0;        // 1, 2, ...; 0 until recorded
    QByteArray contentHash; // BLAKE2b-256 of the canonical content JSON

    [[nodiscard]] DisplayStatus displayStatus(const QDate& today) const;
    [[nodiscard]] bool isProposed(const char* field) const;

    // Problems that stop the agreement being recorded at all (no reference or title,
    // an end before the start, a data item named twice, ...), one sentence each.
    [[nodiscard]] QStringList problems() const;
    // Further problems that stop it becoming active: no purpose, no lawful basis, no
    // recipient, no start date, unconfirmed proposals, no sign-off, ...
    [[nodiscard]] QStringList problemsForActivation() const;

    // The content as JSON (every key, in a fixed order, version included).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toBytes() const; // indented
    // Canonical JSON of toJson() and its BLAKE2b-256: the version's content hash.
    [[nodiscard]] QByteArray canonicalContent() const;
    [[nodiscard]] QByteArray computeContentHash() const;
    // The organisations named as receiving by passphrase (Recipient::receivesByPassphrase).
    [[nodiscard]] QStringList byPassphraseOrganisations() const;
    static Result<Agreement> fromJson(const QJsonObject& json, const QString& where);
    static Result<Agreement> fromBytes(QByteArrayView json, const QString& where);

    bool operator==(const Agreement&) const; // content only (not version or hash)
};

[[nodiscard]] QString statusName(AgreementStatus status);
[[nodiscard]] std::optional<AgreementStatus> statusFromName(QStringView name);
[[nodiscard]] QString displayStatusName(DisplayStatus status);
[[nodiscard]] QString partyRoleName(PartyRole role);
[[nodiscard]] std::optional<PartyRole> partyRoleFromName(QStringView name);
[[nodiscard]] QString signOffRoleName(SignOffRole role);
[[nodiscard]] std::optional<SignOffRole> signOffRoleFromName(QStringView name);
[[nodiscard]] QString dpiaStatusName(DpiaStatus status);
[[nodiscard]] std::optional<DpiaStatus> dpiaStatusFromName(QStringView name);
[[nodiscard]] QString frequencyName(Frequency frequency);
[[nodiscard]] std::optional<Frequency> frequencyFromName(QStringView name);

// For people (translated): "Draft", "Active", "Expired", ...; "Controller", ...;
// "Senior Information Risk Owner (SIRO)", ...; "Not screened", ...; "Quarterly", ...
[[nodiscard]] QString displayStatusLabel(DisplayStatus status);
[[nodiscard]] QString partyRoleLabel(PartyRole role);
[[nodiscard]] QString signOffRoleLabel(SignOffRole role);
[[nodiscard]] QString dpiaStatusLabel(DpiaStatus status);
[[nodiscard]] QString frequencyLabel(Frequency frequency);

// The data item a file's column is (name or alias; case, spaces and punctuation
// aside), or nullptr.
[[nodiscard]] const DataItem* findDataItem(const Agreement& agreement, const QString& column);

} // namespace sharewise::agreements
