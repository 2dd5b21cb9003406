// Renders every main screen to PNG, in English and Welsh, for review:
//   sharewise-screenshots <folder> <scale-percent> [--audit] [--palette NAME]
// --audit          audits each screen as it is saved (tests/support/AccessibilityAudit),
//                  prints every problem and exits non-zero if there is any.
// --palette NAME   renders with a high-contrast palette: high-contrast-light (black on
//                  white) or high-contrast-dark (white on black); the name goes into
//                  each file's name.
// Run through the `screenshots` build target, which sets the offscreen platform and a
// private HOME, and runs it at 100% and 200%.
#include "MainWindow.h"
#include "about/AboutDialog.h"
#include "agreements/AgreementEditorDialog.h"
#include "agreements/AgreementHelperWizard.h"
#include "agreements/AgreementRegister.h"
#include "agreements/AgreementsDialog.h"
#include "agreements/NewAgreementDialog.h"
#include "agreements/QuestionList.h"
#include "agreements/ReasonDialog.h"
#include "agreements/Templates.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleReader.h"
#include "bundle/BundleWriter.h"
#include "bundle/Receipt.h"
#include "common/AppSettings.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "history/HistoryDialog.h"
#include "history/IncidentDialog.h"
#include "history/SharesPanel.h"
#include "identity/IdentityDialog.h"
#include "keys/AgreementKeys.h"
#include "keys/AgreementKeysDialog.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyActionDialogs.h"
#include "open/OpenBundleDialog.h"
#include "outputs/OutputsDialog.h"
#include "outputs/RecordOutputDialog.h"
#include "recipients/AddRecipientDialog.h"
#include "recipients/RecipientsDialog.h"
#include "recipients/RevokeKeyDialog.h"
#include "review/ReviewQueueDialog.h"
#include "review/ShareTextDialog.h"
#include "secrets/IdentityFile.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OwnIdentities.h"
#include "settings/SettingsDialog.h"
#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/DonePage.h"
#include "share/PurposePage.h"
#include "share/RecipientsPage.h"
#include "share/RedactPage.h"
#include "share/RedactPreviewModel.h"
#include "share/ReviewPage.h"
#include "share/ShareWizard.h"
#include "shares/Approval.h"
#include "shares/Outputs.h"
#include "shares/Practice.h"
#include "shares/SharePipeline.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "support/AccessibilityAudit.h"
#include "tools/gen_casefile.h"
#include "widgets/Dialogs.h"
#include "widgets/WidgetRenderer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>

using namespace sharewise;
using namespace sharewise::ui;

namespace {

// Runs the event loop until `done` (the identity, bundle and store answers are queued).
template <typename Pred>
bool waitUntil(Pred done)
{
    QDeadlineTimer deadline(20'000);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

// A history, credential store and bundles with sample people, for the key and bundle
// screens: made once, in a folder of its own, and shown in both languages.
struct KeyScreens
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;      // has an identity, partners and a received bundle
    std::unique_ptr<Database> emptyDb; // no identity yet
    std::unique_ptr<Database> fileDb;  // the identity kept in a protected file
    secrets::MemorySecretStore store;
    secrets::MemorySecretStore noStore; // a computer without a password store
    crypto::Identity inFile =
        crypto::Identity::generate(QStringLiteral("Siân Evans, Cyngor Gwynedd / Gwynedd Council"));
    QString identityFile;
    QString fileBundle;
    std::shared_ptr<const crypto::Identity> mine; // db's current identity, as a session holds it
    crypto::Identity sender = crypto::Identity::generate(QStringLiteral("Dafydd Jones"));
    crypto::Identity stranger =
        crypto::Identity::generate(QStringLiteral("Revenues team, Anytown Council"));
    QString bundle;
    QString strangerBundle;
    QString passphraseBundle;
    QString damagedBundle;

    bool make()
    {
        Database::Options options;
        options.actor = QStringLiteral("login:sian.evans");
        options.path = dir.filePath(QStringLiteral("keys.sqlite"));
        Result<std::unique_ptr<Database>> opened = Database::open(options);
        options.path = dir.filePath(QStringLiteral("empty.sqlite"));
        Result<std::unique_ptr<Database>> empty = Database::open(options);
        options.path = dir.filePath(QStringLiteral("file.sqlite"));
        Result<std::unique_ptr<Database>> withFile = Database::open(options);
        if (!opened || !empty || !withFile)
            return false;
        db = std::move(opened).value();
        emptyDb = std::move(empty).value();
        fileDb = std::move(withFile).value();
        noStore.simulateProblem(secrets::SecretProblem::NoBackendAvailable);
        identityFile = dir.filePath(QStringLiteral("sian-evans-identity.swid"));
        if (!secrets::IdentityFile::write(identityFile, inFile,
                                          secrets::IdentityFile::passphrase(u"screenshot identity"),
                                          secrets::PassphraseLimits::interactive()) ||
            !OwnIdentityRecords(*fileDb).addCurrent(inFile.card(), QStringLiteral("file"),
                                                    identityFile) ||
            !RecipientsDirectory(*fileDb).add(sender.card(), QStringLiteral("Gwynedd Council"),
                                              QStringLiteral("Dafydd Jones"), false))
            return false;

        secrets::OwnIdentities identities(store);
        std::optional<crypto::KeyCard> me;
        identities.create(QStringLiteral("Siân Evans, Cyngor Gwynedd / Gwynedd Council"), nullptr,
                          [this, &me](Result<crypto::Identity> id, secrets::SecretProblem) {
                              if (id) {
                                  me = id->card();
                                  mine = std::make_shared<const crypto::Identity>(
                                      std::move(id).value());
                              }
                          });
        if (!waitUntil([&] { return me.has_value(); }) ||
            !OwnIdentityRecords(*db).addCurrent(*me, QStringLiteral("keychain"), QString()))
            return false;

        RecipientsDirectory directory(*db);
        const crypto::Identity ons = crypto::Identity::generate(QStringLiteral("Alex Morgan"));
        const crypto::Identity old = crypto::Identity::generate(QStringLiteral("Jo Price"));
        if (!directory.add(sender.card(),
                           QStringLiteral("Cyngor Sir Ddinbych / Denbighshire "
                                          "County Council"),
                           QStringLiteral("Dafydd Jones"), false) ||
            !directory.markVerified(sender.card().fingerprint(), QStringLiteral("phone")) ||
            !directory.add(ons.card(), QStringLiteral("Office for National Statistics"),
                           QStringLiteral("Alex Morgan"), false) ||
            !directory.add(old.card(), QStringLiteral("Welsh Government"),
                           QStringLiteral("Jo Price"), false) ||
            !directory.revoke(old.card().fingerprint(), QStringLiteral("Left the organisation")))
            return false;

        bundle = seal(sender, QStringLiteral("housing-return-2026-11.swb"), {*me});
        strangerBundle = seal(stranger, QStringLiteral("council-tax-extract.swb"), {*me});
        passphraseBundle = seal(sender, QStringLiteral("school-places.swb"), {});
        damagedBundle = seal(sender, QStringLiteral("damaged.swb"), {*me});
        fileBundle = seal(sender, QStringLiteral("housing-return-2026-12.swb"), {inFile.card()});
        QFile f(damagedBundle);
        if (!f.open(QIODevice::ReadWrite) || !f.seek(f.size() - 40))
            return false;
        f.write("x");
        return !bundle.isEmpty() && !strangerBundle.isEmpty() && !passphraseBundle.isEmpty();
    }

    QString seal(const crypto::Identity& from, const QString& name,
                 const QList<crypto::KeyCard>& to)
    {
        QByteArray data = "case,ward,age band\n";
        for (int i = 0; i < 1234; ++i)
            data += QByteArray::number(i) + ",Bangor,30-39\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        bundle::SealParams p;
        p.sender = &from;
        p.recipients = to;
        if (to.isEmpty()) {
            p.passphrase = secrets::IdentityFile::passphrase(u"screenshot passphrase");
            p.opsLimit = bundle::kMinOpsLimit;
            p.memLimit = bundle::kMinMemLimit;
        }
        p.dataName = QStringLiteral("housing.csv");
        p.rowCount = 1234;
        const QString path = dir.filePath(name);
        return bundle::BundleWriter::seal(buffer, path, p) ? path : QString();
    }
};

// Agreement keys in the key screens' history: two agreements, one given to a partner and
// one taken back from another.
bool makeAgreementKeys(KeyScreens& keys)
{
    Result<OwnIdentityRecord> me = OwnIdentityRecords(*keys.db).current();
    if (!me)
        return false;
    const crypto::SecureBytes passphrase =
        secrets::IdentityFile::passphrase(u"screenshot recovery passphrase");
    const keys::KeyAccess recovery{nullptr, &passphrase};
    const crypto::Identity leaver = crypto::Identity::generate(QStringLiteral("Jo Price"));
    keys::AgreementKeys agreementKeys(*keys.db);
    return agreementKeys.create(QStringLiteral("DSA-2026-014"), me->card, me->card.name, passphrase,
                                secrets::PassphraseLimits::interactive()) &&
           agreementKeys.create(QStringLiteral("ISA-Gwynedd-Denbighshire-2025"), me->card,
                                me->card.name, passphrase,
                                secrets::PassphraseLimits::interactive()) &&
           agreementKeys.grant(QStringLiteral("DSA-2026-014"), keys.sender.card(),
                               QStringLiteral("Dafydd Jones, Cyngor Sir Ddinbych / "
                                              "Denbighshire County Council"),
                               recovery) &&
           agreementKeys.grant(QStringLiteral("DSA-2026-014"), leaver.card(),
                               QStringLiteral("Jo Price, Welsh Government"), recovery) &&
           agreementKeys.revoke(QStringLiteral("DSA-2026-014"), leaver.card().fingerprint(),
                                QStringLiteral("Left the organisation"));
}

// A register of agreements in the key screens' history (whose recipients directory it
// uses): one active, one expired, one suspended and two drafts made from templates.
bool makeAgreements(KeyScreens& keys)
{
    using namespace agreements;
    AgreementRegister reg(*keys.db);
    Result<QList<RecipientKey>> directory = RecipientsDirectory(*keys.db).list();
    if (!directory)
        return false;
    QString onsFingerprint;
    for (const RecipientKey& k : directory.value()) {
        if (k.organisation == QLatin1String("Office for National Statistics"))
            onsFingerprint = k.fingerprint;
    }
    const QString council = QStringLiteral("Cyngor Sir Ddinbych / Denbighshire County Council");
    auto complete = [&](const QString& reference, const QString& title, const QString& partner,
                        const QString& fingerprint) {
        Agreement a;
        a.reference = reference;
        a.title = title;
        a.parties = {{council,
                      PartyRole::Controller,
                      {QStringLiteral("Siân Evans"), QStringLiteral("Information governance lead"),
                       QStringLiteral("sian.evans@example.gov.uk"), QString()}},
                     {partner,
                      PartyRole::Controller,
                      {QStringLiteral("Alex Morgan"), QStringLiteral("Data linkage lead"),
                       QString(), QString()}}};
        a.purpose = QStringLiteral("To measure how many households the council helps to stay in "
                                   "their homes, and for how long, linked with national data.");
        a.benefits = QStringLiteral("The council receives ward-level results every quarter.");
        a.notUsedFor = QStringLiteral("Not for immigration enforcement or decisions about any "
                                      "individual.");
        a.lawfulBasis = {QStringLiteral("art6_1_e"), QString(),
                         QStringLiteral("The council's duties under the Housing (Wales) Act "
                                        "2014.")};
        DataItem postcode;
        postcode.name = QStringLiteral("Postcode");
        postcode.minimum.action = redact::Action::Generalise;
        postcode.minimum.to = redact::Generalisation::PostcodeSector;
        DataItem dob;
        dob.name = QStringLiteral("Date of birth");
        dob.aliases = {QStringLiteral("DOB")};
        dob.minimum.action = redact::Action::Generalise;
        dob.minimum.to = redact::Generalisation::DateMonth;
        a.dataItems = {postcode, dob};
        a.frequency = Frequency::Quarterly;
        a.retention = QStringLiteral("Two years from receipt, then securely deleted.");
        a.startsOn = Clock::today().addMonths(-2);
        a.endsOn = Clock::today().addYears(2);
        a.reviewDueOn = Clock::today().addMonths(2);
        a.signOffs = {{QStringLiteral("Siân Evans"), SignOffRole::Siro, QString(), council,
                       Clock::today().addMonths(-2)}};
        a.recipients = {{partner, QStringLiteral("Alex Morgan"), fingerprint}};
        a.dpia.status = DpiaStatus::NotRequired;
        return a;
    };
    // Made and activated last year, ended this spring: expired.
    const qint64 lastYear =
        QDateTime(Clock::today().addYears(-1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
    Clock::setSourceForTesting([lastYear] { return lastYear; });
    Agreement old = complete(QStringLiteral("ISA-Gwynedd-Denbighshire-2025"),
                             QStringLiteral("Homelessness prevention with Gwynedd"),
                             QStringLiteral("Cyngor Gwynedd / Gwynedd Council"), onsFingerprint);
    old.endsOn = Clock::today().addMonths(6);
    old.reviewDueOn = Clock::today().addMonths(3);
    const bool oldMade = reg.create(old) && reg.setStatus(old.reference, AgreementStatus::Active,
                                                          QStringLiteral("Signed by both"));
    Clock::setSourceForTesting({});
    if (!oldMade)
        return false;

    const Agreement active = complete(
        QStringLiteral("DSA-2026-014"), QStringLiteral("Housing support outcomes linked study"),
        QStringLiteral("Office for National Statistics"), onsFingerprint);
    Agreement suspended =
        complete(QStringLiteral("DSA-2026-009"), QStringLiteral("School places forecasting"),
                 QStringLiteral("Welsh Government"), onsFingerprint);
    suspended.reviewDueOn = Clock::today().addMonths(8);
    if (!reg.create(active) ||
        !reg.setStatus(active.reference, AgreementStatus::Active,
                       QStringLiteral("Signed by the SIRO and ONS")) ||
        !reg.create(suspended) ||
        !reg.setStatus(suspended.reference, AgreementStatus::Active, QStringLiteral("Signed")) ||
        !reg.setStatus(suspended.reference, AgreementStatus::Suspended,
                       QStringLiteral("Waiting for the new DPIA")))
        return false;
    Agreement edited = active;
    edited.endsOn = Clock::today().addYears(3);
    Result<Agreement> current = reg.find(active.reference);
    if (!current || !reg.update(
                        [&] {
                            Agreement e = current.value();
                            e.endsOn = edited.endsOn;
                            return e;
                        }(),
                        current->version, QStringLiteral("Extended by a year")))
        return false;
    int n = 20;
    for (const AgreementTemplate& t : agreementTemplates()) {
        Result<Agreement> draft = agreementFromTemplate(t.id);
        if (!draft)
            return false;
        draft->reference = QStringLiteral("DSA-2026-0%1").arg(++n);
        if (n == 21) // a partner without a key, who receives by passphrase
            draft->recipients.append({QStringLiteral("Cyngor Cymuned Llanelwy / St Asaph City "
                                                     "Council"),
                                      QStringLiteral("The Clerk"), QString(), true});
        if (!reg.create(draft.value(), QStringLiteral("Made from a template")))
            return false;
        if (n == 22)
            break;
    }
    return true;
}

// The share path over a history of its own: Rhian Hughes, a housing officer, prepares
// shares; Gareth Williams, the information governance lead, reviews them on the same
// history; Elin Rowlands at the Welsh Government receives them. Two agreements: one
// needs the IG lead's review before sealing, one may be sealed at once. The case files
// are the practice generator's made-up homelessness cases.
struct ShareScreens
{
    static constexpr char kCouncil[] = "Cyngor Sir Ddinbych / Denbighshire County Council";
    static constexpr char kPartner[] = "Welsh Government";
    static constexpr char kReviewRef[] = "DSA-2026-017";
    static constexpr char kSealRef[] = "DSA-2026-019";

    // Where the officer keeps the returns (the name shows on the Dataset and Done pages).
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/Housing-returns-XXXXXX")};
    std::shared_ptr<const crypto::Identity> officer = std::make_shared<const crypto::Identity>(
        crypto::Identity::generate(QStringLiteral("Rhian Hughes")));
    std::shared_ptr<const crypto::Identity> reviewer = std::make_shared<const crypto::Identity>(
        crypto::Identity::generate(QStringLiteral("Gareth Williams")));
    crypto::Identity partner = crypto::Identity::generate(QStringLiteral("Elin Rowlands"));
    QString recordPath;                   // the history with shares in every state
    std::unique_ptr<Database> db;         // the officer's session on it
    std::unique_ptr<Database> reviewerDb; // the IG lead's, on the same file
    QMap<QString, QString> files;         // name → path of made-up case files
    qint64 received = 0, sent = 0, rejected = 0, firstPending = 0;
    qint64 nowUs = 0;
    QString lang = QStringLiteral("en"); // the language the council writes in
    QString problem;                     // what stopped make(), for the log
    QDate today = Clock::today();

    // Notes a failed step's message and passes the result on.
    template <typename T>
    T noted(T result, const char* step)
    {
        if (!result && problem.isEmpty())
            problem =
                QString::fromLatin1(step) + QStringLiteral(": ") + result.error().fullMessage();
        return result;
    }

    QString file(const QString& name, int rows, quint64 seed)
    {
        const QString path = dir.filePath(name);
        if (!QFileInfo::exists(path) && !shares::practice::writeSampleDataset(path, rows, seed))
            return QString();
        files.insert(name, path);
        return path;
    }

    // English or Welsh, as the council writes.
    QString t(const char* english, const char* welsh) const
    {
        return QString::fromUtf8(lang == QLatin1String("cy") ? welsh : english);
    }
    QString partnerName() const { return t(kPartner, "Llywodraeth Cymru"); }

    agreements::Agreement agreement(const QString& reference, const QString& title, bool review,
                                    const QString& fingerprint) const
    {
        using namespace agreements;
        const QString council = QString::fromLatin1(kCouncil);
        const QString wg = partnerName();
        Agreement a;
        a.reference = reference;
        a.title = title;
        a.parties = {{council,
                      PartyRole::Controller,
                      {QStringLiteral("Gareth Williams"),
                       t("Information governance lead", "Arweinydd llywodraethu gwybodaeth"),
                       QStringLiteral("gareth.williams@example.gov.uk"), QString()}},
                     {wg,
                      PartyRole::Controller,
                      {QStringLiteral("Elin Rowlands"), t("Housing statistics", "Ystadegau tai"),
                       QString(), QString()}}};
        a.purpose = t("To send the quarterly homelessness case-level return, so that the Welsh "
                      "Government can publish national statistics.",
                      "Anfon y ffurflen achosion digartrefedd chwarterol, er mwyn i Lywodraeth "
                      "Cymru gyhoeddi ystadegau cenedlaethol.");
        a.benefits = t("Homelessness services are planned on complete figures.",
                       "Caiff gwasanaethau digartrefedd eu cynllunio ar ffigurau cyflawn.");
        a.notUsedFor = t("Not for decisions about any individual.",
                         "Ni chaiff ei ddefnyddio i wneud penderfyniadau am unrhyw unigolyn.");
        a.lawfulBasis = {QStringLiteral("art6_1_e"), QString(),
                         t("The council's duties under the Housing (Wales) Act 2014, Part 2.",
                           "Dyletswyddau'r cyngor o dan Ddeddf Tai (Cymru) 2014, Rhan 2.")};
        a.specialCategoryConditions = {
            {QStringLiteral("art9_2_g"), QStringLiteral("sch1_6"),
             t("Statutory and government purposes.", "Dibenion statudol a llywodraethol.")}};
        a.criminalOffenceConditions = {
            {QString(), QStringLiteral("sch1_6"), t("Statutory purposes.", "Dibenion statudol.")}};
        auto item = [](const QString& name, redact::Action action,
                       std::optional<redact::Generalisation> to = std::nullopt) {
            DataItem d;
            d.name = name;
            d.minimum.column = name;
            d.minimum.action = action;
            if (to)
                d.minimum.to = *to;
            return d;
        };
        a.dataItems = {
            item(QStringLiteral("Date of birth"), redact::Action::Generalise,
                 redact::Generalisation::DateMonth),
            item(QStringLiteral("Sex"), redact::Action::Keep),
            item(QStringLiteral("Postcode"), redact::Action::Generalise,
                 redact::Generalisation::PostcodeSector),
            item(QStringLiteral("Ethnicity"), redact::Action::Keep),
            item(QStringLiteral("Household type"), redact::Action::Keep),
            item(QStringLiteral("Date of application"), redact::Action::Keep),
            item(QStringLiteral("Reason for loss of last settled home"), redact::Action::Keep),
            item(QStringLiteral("Duty owed"), redact::Action::Keep),
            item(QStringLiteral("Duty outcome"), redact::Action::Keep),
        };
        a.frequency = Frequency::Quarterly;
        a.retention = t("Two years from receipt, then securely deleted.",
                        "Dwy flynedd o'r dyddiad derbyn, yna caiff ei ddileu'n ddiogel.");
        a.security = t("Encrypted Sharewise bundle.", "Bwndel Sharewise wedi'i amgryptio.");
        a.transferMethod = t("The Welsh Government's secure file transfer service.",
                             "Gwasanaeth trosglwyddo ffeiliau diogel Llywodraeth Cymru.");
        a.rights = t("Requests go to the council's Data Protection Officer.",
                     "Anfonir ceisiadau at Swyddog Diogelu Data'r cyngor.");
        a.dpia.status = DpiaStatus::Completed;
        a.dpia.reference = QStringLiteral("DPIA-2026-006");
        a.startsOn = Clock::today().addMonths(-4);
        a.endsOn = Clock::today().addYears(2);
        a.reviewDueOn = Clock::today().addMonths(8);
        a.signOffs = {{QStringLiteral("Gareth Williams"), SignOffRole::Dpo, QString(), council,
                       Clock::today().addMonths(-4)}};
        a.recipients = {{wg, QStringLiteral("Elin Rowlands"), fingerprint},
                        {QStringLiteral("Cyngor Cymuned Llanfair / Llanfair Community Council"),
                         QStringLiteral("The Clerk"), QString(), true}};
        if (review) {
            a.outputs = {{t("Homelessness statistics, April to June",
                            "Ystadegau digartrefedd, Ebrill i Fehefin"),
                          t("National tables by local authority.",
                            "Tablau cenedlaethol fesul awdurdod lleol."),
                          Clock::today().addDays(-45)},
                         {t("Homelessness statistics, July to September",
                            "Ystadegau digartrefedd, Gorffennaf i Fedi"),
                          t("National tables by local authority.",
                            "Tablau cenedlaethol fesul awdurdod lleol."),
                          Clock::today().addDays(-10)},
                         {t("Annual homelessness report", "Adroddiad digartrefedd blynyddol"),
                          t("The published report.", "Yr adroddiad a gyhoeddwyd."),
                          Clock::today().addDays(40)}};
        }
        if (!review) {
            a.purpose = t("To send the monthly homelessness prevention figures, so that the Welsh "
                          "Government can plan prevention funding.",
                          "Anfon y ffigurau atal digartrefedd misol, er mwyn i Lywodraeth Cymru "
                          "gynllunio cyllid atal.");
            a.frequency = Frequency::Monthly;
        }
        a.requiresReview = review;
        return a;
    }

    // A history with the officer's identity, the partner's checked key and both
    // agreements. `signer`: the audit heads are signed by the officer.
    std::unique_ptr<Database> history(const QString& path, const QString& actor)
    {
        Database::Options options;
        options.actor = actor;
        options.path = path;
        Result<std::unique_ptr<Database>> opened = Database::open(options);
        if (!opened)
            return nullptr;
        return std::move(opened).value();
    }

    bool fill(Database& d)
    {
        RecipientsDirectory directory(d);
        agreements::AgreementRegister reg(d);
        if (!OwnIdentityRecords(d).addCurrent(officer->card(), QStringLiteral("file"),
                                              dir.filePath(QStringLiteral("rhian.swid"))) ||
            !directory.add(partner.card(), partnerName(), QStringLiteral("Elin Rowlands"), false) ||
            !directory.markVerified(partner.card().fingerprint(), QStringLiteral("phone")))
            return false;
        d.setSigner(officer.get());
        for (const agreements::Agreement& a :
             {agreement(QString::fromLatin1(kReviewRef),
                        t("Homelessness case-level return (quarterly)",
                          "Ffurflen achosion digartrefedd (chwarterol)"),
                        true, partner.card().fingerprint()),
              agreement(QString::fromLatin1(kSealRef),
                        t("Homelessness prevention figures (monthly)",
                          "Ffigurau atal digartrefedd (misol)"),
                        false, partner.card().fingerprint())}) {
            if (!noted(reg.create(a), "agreement") ||
                !noted(reg.setStatus(a.reference, agreements::AgreementStatus::Active,
                                     t("Signed by both", "Llofnodwyd gan y ddau")),
                       "activate"))
                return false;
        }
        return true;
    }

    // What the officer chooses for this file: the names, address and case number left
    // out, the date of birth to the year, the postcode to its district.
    static redact::RedactionProfile profile(const QString& reference)
    {
        redact::RedactionProfile p;
        p.agreement = reference;
        auto rule = [&](const QString& column, redact::Action action, bool quasi = false,
                        redact::Generalisation to = redact::Generalisation::DateYear) {
            redact::ColumnRule r;
            r.column = column;
            r.action = action;
            r.to = to;
            r.quasiIdentifier = quasi;
            p.rules.append(r);
        };
        for (const char* c : {"Case reference", "Forename", "Surname", "Address"})
            rule(QString::fromLatin1(c), redact::Action::Drop);
        rule(QStringLiteral("Date of birth"), redact::Action::Generalise, true,
             redact::Generalisation::DateYear);
        rule(QStringLiteral("Sex"), redact::Action::Keep, true);
        rule(QStringLiteral("Postcode"), redact::Action::Generalise, true,
             redact::Generalisation::PostcodeDistrict);
        for (const char* c : {"Ethnicity", "Household type", "Date of application",
                              "Reason for loss of last settled home", "Duty owed", "Duty outcome"})
            rule(QString::fromLatin1(c), redact::Action::Keep);
        return p;
    }

    void at(int daysAgo, int hour)
    {
        nowUs =
            QDateTime(today.addDays(-daysAgo), QTime(hour, 12), Qt::LocalTime).toMSecsSinceEpoch() *
            1000;
    }

    Result<shares::ShareRecord> draft(const QString& reference, const QString& name)
    {
        Result<agreements::Agreement> a = agreements::AgreementRegister(*db).find(reference);
        if (!a)
            return a.error();
        const QString path = files.value(name);
        const QFileInfo info(path);
        shares::ShareRecord s;
        s.agreementReference = a->reference;
        s.agreementVersion = a->version;
        s.agreementHash = a->contentHash;
        s.partner = partnerName();
        s.datasetName = name;
        s.datasetPath = path;
        s.datasetSize = info.size();
        s.datasetModifiedUs = info.lastModified().toMSecsSinceEpoch() * 1000;
        s.profileJson = CanonicalJson::serialise(profile(reference).toJson());
        s.recipients = {partner.card()};
        s.reviewRequired = a->requiresReview;
        return noted(shares::ShareStore(*db).createDraft(s), "draft");
    }

    Result<shares::ShareRecord> submitted(const QString& reference, const QString& name)
    {
        Result<shares::ShareRecord> d = draft(reference, name);
        if (!d)
            return d;
        Result<agreements::Agreement> a = agreements::AgreementRegister(*db).find(reference);
        shares::PrepareParams p;
        p.input = d->datasetPath;
        p.profile = profile(reference);
        p.agreement = &a.value();
        p.recipients = {partner.card()};
        p.preparerFingerprint = officer->card().fingerprint();
        Result<shares::PreparedShare> prepared = noted(shares::prepareShare(p), "prepare");
        if (!prepared)
            return prepared.error();
        if (prepared->blocked) {
            QStringList why;
            for (const agreements::Finding& f : prepared->findings)
                why << f.message;
            problem = QStringLiteral("blocked: %1: %2").arg(name, why.join(u' '));
            return makeError(ErrorKind::Policy, problem);
        }
        return noted(shares::ShareStore(*db).submit(d->id, d->rowVersion, prepared->binding,
                                                    prepared->summary),
                     "submit");
    }

    Result<shares::ShareRecord> decided(const shares::ShareRecord& s, bool approve,
                                        const QString& reason = {})
    {
        Result<shares::ShareDecision> decision = shares::decide(
            s, *reviewer, QStringLiteral("Gareth Williams"), approve, reason, Clock::nowUs());
        if (!noted(decision, "decide"))
            return decision.error();
        return noted(
            shares::ShareStore(*reviewerDb).recordDecision(s.id, s.rowVersion, decision.value()),
            "decision");
    }

    Result<shares::ShareRecord> sealed(const shares::ShareRecord& s)
    {
        shares::SealShareParams p;
        p.share = s;
        p.sender = officer.get();
        p.output =
            dir.filePath(QFileInfo(s.datasetName).completeBaseName() + QStringLiteral(".swb"));
        Result<shares::SealedShare> done = noted(shares::sealShare(*db, p), "seal");
        if (!done)
            return done.error();
        return done->share;
    }

    bool make()
    {
        recordPath = dir.filePath(QStringLiteral("history.sqlite"));
        db = history(recordPath, QStringLiteral("Rhian Hughes"));
        reviewerDb = history(recordPath, QStringLiteral("Gareth Williams"));
        if (!db || !reviewerDb || !fill(*db))
            return false;
        // Made-up case files, one a quarter or month.
        for (const auto& [name, rows, seed] :
             {std::tuple{"homelessness-cases-2026-q2.csv", 840, 2},
              std::tuple{"homelessness-cases-2026-q3.csv", 910, 3},
              std::tuple{"prevention-cases-2026-08.csv", 260, 4},
              std::tuple{"prevention-cases-2026-09.csv", 300, 5},
              std::tuple{"prevention-cases-2026-10.csv", 280, 6},
              std::tuple{"homelessness-cases-2026-10.csv", 320, 7},
              std::tuple{"homelessness-cases-2026-11.csv", 298, 8},
              std::tuple{"homelessness-cases-2026-q3-corrected.csv", 912, 9}}) {
            if (file(QString::fromLatin1(name), rows, quint64(seed)).isEmpty())
                return false;
        }
        Clock::setSourceForTesting([this] { return nowUs; });
        const bool ok = [&] {
            const QString review = QString::fromLatin1(kReviewRef);
            const QString now = QString::fromLatin1(kSealRef);
            // Q2: approved, sealed, sent, and the receipt came back.
            at(60, 9);
            Result<shares::ShareRecord> q2 =
                submitted(review, QStringLiteral("homelessness-cases-2026-q2.csv"));
            if (!q2)
                return false;
            at(59, 11);
            q2 = decided(q2.value(), true);
            at(59, 14);
            if (q2)
                q2 = sealed(q2.value());
            at(59, 15);
            if (q2)
                q2 = shares::ShareStore(*db).markSent(
                    q2->id, q2->rowVersion,
                    t("Welsh Government secure file transfer",
                      "Gwasanaeth trosglwyddo ffeiliau diogel Llywodraeth Cymru"));
            if (!q2)
                return false;
            received = q2->id;
            {
                bundle::OpenParams open;
                open.identity = &partner;
                open.senderKnown = [this](const crypto::KeyCard& c) {
                    return c == officer->card();
                };
                Result<bundle::OpenedBundle> opened =
                    bundle::BundleReader::open(q2->bundlePath, open);
                at(57, 10);
                if (!opened ||
                    !shares::importReceipt(*db, bundle::Receipt::issue(opened.value(), partner)))
                    return false;
            }
            // Monthly prevention figures: sealed at once (no review), sent.
            for (const auto& [name, days] : {std::pair{"prevention-cases-2026-08.csv", 80},
                                             std::pair{"prevention-cases-2026-09.csv", 50}}) {
                at(days, 10);
                Result<shares::ShareRecord> d = draft(now, QString::fromLatin1(name));
                if (d)
                    d = sealed(d.value());
                at(days, 11);
                if (d)
                    d = shares::ShareStore(*db).markSent(d->id, d->rowVersion,
                                                         t("Secure email", "E-bost diogel"));
                if (!d)
                    return false;
            }
            // Q3: sent back by the IG lead, then corrected, approved, sealed and sent.
            at(30, 9);
            Result<shares::ShareRecord> q3 =
                submitted(review, QStringLiteral("homelessness-cases-2026-q3.csv"));
            at(29, 16);
            if (q3)
                q3 = decided(q3.value(), false,
                             t("Two cases from the Conwy pilot are in this file; take them out and "
                               "submit again.",
                               "Mae dau achos o gynllun peilot Conwy yn y ffeil hon; tynnwch nhw "
                               "allan a'i chyflwyno eto."));
            if (!q3)
                return false;
            rejected = q3->id;
            at(28, 10);
            Result<shares::ShareRecord> fixed =
                submitted(review, QStringLiteral("homelessness-cases-2026-q3-corrected.csv"));
            at(27, 9);
            if (fixed)
                fixed = decided(fixed.value(), true);
            at(27, 10);
            if (fixed)
                fixed = sealed(fixed.value());
            at(27, 11);
            if (fixed)
                fixed = shares::ShareStore(*db).markSent(
                    fixed->id, fixed->rowVersion,
                    t("Welsh Government secure file transfer",
                      "Gwasanaeth trosglwyddo ffeiliau diogel Llywodraeth Cymru"));
            if (!fixed)
                return false;
            sent = fixed->id;
            // October's prevention figures: stopped.
            at(12, 14);
            Result<shares::ShareRecord> stopped =
                draft(now, QStringLiteral("prevention-cases-2026-10.csv"));
            at(12, 15);
            if (!stopped ||
                !shares::ShareStore(*db).cancel(
                    stopped->id, stopped->rowVersion,
                    t("The Welsh Government asked for October and November together.",
                      "Gofynnodd Llywodraeth Cymru am fis Hydref a mis Tachwedd gyda'i gilydd.")))
                return false;
            // Two waiting for the IG lead, and a draft.
            at(3, 10);
            Result<shares::ShareRecord> p1 =
                submitted(review, QStringLiteral("homelessness-cases-2026-10.csv"));
            at(1, 15);
            Result<shares::ShareRecord> p2 =
                submitted(review, QStringLiteral("homelessness-cases-2026-11.csv"));
            if (!p1 || !p2)
                return false;
            firstPending = p1->id;
            at(0, 8);
            if (!draft(now, QStringLiteral("prevention-cases-2026-10.csv")))
                return false;
            // What came back: the April to June statistics, from the Q2 share.
            shares::ReturnedOutput o;
            o.agreementReference = review;
            o.outputTitle = t("Homelessness statistics, April to June",
                              "Ystadegau digartrefedd, Ebrill i Fehefin");
            o.description = t("Published tables, with our figures in them.",
                              "Tablau a gyhoeddwyd, gyda'n ffigurau ni ynddynt.");
            o.link = QStringLiteral("https://www.gov.wales/homelessness-statistics");
            o.receivedOn = today.addDays(-40);
            o.shareIds = {received};
            return noted(shares::OutputsRegister(*db).record(o), "output").ok();
        }();
        Clock::setSourceForTesting({});
        return ok;
    }
};

// High-contrast palettes as Windows' contrast themes give them: the text, its background
// and the selection at full strength, disabled text still readable.
std::optional<QPalette> highContrastPalette(const QString& name)
{
    const bool dark = name == QLatin1String("high-contrast-dark");
    if (!dark && name != QLatin1String("high-contrast-light"))
        return std::nullopt;
    const QColor text = dark ? Qt::white : Qt::black;
    const QColor base = dark ? Qt::black : Qt::white;
    const QColor highlight = dark ? QColor(0x1a, 0xeb, 0xff) : QColor(0x37, 0x00, 0x6e);
    const QColor highlighted = dark ? Qt::black : Qt::white;
    const QColor disabled = dark ? QColor(0x3f, 0xf2, 0x3f) : QColor(0x60, 0x00, 0x00);
    const QColor link = dark ? QColor(0xff, 0xff, 0x00) : QColor(0x00, 0x00, 0x9f);
    QPalette p;
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor fore = group == QPalette::Disabled ? disabled : text;
        p.setColor(group, QPalette::WindowText, fore);
        p.setColor(group, QPalette::Text, fore);
        p.setColor(group, QPalette::ButtonText, fore);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, fore);
        p.setColor(group, QPalette::BrightText, dark ? Qt::yellow : Qt::red);
        p.setColor(group, QPalette::Window, base);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, base);
        p.setColor(group, QPalette::Button, base);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::Highlight, highlight);
        p.setColor(group, QPalette::HighlightedText, highlighted);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, link);
        p.setColor(group, QPalette::Light, text);
        p.setColor(group, QPalette::Midlight, text);
        p.setColor(group, QPalette::Mid, text);
        p.setColor(group, QPalette::Dark, text);
        p.setColor(group, QPalette::Shadow, text);
    }
    return p;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sharewise"));
    QApplication::setApplicationName(QStringLiteral("Sharewise"));
    crypto::initialise();
    QStringList args = QApplication::arguments();
    const bool audit = args.removeAll(QStringLiteral("--audit")) > 0;
    QString paletteName;
    if (const qsizetype at = args.indexOf(QStringLiteral("--palette")); at > 0) {
        paletteName = args.value(at + 1);
        args.remove(at, 2);
    }
    const QString folder = args.value(1, QStringLiteral("screenshots"));
    const QString scale = args.value(2, QStringLiteral("100"));
    if (!paletteName.isEmpty()) {
        std::optional<QPalette> palette = highContrastPalette(paletteName);
        if (!palette) {
            QTextStream(stderr) << "unknown palette " << paletteName
                                << " (high-contrast-light or high-contrast-dark)\n";
            return 2;
        }
        QApplication::setPalette(*palette);
    }
    QDir().mkpath(folder);
    QTextStream out(stdout);

    AppSettings settings;
    settings.setOrganisationName(
        QStringLiteral("Cyngor Sir Ddinbych / Denbighshire County Council"));
    settings.sync();

    int failures = 0;
    int auditProblems = 0;
    KeyScreens keys;
    if (!keys.make()) {
        out << "could not prepare the key and bundle screens\n";
        return 1;
    }
    if (!makeAgreementKeys(keys)) {
        out << "could not prepare the agreement key screens\n";
        return 1;
    }
    if (!makeAgreements(keys)) {
        out << "could not prepare the agreements register\n";
        return 1;
    }
    // A realistic case file for the Share wizard: title rows, a ragged row, a totals row.
    QTemporaryDir dataDir;
    const QString casesCsv = dataDir.filePath(QStringLiteral("homelessness-return-2026-q3.csv"));
    {
        casegen::Options o;
        o.rows = 2000;
        o.titleRows = 2;
        o.ragged = 1;
        o.totals = true;
        QString error;
        if (!casegen::writeFile(casesCsv, o, nullptr, &error)) {
            out << "could not write the sample dataset: " << error << '\n';
            return 1;
        }
    }

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("cy")}) {
        Translations::apply(lang);
        auto save = [&](QWidget* w, const QString& name) {
            const QString file = QDir(folder).filePath(
                paletteName.isEmpty()
                    ? QStringLiteral("%1-%2-%3.png").arg(name, lang, scale)
                    : QStringLiteral("%1-%2-%3-%4.png").arg(name, lang, scale, paletteName));
            if (WidgetRenderer::renderToPng(w, file)) {
                out << file << '\n';
            } else {
                ++failures;
            }
            if (audit) {
                const QList<test::AccessibilityProblem> problems = test::auditAccessibility(w);
                for (const test::AccessibilityProblem& p : problems) {
                    out << "AUDIT " << name << '-' << lang << ": " << test::describe(p) << '\n';
                    ++auditProblems;
                }
            }
        };
        // The share path's history, in this language (the agreements and what people
        // typed are written in it, as a council working in it would).
        auto shareScreens = std::make_unique<ShareScreens>();
        shareScreens->lang = lang;
        if (!shareScreens->make()) {
            out << "could not prepare the share screens' history: " << shareScreens->problem
                << '\n';
            return 1;
        }
        // The home screen and the history show it (a pending review, an overdue output).
        settings.setDatabasePath(shareScreens->recordPath);
        settings.sync();
        MainWindow window;
        window.show();
        save(&window, QStringLiteral("home"));
        // Settings scroll when the screen is shorter than they are (the offscreen screen at
        // 200% is 400 pixels high): shown whole here, for review.
        const auto wholeSettings = [](SettingsDialog& dialog) {
            dialog.show();
            QApplication::processEvents();
            auto* scroll = dialog.findChild<QScrollArea*>(QStringLiteral("settingsScroll"));
            if (const int hidden = scroll->widget()->height() - scroll->viewport()->height();
                hidden > 0)
                dialog.resize(dialog.width(), dialog.height() + hidden);
            QApplication::processEvents();
        };
        SettingsDialog settingsDialog(window.settings(), &window);
        wholeSettings(settingsDialog);
        save(&settingsDialog, QStringLiteral("settings"));
        {
            // The shared register chosen: the server's fields, then a test that found no
            // server (nothing listens on port 1).
            SettingsDialog shared(window.settings(), keys.store, &window);
            shared.serverChoice()->setChecked(true);
            shared.hostEdit()->setText(QStringLiteral("register.denbighshire.gov.uk"));
            shared.serverDatabaseEdit()->setText(QStringLiteral("sharewise"));
            shared.userEdit()->setText(QStringLiteral("sian.evans"));
            wholeSettings(shared);
            save(&shared, QStringLiteral("settings-shared-register"));
            shared.hostEdit()->setText(QStringLiteral("localhost"));
            shared.portSpin()->setValue(1);
            shared.setTestTimeoutSeconds(2);
            shared.testConnection();
            if (!waitUntil([&] { return !shared.isBusy(); }))
                ++failures;
            wholeSettings(shared);
            save(&shared, QStringLiteral("settings-shared-register-test"));
        }
        AboutDialog about(&window);
        save(&about, QStringLiteral("about"));
        if (window.database()) {
            HistoryDialog history(*window.database(), &window);
            history.verify();
            save(&history, QStringLiteral("history"));
        }

        {
            IdentityDialog none(*keys.emptyDb, keys.store, &window);
            save(&none, QStringLiteral("identity-create"));
            IdentityDialog mine(*keys.db, keys.store, &window);
            save(&mine, QStringLiteral("identity"));
            IdentityDialog backup(*keys.db, keys.store, &window);
            backup.startBackup();
            save(&backup, QStringLiteral("identity-backup"));

            // No password store: the refusal, and the protected file offered instead.
            IdentityDialog noStore(*keys.emptyDb, keys.noStore, &window);
            noStore.show();
            noStore.nameEdit()->setText(QStringLiteral("Siân Evans, Cyngor Gwynedd"));
            noStore.createIdentity();
            if (!waitUntil([&] { return !noStore.isBusy(); }))
                ++failures;
            save(&noStore, QStringLiteral("identity-create-no-store"));
            noStore.startNewFile();
            noStore.passphraseEdit()->setText(QStringLiteral("granite otter lantern"));
            save(&noStore, QStringLiteral("identity-new-file"));
            noStore.passphraseEdit()->clear();

            IdentityDialog use(*keys.emptyDb, keys.store, &window);
            use.startLoadFile();
            Dialogs::setNextFileNameForTesting(keys.identityFile);
            use.chooseIdentityFile();
            save(&use, QStringLiteral("identity-use-file"));
            IdentityDialog locked(*keys.fileDb, keys.store, &window);
            save(&locked, QStringLiteral("identity-file-locked"));
            locked.startLoadFile();
            save(&locked, QStringLiteral("identity-unlock-file"));
        }
        {
            RecipientsDialog recipients(*keys.db, &window);
            save(&recipients, QStringLiteral("recipients"));
            AddRecipientDialog add(*keys.db, &window);
            add.cardEdit()->setPlainText(keys.stranger.card().toText());
            add.organisationEdit()->setText(
                QStringLiteral("Cyngor Sir Ddinbych / Denbighshire County Council"));
            add.personEdit()->setText(QStringLiteral("Dafydd Jones"));
            add.accept(); // a different key for a known person: the warning
            save(&add, QStringLiteral("recipients-add-warning"));
            RevokeKeyDialog revokeKey(QStringLiteral("Jo Price, Welsh Government"),
                                      keys.sender.card().fingerprint(), &recipients);
            save(&revokeKey, QStringLiteral("recipients-revoke"));
        }
        {
            AgreementKeysDialog agreementKeys(*keys.db, keys.store, &window);
            agreementKeys.setRecoveryLimits(secrets::PassphraseLimits::interactive());
            agreementKeys.show();
            if (!waitUntil([&] { return !agreementKeys.isLoadingIdentity(); }))
                ++failures;
            agreementKeys.selectAgreement(QStringLiteral("DSA-2026-014"));
            save(&agreementKeys, QStringLiteral("agreement-keys"));

            CreateKeyDialog create(*keys.db, OwnIdentityRecords(*keys.db).current()->card, nullptr,
                                   &agreementKeys);
            create.setRecoveryLimits(secrets::PassphraseLimits::interactive());
            create.setReference(QStringLiteral("DSA-2026-031-%1").arg(lang));
            save(&create, QStringLiteral("agreement-key-explain"));
            create.understoodBox()->setChecked(true);
            create.next();
            create.passphraseEdit()->setText(QStringLiteral("granite otter lantern"));
            save(&create, QStringLiteral("agreement-key-passphrase"));
            create.repeatEdit()->setText(QStringLiteral("granite otter lantern"));
            create.createKey();
            if (!waitUntil([&] { return !create.isBusy(); }))
                ++failures;
            save(&create, QStringLiteral("agreement-key-made"));

            Result<QList<KeyPerson>> people = keyCandidates(*keys.db);
            KeyAccessNeed access;
            access.needsRecovery = true;
            access.why = AgreementKeysDialog::tr(
                "You do not hold this key yourself, so it can be given only with its recovery "
                "passphrase. Ask your information governance lead to type it.");
            GrantKeyDialog grant(*keys.db, QStringLiteral("ISA-Gwynedd-Denbighshire-2025"),
                                 (people ? people.value() : QList<KeyPerson>()), access,
                                 &agreementKeys);
            save(&grant, QStringLiteral("agreement-key-grant"));

            Result<QList<keys::AgreementKeyGrant>> active = keys::AgreementKeys(*keys.db).grants();
            HandOverDialog handOver(
                *keys.db, (active ? active.value() : QList<keys::AgreementKeyGrant>()),
                (people ? people.value() : QList<KeyPerson>()), {}, QString(), &agreementKeys);
            handOver.selectLeaver(keys.sender.card().fingerprint());
            save(&handOver, QStringLiteral("agreement-key-handover"));

            RevokeGrantDialog revoke(QStringLiteral("DSA-2026-014"),
                                     QStringLiteral("Dafydd Jones, Cyngor Sir Ddinbych / "
                                                    "Denbighshire County Council"),
                                     keys.sender.card().fingerprint(), &agreementKeys);
            save(&revoke, QStringLiteral("agreement-key-revoke"));

            ImportRecoveryDialog import(
                *keys.db, keys.dir.filePath(QStringLiteral("dsa-2026-014-key-recovery.swkey")),
                QByteArray(), nullptr, &agreementKeys);
            save(&import, QStringLiteral("agreement-key-import"));
        }
        {
            AgreementsDialog agreementsDialog(*keys.db, &window);
            agreementsDialog.selectReference(QStringLiteral("DSA-2026-014"));
            save(&agreementsDialog, QStringLiteral("agreements"));
            agreementsDialog.tabs()->setCurrentIndex(2);
            save(&agreementsDialog, QStringLiteral("agreements-versions"));
            agreementsDialog.tabs()->setCurrentIndex(1);
            save(&agreementsDialog, QStringLiteral("agreements-document"));
            NewAgreementDialog chooser(true, &agreementsDialog);
            save(&chooser, QStringLiteral("agreement-new"));
            ReasonDialog end(ReasonDialog::Kind::End, QStringLiteral("DSA-2026-009"),
                             &agreementsDialog);
            save(&end, QStringLiteral("agreement-end"));
            ReasonDialog changeNote(ReasonDialog::Kind::ChangeNote, QStringLiteral("DSA-2026-014"),
                                    &agreementsDialog);
            save(&changeNote, QStringLiteral("agreement-change-note"));

            // A draft from a template: its proposals to confirm.
            Result<agreements::Agreement> draft =
                agreements::AgreementRegister(*keys.db).find(QStringLiteral("DSA-2026-021"));
            if (!draft) {
                ++failures;
            } else {
                AgreementEditorDialog editor(*keys.db, draft.value(), &agreementsDialog);
                save(&editor, QStringLiteral("agreement-editor-overview"));
                editor.setSection(AgreementEditorDialog::LegalSection);
                save(&editor, QStringLiteral("agreement-editor-legal"));
                editor.setSection(AgreementEditorDialog::DataItemsSection);
                save(&editor, QStringLiteral("agreement-editor-items"));
                editor.setSection(AgreementEditorDialog::DatesSection);
                save(&editor, QStringLiteral("agreement-editor-dates"));
                editor.setSection(AgreementEditorDialog::RecipientsSection);
                save(&editor, QStringLiteral("agreement-editor-recipients"));
            }
            AgreementEditorDialog blank(*keys.db, agreements::Agreement{}, &agreementsDialog);
            blank.accept(); // the problems of an empty agreement
            save(&blank, QStringLiteral("agreement-editor-problems"));
        }
        {
            // The Agreement helper, answered as an officer might: a public duty, health
            // data, safeguarding; one DPIA trigger yes, one not sure.
            AgreementHelperWizard helper(*keys.db, &window);
            helper.show();
            helper.referenceEdit()->setText(QStringLiteral("DSA-2026-030"));
            helper.titleEdit()->setText(QStringLiteral("Rough sleeping health needs"));
            helper.partnerEdit()->setText(
                QStringLiteral("Betsi Cadwaladr University Health Board"));
            helper.purposeEdit()->setPlainText(
                QStringLiteral("To plan outreach health services for people sleeping rough."));
            save(&helper, QStringLiteral("agreement-helper-about"));
            helper.next();
            for (const QString& id : {QStringLiteral("public_duty"), QStringLiteral("health"),
                                      QStringLiteral("safeguarding")})
                helper.legalQuestions()->setAnswer(id, agreements::Answer::Yes);
            save(&helper, QStringLiteral("agreement-helper-legal"));
            helper.next();
            const QStringList triggers = helper.dpiaQuestions()->answers().keys();
            for (const QString& id : triggers)
                helper.dpiaQuestions()->setAnswer(id, agreements::Answer::No);
            helper.dpiaQuestions()->setAnswer(QStringLiteral("matching"), agreements::Answer::Yes);
            helper.dpiaQuestions()->setAnswer(QStringLiteral("risk_of_harm"),
                                              agreements::Answer::NotSure);
            save(&helper, QStringLiteral("agreement-helper-dpia"));
            helper.next();
            save(&helper, QStringLiteral("agreement-helper-proposals"));
        }
        {
            // The Share wizard's first step over the same register.
            ShareWizard wizard(&window);
            AgreementKeySource source;
            source.agreements = [] {
                return Result<QList<AgreementKeySource::Agreement>>(
                    QList<AgreementKeySource::Agreement>());
            };
            source.unlock = [](const QString&) -> Result<crypto::SecureBytes> {
                return makeError(ErrorKind::Usage, QString());
            };
            source.listAgreements = [&] {
                return agreements::AgreementRegister(*keys.db).list();
            };
            wizard.setAgreementKeySource(source);
            wizard.show();
            wizard.agreementPage()->choose(QStringLiteral("DSA-2026-014"));
            save(&wizard, QStringLiteral("share-agreement"));
        }
        auto opened = [&](const QString& bundle, const QString& name, Database* db = nullptr) {
            OpenBundleDialog d(db ? *db : *keys.db, keys.store, &window);
            d.openFile(bundle);
            if (!waitUntil([&] {
                    return !d.isWorking() && d.page() != OpenBundleDialog::Page::Working;
                })) {
                ++failures;
                return;
            }
            save(&d, name);
        };
        {
            ShareWizard wizard(&window);
            // The agreement keys of the key screens' history, unlocked with its identity.
            bool pretendLocked = false;
            AgreementKeySource keySource;
            keySource.agreements = [&]() -> Result<QList<AgreementKeySource::Agreement>> {
                Result<QList<keys::AgreementKeyRecord>> records =
                    keys::AgreementKeys(*keys.db).list();
                if (!records)
                    return records.error();
                QList<AgreementKeySource::Agreement> list;
                for (const keys::AgreementKeyRecord& r : records.value())
                    list.append({r.agreement, true});
                return list;
            };
            keySource.unlock = [&](const QString& agreement) -> Result<crypto::SecureBytes> {
                if (pretendLocked || !keys.mine)
                    return withCode(makeError(ErrorKind::Usage, QString()),
                                    AgreementKeySource::IdentityLocked);
                return keys::AgreementKeys(*keys.db).unlock(agreement, *keys.mine);
            };
            wizard.setAgreementKeySource(keySource);
            wizard.show();
            save(&wizard, QStringLiteral("share-dataset-empty"));
            wizard.datasetPage()->openFile(casesCsv);
            if (!waitUntil([&] { return wizard.datasetPage()->isComplete(); })) {
                ++failures;
            } else {
                save(&wizard, QStringLiteral("share-dataset-preview"));
                wizard.datasetPage()->tabs()->setCurrentIndex(1);
                wizard.datasetPage()->columnsView()->selectRow(6);
                save(&wizard, QStringLiteral("share-dataset-columns"));
                // The Redact page: the suggestions, before and after, the risk checked.
                wizard.next();
                RedactPage* redact = wizard.redactPage();
                if (!waitUntil([&] {
                        return redact->previewModel()->rowCount() > 0 && !redact->isCheckingRisk();
                    })) {
                    ++failures;
                } else {
                    save(&wizard, QStringLiteral("share-redact"));
                    // Further down: the generalised columns' settings; the risk tab.
                    for (const QString& c : redact->columns()) {
                        if (redact->profile().rule(c) && redact->profile().rule(c)->quasiIdentifier)
                            redact->columnsArea()->ensureWidgetVisible(redact->actionBox(c));
                    }
                    redact->tabs()->setCurrentIndex(1);
                    save(&wizard, QStringLiteral("share-redact-risk"));
                    // The age band's settings: reference date, width, top band.
                    if (QWidget* dob = redact->settingsWidget(QStringLiteral("Date of Birth"))) {
                        redact->columnsArea()->ensureWidgetVisible(dob);
                        save(&wizard, QStringLiteral("share-redact-ageband"));
                    }
                    // The agreement's key: first as a locked identity file answers,
                    // then unlocked (the suggestions made again with it).
                    redact->tabs()->setCurrentIndex(0);
                    redact->columnsArea()->ensureVisible(0, 0);
                    pretendLocked = true;
                    redact->useChosenKey();
                    save(&wizard, QStringLiteral("share-redact-key-locked"));
                    pretendLocked = false;
                    redact->useChosenKey();
                    if (!waitUntil([&] { return !redact->isCheckingRisk(); }))
                        ++failures;
                    save(&wizard, QStringLiteral("share-redact-key"));
                }
            }
        }
        {
            // The share path, page by page, in a history of its own for each language.
            const QString wizardPath =
                shareScreens->dir.filePath(QStringLiteral("wizard-%1.sqlite").arg(lang));
            std::unique_ptr<Database> wdb =
                shareScreens->history(wizardPath, QStringLiteral("Rhian Hughes"));
            if (!wdb || !shareScreens->fill(*wdb)) {
                out << "could not prepare the wizard's history\n";
                ++failures;
            } else {
                auto next = [](ShareWizard& w) {
                    QAbstractButton* b = w.button(QWizard::NextButton);
                    if (!b->isEnabled() || !b->isVisible())
                        return false;
                    const int was = w.currentId();
                    w.next();
                    return w.currentId() != was;
                };
                auto wizardFor = [&]() {
                    auto w = std::make_unique<ShareWizard>(&window);
                    w->setAgreementKeySource(window.agreementKeySource(
                        [&wdb] { return wdb.get(); }, [&] { return shareScreens->officer; }));
                    ShareContext context;
                    context.db = wdb.get();
                    context.identity = shareScreens->officer;
                    context.chooseOutput = [&](QWidget*, const QString& suggested) {
                        return shareScreens->dir.filePath(
                            QStringLiteral("%1-%2").arg(lang, QFileInfo(suggested).fileName()));
                    };
                    w->setShareContext(context);
                    w->show();
                    return w;
                };
                const QString q3 =
                    shareScreens->files.value(QStringLiteral("homelessness-cases-2026-q3.csv"));
                const QString monthly =
                    shareScreens->files.value(QStringLiteral("prevention-cases-2026-10.csv"));
                // Agreement → Dataset → Purpose; `shoot` saves each page on the way.
                auto toPurpose = [&](ShareWizard& w, const char* reference, const QString& csv,
                                     bool shoot) {
                    if (!w.agreementPage() ||
                        !w.agreementPage()->choose(QString::fromLatin1(reference)))
                        return false;
                    if (shoot)
                        save(&w, QStringLiteral("share-1-agreement"));
                    if (!next(w))
                        return false;
                    w.datasetPage()->openFile(csv);
                    if (!waitUntil([&] { return w.datasetPage()->isComplete(); }))
                        return false;
                    if (shoot)
                        save(&w, QStringLiteral("share-2-dataset"));
                    return next(w) && w.currentPage() == w.purposePage();
                };
                // Purpose → Redact → Recipients → Review, prepared.
                auto toReview = [&](ShareWizard& w, bool shoot) {
                    if (!next(w) || !waitUntil([&] {
                            return w.redactPage()->isComplete() &&
                                   !w.redactPage()->isCheckingRisk();
                        }))
                        return false;
                    if (shoot)
                        save(&w, QStringLiteral("share-4-redact"));
                    if (!next(w) ||
                        !w.recipientsPage()->choose(shareScreens->partner.card().fingerprint()))
                        return false;
                    if (shoot) {
                        save(&w, QStringLiteral("share-5-recipients"));
                        // The partner without a key: locked with a passphrase instead.
                        RecipientsPage* recipients = w.recipientsPage();
                        recipients->passphraseMode()->setChecked(true);
                        recipients->makePassphraseButton()->click();
                        save(&w, QStringLiteral("share-5-recipients-passphrase"));
                        recipients->keysMode()->setChecked(true);
                    }
                    return next(w) && waitUntil([&] {
                               return w.reviewPage()->state() != ReviewPage::State::Preparing;
                           });
                };
                {
                    // Needs no review: sealed at once.
                    std::unique_ptr<ShareWizard> w = wizardFor();
                    if (!toPurpose(*w, ShareScreens::kSealRef, monthly, true)) {
                        out << "share wizard: no Purpose page\n";
                        ++failures;
                    } else {
                        save(w.get(), QStringLiteral("share-3-purpose"));
                        if (!toReview(*w, true)) {
                            out << "share wizard: no Review page\n";
                            ++failures;
                        } else {
                            save(w.get(), QStringLiteral("share-6-review-seal"));
                            w->reviewPage()->sealButton()->click();
                            if (!waitUntil([&] { return w->currentPage() == w->donePage(); })) {
                                out << "share wizard: not sealed: "
                                    << w->reviewPage()->statusLabel()->text() << '\n';
                                ++failures;
                            } else {
                                save(w.get(), QStringLiteral("share-7-done-sealed"));
                            }
                        }
                    }
                }
                {
                    // Needs review: submitted.
                    std::unique_ptr<ShareWizard> w = wizardFor();
                    if (!toPurpose(*w, ShareScreens::kReviewRef, q3, false) ||
                        !toReview(*w, false)) {
                        out << "share wizard (review): no Review page\n";
                        ++failures;
                    } else {
                        save(w.get(), QStringLiteral("share-6-review-submit"));
                        w->reviewPage()->submitButton()->click();
                        if (!waitUntil([&] { return w->currentPage() == w->donePage(); })) {
                            ++failures;
                        } else {
                            save(w.get(), QStringLiteral("share-7-done-submitted"));
                        }
                    }
                }
                {
                    // A blocking finding: the last share under the agreement kept the case
                    // number, the date of birth and the postcode whole, and its rules come
                    // back for this file.
                    redact::RedactionProfile kept =
                        ShareScreens::profile(QString::fromLatin1(ShareScreens::kSealRef));
                    for (redact::ColumnRule& r : kept.rules) {
                        if (r.column == QLatin1String("Case reference") ||
                            r.column == QLatin1String("Date of birth") ||
                            r.column == QLatin1String("Postcode"))
                            r.action = redact::Action::Keep;
                    }
                    Result<agreements::Agreement> a = agreements::AgreementRegister(*wdb).find(
                        QString::fromLatin1(ShareScreens::kSealRef));
                    shares::ShareRecord earlier;
                    earlier.agreementReference = kept.agreement;
                    earlier.agreementVersion = a ? a->version : 0;
                    earlier.agreementHash = a ? a->contentHash : QByteArray();
                    earlier.datasetName = QStringLiteral("prevention-cases-2026-07.csv");
                    earlier.profileJson = CanonicalJson::serialise(kept.toJson());
                    std::unique_ptr<ShareWizard> w = wizardFor();
                    if (!shares::ShareStore(*wdb).createDraft(earlier) ||
                        !toPurpose(*w, ShareScreens::kSealRef, monthly, false)) {
                        out << "share wizard (blocked): no Purpose page\n";
                        ++failures;
                    } else {
                        // Down to the fix buttons ("Drop these columns", "Use the
                        // agreement's minimum").
                        if (auto* area = qobject_cast<QScrollArea*>(
                                w->purposePage()->findChild<QScrollArea*>()))
                            area->ensureWidgetVisible(w->purposePage()->minimumButton());
                        save(w.get(), QStringLiteral("share-3-purpose-blocked"));
                    }
                }
            }
            wdb.reset();
        }
        {
            // "Try it with sample data", as the home screen starts it.
            window.setPracticePathForTesting(shareScreens->dir.filePath(
                QStringLiteral("practice-%1/practice.sqlite").arg(lang)));
            bool shown = false;
            QTimer::singleShot(0, &window, [&] {
                auto* w = qobject_cast<ShareWizard*>(QApplication::activeModalWidget());
                if (!w)
                    return;
                shown = true;
                if (w->agreementPage() && w->agreementPage()->choose(QString::fromLatin1(
                                              shares::practice::AgreementReference))) {
                    save(w, QStringLiteral("practice-agreement"));
                    w->next();
                    if (waitUntil([&] { return w->datasetPage()->isComplete(); }))
                        save(w, QStringLiteral("practice-dataset"));
                    else
                        ++failures;
                } else {
                    ++failures;
                }
                w->reject();
            });
            window.startPractice();
            if (!shown) {
                out << "the practice wizard did not open\n";
                ++failures;
            }
        }
        {
            // The IG lead's review queue: two shares waiting, the older one opened.
            ReviewQueueDialog queue(*shareScreens->reviewerDb, &window);
            queue.setSessionIdentity(shareScreens->reviewer);
            queue.show();
            queue.selectShare(shareScreens->firstPending);
            save(&queue, QStringLiteral("review-queue"));
            queue.showRowsButton()->click();
            if (waitUntil([&] { return queue.rowsTable()->rowCount() > 0; }))
                save(&queue, QStringLiteral("review-queue-rows"));
            else
                ++failures;
            ShareTextDialog sendBack(ShareTextDialog::Kind::SendBack,
                                     QStringLiteral("homelessness-cases-2026-10.csv"), &queue);
            sendBack.textEdit()->setText(
                shareScreens->t("Give the date of application as the month only, as the "
                                "agreement asks.",
                                "Rhowch y mis yn unig ar gyfer dyddiad y cais, fel y mae'r "
                                "cytundeb yn ei ofyn."));
            save(&sendBack, QStringLiteral("review-send-back"));
        }
        {
            // The history's Shares tab: every state, the received one opened.
            HistoryDialog history(*shareScreens->db, &window);
            history.resize(1000, 820);
            history.show();
            history.sharesPanel()->selectShare(shareScreens->received);
            save(&history, QStringLiteral("history-shares"));
            // Its audit trail, at the end of the record.
            QTextBrowser* record = history.sharesPanel()->detailView();
            record->moveCursor(QTextCursor::End);
            record->find(QCoreApplication::translate("sharewise::ui::SharesPanel", "Audit trail"),
                         QTextDocument::FindBackward);
            QTextCursor at = record->textCursor();
            at.clearSelection();
            record->setTextCursor(at);
            save(&history, QStringLiteral("history-audit-trail"));
            // Everything recorded, checked.
            history.tabs()->setCurrentIndex(1);
            history.verify();
            save(&history, QStringLiteral("history-checked"));
            history.tabs()->setCurrentIndex(0);
            ShareTextDialog route(ShareTextDialog::Kind::Route,
                                  QStringLiteral("homelessness-cases-2026-q3-corrected.csv"),
                                  &history);
            route.textEdit()->setText(shareScreens->t("Welsh Government secure file transfer",
                                                      "Gwasanaeth trosglwyddo ffeiliau diogel "
                                                      "Llywodraeth Cymru"));
            save(&route, QStringLiteral("history-mark-sent"));
            // Reporting a problem with the sent share: the 72 hours and who decides.
            IncidentDialog incident(*shareScreens->db, shareScreens->sent,
                                    QStringLiteral("homelessness-cases-2026-q3-corrected.csv"),
                                    &history);
            incident.show();
            save(&incident, QStringLiteral("incident"));
            incident.kindBox()->setCurrentIndex(
                incident.kindBox()->findData(static_cast<int>(shares::IncidentKind::TooMuchData)));
            incident.descriptionEdit()->setPlainText(
                shareScreens->t("The file still had the Conwy pilot cases in it; the Welsh "
                                "Government told us on the phone.",
                                "Roedd achosion peilot Conwy yn dal yn y ffeil; dywedodd "
                                "Llywodraeth Cymru wrthym dros y ffôn."));
            incident.report();
            save(&incident, QStringLiteral("incident-reported"));
        }
        {
            // Outputs returned: one overdue, one back; then the agreement's side by side.
            OutputsDialog outputs(*shareScreens->db, &window);
            outputs.show();
            save(&outputs, QStringLiteral("outputs"));
            outputs.showAgreement(QString::fromLatin1(ShareScreens::kReviewRef));
            save(&outputs, QStringLiteral("outputs-agreement"));
            // Recording what came back.
            RecordOutputDialog record(*shareScreens->db,
                                      QString::fromLatin1(ShareScreens::kReviewRef), QString(),
                                      &outputs);
            save(&record, QStringLiteral("outputs-record"));
        }
        opened(keys.bundle, QStringLiteral("open-bundle"));
        opened(keys.strangerBundle, QStringLiteral("open-bundle-unknown-sender"));
        opened(keys.passphraseBundle, QStringLiteral("open-bundle-passphrase"));
        opened(keys.damagedBundle, QStringLiteral("open-bundle-problem"));
        opened(keys.fileBundle, QStringLiteral("open-bundle-identity-file"), keys.fileDb.get());
    }
    if (audit)
        out << "accessibility audit: " << auditProblems << " problem(s)\n";
    return failures == 0 && auditProblems == 0 ? 0 : 1;
}
