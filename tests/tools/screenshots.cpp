// Renders every main screen to PNG, in English and Welsh, for review:
//   sharewise-screenshots <folder> <scale-percent>
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
#include "bundle/BundleWriter.h"
#include "common/AppSettings.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "history/HistoryDialog.h"
#include "identity/IdentityDialog.h"
#include "keys/AgreementKeys.h"
#include "keys/AgreementKeysDialog.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyActionDialogs.h"
#include "open/OpenBundleDialog.h"
#include "recipients/AddRecipientDialog.h"
#include "recipients/RecipientsDialog.h"
#include "secrets/IdentityFile.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OwnIdentities.h"
#include "settings/SettingsDialog.h"
#include "share/AgreementPage.h"
#include "share/DatasetPage.h"
#include "share/RedactPage.h"
#include "share/RedactPreviewModel.h"
#include "share/ShareWizard.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "tools/gen_casefile.h"
#include "widgets/Dialogs.h"
#include "widgets/WidgetRenderer.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

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
        if (!reg.create(draft.value(), QStringLiteral("Made from a template")))
            return false;
        if (n == 22)
            break;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Sharewise"));
    QApplication::setApplicationName(QStringLiteral("Sharewise"));
    crypto::initialise();
    const QStringList args = QApplication::arguments();
    const QString folder = args.value(1, QStringLiteral("screenshots"));
    const QString scale = args.value(2, QStringLiteral("100"));
    QDir().mkpath(folder);
    QTextStream out(stdout);

    AppSettings settings;
    settings.setOrganisationName(
        QStringLiteral("Cyngor Sir Ddinbych / Denbighshire County Council"));
    settings.sync();

    int failures = 0;
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
            const QString file =
                QDir(folder).filePath(QStringLiteral("%1-%2-%3.png").arg(name, lang, scale));
            if (WidgetRenderer::renderToPng(w, file)) {
                out << file << '\n';
            } else {
                ++failures;
            }
        };
        MainWindow window;
        window.show();
        save(&window, QStringLiteral("home"));
        SettingsDialog settingsDialog(window.settings(), &window);
        save(&settingsDialog, QStringLiteral("settings"));
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
        opened(keys.bundle, QStringLiteral("open-bundle"));
        opened(keys.strangerBundle, QStringLiteral("open-bundle-unknown-sender"));
        opened(keys.passphraseBundle, QStringLiteral("open-bundle-passphrase"));
        opened(keys.damagedBundle, QStringLiteral("open-bundle-problem"));
        opened(keys.fileBundle, QStringLiteral("open-bundle-identity-file"), keys.fileDb.get());
    }
    return failures == 0 ? 0 : 1;
}
