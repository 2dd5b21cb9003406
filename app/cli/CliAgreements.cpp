// sharewise-cli agreements: the agreements register (app/core/agreements,
// docs/agreements.md): list, show, import, export; pdf is in CliAgreementPdf.cpp.
#include "CliApp.h"

#include "agreements/AgreementRegister.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace sharewise {
namespace {

using namespace agreements;

int code(ExitCode c)
{
    return static_cast<int>(c);
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QStringList partnersOf(const Agreement& a)
{
    QStringList out;
    for (const Party& p : a.parties) {
        if (!out.contains(p.organisation))
            out << p.organisation;
    }
    for (const Recipient& r : a.recipients) {
        if (!out.contains(r.organisation))
            out << r.organisation;
    }
    return out;
}

QJsonObject listEntry(const Agreement& a, const QDate& today)
{
    return QJsonObject{
        {QStringLiteral("reference"), a.reference},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("status"), displayStatusName(a.displayStatus(today))},
        {QStringLiteral("version"), a.version},
        {QStringLiteral("content_hash"), QString::fromLatin1(a.contentHash.toHex())},
        {QStringLiteral("starts_on"),
         a.startsOn.isValid() ? QJsonValue(a.startsOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("ends_on"),
         a.endsOn.isValid() ? QJsonValue(a.endsOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("review_due_on"),
         a.reviewDueOn.isValid() ? QJsonValue(a.reviewDueOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("partners"), QJsonArray::fromStringList(partnersOf(a))},
    };
}

QString groundText(const LegalGround& g)
{
    QString s = g.code;
    if (!g.schedule1.isEmpty())
        s += (s.isEmpty() ? QString() : QStringLiteral(" + ")) + g.schedule1;
    if (!g.reason.isEmpty())
        s += QStringLiteral(": ") + g.reason;
    return s;
}

} // namespace

int CliApp::cmdAgreements(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("pdf"))
        return cmdAgreementPdf(args.mid(1));

    QCommandLineParser p;
    const QCommandLineOption statusOpt(QStringLiteral("status"), QString(), QStringLiteral("S"));
    const QCommandLineOption partnerOpt(QStringLiteral("partner"), QString(), QStringLiteral("P"));
    const QCommandLineOption reviewDue(QStringLiteral("review-due"));
    const QCommandLineOption versionOpt(QStringLiteral("version"), QString(), QStringLiteral("N"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                    QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QStringList subs{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("import"),
                           QStringLiteral("export")};
    if (!subs.contains(sub))
        return usage(tr("Use \"agreements list\", \"show\", \"import\", \"export\" or \"pdf\"."));
    if (sub == QLatin1String("list"))
        p.addOptions({statusOpt, partnerOpt, reviewDue, json});
    else if (sub == QLatin1String("show"))
        p.addOptions({versionOpt, json});
    else if (sub == QLatin1String("export"))
        p.addOptions({outOpt, force});
    if (!p.parse(QStringList{QStringLiteral("agreements ") + sub} + args.mid(1)))
        return usage(tr("%1.").arg(p.errorText()));
    const QStringList pos = p.positionalArguments();

    std::optional<DisplayStatus> status;
    if (p.isSet(statusOpt)) {
        const QString s = p.value(statusOpt);
        for (auto d : {DisplayStatus::Draft, DisplayStatus::Active, DisplayStatus::Expired,
                       DisplayStatus::Suspended, DisplayStatus::Ended}) {
            if (displayStatusName(d) == s)
                status = d;
        }
        if (!status)
            return usage(tr("--status must be draft, active, expired, suspended or ended."));
    }
    int version = 0;
    if (p.isSet(versionOpt)) {
        bool ok = false;
        version = p.value(versionOpt).toInt(&ok);
        if (!ok || version < 1)
            return usage(tr("--version must be a version number: 1, 2, ..."));
    }
    if (sub == QLatin1String("list") && !pos.isEmpty())
        return usage(tr("\"agreements list\" takes no file or reference; filter with --status, "
                        "--partner and --review-due."));
    if (sub == QLatin1String("show") && pos.size() != 1)
        return usage(tr("Name the agreement by its reference: agreements show REF"));
    if (sub == QLatin1String("import") && pos.size() != 1)
        return usage(tr("Give the agreement file: agreements import FILE"));
    if (sub == QLatin1String("export") && (pos.size() != 1 || !p.isSet(outOpt)))
        return usage(tr("Name the agreement and the file to write: agreements export REF -o "
                        "FILE"));

    // Read the file before opening the history: a bad file is the user's first problem.
    QByteArray importBytes;
    QString importWhere;
    if (sub == QLatin1String("import")) {
        importWhere = QDir::toNativeSeparators(pos.first());
        QFile f(pos.first());
        if (!f.open(QIODevice::ReadOnly))
            return fail(makeError(ErrorKind::BadInput,
                                  tr("The agreement file cannot be read (%1). Check the file "
                                     "name.")
                                      .arg(f.errorString()),
                                  importWhere));
        if (f.size() > 4 * 1024 * 1024)
            return fail(makeError(ErrorKind::BadInput,
                                  tr("This file is too large to be an agreement."), importWhere));
        importBytes = f.readAll();
    }
    if (sub == QLatin1String("export") && QFileInfo::exists(p.value(outOpt)) && !p.isSet(force))
        return fail(makeError(ErrorKind::BadInput,
                              tr("A file with this name already exists. Choose another name, or "
                                 "add --force to replace it."),
                              QDir::toNativeSeparators(p.value(outOpt))));

    Result<std::unique_ptr<Database>> opened = openDatabase();
    if (!opened)
        return fail(opened.error());
    Database& db = *opened.value();
    AgreementRegister reg(db);
    const QDate today = Clock::today();

    if (sub == QLatin1String("list")) {
        AgreementFilter filter;
        filter.status = status;
        filter.partner = p.value(partnerOpt);
        filter.reviewDueSoon = p.isSet(reviewDue);
        filter.today = today;
        Result<QList<Agreement>> listed = reg.list(filter);
        if (!listed)
            return fail(listed.error());
        if (p.isSet(json)) {
            QJsonArray items;
            for (const Agreement& a : listed.value())
                items.append(listEntry(a, today));
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("agreements"), items}})
                         .toJson(QJsonDocument::Indented);
            return code(ExitCode::Success);
        }
        if (listed->isEmpty()) {
            m_out << tr("No agreements match.") << '\n';
            return code(ExitCode::Success);
        }
        for (const Agreement& a : listed.value()) {
            m_out << a.reference << "  " << displayStatusLabel(a.displayStatus(today)) << "  "
                  << tr("v%1").arg(a.version) << "  "
                  << tr("review %1").arg(dateText(a.reviewDueOn)) << "  " << a.title << '\n';
        }
        return code(ExitCode::Success);
    }

    if (sub == QLatin1String("show")) {
        Result<Agreement> found = reg.find(pos.first(), version);
        if (!found)
            return fail(found.error());
        const Agreement& a = found.value();
        if (p.isSet(json)) {
            QJsonObject o = a.toJson();
            o.insert(QStringLiteral("register"),
                     QJsonObject{{QStringLiteral("version"), a.version},
                                 {QStringLiteral("content_hash"),
                                  QString::fromLatin1(a.contentHash.toHex())}});
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return code(ExitCode::Success);
        }
        m_out << a.reference << ": " << a.title << '\n';
        m_out << tr("Status: %1").arg(displayStatusLabel(a.displayStatus(today))) << '\n';
        m_out << tr("Version: %1 (content hash %2)")
                     .arg(a.version)
                     .arg(QString::fromLatin1(a.contentHash.toHex()))
              << '\n';
        m_out << tr("Dates: starts %1, ends %2, review due %3")
                     .arg(dateText(a.startsOn), dateText(a.endsOn), dateText(a.reviewDueOn))
              << '\n';
        for (const Party& party : a.parties)
            m_out << tr("Party: %1 (%2)").arg(party.organisation, partyRoleLabel(party.role))
                  << '\n';
        m_out << tr("Purpose: %1").arg(a.purpose) << '\n';
        m_out << tr("Lawful basis: %1").arg(groundText(a.lawfulBasis)) << '\n';
        for (const LegalGround& g : a.specialCategoryConditions)
            m_out << tr("Special category condition: %1").arg(groundText(g)) << '\n';
        for (const LegalGround& g : a.criminalOffenceConditions)
            m_out << tr("Criminal offence condition: %1").arg(groundText(g)) << '\n';
        for (const LegalGround& g : a.statutoryPowers)
            m_out << tr("Statutory power: %1").arg(groundText(g)) << '\n';
        for (const DataItem& d : a.dataItems)
            m_out << tr("Data item: %1 (at least: %2)").arg(d.name, redact::describeRule(d.minimum))
                  << '\n';
        m_out << tr("Frequency: %1").arg(frequencyLabel(a.frequency)) << '\n';
        m_out << tr("Retention: %1").arg(a.retention) << '\n';
        m_out << tr("DPIA: %1").arg(dpiaStatusLabel(a.dpia.status)) << '\n';
        for (const Recipient& r : a.recipients)
            m_out << tr("Recipient: %1 (key %2)")
                         .arg(r.organisation,
                              r.fingerprint.isEmpty() ? tr("not chosen") : r.fingerprint)
                  << '\n';
        for (const SignOff& s : a.signOffs)
            m_out << tr("Signed off: %1, %2, %3")
                         .arg(s.name, signOffRoleLabel(s.role),
                              s.date.isValid() ? s.date.toString(Qt::ISODate) : tr("not yet"))
                  << '\n';
        for (const ExpectedOutput& o : a.outputs)
            m_out << tr("Expected output: %1, due %2").arg(o.title, dateText(o.due)) << '\n';
        m_out << (a.requiresReview ? tr("Each share needs IG review before sealing.")
                                   : tr("Shares may be sealed without IG review."))
              << '\n';
        for (const QString& f : a.proposed)
            m_out << tr("Proposed, not yet confirmed: %1").arg(f) << '\n';
        Result<QList<AgreementVersionInfo>> versions = reg.versions(a.reference);
        if (!versions)
            return fail(versions.error());
        for (const AgreementVersionInfo& v : versions.value()) {
            m_out << tr("Version %1: %2 by %3%4")
                         .arg(v.version)
                         .arg(QDateTime::fromMSecsSinceEpoch(v.createdAtUs / 1000, Qt::UTC)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                              v.createdBy,
                              v.note.isEmpty() ? QString() : QStringLiteral(" - ") + v.note)
                  << '\n';
        }
        return code(ExitCode::Success);
    }

    if (sub == QLatin1String("import")) {
        // What the register holds before, to tell a new version from nothing new.
        Result<QList<Agreement>> before = reg.list();
        if (!before)
            return fail(before.error());
        QHash<QString, int> versions;
        for (const Agreement& a : before.value())
            versions.insert(a.reference, a.version);
        Result<Agreement> imported = reg.importJson(importBytes, importWhere);
        if (!imported)
            return fail(imported.error());
        const int was = versions.value(imported->reference, 0);
        if (was == imported->version)
            m_out << tr("%1 is already in the register with this content (version %2): nothing "
                        "changed.")
                         .arg(imported->reference)
                         .arg(imported->version)
                  << '\n';
        else if (was == 0)
            m_out << tr("Added %1 to the register as version 1.").arg(imported->reference) << '\n';
        else
            m_out << tr("Recorded %1 version %2.").arg(imported->reference).arg(imported->version)
                  << '\n';
        return code(ExitCode::Success);
    }

    // export
    Result<QByteArray> exported = reg.exportJson(pos.first());
    if (!exported)
        return fail(exported.error());
    const QString out = p.value(outOpt);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.value()) != exported->size() ||
        !file.commit())
        return fail(makeError(ErrorKind::Failure,
                              tr("The agreement could not be written (%1). Check the folder and "
                                 "that there is space.")
                                  .arg(file.errorString()),
                              QDir::toNativeSeparators(out)));
    m_out << tr("Wrote %1 to %2.").arg(pos.first(), QDir::toNativeSeparators(out)) << '\n';
    return code(ExitCode::Success);
}

} // namespace sharewise
