#pragma once

#include "dataset/DatasetScan.h"

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
};

} // namespace sharewise::ui
