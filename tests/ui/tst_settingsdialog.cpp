#include "common/AppPaths.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/RegisterPassword.h"
#include "settings/SettingsDialog.h"
#include "store/Migrations.h"
#include "support/TestSupport.h"
#include "widgets/ErrorSummary.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;
using namespace sharewise::ui;
using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }
    void init();
    void cleanup() { Translations::apply(QStringLiteral("en")); }
    void showsAndSavesValues();
    void refusesNetworkDriveWithErrorSummary();
    void refusesRelativePath();
    void languageAppliesOnSave();
    void cancelSavesNothing();
    void labelsAreTiedToFields();
    void policyLocksWhatItEnforces();
    void policyDefaultIsTheDefaultPlace();
    void choosingTheSharedRegisterShowsTheServer();
    void serverFieldsAreChecked();
    void fitsTheScreenAndScrolls();
    void testConnectionShowsThePlainError();
    void savesTheServerAndThePasswordApart();
    void savedPasswordIsKeptMovedOrForgotten();
    void passwordStoreFailureKeepsTheDialogOpen();
    void policyLocksTheServerFields();
    void testConnectionReachesTheServer(); // the _pg run: the private test server

private:
    QTemporaryDir m_dir;
    QString m_ini;
};

void TestSettingsDialog::init()
{
    static int n = 0;
    m_ini = m_dir.filePath(QStringLiteral("s%1.ini").arg(++n));
    Translations::apply(QStringLiteral("en"));
}

void TestSettingsDialog::showsAndSavesValues()
{
    AppSettings settings(m_ini);
    settings.setOrganisationName(QStringLiteral("Old name"));
    SettingsDialog d(settings);
    d.show();
    QCOMPARE(d.organisationEdit()->text(), QStringLiteral("Old name"));
    QCOMPARE(QDir::fromNativeSeparators(d.databaseEdit()->text()), AppPaths::defaultDatabasePath());
    d.organisationEdit()->clear();
    QTest::keyClicks(d.organisationEdit(), QStringLiteral("Anytown Borough Council"));
    const QString db = m_dir.filePath(QStringLiteral("elsewhere/h.sqlite"));
    d.databaseEdit()->setText(QDir::toNativeSeparators(db));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(settings.organisationName(), QStringLiteral("Anytown Borough Council"));
    QCOMPARE(settings.effectiveDatabasePath(), db);
}

void TestSettingsDialog::refusesNetworkDriveWithErrorSummary()
{
    AppSettings settings(m_ini);
    SettingsDialog d(settings);
    d.show();
    d.databaseEdit()->setText(QStringLiteral("\\\\fileserver\\homes\\history.sqlite"));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QVERIFY(d.errorSummary()->isVisible());
    QCOMPARE(d.errorSummary()->problems().size(), 1);
    QVERIFY(d.errorSummary()->problems().first().contains(QLatin1String("network drive")));
    auto* fieldError = d.findChild<QLabel*>(QStringLiteral("databaseError"));
    QVERIFY(fieldError->isVisible());
    QCOMPARE(fieldError->text(), d.errorSummary()->problems().first());
    QCOMPARE(settings.databasePath(), QString()); // nothing saved
    // The problem's link takes the focus to the field.
    d.organisationEdit()->setFocus();
    QLabel* link = nullptr;
    for (QLabel* l : d.errorSummary()->findChildren<QLabel*>())
        if (l->text().startsWith(QLatin1String("<a")))
            link = l;
    QVERIFY(link);
    emit link->linkActivated(QStringLiteral("#0"));
    QTRY_VERIFY(d.databaseEdit()->hasFocus());
}

void TestSettingsDialog::refusesRelativePath()
{
    AppSettings settings(m_ini);
    SettingsDialog d(settings);
    d.show();
    d.databaseEdit()->setText(QStringLiteral("history.sqlite"));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QVERIFY(d.errorSummary()->isVisible());
    QVERIFY(d.errorSummary()->problems().first().contains(QLatin1String("full path")));
}

void TestSettingsDialog::languageAppliesOnSave()
{
    AppSettings settings(m_ini);
    SettingsDialog d(settings);
    d.show();
    d.languageCombo()->setCurrentIndex(d.languageCombo()->findData(QStringLiteral("cy")));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QCOMPARE(settings.language(), QStringLiteral("cy"));
    QCOMPARE(Translations::current(), QStringLiteral("cy"));
    QTRY_COMPARE(d.saveButton()->text(), QStringLiteral("Cadw"));
}

void TestSettingsDialog::cancelSavesNothing()
{
    AppSettings settings(m_ini);
    SettingsDialog d(settings);
    d.show();
    QTest::keyClicks(d.organisationEdit(), QStringLiteral("Typed"));
    d.reject();
    QCOMPARE(settings.organisationName(), QString());
}

void TestSettingsDialog::labelsAreTiedToFields()
{
    AppSettings settings(m_ini);
    SettingsDialog d(settings);
    int tied = 0;
    for (QLabel* l : d.findChildren<QLabel*>()) {
        if (l->text().contains(QLatin1Char('&')))
            tied += l->buddy() ? 1 : 0;
    }
    QCOMPARE(tied, 10); // three, and the shared register's seven
    for (QWidget* field : std::initializer_list<QWidget*>{
             d.hostEdit(), d.portSpin(), d.serverDatabaseEdit(), d.userEdit(), d.passwordEdit(),
             d.schemaEdit(), d.caFileEdit()})
        QVERIFY(!field->accessibleName().isEmpty());
    QVERIFY(!d.organisationEdit()->accessibleName().isEmpty());
    QVERIFY(!d.databaseEdit()->accessibleName().isEmpty());
}

namespace {
QString writePolicy(const QTemporaryDir& dir, const QByteArray& text)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("policy%1.ini").arg(++n));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}
} // namespace

void TestSettingsDialog::policyLocksWhatItEnforces()
{
    const QString itsPlace = m_dir.filePath(QStringLiteral("it/history.sqlite"));
    const QString policy = writePolicy(
        m_dir,
        "[General]\nOrganisationName=Cyngor Gwynedd\nDatabasePath=" + itsPlace.toUtf8() + "\n");
    QVERIFY(!policy.isEmpty());
    {
        AppSettings user(m_ini);
        user.setOrganisationName(QStringLiteral("Mine"));
        user.sync();
    }
    AppSettings settings(m_ini, policy);
    SettingsDialog d(settings);
    d.show();
    QVERIFY(d.policyNote()->isVisible());
    QCOMPARE(d.organisationEdit()->text(), QStringLiteral("Cyngor Gwynedd"));
    QVERIFY(d.organisationEdit()->isReadOnly());
    QVERIFY(d.databaseEdit()->isReadOnly());
    QVERIFY(d.languageCombo()->isEnabled()); // the language is not enforced here
    QVERIFY(!d.organisationEdit()->accessibleDescription().isEmpty());
    QCOMPARE(QDir::fromNativeSeparators(d.databaseEdit()->text()), itsPlace);
    // Typing is refused by the read-only field; the language can still change and save.
    QTest::keyClicks(d.organisationEdit(), QStringLiteral("x"));
    QCOMPARE(d.organisationEdit()->text(), QStringLiteral("Cyngor Gwynedd"));
    d.languageCombo()->setCurrentIndex(d.languageCombo()->findData(QStringLiteral("cy")));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(settings.language(), QStringLiteral("cy"));
    // The user's own value is kept underneath, for when IT lifts the policy.
    QCOMPARE(AppSettings(m_ini).organisationName(), QStringLiteral("Mine"));
}

void TestSettingsDialog::policyDefaultIsTheDefaultPlace()
{
    const QString itsDefault = m_dir.filePath(QStringLiteral("shared/history.sqlite"));
    const QString policy =
        writePolicy(m_dir, "[Defaults]\nDatabasePath=" + itsDefault.toUtf8() + "\nLanguage=cy\n");
    QVERIFY(!policy.isEmpty());
    AppSettings settings(m_ini, policy);
    SettingsDialog d(settings);
    d.show();
    QVERIFY(!d.policyNote()->isVisible()); // defaults lock nothing
    QVERIFY(!d.databaseEdit()->isReadOnly());
    QVERIFY(d.languageCombo()->isEnabled());
    d.databaseEdit()->setText(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("x.sqlite"))));
    auto* useDefault = d.findChild<QPushButton*>(QStringLiteral("defaultDatabaseButton"));
    QVERIFY(useDefault);
    QTest::mouseClick(useDefault, Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(d.databaseEdit()->text()), itsDefault);
}

namespace {

// Clicks a radio button on its circle (a click in the middle of a wide one misses).
void choose(QRadioButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// Fills the server fields as a user would type them.
void fillServer(SettingsDialog& d, const ServerConnection& s)
{
    d.hostEdit()->clear();
    QTest::keyClicks(d.hostEdit(), s.host);
    d.portSpin()->setValue(s.port);
    d.serverDatabaseEdit()->clear();
    QTest::keyClicks(d.serverDatabaseEdit(), s.database);
    d.userEdit()->clear();
    QTest::keyClicks(d.userEdit(), s.user);
}

ServerConnection councilServer()
{
    ServerConnection s;
    s.host = u"register.anytown.gov.uk"_s;
    s.port = 6432;
    s.database = u"sharewise"_s;
    s.user = u"jbloggs"_s;
    return s;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the store holds under `key`, as text (for the test only), or empty.
QString storedSecret(secrets::MemorySecretStore& store, const QString& key)
{
    QString out;
    bool done = false;
    store.read(key, nullptr, [&](Result<crypto::SecureBytes> r, secrets::SecretProblem) {
        if (r)
            out = QString::fromUtf8(r->view());
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return u"(no answer)"_s;
    return out;
}

} // namespace

void TestSettingsDialog::choosingTheSharedRegisterShowsTheServer()
{
    AppSettings settings(m_ini);
    secrets::MemorySecretStore store;
    SettingsDialog d(settings, store);
    d.show();
    QVERIFY(d.localChoice()->isChecked());
    QVERIFY(!d.serverPanel()->isVisible());
    QVERIFY(d.databaseEdit()->isVisible());
    choose(d.serverChoice());
    QVERIFY(d.serverChoice()->isChecked());
    QVERIFY(d.serverPanel()->isVisible());
    QVERIFY(!d.databaseEdit()->isVisible());
    QVERIFY(d.hostEdit()->isVisible());
    QCOMPARE(d.portSpin()->value(), 5432);
    QCOMPARE(d.passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(d.testButton()->isVisible());
    QVERIFY(!d.testResult()->isVisible());
    QVERIFY(!d.forgetPasswordButton()->isVisible()); // nothing saved
    // Back to the file: its fields again.
    choose(d.localChoice());
    QVERIFY(!d.serverPanel()->isVisible());
    QVERIFY(d.databaseEdit()->isVisible());
}

void TestSettingsDialog::serverFieldsAreChecked()
{
    AppSettings settings(m_ini);
    secrets::MemorySecretStore store;
    SettingsDialog d(settings, store);
    d.show();
    choose(d.serverChoice());
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QVERIFY(d.isVisible());
    QCOMPARE(d.errorSummary()->problems().size(), 3); // server, database, user
    QVERIFY(d.errorSummary()->problems().at(0).contains(u"server's name or address"_s));
    auto* fieldError = d.findChild<QLabel*>(u"serverError"_s);
    QVERIFY(fieldError && fieldError->isVisible());
    QVERIFY(!settings.usesSharedRegister());
    // A certificate authority file that is not there is named.
    fillServer(d, councilServer());
    d.caFileEdit()->setText(m_dir.filePath(u"missing-ca.crt"_s));
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QCOMPARE(d.errorSummary()->problems().size(), 1);
    QVERIFY(d.errorSummary()->problems().first().contains(u"missing-ca.crt"_s));
    QVERIFY(!settings.usesSharedRegister());
}

void TestSettingsDialog::fitsTheScreenAndScrolls()
{
    // Welsh, the shared register and the password hint: taller than the test screen.
    Translations::apply(u"cy"_s);
    AppSettings settings(m_ini);
    secrets::MemorySecretStore store;
    SettingsDialog d(settings, store);
    d.show();
    choose(d.serverChoice());
    const QRect screen = d.screen()->availableGeometry();
    auto* scroll = d.findChild<QScrollArea*>(u"settingsScroll"_s);
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->widget()->height() > scroll->viewport()->height());
    QTRY_VERIFY(d.height() <= screen.height());
    QVERIFY(scroll->verticalScrollBar()->isVisible());
    // Save and Cancel stay in sight, below what scrolls.
    QVERIFY(!scroll->isAncestorOf(d.saveButton()));
    QVERIFY(d.saveButton()->isVisible());
    // Nothing is cut at the side: the fields are as wide as they need.
    QVERIFY(scroll->viewport()->width() >= scroll->widget()->minimumSizeHint().width());
    // A field reached from far away is scrolled into sight.
    QVERIFY(QTest::qWaitForWindowActive(&d));
    scroll->verticalScrollBar()->setValue(0);
    d.testButton()->setFocus();
    QTRY_VERIFY(d.testButton()->hasFocus());
    const QPoint at = d.testButton()->mapTo(scroll->viewport(), QPoint(0, 0));
    QVERIFY(at.y() >= 0 && at.y() + d.testButton()->height() <= scroll->viewport()->height());
}

void TestSettingsDialog::testConnectionShowsThePlainError()
{
    AppSettings settings(m_ini);
    secrets::MemorySecretStore store;
    SettingsDialog d(settings, store);
    d.setTestTimeoutSeconds(2);
    d.show();
    choose(d.serverChoice());
    ServerConnection nowhere;
    nowhere.host = u"127.0.0.1"_s;
    nowhere.port = 1; // nothing listens there
    nowhere.database = u"sharewise"_s;
    nowhere.user = u"jbloggs"_s;
    fillServer(d, nowhere);
    QTest::keyClicks(d.passwordEdit(), u"not-used"_s);
    QTest::mouseClick(d.testButton(), Qt::LeftButton);
    QVERIFY(d.isBusy());
    QVERIFY(!d.testButton()->isEnabled()); // one test at a time
    QVERIFY(d.testResult()->text().contains(u"Connecting to jbloggs@127.0.0.1:1/sharewise"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 20000);
    QVERIFY(d.testButton()->isEnabled());
    QVERIFY(d.testResult()->isVisible());
    // The store's plain sentence, as Database::open gives it.
    Database::Options options;
    options.server = nowhere;
    options.connectTimeoutSeconds = 2;
    const Result<std::unique_ptr<Database>> direct = Database::open(options);
    QVERIFY(!direct);
    QCOMPARE(d.testResult()->text(), direct.error().message.simplified());
    QVERIFY2(d.testResult()->text().startsWith(u"Could not reach the register server"_s),
             qPrintable(d.testResult()->text()));
    // Testing saves nothing; an edit clears the old answer.
    QVERIFY(!settings.usesSharedRegister());
    QCOMPARE(store.size(), 0);
    QTest::keyClicks(d.userEdit(), u"x"_s);
    QVERIFY(!d.testResult()->isVisible());
}

void TestSettingsDialog::savesTheServerAndThePasswordApart()
{
    AppSettings settings(m_ini);
    secrets::MemorySecretStore store;
    SettingsDialog d(settings, store);
    d.show();
    choose(d.serverChoice());
    ServerConnection server = councilServer();
    fillServer(d, server);
    QTest::keyClicks(d.schemaEdit(), u"anytown"_s);
    const QString ca = m_dir.filePath(u"council-ca.crt"_s);
    {
        QFile f(ca);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\n");
    }
    d.caFileEdit()->setText(QDir::toNativeSeparators(ca));
    QTest::keyClicks(d.passwordEdit(), u"Correct-Horse-9"_s);
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(d.passwordChanged());
    QVERIFY(d.passwordEdit()->text().isEmpty()); // not kept in the field

    server.schema = u"anytown"_s;
    server.sslRootCert = ca;
    QVERIFY(settings.usesSharedRegister());
    QCOMPARE(settings.registerServer(), server);
    const AppSettings reread(m_ini);
    QCOMPARE(reread.registerServer(), server);
    QCOMPARE(*reread.databaseOptions().server, server);
    // The password is in the credential store under the login, and nowhere in the settings.
    const QString key = secrets::registerPasswordKey(server);
    QCOMPARE(key, u"register/jbloggs@register.anytown.gov.uk:6432/sharewise"_s);
    QCOMPARE(store.size(), 1);
    QCOMPARE(storedSecret(store, key), u"Correct-Horse-9"_s);
    const QByteArray ini = fileBytes(m_ini);
    QVERIFY(ini.contains("register.anytown.gov.uk"));
    QVERIFY(!ini.contains("Correct-Horse"));
}

void TestSettingsDialog::savedPasswordIsKeptMovedOrForgotten()
{
    AppSettings settings(m_ini);
    secrets::MemorySecretStore store;
    const ServerConnection server = councilServer();
    settings.setUsesSharedRegister(true);
    settings.setRegisterServer(server);
    bool written = false;
    secrets::saveRegisterPassword(
        store, server, crypto::SecureBytes::copyOf(QByteArrayView("old-secret")), nullptr,
        [&](Status s, secrets::SecretProblem) { written = bool(s); });
    QTRY_VERIFY(written);

    // Opened again: the saved password is found, not shown; left empty, it is kept.
    {
        SettingsDialog d(settings, store);
        d.show();
        QVERIFY(d.serverPanel()->isVisible());
        QTRY_VERIFY(d.forgetPasswordButton()->isVisible());
        QVERIFY(d.passwordEdit()->text().isEmpty());
        QVERIFY(!d.passwordEdit()->placeholderText().isEmpty());
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!d.passwordChanged());
        QCOMPARE(storedSecret(store, secrets::registerPasswordKey(server)), u"old-secret"_s);
    }
    // Another database on the same server: the saved password goes with the login.
    ServerConnection moved = server;
    moved.database = u"sharewise_test"_s;
    {
        SettingsDialog d(settings, store);
        d.show();
        QTRY_VERIFY(d.forgetPasswordButton()->isVisible());
        fillServer(d, moved);
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(storedSecret(store, secrets::registerPasswordKey(moved)), u"old-secret"_s);
    }
    // Another server: the password is not sent there, nor saved for it.
    {
        SettingsDialog d(settings, store);
        d.show();
        QTRY_VERIFY(d.forgetPasswordButton()->isVisible());
        ServerConnection elsewhere = moved;
        elsewhere.host = u"register.elsewhere.example"_s;
        fillServer(d, elsewhere);
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(!store.contains(secrets::registerPasswordKey(elsewhere)));
        settings.setRegisterServer(moved); // back, for the next step
    }
    // Forgotten: signing in without a password (Kerberos) from now on.
    {
        SettingsDialog d(settings, store);
        d.show();
        QTRY_VERIFY(d.forgetPasswordButton()->isVisible());
        QTest::mouseClick(d.forgetPasswordButton(), Qt::LeftButton);
        QVERIFY(!d.forgetPasswordButton()->isVisible());
        QTest::mouseClick(d.saveButton(), Qt::LeftButton);
        QTRY_COMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(d.passwordChanged());
        QVERIFY(!store.contains(secrets::registerPasswordKey(moved)));
    }
}

void TestSettingsDialog::passwordStoreFailureKeepsTheDialogOpen()
{
    AppSettings settings(m_ini);
    secrets::MemorySecretStore store;
    store.simulateProblem(secrets::SecretProblem::NoBackendAvailable);
    SettingsDialog d(settings, store);
    d.show();
    choose(d.serverChoice());
    fillServer(d, councilServer());
    QTest::keyClicks(d.passwordEdit(), u"secret"_s);
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!d.isBusy());
    QVERIFY(d.isVisible());
    QCOMPARE(d.result(), int(QDialog::Rejected));
    QCOMPARE(d.errorSummary()->problems().size(), 1);
    QVERIFY(d.errorSummary()->problems().first().startsWith(
        u"The password could not be kept in this computer's credential store"_s));
    QVERIFY(!settings.usesSharedRegister()); // nothing saved
}

void TestSettingsDialog::policyLocksTheServerFields()
{
    const QString policy =
        writePolicy(m_dir, "[General]\nSharedRegister=1\nSharedRegisterHost=register.gwynedd."
                           "gov.uk\nSharedRegisterPort=6432\nSharedRegisterDatabase=sharewise\n");
    QVERIFY(!policy.isEmpty());
    AppSettings settings(m_ini, policy);
    secrets::MemorySecretStore store;
    SettingsDialog d(settings, store);
    d.show();
    QVERIFY(d.policyNote()->isVisible());
    QVERIFY(d.serverChoice()->isChecked());
    QVERIFY(!d.serverChoice()->isEnabled());
    QVERIFY(!d.localChoice()->isEnabled());
    QVERIFY(d.serverPanel()->isVisible());
    QCOMPARE(d.hostEdit()->text(), u"register.gwynedd.gov.uk"_s);
    QVERIFY(d.hostEdit()->isReadOnly());
    QCOMPARE(d.portSpin()->value(), 6432);
    QVERIFY(d.portSpin()->isReadOnly());
    QVERIFY(d.serverDatabaseEdit()->isReadOnly());
    QVERIFY(!d.hostEdit()->accessibleDescription().isEmpty());
    // The user name is each person's own.
    QVERIFY(!d.userEdit()->isReadOnly());
    QVERIFY(!d.schemaEdit()->isReadOnly());
    QTest::keyClicks(d.hostEdit(), u"x"_s);
    QCOMPARE(d.hostEdit()->text(), u"register.gwynedd.gov.uk"_s);
    QTest::keyClicks(d.userEdit(), u"sevans"_s);
    QTest::mouseClick(d.saveButton(), Qt::LeftButton);
    QTRY_COMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(settings.registerServer().user, u"sevans"_s);
    QCOMPARE(settings.registerServer().host, u"register.gwynedd.gov.uk"_s);
    // Nothing of IT's stored as the user's own.
    QVERIFY(!fileBytes(m_ini).contains("gwynedd"));
}

void TestSettingsDialog::testConnectionReachesTheServer()
{
    if (!test::onPostgres())
        QSKIP("Needs the private PostgreSQL server: runs in tst_settingsdialog_pg");
    const QString path = m_dir.filePath(u"settings-test.sqlite"_s);
    const ServerConnection server = *test::historyOptions(path).server;
    AppSettings settings(m_ini);
    secrets::MemorySecretStore store;
    SettingsDialog d(settings, store);
    d.setTestTimeoutSeconds(5);
    d.show();
    choose(d.serverChoice());
    fillServer(d, server); // a socket folder on this computer, trusted: no password
    auto test = [&d] {
        QTest::mouseClick(d.testButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&d] { return !d.isBusy(); }, 30000))
            return u"(the test did not finish)"_s;
        return d.testResult()->text();
    };
    // An empty database is said to be empty, and a test sets nothing up in it.
    QString said = test();
    QVERIFY2(said.startsWith(u"Connected to %1. The database is empty"_s.arg(server.display())),
             qPrintable(said));
    QVERIFY(!test::serverSql({u"SELECT 1 FROM schema_migrations"_s}, server.database).isEmpty());

    // A register one version behind: to be upgraded by its owner, and left as it was.
    {
        Database::Options older = test::historyOptions(path);
        older.migrations.removeLast();
        QVERIFY(Database::open(older));
    }
    said = test();
    QVERIFY2(said.startsWith(u"Connected to %1 (register version %2). It must be upgraded to "
                             "version %3"_s.arg(server.display())
                                 .arg(Migrations::latestVersion() - 1)
                                 .arg(Migrations::latestVersion())),
             qPrintable(said));
    QVERIFY(test::serverSql({u"SELECT 1 FROM schema_migrations WHERE version = %1"_s.arg(
                                Migrations::latestVersion())},
                            server.database)
                .isEmpty()); // the query runs: the table is there...
    {
        Database::Options latest = test::historyOptions(path);
        latest.migrate = false;
        auto db = Database::open(latest);
        QVERIFY(db);
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion() - 1); // ...not upgraded
    }

    // A current register.
    QVERIFY(test::openHistory(path));
    QCOMPARE(test(), u"Connected to %1 (register version %2)."_s.arg(server.display())
                         .arg(Migrations::latestVersion()));

    // A wrong database name is said plainly.
    d.serverDatabaseEdit()->setText(u"no_such_register"_s);
    said = test();
    QVERIFY2(said.startsWith(u"The server has no database named \"no_such_register\""_s),
             qPrintable(said));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
