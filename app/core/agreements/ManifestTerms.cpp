#include "agreements/ManifestTerms.h"

#include "agreements/LegalCatalogue.h"
#include "agreements/ShareChecks.h"
#include "agreements/Summary.h"

#include <QJsonValue>

namespace sharewise::agreements {

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
                    const QDate& today, bool byPassphrase)
{
    // The share checks' rules on the agreement and its recipients (no file yet): the
    // first that blocks is the refusal.
    ShareCheckInput input;
    input.agreement = &agreement;
    input.recipientFingerprints = recipientFingerprints;
    input.byPassphrase = byPassphrase;
    input.today = today;
    for (const Finding& f : checkShare(input)) {
        if (f.severity == Severity::Block)
            return makeError(ErrorKind::Policy, f.message + QLatin1Char(' ') + f.nextStep);
    }
    return {};
}

} // namespace sharewise::agreements
