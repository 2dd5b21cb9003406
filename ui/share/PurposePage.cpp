#include "share/PurposePage.h"

#include "agreements/AgreementSuggest.h"
#include "agreements/LegalCatalogue.h"
#include "agreements/Summary.h"
#include "common/Clock.h"
#include "redact/Suggest.h"
#include "shares/ShareStore.h"
#include "widgets/WhyAsked.h"
#include "widgets/WrapLabel.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sharewise::ui {

using agreements::Finding;
using agreements::Severity;
using agreements::CheckCode::ColumnNoRule;
using agreements::CheckCode::ColumnNotAllowed;
using agreements::CheckCode::ColumnTooWeak;
using agreements::CheckCode::CriminalOffence;
using agreements::CheckCode::SpecialCategory;

QStringList legalBasisLines(const agreements::Agreement& agreement)
{
    const agreements::LegalCatalogue& catalogue = agreements::LegalCatalogue::instance();
    auto line = [&](const QString& label, const agreements::LegalGround& g) {
        // A criminal offence condition may be a Schedule 1 paragraph alone.
        QString text = catalogue.describe(g.code.isEmpty() ? g.schedule1 : g.code);
        if (!g.code.isEmpty() && !g.schedule1.isEmpty())
            text = PurposePage::tr("%1, with %2").arg(text, catalogue.describe(g.schedule1));
        if (!g.reason.isEmpty())
            text = PurposePage::tr("%1: %2").arg(text, g.reason);
        return PurposePage::tr("%1: %2").arg(label, text);
    };
    QStringList lines;
    if (!agreement.lawfulBasis.code.isEmpty())
        lines << line(PurposePage::tr("Lawful basis"), agreement.lawfulBasis);
    for (const agreements::LegalGround& g : agreement.specialCategoryConditions)
        lines << line(PurposePage::tr("Special category condition"), g);
    for (const agreements::LegalGround& g : agreement.criminalOffenceConditions)
        lines << line(PurposePage::tr("Criminal offence condition"), g);
    for (const agreements::LegalGround& g : agreement.statutoryPowers)
        lines << line(PurposePage::tr("Power to share"), g);
    return lines;
}

QPixmap severityPixmap(const QWidget* widget, std::optional<Severity> s)
{
    const QStyle::StandardPixmap which = !s                      ? QStyle::SP_DialogApplyButton
                                         : *s == Severity::Block ? QStyle::SP_MessageBoxCritical
                                                                 : QStyle::SP_MessageBoxWarning;
    const int size = widget->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
    return widget->style()->standardIcon(which, nullptr, widget).pixmap(size + 4, size + 4);
}

namespace {

// A wrapped label for the scrolled part of a page: plain QLabel word wrap, whose
// height-for-width the scroll area follows (a WrapLabel's minimum height, taken at the
// width it had when made, would push a scroll bar onto content that fits).
QLabel* scrolledLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

PurposePage::PurposePage(ShareDraft& draft, const ShareContext& context, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_context(context)
    , m_intro(new WrapLabel(this))
    , m_whyAsked(WhyAsked::make(this, QStringLiteral("purpose")))
    , m_whyToggle(m_whyAsked.toggle)
    , m_why(m_whyAsked.text)
    , m_summaryHeading(new QLabel(this))
    , m_summary(scrolledLabel(this))
    , m_basisHeading(new QLabel(this))
    , m_basis(scrolledLabel(this))
    , m_findingsHeading(new QLabel(this))
    , m_result(scrolledLabel(this))
    , m_findingsBox(new QWidget(this))
    , m_findingsLayout(new QVBoxLayout(m_findingsBox))
    , m_drop(new QPushButton(this))
    , m_minimum(new QPushButton(this))
{
    setObjectName(QStringLiteral("purposePage"));
    m_summary->setObjectName(QStringLiteral("purposeSummary"));
    m_basis->setObjectName(QStringLiteral("purposeBasis"));
    m_result->setObjectName(QStringLiteral("purposeResult"));
    m_drop->setObjectName(QStringLiteral("dropColumnsButton"));
    m_minimum->setObjectName(QStringLiteral("useMinimumButton"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* heading : {m_summaryHeading, m_basisHeading, m_findingsHeading}) {
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);

    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->addWidget(m_summaryHeading);
    inner->addWidget(m_summary);
    inner->addSpacing(6);
    inner->addWidget(m_basisHeading);
    inner->addWidget(m_basis);
    inner->addSpacing(6);
    inner->addWidget(m_findingsHeading);
    inner->addWidget(m_result);
    inner->addWidget(m_findingsBox);
    auto* fixes = new QHBoxLayout;
    fixes->addWidget(m_drop);
    fixes->addWidget(m_minimum);
    fixes->addStretch(1);
    inner->addLayout(fixes);
    inner->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto* whyRow = new QHBoxLayout;
    whyRow->addWidget(m_whyToggle);
    whyRow->addStretch(1);
    layout->addLayout(whyRow);
    layout->addWidget(m_why);
    layout->addWidget(scroll, 1);

    connect(m_drop, &QPushButton::clicked, this, &PurposePage::dropColumns);
    connect(m_minimum, &QPushButton::clicked, this, &PurposePage::useMinimums);
    retranslateUi();
}

void PurposePage::initializePage()
{
    ensureProfile();
    showAgreement();
    recheck();
}

bool PurposePage::isComplete() const
{
    return m_draft.agreementRecord.has_value() && m_draft.scan != nullptr &&
           !agreements::anyBlocks(m_findings);
}

void PurposePage::ensureProfile()
{
    if (!m_draft.scan || m_profiledFor == m_draft.scan)
        return;
    m_profiledFor = m_draft.scan;
    const QStringList columns = m_draft.scan->info.columns;
    // Rules already made for exactly these columns (a resumed draft, an earlier visit)
    // are kept.
    if (!m_draft.profile.rules.isEmpty() &&
        redact::matchColumns(m_draft.profile, columns).isExact() &&
        m_draft.profile.agreement == m_draft.agreement)
        return;
    m_draft.profileNote.clear();

    // The last share under this agreement whose rules fit these columns.
    if (m_context.db && !m_draft.agreement.isEmpty()) {
        const shares::ShareStore store(*m_context.db);
        shares::ShareFilter filter;
        filter.agreement = m_draft.agreement;
        filter.limit = 20;
        Result<QList<shares::ShareListItem>> listed = store.list(filter);
        if (listed) {
            for (const shares::ShareListItem& item : std::as_const(listed.value())) {
                if (m_draft.record && item.id == m_draft.record->id)
                    continue;
                Result<shares::ShareRecord> share = store.find(item.id);
                if (!share || share->profileJson.isEmpty())
                    continue;
                Result<redact::RedactionProfile> p =
                    redact::RedactionProfile::fromBytes(share->profileJson, share->datasetName);
                if (p && redact::matchColumns(p.value(), columns).isExact()) {
                    m_draft.profile = std::move(p).value();
                    m_draft.profile.agreement = m_draft.agreement;
                    m_draft.profileNote =
                        tr("Rules from your last share under this agreement (%1, %2).")
                            .arg(share->datasetName,
                                 QLocale().toString(
                                     QDateTime::fromMSecsSinceEpoch(share->createdUs / 1000).date(),
                                     QLocale::ShortFormat));
                    return;
                }
                break; // only the latest share's rules are offered
            }
        }
    }

    const bool keyAvailable = m_draft.keys && m_draft.keys->isValid();
    redact::SuggestedProfile suggested =
        redact::suggestProfile(*m_draft.scan, Clock::today(), keyAvailable);
    if (m_draft.agreementRecord)
        agreements::applyAgreement(suggested, *m_draft.agreementRecord, Clock::today(),
                                   keyAvailable);
    m_draft.profile = suggested.profile;
    m_draft.profile.agreement = m_draft.agreement;
}

void PurposePage::recheck()
{
    m_findings.clear();
    if (m_draft.agreementRecord) {
        profile::DatasetProfile columns;
        if (m_draft.scan) {
            columns.columns = m_draft.scan->columns;
            columns.rowCount = m_draft.scan->counts.dataRows;
        }
        QStringList fingerprints;
        for (const crypto::KeyCard& c : std::as_const(m_draft.recipients))
            fingerprints.append(c.fingerprint());
        agreements::ShareCheckInput input;
        input.agreement = &*m_draft.agreementRecord;
        input.dataset = m_draft.scan ? &columns : nullptr;
        input.redaction = m_draft.profile.rules.isEmpty() ? nullptr : &m_draft.profile;
        input.recipientFingerprints = fingerprints;
        input.today = Clock::today();
        m_findings = agreements::checkShare(input);
    }
    showFindings();
    emit completeChanged();
}

void PurposePage::showAgreement()
{
    const std::optional<agreements::Agreement>& a = m_draft.agreementRecord;
    if (!a) {
        m_summaryHeading->setText(tr("No agreement chosen"));
        m_summary->setText(tr("Go back to the first step and choose the agreement this share "
                              "falls under."));
        m_basisHeading->setVisible(false);
        m_basis->setVisible(false);
        return;
    }
    m_summaryHeading->setText(tr("%1, version %2").arg(a->title).arg(a->version));
    m_summary->setText(agreements::agreementSummary(*a));
    m_basisHeading->setVisible(true);
    m_basis->setVisible(true);
    QStringList lines;
    lines << tr("Purpose: %1").arg(a->purpose);
    lines << legalBasisLines(*a);
    if (!a->notUsedFor.isEmpty())
        lines << tr("Not to be used for: %1").arg(a->notUsedFor);
    m_basis->setText(lines.join(u'\n'));
}

void PurposePage::showFindings()
{
    while (QLayoutItem* item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const qsizetype blocks =
        std::count_if(m_findings.cbegin(), m_findings.cend(),
                      [](const Finding& f) { return f.severity == Severity::Block; });
    if (!m_draft.agreementRecord)
        m_result->setText(tr("Without an agreement nothing can be checked."));
    else if (m_findings.isEmpty())
        m_result->setText(tr("The agreement allows this file as it will be redacted. Check the "
                             "rules on the next page."));
    else if (blocks > 0)
        m_result->setText(tr("%n problem(s) must be put right before this share can go ahead.",
                             nullptr, int(blocks)));
    else
        m_result->setText(tr("Nothing stops this share; read the warnings below."));

    auto addRow = [this](std::optional<Severity> severity, const QString& text,
                         const QString& next) {
        auto* row = new QWidget(m_findingsBox);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 2, 0, 2);
        auto* icon = new QLabel(row);
        icon->setPixmap(severityPixmap(this, severity));
        icon->setAlignment(Qt::AlignTop);
        h->addWidget(icon, 0, Qt::AlignTop);
        auto* words = new QVBoxLayout;
        auto* what = scrolledLabel(row);
        what->setObjectName(QStringLiteral("findingText"));
        what->setText(text);
        what->setTextInteractionFlags(Qt::TextSelectableByMouse);
        words->addWidget(what);
        if (!next.isEmpty()) {
            auto* step = scrolledLabel(row);
            step->setObjectName(QStringLiteral("findingNextStep"));
            step->setText(tr("What to do: %1").arg(next));
            step->setTextInteractionFlags(Qt::TextSelectableByMouse);
            words->addWidget(step);
        }
        h->addLayout(words, 1);
        m_findingsLayout->addWidget(row);
    };
    if (m_draft.agreementRecord && m_findings.isEmpty())
        addRow(std::nullopt, tr("No problems found."), QString());
    for (const Finding& f : std::as_const(m_findings))
        addRow(f.severity, tr("%1: %2").arg(agreements::severityLabel(f.severity), f.message),
               f.nextStep);

    const QStringList drop = columnsToDrop();
    m_drop->setVisible(!drop.isEmpty());
    m_drop->setText(tr("Drop these %n column(s)", nullptr, int(drop.size())));
    m_drop->setToolTip(tr("Leaves out: %1").arg(QLocale().createSeparatedList(drop)));
    m_drop->setAccessibleName(m_drop->text().remove(u'&'));
    m_drop->setAccessibleDescription(m_drop->toolTip());
    const QStringList weak = columnsTooWeak();
    m_minimum->setVisible(!weak.isEmpty());
    m_minimum->setText(
        tr("Use the agreement's minimum for %n column(s)", nullptr, int(weak.size())));
    m_minimum->setToolTip(
        tr("Redacts at least as the agreement says: %1").arg(QLocale().createSeparatedList(weak)));
    m_minimum->setAccessibleName(m_minimum->text().remove(u'&'));
    m_minimum->setAccessibleDescription(m_minimum->toolTip());
}

QStringList PurposePage::columnsToDrop() const
{
    QStringList out;
    for (const Finding& f : m_findings) {
        if (f.severity != Severity::Block || f.column.isEmpty() || out.contains(f.column))
            continue;
        if (f.code == QLatin1String(ColumnNotAllowed) || f.code == QLatin1String(ColumnNoRule) ||
            f.code == QLatin1String(SpecialCategory) || f.code == QLatin1String(CriminalOffence))
            out.append(f.column);
    }
    return out;
}

QStringList PurposePage::columnsTooWeak() const
{
    QStringList out;
    if (!m_draft.agreementRecord)
        return out;
    for (const Finding& f : m_findings) {
        if (f.severity == Severity::Block && f.code == QLatin1String(ColumnTooWeak) &&
            !f.column.isEmpty() && !out.contains(f.column) &&
            agreements::findDataItem(*m_draft.agreementRecord, f.column))
            out.append(f.column);
    }
    return out;
}

void PurposePage::dropColumns()
{
    for (const QString& column : columnsToDrop()) {
        redact::ColumnRule rule;
        rule.column = column;
        rule.action = redact::Action::Drop;
        if (redact::ColumnRule* existing = m_draft.profile.rule(column))
            *existing = rule;
        else
            m_draft.profile.rules.append(rule);
    }
    recheck();
}

void PurposePage::useMinimums()
{
    for (const QString& column : columnsTooWeak()) {
        const agreements::DataItem* item =
            agreements::findDataItem(*m_draft.agreementRecord, column);
        redact::ColumnRule rule = item->minimum;
        rule.column = column;
        if (redact::ColumnRule* existing = m_draft.profile.rule(column))
            *existing = rule;
        else
            m_draft.profile.rules.append(rule);
    }
    recheck();
}

void PurposePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void PurposePage::retranslateUi()
{
    setTitle(tr("Check the purpose and the law"));
    m_intro->setText(tr("This is what the agreement allows, and what its checks found in your "
                        "file. Anything marked as blocking must be put right before you can go "
                        "on."));
    m_whyAsked.retranslate(
        tr("The law lets the council share personal data only for the purpose and "
           "on the legal basis the agreement records, and only the data items it "
           "lists. Checking now, before anything is redacted or sent, stops a share "
           "that the agreement does not cover."));
    m_basisHeading->setText(tr("Purpose and legal basis"));
    m_findingsHeading->setText(tr("What the checks found"));
    if (isVisible() || m_profiledFor) {
        showAgreement();
        showFindings();
    }
}

} // namespace sharewise::ui
