#pragma once

#include "bundle/BundleWriter.h"
#include "bundle/Receipt.h"
#include "shares/ShareRecord.h"
#include "store/AuditLog.h"
#include "store/BundleLedger.h"

#include <QDate>

namespace sharewise {
class Database;
}

// The shares in the register (schema 5): every state change is one write transaction
// with its audit entry; every change names the row version it was based on and is
// refused when someone has changed the share since (a stale screen cannot overwrite a
// newer state). Decisions are checked (Approval.h) before they are recorded.
namespace sharewise::shares {

namespace StoreError {
inline constexpr char NotFound[] = "share.not_found";
inline constexpr char Stale[] = "share.stale";            // changed since it was read
inline constexpr char WrongState[] = "share.wrong_state"; // not allowed from this state
} // namespace StoreError

struct ShareFilter
{
    QList<ShareState> states; // empty: all
    QString agreement;        // reference, exact
    QString partner;          // contains, any case
    QString person;           // preparer's name, contains, any case
    QString text;             // any of dataset name, agreement, partner, person, uid
    QDate from;               // created on or after (UTC date)
    QDate to;                 // created on or before
    bool oldestFirst = false; // the review queue: oldest submission first
    int limit = 1000;
};

struct ShareListItem
{
    qint64 id = 0;
    QString uid;
    ShareState state = ShareState::Draft;
    QString agreementReference;
    QString partner;
    QString preparedBy;
    QString datasetName;
    qint64 rowCount = -1; // -1 until redacted
    qint64 createdUs = 0;
    qint64 submittedUs = 0;
    qint64 updatedUs = 0;
};

class ShareStore
{
public:
    explicit ShareStore(Database& db);

    // A new draft (uid made here; the record's state is ignored).
    Result<ShareRecord> createDraft(const ShareRecord& draft);
    // Saves a draft's or a rejected share's edits. An edit of an approved or pending
    // share takes it back to draft (its approval no longer holds).
    Result<ShareRecord> saveDraft(const ShareRecord& edited, int basedOnVersion);
    // Draft or rejected → pending review, bound to `binding`.
    Result<ShareRecord> submit(qint64 id, int basedOnVersion, const ShareBinding& binding,
                               const QJsonObject& summary);
    // A share received for review from another desktop (ReviewFiles): kept as pending.
    Result<ShareRecord> importForReview(const ShareRecord& share, const QString& source);
    // Pending → approved or rejected, after checkDecision. The decision's reviewer
    // must not be the preparer (by key and by name).
    Result<ShareRecord> recordDecision(qint64 id, int basedOnVersion,
                                       const ShareDecision& decision);
    // Approved (or, when the agreement needs no review, a draft bound now) → sealed,
    // with the bundle's record; one transaction.
    Result<ShareRecord> markSealed(qint64 id, int basedOnVersion, const ShareBinding& binding,
                                   const QJsonObject& summary, const bundle::SealResult& sealed);
    // Sealed → sent, by the user, with the route ("DLUHC portal", "secure email").
    Result<ShareRecord> markSent(qint64 id, int basedOnVersion, const QString& route);
    // Sealed or sent → received, when a receipt for its bundle is imported.
    Result<ShareRecord> markReceivedByBundle(const QString& bundleUidHex);
    // Any state but sealed, sent and received → cancelled, with a reason.
    Result<ShareRecord> cancel(qint64 id, int basedOnVersion, const QString& reason);
    // An audit entry without a change of state (a cancelled seal, a decision exported).
    Status note(const ShareRecord& share, const QString& action, const QJsonObject& detail);

    Result<ShareRecord> find(qint64 id) const;
    Result<ShareRecord> findByUid(const QString& uid) const;
    // A number (the local id) or a uid, or a uid's first 8 or more digits.
    Result<ShareRecord> findByRef(const QString& ref) const;
    Result<QList<ShareListItem>> list(const ShareFilter& filter = {}) const;
    Result<QList<ShareDecision>> decisions(qint64 shareId) const;
    // The approval the share's current state rests on (state Approved or later).
    Result<std::optional<ShareDecision>> currentApproval(qint64 shareId) const;
    // Every audit entry about this share, oldest first.
    Result<QList<AuditEntry>> auditTrail(const QString& uid) const;

private:
    Database& m_db;
};

// Records a recipient's receipt (BundleLedger::importReceipt) and, when its bundle was
// a share's, marks the share received, in one transaction.
Result<BundleLedger::ImportedReceipt> importReceipt(Database& db, const bundle::Receipt& receipt);

} // namespace sharewise::shares
