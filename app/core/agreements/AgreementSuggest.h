#pragma once

#include "agreements/Agreement.h"
#include "redact/Suggest.h"

#include <QDate>

namespace sharewise::agreements {

// Brings a suggested redaction profile (redact::suggestProfile, from what the scan
// found) into line with the agreement's allowed data items: a column the agreement
// does not allow is left out; a column it allows gets at least the item's minimum
// redaction (a minimum that needs the agreement's key, with no key, leaves the column
// out). Each change replaces the column's reason with one naming the agreement. An
// agreement that lists no data items changes nothing.
void applyAgreement(redact::SuggestedProfile& suggested, const Agreement& agreement, QDate today,
                    bool keyAvailable);

} // namespace sharewise::agreements
