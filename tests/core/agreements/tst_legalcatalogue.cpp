// The legal catalogue: what it holds (every Article 6 basis, Article 9 condition and
// Schedule 1 paragraph, with the right ones needing Schedule 1), that its ids are
// unique and its cross-references resolve, that the generated strings file is in step
// with the JSON, and that texts are looked up for translation by context and id.
#include "agreements/LegalCatalogue.h"
#include "agreements/SourceStrings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise::agreements;

namespace {

QStringList idsOf(const QList<LegalEntry>& entries)
{
    QStringList ids;
    for (const LegalEntry& e : entries)
        ids.append(e.id);
    return ids;
}

QStringList schedule1Range(int from, int to)
{
    QStringList ids;
    for (int i = from; i <= to; ++i)
        ids.append(u"sch1_%1"_s.arg(i));
    return ids;
}

// Answers every catalogue text with a marked copy, recording what it was asked.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* comment,
                      int /*n*/) const override
    {
        if (qstrcmp(context, "LegalCatalogue") != 0 || !source)
            return {};
        asked.insert(QString::fromUtf8(comment));
        return u"CY:"_s + QString::fromUtf8(source);
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
    mutable QSet<QString> asked;
};

} // namespace

class TestLegalCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void idsAreUniqueAndEntriesComplete();
    void lawfulBases();
    void article9NeedsSchedule1ExactlyForBGHIJ();
    void schedule1HasEveryParagraph();
    void schedule1OptionsExist();
    void criminalOffenceAndStatutoryPowers();
    void describe();
    void stringsFileIsInStepWithTheJson();
    void textsAreTranslatedByContextAndId();
};

void TestLegalCatalogue::idsAreUniqueAndEntriesComplete()
{
    const QList<LegalEntry> all = LegalCatalogue::instance().allEntries();
    QVERIFY(all.size() > 60);
    QSet<QString> seen;
    static const QRegularExpression idShape(u"^[a-z0-9_]+$"_s);
    for (const LegalEntry& e : all) {
        QVERIFY2(!seen.contains(e.id), qPrintable(e.id));
        seen.insert(e.id);
        QVERIFY2(idShape.match(e.id).hasMatch(), qPrintable(e.id));
        QVERIFY2(!e.citation.isEmpty(), qPrintable(e.id));
        QVERIFY2(!e.title.isEmpty(), qPrintable(e.id));
        QVERIFY2(!e.explanation.isEmpty(), qPrintable(e.id));
        QVERIFY2(!e.typicalUse.isEmpty(), qPrintable(e.id));
        QCOMPARE(LegalCatalogue::instance().find(e.id)->id, e.id);
    }
    QCOMPARE(LegalCatalogue::instance().find(u"art6_1_z"_s), nullptr);
}

void TestLegalCatalogue::lawfulBases()
{
    const QList<LegalEntry> bases = LegalCatalogue::instance().entries(LegalKind::LawfulBasis);
    QCOMPARE(idsOf(bases), QStringList({u"art6_1_a"_s, u"art6_1_b"_s, u"art6_1_c"_s, u"art6_1_d"_s,
                                        u"art6_1_e"_s, u"art6_1_ea"_s, u"art6_1_f"_s}));
    QStringList notForAuthorities;
    for (const LegalEntry& e : bases) {
        if (!e.forPublicAuthorities)
            notForAuthorities.append(e.id);
        QVERIFY(e.citation.startsWith(u"UK GDPR Article 6(1)"_s));
    }
    QCOMPARE(notForAuthorities, QStringList({u"art6_1_ea"_s, u"art6_1_f"_s}));
    QCOMPARE(LegalCatalogue::instance().find(u"art6_1_e"_s)->title, u"Public task"_s);
}

void TestLegalCatalogue::article9NeedsSchedule1ExactlyForBGHIJ()
{
    const QList<LegalEntry> conditions = LegalCatalogue::instance().entries(LegalKind::Article9);
    QStringList all;
    QStringList needing;
    for (const LegalEntry& e : conditions) {
        all.append(e.id);
        if (e.needsSchedule1) {
            needing.append(e.id);
            QVERIFY2(!e.schedule1Options.isEmpty(), qPrintable(e.id));
        } else {
            QVERIFY2(e.schedule1Options.isEmpty(), qPrintable(e.id));
        }
    }
    QStringList expectedAll;
    for (const QChar c : u"abcdefghij"_s)
        expectedAll.append(u"art9_2_"_s + c);
    QCOMPARE(all, expectedAll);
    QCOMPARE(needing, QStringList({u"art9_2_b"_s, u"art9_2_g"_s, u"art9_2_h"_s, u"art9_2_i"_s,
                                   u"art9_2_j"_s}));
    const LegalCatalogue& c = LegalCatalogue::instance();
    QCOMPARE(c.find(u"art9_2_b"_s)->schedule1Options, QStringList{u"sch1_1"_s});
    QCOMPARE(c.find(u"art9_2_h"_s)->schedule1Options, QStringList{u"sch1_2"_s});
    QCOMPARE(c.find(u"art9_2_i"_s)->schedule1Options, QStringList{u"sch1_3"_s});
    QCOMPARE(c.find(u"art9_2_j"_s)->schedule1Options, QStringList{u"sch1_4"_s});
    QCOMPARE(c.find(u"art9_2_g"_s)->schedule1Options, schedule1Range(6, 28));
}

void TestLegalCatalogue::schedule1HasEveryParagraph()
{
    const QStringList ids = idsOf(LegalCatalogue::instance().entries(LegalKind::Schedule1));
    QCOMPARE(ids, schedule1Range(1, 4) + schedule1Range(6, 28) + schedule1Range(29, 37));
    QCOMPARE(LegalCatalogue::instance().find(u"sch1_18"_s)->citation,
             u"DPA 2018 Schedule 1, paragraph 18"_s);
}

void TestLegalCatalogue::schedule1OptionsExist()
{
    const LegalCatalogue& c = LegalCatalogue::instance();
    for (const LegalEntry& e : c.allEntries()) {
        QVERIFY2(e.needsSchedule1 == !e.schedule1Options.isEmpty(), qPrintable(e.id));
        QCOMPARE(QSet<QString>(e.schedule1Options.cbegin(), e.schedule1Options.cend()).size(),
                 e.schedule1Options.size());
        for (const QString& option : e.schedule1Options) {
            const LegalEntry* paragraph = c.find(option);
            QVERIFY2(paragraph, qPrintable(e.id + u" -> "_s + option));
            QCOMPARE(paragraph->kind, LegalKind::Schedule1);
        }
    }
}

void TestLegalCatalogue::criminalOffenceAndStatutoryPowers()
{
    const LegalCatalogue& c = LegalCatalogue::instance();
    QCOMPARE(idsOf(c.entries(LegalKind::CriminalOffence)),
             QStringList({u"crim_official_authority"_s, u"crim_schedule1"_s}));
    // Criminal offence data may rely on any of Parts 1 to 3.
    QCOMPARE(c.find(u"crim_schedule1"_s)->schedule1Options, idsOf(c.entries(LegalKind::Schedule1)));

    const QStringList powers = idsOf(c.entries(LegalKind::StatutoryPower));
    for (const char* id : {"dea2017_s35", "dea2017_s48", "dea2017_s56", "dea2017_s64",
                           "sras2007_s45a", "lga2000_s2", "localism2011_s1", "ca1989", "ca2004",
                           "cda1998_s115", "care2014", "ha1996_pt7", "hra2017"}) {
        QVERIFY2(powers.contains(QString::fromLatin1(id)), id);
    }
}

void TestLegalCatalogue::describe()
{
    const LegalCatalogue& c = LegalCatalogue::instance();
    QCOMPARE(c.describe(u"art6_1_e"_s), u"UK GDPR Article 6(1)(e) – Public task"_s);
    QCOMPARE(c.describe(u"no_such_id"_s), u"no_such_id"_s);
}

void TestLegalCatalogue::stringsFileIsInStepWithTheJson()
{
    QFile file(u":/legal/catalogue.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray entries =
        QJsonDocument::fromJson(file.readAll()).object().value(u"entries"_s).toArray();
    QList<std::pair<QString, QString>> expected;
    for (const QJsonValue& v : entries) {
        const QJsonObject o = v.toObject();
        for (const QString& field : {u"title"_s, u"explanation"_s, u"typical_use"_s}) {
            const QString text = o.value(field).toString();
            if (!text.isEmpty())
                expected.append({text, o.value(u"id"_s).toString() + u'.' + field});
        }
    }
    QList<std::pair<QString, QString>> generated;
    for (const SourceString& s : catalogueSourceStrings())
        generated.append({QString::fromUtf8(s.source), QString::fromUtf8(s.comment)});
    if (generated != expected) {
        for (qsizetype i = 0; i < std::min(generated.size(), expected.size()); ++i) {
            if (generated[i] != expected[i])
                qWarning() << "first difference:" << generated[i].second << expected[i].second;
        }
        QFAIL("app/core/agreements/CatalogueStrings.cpp is out of step with "
              "resources/legal/catalogue.json: run python3 resources/legal/gen_strings.py");
    }
}

void TestLegalCatalogue::textsAreTranslatedByContextAndId()
{
    const LegalCatalogue& c = LegalCatalogue::instance();
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const LegalEntry* e = c.find(u"sch1_18"_s);
    QVERIFY(e);
    QCOMPARE(e->title, u"CY:Safeguarding children and individuals at risk"_s);
    QVERIFY(e->explanation.startsWith(u"CY:"_s));
    QVERIFY(e->typicalUse.startsWith(u"CY:"_s));
    QCOMPARE(e->citation, u"DPA 2018 Schedule 1, paragraph 18"_s); // never translated
    QVERIFY(translator.asked.contains(u"sch1_18.title"_s));
    QVERIFY(translator.asked.contains(u"sch1_18.typical_use"_s));
    QCOMPARE(c.entries(LegalKind::LawfulBasis).first().title, u"CY:Consent"_s);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(c.find(u"sch1_18"_s)->title, u"Safeguarding children and individuals at risk"_s);
}

QTEST_GUILESS_MAIN(TestLegalCatalogue)
#include "tst_legalcatalogue.moc"
