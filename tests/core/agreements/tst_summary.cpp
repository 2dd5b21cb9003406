// The one-paragraph summary: who gets which data items, why, under what law (named from
// the catalogue), how often, for how long, what it will not be used for and what comes
// back; missing parts said plainly, never a broken sentence.
#include "agreements/LegalCatalogue.h"
#include "agreements/Summary.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise::agreements;

namespace {

Agreement fullAgreement()
{
    Agreement a;
    a.reference = u"DSA-2026-010"_s;
    a.title = u"Homelessness case-level return"_s;
    a.parties = {Party{u"Caerwen County Council"_s, PartyRole::Controller, {}},
                 Party{u"Department for Housing"_s, PartyRole::Controller, {}}};
    a.recipients = {Recipient{u"Department for Housing"_s, u"Alex Smith"_s, {}}};
    a.purpose = u"To produce national homelessness statistics."_s;
    a.notUsedFor = u"Decisions about any individual"_s;
    a.lawfulBasis = {u"art6_1_e"_s, {}, u"Statutory function."_s};
    a.specialCategoryConditions = {{u"art9_2_g"_s, u"sch1_6"_s, u"Statutory purposes."_s}};
    a.criminalOffenceConditions = {{u"crim_official_authority"_s, {}, u"Official."_s}};
    a.statutoryPowers = {{u"ha1996_pt7"_s, {}, u"Homelessness duties."_s}};
    DataItem dob;
    dob.name = u"Date of birth"_s;
    DataItem postcode;
    postcode.name = u"Postcode"_s;
    DataItem needs;
    needs.name = u"Support needs"_s;
    a.dataItems = {dob, postcode, needs};
    a.frequency = Frequency::Quarterly;
    a.retention = u"Kept for 2 years, then deleted."_s;
    a.startsOn = QDate(2026, 4, 1);
    a.endsOn = QDate(2027, 3, 31);
    a.outputs = {ExpectedOutput{u"Quarterly statistics release"_s, {}, QDate(2026, 7, 31)},
                 ExpectedOutput{u"Annual report"_s, {}, {}}};
    return a;
}

void verifyWellFormed(const QString& summary)
{
    QVERIFY2(!summary.contains(u'%'), qPrintable(summary));
    QVERIFY2(!summary.contains(u".."_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u" ."_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u"  "_s), qPrintable(summary));
    QVERIFY2(!summary.contains(u'\n'), qPrintable(summary)); // one paragraph
    QVERIFY2(summary.endsWith(u'.'), qPrintable(summary));
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

private slots:
    void containsTheKeyFacts();
    void missingPartsAreSaid();
    void recipientsFallBackToParties();
    void proposalsAreSaid();
    void scheduleOneAloneReadsWhole();
};

void TestSummary::containsTheKeyFacts()
{
    const QString s = agreementSummary(fullAgreement());
    verifyWellFormed(s);
    const LegalCatalogue& c = LegalCatalogue::instance();
    for (const QString& fact :
         {u"Department for Housing will receive 3 data item"_s,
          u"Date of birth, Postcode and Support needs"_s,
          u"To produce national homelessness statistics."_s, c.find(u"art6_1_e"_s)->title,
          c.find(u"art9_2_g"_s)->title, c.find(u"sch1_6"_s)->title,
          c.find(u"crim_official_authority"_s)->title, c.find(u"ha1996_pt7"_s)->citation,
          u"every quarter"_s, u"1 April 2026"_s, u"31 March 2027"_s,
          u"Kept for 2 years, then deleted."_s, u"Decisions about any individual."_s, u"2 output"_s,
          u"Quarterly statistics release (due 31 July 2026)"_s,
          u"Annual report (no due date yet)"_s}) {
        QVERIFY2(s.contains(fact), qPrintable(fact + u" not in: "_s + s));
    }
    QVERIFY2(!s.contains(u"not yet recorded"_s), qPrintable(s));
    QVERIFY2(!s.contains(u"Caerwen"_s), qPrintable(s)); // the sender is not a recipient
}

void TestSummary::missingPartsAreSaid()
{
    const QString s = agreementSummary(Agreement{});
    verifyWellFormed(s);
    for (const QString& fact :
         {u"A recipient not yet recorded will receive data items not yet recorded."_s,
          u"The purpose is not yet recorded."_s, u"the lawful basis is not yet recorded"_s,
          u"How long the recipient keeps the data is not yet recorded."_s,
          u"What the data will not be used for is not yet recorded."_s,
          u"Nothing to be returned to the council is recorded yet."_s}) {
        QVERIFY2(s.contains(fact), qPrintable(fact + u" not in: "_s + s));
    }
    QVERIFY2(!s.contains(u"special category"_s), qPrintable(s));

    // A code the catalogue does not know is shown as it is rather than dropped.
    Agreement odd = fullAgreement();
    odd.lawfulBasis.code = u"art6_1_z"_s;
    QVERIFY(agreementSummary(odd).contains(u"art6_1_z"_s));
}

void TestSummary::recipientsFallBackToParties()
{
    Agreement a = fullAgreement();
    a.recipients.clear();
    a.parties.append(Party{u"Secure Hosting Ltd"_s, PartyRole::Processor, {}});
    const QString s = agreementSummary(a);
    verifyWellFormed(s);
    QVERIFY2(s.startsWith(u"Department for Housing and Secure Hosting Ltd will receive"_s),
             qPrintable(s));
}

void TestSummary::proposalsAreSaid()
{
    Agreement a = fullAgreement();
    QVERIFY(!agreementSummary(a).contains(u"proposal"_s));
    a.proposed = {QString::fromLatin1(Field::LawfulBasis)};
    const QString s = agreementSummary(a);
    verifyWellFormed(s);
    QVERIFY2(s.contains(u"still a proposal"_s), qPrintable(s));
}

// A criminal offence condition given as a Schedule 1 paragraph alone reads as that
// paragraph, not as ", with" after nothing.
void TestSummary::scheduleOneAloneReadsWhole()
{
    Agreement a = fullAgreement();
    a.criminalOffenceConditions = {LegalGround{QString(), u"sch1_6"_s, u"Statutory."_s}};
    const QString s = agreementSummary(a);
    QVERIFY2(s.contains(u"Schedule 1, paragraph 6"_s), qPrintable(s));
    QVERIFY2(!s.contains(u" , with"_s) && !s.contains(u": , with"_s) && !s.contains(u"(, with"_s),
             qPrintable(s));
}

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
