#include "review/ShareDetail.h"

#include "agreements/AgreementRegister.h"
#include "agreements/Summary.h"
#include "common/Translations.h"
#include "crypto/Identity.h"
#include "shares/SharePipeline.h"
#include "shares/ShareStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QStyle>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace sharewise::ui::shareview {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShareDetail)
};

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString shareName(const QString& datasetName, const QString& agreementReference)
{
    if (agreementReference.isEmpty())
        return datasetName;
    return Tr::tr("%1 under %2").arg(datasetName, agreementReference);
}

QString shareName(const shares::ShareRecord& share)
{
    return shareName(share.datasetName, share.agreementReference);
}

QString formatTime(qint64 us)
{
    if (us <= 0)
        return Tr::tr("—");
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toLocalTime();
    return Translations::locale().toString(when, QStringLiteral("d MMM yyyy HH:mm"));
}

QString shortUid(const QString& uid)
{
    return uid.left(8);
}

FindingCounts countFindings(const QJsonObject& summary)
{
    FindingCounts c;
    const QJsonArray findings = summary.value(QLatin1String("findings")).toArray();
    for (const QJsonValue& v : findings) {
        const QString severity = v.toObject().value(QLatin1String("severity")).toString();
        if (severity == QLatin1String("block"))
            ++c.blocking;
        else
            ++c.warnings;
    }
    return c;
}

QString findingCountsText(const FindingCounts& counts)
{
    if (counts.blocking == 0 && counts.warnings == 0)
        return Tr::tr("None");
    QStringList parts;
    if (counts.blocking > 0)
        parts << Tr::tr("%n blocking", nullptr, counts.blocking);
    if (counts.warnings > 0)
        parts << Tr::tr("%n warning(s)", nullptr, counts.warnings);
    return parts.join(QLatin1String(", "));
}

QIcon stateIcon(const QWidget* widget, shares::ShareState state)
{
    QStyle* style = widget->style();
    using S = shares::ShareState;
    switch (state) {
    case S::Draft:
        return style->standardIcon(QStyle::SP_FileIcon);
    case S::PendingReview:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case S::Approved:
    case S::Sealed:
    case S::Sent:
    case S::Received:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case S::Rejected:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case S::Cancelled:
        return style->standardIcon(QStyle::SP_DialogCancelButton);
    }
    return {};
}

QString summaryHtml(Database& db, const shares::ShareRecord& share)
{
    QString h;
    h += u"<h3>"_s + esc(shareName(share)) + u"</h3>"_s;
    h += u"<p>"_s;
    h += esc(Tr::tr("State: %1").arg(shares::stateLabel(share.state))) + u"<br>"_s;
    h += esc(Tr::tr("Prepared by %1; created %2")
                 .arg(share.preparedBy, formatTime(share.createdUs))) +
         u"<br>"_s;
    if (share.submittedUs > 0)
        h += esc(Tr::tr("Submitted for review %1").arg(formatTime(share.submittedUs))) + u"<br>"_s;
    if (!share.partner.isEmpty())
        h += esc(Tr::tr("Going to: %1").arg(share.partner)) + u"<br>"_s;
    QStringList recipients;
    for (const crypto::KeyCard& card : share.recipients)
        recipients << Tr::tr("%1 (key %2)").arg(card.name, card.fingerprint().left(19));
    if (!recipients.isEmpty())
        h += esc(Tr::tr("Recipients: %1").arg(recipients.join(QLatin1String("; ")))) + u"<br>"_s;
    h += esc(Tr::tr("Reference: %1").arg(share.uid)) + u"</p>"_s;

    const QStringList lines = shares::describeSummary(share.summary);
    h += u"<h4>"_s + esc(Tr::tr("What leaves the building")) + u"</h4>"_s;
    if (lines.isEmpty()) {
        h += u"<p>"_s +
             esc(share.state == shares::ShareState::Draft
                     ? Tr::tr("Not worked out yet: the share has not been submitted.")
                     : Tr::tr("No summary was recorded for this share.")) +
             u"</p>"_s;
    } else {
        h += u"<ul>"_s;
        for (const QString& line : lines)
            h += u"<li>"_s + esc(line) + u"</li>"_s;
        h += u"</ul>"_s;
    }

    const QJsonArray findings = share.summary.value(QLatin1String("findings")).toArray();
    h += u"<h4>"_s + esc(Tr::tr("Checks against the agreement")) + u"</h4>"_s;
    if (share.summary.isEmpty()) {
        h += u"<p>"_s +
             esc(Tr::tr("No checks were recorded: they run when the share is submitted.")) +
             u"</p>"_s;
    } else if (findings.isEmpty()) {
        h += u"<p>"_s + esc(Tr::tr("No problems found.")) + u"</p>"_s;
    } else {
        h += u"<ul>"_s;
        for (const QJsonValue& v : findings) {
            const QJsonObject f = v.toObject();
            const bool blocks =
                f.value(QLatin1String("severity")).toString() == QLatin1String("block");
            // The words carry the severity; bold marks it, never colour alone.
            h += u"<li><b>"_s + esc(blocks ? Tr::tr("Blocks:") : Tr::tr("Warning:")) + u"</b> "_s +
                 esc(f.value(QLatin1String("message")).toString());
            const QString next = f.value(QLatin1String("next_step")).toString();
            if (!next.isEmpty())
                h += u" "_s + esc(Tr::tr("What to do: %1").arg(next));
            h += u"</li>"_s;
        }
        h += u"</ul>"_s;
    }

    h += u"<h4>"_s + esc(Tr::tr("The agreement")) + u"</h4>"_s;
    const QJsonObject a = share.summary.value(QLatin1String("agreement")).toObject();
    Result<agreements::Agreement> agreement =
        agreements::AgreementRegister(db).find(share.agreementReference, share.agreementVersion);
    const QString title = agreement ? agreement->title : a.value(QLatin1String("title")).toString();
    h += u"<p>"_s +
         esc(Tr::tr("%1, version %2: %3")
                 .arg(share.agreementReference)
                 .arg(share.agreementVersion)
                 .arg(title)) +
         u"</p>"_s;
    if (agreement)
        h += u"<p>"_s + esc(agreements::agreementSummary(agreement.value())) + u"</p>"_s;
    else
        h += u"<p>"_s +
             esc(Tr::tr("This version of the agreement is not in your register; what the share "
                        "says of it is shown.")) +
             u"</p>"_s;
    const QString basis = a.value(QLatin1String("lawful_basis")).toString();
    if (!basis.isEmpty())
        h += u"<p>"_s + esc(Tr::tr("Lawful basis: %1").arg(basis)) + u"</p>"_s;

    Result<QList<shares::ShareDecision>> decisions = shares::ShareStore(db).decisions(share.id);
    if (decisions && !decisions->isEmpty()) {
        h += u"<h4>"_s + esc(Tr::tr("Decisions")) + u"</h4><ul>"_s;
        for (const shares::ShareDecision& d : std::as_const(decisions.value())) {
            const QString what =
                d.approved ? Tr::tr("Approved by %1 on %2").arg(d.reviewer, formatTime(d.decidedUs))
                           : Tr::tr("Sent back by %1 on %2: %3")
                                 .arg(d.reviewer, formatTime(d.decidedUs), d.reason);
            h += u"<li>"_s + esc(what) + u"</li>"_s;
        }
        h += u"</ul>"_s;
    }
    return h;
}

} // namespace sharewise::ui::shareview
