#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"

#include <QString>
#include <memory>

namespace sharewise {
class Database;
}

// "Try it with sample data": a practice history, separate from the real one, holding a
// sample agreement, a sample recipient and a made-up dataset, so that a new user can
// take the whole Share wizard to a sealed bundle at once. Nothing in it is real, and it
// is never mixed into the real history or a shared register: it is its own file, and
// marked (an audit entry "practice.created") so that every screen can say so.
namespace sharewise::shares::practice {

inline constexpr char AgreementReference[] = "PRACTICE-HCLIC";

// The practice history's file: beside the real history's default place, never the same.
[[nodiscard]] QString defaultPath();
// The sample dataset's file, beside the practice history.
[[nodiscard]] QString sampleDatasetPath(const QString& practiceHistoryPath);

// Opens the practice history at `path`, making and filling it when it is new: the
// sample agreement (active, needs no review), the sample recipient's key in the
// directory (checked), and the sample dataset written beside it.
Result<std::unique_ptr<Database>> open(const QString& path, const QString& actor);

// Whether this history is a practice one.
[[nodiscard]] bool isPractice(Database& db);

// A made-up homelessness case file (CSV, UTF-8): case reference, names, date of birth,
// sex, address, postcode, ethnicity, household, dates, reason, duty and outcome. The
// same seed gives the same file. Every value is invented.
Status writeSampleDataset(const QString& path, int rows = 500, quint64 seed = 1);

} // namespace sharewise::shares::practice
