#pragma once

// Private to app/core/profile: the classifier behind parseValue, with the cell kind
// looked up only for the few values where it matters (a leading '#', an exponent, an
// ISO date), so that a CSV's millions of fields never pay for it.

#include "profile/ValueParsing.h"
#include "table/RowBlock.h"

namespace sharewise::profile::detail {

// `text` must already be trimmed (trimSpaces) and not empty. `usedKind` is set when the
// result depended on the cell kind (so the same text may read differently elsewhere).
ParsedValue classifyTrimmed(QByteArrayView text, const table::RowBlock& block, qsizetype row,
                            qsizetype column, bool& usedKind);

} // namespace sharewise::profile::detail
