#include "MainWindow.h"
#include "bundle/BundleFormat.h"
#include "bundle/BundleWriter.h"
#include "bundle/Receipt.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "open/OpenBundleDialog.h"
#include "secrets/IdentityFile.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OwnIdentities.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sharewise;
using namespace sharewise::ui;
using sharewise::secrets::MemorySecretStore;

namespace {
const QByteArray kData = QByteArrayLiteral("case,age\n1,34\n2,51\n3,27\n");
}

class TestOpenBundleDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensAndSavesDataAndReceipt();
    void tamperedBundleWritesNothing();
    void unknownSenderShowsTheFingerprint();
    void revokedSenderIsRefused();
    void passphraseBundleAsksForIt();
    void noIdentityIsExplained();
    void retiredIdentityStillOpensOldBundles();
    void cancelStopsAndWritesNothing();
    void reachableFromTheMainWindow_data();
    void reachableFromTheMainWindow();
    void keyBundleOpensWithTheIdentityFile();
    void identityNotInTheStoreOpensWithAFile();
    void sessionIdentityIsNotAskedForAgain();
    void openingFromTheMainWindowSignsTheAuditLog();

private:
    crypto::KeyCard makeMyIdentity();
    // An identity kept in a protected file (made with the command line or the identity
    // screen), recorded as current when `record`.
    QString makeMyIdentityFile(const QString& passphrase, bool record = true);
    std::optional<crypto::Identity> m_meInFile;
    QString seal(const crypto::Identity& sender, const QString& name,
                 std::optional<QString> passphrase = std::nullopt, const QByteArray& data = kData);
    QStringList filesInFolder() const;

    QTemporaryDir m_dir;
    QString m_folder; // this test's bundles and outputs
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_store;
    std::optional<crypto::KeyCard> m_me;
    crypto::Identity m_sender;
};

void TestOpenBundleDialog::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
    m_sender = crypto::Identity::generate(QStringLiteral("Name Inside The Bundle"));
}

void TestOpenBundleDialog::init()
{
    static int n = 0;
    ++n;
    m_folder = m_dir.filePath(QStringLiteral("t%1").arg(n));
    QVERIFY(QDir().mkpath(m_folder));
    m_db = test::openHistory(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(n)));
    QVERIFY(m_db);
    m_store = std::make_unique<MemorySecretStore>();
    m_me.reset();
    Translations::apply(QStringLiteral("en"));
}

void TestOpenBundleDialog::cleanup()
{
    m_db.reset();
    m_store.reset();
}

crypto::KeyCard TestOpenBundleDialog::makeMyIdentity()
{
    // The same way the identity screen makes one: in the store, recorded as current.
    secrets::OwnIdentities identities(*m_store);
    std::optional<crypto::KeyCard> card;
    identities.create(QStringLiteral("Siân Evans, Gwynedd Council"), nullptr,
                      [&card](Result<crypto::Identity> id, secrets::SecretProblem) {
                          if (id)
                              card = id->card();
                      });
    if (!QTest::qWaitFor([&] { return card.has_value(); }, 5000))
        qFatal("identity not created");
    if (!OwnIdentityRecords(*m_db).addCurrent(*card, QStringLiteral("keychain"), QString()))
        qFatal("identity not recorded");
    m_me = card;
    return *card;
}

QString TestOpenBundleDialog::makeMyIdentityFile(const QString& passphrase, bool record)
{
    m_meInFile = crypto::Identity::generate(QStringLiteral("Siân Evans, Gwynedd Council"));
    const QString file = QDir(m_folder).filePath(QStringLiteral("me.swid"));
    QFile::remove(file);
    const Status written = secrets::IdentityFile::write(
        file, *m_meInFile, secrets::IdentityFile::passphrase(passphrase),
        secrets::PassphraseLimits::interactive());
    if (!written)
        qFatal("identity file not written: %s", qPrintable(written.error().message));
    if (record &&
        !OwnIdentityRecords(*m_db).addCurrent(m_meInFile->card(), QStringLiteral("file"), file))
        qFatal("identity not recorded");
    m_me = m_meInFile->card();
    return file;
}

QString TestOpenBundleDialog::seal(const crypto::Identity& sender, const QString& name,
                                   std::optional<QString> passphrase, const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    bundle::SealParams p;
    p.sender = &sender;
    if (passphrase) {
        p.passphrase = secrets::IdentityFile::passphrase(*passphrase);
        p.opsLimit = bundle::kMinOpsLimit;
        p.memLimit = bundle::kMinMemLimit;
    } else {
        p.recipients = {*m_me};
    }
    p.dataName = QStringLiteral("../../evil-name-from-inside.csv");
    p.rowCount = 3;
    const QString path = QDir(m_folder).filePath(name);
    Result<bundle::SealResult> r = bundle::BundleWriter::seal(buffer, path, p);
    if (!r)
        qFatal("seal failed: %s", qPrintable(r.error().message));
    return path;
}

QStringList TestOpenBundleDialog::filesInFolder() const
{
    return QDir(m_folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void TestOpenBundleDialog::opensAndSavesDataAndReceipt()
{
    makeMyIdentity();
    RecipientsDirectory directory(*m_db);
    QVERIFY(directory.add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                          QStringLiteral("Dafydd Jones"), false));
    QVERIFY(directory.markVerified(m_sender.card().fingerprint(), QStringLiteral("phone")));
    const QString path = seal(m_sender, QStringLiteral("housing-return.swb"));

    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(path);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Opened);
    const QString summary = d.summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("Dafydd Jones, Gwynedd Council")), qPrintable(summary));
    QVERIFY(!summary.contains(QLatin1String("Name Inside The Bundle")));
    QVERIFY(summary.contains(QLatin1String("3 rows of data")));
    QVERIFY(summary.contains(QLatin1String("intact and genuine")));
    QVERIFY(summary.contains(QLatin1String("checked by phone")));
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("housing-return.swb")}); // nothing yet

    // Recorded as received.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bundles WHERE direction = 'received'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();

    // Names come from the bundle's file, never from inside it.
    QCOMPARE(d.suggestedDataPath(), QDir(m_folder).filePath(QStringLiteral("housing-return.csv")));
    QCOMPARE(d.suggestedReceiptPath(),
             QDir(m_folder).filePath(QStringLiteral("housing-return.receipt.json")));

    const QString out = d.suggestedDataPath();
    Dialogs::setNextFileNameForTesting(out);
    QTest::mouseClick(d.saveDataButton(), Qt::LeftButton);
    QTRY_VERIFY(!d.isWorking());
    QCOMPARE(d.page(), OpenBundleDialog::Page::Opened);
    QVERIFY2(!d.errorSummary()->hasProblems(),
             qPrintable(d.errorSummary()->problems().join(QLatin1Char('\n'))));
    QFile data(out);
    QVERIFY(data.open(QIODevice::ReadOnly));
    QCOMPARE(data.readAll(), kData);
    QVERIFY(d.statusLabel()->text().contains(QDir::toNativeSeparators(out)));

    const QString receiptFile = d.suggestedReceiptPath();
    Dialogs::setNextFileNameForTesting(receiptFile);
    QTest::mouseClick(d.saveReceiptButton(), Qt::LeftButton);
    QFile rf(receiptFile);
    QVERIFY(rf.open(QIODevice::ReadOnly));
    Result<bundle::Receipt> receipt = bundle::Receipt::fromJson(rf.readAll());
    QVERIFY(receipt);
    QVERIFY(receipt->signatureChecks());
    QCOMPARE(receipt->recipient.fingerprint(), m_me->fingerprint());
    QCOMPARE(receipt->bundleId, d.opened()->bundleId);
    QCOMPARE(filesInFolder(), (QStringList{QStringLiteral("housing-return.csv"),
                                           QStringLiteral("housing-return.receipt.json"),
                                           QStringLiteral("housing-return.swb")}));
}

void TestOpenBundleDialog::tamperedBundleWritesNothing()
{
    makeMyIdentity();
    QVERIFY(RecipientsDirectory(*m_db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                           QStringLiteral("Dafydd Jones"), false));
    const QString path = seal(m_sender, QStringLiteral("tampered.swb"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() - 40] = static_cast<char>(bytes.at(bytes.size() - 40) ^ 0x01);
    QVERIFY(f.seek(0));
    f.write(bytes);
    f.close();

    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(path);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Problem);
    QVERIFY2(d.problemLabel()->text().contains(QLatin1String("altered")),
             qPrintable(d.problemLabel()->text()));
    QVERIFY(!d.opened());
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("tampered.swb")});
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bundles")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestOpenBundleDialog::unknownSenderShowsTheFingerprint()
{
    makeMyIdentity();
    const QString path = seal(m_sender, QStringLiteral("stranger.swb"));
    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(path);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::UnknownSender);
    QCOMPARE(d.senderFingerprintLabel()->text(), m_sender.card().fingerprint());
    QVERIFY(!d.opened());

    // Not ticked: a problem, nothing opened.
    QTest::mouseClick(d.senderAcceptButton(), Qt::LeftButton);
    QCOMPARE(d.page(), OpenBundleDialog::Page::UnknownSender);
    QVERIFY(d.errorSummary()->problems().size() >= 1);

    d.senderCheckedBox()->setChecked(true);
    QVERIFY(d.addSenderBox()->isChecked());
    QTest::keyClicks(d.senderOrganisationEdit(), QStringLiteral("Cyngor Gwynedd"));
    QTest::keyClicks(d.senderPersonEdit(), QStringLiteral("Dafydd Jones"));
    QTest::mouseClick(d.senderAcceptButton(), Qt::LeftButton);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Opened);
    QVERIFY(d.summaryLabel()->text().contains(QLatin1String("Dafydd Jones, Cyngor Gwynedd")));
    std::optional<RecipientKey> added =
        RecipientsDirectory(*m_db).bySigningKey(m_sender.card().signingKey);
    QVERIFY(added);
    QVERIFY(added->isVerified());
}

void TestOpenBundleDialog::revokedSenderIsRefused()
{
    makeMyIdentity();
    RecipientsDirectory directory(*m_db);
    QVERIFY(directory.add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                          QStringLiteral("Dafydd Jones"), false));
    QVERIFY(directory.revoke(m_sender.card().fingerprint(), QStringLiteral("Laptop stolen")));
    const QString path = seal(m_sender, QStringLiteral("revoked.swb"));
    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(path);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Problem);
    QVERIFY2(d.problemLabel()->text().contains(QLatin1String("revoked")) &&
                 d.problemLabel()->text().contains(QLatin1String("Laptop stolen")),
             qPrintable(d.problemLabel()->text()));
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("revoked.swb")});
}

void TestOpenBundleDialog::passphraseBundleAsksForIt()
{
    makeMyIdentity();
    QVERIFY(RecipientsDirectory(*m_db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                           QStringLiteral("Dafydd Jones"), false));
    const QString path =
        seal(m_sender, QStringLiteral("pass.swb"), QStringLiteral("purple elephant sunrise"));
    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(path);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Passphrase);
    QCOMPARE(d.passphraseEdit()->echoMode(), QLineEdit::Password);

    QTest::keyClicks(d.passphraseEdit(), QStringLiteral("wrong guess"));
    QTest::mouseClick(d.passphraseOpenButton(), Qt::LeftButton);
    QVERIFY(d.passphraseEdit()->text().isEmpty()); // cleared at once
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Problem);
    QVERIFY(d.problemLabel()->text().contains(QLatin1String("passphrase")));
    auto* tryAgain = d.findChild<QPushButton*>(QStringLiteral("tryAnotherPassphrase"));
    QVERIFY(tryAgain && tryAgain->isVisible());
    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QCOMPARE(d.page(), OpenBundleDialog::Page::Passphrase);

    QTest::keyClicks(d.passphraseEdit(), QStringLiteral("purple elephant sunrise"));
    QTest::keyClick(d.passphraseEdit(), Qt::Key_Return);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Opened);
    QVERIFY(d.summaryLabel()->text().contains(QLatin1String("passphrase")));
    QVERIFY(d.saveReceiptButton()->isEnabled()); // the identity is there for the receipt
}

void TestOpenBundleDialog::noIdentityIsExplained()
{
    const crypto::Identity someone = crypto::Identity::generate(QStringLiteral("Someone"));
    m_me = someone.card();
    const QString path = seal(m_sender, QStringLiteral("not-for-me.swb"));
    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(path);
    // Only an identity file made elsewhere could open it: offered, with where to make
    // an identity otherwise.
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::IdentityFile);
    QVERIFY2(d.identityFileIntroLabel()->text().contains(QLatin1String("My identity")),
             qPrintable(d.identityFileIntroLabel()->text()));
    QVERIFY(d.identityFileLabel()->text().contains(QLatin1String("No file chosen")));
    QTest::mouseClick(d.identityFileOpenButton(), Qt::LeftButton);
    QCOMPARE(d.errorSummary()->problems(),
             (QStringList{QStringLiteral("Choose your identity file"),
                          QStringLiteral("Enter the passphrase of your identity file")}));
    QCOMPARE(d.page(), OpenBundleDialog::Page::IdentityFile);
    QCOMPARE(filesInFolder(), QStringList{QStringLiteral("not-for-me.swb")});
}

void TestOpenBundleDialog::retiredIdentityStillOpensOldBundles()
{
    const crypto::KeyCard old = makeMyIdentity();
    QVERIFY(RecipientsDirectory(*m_db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                           QStringLiteral("Dafydd Jones"), false));
    const QString oldBundle = seal(m_sender, QStringLiteral("before-replacing.swb"));
    const crypto::KeyCard replacement = makeMyIdentity(); // the old one is retired
    QVERIFY(replacement.fingerprint() != old.fingerprint());
    QVERIFY(OwnIdentityRecords(*m_db).current()->fingerprint == replacement.fingerprint());

    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(oldBundle);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Opened);
    // The receipt is signed by the identity the bundle was sent to.
    const QString receiptFile = d.suggestedReceiptPath();
    Dialogs::setNextFileNameForTesting(receiptFile);
    QTest::mouseClick(d.saveReceiptButton(), Qt::LeftButton);
    QFile rf(receiptFile);
    QVERIFY(rf.open(QIODevice::ReadOnly));
    Result<bundle::Receipt> receipt = bundle::Receipt::fromJson(rf.readAll());
    QVERIFY(receipt && receipt->signatureChecks());
    QCOMPARE(receipt->recipient.fingerprint(), old.fingerprint());

    // A bundle for someone else entirely still says so, naming the current identity.
    const crypto::Identity other = crypto::Identity::generate(QStringLiteral("Other"));
    m_me = other.card();
    const QString notMine = seal(m_sender, QStringLiteral("not-mine.swb"));
    d.openFile(notMine);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Problem);
    QVERIFY2(d.problemLabel()->text().contains(replacement.fingerprint()),
             qPrintable(d.problemLabel()->text()));
}

void TestOpenBundleDialog::cancelStopsAndWritesNothing()
{
    makeMyIdentity();
    QVERIFY(RecipientsDirectory(*m_db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                           QStringLiteral("Dafydd Jones"), false));
    QByteArray big;
    big.reserve(48 << 20);
    while (big.size() < (48 << 20))
        big += "row,with,some,values,in,it,to,make,the,bundle,large\n";
    const QString path = seal(m_sender, QStringLiteral("big.swb"), std::nullopt, big);

    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(d.page() == OpenBundleDialog::Page::Opened, 60000);

    // Cancelling a save goes back to the summary, and leaves no file.
    const QString out = d.suggestedDataPath();
    Dialogs::setNextFileNameForTesting(out);
    QTest::mouseClick(d.saveDataButton(), Qt::LeftButton);
    QVERIFY(d.isWorking());
    QCOMPARE(d.page(), OpenBundleDialog::Page::Working);
    QVERIFY(d.cancelButton()->isVisible());
    QTest::mouseClick(d.cancelButton(), Qt::LeftButton);
    QCOMPARE(d.page(), OpenBundleDialog::Page::Opened);
    QVERIFY(d.statusLabel()->text().contains(QLatin1String("cancelled")));
    QVERIFY(!QFile::exists(out));
    // The job stops at its next check and removes its temporary file.
    QTRY_COMPARE_WITH_TIMEOUT(filesInFolder(), QStringList{QStringLiteral("big.swb")}, 60000);

    // Cancelling while opening closes the window.
    d.openFile(path);
    QTRY_VERIFY(d.isWorking());
    QTest::mouseClick(d.cancelButton(), Qt::LeftButton);
    QVERIFY(!d.isVisible());
    QVERIFY(!d.isWorking());
}

void TestOpenBundleDialog::reachableFromTheMainWindow_data()
{
    QTest::addColumn<bool>("fromTheMenu");
    QTest::newRow("File, Open bundle") << true;
    // A bundle opened from the desktop (the .swb association) comes as an argument.
    QTest::newRow("opened from the desktop") << false;
}

void TestOpenBundleDialog::reachableFromTheMainWindow()
{
    QFETCH(bool, fromTheMenu);
    {
        AppSettings settings;
        settings.setDatabasePath(m_dir.filePath(QStringLiteral("main.sqlite")));
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
    }
    MainWindow window;
    window.setSecretStore(std::make_unique<MemorySecretStore>());
    QVERIFY(window.database());
    // The window's own history and store, as the menu uses them.
    Database& db = *window.database();
    {
        secrets::OwnIdentities identities(window.secretStore());
        std::optional<crypto::KeyCard> card;
        identities.create(QStringLiteral("Sian Evans"), nullptr,
                          [&card](Result<crypto::Identity> id, secrets::SecretProblem) {
                              if (id)
                                  card = id->card();
                          });
        QTRY_VERIFY(card.has_value());
        QVERIFY(OwnIdentityRecords(db).addCurrent(*card, QStringLiteral("keychain"), QString()));
        m_me = card;
    }
    QVERIFY(RecipientsDirectory(db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                        QStringLiteral("Dafydd Jones"), false));
    const QString path = seal(m_sender, QStringLiteral("from-menu.swb"));

    QString summary;
    auto* timer = new QTimer(this);
    timer->setInterval(20);
    QDeadlineTimer deadline(20'000); // never leave the window waiting for ever
    connect(timer, &QTimer::timeout, this, [timer, &summary, deadline] {
        auto* d = qobject_cast<OpenBundleDialog*>(QApplication::activeModalWidget());
        if (!d || (d->page() != OpenBundleDialog::Page::Opened && !deadline.hasExpired()))
            return;
        timer->stop();
        timer->deleteLater();
        summary = d->summaryLabel()->text();
        d->reject();
    });
    timer->start();
    if (fromTheMenu) {
        auto* action = window.findChild<QAction*>(QStringLiteral("openBundleAction"));
        QVERIFY(action);
        Dialogs::setNextFileNameForTesting(path);
        action->trigger(); // returns when the dialog closes
    } else {
        window.openBundleFile(path);
    }
    QVERIFY2(summary.contains(QLatin1String("Dafydd Jones, Gwynedd Council")), qPrintable(summary));
}

void TestOpenBundleDialog::keyBundleOpensWithTheIdentityFile()
{
    const QString file = makeMyIdentityFile(QStringLiteral("my identity passphrase"));
    QVERIFY(RecipientsDirectory(*m_db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                           QStringLiteral("Dafydd Jones"), false));
    const QString path = seal(m_sender, QStringLiteral("for-my-file.swb"));
    OpenBundleDialog d(*m_db, *m_store);
    QSignalSpy loaded(&d, &OpenBundleDialog::identityLoaded);
    d.show();
    d.openFile(path);
    // The file the history names is asked for; the store is not.
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::IdentityFile);
    QCOMPARE(d.identityFileLabel()->text(), QDir::toNativeSeparators(file));
    QVERIFY(d.identityFileIntroLabel()->text().contains(QLatin1String("protected file")));
    QCOMPARE(d.identityPassphraseEdit()->echoMode(), QLineEdit::Password);

    QTest::keyClicks(d.identityPassphraseEdit(), QStringLiteral("not my passphrase"));
    QTest::mouseClick(d.identityFileOpenButton(), Qt::LeftButton);
    QVERIFY(d.identityPassphraseEdit()->text().isEmpty()); // cleared at once
    QCOMPARE(d.page(), OpenBundleDialog::Page::Working);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::IdentityFile);
    QCOMPARE(d.errorSummary()->problems().size(), 1);
    QVERIFY(!d.opened());
    QCOMPARE(loaded.count(), 0);

    QTest::keyClicks(d.identityPassphraseEdit(), QStringLiteral("my identity passphrase"));
    QTest::keyClick(d.identityPassphraseEdit(), Qt::Key_Return);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Opened);
    QVERIFY(d.summaryLabel()->text().contains(QLatin1String("encrypted for you")));
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<std::shared_ptr<const crypto::Identity>>()->card(),
             m_meInFile->card());
    QCOMPARE(m_store->size(), 0);

    // The receipt is signed by the identity from the file.
    QVERIFY(d.saveReceiptButton()->isEnabled());
    const QString receiptFile = d.suggestedReceiptPath();
    Dialogs::setNextFileNameForTesting(receiptFile);
    QTest::mouseClick(d.saveReceiptButton(), Qt::LeftButton);
    QFile rf(receiptFile);
    QVERIFY(rf.open(QIODevice::ReadOnly));
    Result<bundle::Receipt> receipt = bundle::Receipt::fromJson(rf.readAll());
    QVERIFY(receipt && receipt->signatureChecks());
    QCOMPARE(receipt->recipient.fingerprint(), m_meInFile->card().fingerprint());
}

void TestOpenBundleDialog::identityNotInTheStoreOpensWithAFile()
{
    // Recorded as in the store, which has no backend here; the user has a backup file.
    const QString backup = makeMyIdentityFile(QStringLiteral("backup passphrase"), false);
    QVERIFY(OwnIdentityRecords(*m_db).addCurrent(*m_me, QStringLiteral("keychain"), QString()));
    m_store->simulateProblem(secrets::SecretProblem::NoBackendAvailable);
    QVERIFY(RecipientsDirectory(*m_db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                           QStringLiteral("Dafydd Jones"), false));
    const QString path = seal(m_sender, QStringLiteral("store-gone.swb"));
    OpenBundleDialog d(*m_db, *m_store);
    d.show();
    d.openFile(path);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::IdentityFile);
    const QString intro = d.identityFileIntroLabel()->text();
    QVERIFY2(
        intro.contains(
            secrets::SecretStore::errorFor(secrets::SecretProblem::NoBackendAvailable).message),
        qPrintable(intro));
    Dialogs::setNextFileNameForTesting(backup);
    QTest::mouseClick(d.chooseIdentityFileButton(), Qt::LeftButton);
    QCOMPARE(d.identityFileLabel()->text(), QDir::toNativeSeparators(backup));
    QTest::keyClicks(d.identityPassphraseEdit(), QStringLiteral("backup passphrase"));
    QTest::mouseClick(d.identityFileOpenButton(), Qt::LeftButton);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Opened);

    // A passphrase bundle still opens without asking for the identity.
    const QString passBundle =
        seal(m_sender, QStringLiteral("pass.swb"), QStringLiteral("purple elephant sunrise"));
    d.openFile(passBundle);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Passphrase);
}

void TestOpenBundleDialog::sessionIdentityIsNotAskedForAgain()
{
    makeMyIdentityFile(QStringLiteral("my identity passphrase"));
    QVERIFY(RecipientsDirectory(*m_db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                           QStringLiteral("Dafydd Jones"), false));
    const QString path = seal(m_sender, QStringLiteral("again.swb"));
    Result<crypto::Identity> unlocked =
        secrets::IdentityFile::read(QDir(m_folder).filePath(QStringLiteral("me.swid")),
                                    secrets::IdentityFile::passphrase(u"my identity passphrase"));
    QVERIFY(unlocked);
    OpenBundleDialog d(*m_db, *m_store);
    d.setSessionIdentity(std::make_shared<const crypto::Identity>(std::move(unlocked).value()));
    d.show();
    d.openFile(path);
    QTRY_COMPARE(d.page(), OpenBundleDialog::Page::Opened);
    QVERIFY(d.saveReceiptButton()->isEnabled());

    // Someone else's identity held for the session is not used in place of the current one.
    OpenBundleDialog other(*m_db, *m_store);
    other.setSessionIdentity(std::make_shared<const crypto::Identity>(
        crypto::Identity::generate(QStringLiteral("Other"))));
    other.show();
    other.openFile(path);
    QTRY_COMPARE(other.page(), OpenBundleDialog::Page::IdentityFile);
}

void TestOpenBundleDialog::openingFromTheMainWindowSignsTheAuditLog()
{
    {
        AppSettings settings;
        settings.setDatabasePath(m_dir.filePath(QStringLiteral("signed.sqlite")));
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
    }
    MainWindow window;
    window.setSecretStore(std::make_unique<MemorySecretStore>());
    QVERIFY(window.database());
    Database& db = *window.database();
    // The identity is in a file, recorded in the window's history; nothing holds it yet.
    m_meInFile = crypto::Identity::generate(QStringLiteral("Sian Evans"));
    m_me = m_meInFile->card();
    const QString file = QDir(m_folder).filePath(QStringLiteral("mine.swid"));
    QVERIFY(secrets::IdentityFile::write(file, *m_meInFile,
                                         secrets::IdentityFile::passphrase(u"window passphrase"),
                                         secrets::PassphraseLimits::interactive()));
    QVERIFY(OwnIdentityRecords(db).addCurrent(*m_me, QStringLiteral("file"), file));
    window.reloadIdentity();
    QVERIFY(!window.currentIdentity());
    QVERIFY(!db.signer());
    QVERIFY(RecipientsDirectory(db).add(m_sender.card(), QStringLiteral("Gwynedd Council"),
                                        QStringLiteral("Dafydd Jones"), false));
    const QString path = seal(m_sender, QStringLiteral("signed.swb"));
    QCOMPARE(db.audit().verify().signedHeads, 0);

    bool opened = false;
    auto* timer = new QTimer(this);
    timer->setInterval(20);
    QDeadlineTimer deadline(20'000);
    connect(timer, &QTimer::timeout, this, [timer, &opened, deadline] {
        auto* d = qobject_cast<OpenBundleDialog*>(QApplication::activeModalWidget());
        if (!d)
            return;
        if (d->page() == OpenBundleDialog::Page::IdentityFile &&
            d->identityPassphraseEdit()->text().isEmpty()) {
            QTest::keyClicks(d->identityPassphraseEdit(), QStringLiteral("window passphrase"));
            QTest::mouseClick(d->identityFileOpenButton(), Qt::LeftButton);
            return;
        }
        if (d->page() != OpenBundleDialog::Page::Opened && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        opened = d->page() == OpenBundleDialog::Page::Opened;
        d->reject();
    });
    timer->start();
    Dialogs::setNextFileNameForTesting(path);
    window.findChild<QAction*>(QStringLiteral("openBundleAction"))->trigger();
    QVERIFY(opened);

    // The window holds the identity now; the bundle's audit entry has a signed head.
    QVERIFY(window.currentIdentity());
    QCOMPARE(window.currentIdentity()->card(), *m_me);
    QCOMPARE(db.signer(), window.currentIdentity().get());
    const AuditVerification v = db.audit().verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.signedHeads, 1);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT signer_key FROM audit_heads")) && q.next());
    QCOMPARE(q.value(0).toByteArray(), m_me->signingKey);
}

QTEST_MAIN(TestOpenBundleDialog)
#include "tst_openbundledialog.moc"
