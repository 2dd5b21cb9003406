#include "common/AppPaths.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "settings/SettingsDialog.h"
#include "widgets/ErrorSummary.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sharewise;
using namespace sharewise::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
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
    QCOMPARE(tied, 3);
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

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
