#include "agreements/AgreementSuggest.h"

#include <QCoreApplication>

namespace sharewise::agreements {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Agreements)
};

} // namespace

void applyAgreement(redact::SuggestedProfile& suggested, const Agreement& agreement, QDate today,
                    bool keyAvailable)
{
    if (agreement.dataItems.isEmpty())
        return;
    suggested.profile.agreement = agreement.reference;
    for (redact::ColumnRule& rule : suggested.profile.rules) {
        const DataItem* item = findDataItem(agreement, rule.column);
        if (!item) {
            // Whatever the scan thought of it, the agreement is the reason it goes.
            const QString column = rule.column;
            rule = redact::ColumnRule{};
            rule.column = column;
            rule.action = redact::Action::Drop;
            suggested.reasons.insert(column, Tr::tr("Agreement %1 does not list this column "
                                                    "among the data it allows, so it is left out.")
                                                 .arg(agreement.reference));
            continue;
        }
        if (redact::meetsMinimum(rule, item->minimum))
            continue;
        redact::ColumnRule minimum = item->minimum;
        minimum.column = rule.column;
        minimum.quasiIdentifier = rule.quasiIdentifier && minimum.outputs();
        if (minimum.action == redact::Action::Generalise &&
            minimum.to == redact::Generalisation::AgeBand && !minimum.referenceDate.isValid())
            minimum.referenceDate = today;
        if (minimum.needsKey() && !keyAvailable) {
            rule = redact::ColumnRule{};
            rule.column = minimum.column;
            rule.action = redact::Action::Drop;
            suggested.reasons.insert(
                minimum.column,
                Tr::tr("Agreement %1 allows this column only as \"%2\", which needs the "
                       "agreement's key; without the key it is left out.")
                    .arg(agreement.reference, redact::describeRule(item->minimum)));
            continue;
        }
        rule = minimum;
        suggested.reasons.insert(
            rule.column, Tr::tr("Agreement %1 allows this column only as \"%2\" at the "
                                "least.")
                             .arg(agreement.reference, redact::describeRule(item->minimum)));
    }
}

} // namespace sharewise::agreements
