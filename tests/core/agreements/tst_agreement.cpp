// The agreement model: its JSON (round trip, every refusal with its key path), the
// content hash against a value computed outside the code, the rules that stop
// recording and activation (each both ways), the display status and data item lookup.
#include "agreements/Agreement.h"
#include "agreements/LegalCatalogue.h"
#include "common/CanonicalJson.h"
#include "crypto/Sodium.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::agreements;

namespace {

// BLAKE2b-256 of the canonical bytes of tests/data/agreements/full.json, computed with
// Python: hashlib.blake2b(json.dumps(a, sort_keys=True, separators=(',', ':'),
// ensure_ascii=False).encode(), digest_size=32).
constexpr char kFullHash[] = "bc9d681b2b8b1b9481c8ddae2281d091c490bcabe167121c790bd0d840673b55";

template <typename T>
QString messageOf(const Result<T>& r)
{
    return r.ok() ? QString() : r.error().fullMessage();
}

QByteArray fullBytes()
{
    QFile f(qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/agreements/full.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonObject fullJson()
{
    return QJsonDocument::fromJson(fullBytes()).object();
}

Agreement full()
{
    Result<Agreement> a = Agreement::fromBytes(fullBytes(), u"full.json"_s);
    if (!a)
        qFatal("full.json does not load: %s", qPrintable(messageOf(a)));
    return a.value();
}

// Sets `path` (keys and [indexes], dot-separated) in `o` to `value`.
void setAt(QJsonValueRef ref, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty()) {
        ref = value;
        return;
    }
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = ref.toArray();
        setAt(a[index], path, value);
        ref = a;
    } else {
        QJsonObject o = ref.toObject();
        setAt(o[head], path, value);
        ref = o;
    }
}

QJsonObject with(const QString& path, const QJsonValue& value)
{
    QJsonObject o = fullJson();
    QStringList parts = path.split(u'.');
    const QString head = parts.takeFirst();
    setAt(o[head], parts, value);
    return o;
}

QJsonObject without(const QString& key)
{
    QJsonObject o = fullJson();
    o.remove(key);
    return o;
}

bool anyContains(const QStringList& list, const QString& text)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const QString& s) { return s.contains(text, Qt::CaseInsensitive); });
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }

    void roundTripOfAFullAgreement()
    {
        const Agreement a = full();
        QCOMPARE(a.reference, u"DSA-2026-004"_s);
        QCOMPARE(a.status, AgreementStatus::Active);
        QCOMPARE(a.parties.size(), 3);
        QCOMPARE(a.parties[1].role, PartyRole::JointController);
        QCOMPARE(a.parties[0].contact.name, u"Siân Roberts"_s);
        QCOMPARE(a.specialCategoryConditions[0].schedule1, u"sch1_6"_s);
        QCOMPARE(a.dataItems.size(), 4);
        QCOMPARE(a.dataItems[1].aliases, QStringList({u"DOB"_s, u"Birth date"_s}));
        QCOMPARE(a.dataItems[1].minimum.action, redact::Action::Generalise);
        QCOMPARE(a.dataItems[1].minimum.to, redact::Generalisation::DateMonth);
        QCOMPARE(a.dataItems[0].minimum.action, redact::Action::Pseudonymise);
        QCOMPARE(a.frequency, Frequency::Quarterly);
        QCOMPARE(a.dpia.status, DpiaStatus::Completed);
        QCOMPARE(a.dpia.triggers.size(), 2);
        QCOMPARE(a.startsOn, QDate(2026, 4, 1));
        QCOMPARE(a.endsOn, QDate(2027, 3, 31));
        QCOMPARE(a.signOffs[0].role, SignOffRole::Siro);
        QCOMPARE(a.signOffs[0].date, QDate(2026, 3, 20));
        QVERIFY(!a.signOffs[1].date.isValid());
        QCOMPARE(a.outputs[0].due, QDate(2026, 7, 31));
        QCOMPARE(a.recipients.size(), 2);
        QCOMPARE(a.templateId, u"homelessness_hclic"_s);
        QVERIFY(a.requiresReview);

        // Every key written back exactly as the file has it, and read again the same.
        QCOMPARE(a.toJson(), fullJson());
        Result<Agreement> again = Agreement::fromBytes(a.toBytes(), u"again"_s);
        QVERIFY2(again.ok(), qPrintable(messageOf(again)));
        QVERIFY(again.value() == a);
        QCOMPARE(again->toBytes(), a.toBytes());

        // A change anywhere breaks equality.
        Agreement changed = a;
        changed.dataItems[2].minimum.to = redact::Generalisation::PostcodeDistrict;
        QVERIFY(!(changed == a));
        QVERIFY(!(changed.dataItems[2] == a.dataItems[2]));
    }

    void defaultsWhenKeysAreAbsent()
    {
        Result<Agreement> a = Agreement::fromBytes(
            R"({"sharewise_agreement": 1, "reference": "R1", "title": "T"})", u"min"_s);
        QVERIFY2(a.ok(), qPrintable(messageOf(a)));
        QCOMPARE(a->status, AgreementStatus::Draft);
        QVERIFY(a->requiresReview);
        QVERIFY(!a->startsOn.isValid());
        QCOMPARE(a->dpia.status, DpiaStatus::NotScreened);
        QVERIFY(a->problems().isEmpty());
        // A data item without "minimum" keeps.
        Result<Agreement> b = Agreement::fromBytes(
            R"({"sharewise_agreement": 1, "data_items": [{"name": "Sex"}]})", u"min"_s);
        QVERIFY(b.ok());
        QCOMPARE(b->dataItems[0].minimum.action, redact::Action::Keep);
    }

    void contentHashIsTheKnownValue()
    {
        const Agreement a = full();
        QCOMPARE(a.canonicalContent(), CanonicalJson::serialise(fullJson()));
        QCOMPARE(a.computeContentHash().toHex(), QByteArray(kFullHash));
        QCOMPARE(a.computeContentHash().size(), 32);
        // Stable: loading again gives the same, any change gives another.
        QCOMPARE(full().computeContentHash(), a.computeContentHash());
        Agreement b = a;
        b.title += u'.';
        QVERIFY(b.computeContentHash() != a.computeContentHash());
        // Register facts are not content.
        Agreement c = a;
        c.version = 7;
        c.contentHash = "x";
        QCOMPARE(c.computeContentHash(), a.computeContentHash());
        QVERIFY(c == a);
    }

    void fingerprintsAreNormalised()
    {
        QJsonObject o = fullJson();
        const QString fp = o[u"recipients"_s].toArray()[0].toObject()[u"fingerprint"_s].toString();
        QString typed = fp;
        typed.remove(u' ');
        Result<Agreement> a =
            Agreement::fromJson(with(u"recipients.0.fingerprint"_s, typed.toUpper()), u"f"_s);
        QVERIFY(a.ok());
        QCOMPARE(a->recipients[0].fingerprint, fp);
        QCOMPARE(a->computeContentHash().toHex(), QByteArray(kFullHash));
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown top key") << with(u"colour"_s, u"red"_s) << u"\"colour\""_s;
        QTest::newRow("reference not text") << with(u"reference"_s, 4) << u"\"reference\""_s;
        QTest::newRow("status") << with(u"status"_s, u"live"_s) << u"\"status\" must be one of"_s;
        QTest::newRow("frequency") << with(u"frequency"_s, u"daily"_s) << u"\"frequency\""_s;
        QTest::newRow("requires_review")
            << with(u"requires_review"_s, u"yes"_s) << u"\"requires_review\""_s;
        QTest::newRow("date format")
            << with(u"starts_on"_s, u"01/04/2026"_s) << u"\"starts_on\" must be a date"_s;
        QTest::newRow("date impossible")
            << with(u"ends_on"_s, u"2026-02-30"_s) << u"\"ends_on\" must be a date"_s;
        QTest::newRow("date not text")
            << with(u"review_due_on"_s, 20260401) << u"\"review_due_on\" must be a date"_s;
        QTest::newRow("parties not list") << with(u"parties"_s, u"x"_s) << u"\"parties\""_s;
        QTest::newRow("party not object") << with(u"parties.1"_s, 3) << u"\"parties[1]\""_s;
        QTest::newRow("party role")
            << with(u"parties.2.role"_s, u"owner"_s) << u"\"parties[2].role\""_s;
        QTest::newRow("party unknown key")
            << with(u"parties.0.address"_s, u"x"_s) << u"\"parties[0].address\""_s;
        QTest::newRow("contact key")
            << with(u"parties.0.contact.mobile"_s, u"x"_s) << u"\"parties[0].contact.mobile\""_s;
        QTest::newRow("lawful basis key")
            << with(u"lawful_basis.article"_s, u"6"_s) << u"\"lawful_basis.article\""_s;
        QTest::newRow("special condition") << with(u"special_category_conditions.0.reason"_s, true)
                                           << u"\"special_category_conditions[0].reason\""_s;
        QTest::newRow("criminal condition") << with(u"criminal_offence_conditions.0.x"_s, 1)
                                            << u"\"criminal_offence_conditions[0].x\""_s;
        QTest::newRow("power") << with(u"statutory_powers.0.code"_s, 1)
                               << u"\"statutory_powers[0].code\""_s;
        QTest::newRow("minimum action") << with(u"data_items.2.minimum.action"_s, u"blur"_s)
                                        << u"\"data_items[2].minimum.action\""_s;
        QTest::newRow("minimum generalisation")
            << with(u"data_items.1.minimum.to"_s, u"decade"_s) << u"\"data_items[1].minimum.to\""_s;
        QTest::newRow("minimum unknown key")
            << with(u"data_items.3.minimum.column"_s, u"Support needs"_s)
            << u"\"data_items[3].minimum.column\""_s;
        QTest::newRow("minimum identifier")
            << with(u"data_items.0.minimum.identifier"_s, u"shoe_size"_s)
            << u"\"data_items[0].minimum.identifier\""_s;
        QTest::newRow("alias not text")
            << with(u"data_items.1.aliases.1"_s, 5) << u"\"data_items[1].aliases[1]\""_s;
        QTest::newRow("data item key")
            << with(u"data_items.0.minimumm"_s, 1) << u"\"data_items[0].minimumm\""_s;
        QTest::newRow("dpia status")
            << with(u"dpia.status"_s, u"maybe"_s) << u"\"dpia.status\" must be one of"_s;
        QTest::newRow("dpia key") << with(u"dpia.owner"_s, u"x"_s) << u"\"dpia.owner\""_s;
        QTest::newRow("dpia trigger") << with(u"dpia.triggers.0"_s, 1) << u"\"dpia.triggers[0]\""_s;
        QTest::newRow("sign-off role")
            << with(u"sign_offs.0.role"_s, u"ceo"_s) << u"\"sign_offs[0].role\""_s;
        QTest::newRow("sign-off date")
            << with(u"sign_offs.1.date"_s, u"2026-3-1"_s) << u"\"sign_offs[1].date\""_s;
        QTest::newRow("output due")
            << with(u"outputs.0.due"_s, u"soon"_s) << u"\"outputs[0].due\""_s;
        QTest::newRow("recipient key")
            << with(u"recipients.1.key"_s, u"x"_s) << u"\"recipients[1].key\""_s;
        QTest::newRow("proposed unknown")
            << with(u"proposed"_s, QJsonArray{u"lawful_basis"_s, u"colour"_s})
            << u"\"proposed[1]\""_s;
        QTest::newRow("no version")
            << without(u"sharewise_agreement"_s) << u"not a Sharewise agreement"_s;
        QTest::newRow("version zero")
            << with(u"sharewise_agreement"_s, 0) << u"\"sharewise_agreement\""_s;
    }

    void refusals()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        Result<Agreement> a = Agreement::fromJson(json, u"in.json"_s);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind, ErrorKind::BadInput);
        QCOMPARE(a.error().where, u"in.json"_s);
        QVERIFY2(a.error().message.contains(expected), qPrintable(a.error().message));
        // The same JSON through bytes gives the same error.
        Result<Agreement> b = Agreement::fromBytes(QJsonDocument(json).toJson(), u"in.json"_s);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().message, a.error().message);
    }

    void newerVersionAndBadBytesAreRefused()
    {
        Result<Agreement> newer = Agreement::fromJson(with(u"sharewise_agreement"_s, 2), u"n"_s);
        QVERIFY(!newer.ok());
        QCOMPARE(newer.error().kind, ErrorKind::Policy);
        QVERIFY(newer.error().message.contains(u"newer Sharewise"_s));

        Result<Agreement> dup = Agreement::fromBytes(
            R"({"sharewise_agreement": 1, "title": "a", "title": "b"})", u"d.json"_s);
        QVERIFY(!dup.ok());
        QVERIFY(dup.error().message.contains(u"\"title\" appears twice"_s));
        QCOMPARE(dup.error().where, u"d.json"_s);

        Result<Agreement> broken = Agreement::fromBytes("{\"sharewise_agreement\": 1,", u"b"_s);
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().message.contains(u"line 1"_s));

        Result<Agreement> array = Agreement::fromBytes("[1]", u"b"_s);
        QVERIFY(!array.ok());
        QVERIFY(array.error().message.contains(u"JSON object"_s));
    }

    void theFullAgreementHasNoProblems()
    {
        const Agreement a = full();
        QVERIFY2(a.problems().isEmpty(), qPrintable(a.problems().join(u'\n')));
        QVERIFY2(a.problemsForActivation().isEmpty(),
                 qPrintable(a.problemsForActivation().join(u'\n')));
    }

    void problems_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no reference") << 0 << u"no reference"_s;
        QTest::newRow("long reference") << 1 << u"at most 64"_s;
        QTest::newRow("two-line reference") << 2 << u"one line"_s;
        QTest::newRow("spaces around reference") << 3 << u"spaces"_s;
        QTest::newRow("no title") << 4 << u"no title"_s;
        QTest::newRow("end before start") << 5 << u"end date"_s;
        QTest::newRow("review before start") << 6 << u"review date"_s;
        QTest::newRow("item named twice") << 7 << u"\"post code\" names both"_s;
        QTest::newRow("alias clashes with other item") << 8 << u"names both"_s;
        QTest::newRow("item without name") << 9 << u"no name"_s;
        QTest::newRow("duplicate recipient") << 10 << u"listed twice"_s;
        QTest::newRow("malformed fingerprint") << 11 << u"not a Sharewise fingerprint"_s;
        QTest::newRow("party without organisation") << 12 << u"Party 1"_s;
        QTest::newRow("empty condition") << 13 << u"special category"_s;
    }

    void problems()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        Agreement a = full();
        switch (which) {
        case 0:
            a.reference = u"  "_s;
            break;
        case 1:
            a.reference = QString(65, u'A');
            break;
        case 2:
            a.reference = u"DSA\n2"_s;
            break;
        case 3:
            a.reference = u" DSA-1"_s;
            break;
        case 4:
            a.title.clear();
            break;
        case 5:
            a.endsOn = a.startsOn.addDays(-1);
            break;
        case 6:
            a.reviewDueOn = a.startsOn.addDays(-1);
            break;
        case 7:
            a.dataItems[3].name = u"post code"_s;
            break;
        case 8:
            a.dataItems[3].aliases = {u"dob"_s};
            break;
        case 9:
            a.dataItems[3].name = u" - "_s;
            break;
        case 10:
            a.recipients[1].fingerprint = a.recipients[0].fingerprint.toUpper();
            break;
        case 11:
            a.recipients[1].fingerprint = u"abcd efgh"_s;
            break;
        case 12:
            a.parties[0].organisation.clear();
            break;
        case 13:
            a.specialCategoryConditions[0] = LegalGround{};
            break;
        }
        const QStringList problems = a.problems();
        QVERIFY2(anyContains(problems, expected), qPrintable(problems.join(u'\n')));
        // Just at the limits is fine.
        Agreement ok = full();
        ok.reference = QString(64, u'A');
        ok.endsOn = ok.startsOn;
        ok.reviewDueOn = ok.startsOn;
        ok.dataItems[1].aliases.append(u"date-of-birth"_s); // its own name again: harmless
        QVERIFY2(ok.problems().isEmpty(), qPrintable(ok.problems().join(u'\n')));
    }

    void activation_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("purpose") << 0 << u"purpose"_s;
        QTest::newRow("lawful basis") << 1 << u"No lawful basis"_s;
        QTest::newRow("lawful basis reason") << 2 << u"has no reason"_s;
        QTest::newRow("controller") << 3 << u"controller"_s;
        QTest::newRow("recipient") << 4 << u"No recipient"_s;
        QTest::newRow("start date") << 5 << u"start date"_s;
        QTest::newRow("retention") << 6 << u"Retention"_s;
        QTest::newRow("proposed") << 7 << u"lawful basis is a proposal"_s;
        QTest::newRow("schedule 1")
            << 8 << u"Article 9(2)(h) – Health or social care needs a DPA 2018 Schedule 1"_s;
        QTest::newRow("criminal schedule 1") << 9 << u"criminal offence condition"_s;
        QTest::newRow("sign-off date") << 10 << u"signed"_s;
        QTest::newRow("no sign-off") << 11 << u"signed"_s;
        QTest::newRow("dpia required") << 12 << u"DPIA is required"_s;
        QTest::newRow("recipient key") << 13 << u"has no key"_s;
        QTest::newRow("dpia reference") << 15 << u"DPIA's reference"_s;
    }

    void activation()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        Agreement a = full();
        switch (which) {
        case 0:
            a.purpose = u" "_s;
            break;
        case 1:
            a.lawfulBasis = {};
            break;
        case 2:
            a.lawfulBasis.reason.clear();
            break;
        case 3:
            for (Party& p : a.parties)
                p.role = PartyRole::Processor;
            break;
        case 4:
            a.recipients.clear();
            break;
        case 5:
            a.startsOn = {};
            break;
        case 6:
            a.retention.clear();
            break;
        case 7:
            a.proposed = {QString::fromLatin1(Field::LawfulBasis)};
            QVERIFY(a.isProposed(Field::LawfulBasis));
            QVERIFY(!a.isProposed(Field::Dpia));
            break;
        case 8:
            a.specialCategoryConditions.append({u"art9_2_h"_s, {}, u"Health care."_s});
            break;
        case 9:
            a.criminalOffenceConditions[0].schedule1.clear();
            a.criminalOffenceConditions[0].code = u"art10"_s;
            break;
        case 10:
            a.signOffs[0].date = {};
            break;
        case 11:
            a.signOffs.clear();
            break;
        case 12:
            a.dpia.status = DpiaStatus::Required;
            break;
        case 13:
            a.recipients[1].fingerprint.clear();
            break;
        case 15:
            a.dpia.reference.clear();
            break;
        }
        QVERIFY(a.problems().isEmpty());
        const QStringList problems = a.problemsForActivation();
        QVERIFY2(anyContains(problems, expected), qPrintable(problems.join(u'\n')));
        QCOMPARE(problems.size(), 1);
    }

    void activationAllowsWhatTheRulesAllow()
    {
        Agreement a = full();
        // Conditions that need no Schedule 1 paragraph; a criminal condition that is one.
        a.specialCategoryConditions = {{u"art9_2_a"_s, {}, u"Explicit consent."_s}};
        a.criminalOffenceConditions = {{u"sch1_10"_s, {}, u"Preventing crime."_s}};
        a.dpia = {DpiaStatus::NotRequired, {}, {}, u"Screened."_s};
        a.parties = {{u"Council"_s, PartyRole::JointController, {}}};
        a.proposed.clear();
        // No data items: allowed (every column a share sends is then refused by the checks).
        a.dataItems.clear();
        QVERIFY2(a.problemsForActivation().isEmpty(),
                 qPrintable(a.problemsForActivation().join(u'\n')));

        // Official authority needs no Schedule 1 paragraph; a Schedule 1 condition does,
        // and the problem names it as the catalogue does.
        a.criminalOffenceConditions = {{u"crim_official_authority"_s, {}, u"Police."_s}};
        QVERIFY2(a.problemsForActivation().isEmpty(),
                 qPrintable(a.problemsForActivation().join(u'\n')));
        a.criminalOffenceConditions = {{u"crim_schedule1"_s, {}, u"Preventing crime."_s}};
        QCOMPARE(a.problemsForActivation().size(), 1);
        QVERIFY2(a.problemsForActivation().first().contains(
                     LegalCatalogue::instance().describe(u"crim_schedule1"_s)),
                 qPrintable(a.problemsForActivation().first()));
        a.criminalOffenceConditions.first().schedule1 = u"sch1_10"_s;
        QVERIFY(a.problemsForActivation().isEmpty());
    }

    // A recipient without a key may be named when the agreement says they receive by
    // passphrase; the flag is written only when set, so older agreements hash the same.
    void recipientReceivingByPassphrase()
    {
        Agreement a = full();
        QVERIFY(!a.toBytes().contains("by_passphrase")); // and its hash is the known one
        QVERIFY(a.byPassphraseOrganisations().isEmpty());
        Recipient parish;
        parish.organisation = u"Parish Council"_s;
        a.recipients.append(parish);
        QVERIFY(a.problemsForActivation().join(u'\n').contains(u"Parish Council has no key"_s));

        a.recipients.last().byPassphrase = true;
        QVERIFY(a.recipients.last().receivesByPassphrase());
        QCOMPARE(a.byPassphraseOrganisations(), QStringList{u"Parish Council"_s});
        QVERIFY2(a.problems().isEmpty(), qPrintable(a.problems().join(u'\n')));
        QVERIFY2(a.problemsForActivation().isEmpty(),
                 qPrintable(a.problemsForActivation().join(u'\n')));
        QCOMPARE(a.toJson()[u"recipients"_s].toArray().last()[u"by_passphrase"_s],
                 QJsonValue(true));
        QVERIFY(
            !a.toJson()[u"recipients"_s].toArray().first().toObject().contains(u"by_passphrase"_s));
        Result<Agreement> again = Agreement::fromBytes(a.toBytes(), u"again"_s);
        QVERIFY2(again.ok(), qPrintable(messageOf(again)));
        QVERIFY(again->recipients.last().byPassphrase);
        QCOMPARE(again->recipients, a.recipients);

        // Marked so, but with a key: one or the other.
        a.recipients.last().fingerprint = a.recipients.first().fingerprint;
        QVERIFY(!a.recipients.last().receivesByPassphrase());
        QVERIFY(a.problems().join(u'\n').contains(u"receiving by passphrase"_s));
    }

    void displayStatus()
    {
        Agreement a = full();
        QCOMPARE(a.displayStatus(QDate(2027, 3, 31)), DisplayStatus::Active);
        QCOMPARE(a.displayStatus(QDate(2027, 4, 1)), DisplayStatus::Expired);
        a.endsOn = {};
        QCOMPARE(a.displayStatus(QDate(2099, 1, 1)), DisplayStatus::Active);
        a.endsOn = QDate(2020, 1, 1);
        a.status = AgreementStatus::Suspended;
        QCOMPARE(a.displayStatus(QDate(2027, 4, 1)), DisplayStatus::Suspended);
        a.status = AgreementStatus::Draft;
        QCOMPARE(a.displayStatus(QDate(2027, 4, 1)), DisplayStatus::Draft);
        a.status = AgreementStatus::Ended;
        QCOMPARE(a.displayStatus(QDate(2027, 4, 1)), DisplayStatus::Ended);
        QCOMPARE(displayStatusName(DisplayStatus::Expired), u"expired"_s);
        QCOMPARE(displayStatusLabel(DisplayStatus::Expired), u"Expired"_s);
    }

    void namesRoundTrip()
    {
        for (auto s : {AgreementStatus::Draft, AgreementStatus::Active, AgreementStatus::Suspended,
                       AgreementStatus::Ended})
            QCOMPARE(statusFromName(statusName(s)), s);
        for (auto r : {PartyRole::Controller, PartyRole::JointController, PartyRole::Processor}) {
            QCOMPARE(partyRoleFromName(partyRoleName(r)), r);
            QVERIFY(!partyRoleLabel(r).isEmpty());
        }
        for (auto r : {SignOffRole::Siro, SignOffRole::Dpo, SignOffRole::CaldicottGuardian,
                       SignOffRole::Other}) {
            QCOMPARE(signOffRoleFromName(signOffRoleName(r)), r);
            QVERIFY(!signOffRoleLabel(r).isEmpty());
        }
        for (auto d : {DpiaStatus::NotScreened, DpiaStatus::NotRequired, DpiaStatus::Required,
                       DpiaStatus::Completed}) {
            QCOMPARE(dpiaStatusFromName(dpiaStatusName(d)), d);
            QVERIFY(!dpiaStatusLabel(d).isEmpty());
        }
        for (auto f : {Frequency::OneOff, Frequency::Weekly, Frequency::Monthly,
                       Frequency::Quarterly, Frequency::Annually, Frequency::OnRequest}) {
            QCOMPARE(frequencyFromName(frequencyName(f)), f);
            QVERIFY(!frequencyLabel(f).isEmpty());
        }
        QCOMPARE(signOffRoleName(SignOffRole::CaldicottGuardian), u"caldicott_guardian"_s);
        QCOMPARE(signOffRoleLabel(SignOffRole::Siro), u"Senior Information Risk Owner (SIRO)"_s);
        QVERIFY(!statusFromName(u"expired"));
    }

    void findDataItem()
    {
        const Agreement a = full();
        QCOMPARE(agreements::findDataItem(a, u"Date of birth"_s), &a.dataItems[1]);
        QCOMPARE(agreements::findDataItem(a, u"DATE_OF_BIRTH"_s), &a.dataItems[1]);
        QCOMPARE(agreements::findDataItem(a, u"d.o.b."_s), &a.dataItems[1]);
        QCOMPARE(agreements::findDataItem(a, u"birth-date"_s), &a.dataItems[1]);
        QCOMPARE(agreements::findDataItem(a, u"caseid"_s), &a.dataItems[0]);
        QCOMPARE(agreements::findDataItem(a, u" Post Code "_s), &a.dataItems[2]);
        QCOMPARE(agreements::findDataItem(a, u"Postcode district"_s), nullptr);
        QCOMPARE(agreements::findDataItem(a, u"Name"_s), nullptr);
        QCOMPARE(agreements::findDataItem(a, u"--"_s), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
