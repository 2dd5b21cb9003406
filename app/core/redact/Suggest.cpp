#include "redact/Suggest.h"

#include <QCoreApplication>

namespace sharewise::redact {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Redaction)
};

// A finding is taken as settled from this confidence.
constexpr double kSure = 0.6;

bool looksLikeSex(const QString& header)
{
    const QString h = header.trimmed().toCaseFolded();
    return h == u"sex" || h == u"gender" || h.startsWith(u"sex ") || h.startsWith(u"gender ") ||
           h == u"rhyw"; // Welsh
}

} // namespace

SuggestedProfile suggestProfile(const dataset::ScanResult& scan, QDate today, bool keyAvailable)
{
    using profile::IdentifierKind;
    SuggestedProfile out;
    out.profile.otherColumns = RedactionProfile::OtherColumns::Refuse;
    for (const profile::ColumnProfile& c : scan.columns) {
        ColumnRule rule;
        rule.column = c.name;
        rule.action = Action::Keep;
        QString reason = Tr::tr("Nothing in this column looks like it identifies a person.");
        const profile::IdentifierFinding* top =
            c.identifiers.isEmpty() ? nullptr : &c.identifiers.first();
        if (top && top->confidence >= profile::IdentifierDetector::kReportThreshold) {
            const QString kind = profile::identifierKindLabel(top->kind);
            switch (top->kind) {
            case IdentifierKind::NhsNumber:
            case IdentifierKind::NiNumber:
            case IdentifierKind::Upn:
            case IdentifierKind::Uprn:
                if (keyAvailable && top->confidence >= kSure) {
                    rule.action = Action::Pseudonymise;
                    rule.kind = PseudonymKind{top->kind};
                    reason = Tr::tr("%1 identifies a person directly. Pseudonymising keeps "
                                    "records linkable without sending it.")
                                 .arg(kind);
                } else {
                    rule.action = Action::Drop;
                    reason = Tr::tr("%1 identifies a person directly. Leave it out unless "
                                    "the recipient needs to link records.")
                                 .arg(kind);
                }
                break;
            case IdentifierKind::PersonName:
            case IdentifierKind::Email:
            case IdentifierKind::Phone:
            case IdentifierKind::Address:
                rule.action = Action::Drop;
                reason = Tr::tr("%1 identifies a person directly and is rarely needed: leave "
                                "it out.")
                             .arg(kind);
                break;
            case IdentifierKind::FreeText:
                rule.action = Action::Drop;
                reason = Tr::tr("Free text often holds names and other details nobody checked: "
                                "leave it out.");
                break;
            case IdentifierKind::DateOfBirth:
                rule.action = Action::Generalise;
                rule.to = Generalisation::AgeBand;
                rule.referenceDate = today;
                rule.bandWidth = 5;
                rule.quasiIdentifier = true;
                reason = Tr::tr("A full date of birth can single a person out; an age band "
                                "rarely does.");
                break;
            case IdentifierKind::Postcode:
                rule.action = Action::Generalise;
                rule.to = Generalisation::PostcodeDistrict;
                rule.quasiIdentifier = true;
                reason = Tr::tr("A full postcode covers about 15 homes; its district covers "
                                "thousands.");
                break;
            case IdentifierKind::SpecialCategory:
            case IdentifierKind::CriminalOffence:
                rule.action = Action::Keep;
                if (out.profile.sensitiveColumn.isEmpty())
                    out.profile.sensitiveColumn = c.name;
                reason = Tr::tr("Special category or criminal offence data: send it only if "
                                "the agreement allows it. It is checked as the sensitive "
                                "column in the risk check.");
                break;
            }
        }
        if (rule.action == Action::Keep && !top && looksLikeSex(c.name)) {
            rule.quasiIdentifier = true;
            reason = Tr::tr("Sex or gender, with age and area, can single a person out: it is "
                            "checked as a quasi-identifier.");
        }
        out.reasons.insert(c.name, reason);
        out.profile.rules.append(rule);
    }
    return out;
}

} // namespace sharewise::redact
