#pragma once

#include "agreements/ShareChecks.h"
#include "bundle/BundleWriter.h"
#include "redact/Redactor.h"
#include "risk/RiskCheck.h"
#include "shares/ShareRecord.h"

#include <QHash>

#include <atomic>
#include <functional>

namespace sharewise {
class Database;
}

// The whole path of a share over core's parts: the checks against the agreement, the
// redaction (deterministic, so it can run at submission and again at sealing), the
// risk figures, the binding, and the seal. The wizard and `sharewise-cli share` both
// call these; neither does the work itself.
namespace sharewise::shares {

namespace PipelineError {
inline constexpr char Blocked[] = "share.blocked"; // a blocking finding
inline constexpr char Changed[] = "share.changed"; // differs from what was approved
inline constexpr char NotApproved[] = "share.not_approved";
inline constexpr char Cancelled[] = "share.cancelled";
} // namespace PipelineError

struct PrepareParams
{
    QString input;
    table::TableOptions options;
    redact::RedactionProfile profile;
    const redact::RedactionKeys* keys = nullptr;
    const agreements::Agreement* agreement = nullptr; // required
    QList<crypto::KeyCard> recipients;
    // Our names for the recipients (fingerprint -> the recipients directory's label):
    // the summary names them so; a recipient without one is named by its key card.
    QHash<QString, QString> recipientLabels;
    // Sealed under a passphrase instead of recipients' keys (recipients empty): the
    // agreement must name a recipient who receives by passphrase.
    bool byPassphrase = false;
    QString preparerFingerprint;
    // Where the redacted CSV is written (a private temporary folder; the caller removes
    // it). Empty: the redacted data is hashed and not kept.
    QString redactedOutput;
    // The column profile the checks need; when null the checks run first on the column
    // names, then again in full on a profile made during the redaction (same read).
    const profile::DatasetProfile* datasetProfile = nullptr;
    // False: the redacted data's tree hash is left out of the binding (sealing computes
    // it while it encrypts, so the output is not read an extra time).
    bool hashOutput = true;
    std::function<void(const QString& step, qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

struct PreparedShare
{
    QList<agreements::Finding> findings;
    bool blocked = false; // a blocking finding: no redacted data is kept
    redact::RedactResult redaction;
    std::optional<risk::RiskResult> risk; // when the profile names quasi-identifiers
    ShareBinding binding;
    QJsonObject summary; // what leaves the building (ShareRecord::summary)
};

// Checks, then (unless a finding blocks) redacts and hashes. Blocking findings are
// returned, not an error: the caller shows them.
Result<PreparedShare> prepareShare(const PrepareParams& params);

// The bundle tree hash of a file, as a bundle of it would carry (bundle/TreeHash).
Result<QByteArray> treeHashOfFile(const QString& path, quint64 rowCount);

struct SealShareParams
{
    ShareRecord share;
    const redact::RedactionKeys* keys = nullptr;
    const crypto::Identity* sender = nullptr;
    // Passphrase mode (the agreement names a recipient who receives by passphrase): the
    // share has no recipients' keys and the bundle opens with this passphrase (UTF-8, NFC).
    const crypto::SecureBytes* passphrase = nullptr;
    QString output; // the .swb
    std::function<void(const QString& step, qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
    // A share that needs no review, prepared moments ago by the same caller: its
    // redacted file (written by prepareShare) and result are sealed as they are instead
    // of redacting again. Ignored for an approved share, which is always recomputed.
    const PreparedShare* prepared = nullptr;
    QString preparedFile;
};

struct SealedShare
{
    ShareRecord share; // now sealed
    bundle::SealResult sealed;
};

// Seals a share: it must be approved (or need no review); the agreement must still be
// active and current (canSealUnder); the file is redacted again and every part of the
// binding recomputed — a difference refuses (PipelineError::Changed) and names it; the
// manifest carries the agreement's terms and the signed approval; the register records
// the bundle. A cancelled or failed seal leaves no file and records the cancellation.
Result<SealedShare> sealShare(Database& db, const SealShareParams& params);

// Plain words for a share's summary (columns and rules, risk, findings), for the review
// screens and the CLI.
[[nodiscard]] QStringList describeSummary(const QJsonObject& summary);

} // namespace sharewise::shares
