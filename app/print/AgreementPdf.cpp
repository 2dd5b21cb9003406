#include "print/AgreementPdf.h"

#include "agreements/LegalCatalogue.h"
#include "agreements/Summary.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace sharewise::print {
using namespace Qt::StringLiterals;
using namespace agreements;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgreementPdf)
};

// The agreement's own text, escaped, line breaks kept; "Not stated." when empty.
QString text(const QString& value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return u"<i>"_s + Tr::tr("Not stated.").toHtmlEscaped() + u"</i>"_s;
    QString escaped = trimmed.toHtmlEscaped();
    escaped.replace(u'\n', u"<br/>"_s);
    return escaped;
}

QString esc(const QString& value)
{
    return value.toHtmlEscaped();
}

QString date(const QDate& d)
{
    if (!d.isValid())
        return u"<i>"_s + esc(Tr::tr("None")) + u"</i>"_s;
    return esc(Translations::locale().toString(d, u"d MMMM yyyy"_s));
}

QString heading(const QString& title, bool proposed = false, bool newPage = false)
{
    QString out =
        (newPage ? u"<h2 style=\"page-break-before: always;\">"_s : u"<h2>"_s) + esc(title);
    if (proposed)
        out += u" <span style=\"color:#b00020; font-size:small;\">"_s +
               esc(Tr::tr("(proposed, not yet confirmed)")) + u"</span>"_s;
    return out + u"</h2>\n"_s;
}

// A two-column table of label and value (the value already HTML).
class Facts
{
public:
    void add(const QString& label, const QString& valueHtml)
    {
        m_rows += u"<tr><td width=\"30%\"><b>"_s + esc(label) + u"</b></td><td>"_s + valueHtml +
                  u"</td></tr>\n"_s;
    }
    [[nodiscard]] QString html() const
    {
        return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
               "style=\"border-collapse:collapse; border-color:#999999;\">\n"_s +
               m_rows + u"</table>\n"_s;
    }

private:
    QString m_rows;
};

// A table with a header row; cells already HTML.
QString table(const QStringList& headers, const QList<QStringList>& rows)
{
    QString out = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                  "style=\"border-collapse:collapse; border-color:#999999;\">\n<tr>"_s;
    for (const QString& h : headers)
        out += u"<th align=\"left\" bgcolor=\"#eeeeee\">"_s + esc(h) + u"</th>"_s;
    out += u"</tr>\n"_s;
    for (const QStringList& row : rows) {
        out += u"<tr>"_s;
        for (const QString& cell : row)
            out += u"<td>"_s + cell + u"</td>"_s;
        out += u"</tr>\n"_s;
    }
    return out + u"</table>\n"_s;
}

QString none()
{
    return u"<p><i>"_s + esc(Tr::tr("None.")) + u"</i></p>\n"_s;
}

QString contact(const Contact& c)
{
    QStringList parts;
    if (!c.name.trimmed().isEmpty())
        parts << u"<b>"_s + esc(c.name.trimmed()) + u"</b>"_s;
    for (const QString& s : {c.role, c.email, c.phone}) {
        if (!s.trimmed().isEmpty())
            parts << esc(s.trimmed());
    }
    if (parts.isEmpty())
        return u"<i>"_s + esc(Tr::tr("Not stated.")) + u"</i>"_s;
    return parts.join(u"<br/>"_s);
}

// One legal ground: the catalogue's description, its Schedule 1 paragraph, the reason.
QString ground(const LegalGround& g)
{
    const LegalCatalogue& catalogue = LegalCatalogue::instance();
    QString out = u"<p><b>"_s + esc(catalogue.describe(g.code)) + u"</b>"_s;
    if (!g.schedule1.trimmed().isEmpty())
        out += u"<br/>"_s + esc(Tr::tr("With: %1").arg(catalogue.describe(g.schedule1)));
    if (!g.reason.trimmed().isEmpty())
        out += u"<br/>"_s + esc(Tr::tr("Why it applies:")) + u' ' + text(g.reason);
    return out + u"</p>\n"_s;
}

QString grounds(const QString& title, const QList<LegalGround>& list)
{
    QString out = u"<h3>"_s + esc(title) + u"</h3>\n"_s;
    if (list.isEmpty())
        return out + none();
    for (const LegalGround& g : list)
        out += ground(g);
    return out;
}

QString hashText(const Agreement& a)
{
    const QByteArray hash = a.contentHash.isEmpty() ? a.computeContentHash() : a.contentHash;
    // Raw bytes (32) are shown as hex; a stored hex text as it is.
    const QString hex =
        hash.size() == 32 ? QString::fromLatin1(hash.toHex()) : QString::fromLatin1(hash).trimmed();
    // In groups of eight, so that it wraps and can be read out.
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return u"<tt>"_s + esc(groups.join(u' ')) + u"</tt>"_s;
}

QString signOffBlock(const QString& role, const SignOff* s)
{
    Facts f;
    f.add(Tr::tr("Role"), esc(role));
    f.add(Tr::tr("Name"), s && !s->name.trimmed().isEmpty() ? esc(s->name.trimmed()) : QString());
    f.add(Tr::tr("Organisation"), s ? esc(s->organisation.trimmed()) : QString());
    f.add(Tr::tr("Signature"), u"<br/><br/>"_s);
    f.add(Tr::tr("Date"), s && s->date.isValid() ? date(s->date) : QString());
    return f.html() + u"<p></p>\n"_s;
}

QString signOffRoleText(const SignOff& s)
{
    if (s.role == SignOffRole::Other)
        return s.roleTitle.trimmed().isEmpty() ? signOffRoleLabel(s.role) : s.roleTitle.trimmed();
    if (!s.roleTitle.trimmed().isEmpty())
        return signOffRoleLabel(s.role) + u" – "_s + s.roleTitle.trimmed();
    return signOffRoleLabel(s.role);
}

} // namespace

QString agreementHtml(const Agreement& a)
{
    QString h;
    h += u"<html><head><meta charset=\"utf-8\"/><title>"_s + esc(a.title) +
         u"</title></head><body>\n"_s;
    h += u"<p style=\"color:#555555;\">"_s + esc(Tr::tr("Data-sharing agreement")) + u"</p>\n"_s;
    h += u"<h1>"_s + (a.title.trimmed().isEmpty() ? esc(a.reference) : esc(a.title.trimmed())) +
         u"</h1>\n"_s;

    Facts facts;
    facts.add(Tr::tr("Reference"), esc(a.reference));
    facts.add(Tr::tr("Version"),
              a.version > 0 ? esc(QString::number(a.version)) : esc(Tr::tr("Not recorded yet")));
    facts.add(Tr::tr("Status"), esc(displayStatusLabel(a.displayStatus(QDate::currentDate()))));
    facts.add(Tr::tr("Content hash"), hashText(a));
    facts.add(Tr::tr("Starts"), date(a.startsOn));
    facts.add(Tr::tr("Ends"), date(a.endsOn));
    facts.add(Tr::tr("Review due"), date(a.reviewDueOn));
    if (!a.templateId.trimmed().isEmpty())
        facts.add(Tr::tr("Made from template"), esc(a.templateId));
    h += facts.html();

    h += heading(Tr::tr("Summary"));
    h += u"<p>"_s + text(agreementSummary(a)) + u"</p>\n"_s;

    h += heading(Tr::tr("Parties"));
    if (a.parties.isEmpty()) {
        h += none();
    } else {
        QList<QStringList> rows;
        for (const Party& p : a.parties)
            rows << QStringList{esc(p.organisation), esc(partyRoleLabel(p.role)),
                                contact(p.contact)};
        h += table({Tr::tr("Organisation"), Tr::tr("Role"), Tr::tr("Contact")}, rows);
    }

    h += heading(Tr::tr("Purpose"));
    h += u"<p>"_s + text(a.purpose) + u"</p>\n"_s;
    h += heading(Tr::tr("Expected benefits"));
    h += u"<p>"_s + text(a.benefits) + u"</p>\n"_s;
    h += heading(Tr::tr("What the data will not be used for"));
    h += u"<p>"_s + text(a.notUsedFor) + u"</p>\n"_s;

    const bool legalProposed =
        a.isProposed(Field::LawfulBasis) || a.isProposed(Field::SpecialCategory) ||
        a.isProposed(Field::CriminalOffence) || a.isProposed(Field::StatutoryPowers);
    h += heading(Tr::tr("Legal basis"), legalProposed);
    h += u"<h3>"_s + esc(Tr::tr("Lawful basis (UK GDPR Article 6)")) + u"</h3>\n"_s;
    h += a.lawfulBasis.code.trimmed().isEmpty() ? none() : ground(a.lawfulBasis);
    h += grounds(Tr::tr("Special category conditions (Article 9)"), a.specialCategoryConditions);
    h += grounds(Tr::tr("Criminal offence conditions (Article 10)"), a.criminalOffenceConditions);
    h += grounds(Tr::tr("Statutory powers relied on"), a.statutoryPowers);

    h += heading(Tr::tr("Data items allowed"), a.isProposed(Field::DataItems));
    if (a.dataItems.isEmpty()) {
        h += none();
    } else {
        QList<QStringList> rows;
        for (const DataItem& d : a.dataItems)
            rows << QStringList{u"<b>"_s + esc(d.name) + u"</b>"_s, esc(d.aliases.join(u", "_s)),
                                text(d.description), esc(redact::describeRule(d.minimum))};
        h += table({Tr::tr("Data item"), Tr::tr("Also called"), Tr::tr("Description"),
                    Tr::tr("Least redaction it must get")},
                   rows);
    }

    h += heading(Tr::tr("How the data is handled"));
    Facts handling;
    handling.add(Tr::tr("Frequency"), esc(frequencyLabel(a.frequency)));
    handling.add(Tr::tr("Retention and deletion"), text(a.retention));
    handling.add(Tr::tr("Security"), text(a.security));
    handling.add(Tr::tr("Transfer method"), text(a.transferMethod));
    handling.add(Tr::tr("Individuals' rights and complaints"), text(a.rights));
    handling.add(
        Tr::tr("IG review before each share"),
        esc(a.requiresReview ? Tr::tr("Yes") : Tr::tr("No, shares may be sealed at once")));
    h += handling.html();

    h += heading(Tr::tr("Data protection impact assessment (DPIA)"), a.isProposed(Field::Dpia));
    Facts dpia;
    dpia.add(Tr::tr("Status"), esc(dpiaStatusLabel(a.dpia.status)));
    if (!a.dpia.reference.trimmed().isEmpty())
        dpia.add(Tr::tr("DPIA reference"), esc(a.dpia.reference));
    if (!a.dpia.triggers.isEmpty())
        dpia.add(Tr::tr("Screening triggers"), esc(a.dpia.triggers.join(u", "_s)));
    if (!a.dpia.note.trimmed().isEmpty())
        dpia.add(Tr::tr("Note"), text(a.dpia.note));
    h += dpia.html();

    h += heading(Tr::tr("What the recipient will return"));
    if (a.outputs.isEmpty()) {
        h += none();
    } else {
        QList<QStringList> rows;
        for (const ExpectedOutput& o : a.outputs)
            rows << QStringList{u"<b>"_s + esc(o.title) + u"</b>"_s, text(o.description),
                                date(o.due)};
        h += table(
            {Tr::tr("Output"), Tr::tr("Description"), Tr::tr("Due", "date an output is due back")},
            rows);
    }

    h += heading(Tr::tr("Recipients"));
    h += u"<p>"_s +
         esc(Tr::tr("Data under this agreement may be sent only to these recipients' keys.")) +
         u"</p>\n"_s;
    if (a.recipients.isEmpty()) {
        h += none();
    } else {
        QList<QStringList> rows;
        for (const Recipient& r : a.recipients)
            rows << QStringList{esc(r.organisation), esc(r.contact),
                                u"<tt>"_s + esc(r.fingerprint) + u"</tt>"_s};
        h += table({Tr::tr("Organisation"), Tr::tr("Contact"), Tr::tr("Key fingerprint")}, rows);
    }

    // The sign-offs start a page, so that no block is split and the page can be signed.
    h += heading(Tr::tr("Sign-off"), false, true);
    h += u"<p>"_s +
         esc(Tr::tr("Signed for the parties by the people below, agreeing to share and handle "
                    "the data as this agreement sets out.")) +
         u"</p>\n"_s;
    bool hasSiro = false;
    bool hasDpo = false;
    for (const SignOff& s : a.signOffs) {
        hasSiro = hasSiro || s.role == SignOffRole::Siro;
        hasDpo = hasDpo || s.role == SignOffRole::Dpo;
        h += signOffBlock(signOffRoleText(s), &s);
    }
    if (!hasSiro)
        h += signOffBlock(signOffRoleLabel(SignOffRole::Siro), nullptr);
    if (!hasDpo)
        h += signOffBlock(signOffRoleLabel(SignOffRole::Dpo), nullptr);

    h += u"</body></html>\n"_s;
    return h;
}

Status writeAgreementPdf(const Agreement& agreement, const QString& path)
{
    const QString where = QDir::toNativeSeparators(path);
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return makeError(ErrorKind::Failure,
                         Tr::tr("The PDF cannot be made: the printing part of Sharewise did not "
                                "start. Try again from the Sharewise window."),
                         where);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Failure,
                         Tr::tr("The PDF cannot be written (%1). Choose another folder.")
                             .arg(file.errorString()),
                         where);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(agreement.title.isEmpty() ? agreement.reference : agreement.title);
        writer.setCreator(u"Sharewise"_s);

        QTextDocument doc;
        QFont font = doc.defaultFont();
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        doc.setDefaultStyleSheet(u"h1 { font-size: 18pt; } h2 { font-size: 13pt; } "
                                 "h3 { font-size: 11pt; }"_s);
        doc.setHtml(agreementHtml(agreement));
        // Not paginated here: print() then lays it out on the writer's pages with a
        // 2 cm margin and numbers each page at the foot.
        doc.print(&writer);
    }
    if (file.size() == 0) { // the PDF engine could not start: keep nothing
        file.cancelWriting();
        return makeError(ErrorKind::Failure,
                         Tr::tr("The PDF could not be laid out. Check that fonts are installed "
                                "and try again."),
                         where);
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return makeError(ErrorKind::Failure,
                         Tr::tr("The PDF could not be written (%1). Check there is space and "
                                "try again.")
                             .arg(file.errorString()),
                         where);
    return {};
}

} // namespace sharewise::print
