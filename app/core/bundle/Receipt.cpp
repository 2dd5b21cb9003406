#include "bundle/Receipt.h"

#include "bundle/BundleFormat.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sharewise::bundle {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
};

QString hex(const QByteArray& b)
{
    return QString::fromLatin1(b.toHex());
}
} // namespace

QByteArray Receipt::statement() const
{
    QByteArray s("SWRCPT1");
    s.append(bundleId);
    s.append(headerHash);
    s.append(dataHash);
    s.append(senderSignatureHash);
    s.append(recipient.signingKey);
    s.append(recipient.receivingKey);
    appendU64(s, static_cast<quint64>(openedAtUs));
    return s;
}

bool Receipt::signatureChecks() const
{
    return recipient.isCertified() &&
           crypto::Identity::verify(recipient.signingKey, crypto::SignContext::Receipt, statement(),
                                    signature);
}

Receipt Receipt::issue(const OpenedBundle& bundle, const crypto::Identity& recipient)
{
    Receipt r;
    r.bundleId = bundle.bundleId;
    r.headerHash = bundle.headerHash;
    r.dataHash = bundle.dataHash;
    r.senderSignatureHash = crypto::Blake2b256::hash(bundle.signature);
    r.recipient = recipient.card();
    r.openedAtUs = Clock::nowUs();
    r.signature = recipient.sign(crypto::SignContext::Receipt, r.statement());
    return r;
}

QByteArray Receipt::toJson() const
{
    return CanonicalJson::serialise(
        QJsonObject{{QStringLiteral("format"), QStringLiteral("sharewise-receipt-1")},
                    {QStringLiteral("bundleId"), hex(bundleId)},
                    {QStringLiteral("headerHash"), hex(headerHash)},
                    {QStringLiteral("dataHash"), hex(dataHash)},
                    {QStringLiteral("senderSignatureHash"), hex(senderSignatureHash)},
                    {QStringLiteral("recipient"), recipient.toText()},
                    {QStringLiteral("openedAtUs"), openedAtUs},
                    {QStringLiteral("signature"), hex(signature)}});
}

Result<Receipt> Receipt::fromJson(const QByteArray& json)
{
    const Error notReceipt =
        makeError(ErrorKind::BadInput, Tr::tr("This file is not a Sharewise receipt."));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return notReceipt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("sharewise-receipt-1"))
        return notReceipt;
    auto bytes = [&o](const char* key, int size) {
        const QByteArray b = QByteArray::fromHex(o.value(QLatin1String(key)).toString().toLatin1());
        return b.size() == size ? b : QByteArray();
    };
    Receipt r;
    r.bundleId = bytes("bundleId", kBundleIdSize);
    r.headerHash = bytes("headerHash", kHashSize);
    r.dataHash = bytes("dataHash", kHashSize);
    r.senderSignatureHash = bytes("senderSignatureHash", kHashSize);
    r.signature = bytes("signature", kSignatureSize);
    r.openedAtUs = o.value(QStringLiteral("openedAtUs")).toInteger();
    Result<crypto::KeyCard> card =
        crypto::KeyCard::fromText(o.value(QStringLiteral("recipient")).toString());
    if (r.bundleId.isEmpty() || r.headerHash.isEmpty() || r.dataHash.isEmpty() ||
        r.senderSignatureHash.isEmpty() || r.signature.isEmpty() || !card) {
        return makeError(ErrorKind::Verification, Tr::tr("The receipt is damaged or incomplete."));
    }
    r.recipient = card.value();
    if (!r.signatureChecks()) {
        return makeError(ErrorKind::Verification,
                         Tr::tr("The receipt's signature does not check: it was altered or not "
                                "made by the recipient it names."));
    }
    return r;
}

} // namespace sharewise::bundle
