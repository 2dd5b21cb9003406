// "Try it with sample data": the practice history is its own file, marked as practice,
// holding an active sample agreement that needs no review, a checked sample recipient
// and a made-up dataset that passes the agreement's checks once redacted as suggested;
// a real history is never taken for a practice one.
#include "agreements/AgreementRegister.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"
#include "shares/Practice.h"
#include "shares/SharePipeline.h"
#include "store/Database.h"
#include "store/RecipientsDirectory.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sharewise;

class TestPractice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }

    void newPracticeHistoryIsFilled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"practice.sqlite"_s);
        Result<std::unique_ptr<Database>> db = shares::practice::open(path, u"login:new"_s);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(shares::practice::isPractice(*db.value()));

        Result<agreements::Agreement> a =
            agreements::AgreementRegister(*db.value())
                .find(QString::fromLatin1(shares::practice::AgreementReference));
        QVERIFY(a.ok());
        QCOMPARE(a->status, agreements::AgreementStatus::Active);
        QVERIFY(!a->requiresReview);
        QVERIFY2(a->problemsForActivation().isEmpty(),
                 qPrintable(a->problemsForActivation().join(u' ')));
        QCOMPARE(a->recipients.size(), 1);
        Result<RecipientKey> recipient =
            RecipientsDirectory(*db.value()).find(a->recipients.first().fingerprint);
        QVERIFY(recipient.ok());
        QVERIFY(recipient->isVerified());

        // The sample file, redacted as the agreement asks, passes its checks.
        const QString data = shares::practice::sampleDatasetPath(path);
        QFile f(data);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 501);
        redact::RedactionProfile profile;
        profile.agreement = a->reference;
        profile.otherColumns = redact::RedactionProfile::OtherColumns::Drop;
        for (const agreements::DataItem& item : a->dataItems) {
            redact::ColumnRule rule = item.minimum;
            rule.column = item.name;
            profile.rules.append(rule);
        }
        shares::PrepareParams pp;
        pp.input = data;
        pp.profile = profile;
        pp.agreement = &a.value();
        pp.recipients = {recipient->card};
        pp.preparerFingerprint = u"practice"_s;
        Result<shares::PreparedShare> prepared = shares::prepareShare(pp);
        QVERIFY2(prepared.ok(), qPrintable(prepared.ok() ? QString() : prepared.error().message));
        QVERIFY2(!prepared->blocked,
                 qPrintable(prepared->findings.isEmpty() ? QString()
                                                         : prepared->findings.first().message));
        QCOMPARE(prepared->binding.rowCount, quint64(500));

        // Opened again: the same history, not filled twice.
        db.value().reset();
        Result<std::unique_ptr<Database>> again = shares::practice::open(path, u"login:new"_s);
        QVERIFY(again.ok());
        Result<QList<agreements::Agreement>> all =
            agreements::AgreementRegister(*again.value()).list();
        QCOMPARE(all->size(), 1);
    }

    void realHistoryIsNeverPractice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        {
            std::unique_ptr<Database> real = test::openHistory(path);
            QVERIFY(real);
            QVERIFY(!shares::practice::isPractice(*real));
        }
        Result<std::unique_ptr<Database>> db = shares::practice::open(path, u"login:new"_s);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Policy);
    }

    // A council working in Welsh gets its practice agreement in Welsh (the strings were
    // once filed by lupdate under the wrong context, so they stayed English).
    void practiceAgreementIsInTheUsersLanguage()
    {
        QTemporaryDir dir;
        Translations::apply(u"cy"_s);
        Result<std::unique_ptr<Database>> db =
            shares::practice::open(dir.filePath(u"practice.sqlite"_s), u"login:new"_s);
        Translations::apply(u"en"_s);
        QVERIFY(db.ok());
        Result<agreements::Agreement> a =
            agreements::AgreementRegister(*db.value())
                .find(QString::fromLatin1(shares::practice::AgreementReference));
        QVERIFY(a.ok());
        QVERIFY2(a->title.startsWith(u"Ymarfer"_s), qPrintable(a->title));
        QVERIFY2(!a->purpose.contains(u"Nothing here is real"_s), qPrintable(a->purpose));
    }

    void sampleDataIsDeterministic()
    {
        QTemporaryDir dir;
        QVERIFY(shares::practice::writeSampleDataset(dir.filePath(u"a.csv"_s), 50, 7).ok());
        QVERIFY(shares::practice::writeSampleDataset(dir.filePath(u"b.csv"_s), 50, 7).ok());
        QVERIFY(shares::practice::writeSampleDataset(dir.filePath(u"c.csv"_s), 50, 8).ok());
        auto read = [&](const char* name) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QCOMPARE(read("a.csv"), read("b.csv"));
        QVERIFY(read("a.csv") != read("c.csv"));
    }
};

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
