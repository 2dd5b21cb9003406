#include "agreements/LegalHelper.h"

#include <QCoreApplication>

namespace sharewise::agreements {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LegalHelper)
};

// The questions' stable ids.
constexpr auto kPublicDuty = "public_duty"_L1;
constexpr auto kLegalRequirement = "legal_requirement"_L1;
constexpr auto kConsent = "consent"_L1;
constexpr auto kVitalInterests = "vital_interests"_L1;
constexpr auto kHealthData = "health"_L1;
constexpr auto kCareServices = "care_services"_L1;
constexpr auto kOtherSpecial = "other_special"_L1;
constexpr auto kCriminalData = "criminal"_L1;
constexpr auto kSafeguarding = "safeguarding"_L1;
constexpr auto kResearch = "research"_L1;
constexpr auto kFraud = "fraud"_L1;
constexpr auto kCrime = "crime"_L1;
constexpr auto kHomelessness = "homelessness"_L1;
constexpr auto kChildrenServices = "children_services"_L1;
constexpr auto kPublicServiceDelivery = "public_service_delivery"_L1;
constexpr auto kDebt = "debt"_L1;

class Proposer
{
public:
    explicit Proposer(const QHash<QString, Answer>& answers)
        : m_answers(answers)
    {}

    // Yes or not sure: the question may apply, and a proposal follows from it.
    [[nodiscard]] bool applies(QLatin1StringView id) const
    {
        const Answer a = m_answers.value(QString(id), Answer::Unanswered);
        return a == Answer::Yes || a == Answer::NotSure;
    }
    [[nodiscard]] bool yes(QLatin1StringView id) const
    {
        return m_answers.value(QString(id), Answer::Unanswered) == Answer::Yes;
    }
    [[nodiscard]] bool notSure(QLatin1StringView id) const
    {
        return m_answers.value(QString(id), Answer::Unanswered) == Answer::NotSure;
    }

    // Adds a proposal once; the reason says when an answer behind it was "not sure".
    void add(const char* field, const QString& code, const QString& schedule1, QString reason,
             std::initializer_list<QLatin1StringView> basedOn)
    {
        const QString name = QString::fromLatin1(field);
        for (const LegalProposal& p : std::as_const(m_proposals)) {
            if (p.field == name && p.ground.code == code && p.ground.schedule1 == schedule1)
                return;
        }
        for (QLatin1StringView id : basedOn) {
            if (notSure(id)) {
                reason +=
                    u' ' + Tr::tr("You answered \"not sure\" to a question behind this: check "
                                  "with your DPO before confirming it.");
                break;
            }
        }
        m_proposals.append({name, LegalGround{code, schedule1, reason}});
    }

    [[nodiscard]] bool has(const char* field) const
    {
        const QString name = QString::fromLatin1(field);
        for (const LegalProposal& p : m_proposals) {
            if (p.field == name)
                return true;
        }
        return false;
    }

    [[nodiscard]] const QList<LegalProposal>& proposals() const { return m_proposals; }

private:
    const QHash<QString, Answer>& m_answers;
    QList<LegalProposal> m_proposals;
};

void proposeLawfulBasis(Proposer& p)
{
    // The first that applies, answered yes before not sure.
    struct Option
    {
        QLatin1StringView question;
        QString code;
        QString reason;
    };
    const Option options[] = {
        {kLegalRequirement, u"art6_1_c"_s,
         Tr::tr("Because a law requires this data to be shared, the lawful basis is legal "
                "obligation.")},
        {kPublicDuty, u"art6_1_e"_s,
         Tr::tr("Because the recipient does this as part of its public duties, the lawful basis is "
                "public task.")},
        {kVitalInterests, u"art6_1_d"_s,
         Tr::tr("Because the sharing is needed to protect someone's life, the lawful basis is "
                "vital interests. Use it only while no other basis fits.")},
        {kConsent, u"art6_1_a"_s,
         Tr::tr("Because the people the data is about have freely agreed to the sharing, the "
                "lawful basis is consent. A council should use it only when people have a real "
                "choice and can withdraw.")},
    };
    for (const bool firm : {true, false}) {
        for (const Option& o : options) {
            if (firm ? p.yes(o.question) : p.notSure(o.question)) {
                p.add(Field::LawfulBasis, o.code, {}, o.reason, {o.question});
                return;
            }
        }
    }
}

void proposeSpecialCategory(Proposer& p)
{
    const bool health = p.applies(kHealthData);
    if (!health && !p.applies(kOtherSpecial))
        return;
    const std::initializer_list<QLatin1StringView> data{kHealthData, kOtherSpecial};
    const char* field = Field::SpecialCategory;
    if (p.applies(kCareServices)) {
        p.add(field, u"art9_2_h"_s, u"sch1_2"_s,
              Tr::tr("Because the data includes health or other sensitive information and the "
                     "sharing is for providing or managing health or social care, the condition "
                     "is health or social care with Schedule 1 paragraph 2."),
              {kHealthData, kOtherSpecial, kCareServices});
    }
    if (p.applies(kSafeguarding)) {
        p.add(field, u"art9_2_g"_s, u"sch1_18"_s,
              Tr::tr("Because the sharing protects children or adults at risk, the condition is "
                     "substantial public interest with Schedule 1 paragraph 18 (safeguarding)."),
              {kHealthData, kOtherSpecial, kSafeguarding});
    }
    if (p.applies(kFraud)) {
        p.add(field, u"art9_2_g"_s, u"sch1_14"_s,
              Tr::tr("Because the sharing is to prevent fraud, the condition is substantial public "
                     "interest with Schedule 1 paragraph 14 (preventing fraud)."),
              {kHealthData, kOtherSpecial, kFraud});
    }
    if (p.applies(kCrime)) {
        p.add(field, u"art9_2_g"_s, u"sch1_10"_s,
              Tr::tr("Because the sharing is to prevent or detect crime, the condition is "
                     "substantial public interest with Schedule 1 paragraph 10 (preventing or "
                     "detecting unlawful acts)."),
              {kHealthData, kOtherSpecial, kCrime});
    }
    if (p.applies(kResearch)) {
        p.add(field, u"art9_2_j"_s, u"sch1_4"_s,
              Tr::tr("Because the data is used for research or statistics, the condition is "
                     "archiving, research or statistics with Schedule 1 paragraph 4; the data "
                     "should be pseudonymised."),
              {kHealthData, kOtherSpecial, kResearch});
    }
    if (p.yes(kVitalInterests) && !p.has(field)) {
        p.add(field, u"art9_2_c"_s, {},
              Tr::tr("Because the sharing protects someone's life, the condition is vital "
                     "interests; it applies only when the person cannot give consent."),
              data);
    }
    if ((p.applies(kPublicDuty) || p.applies(kLegalRequirement)) && !p.has(field)) {
        p.add(field, u"art9_2_g"_s, u"sch1_6"_s,
              Tr::tr("Because the data includes sensitive information and the recipient uses it "
                     "for a function given by law, the condition is substantial public interest "
                     "with Schedule 1 paragraph 6 (statutory and government purposes)."),
              {kHealthData, kOtherSpecial, kPublicDuty, kLegalRequirement});
    }
    if (p.yes(kConsent) && !p.has(field)) {
        p.add(field, u"art9_2_a"_s, {},
              Tr::tr("Because the people have agreed to the sharing, the condition is explicit "
                     "consent; it must be recorded and specific to this sharing."),
              data);
    }
}

void proposeCriminalOffence(Proposer& p)
{
    if (!p.applies(kCriminalData))
        return;
    const char* field = Field::CriminalOffence;
    if (p.applies(kPublicDuty) || p.applies(kLegalRequirement)) {
        p.add(field, u"crim_official_authority"_s, {},
              Tr::tr("Because the recipient uses criminal offence data within the functions the "
                     "law gives it, it may rely on official authority. If it is not acting under "
                     "official authority, confirm a Schedule 1 condition instead."),
              {kCriminalData, kPublicDuty, kLegalRequirement});
    }
    struct Option
    {
        QLatin1StringView question;
        QString paragraph;
        QString reason;
    };
    const Option options[] = {
        {kSafeguarding, u"sch1_18"_s,
         Tr::tr("Because the sharing protects children or adults at risk, Schedule 1 paragraph 18 "
                "(safeguarding) covers the criminal offence data; paragraph 36 means no "
                "substantial public interest test is needed.")},
        {kFraud, u"sch1_14"_s,
         Tr::tr("Because the sharing is to prevent fraud, Schedule 1 paragraph 14 covers the "
                "criminal offence data; paragraph 36 means no substantial public interest test is "
                "needed.")},
        {kCrime, u"sch1_10"_s,
         Tr::tr("Because the sharing is to prevent or detect crime, Schedule 1 paragraph 10 covers "
                "the criminal offence data; paragraph 36 means no substantial public interest "
                "test is needed.")},
        {kCareServices, u"sch1_2"_s,
         Tr::tr("Because the sharing is for health or social care, Schedule 1 paragraph 2 covers "
                "the criminal offence data.")},
        {kResearch, u"sch1_4"_s,
         Tr::tr("Because the data is used for research or statistics, Schedule 1 paragraph 4 "
                "covers the criminal offence data.")},
        {kVitalInterests, u"sch1_30"_s,
         Tr::tr("Because the sharing protects someone's life and the person cannot consent, "
                "Schedule 1 paragraph 30 covers the criminal offence data.")},
        {kConsent, u"sch1_29"_s,
         Tr::tr("Because the people have consented, Schedule 1 paragraph 29 covers the criminal "
                "offence data.")},
    };
    for (const Option& o : options) {
        if (p.applies(o.question))
            p.add(field, u"crim_schedule1"_s, o.paragraph, o.reason, {kCriminalData, o.question});
    }
}

void proposeStatutoryPowers(Proposer& p)
{
    const char* field = Field::StatutoryPowers;
    if (p.applies(kHomelessness)) {
        p.add(field, u"ha1996_pt7"_s, {},
              Tr::tr("Because the sharing is about homelessness, the council's duties under "
                     "Part 7 of the Housing Act 1996 are the power relied on."),
              {kHomelessness});
        p.add(field, u"hra2017"_s, {},
              Tr::tr("Because the sharing is about preventing or relieving homelessness, the "
                     "Homelessness Reduction Act 2017 applies too."),
              {kHomelessness});
    }
    if (p.applies(kChildrenServices)) {
        p.add(field, u"ca1989"_s, {},
              Tr::tr("Because the sharing is about children the council supports, its duties "
                     "under the Children Act 1989 are the power relied on."),
              {kChildrenServices});
        p.add(field, u"ca2004"_s, {},
              Tr::tr("Because partners must cooperate to improve children's well-being and "
                     "safeguard them, sections 10 and 11 of the Children Act 2004 apply too."),
              {kChildrenServices});
    }
    if (p.applies(kCareServices)) {
        p.add(field, u"care2014"_s, {},
              Tr::tr("Because the sharing is for social care, the Care Act 2014 is the power "
                     "relied on for adults."),
              {kCareServices});
    }
    if (p.applies(kSafeguarding) && !p.applies(kChildrenServices) && !p.applies(kCareServices)) {
        p.add(field, u"ca2004"_s, {},
              Tr::tr("Because the sharing is to safeguard people, section 11 of the Children Act "
                     "2004 applies if they are children."),
              {kSafeguarding});
        p.add(field, u"care2014"_s, {},
              Tr::tr("Because the sharing is to safeguard people, the Care Act 2014 applies if "
                     "they are adults at risk."),
              {kSafeguarding});
    }
    if (p.applies(kFraud)) {
        p.add(field, u"dea2017_s56"_s, {},
              Tr::tr("Because the sharing is to prevent or detect fraud against the public sector, "
                     "section 56 of the Digital Economy Act 2017 is the power relied on; the "
                     "National Fraud Initiative uses the Local Audit and Accountability Act 2014 "
                     "instead."),
              {kFraud});
    }
    if (p.applies(kCrime)) {
        p.add(field, u"cda1998_s115"_s, {},
              Tr::tr("Because the sharing is to reduce crime and disorder, section 115 of the "
                     "Crime and Disorder Act 1998 is the power relied on."),
              {kCrime});
    }
    if (p.applies(kResearch)) {
        p.add(field, u"dea2017_s64"_s, {},
              Tr::tr("Because the data is used for research, section 64 of the Digital Economy Act "
                     "2017 allows de-identified data to be disclosed for accredited research."),
              {kResearch});
        p.add(field, u"sras2007_s45a"_s, {},
              Tr::tr("Because the data may feed official statistics, section 45A of the "
                     "Statistics and Registration Service Act 2007 allows disclosure to the "
                     "Statistics Authority."),
              {kResearch});
    }
    if (p.applies(kPublicServiceDelivery)) {
        p.add(field, u"dea2017_s35"_s, {},
              Tr::tr("Because the sharing is to improve services for households facing several "
                     "problems, fuel poverty or water poverty, section 35 of the Digital Economy "
                     "Act 2017 (public service delivery) is the power relied on."),
              {kPublicServiceDelivery});
    }
    if (p.applies(kDebt)) {
        p.add(field, u"dea2017_s48"_s, {},
              Tr::tr("Because the sharing is to manage debt owed to the public sector, section 48 "
                     "of the Digital Economy Act 2017 is the power relied on."),
              {kDebt});
    }
    if (p.yes(kPublicDuty) && !p.has(field)) {
        p.add(field, u"localism2011_s1"_s, {},
              Tr::tr("Because no specific Act was named, the general power of competence in "
                     "section 1 of the Localism Act 2011 is proposed; a specific power is better "
                     "if one applies."),
              {kPublicDuty});
    }
}

} // namespace

QList<HelperQuestion> helperQuestions()
{
    auto q = [](QLatin1StringView id, const QString& text, const QString& help) {
        return HelperQuestion{QString(id), text, help};
    };
    return {
        q(kPublicDuty, Tr::tr("Is the recipient doing this as part of its public duties?"),
          Tr::tr("Yes if the recipient uses the data for a function the law gives it, such as "
                 "running homelessness services or producing a government statistic.")),
        q(kLegalRequirement, Tr::tr("Does a law require you to share this data?"),
          Tr::tr("Yes if an Act or regulations oblige the council to send it, so that it has no "
                 "choice, such as a statutory return the department can demand.")),
        q(kConsent, Tr::tr("Have the people the data is about freely agreed to this sharing?"),
          Tr::tr("Yes only if each person was asked, understood what it is for, could say no "
                 "without losing a service, and can withdraw.")),
        q(kVitalInterests, Tr::tr("Is the sharing needed to protect someone's life?"),
          Tr::tr("For example in an emergency, a major incident, or when a person is missing and "
                 "in danger.")),
        q(kHealthData, Tr::tr("Does the data include health information?"),
          Tr::tr("Physical or mental health, disability, care needs, medication, or anything that "
                 "reveals them, such as a support need for mental ill health.")),
        q(kCareServices, Tr::tr("Is the sharing for providing or managing health or social care?"),
          Tr::tr("For example adult social care, children's social care, or planning care "
                 "services with the NHS.")),
        q(kOtherSpecial, Tr::tr("Does the data include other sensitive details about people?"),
          Tr::tr("Ethnicity, religion or belief, sexual orientation or sex life, political "
                 "opinions, trade union membership, or genetic or biometric data.")),
        q(kCriminalData, Tr::tr("Does the data include criminal offence information?"),
          Tr::tr("Offences, allegations, convictions, cautions, court cases, or offending "
                 "behaviour such as a history of violence.")),
        q(kSafeguarding, Tr::tr("Is the sharing to protect children or adults at risk from harm?"),
          Tr::tr("Safeguarding: protecting people from abuse, neglect or exploitation, or "
                 "protecting their well-being.")),
        q(kResearch, Tr::tr("Is the data used for research, evaluation or official statistics?"),
          Tr::tr("Yes if the results describe groups of people and no decision is made about any "
                 "one person, such as a national impact study.")),
        q(kFraud, Tr::tr("Is the sharing to prevent or detect fraud?"),
          Tr::tr("For example matching payroll, housing or council tax records to find fraud or "
                 "error.")),
        q(kCrime, Tr::tr("Is the sharing to prevent or detect crime or disorder?"),
          Tr::tr("For example with the police or a community safety partnership.")),
        q(kHomelessness, Tr::tr("Is the sharing about homelessness?"),
          Tr::tr("People who are homeless or threatened with homelessness, their households, and "
                 "the help the council gives them.")),
        q(kChildrenServices, Tr::tr("Is the sharing about children the council supports?"),
          Tr::tr("Children in need, children looked after, child protection, or care leavers.")),
        q(kPublicServiceDelivery,
          Tr::tr("Is the sharing to improve services for households with several problems, fuel "
                 "poverty or water poverty?"),
          Tr::tr("For example a family support programme that brings together help for "
                 "households facing multiple disadvantages.")),
        q(kDebt, Tr::tr("Is the sharing to manage debt owed to the council or government?"),
          Tr::tr("For example council tax arrears or benefit overpayments.")),
    };
}

QList<LegalProposal> proposeLegalGrounds(const QHash<QString, Answer>& answers)
{
    Proposer p(answers);
    proposeLawfulBasis(p);
    proposeSpecialCategory(p);
    proposeCriminalOffence(p);
    proposeStatutoryPowers(p);
    return p.proposals();
}

void applyProposals(Agreement& agreement, const QList<LegalProposal>& proposals)
{
    QStringList fields;
    for (const LegalProposal& p : proposals) {
        if (!fields.contains(p.field))
            fields.append(p.field);
    }
    for (const QString& field : std::as_const(fields)) {
        QList<LegalGround> grounds;
        for (const LegalProposal& p : proposals) {
            if (p.field == field)
                grounds.append(p.ground);
        }
        if (field == QLatin1StringView(Field::LawfulBasis))
            agreement.lawfulBasis = grounds.first();
        else if (field == QLatin1StringView(Field::SpecialCategory))
            agreement.specialCategoryConditions = grounds;
        else if (field == QLatin1StringView(Field::CriminalOffence))
            agreement.criminalOffenceConditions = grounds;
        else if (field == QLatin1StringView(Field::StatutoryPowers))
            agreement.statutoryPowers = grounds;
        else
            continue; // not a legal field: nothing to put in
        if (!agreement.proposed.contains(field))
            agreement.proposed.append(field);
    }
}

void confirmField(Agreement& agreement, const char* field)
{
    agreement.proposed.removeAll(QString::fromLatin1(field));
}

} // namespace sharewise::agreements
