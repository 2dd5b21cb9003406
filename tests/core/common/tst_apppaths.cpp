#include "common/AppPaths.h"
#include "common/AppSettings.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;

class TestAppPaths : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void networkPaths_data();
    void networkPaths();
    void localFolderIsNotNetwork();
    void defaultDatabaseIsLocalAppData();
    void settingsRoundTrip();
};

void TestAppPaths::networkPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("fsType");
    QTest::addColumn<bool>("network");
    QTest::newRow("UNC backslash")
        << QStringLiteral("\\\\server\\share\\history.sqlite") << QByteArray() << true;
    QTest::newRow("UNC slash") << QStringLiteral("//server/share/history.sqlite") << QByteArray()
                               << true;
    QTest::newRow("nfs") << QStringLiteral("/mnt/home/history.sqlite") << QByteArray("nfs4")
                         << true;
    QTest::newRow("cifs") << QStringLiteral("/mnt/h/history.sqlite") << QByteArray("cifs") << true;
    QTest::newRow("smb3") << QStringLiteral("/mnt/h/history.sqlite") << QByteArray("SMB3") << true;
    QTest::newRow("sshfs") << QStringLiteral("/mnt/h/history.sqlite") << QByteArray("fuse.sshfs")
                           << true;
    QTest::newRow("ext4") << QStringLiteral("/home/a/history.sqlite") << QByteArray("ext4")
                          << false;
    QTest::newRow("ntfs") << QStringLiteral("C:/Users/a/history.sqlite") << QByteArray("NTFS")
                          << false;
}

void TestAppPaths::networkPaths()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, fsType);
    QFETCH(bool, network);
    QCOMPARE(AppPaths::isNetworkPath(path, fsType), network);
}

void TestAppPaths::localFolderIsNotNetwork()
{
    QTemporaryDir dir;
    QVERIFY(!AppPaths::isNetworkPath(dir.filePath(QStringLiteral("not/yet/made/history.sqlite"))));
}

void TestAppPaths::defaultDatabaseIsLocalAppData()
{
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QVERIFY(AppPaths::defaultDatabasePath().startsWith(local));
    QVERIFY(AppPaths::defaultDatabasePath().endsWith(QLatin1String(".sqlite")));
}

void TestAppPaths::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    {
        AppSettings s(ini);
        QCOMPARE(s.databasePath(), QString());
        QCOMPARE(s.effectiveDatabasePath(), AppPaths::defaultDatabasePath());
        s.setDatabasePath(QStringLiteral("/data/h.sqlite"));
        s.setLanguage(QStringLiteral("cy"));
        s.setOrganisationName(QStringLiteral("  Cyngor Sir Ynys Môn  "));
        s.sync();
    }
    AppSettings s(ini);
    QCOMPARE(s.effectiveDatabasePath(), QStringLiteral("/data/h.sqlite"));
    QCOMPARE(s.language(), QStringLiteral("cy"));
    QCOMPARE(s.organisationName(), QStringLiteral("Cyngor Sir Ynys Môn"));
    s.setDatabasePath(QString());
    QCOMPARE(s.effectiveDatabasePath(), AppPaths::defaultDatabasePath());
}

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
