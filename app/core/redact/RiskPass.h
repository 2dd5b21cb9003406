#pragma once

#include "redact/RowRedactor.h"
#include "risk/RiskCheck.h"
#include "risk/RiskExplanation.h"
#include "table/TableReader.h"

#include <atomic>
#include <functional>
#include <memory>

// The re-identification risk of a redaction: the quasi-identifier columns of the
// redacted rows fed to a risk::RiskCheck, and the next steps that would lower it
// (one column one step coarser, or left out).
namespace sharewise::redact {

class RiskFeeder
{
public:
    // `quasiColumns` and `sensitive` name output columns of `redactor` (a column the
    // profile drops cannot be one).
    static Result<std::unique_ptr<RiskFeeder>> create(std::shared_ptr<const RowRedactor> redactor,
                                                      const QStringList& quasiColumns,
                                                      const QString& sensitive, int threshold);

    // Rows with every output column of the redactor.
    void add(const table::RowBlock& redacted);
    // Rows with only columns(), in that order (RedactParams::callerColumns).
    void addNarrow(const table::RowBlock& rows);
    // The quasi-identifiers, then the sensitive column if any.
    [[nodiscard]] QStringList columns() const;
    [[nodiscard]] const risk::RiskCheck& check() const { return m_check; }

    // Each quasi-identifier one step coarser (where its rule has a coarser step), then
    // each left out, with translated labels for the suggestion sentence.
    [[nodiscard]] QList<risk::Generalisation> candidates() const;

private:
    RiskFeeder(std::shared_ptr<const RowRedactor> redactor, risk::RiskCheck check);
    // Adds `rows` records in batches; field(r, i) is record r's quasi-identifier i, or
    // its sensitive value for i = -1.
    template <typename FieldOf>
    void feed(qsizetype rows, FieldOf field);

    std::shared_ptr<const RowRedactor> m_redactor;
    risk::RiskCheck m_check;
    QList<int> m_quasiOutputs;
    int m_sensitiveOutput = -1;
    std::vector<QByteArrayView> m_values;     // a batch of records' quasi-identifier values
    std::vector<QByteArrayView> m_sensitives; // and their sensitive values
};

struct RiskAssessment
{
    std::unique_ptr<RiskFeeder> feeder;
    qint64 raggedSkipped = 0;
};

// Reads the whole file and computes the risk of `profile` without writing anything:
// only the quasi-identifier and sensitive columns are redacted. For the Redact page,
// which runs it again (cancelling the last run) whenever the rules change.
Result<RiskAssessment> assessRisk(const QString& input, const table::TableOptions& options,
                                  const RedactionProfile& profile, const RedactionKeys* keys,
                                  const std::atomic_bool* cancel = nullptr,
                                  const std::function<void(qint64, qint64)>& progress = {});

} // namespace sharewise::redact
