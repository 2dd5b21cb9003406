#include "agreements/Dpia.h"

#include <QCoreApplication>

namespace sharewise::agreements {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DpiaScreening)
};

// The reason a trigger answered yes gives, and what to find out when it is not known.
QString yesReason(const QString& id)
{
    if (id == u"matching")
        return Tr::tr("You will match or combine data from more than one source.");
    if (id == u"invisible_processing")
        return Tr::tr("People will not be told directly that their data is being used this way.");
    if (id == u"risk_of_harm")
        return Tr::tr("A breach could put someone at risk of physical harm.");
    if (id == u"large_scale_sensitive")
        return Tr::tr("Special category or criminal offence data will be used at a large scale.");
    if (id == u"profiling")
        return Tr::tr("The data will be used for profiling or automated decisions with significant "
                      "effects on people.");
    if (id == u"new_technology")
        return Tr::tr("The sharing uses new technology.");
    if (id == u"tracking")
        return Tr::tr("The sharing tracks people's location or behaviour.");
    if (id == u"children_profiling")
        return Tr::tr("Children's data will be used for profiling or targeting.");
    if (id == u"national_linking")
        return Tr::tr("The data will be linked with other organisations' data at national level.");
    return id;
}

QString findOut(const DpiaTrigger& trigger)
{
    //: %1 is a screening question. A DPIA is a data protection impact assessment.
    return Tr::tr("Find out: %1 If the answer is yes, a DPIA is required.").arg(trigger.question);
}

} // namespace

QList<DpiaTrigger> dpiaTriggers()
{
    return {
        {u"matching"_s, Tr::tr("Will you match or combine data from more than one source?"),
         Tr::tr("Linking records from different systems or organisations builds a fuller picture "
                "of people than any one source, so the risks grow.")},
        {u"invisible_processing"_s,
         Tr::tr("Will the data be used without telling the people it is about directly?"),
         Tr::tr("People who do not know their data is used cannot object or ask questions. This "
                "applies when a privacy notice on a website is the only way they could find out.")},
        {u"risk_of_harm"_s, Tr::tr("Could a breach put someone at risk of physical harm?"),
         Tr::tr("For example the address of someone fleeing domestic abuse, or details of a child "
                "in a protected placement.")},
        {u"large_scale_sensitive"_s,
         Tr::tr("Will special category or criminal offence data be used at a large scale?"),
         Tr::tr("Special category data is about health, ethnicity, religion, sexual orientation "
                "and similar. Large scale means many people, a whole service or a whole area.")},
        {u"profiling"_s,
         Tr::tr("Will the data be used to profile people or make automated decisions with "
                "significant effects on them?"),
         Tr::tr("For example scoring households for risk, or deciding eligibility for a service by "
                "computer without a person reviewing it.")},
        {u"new_technology"_s, Tr::tr("Does the sharing use new technology?"),
         Tr::tr("A new system, new kind of matching or analytics, or a technology the organisation "
                "has not used this way before.")},
        {u"tracking"_s, Tr::tr("Will the sharing track people's location or behaviour?"),
         Tr::tr("For example movements between addresses, use of services over time, or online "
                "activity.")},
        {u"children_profiling"_s,
         Tr::tr("Will children's data be used for profiling or targeting?"),
         Tr::tr("Profiling children, or targeting services or messages at them, needs particular "
                "care because children may not understand the risks.")},
        {u"national_linking"_s,
         Tr::tr("Will the data be linked with data from other organisations at national level?"),
         Tr::tr("National studies and data linking, such as a government evaluation that matches "
                "council records with department records, almost always need a DPIA.")},
    };
}

DpiaScreening screenDpia(const QHash<QString, Answer>& answers)
{
    DpiaScreening screening;
    QList<DpiaTrigger> unknown;
    for (const DpiaTrigger& trigger : dpiaTriggers()) {
        const Answer answer = answers.value(trigger.id, Answer::Unanswered);
        if (answer == Answer::Yes) {
            screening.triggers.append(trigger.id);
            screening.reasons.append(yesReason(trigger.id));
        } else if (answer != Answer::No) {
            unknown.append(trigger);
        }
    }
    if (!screening.triggers.isEmpty()) {
        screening.outcome = DpiaOutcome::Required;
    } else if (!unknown.isEmpty()) {
        screening.outcome = DpiaOutcome::LikelyNeeded;
        for (const DpiaTrigger& trigger : unknown)
            screening.reasons.append(findOut(trigger));
    } else {
        screening.outcome = DpiaOutcome::NotRequired;
        screening.reasons.append(Tr::tr("None of the screening questions applies to this "
                                        "sharing. Keep this record and screen again if the "
                                        "sharing changes."));
    }
    return screening;
}

QString DpiaScreening::headline() const
{
    switch (outcome) {
    case DpiaOutcome::Required:
        return Tr::tr("A DPIA is required before the data is shared.");
    case DpiaOutcome::LikelyNeeded:
        return Tr::tr("A DPIA is likely to be needed: answer the open questions to be sure.");
    case DpiaOutcome::NotRequired:
        return Tr::tr("A DPIA is not required.");
    }
    return {};
}

Dpia recordScreening(const Dpia& current, const DpiaScreening& screening)
{
    Dpia record;
    record.reference = current.reference;
    record.triggers = screening.triggers;
    // Until the open questions are settled, a likely DPIA is treated as a required one:
    // the share checks block until it is done or a new screening says it is not needed.
    if (current.status == DpiaStatus::Completed)
        record.status = DpiaStatus::Completed;
    else if (screening.outcome == DpiaOutcome::NotRequired)
        record.status = DpiaStatus::NotRequired;
    else
        record.status = DpiaStatus::Required;
    QStringList lines{screening.headline()};
    lines += screening.reasons;
    record.note = lines.join(u' ');
    return record;
}

} // namespace sharewise::agreements
