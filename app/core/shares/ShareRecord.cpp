#include "shares/ShareRecord.h"

#include "common/CanonicalJson.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sharewise::shares {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShareRecord)
};

struct StateRow
{
    ShareState state;
    const char* name;
};
constexpr StateRow kStates[] = {
    {ShareState::Draft, "draft"},       {ShareState::PendingReview, "pending_review"},
    {ShareState::Approved, "approved"}, {ShareState::Rejected, "rejected"},
    {ShareState::Sealed, "sealed"},     {ShareState::Sent, "sent"},
    {ShareState::Received, "received"}, {ShareState::Cancelled, "cancelled"},
};

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

Result<QByteArray> readHash(const QJsonObject& json, const QString& key, const QString& where)
{
    const QByteArray bytes = QByteArray::fromHex(json.value(key).toString().toLatin1());
    if (bytes.size() != crypto::Blake2b256::Size)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The approval record is damaged: \"%1\" is not a hash.").arg(key),
                         where);
    return bytes;
}

} // namespace

QString stateName(ShareState state)
{
    for (const StateRow& row : kStates) {
        if (row.state == state)
            return QString::fromLatin1(row.name);
    }
    return {};
}

std::optional<ShareState> stateFromName(const QString& name)
{
    for (const StateRow& row : kStates) {
        if (name == QLatin1String(row.name))
            return row.state;
    }
    return std::nullopt;
}

QString stateLabel(ShareState state)
{
    switch (state) {
    case ShareState::Draft:
        return Tr::tr("Draft");
    case ShareState::PendingReview:
        return Tr::tr("Waiting for review");
    case ShareState::Approved:
        return Tr::tr("Approved");
    case ShareState::Rejected:
        return Tr::tr("Sent back");
    case ShareState::Sealed:
        return Tr::tr("Sealed");
    case ShareState::Sent:
        return Tr::tr("Sent");
    case ShareState::Received:
        return Tr::tr("Received");
    case ShareState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

QList<ShareState> allStates()
{
    QList<ShareState> all;
    for (const StateRow& row : kStates)
        all.append(row.state);
    return all;
}

QJsonObject ShareBinding::toJson() const
{
    QJsonArray keys;
    for (const QString& r : recipients)
        keys.append(r);
    return QJsonObject{
        {u"agreement"_s, agreementReference},
        {u"agreement_version"_s, agreementVersion},
        {u"agreement_hash"_s, hex(agreementHash)},
        {u"profile_hash"_s, hex(profileHash)},
        {u"data_hash"_s, hex(dataHash)},
        // As text: JSON numbers are doubles, and these are 64-bit counts.
        {u"data_length"_s, QString::number(dataLength)},
        {u"rows"_s, QString::number(rowCount)},
        {u"recipients"_s, keys},
        {u"preparer"_s, preparer},
    };
}

Result<ShareBinding> ShareBinding::fromJson(const QJsonObject& json, const QString& where)
{
    ShareBinding b;
    b.agreementReference = json.value(u"agreement"_s).toString();
    b.agreementVersion = json.value(u"agreement_version"_s).toInt();
    Result<QByteArray> agreement = readHash(json, u"agreement_hash"_s, where);
    if (!agreement)
        return agreement.error();
    b.agreementHash = agreement.value();
    Result<QByteArray> profile = readHash(json, u"profile_hash"_s, where);
    if (!profile)
        return profile.error();
    b.profileHash = profile.value();
    Result<QByteArray> data = readHash(json, u"data_hash"_s, where);
    if (!data)
        return data.error();
    b.dataHash = data.value();
    bool okLength = false;
    bool okRows = false;
    b.dataLength = json.value(u"data_length"_s).toString().toULongLong(&okLength);
    b.rowCount = json.value(u"rows"_s).toString().toULongLong(&okRows);
    for (const QJsonValue& v : json.value(u"recipients"_s).toArray())
        b.recipients.append(v.toString());
    b.preparer = json.value(u"preparer"_s).toString();
    if (b.agreementReference.isEmpty() || b.agreementVersion < 1 || !okLength || !okRows ||
        b.preparer.isEmpty())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The approval record is damaged: a part of what it approves is "
                                "missing."),
                         where);
    return b;
}

QString ShareBinding::dataDifference()
{
    return Tr::tr("the redacted data (the file or the key has changed)");
}

QString ShareBinding::firstDifference(const ShareBinding& o) const
{
    if (agreementReference != o.agreementReference || agreementVersion != o.agreementVersion ||
        agreementHash != o.agreementHash)
        return Tr::tr("the agreement (it has a new version since the approval)");
    if (profileHash != o.profileHash)
        return Tr::tr("the redaction rules");
    if (dataHash != o.dataHash || dataLength != o.dataLength || rowCount != o.rowCount)
        return dataDifference();
    if (recipients != o.recipients)
        return Tr::tr("the recipients");
    if (preparer != o.preparer)
        return Tr::tr("the person sealing it (only the preparer may seal)");
    return {};
}

QByteArray profileHash(const QByteArray& profileJson)
{
    return crypto::Blake2b256::hash(profileJson);
}

QStringList ShareRecord::recipientFingerprints() const
{
    QStringList out;
    for (const crypto::KeyCard& card : recipients)
        out.append(card.fingerprint());
    out.sort();
    return out;
}

} // namespace sharewise::shares
