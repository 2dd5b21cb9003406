#pragma once

#include "shares/ShareRecord.h"

#include <QByteArray>

// Review between desktops with local histories (docs/shares.md, "Review by file"): the
// preparer exports a signed review request, the reviewer imports it into their own
// history, decides, and exports a signed decision file that the preparer imports. The
// records and signatures are those of the shared-register route.
namespace sharewise::shares {

namespace ReviewFileError {
inline constexpr char BadFile[] = "review.bad_file";
inline constexpr char BadSignature[] = "review.bad_signature";
} // namespace ReviewFileError

// A pending share as a signed file: the record (no file path), its binding and summary,
// the agreement version it rests on, the preparer's card, signed by the preparer
// (context "sharewise/v1/review-request").
Result<QByteArray> writeReviewRequest(const ShareRecord& share, const QByteArray& agreementJson,
                                      const crypto::Identity& preparer);

struct ReviewRequest
{
    ShareRecord share; // state PendingReview, no id, no dataset path
    QByteArray agreementJson;
    crypto::KeyCard preparer;
};
Result<ReviewRequest> readReviewRequest(QByteArrayView file, const QString& where);

// A decision as a file: the statement, its signature and the reviewer's card.
[[nodiscard]] QByteArray writeDecision(const ShareDecision& decision, const QString& shareUid);
struct DecisionFile
{
    QString shareUid;
    ShareDecision decision; // no ids
};
Result<DecisionFile> readDecision(QByteArrayView file, const QString& where);

} // namespace sharewise::shares
