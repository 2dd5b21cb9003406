#include "agreements/AgreementSuggest.h"

#include <QTest>

using namespace sharewise;
using namespace sharewise::agreements;
using namespace sharewise::redact;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 25);

ColumnRule rule(const QString& column, Action action)
{
    ColumnRule r;
    r.column = column;
    r.action = action;
    return r;
}

SuggestedProfile suggested(const QList<ColumnRule>& rules)
{
    SuggestedProfile s;
    s.profile.rules = rules;
    for (const ColumnRule& r : rules)
        s.reasons.insert(r.column, u"from the scan"_s);
    return s;
}

DataItem item(const QString& name, const ColumnRule& minimum, const QStringList& aliases = {})
{
    DataItem d;
    d.name = name;
    d.aliases = aliases;
    d.minimum = minimum;
    return d;
}

Agreement agreementWith(const QList<DataItem>& items)
{
    Agreement a;
    a.reference = u"DSA-2026-014"_s;
    a.title = u"Homelessness case-level return"_s;
    a.dataItems = items;
    return a;
}

} // namespace

class TestAgreementSuggest : public QObject
{
    Q_OBJECT
private slots:
    void anAgreementWithoutDataItemsChangesNothing();
    void aColumnTheAgreementDoesNotListIsLeftOut();
    void aWeakerSuggestionIsRaisedToTheMinimum();
    void aStrongerSuggestionStays();
    void aKeyedMinimumWithoutTheKeyLeavesTheColumnOut();
    void aKeyedMinimumWithTheKeyPseudonymises();
    void aliasesAndRespellingsMatch();
    void anAgeBandMinimumGetsTodayAsItsReferenceDate();
};

void TestAgreementSuggest::anAgreementWithoutDataItemsChangesNothing()
{
    SuggestedProfile s = suggested({rule(u"Postcode"_s, Action::Keep)});
    const QByteArray before = s.profile.toBytes();
    applyAgreement(s, agreementWith({}), kToday, true);
    QCOMPARE(s.profile.toBytes(), before);
    QCOMPARE(s.reasons.value(u"Postcode"_s), u"from the scan"_s);
}

void TestAgreementSuggest::aColumnTheAgreementDoesNotListIsLeftOut()
{
    SuggestedProfile s =
        suggested({rule(u"Case ID"_s, Action::Keep), rule(u"Notes"_s, Action::Keep)});
    applyAgreement(s, agreementWith({item(u"Case ID"_s, rule({}, Action::Keep))}), kToday, true);
    QCOMPARE(s.profile.rule(u"Case ID"_s)->action, Action::Keep);
    QCOMPARE(s.reasons.value(u"Case ID"_s), u"from the scan"_s);
    QCOMPARE(s.profile.rule(u"Notes"_s)->action, Action::Drop);
    QVERIFY(s.reasons.value(u"Notes"_s).contains(u"DSA-2026-014"_s));
    QCOMPARE(s.profile.agreement, u"DSA-2026-014"_s);
}

void TestAgreementSuggest::aWeakerSuggestionIsRaisedToTheMinimum()
{
    ColumnRule month = rule({}, Action::Generalise);
    month.to = Generalisation::DateMonth;
    ColumnRule kept = rule(u"Date of birth"_s, Action::Keep);
    kept.quasiIdentifier = true;
    SuggestedProfile s = suggested({kept});
    applyAgreement(s, agreementWith({item(u"Date of birth"_s, month)}), kToday, true);
    const ColumnRule* r = s.profile.rule(u"Date of birth"_s);
    QCOMPARE(r->action, Action::Generalise);
    QCOMPARE(r->to, Generalisation::DateMonth);
    QVERIFY(r->quasiIdentifier);
    QVERIFY(meetsMinimum(*r, month));
    QVERIFY(s.reasons.value(u"Date of birth"_s).contains(describeRule(month)));
}

void TestAgreementSuggest::aStrongerSuggestionStays()
{
    ColumnRule sector = rule({}, Action::Generalise);
    sector.to = Generalisation::PostcodeSector;
    ColumnRule district = rule(u"Postcode"_s, Action::Generalise);
    district.to = Generalisation::PostcodeDistrict;
    SuggestedProfile s = suggested({district});
    applyAgreement(s, agreementWith({item(u"Postcode"_s, sector)}), kToday, true);
    QCOMPARE(s.profile.rule(u"Postcode"_s)->to, Generalisation::PostcodeDistrict);
    QCOMPARE(s.reasons.value(u"Postcode"_s), u"from the scan"_s);
}

void TestAgreementSuggest::aKeyedMinimumWithoutTheKeyLeavesTheColumnOut()
{
    ColumnRule pseudo = rule({}, Action::Pseudonymise);
    pseudo.kind = PseudonymKind{profile::IdentifierKind::NhsNumber};
    SuggestedProfile s = suggested({rule(u"NHS number"_s, Action::Keep)});
    applyAgreement(s, agreementWith({item(u"NHS number"_s, pseudo)}), kToday, false);
    QCOMPARE(s.profile.rule(u"NHS number"_s)->action, Action::Drop);
    QVERIFY(s.reasons.value(u"NHS number"_s).contains(u"key"_s));
}

void TestAgreementSuggest::aKeyedMinimumWithTheKeyPseudonymises()
{
    ColumnRule pseudo = rule({}, Action::Pseudonymise);
    pseudo.kind = PseudonymKind{profile::IdentifierKind::NhsNumber};
    SuggestedProfile s = suggested({rule(u"NHS number"_s, Action::Keep)});
    applyAgreement(s, agreementWith({item(u"NHS number"_s, pseudo)}), kToday, true);
    const ColumnRule* r = s.profile.rule(u"NHS number"_s);
    QCOMPARE(r->action, Action::Pseudonymise);
    QCOMPARE(r->kind, pseudo.kind);
    QCOMPARE(r->column, u"NHS number"_s);
}

void TestAgreementSuggest::aliasesAndRespellingsMatch()
{
    ColumnRule year = rule({}, Action::Generalise);
    year.to = Generalisation::DateYear;
    SuggestedProfile s =
        suggested({rule(u"DOB"_s, Action::Keep), rule(u"date_of_birth"_s, Action::Keep)});
    applyAgreement(s, agreementWith({item(u"Date of birth"_s, year, {u"DOB"_s})}), kToday, true);
    QCOMPARE(s.profile.rule(u"DOB"_s)->action, Action::Generalise);
    QCOMPARE(s.profile.rule(u"date_of_birth"_s)->action, Action::Generalise);
}

void TestAgreementSuggest::anAgeBandMinimumGetsTodayAsItsReferenceDate()
{
    ColumnRule band = rule({}, Action::Generalise);
    band.to = Generalisation::AgeBand;
    band.bandWidth = 10;
    SuggestedProfile s = suggested({rule(u"Date of birth"_s, Action::Keep)});
    applyAgreement(s, agreementWith({item(u"Date of birth"_s, band)}), kToday, true);
    const ColumnRule* r = s.profile.rule(u"Date of birth"_s);
    QCOMPARE(r->to, Generalisation::AgeBand);
    QCOMPARE(r->bandWidth, 10);
    QCOMPARE(r->referenceDate, kToday);
    QVERIFY(s.profile.validate().ok());
}

QTEST_GUILESS_MAIN(TestAgreementSuggest)
#include "tst_agreementsuggest.moc"
