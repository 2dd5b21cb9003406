#include "agreements/ShareChecks.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace sharewise::agreements {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShareChecks)
};

// A fingerprint as letters and digits only, upper case: "ABCD EFGH" and "abcdefgh" match.
QString fingerprintKey(const QString& fingerprint)
{
    QString out;
    out.reserve(fingerprint.size());
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

// The people's words for a field that can hold an unconfirmed proposal.
QString fieldLabel(const QString& field)
{
    if (field == QLatin1String(Field::LawfulBasis))
        return Tr::tr("the lawful basis");
    if (field == QLatin1String(Field::SpecialCategory))
        return Tr::tr("the special category conditions");
    if (field == QLatin1String(Field::CriminalOffence))
        return Tr::tr("the criminal offence conditions");
    if (field == QLatin1String(Field::StatutoryPowers))
        return Tr::tr("the statutory powers");
    if (field == QLatin1String(Field::DataItems))
        return Tr::tr("the data items");
    if (field == QLatin1String(Field::Dpia))
        return Tr::tr("the DPIA screening");
    return u'"' + field + u'"';
}

// Whether a rule sends anything of the column's values: dropping and emptying free text
// send nothing.
bool sendsValues(const redact::ColumnRule& rule)
{
    if (rule.action == redact::Action::Drop)
        return false;
    return !(rule.action == redact::Action::Generalise &&
             rule.to == redact::Generalisation::TextEmpty);
}

Finding block(const char* code, const QString& column, QString message, QString nextStep)
{
    return Finding{QString::fromLatin1(code), Severity::Block, column, std::move(message),
                   std::move(nextStep)};
}

Finding warn(const char* code, const QString& column, QString message, QString nextStep)
{
    return Finding{QString::fromLatin1(code), Severity::Warn, column, std::move(message),
                   std::move(nextStep)};
}

void checkAgreement(const Agreement& a, const ShareCheckInput& input, QList<Finding>& out)
{
    const QString ref = a.reference;
    switch (a.status) {
    case AgreementStatus::Draft:
        out << block(
            CheckCode::NotActive, {},
            Tr::tr("Agreement %1 is still a draft, so nothing can be shared under it.").arg(ref),
            Tr::tr("Ask the information governance lead to complete, sign off and "
                   "activate the agreement first."));
        break;
    case AgreementStatus::Suspended:
        out << block(
            CheckCode::NotActive, {},
            Tr::tr("Agreement %1 is suspended, so nothing can be shared under it.").arg(ref),
            Tr::tr("Ask the information governance lead why it was suspended and "
                   "whether it can be made active again."));
        break;
    case AgreementStatus::Ended:
        out << block(CheckCode::NotActive, {},
                     Tr::tr("Agreement %1 has ended, so nothing can be shared under it.").arg(ref),
                     Tr::tr("Share under a current agreement, or ask the information "
                            "governance lead for a new one."));
        break;
    case AgreementStatus::Active:
        break;
    }

    if (a.status == AgreementStatus::Active && a.startsOn.isValid() && input.today < a.startsOn)
        out << block(CheckCode::NotStarted, {},
                     Tr::tr("Agreement %1 starts on %2; nothing can be shared under it before "
                            "then.")
                         .arg(ref, a.startsOn.toString(Qt::ISODate)),
                     Tr::tr("Wait until the start date, or ask the information governance "
                            "lead to correct it."));
    if (a.status != AgreementStatus::Ended && a.endsOn.isValid() && input.today > a.endsOn)
        out << block(CheckCode::Expired, {},
                     Tr::tr("Agreement %1 ended on %2, so it no longer allows sharing.")
                         .arg(ref, a.endsOn.toString(Qt::ISODate)),
                     Tr::tr("Ask the information governance lead to renew the agreement with a "
                            "new end date, or to agree a new one."));
    if (a.reviewDueOn.isValid() && input.today > a.reviewDueOn &&
        a.status != AgreementStatus::Ended)
        out << warn(CheckCode::ReviewOverdue, {},
                    Tr::tr("Agreement %1 was due for review on %2.")
                        .arg(ref, a.reviewDueOn.toString(Qt::ISODate)),
                    Tr::tr("Tell the information governance lead, who should review it and "
                           "record a new review date."));

    for (const QString& field : a.proposed) {
        out << block(CheckCode::Unconfirmed, {},
                     Tr::tr("In agreement %1, %2 is still a proposal nobody has confirmed.")
                         .arg(ref, fieldLabel(field)),
                     Tr::tr("Ask the information governance lead to check and confirm it in "
                            "the agreement."));
    }

    switch (a.dpia.status) {
    case DpiaStatus::Required:
        out << block(CheckCode::DpiaRequired, {},
                     Tr::tr("Agreement %1 needs a data protection impact assessment (DPIA), and "
                            "none is recorded as completed.")
                         .arg(ref),
                     Tr::tr("Complete the DPIA with the data protection officer and record its "
                            "reference in the agreement."));
        break;
    case DpiaStatus::NotScreened:
        out << warn(CheckCode::DpiaNotScreened, {},
                    Tr::tr("Nobody has checked whether agreement %1 needs a data protection "
                           "impact assessment (DPIA).")
                        .arg(ref),
                    Tr::tr("Ask the information governance lead to answer the DPIA screening "
                           "questions in the agreement."));
        break;
    case DpiaStatus::NotRequired:
    case DpiaStatus::Completed:
        break;
    }

    if (input.redaction && !input.redaction->agreement.isEmpty() &&
        input.redaction->agreement != a.reference)
        out << block(CheckCode::OtherAgreement, {},
                     Tr::tr("The redaction profile belongs to agreement %1, not to agreement %2.")
                         .arg(input.redaction->agreement, ref),
                     Tr::tr("Use the redaction profile made for agreement %1, or check you "
                            "chose the right agreement.")
                         .arg(ref));
}

void checkRecipients(const Agreement& a, const ShareCheckInput& input, QList<Finding>& out)
{
    QList<QString> named;
    for (const Recipient& r : a.recipients)
        named << fingerprintKey(r.fingerprint);
    if (input.byPassphrase && a.byPassphraseOrganisations().isEmpty())
        out << block(CheckCode::PassphraseNotAgreed, {},
                     Tr::tr("Agreement %1 names no recipient who receives by passphrase, so "
                            "this share cannot be sealed under one.")
                         .arg(a.reference),
                     Tr::tr("Choose the recipients' keys instead, or ask the information "
                            "governance lead to add a recipient who receives by passphrase."));
    for (const QString& fingerprint : input.recipientFingerprints) {
        const QString key = fingerprintKey(fingerprint);
        if (!key.isEmpty() && named.contains(key))
            continue;
        out << block(CheckCode::RecipientNotNamed, {},
                     Tr::tr("The key %1 is not one of the recipients agreement %2 names, so "
                            "the data cannot be sent to it.")
                         .arg(fingerprint.trimmed(), a.reference),
                     Tr::tr("Remove that recipient from this share, or ask the information "
                            "governance lead to add them to the agreement."));
    }
}

void checkColumns(const Agreement& a, const ShareCheckInput& input, QList<Finding>& out)
{
    const profile::DatasetProfile& dataset = *input.dataset;
    const redact::RedactionProfile* profile = input.redaction;

    // The profile's name for each file column, as the redaction matches them.
    QHash<QString, QString> ruleName;
    if (profile) {
        QStringList fileColumns;
        for (const profile::ColumnProfile& c : dataset.columns)
            fileColumns << c.name;
        const redact::ProfileMatch match = redact::matchColumns(*profile, fileColumns);
        for (const auto& [was, now] : match.respelled)
            ruleName.insert(now, was);
    }

    const bool hasArticle9 = !a.specialCategoryConditions.isEmpty();
    const bool hasArticle10 = !a.criminalOffenceConditions.isEmpty();

    for (const profile::ColumnProfile& c : dataset.columns) {
        const QString& name = c.name;
        redact::ColumnRule rule; // the file as it is: keep
        rule.column = name;
        if (profile) {
            const redact::ColumnRule* found = profile->rule(ruleName.value(name, name));
            if (found) {
                rule = *found;
            } else {
                switch (profile->otherColumns) {
                case redact::RedactionProfile::OtherColumns::Drop:
                    rule.action = redact::Action::Drop;
                    break;
                case redact::RedactionProfile::OtherColumns::Keep:
                    rule.action = redact::Action::Keep;
                    break;
                case redact::RedactionProfile::OtherColumns::Refuse:
                    out << block(CheckCode::ColumnNoRule, name,
                                 Tr::tr("The redaction profile does not say what to do with the "
                                        "column \"%1\".")
                                     .arg(name),
                                 Tr::tr("Add a rule for \"%1\" to the redaction profile, or drop "
                                        "it.")
                                     .arg(name));
                    continue;
                }
            }
        }
        if (!rule.outputs())
            continue;

        const DataItem* item = findDataItem(a, name);
        if (!item) {
            out << block(CheckCode::ColumnNotAllowed, name,
                         Tr::tr("The column \"%1\" is not one of the data items agreement %2 "
                                "allows.")
                             .arg(name, a.reference),
                         Tr::tr("Drop \"%1\" in the redaction, or ask the information "
                                "governance lead to add it to the agreement.")
                             .arg(name));
        } else if (!redact::meetsMinimum(rule, item->minimum)) {
            const QString needed = redact::describeRule(item->minimum);
            out << block(
                CheckCode::ColumnTooWeak, name,
                Tr::tr("The column \"%1\" is set to \"%2\", which is weaker than "
                       "agreement %3 allows for %4: at least \"%5\".")
                    .arg(name, redact::describeRule(rule), a.reference, item->name, needed),
                Tr::tr("Change the rule for \"%1\" to \"%2\" or something stronger, or "
                       "drop it.")
                    .arg(name, needed));
        }

        if (!sendsValues(rule))
            continue;
        for (const profile::IdentifierFinding& f : c.identifiers) {
            if (f.kind == profile::IdentifierKind::SpecialCategory && !hasArticle9) {
                const QString what = f.category == profile::SpecialCategory::None
                                         ? Tr::tr("special category data")
                                         : Tr::tr("special category data (%1)")
                                               .arg(profile::specialCategoryLabel(f.category));
                out << block(CheckCode::SpecialCategory, name,
                             Tr::tr("The column \"%1\" looks like it holds %2, but agreement %3 "
                                    "names no Article 9 condition for it.")
                                 .arg(name, what, a.reference),
                             Tr::tr("Drop \"%1\", or ask the information governance lead to "
                                    "add the Article 9 condition (and its Schedule 1 "
                                    "paragraph) that allows sharing it.")
                                 .arg(name));
                break;
            }
        }
        for (const profile::IdentifierFinding& f : c.identifiers) {
            if (f.kind == profile::IdentifierKind::CriminalOffence && !hasArticle10) {
                out << block(CheckCode::CriminalOffence, name,
                             Tr::tr("The column \"%1\" looks like it holds criminal offence "
                                    "data, but agreement %2 names no condition for sharing it.")
                                 .arg(name, a.reference),
                             Tr::tr("Drop \"%1\", or ask the information governance lead to "
                                    "add the criminal offence condition that allows sharing "
                                    "it.")
                                 .arg(name));
                break;
            }
        }
    }
}

} // namespace

QString severityName(Severity severity)
{
    return severity == Severity::Block ? u"block"_s : u"warn"_s;
}

QString severityLabel(Severity severity)
{
    return severity == Severity::Block ? Tr::tr("Blocks") : Tr::tr("Warning");
}

QList<Finding> checkShare(const ShareCheckInput& given)
{
    ShareCheckInput input = given;
    if (!input.today.isValid())
        input.today = QDate::currentDate();
    QList<Finding> out;
    if (!input.agreement) {
        out << block(CheckCode::NoAgreement, {}, Tr::tr("No agreement is chosen for this share."),
                     Tr::tr("Choose the agreement the data is shared under."));
        return out;
    }
    const Agreement& a = *input.agreement;
    checkAgreement(a, input, out);
    checkRecipients(a, input, out);
    if (input.dataset)
        checkColumns(a, input, out);
    std::stable_partition(out.begin(), out.end(),
                          [](const Finding& f) { return f.severity == Severity::Block; });
    return out;
}

bool anyBlocks(const QList<Finding>& findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Block; });
}

} // namespace sharewise::agreements
