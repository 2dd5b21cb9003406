#pragma once

#include "dataset/DatasetScan.h"
#include "redact/Pseudonym.h"
#include "redact/Rules.h"

#include <memory>

namespace sharewise::ui {

// The one object the Share wizard's pages edit; the wizard hands it over at the end.
// Pages fill in their part and read what earlier pages chose.
struct ShareDraft
{
    // Dataset page
    QString datasetPath;
    table::TableOptions readOptions;
    std::shared_ptr<const dataset::ScanResult> scan; // set once the whole file is read

    // Agreement page (a later issue): the agreement's reference and its unlocked
    // pseudonymisation keys (null until unlocked; the secrets stay in guarded memory).
    QString agreement;
    std::shared_ptr<const redact::RedactionKeys> keys;

    // Redact page: one rule per column of the file, and the risk check's settings.
    redact::RedactionProfile profile;
};

} // namespace sharewise::ui
