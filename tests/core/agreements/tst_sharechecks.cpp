// The checks before a share (agreements::checkShare): each rule both ways, on an
// agreement, a file's column profile and a redaction profile built here.
#include "agreements/ShareChecks.h"

#include <QtTest>

Q_DECLARE_METATYPE(sharewise::agreements::AgreementStatus)
Q_DECLARE_METATYPE(sharewise::agreements::DpiaStatus)
Q_DECLARE_METATYPE(sharewise::redact::ColumnRule)
Q_DECLARE_METATYPE(sharewise::redact::RedactionProfile::OtherColumns)

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::agreements;

namespace {

const QDate kToday(2026, 6, 1);
const QString kFingerprint = u"ABCD EFGH IJKL MNOP"_s;

redact::ColumnRule rule(const QString& column, redact::Action action)
{
    redact::ColumnRule r;
    r.column = column;
    r.action = action;
    return r;
}

redact::ColumnRule generalise(const QString& column, redact::Generalisation to)
{
    redact::ColumnRule r = rule(column, redact::Action::Generalise);
    r.to = to;
    return r;
}

DataItem item(const QString& name, const redact::ColumnRule& minimum,
              const QStringList& aliases = {})
{
    DataItem d;
    d.name = name;
    d.aliases = aliases;
    d.minimum = minimum;
    return d;
}

// An active agreement that allows Case Ref (kept), Date of birth (at least month) and
// Postcode (at least sector), for one recipient.
Agreement agreement()
{
    Agreement a;
    a.reference = u"DSA-2026-001"_s;
    a.title = u"Homelessness case return"_s;
    a.status = AgreementStatus::Active;
    a.purpose = u"Plan housing support."_s;
    a.lawfulBasis = LegalGround{u"art6_1_e"_s, {}, u"Statutory duty."_s};
    a.dataItems << item(u"Case Ref"_s, rule({}, redact::Action::Keep))
                << item(u"Date of birth"_s, generalise({}, redact::Generalisation::DateMonth),
                        {u"DOB"_s})
                << item(u"Postcode"_s, generalise({}, redact::Generalisation::PostcodeSector));
    a.dpia.status = DpiaStatus::NotRequired;
    a.startsOn = QDate(2026, 1, 1);
    a.endsOn = QDate(2027, 12, 31);
    a.reviewDueOn = QDate(2027, 1, 1);
    a.recipients << Recipient{u"County Council"_s, u"Data team"_s, kFingerprint};
    return a;
}

profile::ColumnProfile column(const QString& name, QList<profile::IdentifierFinding> ids = {})
{
    profile::ColumnProfile c;
    c.name = name;
    c.identifiers = std::move(ids);
    return c;
}

profile::DatasetProfile dataset(const QList<profile::ColumnProfile>& columns)
{
    profile::DatasetProfile d;
    d.rowCount = 100;
    d.columns = columns;
    for (int i = 0; i < d.columns.size(); ++i)
        d.columns[i].index = i;
    return d;
}

profile::DatasetProfile plainDataset()
{
    return dataset({column(u"Case Ref"_s), column(u"Date of birth"_s), column(u"Postcode"_s)});
}

redact::RedactionProfile redaction(const QList<redact::ColumnRule>& rules)
{
    redact::RedactionProfile p;
    p.name = u"Return"_s;
    p.rules = rules;
    return p;
}

redact::RedactionProfile plainRedaction()
{
    return redaction({rule(u"Case Ref"_s, redact::Action::Keep),
                      generalise(u"Date of birth"_s, redact::Generalisation::DateMonth),
                      generalise(u"Postcode"_s, redact::Generalisation::PostcodeDistrict)});
}

profile::IdentifierFinding finding(profile::IdentifierKind kind,
                                   profile::SpecialCategory category = {})
{
    profile::IdentifierFinding f;
    f.kind = kind;
    f.confidence = 0.8;
    f.reason = u"The header says so."_s;
    f.category = category;
    return f;
}

struct Case
{
    Agreement agreement = ::agreement();
    profile::DatasetProfile data = plainDataset();
    redact::RedactionProfile profile = plainRedaction();
    QStringList recipients{kFingerprint};
    bool byPassphrase = false;
    bool withDataset = true;
    bool withProfile = true;

    QList<Finding> run() const
    {
        ShareCheckInput in;
        in.agreement = &agreement;
        in.dataset = withDataset ? &data : nullptr;
        in.redaction = withProfile ? &profile : nullptr;
        in.recipientFingerprints = recipients;
        in.byPassphrase = byPassphrase;
        in.today = kToday;
        QList<Finding> out = checkShare(in);
        for (const Finding& f : out) {
            // Every finding says what is wrong and what to do, in a sentence each.
            if (f.message.isEmpty() || f.nextStep.isEmpty() || !f.message.endsWith(u'.') ||
                !f.nextStep.endsWith(u'.'))
                qFatal("finding %s lacks its message or next step", qPrintable(f.code));
        }
        return out;
    }
};

QStringList codes(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.code;
    return out;
}

const Finding* find(const QList<Finding>& findings, const char* code)
{
    for (const Finding& f : findings) {
        if (f.code == QLatin1String(code))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestShareChecks : public QObject
{
    Q_OBJECT

private slots:
    void cleanShareHasNoFindings()
    {
        const QList<Finding> f = Case().run();
        QVERIFY2(f.isEmpty(), qPrintable(codes(f).join(u", ")));
        QVERIFY(!anyBlocks(f));
    }

    void noAgreementBlocks()
    {
        const profile::DatasetProfile data = plainDataset();
        ShareCheckInput in;
        in.dataset = &data;
        const QList<Finding> f = checkShare(in);
        QCOMPARE(codes(f), QStringList{QString::fromLatin1(CheckCode::NoAgreement)});
        QVERIFY(anyBlocks(f));
    }

    void status_data()
    {
        QTest::addColumn<AgreementStatus>("status");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("draft") << AgreementStatus::Draft << true;
        QTest::newRow("suspended") << AgreementStatus::Suspended << true;
        QTest::newRow("ended") << AgreementStatus::Ended << true;
        QTest::newRow("active") << AgreementStatus::Active << false;
    }
    void status()
    {
        QFETCH(AgreementStatus, status);
        QFETCH(bool, blocks);
        Case c;
        c.agreement.status = status;
        const QList<Finding> f = c.run();
        const Finding* got = find(f, CheckCode::NotActive);
        QCOMPARE(got != nullptr, blocks);
        QCOMPARE(anyBlocks(f), blocks);
        if (got) {
            QCOMPARE(got->severity, Severity::Block);
            QVERIFY(got->message.contains(u"DSA-2026-001"_s));
        }
    }

    void pastEndDateBlocks()
    {
        Case c;
        c.agreement.endsOn = kToday.addDays(-1);
        QList<Finding> f = c.run();
        QCOMPARE(codes(f), QStringList{QString::fromLatin1(CheckCode::Expired)});
        QVERIFY(f.first().message.contains(u"2026-05-31"_s));
        QVERIFY(anyBlocks(f));

        c.agreement.endsOn = kToday; // the last day still counts
        QVERIFY(c.run().isEmpty());
        c.agreement.endsOn = QDate(); // open-ended
        QVERIFY(c.run().isEmpty());
    }

    void noDateMeansToday()
    {
        const QDate today = QDate::currentDate();
        Agreement a = agreement();
        a.startsOn = today.addDays(-30);
        a.endsOn = today.addDays(300);
        a.reviewDueOn = today.addDays(30);
        ShareCheckInput in;
        in.agreement = &a;
        in.today = QDate();
        QVERIFY(checkShare(in).isEmpty()); // not "before its start"
        Agreement ended = a;
        ended.endsOn = today.addDays(-1);
        in.agreement = &ended;
        QCOMPARE(codes(checkShare(in)), QStringList{QString::fromLatin1(CheckCode::Expired)});
    }

    void beforeStartDateBlocks()
    {
        Case c;
        c.agreement.startsOn = kToday.addDays(1);
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::NotStarted)});
        c.agreement.startsOn = kToday;
        QVERIFY(c.run().isEmpty());
    }

    void reviewPassedWarns()
    {
        Case c;
        c.agreement.reviewDueOn = kToday.addDays(-1);
        const QList<Finding> f = c.run();
        QCOMPARE(codes(f), QStringList{QString::fromLatin1(CheckCode::ReviewOverdue)});
        QCOMPARE(f.first().severity, Severity::Warn);
        QVERIFY(!anyBlocks(f));

        c.agreement.reviewDueOn = kToday;
        QVERIFY(c.run().isEmpty());
    }

    void unconfirmedProposalsBlock()
    {
        Case c;
        c.agreement.proposed = QStringList{QString::fromLatin1(Field::LawfulBasis),
                                           QString::fromLatin1(Field::DataItems)};
        const QList<Finding> f = c.run();
        QCOMPARE(codes(f), (QStringList{QString::fromLatin1(CheckCode::Unconfirmed),
                                        QString::fromLatin1(CheckCode::Unconfirmed)}));
        QVERIFY(f[0].message.contains(u"lawful basis"_s));
        QVERIFY(f[1].message.contains(u"data items"_s));

        c.agreement.proposed.clear();
        QVERIFY(c.run().isEmpty());
    }

    void dpia_data()
    {
        QTest::addColumn<DpiaStatus>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("required") << DpiaStatus::Required
                                  << QString::fromLatin1(CheckCode::DpiaRequired) << true;
        QTest::newRow("not screened")
            << DpiaStatus::NotScreened << QString::fromLatin1(CheckCode::DpiaNotScreened) << false;
        QTest::newRow("completed") << DpiaStatus::Completed << QString() << false;
        QTest::newRow("not required") << DpiaStatus::NotRequired << QString() << false;
    }
    void dpia()
    {
        QFETCH(DpiaStatus, status);
        QFETCH(QString, code);
        QFETCH(bool, blocks);
        Case c;
        c.agreement.dpia.status = status;
        if (status == DpiaStatus::Completed)
            c.agreement.dpia.reference = u"DPIA-7"_s;
        const QList<Finding> f = c.run();
        QCOMPARE(codes(f), code.isEmpty() ? QStringList() : QStringList{code});
        QCOMPARE(anyBlocks(f), blocks);
    }

    void recipientNotNamedBlocks()
    {
        Case c;
        c.recipients = QStringList{kFingerprint, u"ZZZZ YYYY XXXX WWWW"_s};
        const QList<Finding> f = c.run();
        QCOMPARE(codes(f), QStringList{QString::fromLatin1(CheckCode::RecipientNotNamed)});
        QVERIFY(f.first().message.contains(u"ZZZZ YYYY XXXX WWWW"_s));

        // The same key written without spaces, in lower case, is the named one.
        c.recipients = QStringList{u"abcdefghijklmnop"_s};
        QVERIFY(c.run().isEmpty());
        // A blank fingerprint is no recipient the agreement names.
        c.recipients = QStringList{u"  "_s};
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::RecipientNotNamed)});
    }

    // A share sealed under a passphrase needs a recipient the agreement says receives
    // that way; a recipient merely left without a key is not one.
    void passphraseNeedsARecipientWhoReceivesByPassphrase()
    {
        Case c;
        c.recipients.clear();
        c.byPassphrase = true;
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::PassphraseNotAgreed)});
        QVERIFY(anyBlocks(c.run()));

        Recipient unkeyed;
        unkeyed.organisation = u"Parish Council"_s;
        c.agreement.recipients.append(unkeyed);
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::PassphraseNotAgreed)});

        c.agreement.recipients.last().byPassphrase = true;
        QVERIFY(c.run().isEmpty());
        // Keys are still checked alongside.
        c.recipients = QStringList{u"ZZZZ YYYY XXXX WWWW"_s};
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::RecipientNotNamed)});
    }

    void keptColumnNotAllowedBlocksUntilDropped()
    {
        Case c;
        c.data.columns << column(u"Notes"_s);
        c.profile.rules << rule(u"Notes"_s, redact::Action::Keep);
        QList<Finding> f = c.run();
        QCOMPARE(codes(f), QStringList{QString::fromLatin1(CheckCode::ColumnNotAllowed)});
        QCOMPARE(f.first().column, u"Notes"_s);
        QVERIFY(f.first().message.contains(u"\"Notes\""_s));

        // Pseudonymised is still sent.
        c.profile.rule(u"Notes"_s)->action = redact::Action::Pseudonymise;
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::ColumnNotAllowed)});

        c.profile.rule(u"Notes"_s)->action = redact::Action::Drop;
        QVERIFY(c.run().isEmpty());
    }

    void aliasAndSpellingMatchTheItem()
    {
        Case c;
        c.data = dataset({column(u"case_ref"_s), column(u"DOB"_s), column(u"Postcode"_s)});
        // The profile says "Case Ref" and "DOB": matched as the redaction matches them.
        c.profile = redaction({rule(u"Case Ref"_s, redact::Action::Keep),
                               generalise(u"DOB"_s, redact::Generalisation::DateYear),
                               rule(u"Postcode"_s, redact::Action::Drop)});
        const QList<Finding> f = c.run();
        QVERIFY2(f.isEmpty(), qPrintable(codes(f).join(u", ")));
    }

    void columnsTheProfileDoesNotName_data()
    {
        QTest::addColumn<redact::RedactionProfile::OtherColumns>("other");
        QTest::addColumn<QString>("code");
        QTest::newRow("drop") << redact::RedactionProfile::OtherColumns::Drop << QString();
        QTest::newRow("keep") << redact::RedactionProfile::OtherColumns::Keep
                              << QString::fromLatin1(CheckCode::ColumnNotAllowed);
        QTest::newRow("refuse") << redact::RedactionProfile::OtherColumns::Refuse
                                << QString::fromLatin1(CheckCode::ColumnNoRule);
    }
    void columnsTheProfileDoesNotName()
    {
        QFETCH(redact::RedactionProfile::OtherColumns, other);
        QFETCH(QString, code);
        Case c;
        c.data.columns << column(u"Notes"_s);
        c.profile.otherColumns = other;
        const QList<Finding> f = c.run();
        QCOMPARE(codes(f), code.isEmpty() ? QStringList() : QStringList{code});
        if (!f.isEmpty())
            QCOMPARE(f.first().column, u"Notes"_s);
    }

    void noProfileMeansEveryColumnIsSent()
    {
        Case c;
        c.withProfile = false;
        const QList<Finding> f = c.run();
        // Kept as they are, date of birth and postcode are weaker than their minimums.
        QCOMPARE(codes(f), (QStringList{QString::fromLatin1(CheckCode::ColumnTooWeak),
                                        QString::fromLatin1(CheckCode::ColumnTooWeak)}));
        QCOMPARE(f[0].column, u"Date of birth"_s);
        QCOMPARE(f[1].column, u"Postcode"_s);
    }

    void noDatasetSkipsTheColumnChecks()
    {
        Case c;
        c.withDataset = false;
        c.profile = redaction({});
        QVERIFY(c.run().isEmpty());
    }

    void redactionWeakerThanMinimum_data()
    {
        QTest::addColumn<redact::ColumnRule>("dob");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("keep") << rule(u"Date of birth"_s, redact::Action::Keep) << true;
        redact::ColumnRule mask = rule(u"Date of birth"_s, redact::Action::Mask);
        mask.keepLast = 4;
        QTest::newRow("mask") << mask << true;
        QTest::newRow("month") << generalise(u"Date of birth"_s, redact::Generalisation::DateMonth)
                               << false;
        QTest::newRow("year") << generalise(u"Date of birth"_s, redact::Generalisation::DateYear)
                              << false;
        redact::ColumnRule band = generalise(u"Date of birth"_s, redact::Generalisation::AgeBand);
        band.referenceDate = kToday;
        QTest::newRow("age band") << band << false;
        QTest::newRow("pseudonymise")
            << rule(u"Date of birth"_s, redact::Action::Pseudonymise) << false;
        QTest::newRow("drop") << rule(u"Date of birth"_s, redact::Action::Drop) << false;
    }
    void redactionWeakerThanMinimum()
    {
        QFETCH(redact::ColumnRule, dob);
        QFETCH(bool, blocks);
        Case c;
        *c.profile.rule(u"Date of birth"_s) = dob;
        const QList<Finding> f = c.run();
        QCOMPARE(anyBlocks(f), blocks);
        if (!blocks) {
            QVERIFY2(f.isEmpty(), qPrintable(codes(f).join(u", ")));
            return;
        }
        QCOMPARE(codes(f), QStringList{QString::fromLatin1(CheckCode::ColumnTooWeak)});
        QCOMPARE(f.first().column, u"Date of birth"_s);
        // It says which rule is needed, in the words the Redact page uses.
        const QString needed =
            redact::describeRule(generalise({}, redact::Generalisation::DateMonth));
        QVERIFY2(f.first().message.contains(needed), qPrintable(f.first().message));
        QVERIFY(f.first().nextStep.contains(needed));
        QVERIFY(f.first().message.contains(redact::describeRule(dob)));
    }

    void specialCategoryNeedsArticle9()
    {
        Case c;
        c.agreement.dataItems << item(u"Ethnicity"_s, rule({}, redact::Action::Keep));
        c.data.columns << column(u"Ethnicity"_s, {finding(profile::IdentifierKind::SpecialCategory,
                                                          profile::SpecialCategory::EthnicOrigin)});
        c.profile.rules << rule(u"Ethnicity"_s, redact::Action::Keep);
        QList<Finding> f = c.run();
        QCOMPARE(codes(f), QStringList{QString::fromLatin1(CheckCode::SpecialCategory)});
        QCOMPARE(f.first().column, u"Ethnicity"_s);
        QVERIFY(f.first().message.contains(
            profile::specialCategoryLabel(profile::SpecialCategory::EthnicOrigin)));
        QVERIFY(f.first().message.contains(u"Article 9"_s));

        // Generalised values are still special category data.
        c.profile.rule(u"Ethnicity"_s)->action = redact::Action::SuppressRare;
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::SpecialCategory)});

        // With a condition, or with the column dropped or emptied, nothing.
        c.agreement.specialCategoryConditions << LegalGround{u"art9_2_g"_s, u"sch1_6"_s, {}};
        QVERIFY(c.run().isEmpty());
        c.agreement.specialCategoryConditions.clear();
        c.profile.rule(u"Ethnicity"_s)->action = redact::Action::Drop;
        QVERIFY(c.run().isEmpty());
        *c.profile.rule(u"Ethnicity"_s) =
            generalise(u"Ethnicity"_s, redact::Generalisation::TextEmpty);
        QVERIFY(c.run().isEmpty());
        // A criminal offence condition is not an Article 9 condition.
        c.profile.rule(u"Ethnicity"_s)->action = redact::Action::Keep;
        c.agreement.criminalOffenceConditions << LegalGround{u"art10_official"_s, {}, {}};
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::SpecialCategory)});
    }

    void criminalOffenceNeedsCondition()
    {
        Case c;
        c.agreement.dataItems << item(u"Offence"_s, rule({}, redact::Action::Keep));
        c.data.columns << column(u"Offence"_s, {finding(profile::IdentifierKind::FreeText),
                                                finding(profile::IdentifierKind::CriminalOffence)});
        c.profile.rules << rule(u"Offence"_s, redact::Action::Keep);
        QList<Finding> f = c.run();
        QCOMPARE(codes(f), QStringList{QString::fromLatin1(CheckCode::CriminalOffence)});
        QCOMPARE(f.first().column, u"Offence"_s);

        // An Article 9 condition is not a criminal offence condition.
        c.agreement.specialCategoryConditions << LegalGround{u"art9_2_g"_s, u"sch1_6"_s, {}};
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::CriminalOffence)});

        c.agreement.criminalOffenceConditions << LegalGround{u"art10_official"_s, {}, {}};
        QVERIFY(c.run().isEmpty());
        c.agreement.criminalOffenceConditions.clear();
        c.profile.rule(u"Offence"_s)->action = redact::Action::Drop;
        QVERIFY(c.run().isEmpty());
    }

    void profileForAnotherAgreementBlocks()
    {
        Case c;
        c.profile.agreement = u"DSA-OTHER"_s;
        QCOMPARE(codes(c.run()), QStringList{QString::fromLatin1(CheckCode::OtherAgreement)});
        c.profile.agreement = c.agreement.reference;
        QVERIFY(c.run().isEmpty());
    }

    void blocksComeBeforeWarnings()
    {
        Case c;
        c.agreement.reviewDueOn = kToday.addDays(-10);     // warn, found first
        c.agreement.dpia.status = DpiaStatus::NotScreened; // warn
        c.data.columns << column(u"Notes"_s);
        c.profile.otherColumns = redact::RedactionProfile::OtherColumns::Keep; // block
        const QList<Finding> f = c.run();
        QCOMPARE(codes(f), (QStringList{QString::fromLatin1(CheckCode::ColumnNotAllowed),
                                        QString::fromLatin1(CheckCode::ReviewOverdue),
                                        QString::fromLatin1(CheckCode::DpiaNotScreened)}));
        QCOMPARE(severityName(f[0].severity), u"block"_s);
        QCOMPARE(severityName(f[1].severity), u"warn"_s);
    }

    void severalProblemsAtOnce()
    {
        Case c;
        c.agreement.status = AgreementStatus::Suspended;
        c.agreement.dpia.status = DpiaStatus::Required;
        c.recipients = QStringList{u"QQQQ"_s};
        c.data.columns << column(u"Notes"_s);
        c.profile.rules << rule(u"Notes"_s, redact::Action::Keep);
        c.profile.rule(u"Postcode"_s)->action = redact::Action::Keep;
        const QStringList got = codes(c.run());
        QCOMPARE(got, (QStringList{QString::fromLatin1(CheckCode::NotActive),
                                   QString::fromLatin1(CheckCode::DpiaRequired),
                                   QString::fromLatin1(CheckCode::RecipientNotNamed),
                                   QString::fromLatin1(CheckCode::ColumnTooWeak),
                                   QString::fromLatin1(CheckCode::ColumnNotAllowed)}));
    }
};

QTEST_GUILESS_MAIN(TestShareChecks)
#include "tst_sharechecks.moc"
