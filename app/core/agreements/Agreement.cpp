#include "agreements/Agreement.h"

#include "agreements/LegalCatalogue.h"
#include "common/CanonicalJson.h"
#include "common/StrictJson.h"
#include "crypto/Base32.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace sharewise::agreements {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Agreements)
};

template <typename E>
struct Named
{
    E value;
    const char16_t* name;
};

constexpr Named<AgreementStatus> kStatuses[] = {
    {AgreementStatus::Draft, u"draft"},
    {AgreementStatus::Active, u"active"},
    {AgreementStatus::Suspended, u"suspended"},
    {AgreementStatus::Ended, u"ended"},
};
constexpr Named<DisplayStatus> kDisplayStatuses[] = {
    {DisplayStatus::Draft, u"draft"},     {DisplayStatus::Active, u"active"},
    {DisplayStatus::Expired, u"expired"}, {DisplayStatus::Suspended, u"suspended"},
    {DisplayStatus::Ended, u"ended"},
};
constexpr Named<PartyRole> kPartyRoles[] = {
    {PartyRole::Controller, u"controller"},
    {PartyRole::JointController, u"joint_controller"},
    {PartyRole::Processor, u"processor"},
};
constexpr Named<SignOffRole> kSignOffRoles[] = {
    {SignOffRole::Siro, u"siro"},
    {SignOffRole::Dpo, u"dpo"},
    {SignOffRole::CaldicottGuardian, u"caldicott_guardian"},
    {SignOffRole::Other, u"other"},
};
constexpr Named<DpiaStatus> kDpiaStatuses[] = {
    {DpiaStatus::NotScreened, u"not_screened"},
    {DpiaStatus::NotRequired, u"not_required"},
    {DpiaStatus::Required, u"required"},
    {DpiaStatus::Completed, u"completed"},
};
constexpr Named<Frequency> kFrequencies[] = {
    {Frequency::OneOff, u"one_off"},    {Frequency::Weekly, u"weekly"},
    {Frequency::Monthly, u"monthly"},   {Frequency::Quarterly, u"quarterly"},
    {Frequency::Annually, u"annually"}, {Frequency::OnRequest, u"on_request"},
};

template <typename E, size_t N>
QString nameOf(const Named<E> (&table)[N], E value)
{
    for (const auto& n : table) {
        if (n.value == value)
            return QString::fromUtf16(n.name);
    }
    return {};
}

template <typename E, size_t N>
std::optional<E> fromName(const Named<E> (&table)[N], QStringView name)
{
    for (const auto& n : table) {
        if (name == QStringView(n.name))
            return n.value;
    }
    return std::nullopt;
}

template <typename E, size_t N>
QString choices(const Named<E> (&table)[N])
{
    QStringList names;
    for (const auto& n : table)
        names << QString::fromUtf16(n.name);
    return names.join(u", "_s);
}

const QStringList& proposableFields()
{
    static const QStringList fields{
        QString::fromLatin1(Field::LawfulBasis),     QString::fromLatin1(Field::SpecialCategory),
        QString::fromLatin1(Field::CriminalOffence), QString::fromLatin1(Field::StatutoryPowers),
        QString::fromLatin1(Field::DataItems),       QString::fromLatin1(Field::Dpia),
    };
    return fields;
}

// Conditions that need a DPA 2018 Schedule 1 paragraph too, as the catalogue says:
// Article 9(2)(b), (g), (h), (i), (j) (s.10(1)-(3)) and an Article 10 condition taken
// from Schedule 1 (s.10(5)); official authority needs none. A code the catalogue does
// not know needs one unless it is a Schedule 1 paragraph itself.
bool needsSchedule1(const QString& code)
{
    if (const LegalEntry* entry = LegalCatalogue::instance().find(code))
        return entry->needsSchedule1;
    return !code.startsWith(u"sch1_");
}

// Case, spaces and punctuation ignored: "Date of Birth" == "date_of_birth".
QString looseName(const QString& name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject groundJson(const LegalGround& g)
{
    return QJsonObject{{u"code"_s, g.code}, {u"schedule1"_s, g.schedule1}, {u"reason"_s, g.reason}};
}

QJsonArray groundsJson(const QList<LegalGround>& grounds)
{
    QJsonArray a;
    for (const LegalGround& g : grounds)
        a.append(groundJson(g));
    return a;
}

QJsonObject contactJson(const Contact& c)
{
    return QJsonObject{
        {u"name"_s, c.name}, {u"role"_s, c.role}, {u"email"_s, c.email}, {u"phone"_s, c.phone}};
}

bool isFingerprintWellFormed(const QString& text)
{
    const std::optional<QByteArray> bytes = crypto::Base32::decode(text);
    return bytes && bytes->size() == 16;
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

// Reads one JSON object at `path` with its own JsonFields; every reader here shares
// the first problem through `error`.
class Reader
{
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] Error error() const { return *m_error; }

    void take(const JsonFields& f)
    {
        if (!m_error && !f.ok())
            m_error = f.error();
    }
    void fail(const QString& path, const QString& what)
    {
        if (m_error)
            return;
        m_error =
            makeError(ErrorKind::BadInput,
                      Tr::tr("\"%1\" %2. Correct it and try again.").arg(path, what), m_where);
    }

    // The objects of an array at `path`; a non-object entry is a problem.
    QList<std::pair<QString, QJsonObject>> objects(const QJsonArray& array, const QString& path)
    {
        QList<std::pair<QString, QJsonObject>> out;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = u"%1[%2]"_s.arg(path).arg(i);
            if (!array[i].isObject()) {
                fail(at, Tr::tr("must be an object in braces { }"));
                return {};
            }
            out.append({at, array[i].toObject()});
        }
        return out;
    }

    QStringList strings(const QJsonArray& array, const QString& path)
    {
        QStringList out;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString()) {
                fail(u"%1[%2]"_s.arg(path).arg(i), Tr::tr("must be text in quotes"));
                return {};
            }
            out.append(array[i].toString());
        }
        return out;
    }

    QDate date(const QJsonObject& o, const QString& path, QStringView key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        const QString text = v.isString() ? v.toString() : QString();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!v.isString() || !iso.match(text).hasMatch() || !d.isValid()) {
            const QString full = path.isEmpty() ? key.toString() : path + u'.' + key.toString();
            fail(full, Tr::tr("must be a date written as yyyy-mm-dd, such as 2026-04-01, or null"));
            return {};
        }
        return d;
    }

    template <typename E, size_t N>
    E named(JsonFields& f, const QString& path, QStringView key, const Named<E> (&table)[N],
            E fallback)
    {
        if (!f.has(key))
            return fallback;
        const QString text = f.string(key);
        take(f);
        if (!ok())
            return fallback;
        const auto v = fromName(table, text);
        if (!v) {
            const QString full = path.isEmpty() ? key.toString() : path + u'.' + key.toString();
            fail(full, Tr::tr("must be one of %1").arg(choices(table)));
            return fallback;
        }
        return *v;
    }

    LegalGround ground(const QJsonObject& o, const QString& path)
    {
        JsonFields f(o, m_where, path);
        LegalGround g;
        g.code = f.string(u"code");
        g.schedule1 = f.string(u"schedule1");
        g.reason = f.string(u"reason");
        f.allowOnly({u"code"_s, u"schedule1"_s, u"reason"_s});
        take(f);
        return g;
    }

    QList<LegalGround> grounds(const QJsonArray& a, const QString& path)
    {
        QList<LegalGround> out;
        for (const auto& [at, o] : objects(a, path)) {
            out.append(ground(o, at));
            if (!ok())
                break;
        }
        return out;
    }

    Contact contact(const QJsonObject& o, const QString& path)
    {
        JsonFields f(o, m_where, path);
        Contact c;
        c.name = f.string(u"name");
        c.role = f.string(u"role");
        c.email = f.string(u"email");
        c.phone = f.string(u"phone");
        f.allowOnly({u"name"_s, u"role"_s, u"email"_s, u"phone"_s});
        take(f);
        return c;
    }

    const QString& where() const { return m_where; }

private:
    QString m_where;
    std::optional<Error> m_error;
};

} // namespace

bool DataItem::operator==(const DataItem& o) const
{
    return name == o.name && aliases == o.aliases && description == o.description &&
           redact::ruleToJson(minimum) == redact::ruleToJson(o.minimum);
}

DisplayStatus Agreement::displayStatus(const QDate& today) const
{
    switch (status) {
    case AgreementStatus::Draft:
        return DisplayStatus::Draft;
    case AgreementStatus::Active:
        return endsOn.isValid() && today.isValid() && endsOn < today ? DisplayStatus::Expired
                                                                     : DisplayStatus::Active;
    case AgreementStatus::Suspended:
        return DisplayStatus::Suspended;
    case AgreementStatus::Ended:
        return DisplayStatus::Ended;
    }
    return DisplayStatus::Draft;
}

bool Agreement::isProposed(const char* field) const
{
    return proposed.contains(QString::fromLatin1(field));
}

QStringList Agreement::problems() const
{
    QStringList out;
    if (reference.trimmed().isEmpty()) {
        out << Tr::tr("The agreement has no reference: give it a short unique reference, such "
                      "as DSA-2026-004.");
    } else if (reference.size() > 64 || hasControlCharacters(reference)) {
        out << Tr::tr("The reference must be one line of at most 64 characters: shorten it.");
    } else if (reference != reference.trimmed()) {
        out << Tr::tr("The reference starts or ends with spaces: remove them.");
    }
    if (title.trimmed().isEmpty())
        out << Tr::tr("The agreement has no title: give it one that says what is shared and "
                      "with whom.");
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        out << Tr::tr("The end date (%1) is before the start date (%2): correct one of them.")
                   .arg(endsOn.toString(Qt::ISODate), startsOn.toString(Qt::ISODate));
    if (startsOn.isValid() && reviewDueOn.isValid() && reviewDueOn < startsOn)
        out << Tr::tr("The review date (%1) is before the start date (%2): correct one of them.")
                   .arg(reviewDueOn.toString(Qt::ISODate), startsOn.toString(Qt::ISODate));
    for (qsizetype i = 0; i < parties.size(); ++i) {
        if (parties[i].organisation.trimmed().isEmpty())
            out << Tr::tr("Party %1 has no organisation: name it or remove the party.").arg(i + 1);
    }
    // Data items: every name and alias must point at one item only.
    QHash<QString, QString> names; // loose name -> the item that has it
    for (qsizetype i = 0; i < dataItems.size(); ++i) {
        const DataItem& item = dataItems[i];
        if (looseName(item.name).isEmpty()) {
            out << Tr::tr("Data item %1 has no name: name the column it allows.").arg(i + 1);
            continue;
        }
        QStringList all{item.name};
        all += item.aliases;
        QSet<QString> own;
        for (const QString& n : all) {
            const QString loose = looseName(n);
            if (loose.isEmpty()) {
                out << Tr::tr("Data item \"%1\" has an empty alias: remove it.").arg(item.name);
                continue;
            }
            if (own.contains(loose))
                continue; // an alias repeating the item's own name is harmless
            own.insert(loose);
            const auto it = names.constFind(loose);
            if (it != names.constEnd()) {
                out << Tr::tr("\"%1\" names both data items \"%2\" and \"%3\": a column must match "
                              "one item only, so rename one or remove the alias.")
                           .arg(n, *it, item.name);
            } else {
                names.insert(loose, item.name);
            }
        }
    }
    QSet<QString> fingerprints;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const Recipient& r = recipients[i];
        if (r.organisation.trimmed().isEmpty())
            out << Tr::tr("Recipient %1 has no organisation: name it or remove the recipient.")
                       .arg(i + 1);
        if (r.fingerprint.isEmpty())
            continue;
        if (r.byPassphrase) {
            out << Tr::tr("Recipient %1 (%2) has a key but is marked as receiving by "
                          "passphrase: keep one or the other.")
                       .arg(i + 1)
                       .arg(r.organisation);
            continue;
        }
        if (!isFingerprintWellFormed(r.fingerprint)) {
            out << Tr::tr("The key fingerprint of recipient %1 (%2) is not a Sharewise "
                          "fingerprint: choose the key from the recipients directory.")
                       .arg(i + 1)
                       .arg(r.organisation);
            continue;
        }
        const QString fp =
            crypto::KeyCard::formatFingerprint(*crypto::Base32::decode(r.fingerprint));
        if (fingerprints.contains(fp))
            out << Tr::tr("The key %1 is listed twice among the recipients: remove one.").arg(fp);
        fingerprints.insert(fp);
    }
    for (qsizetype i = 0; i < signOffs.size(); ++i) {
        if (signOffs[i].name.trimmed().isEmpty())
            out << Tr::tr("Sign-off %1 has no name: name the person or remove the sign-off.")
                       .arg(i + 1);
    }
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        if (outputs[i].title.trimmed().isEmpty())
            out << Tr::tr("Expected output %1 has no title: say what will come back.").arg(i + 1);
    }
    auto checkCodes = [&](const QList<LegalGround>& grounds, const QString& what) {
        for (qsizetype i = 0; i < grounds.size(); ++i) {
            if (grounds[i].code.trimmed().isEmpty() && grounds[i].schedule1.trimmed().isEmpty())
                out << Tr::tr("Entry %1 of the %2 names no condition: choose one or remove it.")
                           .arg(i + 1)
                           .arg(what);
        }
    };
    checkCodes(specialCategoryConditions, Tr::tr("special category conditions"));
    checkCodes(criminalOffenceConditions, Tr::tr("criminal offence conditions"));
    checkCodes(statutoryPowers, Tr::tr("statutory powers"));
    return out;
}

QStringList Agreement::problemsForActivation() const
{
    QStringList out;
    if (purpose.trimmed().isEmpty())
        out << Tr::tr("The purpose is empty: say in plain English what the data will be used "
                      "for.");
    if (lawfulBasis.code.trimmed().isEmpty())
        out << Tr::tr("No lawful basis (Article 6) is chosen: choose the one that applies.");
    else if (lawfulBasis.reason.trimmed().isEmpty())
        out << Tr::tr("The lawful basis has no reason: say why it applies to this sharing.");
    const bool controller = std::any_of(parties.begin(), parties.end(), [](const Party& p) {
        return p.role == PartyRole::Controller || p.role == PartyRole::JointController;
    });
    if (!controller)
        out << Tr::tr("No party is a controller: name the organisation that decides why and how "
                      "the data is used.");
    if (recipients.isEmpty())
        out << Tr::tr("No recipient is named: add the organisations (and their keys) the data "
                      "may go to.");
    for (const Recipient& r : recipients) {
        if (r.fingerprint.trimmed().isEmpty() && !r.byPassphrase)
            out << Tr::tr("Recipient %1 has no key: choose their key from the recipients "
                          "directory, or say they receive by passphrase.")
                       .arg(r.organisation);
    }
    if (!startsOn.isValid())
        out << Tr::tr("There is no start date: give the date the sharing may start.");
    if (retention.trimmed().isEmpty())
        out << Tr::tr("Retention is empty: say how long the recipient keeps the data and how "
                      "it is deleted.");
    for (const QString& field : proposed)
        out << Tr::tr("The %1 is a proposal not yet confirmed: the IG lead must check and "
                      "confirm it.")
                   .arg(field == QLatin1String(Field::LawfulBasis) ? Tr::tr("lawful basis")
                        : field == QLatin1String(Field::SpecialCategory)
                            ? Tr::tr("special category conditions")
                        : field == QLatin1String(Field::CriminalOffence)
                            ? Tr::tr("criminal offence conditions")
                        : field == QLatin1String(Field::StatutoryPowers)
                            ? Tr::tr("statutory powers")
                        : field == QLatin1String(Field::DataItems) ? Tr::tr("list of data items")
                        : field == QLatin1String(Field::Dpia)      ? Tr::tr("DPIA screening")
                                                                   : field);
    for (const LegalGround& g : specialCategoryConditions) {
        if (needsSchedule1(g.code) && g.schedule1.trimmed().isEmpty())
            out << Tr::tr("The special category condition %1 needs a DPA 2018 Schedule 1 "
                          "paragraph: choose the paragraph that applies.")
                       .arg(LegalCatalogue::instance().describe(g.code));
    }
    for (const LegalGround& g : criminalOffenceConditions) {
        if (g.schedule1.trimmed().isEmpty() && needsSchedule1(g.code))
            out << Tr::tr("The criminal offence condition %1 needs a DPA 2018 Schedule 1 "
                          "paragraph: choose the paragraph that applies.")
                       .arg(LegalCatalogue::instance().describe(g.code));
    }
    const bool signedOff = std::any_of(signOffs.begin(), signOffs.end(),
                                       [](const SignOff& s) { return s.date.isValid(); });
    if (!signedOff)
        out << Tr::tr("Nobody has signed the agreement off: record a senior sign-off (SIRO, DPO "
                      "or Caldicott Guardian) with its date.");
    if (dpia.status == DpiaStatus::Required)
        out << Tr::tr("The DPIA screening says a DPIA is required and none is recorded: complete "
                      "the DPIA and record its reference.");
    if (dpia.status == DpiaStatus::Completed && dpia.reference.trimmed().isEmpty())
        out << Tr::tr("The DPIA is marked completed without its reference: record the DPIA's "
                      "reference.");
    return out;
}

QJsonObject Agreement::toJson() const
{
    QJsonObject o;
    o[u"sharewise_agreement"_s] = kVersion;
    o[u"reference"_s] = reference;
    o[u"title"_s] = title;
    o[u"status"_s] = statusName(status);
    QJsonArray partiesJson;
    for (const Party& p : parties)
        partiesJson.append(QJsonObject{{u"organisation"_s, p.organisation},
                                       {u"role"_s, partyRoleName(p.role)},
                                       {u"contact"_s, contactJson(p.contact)}});
    o[u"parties"_s] = partiesJson;
    o[u"purpose"_s] = purpose;
    o[u"benefits"_s] = benefits;
    o[u"not_used_for"_s] = notUsedFor;
    o[u"lawful_basis"_s] = groundJson(lawfulBasis);
    o[u"special_category_conditions"_s] = groundsJson(specialCategoryConditions);
    o[u"criminal_offence_conditions"_s] = groundsJson(criminalOffenceConditions);
    o[u"statutory_powers"_s] = groundsJson(statutoryPowers);
    QJsonArray items;
    for (const DataItem& d : dataItems)
        items.append(QJsonObject{{u"name"_s, d.name},
                                 {u"aliases"_s, QJsonArray::fromStringList(d.aliases)},
                                 {u"description"_s, d.description},
                                 {u"minimum"_s, redact::ruleToJson(d.minimum)}});
    o[u"data_items"_s] = items;
    o[u"frequency"_s] = frequencyName(frequency);
    o[u"retention"_s] = retention;
    o[u"security"_s] = security;
    o[u"transfer_method"_s] = transferMethod;
    o[u"rights"_s] = rights;
    o[u"dpia"_s] = QJsonObject{{u"status"_s, dpiaStatusName(dpia.status)},
                               {u"reference"_s, dpia.reference},
                               {u"triggers"_s, QJsonArray::fromStringList(dpia.triggers)},
                               {u"note"_s, dpia.note}};
    o[u"starts_on"_s] = dateValue(startsOn);
    o[u"ends_on"_s] = dateValue(endsOn);
    o[u"review_due_on"_s] = dateValue(reviewDueOn);
    QJsonArray signOffsJson;
    for (const SignOff& s : signOffs)
        signOffsJson.append(QJsonObject{{u"name"_s, s.name},
                                        {u"role"_s, signOffRoleName(s.role)},
                                        {u"role_title"_s, s.roleTitle},
                                        {u"organisation"_s, s.organisation},
                                        {u"date"_s, dateValue(s.date)}});
    o[u"sign_offs"_s] = signOffsJson;
    QJsonArray outputsJson;
    for (const ExpectedOutput& e : outputs)
        outputsJson.append(QJsonObject{{u"title"_s, e.title},
                                       {u"description"_s, e.description},
                                       {u"due"_s, dateValue(e.due)}});
    o[u"outputs"_s] = outputsJson;
    QJsonArray recipientsJson;
    for (const Recipient& r : recipients) {
        QJsonObject one{{u"organisation"_s, r.organisation},
                        {u"contact"_s, r.contact},
                        {u"fingerprint"_s, r.fingerprint}};
        if (r.byPassphrase) // only when true, so older agreements keep their hash
            one[u"by_passphrase"_s] = true;
        recipientsJson.append(one);
    }
    o[u"recipients"_s] = recipientsJson;
    o[u"requires_review"_s] = requiresReview;
    o[u"proposed"_s] = QJsonArray::fromStringList(proposed);
    o[u"template"_s] = templateId;
    return o;
}

QByteArray Agreement::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QByteArray Agreement::canonicalContent() const
{
    return CanonicalJson::serialise(toJson());
}

QStringList Agreement::byPassphraseOrganisations() const
{
    QStringList out;
    for (const Recipient& r : recipients) {
        if (r.receivesByPassphrase())
            out << r.organisation;
    }
    return out;
}

QByteArray Agreement::computeContentHash() const
{
    return crypto::Blake2b256::hash(canonicalContent());
}

Result<Agreement> Agreement::fromBytes(QByteArrayView json, const QString& where)
{
    auto parsed = parseStrictJson(json, where);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject())
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a Sharewise agreement: it must be a JSON object."),
                         where);
    return fromJson(parsed->object(), where);
}

Result<Agreement> Agreement::fromJson(const QJsonObject& json, const QString& where)
{
    if (!json.contains(u"sharewise_agreement"))
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a Sharewise agreement (it has no "
                                "\"sharewise_agreement\" version)."),
                         where);
    Reader rd(where);
    JsonFields top(json, where);
    const qint64 version = top.integer(u"sharewise_agreement", 0);
    rd.take(top);
    if (!rd.ok())
        return rd.error();
    if (version > kVersion)
        return makeError(ErrorKind::Policy,
                         Tr::tr("This agreement was saved by a newer Sharewise (agreement format "
                                "%1; this version reads %2). Update Sharewise to use it.")
                             .arg(version)
                             .arg(kVersion),
                         where);
    if (version < 1)
        return makeError(ErrorKind::BadInput,
                         Tr::tr("\"sharewise_agreement\" must be a whole number from 1. Correct it "
                                "and try again."),
                         where);

    Agreement a;
    a.reference = top.string(u"reference");
    a.title = top.string(u"title");
    rd.take(top);
    a.status = rd.named(top, {}, u"status", kStatuses, AgreementStatus::Draft);
    a.purpose = top.string(u"purpose");
    a.benefits = top.string(u"benefits");
    a.notUsedFor = top.string(u"not_used_for");
    a.retention = top.string(u"retention");
    a.security = top.string(u"security");
    a.transferMethod = top.string(u"transfer_method");
    a.rights = top.string(u"rights");
    a.requiresReview = top.boolean(u"requires_review", true);
    a.templateId = top.string(u"template");
    rd.take(top);
    a.frequency = rd.named(top, {}, u"frequency", kFrequencies, Frequency::OneOff);
    a.startsOn = rd.date(json, {}, u"starts_on");
    a.endsOn = rd.date(json, {}, u"ends_on");
    a.reviewDueOn = rd.date(json, {}, u"review_due_on");

    const QJsonObject lawful = top.object(u"lawful_basis");
    const QJsonArray special = top.array(u"special_category_conditions");
    const QJsonArray criminal = top.array(u"criminal_offence_conditions");
    const QJsonArray powers = top.array(u"statutory_powers");
    const QJsonArray parties = top.array(u"parties");
    const QJsonArray items = top.array(u"data_items");
    const QJsonObject dpia = top.object(u"dpia");
    const QJsonArray signOffs = top.array(u"sign_offs");
    const QJsonArray outputs = top.array(u"outputs");
    const QJsonArray recipients = top.array(u"recipients");
    const QJsonArray proposed = top.array(u"proposed");
    top.allowOnly({u"sharewise_agreement"_s,
                   u"reference"_s,
                   u"title"_s,
                   u"status"_s,
                   u"parties"_s,
                   u"purpose"_s,
                   u"benefits"_s,
                   u"not_used_for"_s,
                   u"lawful_basis"_s,
                   u"special_category_conditions"_s,
                   u"criminal_offence_conditions"_s,
                   u"statutory_powers"_s,
                   u"data_items"_s,
                   u"frequency"_s,
                   u"retention"_s,
                   u"security"_s,
                   u"transfer_method"_s,
                   u"rights"_s,
                   u"dpia"_s,
                   u"starts_on"_s,
                   u"ends_on"_s,
                   u"review_due_on"_s,
                   u"sign_offs"_s,
                   u"outputs"_s,
                   u"recipients"_s,
                   u"requires_review"_s,
                   u"proposed"_s,
                   u"template"_s});
    rd.take(top);
    if (!rd.ok())
        return rd.error();

    a.lawfulBasis = rd.ground(lawful, u"lawful_basis"_s);
    a.specialCategoryConditions = rd.grounds(special, u"special_category_conditions"_s);
    a.criminalOffenceConditions = rd.grounds(criminal, u"criminal_offence_conditions"_s);
    a.statutoryPowers = rd.grounds(powers, u"statutory_powers"_s);
    if (!rd.ok())
        return rd.error();

    for (const auto& [path, o] : rd.objects(parties, u"parties"_s)) {
        JsonFields f(o, where, path);
        Party p;
        p.organisation = f.string(u"organisation");
        rd.take(f);
        p.role = rd.named(f, path, u"role", kPartyRoles, PartyRole::Controller);
        const QJsonObject contact = f.object(u"contact");
        f.allowOnly({u"organisation"_s, u"role"_s, u"contact"_s});
        rd.take(f);
        if (!rd.ok())
            return rd.error();
        p.contact = rd.contact(contact, path + u".contact"_s);
        if (!rd.ok())
            return rd.error();
        a.parties.append(p);
    }
    if (!rd.ok())
        return rd.error();

    for (const auto& [path, o] : rd.objects(items, u"data_items"_s)) {
        JsonFields f(o, where, path);
        DataItem d;
        d.name = f.string(u"name");
        d.description = f.string(u"description");
        const QJsonArray aliases = f.array(u"aliases");
        const bool hasMinimum = f.has(u"minimum");
        const QJsonObject minimum = f.object(u"minimum");
        f.allowOnly({u"name"_s, u"aliases"_s, u"description"_s, u"minimum"_s});
        rd.take(f);
        if (!rd.ok())
            return rd.error();
        d.aliases = rd.strings(aliases, path + u".aliases"_s);
        if (!rd.ok())
            return rd.error();
        if (hasMinimum) {
            JsonFields m(minimum, where, path + u".minimum"_s);
            QStringList allowed;
            if (redact::ruleFromJson(m, d.minimum, allowed))
                m.allowOnly(allowed);
            rd.take(m);
            if (!rd.ok())
                return rd.error();
        }
        a.dataItems.append(d);
    }
    if (!rd.ok())
        return rd.error();

    {
        JsonFields f(dpia, where, u"dpia"_s);
        rd.take(f);
        a.dpia.status = rd.named(f, u"dpia"_s, u"status", kDpiaStatuses, DpiaStatus::NotScreened);
        a.dpia.reference = f.string(u"reference");
        a.dpia.note = f.string(u"note");
        const QJsonArray triggers = f.array(u"triggers");
        f.allowOnly({u"status"_s, u"reference"_s, u"triggers"_s, u"note"_s});
        rd.take(f);
        if (!rd.ok())
            return rd.error();
        a.dpia.triggers = rd.strings(triggers, u"dpia.triggers"_s);
        if (!rd.ok())
            return rd.error();
    }

    for (const auto& [path, o] : rd.objects(signOffs, u"sign_offs"_s)) {
        JsonFields f(o, where, path);
        SignOff s;
        s.name = f.string(u"name");
        s.roleTitle = f.string(u"role_title");
        s.organisation = f.string(u"organisation");
        rd.take(f);
        s.role = rd.named(f, path, u"role", kSignOffRoles, SignOffRole::Other);
        s.date = rd.date(o, path, u"date");
        f.allowOnly({u"name"_s, u"role"_s, u"role_title"_s, u"organisation"_s, u"date"_s});
        rd.take(f);
        if (!rd.ok())
            return rd.error();
        a.signOffs.append(s);
    }
    if (!rd.ok())
        return rd.error();

    for (const auto& [path, o] : rd.objects(outputs, u"outputs"_s)) {
        JsonFields f(o, where, path);
        ExpectedOutput e;
        e.title = f.string(u"title");
        e.description = f.string(u"description");
        rd.take(f);
        e.due = rd.date(o, path, u"due");
        f.allowOnly({u"title"_s, u"description"_s, u"due"_s});
        rd.take(f);
        if (!rd.ok())
            return rd.error();
        a.outputs.append(e);
    }
    if (!rd.ok())
        return rd.error();

    for (const auto& [path, o] : rd.objects(recipients, u"recipients"_s)) {
        JsonFields f(o, where, path);
        Recipient r;
        r.organisation = f.string(u"organisation");
        r.contact = f.string(u"contact");
        r.fingerprint = f.string(u"fingerprint");
        r.byPassphrase = f.boolean(u"by_passphrase", false);
        f.allowOnly({u"organisation"_s, u"contact"_s, u"fingerprint"_s, u"by_passphrase"_s});
        rd.take(f);
        if (!rd.ok())
            return rd.error();
        // Written as the directory writes it, so the same key hashes the same.
        if (isFingerprintWellFormed(r.fingerprint))
            r.fingerprint =
                crypto::KeyCard::formatFingerprint(*crypto::Base32::decode(r.fingerprint));
        a.recipients.append(r);
    }
    if (!rd.ok())
        return rd.error();

    a.proposed = rd.strings(proposed, u"proposed"_s);
    if (!rd.ok())
        return rd.error();
    for (qsizetype i = 0; i < a.proposed.size(); ++i) {
        if (!proposableFields().contains(a.proposed[i])) {
            rd.fail(u"proposed[%1]"_s.arg(i),
                    Tr::tr("must be one of %1").arg(proposableFields().join(u", "_s)));
            return rd.error();
        }
    }
    return a;
}

bool Agreement::operator==(const Agreement& o) const
{
    return toJson() == o.toJson();
}

QString statusName(AgreementStatus status)
{
    return nameOf(kStatuses, status);
}
std::optional<AgreementStatus> statusFromName(QStringView name)
{
    return fromName(kStatuses, name);
}
QString displayStatusName(DisplayStatus status)
{
    return nameOf(kDisplayStatuses, status);
}
QString partyRoleName(PartyRole role)
{
    return nameOf(kPartyRoles, role);
}
std::optional<PartyRole> partyRoleFromName(QStringView name)
{
    return fromName(kPartyRoles, name);
}
QString signOffRoleName(SignOffRole role)
{
    return nameOf(kSignOffRoles, role);
}
std::optional<SignOffRole> signOffRoleFromName(QStringView name)
{
    return fromName(kSignOffRoles, name);
}
QString dpiaStatusName(DpiaStatus status)
{
    return nameOf(kDpiaStatuses, status);
}
std::optional<DpiaStatus> dpiaStatusFromName(QStringView name)
{
    return fromName(kDpiaStatuses, name);
}
QString frequencyName(Frequency frequency)
{
    return nameOf(kFrequencies, frequency);
}
std::optional<Frequency> frequencyFromName(QStringView name)
{
    return fromName(kFrequencies, name);
}

QString displayStatusLabel(DisplayStatus status)
{
    switch (status) {
    case DisplayStatus::Draft:
        return Tr::tr("Draft");
    case DisplayStatus::Active:
        return Tr::tr("Active");
    case DisplayStatus::Expired:
        return Tr::tr("Expired");
    case DisplayStatus::Suspended:
        return Tr::tr("Suspended");
    case DisplayStatus::Ended:
        return Tr::tr("Ended");
    }
    return {};
}

QString partyRoleLabel(PartyRole role)
{
    switch (role) {
    case PartyRole::Controller:
        return Tr::tr("Controller");
    case PartyRole::JointController:
        return Tr::tr("Joint controller");
    case PartyRole::Processor:
        return Tr::tr("Processor");
    }
    return {};
}

QString signOffRoleLabel(SignOffRole role)
{
    switch (role) {
    case SignOffRole::Siro:
        return Tr::tr("Senior Information Risk Owner (SIRO)");
    case SignOffRole::Dpo:
        return Tr::tr("Data Protection Officer (DPO)");
    case SignOffRole::CaldicottGuardian:
        return Tr::tr("Caldicott Guardian");
    case SignOffRole::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString dpiaStatusLabel(DpiaStatus status)
{
    switch (status) {
    case DpiaStatus::NotScreened:
        return Tr::tr("Not screened");
    case DpiaStatus::NotRequired:
        return Tr::tr("Not required");
    case DpiaStatus::Required:
        return Tr::tr("Required");
    case DpiaStatus::Completed:
        return Tr::tr("Completed");
    }
    return {};
}

QString frequencyLabel(Frequency frequency)
{
    switch (frequency) {
    case Frequency::OneOff:
        return Tr::tr("One-off");
    case Frequency::Weekly:
        return Tr::tr("Weekly");
    case Frequency::Monthly:
        return Tr::tr("Monthly");
    case Frequency::Quarterly:
        return Tr::tr("Quarterly");
    case Frequency::Annually:
        return Tr::tr("Annually");
    case Frequency::OnRequest:
        return Tr::tr("On request");
    }
    return {};
}

const DataItem* findDataItem(const Agreement& agreement, const QString& column)
{
    const QString loose = looseName(column);
    if (loose.isEmpty())
        return nullptr;
    for (const DataItem& item : agreement.dataItems) {
        if (looseName(item.name) == loose)
            return &item;
    }
    for (const DataItem& item : agreement.dataItems) {
        for (const QString& alias : item.aliases) {
            if (looseName(alias) == loose)
                return &item;
        }
    }
    return nullptr;
}

} // namespace sharewise::agreements
