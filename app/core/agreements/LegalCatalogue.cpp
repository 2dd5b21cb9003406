#include "agreements/LegalCatalogue.h"

#include "agreements/SourceStrings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

#include <map>
#include <memory>
#include <optional>

namespace sharewise::agreements {
using namespace Qt::StringLiterals;
namespace {

Q_LOGGING_CATEGORY(lcCatalogue, "sharewise.agreements.catalogue")

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LegalCatalogue)
};

constexpr auto kResource = ":/legal/catalogue.json"_L1;

std::optional<LegalKind> kindFromName(QStringView name)
{
    if (name == u"lawful_basis")
        return LegalKind::LawfulBasis;
    if (name == u"article9")
        return LegalKind::Article9;
    if (name == u"schedule1")
        return LegalKind::Schedule1;
    if (name == u"criminal_offence")
        return LegalKind::CriminalOffence;
    if (name == u"statutory_power")
        return LegalKind::StatutoryPower;
    return std::nullopt;
}

// The entries with their English texts, read once from the compiled-in resource.
QList<LegalEntry> loadSource()
{
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcCatalogue) << "legal catalogue resource missing";
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCCritical(lcCatalogue) << "legal catalogue is not valid JSON at offset" << error.offset;
        return {};
    }
    QList<LegalEntry> entries;
    const QJsonArray array = doc.object().value("entries"_L1).toArray();
    entries.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        LegalEntry entry;
        entry.id = o.value("id"_L1).toString();
        const auto kind = kindFromName(o.value("kind"_L1).toString());
        if (entry.id.isEmpty() || !kind) {
            qCCritical(lcCatalogue) << "legal catalogue entry without id or kind" << entry.id;
            continue;
        }
        entry.kind = *kind;
        entry.citation = o.value("citation"_L1).toString();
        entry.title = o.value("title"_L1).toString();
        entry.explanation = o.value("explanation"_L1).toString();
        entry.typicalUse = o.value("typical_use"_L1).toString();
        entry.needsSchedule1 = o.value("needs_schedule1"_L1).toBool(false);
        for (const QJsonValue& option : o.value("schedule1_options"_L1).toArray())
            entry.schedule1Options.append(option.toString());
        entry.forPublicAuthorities = o.value("for_public_authorities"_L1).toBool(true);
        entries.append(entry);
    }
    return entries;
}

QString translated(const QString& source, const QString& id, const char* field)
{
    if (source.isEmpty())
        return source;
    const QByteArray text = source.toUtf8();
    const QByteArray comment = id.toUtf8() + '.' + field;
    return QCoreApplication::translate(kCatalogueContext, text.constData(), comment.constData());
}

LegalEntry translatedEntry(const LegalEntry& source)
{
    LegalEntry entry = source;
    entry.title = translated(source.title, source.id, "title");
    entry.explanation = translated(source.explanation, source.id, "explanation");
    entry.typicalUse = translated(source.typicalUse, source.id, "typical_use");
    return entry;
}

// The entries in each language met so far, kept for the life of the program so that
// find() can hand out stable pointers. The key is a probe: the first entry's
// explanation as the installed translators give it.
struct TranslatedCache
{
    QMutex mutex;
    std::map<QString, std::unique_ptr<const QList<LegalEntry>>> byLanguage;
};

TranslatedCache& cache()
{
    static TranslatedCache instance;
    return instance;
}

} // namespace

const LegalCatalogue& LegalCatalogue::instance()
{
    static const LegalCatalogue catalogue = [] {
        LegalCatalogue c;
        c.m_entries = loadSource();
        return c;
    }();
    return catalogue;
}

// The entries in the language now in use.
static const QList<LegalEntry>& currentEntries(const QList<LegalEntry>& source)
{
    const QString probe =
        source.isEmpty() ? QString()
                         : translated(source.first().explanation, source.first().id, "explanation");
    TranslatedCache& c = cache();
    const QMutexLocker lock(&c.mutex);
    auto it = c.byLanguage.find(probe);
    if (it == c.byLanguage.end()) {
        auto list = std::make_unique<QList<LegalEntry>>();
        list->reserve(source.size());
        for (const LegalEntry& entry : source)
            list->append(translatedEntry(entry));
        it = c.byLanguage.emplace(probe, std::move(list)).first;
    }
    return *it->second;
}

QList<LegalEntry> LegalCatalogue::allEntries() const
{
    return currentEntries(m_entries);
}

QList<LegalEntry> LegalCatalogue::entries(LegalKind kind) const
{
    QList<LegalEntry> out;
    for (const LegalEntry& entry : currentEntries(m_entries)) {
        if (entry.kind == kind)
            out.append(entry);
    }
    return out;
}

const LegalEntry* LegalCatalogue::find(const QString& id) const
{
    for (const LegalEntry& entry : currentEntries(m_entries)) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QString LegalCatalogue::describe(const QString& id) const
{
    const LegalEntry* entry = find(id);
    if (!entry)
        return id;
    // "Children Act 2004, sections 10 and 11", not "... – Children Act 2004" again.
    if (entry->citation.startsWith(entry->title))
        return entry->citation;
    //: A legal citation and its short title: "UK GDPR Article 6(1)(e) – Public task".
    return Tr::tr("%1 – %2").arg(entry->citation, entry->title);
}

} // namespace sharewise::agreements
