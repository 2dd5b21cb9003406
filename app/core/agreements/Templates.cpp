#include "agreements/Templates.h"

#include "agreements/SourceStrings.h"

#include <QCoreApplication>
#include <QFile>

namespace sharewise::agreements {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgreementTemplates)
};

struct TemplateInfo
{
    const char* id; // resources/templates/<id>.json
    const char* description;
};

// In the order they are offered.
constexpr TemplateInfo kTemplates[] = {
    {"homelessness_hclic",
     QT_TRANSLATE_NOOP("AgreementTemplates",
                       "The quarterly case-level homelessness return (H-CLIC) the council sends "
                       "to the housing department.")},
    {"supporting_families",
     QT_TRANSLATE_NOOP("AgreementTemplates",
                       "Identifying details of supported families sent for matching in the "
                       "Supporting Families national impact study.")},
    {"children_looked_after",
     QT_TRANSLATE_NOOP("AgreementTemplates",
                       "The annual children looked after return (SSDA903) to the Department for "
                       "Education.")},
    {"national_fraud_initiative",
     QT_TRANSLATE_NOOP("AgreementTemplates",
                       "Payroll, housing, council tax and blue badge extracts for the National "
                       "Fraud Initiative's data matching.")},
};

QString resourcePath(const QString& id)
{
    return u":/templates/"_s + id + u".json"_s;
}

// A template's text in the user's language: looked up by the text and its place, as
// resources/legal/gen_strings.py wrote them into TemplateStrings.cpp.
void translate(QString& text, const QString& id, const QString& path)
{
    if (text.isEmpty())
        return;
    const QByteArray source = text.toUtf8();
    const QByteArray comment = (id + u'.' + path).toUtf8();
    text = QCoreApplication::translate(kTemplatesContext, source.constData(), comment.constData());
}

void translateGrounds(QList<LegalGround>& grounds, const QString& id, const QString& key)
{
    for (qsizetype i = 0; i < grounds.size(); ++i)
        translate(grounds[i].reason, id, u"%1[%2].reason"_s.arg(key).arg(i));
}

void translateAgreement(Agreement& a, const QString& id)
{
    translate(a.title, id, u"title"_s);
    translate(a.purpose, id, u"purpose"_s);
    translate(a.benefits, id, u"benefits"_s);
    translate(a.notUsedFor, id, u"not_used_for"_s);
    translate(a.retention, id, u"retention"_s);
    translate(a.security, id, u"security"_s);
    translate(a.transferMethod, id, u"transfer_method"_s);
    translate(a.rights, id, u"rights"_s);
    translate(a.lawfulBasis.reason, id, u"lawful_basis.reason"_s);
    translateGrounds(a.specialCategoryConditions, id, u"special_category_conditions"_s);
    translateGrounds(a.criminalOffenceConditions, id, u"criminal_offence_conditions"_s);
    translateGrounds(a.statutoryPowers, id, u"statutory_powers"_s);
    for (qsizetype i = 0; i < a.dataItems.size(); ++i)
        translate(a.dataItems[i].description, id, u"data_items[%1].description"_s.arg(i));
    translate(a.dpia.note, id, u"dpia.note"_s);
    for (qsizetype i = 0; i < a.outputs.size(); ++i) {
        translate(a.outputs[i].title, id, u"outputs[%1].title"_s.arg(i));
        translate(a.outputs[i].description, id, u"outputs[%1].description"_s.arg(i));
    }
}

Result<Agreement> loadTemplate(const QString& id)
{
    QFile file(resourcePath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("There is no agreement template called \"%1\": choose one of the "
                                "templates offered.")
                             .arg(id));
    }
    return Agreement::fromBytes(file.readAll(), resourcePath(id));
}

} // namespace

QList<AgreementTemplate> agreementTemplates()
{
    QList<AgreementTemplate> out;
    for (const TemplateInfo& t : kTemplates) {
        const QString id = QString::fromLatin1(t.id);
        Result<Agreement> a = loadTemplate(id);
        if (!a)
            continue; // tst_templates makes sure every template loads
        translate(a->title, id, u"title"_s);
        out.append({id, a->title, Tr::tr(t.description)});
    }
    return out;
}

Result<Agreement> agreementFromTemplate(const QString& id)
{
    bool known = false;
    for (const TemplateInfo& t : kTemplates)
        known = known || id == QLatin1StringView(t.id);
    if (!known) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("There is no agreement template called \"%1\": choose one of the "
                                "templates offered.")
                             .arg(id));
    }
    Result<Agreement> loaded = loadTemplate(id);
    if (!loaded)
        return loaded;
    Agreement a = std::move(loaded).value();
    translateAgreement(a, id);
    // A new draft: who it is with, its reference and its dates are the IG lead's to fill.
    a.status = AgreementStatus::Draft;
    a.reference.clear();
    a.startsOn = {};
    a.endsOn = {};
    a.reviewDueOn = {};
    a.recipients.clear();
    a.signOffs.clear();
    a.templateId = id;
    a.version = 0;
    a.contentHash.clear();
    return a;
}

} // namespace sharewise::agreements
