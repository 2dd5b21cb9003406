#include "common/AppPaths.h"
#include "common/AppSettings.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;
using namespace Qt::StringLiterals;

using Key = AppSettings::Key;
using Source = AppSettings::PolicySource;

// The machine policy (docs/deployment.md) over the user's settings: policy files are
// written by hand, as IT would write them, not through QSettings.
class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void noPolicyFallsBackToTheUser();
    void enforcedPolicyOverridesTheUser();
    void lockedSettingsAreNotChanged();
    void defaultsApplyUntilTheUserChooses();
    void valueEqualToTheDefaultIsNotStored();
    void enforcedBeatsDefault();
    void unusableValuesAreIgnored();
    void environmentVariablesAreExpanded();
    void namesIgnoreCaseAndSystemLanguage();
    void commaInAnUnquotedValue();
    void sharedRegisterFromTheUser();
    void sharedRegisterEnforcedByPolicy();
    void sharedRegisterDefaultsAndForbidding();
    void unusableSharedRegisterValuesAreIgnored();
#ifndef Q_OS_WIN
    void systemPolicyFromXdgConfigDirs();
#endif

private:
    QString writePolicy(const QByteArray& text);
    QString writeUser(const QByteArray& text);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_user;
    QString m_policy;
};

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_user = m_dir->filePath(u"user.ini"_s);
    m_policy = m_dir->filePath(u"policy.ini"_s);
}

QString TestAppSettings::writePolicy(const QByteArray& text)
{
    QFile f(m_policy);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        qFatal("cannot write the policy file");
    return m_policy;
}

QString TestAppSettings::writeUser(const QByteArray& text)
{
    QFile f(m_user);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        qFatal("cannot write the user file");
    return m_user;
}

namespace {
const QByteArray kUser = "[database]\npath=/home/a/mine.sqlite\n"
                         "[ui]\nlanguage=en\n"
                         "[organisation]\nname=My council\n";
} // namespace

void TestAppSettings::noPolicyFallsBackToTheUser()
{
    writeUser(kUser);
    // A policy file that does not exist, and none at all.
    for (const QString& policy : {m_dir->filePath(u"absent.ini"_s), QString()}) {
        const AppSettings s(m_user, policy);
        QCOMPARE(s.policyLocation(), QString());
        QCOMPARE(s.databasePath(), u"/home/a/mine.sqlite"_s);
        QCOMPARE(s.effectiveDatabasePath(), u"/home/a/mine.sqlite"_s);
        QCOMPARE(s.language(), u"en"_s);
        QCOMPARE(s.organisationName(), u"My council"_s);
        QCOMPARE(s.defaultDatabasePath(), AppPaths::defaultDatabasePath());
        for (const Key k : {Key::DatabasePath, Key::Language, Key::OrganisationName}) {
            QCOMPARE(s.policySource(k), Source::None);
            QVERIFY(!s.isLocked(k));
        }
    }
    // An empty user file: the built-in defaults.
    writeUser({});
    const AppSettings s(m_user, QString());
    QCOMPARE(s.databasePath(), QString());
    QCOMPARE(s.effectiveDatabasePath(), AppPaths::defaultDatabasePath());
    QCOMPARE(s.language(), QString());
}

void TestAppSettings::enforcedPolicyOverridesTheUser()
{
    writeUser(kUser);
    writePolicy("DatabasePath=/srv/sharewise/history.sqlite\n"
                "Language=cy\n"
                "OrganisationName=Cyngor Sir Ynys Môn\n");
    const AppSettings s(m_user, m_policy);
    QCOMPARE(s.policyLocation(), m_policy);
    QCOMPARE(s.databasePath(), u"/srv/sharewise/history.sqlite"_s);
    QCOMPARE(s.effectiveDatabasePath(), u"/srv/sharewise/history.sqlite"_s);
    QCOMPARE(s.language(), u"cy"_s);
    QCOMPARE(s.organisationName(), u"Cyngor Sir Ynys Môn"_s);
    for (const Key k : {Key::DatabasePath, Key::Language, Key::OrganisationName}) {
        QCOMPARE(s.policySource(k), Source::Enforced);
        QVERIFY(s.isLocked(k));
    }
    // Only what the policy names is locked.
    writePolicy("Language=cy\n");
    const AppSettings partial(m_user, m_policy);
    QVERIFY(partial.isLocked(Key::Language));
    QVERIFY(!partial.isLocked(Key::DatabasePath));
    QVERIFY(!partial.isLocked(Key::OrganisationName));
    QCOMPARE(partial.databasePath(), u"/home/a/mine.sqlite"_s);
    QCOMPARE(partial.organisationName(), u"My council"_s);
}

void TestAppSettings::lockedSettingsAreNotChanged()
{
    writeUser(kUser);
    writePolicy("[General]\nDatabasePath=/srv/h.sqlite\nLanguage=cy\n");
    {
        AppSettings s(m_user, m_policy);
        s.setDatabasePath(u"/home/a/other.sqlite"_s);
        s.setLanguage(u"en"_s);
        s.setOrganisationName(u"Another council"_s); // not locked: stored
        s.sync();
        QCOMPARE(s.databasePath(), u"/srv/h.sqlite"_s);
        QCOMPARE(s.language(), u"cy"_s);
        QCOMPARE(s.organisationName(), u"Another council"_s);
    }
    // The user's own values are kept as they were, for when the policy goes.
    const AppSettings mine(m_user);
    QCOMPARE(mine.databasePath(), u"/home/a/mine.sqlite"_s);
    QCOMPARE(mine.language(), u"en"_s);
    QCOMPARE(mine.organisationName(), u"Another council"_s);
}

void TestAppSettings::defaultsApplyUntilTheUserChooses()
{
    writeUser({});
    writePolicy("[Defaults]\nDatabasePath=/data/council/history.sqlite\nLanguage=cy\n"
                "OrganisationName=Anytown Borough Council\n");
    {
        AppSettings s(m_user, m_policy);
        QCOMPARE(s.databasePath(), u"/data/council/history.sqlite"_s);
        QCOMPARE(s.defaultDatabasePath(), u"/data/council/history.sqlite"_s);
        QCOMPARE(s.effectiveDatabasePath(), u"/data/council/history.sqlite"_s);
        QCOMPARE(s.language(), u"cy"_s);
        QCOMPARE(s.organisationName(), u"Anytown Borough Council"_s);
        for (const Key k : {Key::DatabasePath, Key::Language, Key::OrganisationName}) {
            QCOMPARE(s.policySource(k), Source::Default);
            QVERIFY(!s.isLocked(k));
        }
        s.setDatabasePath(u"/home/a/mine.sqlite"_s);
        s.setLanguage(u"en"_s);
        s.sync();
        QCOMPARE(s.databasePath(), u"/home/a/mine.sqlite"_s);
        QCOMPARE(s.language(), u"en"_s);
        QCOMPARE(s.policySource(Key::DatabasePath), Source::None);
        QCOMPARE(s.policySource(Key::Language), Source::None);
        QCOMPARE(s.policySource(Key::OrganisationName), Source::Default);
    }
    // The user's choice outlives the object; clearing it returns to IT's default.
    AppSettings s(m_user, m_policy);
    QCOMPARE(s.databasePath(), u"/home/a/mine.sqlite"_s);
    s.setDatabasePath(QString());
    QCOMPARE(s.databasePath(), u"/data/council/history.sqlite"_s);
    QCOMPARE(s.policySource(Key::DatabasePath), Source::Default);
}

void TestAppSettings::valueEqualToTheDefaultIsNotStored()
{
    writeUser({});
    writePolicy("[Defaults]\nDatabasePath=/data/one.sqlite\nLanguage=cy\n");
    {
        AppSettings s(m_user, m_policy);
        // What the Settings dialog does on Save: writes back what it showed.
        s.setDatabasePath(s.effectiveDatabasePath());
        s.setLanguage(s.language());
        s.sync();
    }
    QCOMPARE(AppSettings(m_user).databasePath(), QString());
    QCOMPARE(AppSettings(m_user).language(), QString());
    // So a later change of IT's default reaches the user.
    // (A different length: QSettings keeps a parsed file while its size and time match.)
    writePolicy("[Defaults]\nDatabasePath=/data/second.sqlite\nLanguage=en\n");
    const AppSettings s(m_user, m_policy);
    QCOMPARE(s.databasePath(), u"/data/second.sqlite"_s);
    QCOMPARE(s.language(), u"en"_s);
}

void TestAppSettings::enforcedBeatsDefault()
{
    writeUser(kUser);
    writePolicy("DatabasePath=/srv/enforced.sqlite\n"
                "[Defaults]\nDatabasePath=/srv/default.sqlite\n");
    const AppSettings s(m_user, m_policy);
    QCOMPARE(s.databasePath(), u"/srv/enforced.sqlite"_s);
    QCOMPARE(s.policySource(Key::DatabasePath), Source::Enforced);
    // The default still names IT's default place (the Settings dialog's "default" button).
    QCOMPARE(s.defaultDatabasePath(), u"/srv/default.sqlite"_s);
}

void TestAppSettings::unusableValuesAreIgnored()
{
    writeUser(kUser);
    writePolicy("DatabasePath=relative/history.sqlite\n"
                "Language=fr\n"
                "OrganisationName=   \n"
                "[Defaults]\n"
                "DatabasePath=%SHAREWISE_TEST_NOT_SET%/history.sqlite\n");
    qunsetenv("SHAREWISE_TEST_NOT_SET");
    const AppSettings s(m_user, m_policy);
    QCOMPARE(s.policyLocation(), m_policy);
    for (const Key k : {Key::DatabasePath, Key::Language, Key::OrganisationName}) {
        QCOMPARE(s.policySource(k), Source::None);
        QVERIFY(!s.isLocked(k));
    }
    QCOMPARE(s.databasePath(), u"/home/a/mine.sqlite"_s);
    QCOMPARE(s.language(), u"en"_s);
    QCOMPARE(s.organisationName(), u"My council"_s);
    QCOMPARE(s.defaultDatabasePath(), AppPaths::defaultDatabasePath());
}

void TestAppSettings::environmentVariablesAreExpanded()
{
    writeUser({});
    qputenv("SHAREWISE_TEST_BASE", QFile::encodeName(m_dir->path()));
    writePolicy("DatabasePath=%SHAREWISE_TEST_BASE%/data/../history.sqlite\n");
    const AppSettings s(m_user, m_policy);
    QCOMPARE(s.databasePath(), QDir(m_dir->path()).filePath(u"history.sqlite"_s));
    QVERIFY(s.isLocked(Key::DatabasePath));
    qunsetenv("SHAREWISE_TEST_BASE");
}

void TestAppSettings::namesIgnoreCaseAndSystemLanguage()
{
    writeUser(kUser);
    writePolicy("[general]\ndatabasepath=/srv/lower.sqlite\nLANGUAGE=System\n"
                "[DEFAULTS]\nOrganisationname=  Spaced council  \n");
    const AppSettings s(m_user, m_policy);
    QCOMPARE(s.databasePath(), u"/srv/lower.sqlite"_s);
    // "system": the language follows the computer, and the user cannot pick another.
    QCOMPARE(s.language(), QString());
    QVERIFY(s.isLocked(Key::Language));
    // The user's own name wins over a default.
    QCOMPARE(s.organisationName(), u"My council"_s);
    QCOMPARE(s.policySource(Key::OrganisationName), Source::None);
    writeUser({});
    const AppSettings fresh(m_user, m_policy);
    QCOMPARE(fresh.organisationName(), u"Spaced council"_s);
}

void TestAppSettings::commaInAnUnquotedValue()
{
    writeUser({});
    writePolicy("OrganisationName=Isle of Anglesey County Council, Cyngor Sir Ynys Môn\n");
    QCOMPARE(AppSettings(m_user, m_policy).organisationName(),
             u"Isle of Anglesey County Council, Cyngor Sir Ynys Môn"_s);
    writePolicy("[Defaults]\nOrganisationName=\"Quoted,  as documented\"\n");
    QCOMPARE(AppSettings(m_user, m_policy).organisationName(), u"Quoted,  as documented"_s);
}

void TestAppSettings::sharedRegisterFromTheUser()
{
    writeUser(kUser);
    {
        AppSettings s(m_user);
        QVERIFY(!s.usesSharedRegister());
        // A file: the path the settings name, and no server.
        Database::Options local = s.databaseOptions();
        QCOMPARE(local.path, u"/home/a/mine.sqlite"_s);
        QVERIFY(!local.server);
        QCOMPARE(s.registerServer().port, 5432);

        ServerConnection server;
        server.host = u" register.council.local "_s;
        server.port = 5432;
        server.database = u"sharewise"_s;
        server.user = u"jbloggs"_s;
        server.schema = u"gwynedd"_s;
        server.sslRootCert = u"/etc/ssl/council-ca.crt"_s;
        s.setUsesSharedRegister(true);
        s.setRegisterServer(server);
        s.sync();
    }
    const AppSettings s(m_user);
    QVERIFY(s.usesSharedRegister());
    const ServerConnection server = s.registerServer();
    QCOMPARE(server.host, u"register.council.local"_s);
    QCOMPARE(server.port, 5432);
    QCOMPARE(server.database, u"sharewise"_s);
    QCOMPARE(server.user, u"jbloggs"_s);
    QCOMPARE(server.schema, u"gwynedd"_s);
    QCOMPARE(server.sslRootCert, u"/etc/ssl/council-ca.crt"_s);
    QVERIFY(server.sslMode.isEmpty()); // verify-full for a remote host, by ServerConnection
    QCOMPARE(server.effectiveSslMode(), u"verify-full"_s);
    const Database::Options options = s.databaseOptions();
    QVERIFY(options.server);
    QCOMPARE(*options.server, server);
    QVERIFY(options.path.isEmpty());
    QVERIFY(!options.password);
    // The built-in port is not stored, so a port IT sets later as a default reaches the
    // user; nothing like a password is in the file.
    QFile f(m_user);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("host=register.council.local"));
    QVERIFY(!text.contains("port"));
    QVERIFY(!text.toLower().contains("password"));
    // Back to the file: the server's fields stay for the next time.
    {
        AppSettings back(m_user);
        back.setUsesSharedRegister(false);
        back.sync();
    }
    QVERIFY(!AppSettings(m_user).usesSharedRegister());
    QCOMPARE(AppSettings(m_user).registerServer().host, u"register.council.local"_s);
    QCOMPARE(AppSettings(m_user).databaseOptions().path, u"/home/a/mine.sqlite"_s);
}

void TestAppSettings::sharedRegisterEnforcedByPolicy()
{
    writeUser("[register]\nshared=false\nhost=mine.example\nport=7000\ndatabase=mine\n"
              "user=me\nschema=myschema\ncaCertificate=/home/a/ca.crt\n");
    qputenv("SHAREWISE_TEST_LOGIN", "jbloggs");
    // As IT would write it: names in any case, the port as a number, the user per person.
    writePolicy("SharedRegister=1\n"
                "sharedregisterhost=register.council.local\n"
                "SharedRegisterPort=6432\n"
                "SharedRegisterDatabase=sharewise\n"
                "SharedRegisterSchema=gwynedd\n"
                "SharedRegisterCACertificate=/etc/ssl/certs/../council-ca.crt\n"
                "SharedRegisterUser=%SHAREWISE_TEST_LOGIN%\n");
    AppSettings s(m_user, m_policy);
    QVERIFY(s.usesSharedRegister());
    for (const Key k :
         {Key::SharedRegister, Key::RegisterHost, Key::RegisterPort, Key::RegisterDatabase,
          Key::RegisterUser, Key::RegisterSchema, Key::RegisterCaCertificate}) {
        QVERIFY(s.isLocked(k));
        QCOMPARE(s.policySource(k), Source::Enforced);
    }
    QVERIFY(!s.isLocked(Key::DatabasePath));
    ServerConnection expected;
    expected.host = u"register.council.local"_s;
    expected.port = 6432;
    expected.database = u"sharewise"_s;
    expected.user = u"jbloggs"_s;
    expected.schema = u"gwynedd"_s;
    expected.sslRootCert = u"/etc/ssl/council-ca.crt"_s;
    QCOMPARE(s.registerServer(), expected);
    QCOMPARE(*s.databaseOptions().server, expected);
    // The user cannot change them; their own values are kept underneath.
    ServerConnection other;
    other.host = u"elsewhere"_s;
    other.port = 1;
    other.database = u"x"_s;
    other.user = u"y"_s;
    s.setUsesSharedRegister(false);
    s.setRegisterServer(other);
    s.sync();
    QCOMPARE(s.registerServer(), expected);
    QVERIFY(s.usesSharedRegister());
    const AppSettings mine(m_user);
    QCOMPARE(mine.registerServer().host, u"mine.example"_s);
    QCOMPARE(mine.registerServer().port, 7000);
    QVERIFY(!mine.usesSharedRegister());
    qunsetenv("SHAREWISE_TEST_LOGIN");
}

void TestAppSettings::sharedRegisterDefaultsAndForbidding()
{
    // IT's defaults: the register is used until the user chooses otherwise.
    writeUser({});
    writePolicy("[Defaults]\nSharedRegister=yes\nSharedRegisterHost=register.council.local\n"
                "SharedRegisterDatabase=sharewise\n");
    {
        AppSettings s(m_user, m_policy);
        QVERIFY(s.usesSharedRegister());
        QCOMPARE(s.policySource(Key::SharedRegister), Source::Default);
        QVERIFY(!s.isLocked(Key::RegisterHost));
        QCOMPARE(s.registerServer().host, u"register.council.local"_s);
        QCOMPARE(s.registerServer().user, QString()); // the user gives their own
        s.setUsesSharedRegister(false);               // differs from IT's default: stored
        s.sync();
    }
    QVERIFY(!AppSettings(m_user, m_policy).usesSharedRegister());
    QCOMPARE(AppSettings(m_user, m_policy).policySource(Key::SharedRegister), Source::None);

    // Enforced off: IT keeps everyone on a file, whatever the user chose.
    writeUser("[register]\nshared=true\nhost=h\ndatabase=d\nuser=u\n");
    writePolicy("SharedRegister=Off\n");
    const AppSettings off(m_user, m_policy);
    QVERIFY(!off.usesSharedRegister());
    QVERIFY(off.isLocked(Key::SharedRegister));
    QVERIFY(!off.databaseOptions().server);
    QCOMPARE(off.databaseOptions().path, AppPaths::defaultDatabasePath());
}

void TestAppSettings::unusableSharedRegisterValuesAreIgnored()
{
    writeUser("[register]\nshared=true\nhost=mine.example\nport=7000\ndatabase=mine\n"
              "user=me\n");
    qunsetenv("SHAREWISE_TEST_NOT_SET");
    writePolicy("SharedRegister=postgresql://register.council.local/sharewise\n"
                "SharedRegisterHost=two words\n"
                "SharedRegisterPort=99999\n"
                "SharedRegisterDatabase=my database\n"
                "SharedRegisterUser=%SHAREWISE_TEST_NOT_SET%\n"
                "SharedRegisterSchema=1bad\n"
                "SharedRegisterCACertificate=relative/ca.crt\n");
    const AppSettings s(m_user, m_policy);
    for (const Key k :
         {Key::SharedRegister, Key::RegisterHost, Key::RegisterPort, Key::RegisterDatabase,
          Key::RegisterUser, Key::RegisterSchema, Key::RegisterCaCertificate}) {
        QCOMPARE(s.policySource(k), Source::None);
        QVERIFY(!s.isLocked(k));
    }
    QVERIFY(s.usesSharedRegister());
    QCOMPARE(s.registerServer().host, u"mine.example"_s);
    QCOMPARE(s.registerServer().port, 7000);
    QCOMPARE(s.registerServer().user, u"me"_s);
    QCOMPARE(s.databasePath(), QString());
}

#ifndef Q_OS_WIN
void TestAppSettings::systemPolicyFromXdgConfigDirs()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(QDir(second.path()).mkpath(u"Sharewise"_s));
    const QString file = QDir(second.path()).filePath(u"Sharewise/policy.ini"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("DatabasePath=/srv/from-xdg.sqlite\n");
    }
    const QByteArray saved = qgetenv("XDG_CONFIG_DIRS");
    // A relative entry is ignored; the first folder holding a policy.ini is used.
    qputenv("XDG_CONFIG_DIRS", "relative/dir:" + QFile::encodeName(first.path()) + ':' +
                                   QFile::encodeName(second.path()));
    QCOMPARE(AppSettings::systemPolicyLocation(), file);
    {
        const AppSettings s;
        QCOMPARE(s.policyLocation(), file);
        QCOMPARE(s.databasePath(), u"/srv/from-xdg.sqlite"_s);
        QVERIFY(s.isLocked(Key::DatabasePath));
    }
    // None found: the first folder is where one would go, and nothing is locked.
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(first.path()));
    QCOMPARE(AppSettings::systemPolicyLocation(),
             QDir(first.path()).filePath(u"Sharewise/policy.ini"_s));
    QVERIFY(!AppSettings().isLocked(Key::DatabasePath));
    QCOMPARE(AppSettings().policyLocation(), QString());
    if (saved.isNull())
        qunsetenv("XDG_CONFIG_DIRS");
    else
        qputenv("XDG_CONFIG_DIRS", saved);
}
#endif

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
