#pragma once

#include "shares/ShareRecord.h"

#include <QJsonObject>

// Signed review decisions (docs/shares.md, "Approvals"). A decision is a canonical JSON
// statement — the share, the decision and reason, the binding (what exactly will be
// sent), the reviewer and the time — signed by the reviewer's identity with the context
// "sharewise/v1/approval". The database alone cannot forge one.
namespace sharewise::shares {

namespace ApprovalError {
inline constexpr char OwnShare[] = "approval.own_share"; // four eyes
inline constexpr char BadSignature[] = "approval.bad_signature";
inline constexpr char Mismatch[] = "approval.mismatch"; // binding differs
inline constexpr char NotPending[] = "approval.not_pending";
inline constexpr char SenderIsApprover[] = "approval.sender_is_approver";
} // namespace ApprovalError

// Makes and signs a decision. Refuses (OwnShare) when the reviewer's key is the
// preparer's; a rejection needs a reason.
Result<ShareDecision> decide(const ShareRecord& share, const crypto::Identity& reviewer,
                             const QString& reviewerName, bool approve, const QString& reason,
                             qint64 nowUs);

// The statement's fields, read back and checked: the signature against the card's
// signing key, the card's own certification, and that it is about `share` (uid and,
// for an approval, the binding). Returns the statement as JSON.
Result<QJsonObject> checkDecision(const ShareDecision& decision, const ShareRecord& share);

// The manifest block an approved share's bundle carries ("approval"): the statement
// (as JSON), its signature and the reviewer's key card.
[[nodiscard]] QJsonObject manifestApproval(const ShareDecision& decision);

// What a recipient can say about a bundle's approval.
struct ApprovalCheck
{
    enum class Outcome : quint8
    {
        None,     // the bundle carries no approval
        Verified, // signature good, data hash matches, reviewer known to us
        Claimed,  // signature good and data hash matches, but the reviewer's key is not known
        Invalid,  // bad signature, a different data hash, or the sender approved it
    };
    Outcome outcome = Outcome::None;
    QString reviewerName; // from the card (shown beside "claimed")
    QString reviewerFingerprint;
    QString agreementReference;
    qint64 decidedUs = 0;
    QString problem; // for Invalid: one plain sentence
};

// Checks a manifest's "approval" against the opened bundle's data hash, row count and
// sender. `knownSigningKeys`: the signing keys our directory knows (verified ones).
[[nodiscard]] ApprovalCheck checkManifestApproval(const QJsonObject& manifest,
                                                  const QByteArray& dataHash, quint64 rowCount,
                                                  const QByteArray& senderSigningKey,
                                                  const QList<QByteArray>& knownSigningKeys);

[[nodiscard]] QString approvalOutcomeLabel(ApprovalCheck::Outcome outcome);

} // namespace sharewise::shares
