#include "shares/Practice.h"

#include "agreements/AgreementRegister.h"
#include "common/AppPaths.h"
#include "common/Clock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/RecipientsDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sharewise::shares::practice {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Practice)
};

// A small, fixed generator (xorshift64*): the same seed gives the same file everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed ? seed : 0x9E3779B97F4A7C15ull)
    {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }
    int below(int n) { return int(next() % quint64(n)); }
    template <std::size_t N>
    const char* pick(const char* const (&list)[N])
    {
        return list[below(int(N))];
    }

private:
    quint64 m_state;
};

constexpr const char* kForenames[] = {"Aled",   "Bethan", "Carys", "Dafydd", "Eleri", "Ffion",
                                      "Gareth", "Huw",    "Iwan",  "Jac",    "Kate",  "Lowri",
                                      "Mared",  "Nia",    "Owain", "Rhys",   "Sian",  "Tomos"};
constexpr const char* kSurnames[] = {"Davies", "Evans", "Hughes", "Jenkins", "Jones",  "Lewis",
                                     "Morgan", "Owen",  "Price",  "Roberts", "Thomas", "Williams"};
constexpr const char* kStreets[] = {"High Street", "Church Road", "Station Road", "Heol y Parc",
                                    "Mill Lane",   "Bryn Road",   "Castle Street"};
constexpr const char* kDistricts[] = {"CF10", "CF11", "CF14", "CF24", "SA1", "SA2", "NP20", "LL57"};
constexpr const char* kSexes[] = {"Female", "Male", "Female", "Male", "Not known"};
constexpr const char* kEthnicities[] = {"White British",    "White Welsh", "Asian British",
                                        "Black British",    "Mixed",       "Other",
                                        "Prefer not to say"};
constexpr const char* kHouseholds[] = {"Single adult", "Couple with children",
                                       "Single parent with children", "Couple", "Other"};
constexpr const char* kReasons[] = {"Family or friends no longer willing to accommodate",
                                    "End of private rented tenancy", "Domestic abuse",
                                    "Relationship breakdown", "Left institution"};
constexpr const char* kDuties[] = {"Prevention", "Relief", "Main duty"};
constexpr const char* kOutcomes[] = {"Secured accommodation", "Contact lost", "Withdrew",
                                     "Still open", "Refused suitable offer"};

QByteArray field(const QByteArray& value)
{
    if (value.contains(',') || value.contains('"'))
        return '"' + QByteArray(value).replace("\"", "\"\"") + '"';
    return value;
}

Error failure(const QString& what, const QString& where = {})
{
    return makeError(ErrorKind::Failure, what, QDir::toNativeSeparators(where));
}

// The sample agreement: the H-CLIC return as a council would record it, with only the
// rules that need no key, so the practice needs no key ceremony.
agreements::Agreement sampleAgreement(const crypto::KeyCard& recipient)
{
    agreements::Agreement a;
    a.reference = QString::fromLatin1(AgreementReference);
    a.title = QCoreApplication::translate("Practice",
                                          "Practice: homelessness case-level return (not real)");
    a.status = agreements::AgreementStatus::Active;
    a.parties = {
        agreements::Party{QCoreApplication::translate("Practice", "Practice County Council"),
                          agreements::PartyRole::Controller,
                          {}},
        agreements::Party{QCoreApplication::translate("Practice", "Practice Department"),
                          agreements::PartyRole::Controller,
                          {}}};
    a.purpose = QCoreApplication::translate(
        "Practice", "To practise sharing a case-level homelessness return with a "
                    "government department. Nothing here is real.");
    a.benefits = QCoreApplication::translate(
        "Practice", "You see every step of a share before doing a real one.");
    a.notUsedFor = QCoreApplication::translate(
        "Practice", "Anything real: this agreement exists only in the practice history.");
    a.lawfulBasis = {u"art6_1_e"_s, QString(),
                     QCoreApplication::translate(
                         "Practice", "The department's statutory function to collect homelessness "
                                     "data (practice).")};
    a.specialCategoryConditions = {
        {u"art9_2_g"_s, u"sch1_6"_s,
         QCoreApplication::translate("Practice", "Statutory purposes.")}};
    a.criminalOffenceConditions = {
        {QString(), u"sch1_6"_s, QCoreApplication::translate("Practice", "Statutory purposes.")}};
    auto item = [](const QString& name, QStringList aliases, redact::Action action,
                   std::optional<redact::Generalisation> to = std::nullopt) {
        agreements::DataItem d;
        d.name = name;
        d.aliases = std::move(aliases);
        d.minimum.column = name;
        d.minimum.action = action;
        if (to)
            d.minimum.to = *to;
        return d;
    };
    a.dataItems = {
        item(u"Date of birth"_s, {u"DOB"_s}, redact::Action::Generalise,
             redact::Generalisation::DateMonth),
        item(u"Sex"_s, {}, redact::Action::Keep),
        item(u"Postcode"_s, {}, redact::Action::Generalise, redact::Generalisation::PostcodeSector),
        item(u"Ethnicity"_s, {}, redact::Action::Keep),
        item(u"Household type"_s, {}, redact::Action::Keep),
        item(u"Date of application"_s, {}, redact::Action::Keep),
        item(u"Reason for loss of last settled home"_s, {}, redact::Action::Keep),
        item(u"Duty owed"_s, {}, redact::Action::Keep),
        item(u"Duty outcome"_s, {}, redact::Action::Keep),
    };
    a.frequency = agreements::Frequency::Quarterly;
    a.retention =
        QCoreApplication::translate("Practice", "Deleted when the practice history is deleted.");
    a.security = QCoreApplication::translate("Practice", "Encrypted bundle, as for a real share.");
    a.transferMethod =
        QCoreApplication::translate("Practice", "None: practice bundles are not sent.");
    a.rights = QCoreApplication::translate("Practice", "Not applicable: the data is made up.");
    a.dpia.status = agreements::DpiaStatus::NotRequired;
    a.dpia.note = QCoreApplication::translate("Practice", "Made-up data.");
    a.startsOn = Clock::today().addDays(-1);
    a.reviewDueOn = Clock::today().addYears(1);
    a.signOffs = {agreements::SignOff{
        QCoreApplication::translate("Practice", "Practice DPO"), agreements::SignOffRole::Dpo,
        QString(), QCoreApplication::translate("Practice", "Practice County Council"),
        Clock::today()}};
    a.outputs = {agreements::ExpectedOutput{
        QCoreApplication::translate("Practice", "Practice statistics"),
        QCoreApplication::translate("Practice", "Tables by area (practice)."),
        Clock::today().addMonths(3)}};
    a.recipients = {agreements::Recipient{
        QCoreApplication::translate("Practice", "Practice Department"),
        QCoreApplication::translate("Practice", "Practice analyst"), recipient.fingerprint()}};
    a.requiresReview = false;
    return a;
}

} // namespace

QString defaultPath()
{
    return QFileInfo(AppPaths::defaultDatabasePath()).dir().filePath(u"practice.sqlite"_s);
}

QString sampleDatasetPath(const QString& practiceHistoryPath)
{
    return QFileInfo(practiceHistoryPath).dir().filePath(u"practice-cases.csv"_s);
}

Status writeSampleDataset(const QString& path, int rows, quint64 seed)
{
    Random r(seed);
    QByteArray out = "Case reference,Forename,Surname,Date of birth,Sex,Address,Postcode,"
                     "Ethnicity,Household type,Date of application,"
                     "Reason for loss of last settled home,Duty owed,Duty outcome\r\n";
    const QDate base(2026, 1, 1);
    for (int i = 1; i <= rows; ++i) {
        const QDate born = QDate(1940, 1, 1).addDays(r.below(365 * 65));
        const QDate applied = base.addDays(r.below(180));
        const QByteArray postcode = QByteArray(r.pick(kDistricts)) + ' ' +
                                    QByteArray::number(r.below(9) + 1) + char('A' + r.below(26)) +
                                    char('A' + r.below(26));
        const QList<QByteArray> values = {
            "PR" + QByteArray::number(100000 + i),
            r.pick(kForenames),
            r.pick(kSurnames),
            born.toString(u"dd/MM/yyyy"_s).toLatin1(),
            r.pick(kSexes),
            QByteArray::number(r.below(120) + 1) + ' ' + r.pick(kStreets),
            postcode,
            r.pick(kEthnicities),
            r.pick(kHouseholds),
            applied.toString(Qt::ISODate).toLatin1(),
            r.pick(kReasons),
            r.pick(kDuties),
            r.pick(kOutcomes),
        };
        for (qsizetype k = 0; k < values.size(); ++k) {
            if (k > 0)
                out += ',';
            out += field(values.at(k));
        }
        out += "\r\n";
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit())
        return failure(Tr::tr("The sample data could not be written (%1).").arg(f.errorString()),
                       path);
    return {};
}

bool isPractice(Database& db)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT 1 FROM audit_log WHERE action = 'practice.created' LIMIT 1"_s);
    return q.exec() && q.next();
}

Result<std::unique_ptr<Database>> open(const QString& path, const QString& actor)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool isNew = !QFileInfo::exists(path);
    Database::Options o;
    o.path = path;
    o.actor = actor;
    Result<std::unique_ptr<Database>> db = Database::open(o);
    if (!db)
        return db.error();
    if (!isNew) {
        if (!isPractice(*db.value()))
            return makeError(ErrorKind::Policy,
                             Tr::tr("This file is a real history, not a practice one: practice "
                                    "never touches real records."),
                             QDir::toNativeSeparators(path));
        if (!QFileInfo::exists(sampleDatasetPath(path))) {
            if (Status s = writeSampleDataset(sampleDatasetPath(path)); !s)
                return s.error();
        }
        return db;
    }
    Database& d = *db.value();
    {
        Database::WriteTransaction tx(d);
        if (!tx.begun())
            return tx.error();
        AuditEvent e;
        e.actor = actor;
        e.action = u"practice.created"_s;
        e.objectType = u"history"_s;
        e.objectId = QFileInfo(path).fileName();
        if (Result<AuditEntry> r = d.audit().append(e); !r)
            return r.error();
        // The sample recipient: a key made now; its secret is not kept (practice bundles
        // are never opened by anyone).
        const crypto::Identity recipient = crypto::Identity::generate(Tr::tr("Practice analyst"));
        RecipientsDirectory dir(d);
        if (Result<RecipientKey> k = dir.add(recipient.card(), Tr::tr("Practice Department"),
                                             Tr::tr("Practice analyst"), false);
            !k)
            return k.error();
        if (Status s = dir.markVerified(recipient.card().fingerprint(),
                                        Tr::tr("Practice key, made by Sharewise"));
            !s)
            return s.error();
        if (Result<agreements::Agreement> a = agreements::AgreementRegister(d).create(
                sampleAgreement(recipient.card()), Tr::tr("Practice agreement"));
            !a)
            return a.error();
        if (Status st = tx.commit(); !st)
            return st.error();
    }
    if (Status s = writeSampleDataset(sampleDatasetPath(path)); !s)
        return s.error();
    return db;
}

} // namespace sharewise::shares::practice
