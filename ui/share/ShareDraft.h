#pragma once

#include "agreements/Agreement.h"
#include "bundle/BundleWriter.h"
#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "dataset/DatasetScan.h"
#include "redact/Pseudonym.h"
#include "redact/Rules.h"
#include "shares/ShareRecord.h"

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace sharewise {
class Database;
}

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
    // Where `profile` came from when a page other than Redact set it (the last share
    // under the same agreement, a resumed draft), in plain words; empty otherwise.
    QString profileNote;

    // Recipients page: the keys the bundle is sealed to (named in the agreement and
    // found in the recipients directory), or, in passphrase mode, the passphrase made
    // for it (guarded memory; shown once, never kept in a QString beyond the display).
    QList<crypto::KeyCard> recipients;
    QStringList recipientLabels; // our names for them, as the directory has them
    std::optional<crypto::SecureBytes> passphrase;

    // The share in the register once saved, submitted or sealed (its id and row version
    // are what the next change is based on).
    std::optional<shares::ShareRecord> record;
    // Set by the Review page when the bundle is written.
    std::optional<bundle::SealResult> sealed;

    // The share as the register keeps it: the draft's file, read options, profile,
    // agreement and recipients (id, uid and version from `record` when there is one).
    [[nodiscard]] shares::ShareRecord toRecord() const;
    // Takes a saved share's file, options, profile and recipients back into the draft.
    void restore(const shares::ShareRecord& share);
};

// What the wizard needs from the main window to save, submit and seal: the history
// and the session's identity. Without it the wizard ends after the Redact page.
struct ShareContext
{
    Database* db = nullptr; // the history (GUI thread); sealing opens its own connection
    std::shared_ptr<const crypto::Identity> identity; // who prepares and signs
    // Chooses where the bundle is written; empty: Dialogs::saveFileName.
    std::function<QString(QWidget* parent, const QString& suggested)> chooseOutput;

    [[nodiscard]] bool isSet() const { return db != nullptr; }
};

// Saves the draft in the register (ShareStore::createDraft the first time, saveDraft
// after) and keeps the record it gets back in `draft.record`.
Result<shares::ShareRecord> saveShareDraft(ShareDraft& draft, Database& db);

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
