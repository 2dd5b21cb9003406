// The preparer seals a share an IG lead approved, from the history: the button is there
// only for an approved share; sealing redacts the file again, writes the bundle and
// records the share sealed; a file changed since the approval is refused with no bundle.
#include "MainWindow.h"
#include "bundle/BundleReader.h"
#include "common/AppSettings.h"
#include "common/CanonicalJson.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "core/shares/SharesFixture.h"
#include "crypto/Sodium.h"
#include "history/HistoryDialog.h"
#include "history/SharesPanel.h"
#include "secrets/MemorySecretStore.h"
#include "shares/Approval.h"
#include "shares/SharePipeline.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "widgets/Dialogs.h"

#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::ui;
using namespace sharewise::testshares;

class TestSealApproved : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(crypto::initialise());
        QVERIFY(m_dir.isValid());
        Dialogs::setRecordMessagesForTesting(true);
    }

    void sealsAnApprovedShareFromTheHistory()
    {
        {
            AppSettings s;
            s.setDatabasePath(m_dir.filePath(u"history.sqlite"_s));
            s.setLanguage(u"en"_s);
            s.sync();
        }
        Translations::apply(u"en"_s);
        MainWindow window;
        window.setSecretStore(std::make_unique<secrets::MemorySecretStore>());
        QVERIFY(window.database());
        Database& db = *window.database();
        const auto me =
            std::make_shared<const crypto::Identity>(crypto::Identity::generate(u"Rhian Hughes"_s));
        const crypto::Identity reviewer = crypto::Identity::generate(u"Gareth Williams"_s);
        const crypto::Identity partner = crypto::Identity::generate(u"Alex Smith"_s);
        QVERIFY(
            OwnIdentityRecords(db).addCurrent(me->card(), u"file"_s, m_dir.filePath(u"me.swid"_s)));
        window.adoptIdentity(me);
        RecipientsDirectory dir(db);
        QVERIFY(dir.add(partner.card(), u"Department for Housing"_s, u"Alex Smith"_s, false));
        QVERIFY(dir.markVerified(partner.card().fingerprint(), u"phone"_s));
        const agreements::Agreement agreement =
            recordAgreement(db, agreementFor(u"DSA-SEAL"_s, partner.card().fingerprint()));

        // Two shares: one approved by the IG lead, one still a draft.
        const QString data = m_dir.filePath(u"cases.csv"_s);
        QVERIFY(writeFile(data, csvBytes(120)));
        const shares::ShareRecord approved =
            submitAndApprove(db, agreement, data, *me, reviewer, partner.card());
        QCOMPARE(approved.state, shares::ShareState::Approved);
        shares::ShareRecord draftRecord;
        draftRecord.agreementReference = agreement.reference;
        draftRecord.agreementVersion = agreement.version;
        const shares::ShareRecord draft = shares::ShareStore(db).createDraft(draftRecord).value();

        // The history offers Seal for the approved share only.
        {
            HistoryDialog history(db);
            SharesPanel* panel = history.findChild<SharesPanel*>();
            QVERIFY(panel);
            QVERIFY(panel->selectShare(draft.id));
            QVERIFY(!panel->sealButton()->isEnabled());
            QVERIFY(panel->selectShare(approved.id));
            QVERIFY(panel->sealButton()->isEnabled());
            QVERIFY(!panel->sealButton()->accessibleName().isEmpty());
        }

        const QString out = m_dir.filePath(u"cases.swb"_s);
        Dialogs::setNextFileNameForTesting(out);
        QVERIFY2(window.sealApprovedShare(approved.id),
                 qPrintable(Dialogs::lastMessageForTesting()));
        QVERIFY(QFile::exists(out));
        QVERIFY(Dialogs::lastMessageForTesting().contains(u"The bundle is sealed"_s));
        QCOMPARE(shares::ShareStore(db).find(approved.id)->state, shares::ShareState::Sealed);

        // Approved, then the file changed: refused, and no bundle.
        const QString data2 = m_dir.filePath(u"cases2.csv"_s);
        QVERIFY(writeFile(data2, csvBytes(80)));
        const shares::ShareRecord second =
            submitAndApprove(db, agreement, data2, *me, reviewer, partner.card());
        QVERIFY(writeFile(data2, csvBytes(81)));
        const QString out2 = m_dir.filePath(u"cases2.swb"_s);
        Dialogs::setNextFileNameForTesting(out2);
        QVERIFY(!window.sealApprovedShare(second.id));
        QVERIFY(!QFile::exists(out2));
        QVERIFY2(Dialogs::lastMessageForTesting().contains(u"differs from what was approved"_s),
                 qPrintable(Dialogs::lastMessageForTesting()));
        QCOMPARE(shares::ShareStore(db).find(second.id)->state, shares::ShareState::Approved);

        // Approved for a partner who receives by passphrase: one is made at sealing, shown
        // once, and opens the bundle.
        agreements::Agreement byPassphrase =
            agreementFor(u"DSA-PASS"_s, partner.card().fingerprint());
        byPassphrase.recipients.append({u"Parish Council"_s, u"The Clerk"_s, QString(), true});
        byPassphrase = recordAgreement(db, byPassphrase);
        const QString data3 = m_dir.filePath(u"cases3.csv"_s);
        QVERIFY(writeFile(data3, csvBytes(60)));
        const shares::ShareRecord third =
            submitAndApprove(db, byPassphrase, data3, *me, reviewer, std::nullopt);
        QCOMPARE(third.state, shares::ShareState::Approved);
        QVERIFY(third.recipients.isEmpty());
        const QString out3 = m_dir.filePath(u"cases3.swb"_s);
        Dialogs::setNextFileNameForTesting(out3);
        QVERIFY2(window.sealApprovedShare(third.id), qPrintable(Dialogs::lastMessageForTesting()));
        const QString said = Dialogs::lastMessageForTesting();
        const QString marker = u"It opens with this passphrase:\n"_s;
        QVERIFY2(said.contains(marker), qPrintable(said));
        const QString passphrase =
            said.mid(said.indexOf(marker) + marker.size()).section(u'\n', 0, 0);
        QCOMPARE(passphrase.split(u'-').size(), 6);
        bundle::OpenParams open;
        open.passphrase = crypto::SecureBytes::copyOf(passphrase.toUtf8());
        open.senderKnown = [&](const crypto::KeyCard& c) {
            return c == me->card();
        };
        Result<bundle::OpenedBundle> opened = bundle::BundleReader::open(out3, open);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened->rowCount, 60u);
        QVERIFY(opened->manifest.contains(u"approval"_s));
        QCOMPARE(shares::ShareStore(db).find(third.id)->state, shares::ShareState::Sealed);
    }

private:
    // A share of `data` prepared and submitted by `me`, approved by `reviewer`.
    static shares::ShareRecord submitAndApprove(Database& db, const agreements::Agreement& a,
                                                const QString& data, const crypto::Identity& me,
                                                const crypto::Identity& reviewer,
                                                const std::optional<crypto::KeyCard>& recipient)
    {
        shares::PrepareParams pp;
        pp.input = data;
        pp.profile = redactionProfile(a.reference);
        pp.agreement = &a;
        if (recipient)
            pp.recipients = {*recipient};
        pp.byPassphrase = !recipient; // none: sealed under a passphrase
        pp.preparerFingerprint = me.card().fingerprint();
        Result<shares::PreparedShare> prepared = shares::prepareShare(pp);
        if (!prepared || prepared->blocked)
            return {};
        shares::ShareRecord r;
        r.agreementReference = a.reference;
        r.agreementVersion = a.version;
        r.agreementHash = a.contentHash;
        r.datasetPath = data;
        r.datasetName = QFileInfo(data).fileName();
        r.profileJson = CanonicalJson::serialise(pp.profile.toJson());
        r.recipients = pp.recipients;
        shares::ShareStore store(db);
        Result<shares::ShareRecord> made = store.createDraft(r);
        if (!made)
            return {};
        Result<shares::ShareRecord> submitted =
            store.submit(made->id, made->rowVersion, prepared->binding, prepared->summary);
        if (!submitted)
            return {};
        Result<shares::ShareDecision> decision = shares::decide(
            submitted.value(), reviewer, u"login:gareth"_s, true, QString(), Clock::nowUs());
        if (!decision)
            return {};
        Result<shares::ShareRecord> done =
            store.recordDecision(submitted->id, submitted->rowVersion, decision.value());
        return done ? done.value() : shares::ShareRecord{};
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSealApproved)
#include "tst_sealapproved.moc"
