#pragma once

#include "dataset/DatasetScan.h"
#include "redact/Rules.h"

#include <QDate>

namespace sharewise::redact {

// A first profile for a dataset, from what the scan found in each column: direct
// identifiers (NHS, NI and pupil numbers, UPRNs) pseudonymised when the scan is sure
// and a key can be had, else left out; names, addresses, e-mail addresses, telephone
// numbers and free text left out; dates of birth to 5-year age bands on `today` and
// postcodes to districts, both marked as quasi-identifiers; everything else kept.
// Each suggestion carries its reason (translated) in `reasons`, by column.
struct SuggestedProfile
{
    RedactionProfile profile;
    QHash<QString, QString> reasons;
};

[[nodiscard]] SuggestedProfile suggestProfile(const dataset::ScanResult& scan, QDate today,
                                              bool keyAvailable);

} // namespace sharewise::redact
