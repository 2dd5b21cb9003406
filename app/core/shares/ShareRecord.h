#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"
#include "table/TableReader.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A share: one dataset sent under one agreement to named recipients, from draft to
// receipt (docs/shares.md). The register keeps its record, never a row value.
namespace sharewise::shares {

enum class ShareState : quint8
{
    Draft,         // being prepared; can be resumed
    PendingReview, // submitted; waits for an IG lead
    Approved,      // approved exactly as submitted; the preparer may seal it
    Rejected,      // sent back with a reason; the preparer may change it and submit again
    Sealed,        // the bundle is written
    Sent,          // the preparer says it went (with the route)
    Received,      // a receipt came back from a recipient
    Cancelled,     // stopped for good
};

// Stable names ("draft", "pending_review", ...) and the words for people.
[[nodiscard]] QString stateName(ShareState state);
[[nodiscard]] std::optional<ShareState> stateFromName(const QString& name);
[[nodiscard]] QString stateLabel(ShareState state);
[[nodiscard]] QList<ShareState> allStates();

// What an approval is bound to: exactly what will be sent. Sealing recomputes every
// field and refuses if any differs; the recipient checks the data hash.
struct ShareBinding
{
    QString agreementReference;
    int agreementVersion = 0;
    QByteArray agreementHash; // the version's content hash (32 bytes)
    QByteArray profileHash;   // BLAKE2b-256 of the redaction profile's canonical JSON
    QByteArray dataHash;      // the bundle tree hash of the redacted CSV (TreeHash::root)
    quint64 dataLength = 0;   // bytes of the redacted CSV
    quint64 rowCount = 0;     // data rows in it
    QStringList recipients;   // recipients' fingerprints, sorted
    QString preparer;         // the preparer's fingerprint

    [[nodiscard]] QJsonObject toJson() const;
    static Result<ShareBinding> fromJson(const QJsonObject& json, const QString& where);
    // The first field that differs, in plain words ("the redacted data"), or empty.
    // "the redacted data (...)": what firstDifference names when the data differs.
    [[nodiscard]] static QString dataDifference();
    [[nodiscard]] QString firstDifference(const ShareBinding& other) const;
    bool operator==(const ShareBinding&) const = default;
};

// BLAKE2b-256 of a redaction profile's canonical JSON.
[[nodiscard]] QByteArray profileHash(const QByteArray& profileJson);

struct ShareRecord
{
    qint64 id = 0;
    QString uid; // 32 hex digits; the same on every desktop that holds this share
    ShareState state = ShareState::Draft;
    int rowVersion = 0; // optimistic check: every change needs the version it was based on

    QString agreementReference;
    int agreementVersion = 0;
    QByteArray agreementHash;
    QString partner; // the recipients' organisations, for filtering ("DLUHC; ONS")

    QString preparedBy;          // the preparer's name as the audit log has it
    QString preparerFingerprint; // their identity's fingerprint (empty in a draft)

    QString datasetPath; // the file as the preparer chose it
    QString datasetName; // its file name
    qint64 datasetSize = 0;
    qint64 datasetModifiedUs = 0;
    table::TableOptions readOptions;

    QByteArray profileJson; // the redaction profile (canonical JSON; no values)
    QList<crypto::KeyCard> recipients;

    std::optional<ShareBinding> binding; // set when submitted (or sealed directly)
    // What leaves the building, for the review: columns and their rules, row count,
    // risk figures, findings. Counts and names only, never values.
    QJsonObject summary;
    bool reviewRequired = true;

    QString bundlePath; // once sealed
    QString bundleUid;  // hex
    QString sentRoute;  // once sent
    qint64 sentUs = 0;

    qint64 createdUs = 0;
    qint64 updatedUs = 0;
    qint64 submittedUs = 0;

    [[nodiscard]] QStringList recipientFingerprints() const;
};

// A review decision as recorded: the signed statement and the reviewer's key card.
struct ShareDecision
{
    qint64 id = 0;
    qint64 shareId = 0;
    bool approved = false;
    QString reason;
    QString reviewer; // name as the audit log has it
    crypto::KeyCard reviewerCard;
    QByteArray statement; // canonical JSON (Approval.h)
    QByteArray signature; // Ed25519, context sharewise/v1/approval
    qint64 decidedUs = 0;
};

} // namespace sharewise::shares
