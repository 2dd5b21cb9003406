#include "agreements/ManifestTerms.h"

#include "agreements/LegalCatalogue.h"
#include "agreements/Summary.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace sharewise::agreements {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Agreements)
};

// Fingerprints compare without spaces or case.
QString squeezed(const QString& fingerprint)
{
    QString out;
    for (const QChar c : fingerprint) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QJsonObject termsForManifest(const Agreement& agreement)
{
    QJsonObject o;
    o.insert(QStringLiteral("reference"), agreement.reference);
    o.insert(QStringLiteral("title"), agreement.title);
    o.insert(QStringLiteral("version"), agreement.version);
    o.insert(QStringLiteral("contentHash"), QString::fromLatin1(agreement.contentHash.toHex()));
    o.insert(QStringLiteral("summary"), agreementSummary(agreement));
    o.insert(QStringLiteral("purpose"), agreement.purpose);
    o.insert(QStringLiteral("lawfulBasis"),
             agreement.lawfulBasis.code.isEmpty()
                 ? QString()
                 : LegalCatalogue::instance().describe(agreement.lawfulBasis.code));
    return o;
}

std::optional<BundleTerms> termsFromManifest(const QJsonObject& manifest)
{
    const QJsonValue value = manifest.value(QStringLiteral("agreement"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    BundleTerms t;
    t.reference = o.value(QStringLiteral("reference")).toString();
    t.title = o.value(QStringLiteral("title")).toString();
    t.version = o.value(QStringLiteral("version")).toInt();
    t.contentHash = o.value(QStringLiteral("contentHash")).toString();
    t.summary = o.value(QStringLiteral("summary")).toString();
    t.purpose = o.value(QStringLiteral("purpose")).toString();
    t.lawfulBasis = o.value(QStringLiteral("lawfulBasis")).toString();
    if (t.reference.isEmpty())
        return std::nullopt;
    return t;
}

Status canSealUnder(const Agreement& agreement, const QStringList& recipientFingerprints,
                    const QDate& today)
{
    switch (agreement.displayStatus(today)) {
    case DisplayStatus::Active:
        break;
    case DisplayStatus::Expired:
        return makeError(ErrorKind::Policy,
                         Tr::tr("Agreement %1 ended on %2: nothing can be shared under it. Ask "
                                "your information governance lead to extend it or agree a new "
                                "one.")
                             .arg(agreement.reference, agreement.endsOn.toString(Qt::ISODate)));
    case DisplayStatus::Draft:
    case DisplayStatus::Suspended:
    case DisplayStatus::Ended:
        return makeError(ErrorKind::Policy,
                         Tr::tr("Agreement %1 is %2, not active: nothing can be shared under it "
                                "until your information governance lead makes it active.")
                             .arg(agreement.reference,
                                  displayStatusLabel(agreement.displayStatus(today)).toLower()));
    }
    if (agreement.startsOn.isValid() && today < agreement.startsOn) {
        return makeError(ErrorKind::Policy,
                         Tr::tr("Agreement %1 starts on %2: nothing can be shared under it "
                                "before then.")
                             .arg(agreement.reference, agreement.startsOn.toString(Qt::ISODate)));
    }
    for (const QString& fingerprint : recipientFingerprints) {
        const bool named = std::any_of(
            agreement.recipients.cbegin(), agreement.recipients.cend(),
            [&](const Recipient& r) { return squeezed(r.fingerprint) == squeezed(fingerprint); });
        if (!named) {
            return makeError(ErrorKind::Policy,
                             Tr::tr("Agreement %1 does not name the recipient with key %2: a "
                                    "share under it can go only to the recipients it names. Ask "
                                    "your information governance lead to add them to the "
                                    "agreement first.")
                                 .arg(agreement.reference, fingerprint));
        }
    }
    return {};
}

} // namespace sharewise::agreements
