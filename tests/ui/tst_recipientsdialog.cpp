#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "recipients/AddRecipientDialog.h"
#include "recipients/RecipientsDialog.h"
#include "recipients/RevokeKeyDialog.h"
#include "store/Database.h"
#include "store/RecipientsDirectory.h"
#include "support/TestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sharewise;
using namespace sharewise::ui;

class TestRecipientsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addThroughTheDialogAppearsInTheTable();
    void fingerprintShownAndBadCardRefused();
    void loadsACardFromAFile();
    void changedKeyNeedsASecondConfirmation();
    void markAsChecked();
    void revokeWithAReason();
    void fieldsHaveNamesAndBuddies();

private:
    // Answers the next modal dialog of type T with `answer`, once it is shown.
    template <typename T>
    void whenShown(std::function<void(T*)> answer);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    crypto::Identity m_alex;
    crypto::Identity m_impostor;
};

template <typename T>
void TestRecipientsDialog::whenShown(std::function<void(T*)> answer)
{
    auto* timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(d);
        }
    });
    timer->start();
}

void TestRecipientsDialog::initTestCase()
{
    QVERIFY(crypto::initialise());
    Dialogs::setRecordMessagesForTesting(true);
    m_alex = crypto::Identity::generate(QStringLiteral("Alex Morgan, ONS"));
    m_impostor = crypto::Identity::generate(QStringLiteral("Alex Morgan, ONS"));
}

void TestRecipientsDialog::init()
{
    static int n = 0;
    m_db = test::openHistory(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++n)));
    QVERIFY(m_db);
    Translations::apply(QStringLiteral("en"));
}

void TestRecipientsDialog::cleanup()
{
    m_db.reset();
}

void TestRecipientsDialog::addThroughTheDialogAppearsInTheTable()
{
    RecipientsDialog d(*m_db);
    d.show();
    QCOMPARE(d.table()->rowCount(), 0);
    const QString card = m_alex.card().toText();
    whenShown<AddRecipientDialog>([card](AddRecipientDialog* add) {
        add->cardEdit()->setPlainText(card);
        QTest::keyClicks(add->organisationEdit(), QStringLiteral("Office for National Statistics"));
        QTest::keyClicks(add->personEdit(), QStringLiteral("Alex Morgan"));
        add->checkedBox()->setChecked(true);
        QTest::mouseClick(add->addButton(), Qt::LeftButton);
    });
    QTest::mouseClick(d.addButton(), Qt::LeftButton);
    QCOMPARE(d.table()->rowCount(), 1);
    QCOMPARE(d.table()->item(0, RecipientsDialog::PersonColumn)->text(),
             QStringLiteral("Alex Morgan"));
    QCOMPARE(d.table()->item(0, RecipientsDialog::OrganisationColumn)->text(),
             QStringLiteral("Office for National Statistics"));
    QCOMPARE(d.table()->item(0, RecipientsDialog::FingerprintColumn)->text(),
             m_alex.card().fingerprint());
    QVERIFY(d.table()
                ->item(0, RecipientsDialog::CheckedColumn)
                ->text()
                .startsWith(QLatin1String("Yes")));
    QVERIFY(!d.table()->item(0, RecipientsDialog::CheckedColumn)->icon().isNull());
    QCOMPARE(d.table()->item(0, RecipientsDialog::StatusColumn)->text(), QStringLiteral("In use"));
    Result<QList<RecipientKey>> keys = RecipientsDirectory(*m_db).list();
    QVERIFY(keys && keys->size() == 1 && keys->first().isVerified());
    QCOMPARE(keys->first().verifiedHow, QStringLiteral("phone"));
}

void TestRecipientsDialog::fingerprintShownAndBadCardRefused()
{
    AddRecipientDialog add(*m_db);
    add.show();
    add.cardEdit()->setPlainText(m_alex.card().toText());
    QCOMPARE(add.fingerprintLabel()->text(), m_alex.card().fingerprint());

    // One character changed: the checksum fails, nothing is added.
    QString bad = m_alex.card().toText();
    bad[bad.size() - 3] =
        bad.at(bad.size() - 3) == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
    add.cardEdit()->setPlainText(bad);
    QVERIFY(add.fingerprintLabel()->text() != m_alex.card().fingerprint());
    QTest::keyClicks(add.organisationEdit(), QStringLiteral("ONS"));
    QTest::mouseClick(add.addButton(), Qt::LeftButton);
    QVERIFY(add.isVisible());
    QCOMPARE(add.errorSummary()->problems().size(), 2); // the card, and the person
    QVERIFY(RecipientsDirectory(*m_db).list()->isEmpty());
}

void TestRecipientsDialog::loadsACardFromAFile()
{
    const QString file = m_dir.filePath(QStringLiteral("alex.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_alex.card().toText().toUtf8() + "\r\n");
    f.close();
    AddRecipientDialog add(*m_db);
    Dialogs::setNextFileNameForTesting(file);
    QTest::mouseClick(add.loadButton(), Qt::LeftButton);
    QCOMPARE(add.fingerprintLabel()->text(), m_alex.card().fingerprint());
}

void TestRecipientsDialog::changedKeyNeedsASecondConfirmation()
{
    QVERIFY(RecipientsDirectory(*m_db).add(m_alex.card(), QStringLiteral("ONS"),
                                           QStringLiteral("Alex Morgan"), false));
    AddRecipientDialog add(*m_db);
    add.show();
    add.cardEdit()->setPlainText(m_impostor.card().toText());
    QTest::keyClicks(add.organisationEdit(), QStringLiteral("ONS"));
    QTest::keyClicks(add.personEdit(), QStringLiteral("Alex Morgan"));
    QVERIFY(!add.acceptNewKeyBox()->isVisible());
    QTest::mouseClick(add.addButton(), Qt::LeftButton);
    QVERIFY(add.isVisible());
    QVERIFY(add.errorSummary()->isVisible());
    QCOMPARE(add.errorSummary()->problems().size(), 1);
    const QString warning = add.errorSummary()->problems().first();
    QVERIFY2(warning.startsWith(QLatin1String("WARNING")), qPrintable(warning));
    QVERIFY(warning.contains(m_alex.card().fingerprint()));
    QVERIFY(warning.contains(m_impostor.card().fingerprint()));
    QVERIFY(add.acceptNewKeyBox()->isVisible());
    QCOMPARE(RecipientsDirectory(*m_db).list()->size(), 1);

    // Clicking again without the second confirmation still adds nothing.
    QTest::mouseClick(add.addButton(), Qt::LeftButton);
    QVERIFY(add.isVisible());
    QCOMPARE(RecipientsDirectory(*m_db).list()->size(), 1);

    add.acceptNewKeyBox()->setChecked(true);
    QTest::mouseClick(add.addButton(), Qt::LeftButton);
    QCOMPARE(add.result(), int(QDialog::Accepted));
    QCOMPARE(RecipientsDirectory(*m_db).list()->size(), 2);
}

void TestRecipientsDialog::markAsChecked()
{
    QVERIFY(RecipientsDirectory(*m_db).add(m_alex.card(), QStringLiteral("ONS"),
                                           QStringLiteral("Alex Morgan"), false));
    RecipientsDialog d(*m_db);
    d.show();
    QCOMPARE(d.table()->item(0, RecipientsDialog::CheckedColumn)->text(),
             QStringLiteral("Not yet"));
    QVERIFY(!d.checkButton()->isEnabled());
    QVERIFY(d.selectFingerprint(m_alex.card().fingerprint()));
    QVERIFY(d.checkButton()->isEnabled());
    Dialogs::setNextConfirmForTesting(false);
    QTest::mouseClick(d.checkButton(), Qt::LeftButton);
    QVERIFY(Dialogs::lastMessageForTesting().contains(m_alex.card().fingerprint()));
    QVERIFY(!RecipientsDirectory(*m_db).list()->first().isVerified());
    Dialogs::setNextConfirmForTesting(true);
    QTest::mouseClick(d.checkButton(), Qt::LeftButton);
    QVERIFY(RecipientsDirectory(*m_db).list()->first().isVerified());
    QVERIFY(d.table()
                ->item(0, RecipientsDialog::CheckedColumn)
                ->text()
                .startsWith(QLatin1String("Yes")));
}

void TestRecipientsDialog::revokeWithAReason()
{
    QVERIFY(RecipientsDirectory(*m_db).add(m_alex.card(), QStringLiteral("ONS"),
                                           QStringLiteral("Alex Morgan"), false));
    RecipientsDialog d(*m_db);
    d.show();
    QVERIFY(d.selectFingerprint(m_alex.card().fingerprint()));
    // An empty reason is a problem; then a reason revokes.
    whenShown<RevokeKeyDialog>([](RevokeKeyDialog* r) {
        QTest::mouseClick(r->revokeButton(), Qt::LeftButton);
        QVERIFY(r->isVisible());
        QTest::keyClicks(r->reasonEdit(), QStringLiteral("Left the organisation"));
        QTest::mouseClick(r->revokeButton(), Qt::LeftButton);
    });
    QTest::mouseClick(d.revokeButton(), Qt::LeftButton);
    const RecipientKey key = RecipientsDirectory(*m_db).list()->first();
    QVERIFY(key.isRevoked());
    QCOMPARE(key.revokeReason, QStringLiteral("Left the organisation"));
    const QString status = d.table()->item(0, RecipientsDialog::StatusColumn)->text();
    QVERIFY2(status.startsWith(QLatin1String("Revoked")) &&
                 status.endsWith(QLatin1String("Left the organisation")),
             qPrintable(status));
    QVERIFY(!d.revokeButton()->isEnabled());
}

void TestRecipientsDialog::fieldsHaveNamesAndBuddies()
{
    AddRecipientDialog add(*m_db);
    int tied = 0;
    for (QLabel* l : add.findChildren<QLabel*>()) {
        if (l->text().contains(QLatin1Char('&'))) {
            QVERIFY2(l->buddy(), qPrintable(l->text()));
            ++tied;
        }
    }
    QCOMPARE(tied, 3);
    for (QWidget* w :
         {static_cast<QWidget*>(add.cardEdit()), static_cast<QWidget*>(add.organisationEdit()),
          static_cast<QWidget*>(add.personEdit()), static_cast<QWidget*>(add.checkedBox()),
          static_cast<QWidget*>(add.loadButton())})
        QVERIFY(!w->accessibleName().isEmpty());
    RecipientsDialog d(*m_db);
    QVERIFY(!d.table()->accessibleName().isEmpty());
    QVERIFY(!d.addButton()->accessibleName().isEmpty());
}

QTEST_MAIN(TestRecipientsDialog)
#include "tst_recipientsdialog.moc"
