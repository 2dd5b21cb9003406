#pragma once

#include "risk/RiskCheck.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sharewise::risk {

// Plain-English (and Welsh) sentences for a risk check, translated in the context
// "RiskCheck". Column names are used as given (the caller passes what the user sees).
// Nothing from the data appears in them: only counts and column names.

// "sex", "sex and year of birth", "sex, year of birth and postcode district".
[[nodiscard]] QString joinNames(const QStringList& names);

// What the result means, in one to three sentences: who could be singled out by the
// quasi-identifiers (or that everyone shares them with at least k - 1 others), and with
// a sensitive column how varied it is within groups. Handles no columns and no records.
[[nodiscard]] QString explain(const RiskResult& result, const QStringList& quasiNames,
                              const std::optional<QString>& sensitiveName = std::nullopt);
[[nodiscard]] QString explain(const RiskCheck& check);

// A next step the user could take: generalise a column (coarser set) or leave it out
// (coarser empty). `label` is the translated action in lower case for the middle of a
// sentence, as "generalising postcode to area".
struct Generalisation
{
    int column = -1;
    QString label;
    RiskCheck::Coarser coarser;
};

struct Suggestion
{
    int candidate = -1; // index into the candidates
    RiskResult result;  // the check with it applied
    QString sentence;   // "Generalising postcode to area leaves 0 people in groups of
                        // fewer than 5."
};

// The candidate that leaves the fewest records below the threshold (then the fewest
// unique records, then the largest k, then the first given). Nothing when no record is
// below the threshold now, or when no candidate lowers that number.
[[nodiscard]] std::optional<Suggestion> suggest(const RiskCheck& check,
                                                const QList<Generalisation>& candidates);

} // namespace sharewise::risk
