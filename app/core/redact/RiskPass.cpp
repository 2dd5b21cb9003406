#include "redact/RiskPass.h"

#include "dataset/ReadAhead.h"
#include "redact/Redactor.h"
#include "table/DatasetReader.h"

#include <QCoreApplication>

namespace sharewise::redact {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Redaction)
};

// The step in words for the middle of a sentence: "postcode area", "10-year age bands".
QString stepLabel(const ColumnRule& to)
{
    switch (to.to) {
    case Generalisation::DateQuarter:
        return Tr::tr("quarter");
    case Generalisation::DateYear:
        return Tr::tr("year");
    case Generalisation::PostcodeDistrict:
        return Tr::tr("postcode district");
    case Generalisation::PostcodeArea:
        return Tr::tr("postcode area");
    case Generalisation::AgeBand:
        return Tr::tr("%1-year age bands").arg(to.bandWidth);
    case Generalisation::NumberBand:
        return Tr::tr("bands of %1").arg(to.numberStep);
    case Generalisation::NumberRound:
        return Tr::tr("the nearest %1").arg(to.numberStep);
    default:
        return generalisationLabel(to.to);
    }
}

} // namespace

RiskFeeder::RiskFeeder(std::shared_ptr<const RowRedactor> redactor, risk::RiskCheck check)
    : m_redactor(std::move(redactor))
    , m_check(std::move(check))
{}

Result<std::unique_ptr<RiskFeeder>> RiskFeeder::create(std::shared_ptr<const RowRedactor> redactor,
                                                       const QStringList& quasiColumns,
                                                       const QString& sensitive, int threshold)
{
    const QStringList& outputs = redactor->outputColumns();
    QList<int> quasi;
    for (const QString& c : quasiColumns) {
        const auto i = outputs.indexOf(c);
        if (i < 0)
            return makeError(ErrorKind::Usage,
                             Tr::tr("\"%1\" cannot be a quasi-identifier: it is not in the "
                                    "redacted file. Name a column that is sent.")
                                 .arg(c));
        quasi.append(int(i));
    }
    int sensitiveOutput = -1;
    if (!sensitive.isEmpty()) {
        sensitiveOutput = int(outputs.indexOf(sensitive));
        if (sensitiveOutput < 0)
            return makeError(ErrorKind::Usage,
                             Tr::tr("\"%1\" cannot be the sensitive column: it is not in the "
                                    "redacted file.")
                                 .arg(sensitive));
    }
    risk::RiskOptions options;
    options.threshold = threshold;
    risk::RiskCheck check(quasiColumns,
                          sensitive.isEmpty() ? std::nullopt : std::optional<QString>(sensitive),
                          options);
    auto feeder =
        std::unique_ptr<RiskFeeder>(new RiskFeeder(std::move(redactor), std::move(check)));
    feeder->m_quasiOutputs = quasi;
    feeder->m_sensitiveOutput = sensitiveOutput;
    return feeder;
}

namespace {
// Records handed to RiskCheck::addRows at once, so its table look-ups overlap.
constexpr qsizetype kRiskBatch = 256;
} // namespace

template <typename FieldOf>
void RiskFeeder::feed(qsizetype rows, FieldOf field)
{
    const qsizetype quasi = m_quasiOutputs.size();
    const bool sensitive = m_sensitiveOutput >= 0;
    m_values.resize(size_t(kRiskBatch * quasi));
    m_sensitives.resize(size_t(kRiskBatch));
    for (qsizetype start = 0; start < rows; start += kRiskBatch) {
        const qsizetype n = std::min(kRiskBatch, rows - start);
        for (qsizetype j = 0; j < n; ++j) {
            QByteArrayView* values = m_values.data() + j * quasi;
            for (qsizetype i = 0; i < quasi; ++i)
                values[i] = field(start + j, i);
            if (sensitive)
                m_sensitives[size_t(j)] = field(start + j, -1);
        }
        m_check.addRows(m_values.data(), sensitive ? m_sensitives.data() : nullptr, n);
    }
}

void RiskFeeder::add(const table::RowBlock& redacted)
{
    feed(redacted.rowCount(), [&](qsizetype r, qsizetype i) {
        return redacted.fieldOrEmpty(r, i < 0 ? m_sensitiveOutput : m_quasiOutputs[i]);
    });
}

void RiskFeeder::addNarrow(const table::RowBlock& rows)
{
    const qsizetype quasi = m_quasiOutputs.size();
    feed(rows.rowCount(),
         [&](qsizetype r, qsizetype i) { return rows.fieldOrEmpty(r, i < 0 ? quasi : i); });
}

QStringList RiskFeeder::columns() const
{
    QStringList out = m_check.quasiNames();
    if (m_check.sensitiveName())
        out.append(*m_check.sensitiveName());
    return out;
}

QList<risk::Generalisation> RiskFeeder::candidates() const
{
    QList<risk::Generalisation> out;
    const QStringList& names = m_check.quasiNames();
    for (qsizetype i = 0; i < m_quasiOutputs.size(); ++i) {
        const ColumnRule& rule = m_redactor->ruleOfOutput(m_quasiOutputs[i]);
        if (auto next = coarserRule(rule)) {
            risk::Generalisation g;
            g.column = int(i);
            g.label = Tr::tr("generalising %1 to %2").arg(names[i], stepLabel(*next));
            g.coarser = [rule, to = *next](QByteArrayView v) {
                return Generalise::coarsen(v, rule, to);
            };
            out.append(g);
        }
    }
    for (qsizetype i = 0; i < m_quasiOutputs.size(); ++i) {
        risk::Generalisation g;
        g.column = int(i);
        g.label = Tr::tr("leaving out %1").arg(names[i]);
        out.append(g);
    }
    return out;
}

Result<RiskAssessment> assessRisk(const QString& input, const table::TableOptions& options,
                                  const RedactionProfile& profile, const RedactionKeys* keys,
                                  const std::atomic_bool* cancel,
                                  const std::function<void(qint64, qint64)>& progress)
{
    // Only what the risk needs is redacted.
    RedactionProfile narrow = profile;
    narrow.otherColumns = RedactionProfile::OtherColumns::Drop;
    const QStringList quasi = profile.quasiIdentifiers();
    narrow.rules.clear();
    for (const ColumnRule& r : profile.rules) {
        if (quasi.contains(r.column) || r.column == profile.sensitiveColumn)
            narrow.rules.append(r);
    }
    // A shift keyed on a person column needs that column's rule present (as a drop).
    for (const ColumnRule& r : narrow.rules) {
        if (r.action == Action::ShiftDate && !narrow.rule(r.personColumn)) {
            ColumnRule person;
            person.column = r.personColumn;
            person.action = Action::Drop;
            narrow.rules.append(person);
            break;
        }
    }
    if (quasi.isEmpty())
        return makeError(ErrorKind::Usage,
                         Tr::tr("Mark at least one column as a quasi-identifier to check the "
                                "risk."));

    auto opened = table::DatasetReader::open(input, options);
    if (!opened)
        return opened.error();
    table::DatasetReader& reader = *opened.value();
    // Columns the profile names but the file lacks are the profile's problem, reported
    // by the redaction itself; here they are left out of the narrow profile.
    for (auto it = narrow.rules.begin(); it != narrow.rules.end();) {
        if (!reader.info().columns.contains(it->column))
            it = narrow.rules.erase(it);
        else
            ++it;
    }
    auto created = RowRedactor::create(narrow, reader.info().columns, keys);
    if (!created)
        return created.error();
    std::shared_ptr<RowRedactor> redactor = created.value();
    // Values a rule hides as rare are hidden in the risk too (counted first).
    if (!redactor->rareColumns().isEmpty()) {
        auto rare = countRareValues(reader, redactor->rareColumns(), cancel);
        if (!rare)
            return rare.error();
        redactor->setRareValues(rare.value());
    }
    QStringList present;
    for (const QString& q : quasi) {
        if (redactor->outputColumns().contains(q))
            present.append(q);
    }
    const QString sensitive = redactor->outputColumns().contains(profile.sensitiveColumn)
                                  ? profile.sensitiveColumn
                                  : QString();
    auto feeder = RiskFeeder::create(redactor, present, sensitive, profile.riskThreshold);
    if (!feeder)
        return feeder.error();

    RiskAssessment result;
    const qsizetype columns = reader.info().columns.size();
    table::RowBlock redacted;
    dataset::Pipe pipe;
    dataset::ReadAheadThread ahead(reader, pipe);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return withCode(makeError(ErrorKind::Failure, Tr::tr("The risk check was cancelled.")),
                            RedactError::Cancelled);
        dataset::Item item = pipe.take();
        switch (item.kind) {
        case dataset::Item::Kind::Failed:
            return *item.error;
        case dataset::Item::Kind::Restarted: {
            auto again = RiskFeeder::create(redactor, present, sensitive, profile.riskThreshold);
            feeder = std::move(again);
            result.raggedSkipped = 0;
            break;
        }
        case dataset::Item::Kind::End:
            if (progress)
                progress(item.total, item.total);
            result.feeder = std::move(feeder.value());
            return result;
        case dataset::Item::Kind::Rows: {
            const table::RowBlock& rows = *item.block;
            redacted.clear();
            for (qsizetype r = 0; r < rows.rowCount(); ++r) {
                if (rows.fieldCount(r) < columns) {
                    ++result.raggedSkipped;
                    continue;
                }
                redactor->redactRow(rows, r, redacted);
            }
            feeder.value()->add(redacted);
            pipe.giveBack(std::move(item.block));
            if (progress)
                progress(item.progress, item.total);
            break;
        }
        }
    }
}

} // namespace sharewise::redact
