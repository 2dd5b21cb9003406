// Agreement templates: every template loads through the strict agreement JSON, comes
// out as a draft with no reference, dates or recipients, has its purpose, legal basis,
// data items and minimum redactions filled in and marked proposed, resolves in the
// legal catalogue, has no problems once given a reference, and is translated by its
// place; the generated strings file is in step with the JSON.
#include "agreements/Dpia.h"
#include "agreements/LegalCatalogue.h"
#include "agreements/SourceStrings.h"
#include "agreements/Templates.h"
#include "redact/Rules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::agreements;

namespace {

const QStringList kIds{u"homelessness_hclic"_s, u"supporting_families"_s,
                       u"children_looked_after"_s, u"national_fraud_initiative"_s};

QByteArray templateBytes(const QString& id)
{
    QFile f(u":/templates/"_s + id + u".json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const DataItem* item(const Agreement& a, const QString& column)
{
    return findDataItem(a, column);
}

void verifyGround(const LegalGround& g, LegalKind kind, const QString& where)
{
    const LegalEntry* entry = LegalCatalogue::instance().find(g.code);
    QVERIFY2(entry, qPrintable(where + u": "_s + g.code));
    QCOMPARE(entry->kind, kind);
    QVERIFY2(!g.reason.isEmpty(), qPrintable(where));
    QCOMPARE(entry->needsSchedule1, !g.schedule1.isEmpty());
    if (entry->needsSchedule1)
        QVERIFY2(entry->schedule1Options.contains(g.schedule1), qPrintable(where));
    if (kind == LegalKind::LawfulBasis)
        QVERIFY(entry->forPublicAuthorities);
}

class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* comment,
                      int /*n*/) const override
    {
        if (qstrcmp(context, "AgreementTemplates") != 0 || !source || !comment)
            return {};
        asked.insert(QString::fromUtf8(comment));
        return u"CY:"_s + QString::fromUtf8(source);
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
    mutable QSet<QString> asked;
};

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void listed();
    void eachTemplate_data();
    void eachTemplate();
    void realisticMinimums();
    void unknownTemplate();
    void stringsFileIsInStepWithTheJson();
    void textsAreTranslatedByPlace();
};

void TestTemplates::listed()
{
    QStringList ids;
    for (const AgreementTemplate& t : agreementTemplates()) {
        ids.append(t.id);
        QVERIFY(!t.title.isEmpty());
        QVERIFY(t.description.endsWith(u'.'));
    }
    QCOMPARE(ids, kIds);
}

void TestTemplates::eachTemplate_data()
{
    QTest::addColumn<QString>("id");
    for (const QString& id : kIds)
        QTest::newRow(qPrintable(id)) << id;
}

void TestTemplates::eachTemplate()
{
    QFETCH(QString, id);
    // The file itself is a valid agreement.
    const Result<Agreement> raw = Agreement::fromBytes(templateBytes(id), id);
    QVERIFY2(raw, qPrintable(raw ? QString() : raw.error().fullMessage()));
    QCOMPARE(raw->templateId, id);

    const Result<Agreement> made = agreementFromTemplate(id);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().fullMessage()));
    const Agreement& a = made.value();
    QCOMPARE(a.status, AgreementStatus::Draft);
    QVERIFY(a.reference.isEmpty());
    QVERIFY(!a.startsOn.isValid());
    QVERIFY(!a.endsOn.isValid());
    QVERIFY(!a.reviewDueOn.isValid());
    QVERIFY(a.recipients.isEmpty());
    QCOMPARE(a.templateId, id);

    for (const QString& text : {a.title, a.purpose, a.benefits, a.notUsedFor, a.retention,
                                a.security, a.transferMethod, a.rights, a.dpia.note})
        QVERIFY(!text.trimmed().isEmpty());
    QVERIFY(!a.parties.isEmpty());
    QVERIFY(!a.outputs.isEmpty());

    verifyGround(a.lawfulBasis, LegalKind::LawfulBasis, u"lawful basis"_s);
    for (const LegalGround& g : a.specialCategoryConditions)
        verifyGround(g, LegalKind::Article9, u"special category"_s);
    for (const LegalGround& g : a.criminalOffenceConditions)
        verifyGround(g, LegalKind::CriminalOffence, u"criminal offence"_s);
    QVERIFY(!a.statutoryPowers.isEmpty());
    for (const LegalGround& g : a.statutoryPowers)
        verifyGround(g, LegalKind::StatutoryPower, u"statutory power"_s);

    QVERIFY(a.dataItems.size() >= 8);
    for (const DataItem& d : a.dataItems)
        QVERIFY2(findDataItem(a, d.name) == &d, qPrintable(d.name));

    // Everything legal is a proposal for the IG lead.
    for (const char* field :
         {Field::LawfulBasis, Field::StatutoryPowers, Field::DataItems, Field::Dpia})
        QVERIFY2(a.isProposed(field), field);
    QCOMPARE(a.isProposed(Field::SpecialCategory), !a.specialCategoryConditions.isEmpty());
    QCOMPARE(a.isProposed(Field::CriminalOffence), !a.criminalOffenceConditions.isEmpty());

    // The screening triggers are the screening's own.
    QSet<QString> triggerIds;
    for (const DpiaTrigger& t : dpiaTriggers())
        triggerIds.insert(t.id);
    QCOMPARE(a.dpia.status, DpiaStatus::Required);
    QVERIFY(!a.dpia.triggers.isEmpty());
    for (const QString& t : a.dpia.triggers)
        QVERIFY2(triggerIds.contains(t), qPrintable(t));

    // Nothing stops it being recorded once it has a reference; the proposals stop it
    // becoming active until confirmed.
    Agreement named = a;
    named.reference = u"DSA-2026-100"_s;
    QVERIFY2(named.problems().isEmpty(), qPrintable(named.problems().join(u'\n')));
    QVERIFY(!named.problemsForActivation().isEmpty());
}

void TestTemplates::realisticMinimums()
{
    using redact::Action;
    using redact::Generalisation;
    const Agreement hclic = agreementFromTemplate(u"homelessness_hclic"_s).value();
    const DataItem* dob = item(hclic, u"DOB"_s);
    QVERIFY(dob);
    QCOMPARE(dob->minimum.action, Action::Generalise);
    QCOMPARE(dob->minimum.to, Generalisation::DateMonth);
    const DataItem* postcode = item(hclic, u"Post code"_s);
    QVERIFY(postcode);
    QCOMPARE(postcode->minimum.to, Generalisation::PostcodeSector);
    // A full postcode does not meet it; the district does.
    redact::ColumnRule keep;
    QVERIFY(!redact::meetsMinimum(keep, postcode->minimum));
    redact::ColumnRule district;
    district.action = Action::Generalise;
    district.to = Generalisation::PostcodeDistrict;
    QVERIFY(redact::meetsMinimum(district, postcode->minimum));
    const DataItem* ni = item(hclic, u"NINO"_s);
    QVERIFY(ni);
    QCOMPARE(ni->minimum.action, Action::Pseudonymise);
    QCOMPARE(ni->minimum.kind.name(), u"ni_number"_s);
    QCOMPARE(item(hclic, u"Surname"_s)->minimum.action, Action::Drop);

    const Agreement cla = agreementFromTemplate(u"children_looked_after"_s).value();
    QCOMPARE(item(cla, u"Placement postcode"_s)->minimum.to, Generalisation::PostcodeSector);
    QCOMPARE(item(cla, u"Child ID"_s)->minimum.action, Action::Pseudonymise);
    QCOMPARE(item(cla, u"Forename"_s)->minimum.action, Action::Drop);
    QCOMPARE(cla.lawfulBasis.code, u"art6_1_c"_s);

    // Matching needs the real identifiers: fraud matching keeps them, drops the rest.
    const Agreement nfi = agreementFromTemplate(u"national_fraud_initiative"_s).value();
    QCOMPARE(item(nfi, u"NI number"_s)->minimum.action, Action::Keep);
    QCOMPARE(item(nfi, u"Email"_s)->minimum.action, Action::Drop);
    QCOMPARE(nfi.statutoryPowers.first().code, u"laaa2014_sch9"_s);
}

void TestTemplates::unknownTemplate()
{
    const Result<Agreement> none = agreementFromTemplate(u"no_such_template"_s);
    QVERIFY(!none);
    QCOMPARE(none.error().kind, ErrorKind::Usage);
    QVERIFY(none.error().message.contains(u"no_such_template"_s));
    QVERIFY(!agreementFromTemplate(u"../legal/catalogue"_s));
}

void TestTemplates::stringsFileIsInStepWithTheJson()
{
    // The same walk as resources/legal/gen_strings.py, over the files in sorted order.
    QStringList files = kIds;
    files.sort();
    QList<std::pair<QString, QString>> expected;
    auto add = [&](const QJsonValue& v, const QString& comment) {
        if (!v.toString().isEmpty())
            expected.append({v.toString(), comment});
    };
    for (const QString& id : files) {
        const QJsonObject o = QJsonDocument::fromJson(templateBytes(id)).object();
        QVERIFY(!o.isEmpty());
        for (const QString& key :
             {u"title"_s, u"purpose"_s, u"benefits"_s, u"not_used_for"_s, u"retention"_s,
              u"security"_s, u"transfer_method"_s, u"rights"_s})
            add(o.value(key), id + u'.' + key);
        add(o.value(u"lawful_basis"_s).toObject().value(u"reason"_s),
            id + u".lawful_basis.reason"_s);
        for (const QString& key : {u"special_category_conditions"_s,
                                   u"criminal_offence_conditions"_s, u"statutory_powers"_s}) {
            const QJsonArray grounds = o.value(key).toArray();
            for (qsizetype i = 0; i < grounds.size(); ++i)
                add(grounds[i].toObject().value(u"reason"_s),
                    u"%1.%2[%3].reason"_s.arg(id, key).arg(i));
        }
        const QJsonArray items = o.value(u"data_items"_s).toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            add(items[i].toObject().value(u"description"_s),
                u"%1.data_items[%2].description"_s.arg(id).arg(i));
        add(o.value(u"dpia"_s).toObject().value(u"note"_s), id + u".dpia.note"_s);
        const QJsonArray outputs = o.value(u"outputs"_s).toArray();
        for (qsizetype i = 0; i < outputs.size(); ++i) {
            add(outputs[i].toObject().value(u"title"_s), u"%1.outputs[%2].title"_s.arg(id).arg(i));
            add(outputs[i].toObject().value(u"description"_s),
                u"%1.outputs[%2].description"_s.arg(id).arg(i));
        }
    }
    QList<std::pair<QString, QString>> generated;
    for (const SourceString& s : templateSourceStrings())
        generated.append({QString::fromUtf8(s.source), QString::fromUtf8(s.comment)});
    QVERIFY2(generated == expected,
             "app/core/agreements/TemplateStrings.cpp is out of step with "
             "resources/templates/*.json: run python3 resources/legal/gen_strings.py");
}

void TestTemplates::textsAreTranslatedByPlace()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Result<Agreement> a = agreementFromTemplate(u"homelessness_hclic"_s);
    const QList<AgreementTemplate> listed = agreementTemplates();
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY(a);
    QVERIFY(a->title.startsWith(u"CY:"_s));
    QVERIFY(a->purpose.startsWith(u"CY:"_s));
    QVERIFY(a->lawfulBasis.reason.startsWith(u"CY:"_s));
    QVERIFY(a->statutoryPowers.last().reason.startsWith(u"CY:"_s));
    QVERIFY(a->outputs.first().title.startsWith(u"CY:"_s));
    QCOMPARE(a->dataItems.first().name, u"Case reference"_s); // names match columns: kept
    QVERIFY(a->dataItems.first().description.startsWith(u"CY:"_s));
    QVERIFY(translator.asked.contains(u"homelessness_hclic.purpose"_s));
    QVERIFY(translator.asked.contains(u"homelessness_hclic.data_items[0].description"_s));
    QVERIFY(translator.asked.contains(u"homelessness_hclic.statutory_powers[1].reason"_s));
    QVERIFY(listed.first().title.startsWith(u"CY:"_s));
    // Every text the generator listed was asked for.
    for (const SourceString& s : templateSourceStrings()) {
        const QString comment = QString::fromUtf8(s.comment);
        if (comment.startsWith(u"homelessness_hclic."_s))
            QVERIFY2(translator.asked.contains(comment), qPrintable(comment));
    }
}

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
