#pragma once

#include "agreements/Agreement.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "dataset/DatasetScan.h"
#include "redact/Pseudonym.h"
#include "redact/Rules.h"

#include <functional>
#include <memory>

namespace sharewise::ui {

// The one object the Share wizard's pages edit; the wizard hands it over at the end.
// Pages fill in their part and read what earlier pages chose.
struct ShareDraft
{
    // Dataset page
    QString datasetPath;
    table::TableOptions readOptions;
    std::shared_ptr<const dataset::ScanResult> scan; // set once the whole file is read

    // Agreement page: the agreement's reference and its unlocked
    // pseudonymisation keys (null until unlocked; the secrets stay in guarded memory).
    QString agreement;
    std::shared_ptr<const redact::RedactionKeys> keys;
    // The chosen agreement as the register holds it (set by the Agreement page).
    std::optional<agreements::Agreement> agreementRecord;

    // Redact page: one rule per column of the file, and the risk check's settings.
    redact::RedactionProfile profile;
};

// Where the wizard gets agreement keys from: the main window, over its history and the
// session's identity. Pages never open the register or hold an identity themselves;
// the unlocking is core's (keys::AgreementKeys::unlock).
struct AgreementKeySource
{
    struct Agreement
    {
        QString reference;
        bool held = false; // the current identity has an active grant of its key
    };

    // Codes of unlock's failures that the page explains itself (besides
    // keys::KeyError::NoGrant): no identity at all; one kept in a protected file and
    // not unlocked this session; one in the credential store that was not loaded.
    static constexpr char NoIdentity[] = "share.no_identity";
    static constexpr char IdentityLocked[] = "share.identity_locked";
    static constexpr char IdentityNotLoaded[] = "share.identity_not_loaded";

    // The agreements that have a key, in reference order.
    std::function<Result<QList<Agreement>>()> agreements;
    // The agreement's key, unwrapped with the session's identity (guarded memory).
    std::function<Result<crypto::SecureBytes>(const QString& agreement)> unlock;
    // The agreement as the register holds it (its allowed data items and their minimum
    // redactions shape the suggestions); nullopt when the register has no such
    // agreement. Optional: without it the suggestions come from the scan alone.
    std::function<std::optional<agreements::Agreement>(const QString& reference)> findAgreement;
    // Every agreement in the register, for the Agreement page; without it the wizard
    // has no Agreement page (and the Redact page offers the key of any agreement).
    std::function<Result<QList<agreements::Agreement>>()> listAgreements;

    [[nodiscard]] bool isSet() const { return agreements && unlock; }
};

} // namespace sharewise::ui
