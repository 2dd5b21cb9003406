#pragma once

#include "agreements/Agreement.h"
#include "common/Error.h"

#include <QList>
#include <QString>

// Agreement templates (resources/templates/*.json, the agreement JSON of
// docs/agreements.md): a homelessness case-level return, the Supporting Families
// national impact study, the children looked after return, the National Fraud
// Initiative extract. Purpose, legal basis, allowed data items and minimum redactions
// are filled in and marked as proposed for the IG lead to confirm.
namespace sharewise::agreements {

struct AgreementTemplate
{
    QString id;          // "homelessness_hclic", ...
    QString title;       // translated
    QString description; // translated: one sentence on when to use it
};

[[nodiscard]] QList<AgreementTemplate> agreementTemplates();
// A new draft from the template (no reference, no dates, no recipients yet); its texts
// in the user's language where translated.
Result<Agreement> agreementFromTemplate(const QString& id);

} // namespace sharewise::agreements
