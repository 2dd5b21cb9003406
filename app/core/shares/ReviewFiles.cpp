#include "shares/ReviewFiles.h"

#include "agreements/Agreement.h"
#include "common/CanonicalJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sharewise::shares {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReviewFiles)
};

constexpr int kFormatVersion = 1;

Error badFile(const QString& where, const QString& why = {})
{
    return withCode(makeError(ErrorKind::BadInput,
                              why.isEmpty() ? Tr::tr("This is not a Sharewise review file, or it "
                                                     "is damaged. Ask for it to be sent again.")
                                            : why,
                              where),
                    ReviewFileError::BadFile);
}

Error badSignature(const QString& where)
{
    return withCode(makeError(ErrorKind::Verification,
                              Tr::tr("The review file's signature does not check: it was changed "
                                     "after it was signed. Ask for it to be sent again."),
                              where),
                    ReviewFileError::BadSignature);
}

std::optional<QJsonObject> parseObject(QByteArrayView bytes)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// Base64 exactly as it was written: another spelling of the same bytes (a changed
// padding character or unused bit, a character the decoder would skip) is refused, so
// that a file changed anywhere does not read as the file that was signed.
std::optional<QByteArray> strictBase64(const QJsonValue& value)
{
    const QByteArray text = value.toString().toLatin1();
    QByteArray bytes = QByteArray::fromBase64(text);
    if (bytes.toBase64() != text)
        return std::nullopt;
    return bytes;
}

// Whether an agreement as exported (its content, and the register block an export adds)
// is the version `binding` names: same reference and content hash.
bool isBoundAgreement(const QByteArray& agreementJson, const ShareBinding& binding)
{
    std::optional<QJsonObject> o = parseObject(agreementJson);
    if (!o)
        return false;
    o->remove(u"register"_s);
    Result<agreements::Agreement> a = agreements::Agreement::fromJson(*o, QString());
    return a && a->reference == binding.agreementReference &&
           a->computeContentHash() == binding.agreementHash;
}

} // namespace

Result<QByteArray> writeReviewRequest(const ShareRecord& share, const QByteArray& agreementJson,
                                      const crypto::Identity& preparer)
{
    if (share.state != ShareState::PendingReview || !share.binding)
        return makeError(ErrorKind::Policy,
                         Tr::tr("Only a share waiting for review can be sent for review."));
    QJsonArray cards;
    for (const crypto::KeyCard& c : share.recipients)
        cards.append(c.toText());
    const QJsonObject body{
        {u"uid"_s, share.uid},
        {u"agreement"_s, share.agreementReference},
        {u"agreement_version"_s, share.agreementVersion},
        {u"agreement_hash"_s, QString::fromLatin1(share.agreementHash.toHex())},
        {u"agreement_json"_s, QString::fromLatin1(agreementJson.toBase64())},
        {u"partner"_s, share.partner},
        {u"prepared_by"_s, share.preparedBy},
        {u"dataset_name"_s, share.datasetName},
        {u"dataset_size"_s, QString::number(share.datasetSize)},
        {u"profile"_s, QString::fromUtf8(share.profileJson)},
        {u"recipients"_s, cards},
        {u"binding"_s, share.binding->toJson()},
        {u"summary"_s, share.summary},
        {u"review_required"_s, share.reviewRequired},
        {u"created_at_us"_s, QString::number(share.createdUs)},
        {u"submitted_at_us"_s, QString::number(share.submittedUs)},
    };
    const QByteArray signedBytes = CanonicalJson::serialise(body);
    const QJsonObject file{
        {u"format"_s, u"sharewise-review-request"_s},
        {u"version"_s, kFormatVersion},
        {u"body"_s, QString::fromLatin1(signedBytes.toBase64())},
        {u"signature"_s,
         QString::fromLatin1(
             preparer.sign(crypto::SignContext::ReviewRequest, signedBytes).toBase64())},
        {u"preparer_card"_s, preparer.card().toText()},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<ReviewRequest> readReviewRequest(QByteArrayView bytes, const QString& where)
{
    const std::optional<QJsonObject> file = parseObject(bytes);
    if (!file || file->value(u"format"_s).toString() != u"sharewise-review-request"_s)
        return badFile(where);
    if (file->value(u"version"_s).toInt() != kFormatVersion)
        return badFile(where, Tr::tr("This review request was made by a newer version of "
                                     "Sharewise. Update Sharewise to open it."));
    Result<crypto::KeyCard> card =
        crypto::KeyCard::fromText(file->value(u"preparer_card"_s).toString());
    if (!card || !card->isCertified())
        return badFile(where);
    const std::optional<QByteArray> body = strictBase64(file->value(u"body"_s));
    const std::optional<QByteArray> signature = strictBase64(file->value(u"signature"_s));
    if (!body || !signature)
        return badFile(where);
    if (!crypto::Identity::verify(card->signingKey, crypto::SignContext::ReviewRequest, *body,
                                  *signature))
        return badSignature(where);
    const std::optional<QJsonObject> b = parseObject(*body);
    if (!b)
        return badFile(where);
    ReviewRequest r;
    r.preparer = card.value();
    ShareRecord& s = r.share;
    s.uid = b->value(u"uid"_s).toString();
    s.state = ShareState::PendingReview;
    s.agreementReference = b->value(u"agreement"_s).toString();
    s.agreementVersion = b->value(u"agreement_version"_s).toInt();
    s.agreementHash = QByteArray::fromHex(b->value(u"agreement_hash"_s).toString().toLatin1());
    r.agreementJson = QByteArray::fromBase64(b->value(u"agreement_json"_s).toString().toLatin1());
    s.partner = b->value(u"partner"_s).toString();
    s.preparedBy = b->value(u"prepared_by"_s).toString();
    s.preparerFingerprint = card->fingerprint();
    s.datasetName = b->value(u"dataset_name"_s).toString();
    s.datasetSize = b->value(u"dataset_size"_s).toString().toLongLong();
    s.profileJson = b->value(u"profile"_s).toString().toUtf8();
    for (const QJsonValue& v : b->value(u"recipients"_s).toArray()) {
        Result<crypto::KeyCard> c = crypto::KeyCard::fromText(v.toString());
        if (!c)
            return badFile(where);
        s.recipients.append(c.value());
    }
    Result<ShareBinding> binding = ShareBinding::fromJson(b->value(u"binding"_s).toObject(), where);
    if (!binding)
        return binding.error();
    if (binding->preparer != card->fingerprint())
        return badFile(where, Tr::tr("The review request was signed by someone other than the "
                                     "share's preparer."));
    // The agreement the reviewer reads must be the one the approval will name.
    if (!isBoundAgreement(r.agreementJson, binding.value()))
        return badFile(where, Tr::tr("The agreement in this review request is not the version "
                                     "the share was submitted under. Ask the preparer to "
                                     "submit the share again and send a new request."));
    s.binding = binding.value();
    s.summary = b->value(u"summary"_s).toObject();
    s.reviewRequired = b->value(u"review_required"_s).toBool(true);
    s.createdUs = b->value(u"created_at_us"_s).toString().toLongLong();
    s.submittedUs = b->value(u"submitted_at_us"_s).toString().toLongLong();
    if (s.uid.size() != 32 || s.agreementReference.isEmpty())
        return badFile(where);
    return r;
}

QByteArray writeDecision(const ShareDecision& decision, const QString& shareUid)
{
    const QJsonObject file{
        {u"format"_s, u"sharewise-review-decision"_s},
        {u"version"_s, kFormatVersion},
        {u"share"_s, shareUid},
        {u"reviewer"_s, decision.reviewer},
        {u"statement"_s, QString::fromLatin1(decision.statement.toBase64())},
        {u"signature"_s, QString::fromLatin1(decision.signature.toBase64())},
        {u"reviewer_card"_s, decision.reviewerCard.toText()},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<DecisionFile> readDecision(QByteArrayView bytes, const QString& where)
{
    const std::optional<QJsonObject> file = parseObject(bytes);
    if (!file || file->value(u"format"_s).toString() != u"sharewise-review-decision"_s)
        return badFile(where);
    if (file->value(u"version"_s).toInt() != kFormatVersion)
        return badFile(where, Tr::tr("This review decision was made by a newer version of "
                                     "Sharewise. Update Sharewise to open it."));
    DecisionFile d;
    d.shareUid = file->value(u"share"_s).toString();
    Result<crypto::KeyCard> card =
        crypto::KeyCard::fromText(file->value(u"reviewer_card"_s).toString());
    if (!card || !card->isCertified())
        return badFile(where);
    d.decision.reviewerCard = card.value();
    const std::optional<QByteArray> statement = strictBase64(file->value(u"statement"_s));
    const std::optional<QByteArray> signature = strictBase64(file->value(u"signature"_s));
    if (!statement || !signature)
        return badFile(where);
    d.decision.statement = *statement;
    d.decision.signature = *signature;
    if (!crypto::Identity::verify(card->signingKey, crypto::SignContext::Approval,
                                  d.decision.statement, d.decision.signature))
        return badSignature(where);
    const std::optional<QJsonObject> st = parseObject(d.decision.statement);
    if (!st || st->value(u"share"_s).toString() != d.shareUid)
        return badFile(where);
    // Everything comes from the signed statement, never from the file around it.
    d.decision.reviewer = st->value(u"reviewer_name"_s).toString();
    d.decision.approved = st->value(u"decision"_s).toString() == u"approved"_s;
    d.decision.reason = st->value(u"reason"_s).toString();
    d.decision.decidedUs = st->value(u"decided_at_us"_s).toString().toLongLong();
    return d;
}

} // namespace sharewise::shares
