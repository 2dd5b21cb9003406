// The Agreement helper: each plain question proposes the legal grounds it should (and
// nothing when answered no), every proposal has a reason and resolves in the
// catalogue, "not sure" is said, and applying proposals marks the fields proposed until
// the IG lead confirms each.
#include "agreements/LegalCatalogue.h"
#include "agreements/LegalHelper.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise::agreements;

namespace {

using Answers = QHash<QString, Answer>;

// "field:code" or "field:code/schedule1", for comparing.
QStringList keysOf(const QList<LegalProposal>& proposals)
{
    QStringList keys;
    for (const LegalProposal& p : proposals) {
        QString key = p.field + u':' + p.ground.code;
        if (!p.ground.schedule1.isEmpty())
            key += u'/' + p.ground.schedule1;
        keys.append(key);
    }
    return keys;
}

Answers yesTo(std::initializer_list<const char*> ids)
{
    Answers answers;
    for (const char* id : ids)
        answers.insert(QString::fromLatin1(id), Answer::Yes);
    return answers;
}

} // namespace

class TestLegalHelper : public QObject
{
    Q_OBJECT

private slots:
    void questions();
    void proposals_data();
    void proposals();
    void noAnswersNoProposals();
    void everyProposalResolves();
    void notSureIsSaid();
    void applyMarksProposedAndConfirmClears();
};

void TestLegalHelper::questions()
{
    QSet<QString> ids;
    for (const HelperQuestion& q : helperQuestions()) {
        QVERIFY2(!ids.contains(q.id), qPrintable(q.id));
        ids.insert(q.id);
        QVERIFY2(q.text.endsWith(u'?'), qPrintable(q.id));
        QVERIFY2(!q.help.isEmpty(), qPrintable(q.id));
    }
    for (const char* id :
         {"public_duty", "legal_requirement", "consent", "vital_interests", "health",
          "care_services", "other_special", "criminal", "safeguarding", "research", "fraud",
          "crime", "homelessness", "children_services", "public_service_delivery", "debt"}) {
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    }
}

void TestLegalHelper::proposals_data()
{
    QTest::addColumn<Answers>("answers");
    QTest::addColumn<QStringList>("mustHave");
    QTest::addColumn<QStringList>("mustNotHave");

    QTest::newRow("public duty") << yesTo({"public_duty"})
                                 << QStringList{u"lawful_basis:art6_1_e"_s,
                                                u"statutory_powers:localism2011_s1"_s}
                                 << QStringList{u"special_category_conditions:art9_2_g/sch1_6"_s};
    QTest::newRow("legal requirement beats public duty")
        << yesTo({"public_duty", "legal_requirement"}) << QStringList{u"lawful_basis:art6_1_c"_s}
        << QStringList{u"lawful_basis:art6_1_e"_s};
    QTest::newRow("vital interests")
        << yesTo({"vital_interests"}) << QStringList{u"lawful_basis:art6_1_d"_s} << QStringList{};
    QTest::newRow("consent") << yesTo({"consent"}) << QStringList{u"lawful_basis:art6_1_a"_s}
                             << QStringList{};
    QTest::newRow("health and care")
        << yesTo({"public_duty", "health", "care_services"})
        << QStringList{u"special_category_conditions:art9_2_h/sch1_2"_s,
                       u"statutory_powers:care2014"_s}
        << QStringList{u"special_category_conditions:art9_2_g/sch1_6"_s};
    QTest::newRow("health for a public duty")
        << yesTo({"public_duty", "health"})
        << QStringList{u"special_category_conditions:art9_2_g/sch1_6"_s} << QStringList{};
    QTest::newRow("care without sensitive data")
        << yesTo({"public_duty", "care_services"}) << QStringList{u"statutory_powers:care2014"_s}
        << QStringList{u"special_category_conditions:art9_2_h/sch1_2"_s};
    QTest::newRow("safeguarding") << yesTo({"public_duty", "other_special", "safeguarding"})
                                  << QStringList{u"special_category_conditions:art9_2_g/sch1_18"_s,
                                                 u"statutory_powers:ca2004"_s,
                                                 u"statutory_powers:care2014"_s}
                                  << QStringList{u"special_category_conditions:art9_2_g/sch1_6"_s};
    QTest::newRow("criminal safeguarding")
        << yesTo({"criminal", "safeguarding"})
        << QStringList{u"criminal_offence_conditions:crim_schedule1/sch1_18"_s}
        << QStringList{u"criminal_offence_conditions:crim_official_authority"_s};
    QTest::newRow("fraud") << yesTo({"public_duty", "fraud", "criminal"})
                           << QStringList{u"criminal_offence_conditions:crim_official_authority"_s,
                                          u"criminal_offence_conditions:crim_schedule1/sch1_14"_s,
                                          u"statutory_powers:dea2017_s56"_s}
                           << QStringList{u"statutory_powers:localism2011_s1"_s};
    QTest::newRow("fraud without criminal data")
        << yesTo({"fraud", "health"})
        << QStringList{u"special_category_conditions:art9_2_g/sch1_14"_s,
                       u"statutory_powers:dea2017_s56"_s}
        << QStringList{u"criminal_offence_conditions:crim_schedule1/sch1_14"_s};
    QTest::newRow("crime") << yesTo({"crime", "criminal"})
                           << QStringList{u"criminal_offence_conditions:crim_schedule1/sch1_10"_s,
                                          u"statutory_powers:cda1998_s115"_s}
                           << QStringList{};
    QTest::newRow("research") << yesTo({"research", "health"})
                              << QStringList{u"special_category_conditions:art9_2_j/sch1_4"_s,
                                             u"statutory_powers:dea2017_s64"_s,
                                             u"statutory_powers:sras2007_s45a"_s}
                              << QStringList{};
    QTest::newRow("homelessness") << yesTo({"homelessness"})
                                  << QStringList{u"statutory_powers:ha1996_pt7"_s,
                                                 u"statutory_powers:hra2017"_s}
                                  << QStringList{};
    QTest::newRow("children") << yesTo({"children_services"})
                              << QStringList{u"statutory_powers:ca1989"_s,
                                             u"statutory_powers:ca2004"_s}
                              << QStringList{u"statutory_powers:care2014"_s};
    QTest::newRow("public service delivery")
        << yesTo({"public_service_delivery"}) << QStringList{u"statutory_powers:dea2017_s35"_s}
        << QStringList{};
    QTest::newRow("debt") << yesTo({"debt"}) << QStringList{u"statutory_powers:dea2017_s48"_s}
                          << QStringList{};
}

void TestLegalHelper::proposals()
{
    QFETCH(Answers, answers);
    QFETCH(QStringList, mustHave);
    QFETCH(QStringList, mustNotHave);
    const QStringList got = keysOf(proposeLegalGrounds(answers));
    for (const QString& key : mustHave)
        QVERIFY2(got.contains(key), qPrintable(key + u" not in "_s + got.join(u", "_s)));
    for (const QString& key : mustNotHave)
        QVERIFY2(!got.contains(key), qPrintable(key + u" in "_s + got.join(u", "_s)));
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), got.size()); // no repeats
    QVERIFY(got.count(u"lawful_basis:art6_1_a"_s) + got.count(u"lawful_basis:art6_1_c"_s) +
                got.count(u"lawful_basis:art6_1_d"_s) + got.count(u"lawful_basis:art6_1_e"_s) <=
            1);

    // The same questions answered no propose nothing.
    Answers no;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        no.insert(it.key(), Answer::No);
    QVERIFY(proposeLegalGrounds(no).isEmpty());
}

void TestLegalHelper::noAnswersNoProposals()
{
    QVERIFY(proposeLegalGrounds({}).isEmpty());
    // Sensitive data with no purpose that gives a condition: nothing is guessed.
    QVERIFY(proposeLegalGrounds(yesTo({"health", "criminal"})).isEmpty());
}

void TestLegalHelper::everyProposalResolves()
{
    Answers all;
    for (const HelperQuestion& q : helperQuestions())
        all.insert(q.id, Answer::Yes);
    const QList<LegalProposal> proposals = proposeLegalGrounds(all);
    QVERIFY(proposals.size() > 10);
    const LegalCatalogue& c = LegalCatalogue::instance();
    for (const LegalProposal& p : proposals) {
        const QString what = p.field + u':' + p.ground.code;
        const LegalEntry* entry = c.find(p.ground.code);
        QVERIFY2(entry, qPrintable(what));
        QVERIFY2(p.ground.reason.startsWith(u"Because "_s), qPrintable(what));
        QVERIFY2(!p.ground.reason.contains(u"not sure"_s), qPrintable(what));
        QCOMPARE(entry->needsSchedule1, !p.ground.schedule1.isEmpty());
        if (entry->needsSchedule1)
            QVERIFY2(entry->schedule1Options.contains(p.ground.schedule1), qPrintable(what));
        const LegalKind expected =
            p.field == QLatin1StringView(Field::LawfulBasis)       ? LegalKind::LawfulBasis
            : p.field == QLatin1StringView(Field::SpecialCategory) ? LegalKind::Article9
            : p.field == QLatin1StringView(Field::CriminalOffence) ? LegalKind::CriminalOffence
                                                                   : LegalKind::StatutoryPower;
        QCOMPARE(entry->kind, expected);
        if (entry->kind == LegalKind::LawfulBasis)
            QVERIFY(entry->forPublicAuthorities);
    }
}

void TestLegalHelper::notSureIsSaid()
{
    Answers answers;
    answers.insert(u"public_duty"_s, Answer::NotSure);
    QList<LegalProposal> p = proposeLegalGrounds(answers);
    QCOMPARE(keysOf(p).first(), u"lawful_basis:art6_1_e"_s);
    QVERIFY(p.first().ground.reason.contains(u"not sure"_s));
    QVERIFY(p.first().ground.reason.contains(u"DPO"_s));

    // A firm yes elsewhere wins over the not sure, and carries no caveat.
    answers.insert(u"consent"_s, Answer::Yes);
    p = proposeLegalGrounds(answers);
    QCOMPARE(keysOf(p).first(), u"lawful_basis:art6_1_a"_s);
    QVERIFY(!p.first().ground.reason.contains(u"not sure"_s));
}

void TestLegalHelper::applyMarksProposedAndConfirmClears()
{
    Agreement a;
    a.reference = u"DSA-1"_s;
    a.title = u"Test"_s;
    LegalGround untouched{u"dea2017_s35"_s, {}, u"Set by hand."_s};
    a.statutoryPowers = {untouched};

    const QList<LegalProposal> proposals =
        proposeLegalGrounds(yesTo({"public_duty", "health", "criminal", "safeguarding"}));
    // Without the statutory powers: that field must stay as it was.
    QList<LegalProposal> legal;
    for (const LegalProposal& p : proposals) {
        if (p.field != QLatin1StringView(Field::StatutoryPowers))
            legal.append(p);
    }
    applyProposals(a, legal);
    QCOMPARE(a.lawfulBasis.code, u"art6_1_e"_s);
    QVERIFY(!a.lawfulBasis.reason.isEmpty());
    QVERIFY(!a.specialCategoryConditions.isEmpty());
    QVERIFY(!a.criminalOffenceConditions.isEmpty());
    QCOMPARE(a.statutoryPowers, QList<LegalGround>{untouched});
    QVERIFY(a.isProposed(Field::LawfulBasis));
    QVERIFY(a.isProposed(Field::SpecialCategory));
    QVERIFY(a.isProposed(Field::CriminalOffence));
    QVERIFY(!a.isProposed(Field::StatutoryPowers));

    // Applying again does not list a field twice.
    applyProposals(a, legal);
    QCOMPARE(a.proposed.size(), 3);

    confirmField(a, Field::LawfulBasis);
    QVERIFY(!a.isProposed(Field::LawfulBasis));
    QVERIFY(a.isProposed(Field::SpecialCategory));
    QCOMPARE(a.lawfulBasis.code, u"art6_1_e"_s); // confirming keeps the content
    confirmField(a, Field::SpecialCategory);
    confirmField(a, Field::CriminalOffence);
    QVERIFY(a.proposed.isEmpty());
}

QTEST_GUILESS_MAIN(TestLegalHelper)
#include "tst_legalhelper.moc"
