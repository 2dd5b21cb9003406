#pragma once

#include "agreements/Agreement.h"

#include <QString>

namespace sharewise::agreements {

// The agreement in one plain-English paragraph (translated): who gets what data, why,
// under what law, for how long, what it will not be used for, and what comes back.
// Shown in the register and the Share wizard, and carried in a bundle's manifest.
[[nodiscard]] QString agreementSummary(const Agreement& agreement);

} // namespace sharewise::agreements
