#include "shares/Approval.h"

#include "common/CanonicalJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sharewise::shares {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Approval)
};

constexpr int kStatementVersion = 1;

Error policy(const QString& message, const char* code)
{
    return withCode(makeError(ErrorKind::Policy, message), code);
}

Error invalid(const QString& message)
{
    return withCode(makeError(ErrorKind::Verification, message), ApprovalError::BadSignature);
}

// The statement's JSON, when it parses as an object.
std::optional<QJsonObject> parseStatement(const QByteArray& statement)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(statement, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(u"sharewise_decision"_s).toInt() != kStatementVersion)
        return std::nullopt;
    // Signed bytes must be the canonical form of what they say, so that no two byte
    // strings carry the same decision.
    if (CanonicalJson::serialise(o) != statement)
        return std::nullopt;
    return o;
}

} // namespace

Result<ShareDecision> decide(const ShareRecord& share, const crypto::Identity& reviewer,
                             const QString& reviewerName, bool approve, const QString& reason,
                             qint64 nowUs)
{
    if (share.state != ShareState::PendingReview || !share.binding)
        return policy(Tr::tr("Only a share waiting for review can be approved or sent back "
                             "(this one is \"%1\").")
                          .arg(stateLabel(share.state)),
                      ApprovalError::NotPending);
    const QString fingerprint = reviewer.card().fingerprint();
    if (fingerprint == share.preparerFingerprint || fingerprint == share.binding->preparer)
        return policy(Tr::tr("You prepared this share, so you cannot review it: another IG lead "
                             "must approve or send it back (four eyes)."),
                      ApprovalError::OwnShare);
    if (!approve && reason.trimmed().isEmpty())
        return withCode(makeError(ErrorKind::Usage,
                                  Tr::tr("Say why the share is sent back, so that the preparer "
                                         "knows what to change.")),
                        ApprovalError::NotPending);
    const QJsonObject statement{
        {u"sharewise_decision"_s, kStatementVersion},
        {u"share"_s, share.uid},
        {u"decision"_s, approve ? u"approved"_s : u"rejected"_s},
        {u"reason"_s, reason.trimmed()},
        {u"binding"_s, share.binding->toJson()},
        {u"reviewer"_s, fingerprint},
        {u"reviewer_name"_s, reviewerName},
        {u"decided_at_us"_s, QString::number(nowUs)},
    };
    ShareDecision d;
    d.shareId = share.id;
    d.approved = approve;
    d.reason = reason.trimmed();
    d.reviewer = reviewerName;
    d.reviewerCard = reviewer.card();
    d.statement = CanonicalJson::serialise(statement);
    d.signature = reviewer.sign(crypto::SignContext::Approval, d.statement);
    d.decidedUs = nowUs;
    return d;
}

Result<QJsonObject> checkDecision(const ShareDecision& decision, const ShareRecord& share)
{
    if (!decision.reviewerCard.isCertified() ||
        !crypto::Identity::verify(decision.reviewerCard.signingKey, crypto::SignContext::Approval,
                                  decision.statement, decision.signature))
        return invalid(Tr::tr("The review decision's signature does not check: it was changed "
                              "after it was signed, or is not the reviewer's. Ask the reviewer "
                              "to decide again."));
    const std::optional<QJsonObject> o = parseStatement(decision.statement);
    if (!o)
        return invalid(Tr::tr("The review decision is damaged or from a newer version of "
                              "Sharewise."));
    if (o->value(u"share"_s).toString() != share.uid)
        return withCode(makeError(ErrorKind::Verification,
                                  Tr::tr("The review decision is about another share.")),
                        ApprovalError::Mismatch);
    const bool approved = o->value(u"decision"_s).toString() == u"approved"_s;
    if (approved != decision.approved ||
        o->value(u"reviewer"_s).toString() != decision.reviewerCard.fingerprint() ||
        o->value(u"reviewer_name"_s).toString() != decision.reviewer ||
        o->value(u"reason"_s).toString() != decision.reason ||
        o->value(u"decided_at_us"_s).toString() != QString::number(decision.decidedUs))
        return invalid(Tr::tr("The review decision does not match its signed statement."));
    const QString fingerprint = decision.reviewerCard.fingerprint();
    if (fingerprint == share.preparerFingerprint)
        return policy(Tr::tr("The preparer of a share cannot review it (four eyes)."),
                      ApprovalError::OwnShare);
    Result<ShareBinding> bound =
        ShareBinding::fromJson(o->value(u"binding"_s).toObject(), Tr::tr("review decision"));
    if (!bound)
        return bound.error();
    if (!share.binding || !(bound.value() == share.binding.value())) {
        const QString what = share.binding ? share.binding->firstDifference(bound.value())
                                           : Tr::tr("the share (it was never submitted)");
        return withCode(makeError(ErrorKind::Verification,
                                  Tr::tr("The review decision was made on a different version of "
                                         "this share: %1 changed since. Submit it for review "
                                         "again.")
                                      .arg(what)),
                        ApprovalError::Mismatch);
    }
    return o.value();
}

QJsonObject manifestApproval(const ShareDecision& decision)
{
    return QJsonObject{
        {u"statement"_s, QString::fromLatin1(decision.statement.toBase64())},
        {u"signature"_s, QString::fromLatin1(decision.signature.toBase64())},
        {u"reviewer_card"_s, decision.reviewerCard.toText()},
    };
}

ApprovalCheck checkManifestApproval(const QJsonObject& manifest, const QByteArray& dataHash,
                                    quint64 rowCount, const QByteArray& senderSigningKey,
                                    const QList<QByteArray>& knownSigningKeys)
{
    ApprovalCheck check;
    if (!manifest.contains(u"approval"_s))
        return check;
    check.outcome = ApprovalCheck::Outcome::Invalid;
    const QJsonObject a = manifest.value(u"approval"_s).toObject();
    const QByteArray statement =
        QByteArray::fromBase64(a.value(u"statement"_s).toString().toLatin1());
    const QByteArray signature =
        QByteArray::fromBase64(a.value(u"signature"_s).toString().toLatin1());
    Result<crypto::KeyCard> card =
        crypto::KeyCard::fromText(a.value(u"reviewer_card"_s).toString());
    if (!card || !card->isCertified() ||
        !crypto::Identity::verify(card->signingKey, crypto::SignContext::Approval, statement,
                                  signature)) {
        check.problem = Tr::tr("The approval in this bundle does not check: its signature is not "
                               "the reviewer's, or it was changed.");
        return check;
    }
    check.reviewerName = card->name;
    check.reviewerFingerprint = card->fingerprint();
    const std::optional<QJsonObject> o = parseStatement(statement);
    if (!o || o->value(u"decision"_s).toString() != u"approved"_s) {
        check.problem = Tr::tr("The bundle carries a review decision that is not an approval.");
        return check;
    }
    check.decidedUs = o->value(u"decided_at_us"_s).toString().toLongLong();
    Result<ShareBinding> bound =
        ShareBinding::fromJson(o->value(u"binding"_s).toObject(), Tr::tr("approval"));
    if (!bound) {
        check.problem = bound.error().message;
        return check;
    }
    check.agreementReference = bound->agreementReference;
    if (bound->dataHash != dataHash || bound->rowCount != rowCount) {
        check.problem = Tr::tr("The data in this bundle is not the data that was approved.");
        return check;
    }
    if (card->signingKey == senderSigningKey) {
        check.problem = Tr::tr("The sender approved this share themself: an approval must come "
                               "from someone else.");
        return check;
    }
    // Only the preparer may seal an approved share: an approval copied into a bundle
    // sealed by anyone else does not cover it.
    crypto::KeyCard sender;
    sender.signingKey = senderSigningKey;
    if (bound->preparer != sender.fingerprint()) {
        check.problem = Tr::tr("This bundle was sealed by someone other than the person whose "
                               "share was approved, so the approval does not cover it.");
        return check;
    }
    check.outcome = knownSigningKeys.contains(card->signingKey) ? ApprovalCheck::Outcome::Verified
                                                                : ApprovalCheck::Outcome::Claimed;
    return check;
}

QString approvalOutcomeLabel(ApprovalCheck::Outcome outcome)
{
    switch (outcome) {
    case ApprovalCheck::Outcome::None:
        return Tr::tr("No approval: the sender's agreement did not need a review");
    case ApprovalCheck::Outcome::Verified:
        return Tr::tr("Approved, verified: the reviewer's key is one you have checked");
    case ApprovalCheck::Outcome::Claimed:
        return Tr::tr("Approval claimed, not verified: the reviewer's key is not one you know");
    case ApprovalCheck::Outcome::Invalid:
        return Tr::tr("Approval does not check");
    }
    return {};
}

} // namespace sharewise::shares
