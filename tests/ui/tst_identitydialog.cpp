#include "MainWindow.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "identity/IdentityDialog.h"
#include "recipients/RecipientsDialog.h"
#include "secrets/IdentityFile.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/OwnIdentities.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sharewise;
using namespace sharewise::ui;
using sharewise::secrets::IdentityFile;
using sharewise::secrets::MemorySecretStore;
using sharewise::secrets::OwnIdentities;

class TestIdentityDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void explainsAndCreates();
    void emptyNameIsAProblem();
    void storeProblemIsShownInPlainWords();
    void keyCardIsCopiedAndSaved();
    void backupOpensWithTheSamePassphrase();
    void backupRefusesShortOrDifferentPassphrases();
    void replaceKeepsTheOldOneRetired();
    void fileIdentityIsShownWithoutBackup();
    void noStoreOffersAProtectedFile();
    void protectedFileNeedsANameAndTwoSamePassphrases();
    void strengthHintFollowsThePassphrase();
    void existingIdentityFileBecomesMine();
    void fileIdentityIsUnlockedForTheSession();
    void otherIdentityFilesAskOrAreRefused();
    void fieldsHaveNamesAndBuddies();
    void reachableFromTheMenuAndSettings();

private:
    void create(IdentityDialog& d, const QString& name);
    QString writeIdentityFile(const crypto::Identity& identity, const QString& name,
                              const QString& passphrase);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_store;
};

void TestIdentityDialog::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
}

void TestIdentityDialog::init()
{
    static int n = 0;
    m_db = test::openHistory(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++n)));
    QVERIFY(m_db);
    m_store = std::make_unique<MemorySecretStore>();
    Translations::apply(QStringLiteral("en"));
}

void TestIdentityDialog::cleanup()
{
    m_db.reset();
    m_store.reset();
}

void TestIdentityDialog::create(IdentityDialog& d, const QString& name)
{
    d.nameEdit()->clear();
    // keyClicks types ASCII only; the names here are.
    QTest::keyClicks(d.nameEdit(), name);
    QTest::mouseClick(d.createButton(), Qt::LeftButton);
    QTRY_VERIFY(!d.isBusy());
}

QString TestIdentityDialog::writeIdentityFile(const crypto::Identity& identity, const QString& name,
                                              const QString& passphrase)
{
    const QString file = m_dir.filePath(name);
    QFile::remove(file);
    const Status written = IdentityFile::write(file, identity, IdentityFile::passphrase(passphrase),
                                               secrets::PassphraseLimits::interactive());
    if (!written)
        qFatal("identity file not written: %s", qPrintable(written.error().message));
    return file;
}

void TestIdentityDialog::explainsAndCreates()
{
    IdentityDialog d(*m_db, *m_store);
    d.show();
    QCOMPARE(d.page(), IdentityDialog::Page::Create);
    bool explained = false;
    for (QLabel* l : d.findChildren<QLabel*>())
        explained |= l->text().contains(QLatin1String("lets partners check that bundles really "
                                                      "come from you"));
    QVERIFY(explained);

    create(d, QStringLiteral("Sian Evans, Gwynedd Council"));
    QTRY_COMPARE(d.page(), IdentityDialog::Page::Current);
    QVERIFY(!d.errorSummary()->hasProblems());
    const QString shown = d.fingerprintLabel()->text();
    QCOMPARE(shown.size(), 26 + 6); // seven groups of four (the last of two), with spaces
    QCOMPARE(d.nameLabel()->text(), QStringLiteral("Sian Evans, Gwynedd Council"));
    QVERIFY(d.fingerprintLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);

    Result<OwnIdentityRecord> current = OwnIdentityRecords(*m_db).current();
    QVERIFY(current);
    QCOMPARE(current->fingerprint, shown);
    QCOMPARE(current->storage, QStringLiteral("keychain"));
    QVERIFY(m_store->contains(OwnIdentities::keyFor(shown)));

    // A dialog opened later shows the same identity at once.
    IdentityDialog again(*m_db, *m_store);
    QCOMPARE(again.page(), IdentityDialog::Page::Current);
    QCOMPARE(again.fingerprintLabel()->text(), shown);
}

void TestIdentityDialog::emptyNameIsAProblem()
{
    IdentityDialog d(*m_db, *m_store);
    d.show();
    QTest::mouseClick(d.createButton(), Qt::LeftButton);
    QVERIFY(d.errorSummary()->isVisible());
    QVERIFY(d.errorSummary()->problems().first().startsWith(QLatin1String("Enter your name")));
    QCOMPARE(m_store->size(), 0);
    QVERIFY(!OwnIdentityRecords(*m_db).current());
}

void TestIdentityDialog::storeProblemIsShownInPlainWords()
{
    m_store->simulateProblem(secrets::SecretProblem::NoBackendAvailable);
    IdentityDialog d(*m_db, *m_store);
    d.show();
    create(d, QStringLiteral("Alex Morgan, Anytown Council"));
    QCOMPARE(d.page(), IdentityDialog::Page::Create);
    QCOMPARE(
        d.errorSummary()->problems(),
        QStringList{
            secrets::SecretStore::errorFor(secrets::SecretProblem::NoBackendAvailable).message});
    QVERIFY(!OwnIdentityRecords(*m_db).current());
}

void TestIdentityDialog::keyCardIsCopiedAndSaved()
{
    IdentityDialog d(*m_db, *m_store);
    d.show();
    create(d, QStringLiteral("Sian Evans, Gwynedd Council"));
    QTRY_COMPARE(d.page(), IdentityDialog::Page::Current);

    QApplication::clipboard()->clear();
    QTest::mouseClick(d.copyButton(), Qt::LeftButton);
    Result<crypto::KeyCard> copied = crypto::KeyCard::fromText(QApplication::clipboard()->text());
    QVERIFY2(copied, qPrintable(QApplication::clipboard()->text()));
    QCOMPARE(copied->fingerprint(), d.fingerprintLabel()->text());
    QCOMPARE(copied->name, QStringLiteral("Sian Evans, Gwynedd Council"));

    const QString file = m_dir.filePath(QStringLiteral("card.txt"));
    Dialogs::setNextFileNameForTesting(file);
    QTest::mouseClick(d.saveCardButton(), Qt::LeftButton);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<crypto::KeyCard> saved =
        crypto::KeyCard::fromText(QString::fromUtf8(f.readAll()).trimmed());
    QVERIFY(saved);
    QCOMPARE(saved.value(), copied.value());
}

void TestIdentityDialog::backupOpensWithTheSamePassphrase()
{
    IdentityDialog d(*m_db, *m_store);
    d.setBackupLimits(secrets::PassphraseLimits::interactive());
    d.show();
    create(d, QStringLiteral("Sian Evans, Gwynedd Council"));
    QTRY_COMPARE(d.page(), IdentityDialog::Page::Current);

    QTest::mouseClick(d.backupButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::Backup);
    QCOMPARE(d.passphraseEdit()->echoMode(), QLineEdit::Password);
    const QString passphrase = QStringLiteral("correct horse battery staple");
    QTest::keyClicks(d.passphraseEdit(), passphrase);
    QTest::keyClicks(d.repeatEdit(), passphrase);
    const QString file = m_dir.filePath(QStringLiteral("me.swid"));
    Dialogs::setNextFileNameForTesting(file);
    QTest::mouseClick(d.writeBackupButton(), Qt::LeftButton);
    // The fields are emptied as soon as the passphrase is taken.
    QVERIFY(d.passphraseEdit()->text().isEmpty());
    QVERIFY(d.repeatEdit()->text().isEmpty());
    QTRY_VERIFY(!d.isBusy());
    QVERIFY2(!d.errorSummary()->hasProblems(),
             qPrintable(d.errorSummary()->problems().join(QLatin1Char('\n'))));
    QCOMPARE(d.page(), IdentityDialog::Page::Current);
    QVERIFY(d.statusLabel()->text().contains(QDir::toNativeSeparators(file)));

    Result<crypto::Identity> read = IdentityFile::read(file, IdentityFile::passphrase(passphrase));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->card().fingerprint(), d.fingerprintLabel()->text());
    QVERIFY(!IdentityFile::read(file, IdentityFile::passphrase(u"another passphrase")));
}

void TestIdentityDialog::backupRefusesShortOrDifferentPassphrases()
{
    IdentityDialog d(*m_db, *m_store);
    d.setBackupLimits(secrets::PassphraseLimits::interactive());
    d.show();
    create(d, QStringLiteral("Sian Evans, Gwynedd Council"));
    QTRY_COMPARE(d.page(), IdentityDialog::Page::Current);
    QTest::mouseClick(d.backupButton(), Qt::LeftButton);

    // No file is asked for (a file prompt here would block the test).
    QTest::keyClicks(d.passphraseEdit(), QStringLiteral("too short"));
    QTest::keyClicks(d.repeatEdit(), QStringLiteral("too short"));
    QTest::mouseClick(d.writeBackupButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::Backup);
    QCOMPARE(d.errorSummary()->problems(),
             QStringList{QStringLiteral("Enter a passphrase of at least 12 characters")});

    d.passphraseEdit()->clear();
    d.repeatEdit()->clear();
    QTest::keyClicks(d.passphraseEdit(), QStringLiteral("long enough passphrase"));
    QTest::keyClicks(d.repeatEdit(), QStringLiteral("long enough passphrasf"));
    QTest::mouseClick(d.writeBackupButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::Backup);
    QVERIFY(d.errorSummary()->problems().first().contains(QLatin1String("same passphrase")));
    QVERIFY(d.repeatEdit()->text().isEmpty()); // asked again
}

void TestIdentityDialog::replaceKeepsTheOldOneRetired()
{
    IdentityDialog d(*m_db, *m_store);
    d.show();
    create(d, QStringLiteral("Sian Evans, Gwynedd Council"));
    QTRY_COMPARE(d.page(), IdentityDialog::Page::Current);
    const QString first = d.fingerprintLabel()->text();

    // Declining changes nothing.
    Dialogs::setNextConfirmForTesting(false);
    QTest::mouseClick(d.replaceButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::Current);

    Dialogs::setNextConfirmForTesting(true);
    QTest::mouseClick(d.replaceButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::Create);
    create(d, QStringLiteral("Sian Evans, Cyngor Gwynedd"));
    QTRY_COMPARE(d.page(), IdentityDialog::Page::Current);
    const QString second = d.fingerprintLabel()->text();
    QVERIFY(second != first);

    Result<QList<OwnIdentityRecord>> all = OwnIdentityRecords(*m_db).list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).fingerprint, second);
    QVERIFY(all->at(0).current);
    QCOMPARE(all->at(1).fingerprint, first);
    QVERIFY(!all->at(1).current);
    // The retired secret stays in the store, so old bundles still open.
    QVERIFY(m_store->contains(OwnIdentities::keyFor(first)));
    QVERIFY(m_store->contains(OwnIdentities::keyFor(second)));
}

void TestIdentityDialog::fileIdentityIsShownWithoutBackup()
{
    // Made with the command line: kept in a protected file, not in the store.
    const crypto::Identity server = crypto::Identity::generate(QStringLiteral("Returns server"));
    const QString file = m_dir.filePath(QStringLiteral("server.swid"));
    QVERIFY(OwnIdentityRecords(*m_db).addCurrent(server.card(), QStringLiteral("file"), file));
    IdentityDialog d(*m_db, *m_store);
    d.show();
    QCOMPARE(d.page(), IdentityDialog::Page::Current);
    QCOMPARE(d.fingerprintLabel()->text(), server.card().fingerprint());
    QVERIFY(d.backupButton()->isHidden());
    bool explained = false;
    for (QLabel* l : d.findChildren<QLabel*>())
        explained |= l->text().contains(QDir::toNativeSeparators(file));
    QVERIFY(explained);
    QVERIFY(!d.replaceButton()->isHidden());
}

void TestIdentityDialog::fieldsHaveNamesAndBuddies()
{
    IdentityDialog d(*m_db, *m_store);
    for (QLabel* l : d.findChildren<QLabel*>()) {
        if (l->text().contains(QLatin1Char('&')))
            QVERIFY2(l->buddy(), qPrintable(l->text()));
    }
    for (QWidget* w :
         {static_cast<QWidget*>(d.nameEdit()), static_cast<QWidget*>(d.createButton()),
          static_cast<QWidget*>(d.copyButton()), static_cast<QWidget*>(d.saveCardButton()),
          static_cast<QWidget*>(d.backupButton()), static_cast<QWidget*>(d.replaceButton()),
          static_cast<QWidget*>(d.passphraseEdit()), static_cast<QWidget*>(d.repeatEdit()),
          static_cast<QWidget*>(d.writeBackupButton())})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestIdentityDialog::reachableFromTheMenuAndSettings()
{
    {
        AppSettings settings;
        settings.setDatabasePath(m_dir.filePath(QStringLiteral("main.sqlite")));
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
    }
    MainWindow window;
    window.setSecretStore(std::make_unique<MemorySecretStore>());
    window.show();
    QStringList seen;
    auto* timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [&seen] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* d = qobject_cast<IdentityDialog*>(modal)) {
            seen << (d->page() == IdentityDialog::Page::Create ? QStringLiteral("identity:create")
                                                               : QStringLiteral("identity"));
            d->reject();
        } else if (auto* r = qobject_cast<RecipientsDialog*>(modal)) {
            seen << QStringLiteral("recipients");
            r->reject();
        }
    });
    timer->start();
    for (const char* name : {"identityAction", "recipientsAction"}) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(!action->text().isEmpty());
        action->trigger(); // returns when the dialog closes
    }
    timer->stop();
    QCOMPARE(seen, (QStringList{QStringLiteral("identity:create"), QStringLiteral("recipients")}));

    // Settings offers the same two.
    AppSettings settings;
    SettingsDialog dialog(settings);
    QSignalSpy identity(&dialog, &SettingsDialog::identityRequested);
    QSignalSpy recipients(&dialog, &SettingsDialog::recipientsRequested);
    dialog.show();
    QTest::mouseClick(dialog.identityButton(), Qt::LeftButton);
    QTest::mouseClick(dialog.recipientsButton(), Qt::LeftButton);
    QCOMPARE(identity.count(), 1);
    QCOMPARE(recipients.count(), 1);
    dialog.setKeysAvailable(false);
    QVERIFY(!dialog.identityButton()->isEnabled());
}

void TestIdentityDialog::noStoreOffersAProtectedFile()
{
    m_store->simulateProblem(secrets::SecretProblem::NoBackendAvailable);
    const auto identityFiles = [this] {
        return QDir(m_dir.path()).entryList({QStringLiteral("*.swid")}, QDir::Files);
    };
    const QStringList filesBefore = identityFiles();
    IdentityDialog d(*m_db, *m_store);
    d.setBackupLimits(secrets::PassphraseLimits::interactive());
    QSignalSpy loaded(&d, &IdentityDialog::identityLoaded);
    d.show();
    create(d, QStringLiteral("Alex Morgan, Anytown Council"));
    // The store's refusal is shown and the file is offered, as the way on; nothing is
    // made until the user asks.
    QCOMPARE(d.page(), IdentityDialog::Page::Create);
    QCOMPARE(d.errorSummary()->problems().size(), 1);
    QVERIFY(d.newFileButton()->isVisible());
    QVERIFY(d.newFileButton()->isDefault());
    QVERIFY(!d.createButton()->isDefault());
    QVERIFY(!OwnIdentityRecords(*m_db).current());
    QCOMPARE(identityFiles(), filesBefore);

    QTest::mouseClick(d.newFileButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::NewFile);
    QVERIFY(!d.errorSummary()->hasProblems());
    QCOMPARE(d.passphraseEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(d.repeatEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(d.strengthLabel()->isVisible());
    const QString passphrase = QStringLiteral("granite otter lantern meadow");
    QTest::keyClicks(d.passphraseEdit(), passphrase);
    QVERIFY2(d.strengthLabel()->text().startsWith(QLatin1String("Strong")),
             qPrintable(d.strengthLabel()->text()));
    QTest::keyClicks(d.repeatEdit(), passphrase);
    const QString file = m_dir.filePath(QStringLiteral("alex-identity.swid"));
    Dialogs::setNextFileNameForTesting(file);
    QTest::mouseClick(d.writeBackupButton(), Qt::LeftButton);
    QVERIFY(d.passphraseEdit()->text().isEmpty()); // taken into guarded memory at once
    QVERIFY(d.repeatEdit()->text().isEmpty());
    QTRY_VERIFY(!d.isBusy());
    QVERIFY2(!d.errorSummary()->hasProblems(),
             qPrintable(d.errorSummary()->problems().join(QLatin1Char('\n'))));
    QCOMPARE(d.page(), IdentityDialog::Page::Current);
    QCOMPARE(d.nameLabel()->text(), QStringLiteral("Alex Morgan, Anytown Council"));
    QVERIFY(d.statusLabel()->text().contains(QDir::toNativeSeparators(file)));

    // Recorded as kept in that file; nothing went to the store.
    Result<OwnIdentityRecord> current = OwnIdentityRecords(*m_db).current();
    QVERIFY(current);
    QCOMPARE(current->storage, QStringLiteral("file"));
    QCOMPARE(current->filePath, file);
    QCOMPARE(current->fingerprint, d.fingerprintLabel()->text());
    QCOMPARE(m_store->size(), 0);
    // The file opens with the passphrase, and holds that identity.
    Result<crypto::Identity> read = IdentityFile::read(file, IdentityFile::passphrase(passphrase));
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->card().fingerprint(), current->fingerprint);
    // Held for the session: announced, and shown as unlocked (no Unlock, no Back up).
    QCOMPARE(loaded.count(), 1);
    const auto held = loaded.first().first().value<std::shared_ptr<const crypto::Identity>>();
    QVERIFY(held);
    QCOMPARE(held->card().fingerprint(), current->fingerprint);
    QVERIFY(d.unlockButton()->isHidden());
    QVERIFY(d.backupButton()->isHidden());
}

void TestIdentityDialog::protectedFileNeedsANameAndTwoSamePassphrases()
{
    IdentityDialog d(*m_db, *m_store);
    d.setBackupLimits(secrets::PassphraseLimits::interactive());
    d.show();
    // Offered before any store problem too, for whoever asks for it.
    QVERIFY(d.newFileButton()->isVisible());
    QVERIFY(d.createButton()->isDefault());
    QTest::mouseClick(d.newFileButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::Create);
    QVERIFY(d.errorSummary()->problems().first().startsWith(QLatin1String("Enter your name")));

    QTest::keyClicks(d.nameEdit(), QStringLiteral("Sian Evans, Gwynedd Council"));
    QTest::mouseClick(d.newFileButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::NewFile);
    // No file is asked for while the passphrases are wrong (a prompt would block).
    QTest::keyClicks(d.passphraseEdit(), QStringLiteral("too short"));
    QTest::keyClicks(d.repeatEdit(), QStringLiteral("too short"));
    QTest::mouseClick(d.writeBackupButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::NewFile);
    QCOMPARE(d.errorSummary()->problems(),
             QStringList{QStringLiteral("Enter a passphrase of at least 12 characters")});
    d.passphraseEdit()->clear();
    d.repeatEdit()->clear();
    QTest::keyClicks(d.passphraseEdit(), QStringLiteral("long enough passphrase"));
    QTest::keyClicks(d.repeatEdit(), QStringLiteral("long enough passphrasf"));
    QTest::mouseClick(d.writeBackupButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::NewFile);
    QVERIFY(d.errorSummary()->problems().first().contains(QLatin1String("same passphrase")));

    // Cancelling the save prompt makes nothing.
    d.passphraseEdit()->clear();
    QTest::keyClicks(d.passphraseEdit(), QStringLiteral("long enough passphrase"));
    QTest::keyClicks(d.repeatEdit(), QStringLiteral("long enough passphrase"));
    Dialogs::setNextFileNameForTesting(QString());
    QTest::mouseClick(d.writeBackupButton(), Qt::LeftButton);
    QVERIFY(!d.isBusy());
    QVERIFY(!OwnIdentityRecords(*m_db).current());

    // Back returns to the name, kept.
    QPushButton* back = nullptr;
    for (QPushButton* b : d.findChildren<QPushButton*>()) {
        if (b->isVisible() && b->accessibleName() == QLatin1String("Back"))
            back = b;
    }
    QVERIFY(back);
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::Create);
    QCOMPARE(d.nameEdit()->text(), QStringLiteral("Sian Evans, Gwynedd Council"));
}

void TestIdentityDialog::strengthHintFollowsThePassphrase()
{
    IdentityDialog d(*m_db, *m_store);
    d.show();
    QTest::keyClicks(d.nameEdit(), QStringLiteral("Sian Evans"));
    QTest::mouseClick(d.newFileButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::NewFile);
    auto hintFor = [&d](const QString& typed) {
        d.passphraseEdit()->clear();
        QTest::keyClicks(d.passphraseEdit(), typed);
        return d.strengthLabel()->text();
    };
    QVERIFY(hintFor(QString()).contains(QLatin1String("at least 12 characters")));
    QVERIFY(hintFor(QStringLiteral("short one")).startsWith(QLatin1String("Too short")));
    QVERIFY(hintFor(QStringLiteral("aaaaaaaaaaaaaaaa")).startsWith(QLatin1String("Weak")));
    QVERIFY(hintFor(QStringLiteral("Password2024")).startsWith(QLatin1String("Weak")));
    QVERIFY(hintFor(QStringLiteral("123456789012")).startsWith(QLatin1String("Weak")));
    QVERIFY(hintFor(QStringLiteral("abcdefghijkl")).startsWith(QLatin1String("Fair")));
    QVERIFY(hintFor(QStringLiteral("granite otter lantern meadow"))
                .startsWith(QLatin1String("Strong")));
    d.passphraseEdit()->clear();
}

void TestIdentityDialog::existingIdentityFileBecomesMine()
{
    const crypto::Identity mine = crypto::Identity::generate(QStringLiteral("Returns server"));
    const QString file = writeIdentityFile(mine, QStringLiteral("server.swid"),
                                           QStringLiteral("a passphrase for the server"));
    IdentityDialog d(*m_db, *m_store);
    QSignalSpy loaded(&d, &IdentityDialog::identityLoaded);
    d.show();
    QTest::mouseClick(d.existingFileButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::LoadFile);
    QVERIFY(d.loadFileLabel()->text().contains(QLatin1String("No file chosen")));

    // Both are needed: the file, then its passphrase.
    QTest::mouseClick(d.loadFileButton(), Qt::LeftButton);
    QCOMPARE(d.errorSummary()->problems(),
             QStringList{QStringLiteral("Choose your identity file")});
    Dialogs::setNextFileNameForTesting(file);
    QTest::mouseClick(d.chooseFileButton(), Qt::LeftButton);
    QCOMPARE(d.loadFileLabel()->text(), QDir::toNativeSeparators(file));
    QTest::mouseClick(d.loadFileButton(), Qt::LeftButton);
    QCOMPARE(d.errorSummary()->problems(),
             QStringList{QStringLiteral("Enter the passphrase of your identity file")});

    QTest::keyClicks(d.loadPassphraseEdit(), QStringLiteral("not the passphrase"));
    QTest::keyClick(d.loadPassphraseEdit(), Qt::Key_Return);
    QVERIFY(d.loadPassphraseEdit()->text().isEmpty());
    QTRY_VERIFY(!d.isBusy());
    QCOMPARE(d.page(), IdentityDialog::Page::LoadFile);
    QCOMPARE(d.errorSummary()->problems().size(), 1);
    QVERIFY(!OwnIdentityRecords(*m_db).current());
    QCOMPARE(loaded.count(), 0);

    QTest::keyClicks(d.loadPassphraseEdit(), QStringLiteral("a passphrase for the server"));
    QTest::mouseClick(d.loadFileButton(), Qt::LeftButton);
    QTRY_VERIFY(!d.isBusy());
    QVERIFY2(!d.errorSummary()->hasProblems(),
             qPrintable(d.errorSummary()->problems().join(QLatin1Char('\n'))));
    QCOMPARE(d.page(), IdentityDialog::Page::Current);
    QCOMPARE(d.fingerprintLabel()->text(), mine.card().fingerprint());
    Result<OwnIdentityRecord> current = OwnIdentityRecords(*m_db).current();
    QVERIFY(current);
    QCOMPARE(current->fingerprint, mine.card().fingerprint());
    QCOMPARE(current->storage, QStringLiteral("file"));
    QCOMPARE(current->filePath, file);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().first().value<std::shared_ptr<const crypto::Identity>>()->card(),
             mine.card());
    QCOMPARE(m_store->size(), 0);
}

void TestIdentityDialog::fileIdentityIsUnlockedForTheSession()
{
    const crypto::Identity mine = crypto::Identity::generate(QStringLiteral("Sian Evans"));
    const QString file =
        writeIdentityFile(mine, QStringLiteral("sian.swid"), QStringLiteral("my own passphrase"));
    QVERIFY(OwnIdentityRecords(*m_db).addCurrent(mine.card(), QStringLiteral("file"), file));
    IdentityDialog d(*m_db, *m_store);
    QSignalSpy loaded(&d, &IdentityDialog::identityLoaded);
    d.show();
    QCOMPARE(d.page(), IdentityDialog::Page::Current);
    QVERIFY(d.unlockButton()->isVisible());
    QTest::mouseClick(d.unlockButton(), Qt::LeftButton);
    QCOMPARE(d.page(), IdentityDialog::Page::LoadFile);
    QCOMPARE(d.loadFileLabel()->text(), QDir::toNativeSeparators(file)); // known already
    QCOMPARE(d.focusWidget(), d.loadPassphraseEdit());
    QTest::keyClicks(d.loadPassphraseEdit(), QStringLiteral("my own passphrase"));
    QTest::keyClick(d.loadPassphraseEdit(), Qt::Key_Return);
    QTRY_VERIFY(!d.isBusy());
    QCOMPARE(d.page(), IdentityDialog::Page::Current);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(d.unlockButton()->isHidden());
    QVERIFY(d.statusLabel()->text().contains(QLatin1String("unlocked")));
    // Still the one identity, recorded once.
    QCOMPARE(OwnIdentityRecords(*m_db).list()->size(), 1);

    // A dialog given the session's identity shows it unlocked at once.
    IdentityDialog again(*m_db, *m_store);
    again.setSessionIdentity(
        loaded.first().first().value<std::shared_ptr<const crypto::Identity>>());
    again.show();
    QVERIFY(again.unlockButton()->isHidden());
    IdentityDialog locked(*m_db, *m_store);
    locked.show();
    QVERIFY(locked.unlockButton()->isVisible());
}

void TestIdentityDialog::otherIdentityFilesAskOrAreRefused()
{
    IdentityDialog d(*m_db, *m_store);
    d.show();
    create(d, QStringLiteral("Sian Evans, Gwynedd Council"));
    QTRY_COMPARE(d.page(), IdentityDialog::Page::Current);
    const QString first = d.fingerprintLabel()->text();

    // A different identity's file, from the Replace page: asked before it replaces.
    const crypto::Identity other = crypto::Identity::generate(QStringLiteral("Sian Evans"));
    const QString file =
        writeIdentityFile(other, QStringLiteral("other.swid"), QStringLiteral("other passphrase"));
    // `answer`: to the question asked once the file is read, if one is expected.
    auto useFile = [&](const QString& path, const QString& passphrase, std::optional<bool> answer) {
        d.reload();
        QCOMPARE(d.page(), IdentityDialog::Page::Current);
        Dialogs::setNextConfirmForTesting(true);
        QTest::mouseClick(d.replaceButton(), Qt::LeftButton);
        QCOMPARE(d.page(), IdentityDialog::Page::Create);
        QTest::mouseClick(d.existingFileButton(), Qt::LeftButton);
        QCOMPARE(d.page(), IdentityDialog::Page::LoadFile);
        Dialogs::setNextFileNameForTesting(path);
        QTest::mouseClick(d.chooseFileButton(), Qt::LeftButton);
        QTest::keyClicks(d.loadPassphraseEdit(), passphrase);
        if (answer)
            Dialogs::setNextConfirmForTesting(*answer);
        QTest::mouseClick(d.loadFileButton(), Qt::LeftButton);
        QTRY_VERIFY(!d.isBusy());
    };
    useFile(file, QStringLiteral("other passphrase"), false);
    QVERIFY(Dialogs::lastMessageForTesting().contains(other.card().fingerprint()));
    QCOMPARE(d.page(), IdentityDialog::Page::LoadFile);
    QCOMPARE(OwnIdentityRecords(*m_db).current()->fingerprint, first);

    useFile(file, QStringLiteral("other passphrase"), true);
    QCOMPARE(d.page(), IdentityDialog::Page::Current);
    QCOMPARE(OwnIdentityRecords(*m_db).current()->fingerprint, other.card().fingerprint());

    // The first identity, now retired, cannot come back from a backup file.
    // (Backups of it are written from the store, where it stays.)
    secrets::OwnIdentities identities(*m_store);
    std::optional<Result<crypto::Identity>> old;
    identities.load(first, nullptr, [&old](Result<crypto::Identity> id, secrets::SecretProblem) {
        old.emplace(std::move(id));
    });
    QTRY_VERIFY(old.has_value());
    QVERIFY(*old);
    const QString oldFile = writeIdentityFile(old->value(), QStringLiteral("old.swid"),
                                              QStringLiteral("old passphrase"));
    useFile(oldFile, QStringLiteral("old passphrase"), std::nullopt);
    QCOMPARE(d.page(), IdentityDialog::Page::LoadFile);
    QVERIFY2(d.errorSummary()->problems().first().contains(QLatin1String("replaced")),
             qPrintable(d.errorSummary()->problems().first()));
    QCOMPARE(OwnIdentityRecords(*m_db).current()->fingerprint, other.card().fingerprint());
}

QTEST_MAIN(TestIdentityDialog)
#include "tst_identitydialog.moc"
