// The agreement as a printable document: its HTML (escaped, blank SIRO and DPO
// sign-offs when missing) and the PDF, read back with poppler's pdftotext.
#include "print/AgreementPdf.h"

#include "common/Translations.h"
#include "crypto/Sodium.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::agreements;

namespace {

Agreement sample()
{
    Agreement a;
    a.reference = u"DSA-2026-042"_s;
    a.title = u"Homelessness case-level return"_s;
    a.status = AgreementStatus::Active;
    a.version = 3;
    Party council;
    council.organisation = u"Riverside Borough Council"_s;
    council.role = PartyRole::Controller;
    council.contact = Contact{u"Alys Morgan"_s, u"Housing Options Manager"_s,
                              u"alys.morgan@riverside.example"_s, u"01632 960001"_s};
    a.parties << council;
    a.purpose = u"To plan temporary accommodation for households at risk of homelessness."_s;
    a.benefits = u"Fewer families placed in bed and breakfast."_s;
    a.notUsedFor = u"Enforcement against individuals."_s;
    a.lawfulBasis = LegalGround{u"art6_1_e"_s, {}, u"The council's housing duties."_s};
    DataItem dob;
    dob.name = u"Date of birth"_s;
    dob.aliases = QStringList{u"DOB"_s};
    dob.minimum.action = redact::Action::Generalise;
    dob.minimum.to = redact::Generalisation::DateMonth;
    a.dataItems << dob;
    DataItem postcode;
    postcode.name = u"Postcode"_s;
    postcode.minimum.action = redact::Action::Generalise;
    postcode.minimum.to = redact::Generalisation::PostcodeSector;
    a.dataItems << postcode;
    a.frequency = Frequency::Quarterly;
    a.retention = u"Two years, then deleted."_s;
    a.security = u"Encrypted bundles only."_s;
    a.transferMethod = u"Sharewise bundle by secure email."_s;
    a.rights = u"Complaints to the council's DPO."_s;
    a.dpia.status = DpiaStatus::Completed;
    a.dpia.reference = u"DPIA-2026-07"_s;
    a.startsOn = QDate(2026, 4, 1);
    a.endsOn = QDate(2027, 3, 31);
    a.reviewDueOn = QDate(2026, 10, 1);
    a.signOffs << SignOff{u"Gwen Pritchard"_s,
                          SignOffRole::Siro,
                          {},
                          u"Riverside Borough Council"_s,
                          QDate(2026, 3, 20)}
               << SignOff{u"Rhodri Evans"_s,
                          SignOffRole::Dpo,
                          {},
                          u"Riverside Borough Council"_s,
                          QDate(2026, 3, 21)};
    a.outputs << ExpectedOutput{u"Quarterly dashboard"_s, u"Counts by ward."_s, QDate(2026, 7, 31)};
    a.recipients << Recipient{u"Housing Department"_s, u"Data team"_s,
                              u"ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"_s};
    return a;
}

// The PDF's text, spaces and line breaks folded, or a null string without pdftotext.
QString pdfText(const QString& path, QString* problem)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *problem = QString::fromUtf8(p.readAllStandardError());
        return u""_s;
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestAgreementPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }

    void htmlEscapesTheAgreementsText()
    {
        Agreement a = sample();
        a.title = u"<script>alert(1)</script> & more"_s;
        a.purpose = u"Line one <b>not bold</b>\nline two"_s;
        const QString html = print::agreementHtml(a);
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"_s));
        QVERIFY(html.contains(u"Line one &lt;b&gt;not bold&lt;/b&gt;<br/>line two"_s));
    }

    void htmlHoldsTheFacts()
    {
        const Agreement a = sample();
        const QString html = print::agreementHtml(a);
        QVERIFY(html.contains(u"DSA-2026-042"_s));
        QVERIFY(html.contains(a.title));
        QVERIFY(html.contains(a.purpose));
        QVERIFY(html.contains(u"Alys Morgan"_s));
        QVERIFY(html.contains(u"DPIA-2026-07"_s));
        QVERIFY(html.contains(redact::describeRule(a.dataItems.first().minimum)));
        QVERIFY(html.contains(frequencyLabel(Frequency::Quarterly)));
        // The content hash, in groups of eight hex digits.
        const QString hex = QString::fromLatin1(a.computeContentHash().toHex());
        QVERIFY(html.contains(hex.left(8) + u' ' + hex.mid(8, 8)));
    }

    void datesFollowTheLanguage()
    {
        const Agreement a = sample(); // starts 1 April 2026
        Translations::apply(u"cy"_s);
        QCOMPARE(QLocale().language(), QLocale::Welsh); // for every QLocale() in the program
        const QString welsh = print::agreementHtml(a);
        Translations::apply(u"en"_s);
        const QString english = print::agreementHtml(a);
        QVERIFY2(welsh.contains(u"1 Ebrill 2026"_s), qPrintable(welsh.left(2000)));
        QVERIFY(!welsh.contains(u"1 April 2026"_s));
        QVERIFY(english.contains(u"1 April 2026"_s));
    }

    void missingSiroAndDpoGetEmptySignOffs()
    {
        Agreement a = sample();
        const QString siro = signOffRoleLabel(SignOffRole::Siro).toHtmlEscaped();
        const QString dpo = signOffRoleLabel(SignOffRole::Dpo).toHtmlEscaped();
        QCOMPARE(print::agreementHtml(a).count(siro), 1);
        a.signOffs = {SignOff{
            u"Dr Carys Hughes"_s, SignOffRole::CaldicottGuardian, {}, u"Health Board"_s, {}}};
        const QString html = print::agreementHtml(a);
        QVERIFY(html.contains(u"Dr Carys Hughes"_s));
        QCOMPARE(html.count(siro), 1);
        QCOMPARE(html.count(dpo), 1);
        QCOMPARE(html.count(signOffRoleLabel(SignOffRole::CaldicottGuardian).toHtmlEscaped()), 1);
    }

    void proposalsAreMarked()
    {
        Agreement a = sample();
        const QString mark =
            QCoreApplication::translate("AgreementPdf", "(proposed, not yet confirmed)");
        QVERIFY(!print::agreementHtml(a).contains(mark));
        a.proposed = QStringList{QString::fromLatin1(Field::LawfulBasis)};
        QCOMPARE(print::agreementHtml(a).count(mark), 1);
    }

    void pdfHoldsTheKeyText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"agreement.pdf"_s);
        const Agreement a = sample();
        const Status s = print::writeAgreementPdf(a, path);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"agreement.pdf"_s});

        QString problem;
        const QString raw = pdfText(path, &problem);
        if (raw.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString text = raw.simplified();
        QVERIFY2(text.contains(u"DSA-2026-042"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(a.title));
        QVERIFY(text.contains(a.purpose));
        QVERIFY(text.contains(u"Date of birth"_s));
        QVERIFY(text.contains(redact::describeRule(a.dataItems.first().minimum)));
        QVERIFY(text.contains(u"Gwen Pritchard"_s));
        QVERIFY(text.contains(u"Rhodri Evans"_s));
        QVERIFY(text.contains(u"Housing Department"_s));
        // Pages are numbered at the foot: a second page exists and is numbered 2.
        const QStringList pages = raw.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        QVERIFY(pages.at(1).trimmed().endsWith(u"2"_s));
        // The sign-offs start a page of their own, none split across pages.
        const QString last = pages.last().simplified();
        // ("Sign-off" may come out with an "ff" ligature.)
        QVERIFY2(last.startsWith(u"Sign-"_s) && last.contains(u"Signed for the parties"_s),
                 qPrintable(last.left(200)));
        QVERIFY(last.contains(u"Gwen Pritchard"_s) && last.contains(u"Rhodri Evans"_s));
    }

    void failureLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"missing/agreement.pdf"_s);
        const Status s = print::writeAgreementPdf(sample(), path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Failure);
        QVERIFY(s.error().where.contains(u"agreement.pdf"_s));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    }

    void replacesAnExistingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"agreement.pdf"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QVERIFY(print::writeAgreementPdf(sample(), path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestAgreementPdf)
#include "tst_agreementpdf.moc"
