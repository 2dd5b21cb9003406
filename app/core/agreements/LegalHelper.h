#pragma once

#include "agreements/Agreement.h"
#include "agreements/Dpia.h"
#include "agreements/LegalCatalogue.h" // proposals name catalogue ids; describe() shows them

#include <QHash>
#include <QList>
#include <QString>

// The Agreement helper's logic: plain questions ("Is the recipient doing this as part of
// its public duties?", "Does the data include health information?") and the legal
// fields they suggest, each with the reason. Proposals are never settled: applying
// them marks the fields as proposed until the IG lead confirms them.
namespace sharewise::agreements {

struct HelperQuestion
{
    QString id;   // stable: "public_duty", "legal_requirement", "health", "criminal", ...
    QString text; // translated question
    QString help; // translated: what it means, with an example
};

struct LegalProposal
{
    QString field;      // a Field name (Field::LawfulBasis, ...)
    LegalGround ground; // code, schedule1 and the reason (translated), for the agreement
};

[[nodiscard]] QList<HelperQuestion> helperQuestions();
// Proposals for the answers given; questions not answered propose nothing. A "not sure"
// is said in the reasons ("check with your DPO").
[[nodiscard]] QList<LegalProposal> proposeLegalGrounds(const QHash<QString, Answer>& answers);
// Puts the proposals into the agreement (replacing those fields) and marks each field
// as proposed.
void applyProposals(Agreement& agreement, const QList<LegalProposal>& proposals);
// The IG lead confirms a field: it is no longer a proposal.
void confirmField(Agreement& agreement, const char* field);

} // namespace sharewise::agreements
