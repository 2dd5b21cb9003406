#include "share/ReviewPage.h"

#include "share/PurposePage.h"
#include "share/ShareJobs.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/WhyAsked.h"
#include "widgets/WrapLabel.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace sharewise::ui {

// What a running job needs kept alive: the copies its pointers point into.
struct ReviewPage::Hold
{
    agreements::Agreement agreement;
    profile::DatasetProfile columns;
    std::shared_ptr<const redact::RedactionKeys> keys;
    std::shared_ptr<const crypto::Identity> identity;
    std::optional<crypto::SecureBytes> passphrase;
    std::shared_ptr<const shares::PreparedShare> prepared;
    std::shared_ptr<QTemporaryDir> scratch; // the prepared redacted file, until sealed
};

ReviewPage::ReviewPage(ShareDraft& draft, const ShareContext& context, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_context(context)
    , m_jobs(new ShareJobs(this))
    , m_intro(new WrapLabel(this))
    , m_whyAsked(WhyAsked::make(this, QStringLiteral("review")))
    , m_whyToggle(m_whyAsked.toggle)
    , m_why(m_whyAsked.text)
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_status(new WrapLabel(this))
    , m_riskWarning(new QWidget(this))
    , m_riskWarningIcon(new QLabel(m_riskWarning))
    , m_riskWarningText(new WrapLabel(m_riskWarning))
    , m_riskNextStep(new WrapLabel(m_riskWarning))
    , m_summaryHeading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_seal(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_cancel->setObjectName(QStringLiteral("reviewCancel"));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_riskWarning->setObjectName(QStringLiteral("reviewRiskWarning"));
    m_riskWarningText->setObjectName(QStringLiteral("reviewRiskWarningText"));
    m_riskNextStep->setObjectName(QStringLiteral("reviewRiskNextStep"));
    m_riskWarningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_riskNextStep->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_riskWarningIcon->setAlignment(Qt::AlignTop);
    m_submit->setObjectName(QStringLiteral("submitForReviewButton"));
    m_seal->setObjectName(QStringLiteral("sealNowButton"));
    m_summary->setWordWrap(true); // in a scroll area: plain height-for-width
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_progress->setRange(0, 100);
    QFont bold = m_summaryHeading->font();
    bold.setBold(true);
    m_summaryHeading->setFont(bold);

    auto* content = new QWidget;
    auto* inner = new QVBoxLayout(content);
    inner->addWidget(m_summaryHeading);
    inner->addWidget(m_summary);
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
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    // The risk warning, as the Purpose page shows a finding: an icon and words.
    auto* warningRow = new QHBoxLayout(m_riskWarning);
    warningRow->setContentsMargins(0, 2, 0, 2);
    warningRow->addWidget(m_riskWarningIcon, 0, Qt::AlignTop);
    auto* warningWords = new QVBoxLayout;
    warningWords->addWidget(m_riskWarningText);
    warningWords->addWidget(m_riskNextStep);
    warningRow->addLayout(warningWords, 1);
    layout->addWidget(m_riskWarning);
    layout->addWidget(scroll, 1);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_submit);
    actions->addWidget(m_seal);
    layout->addLayout(actions);
    // Tab as the page reads: the summary (made after the buttons) before the buttons.
    setTabOrder(scroll, m_submit);
    setTabOrder(m_submit, m_seal);

    connect(m_cancel, &QPushButton::clicked, this, &ReviewPage::cancel);
    connect(m_submit, &QPushButton::clicked, this, &ReviewPage::submitForReview);
    connect(m_seal, &QPushButton::clicked, this, &ReviewPage::sealNow);
    connect(m_jobs, &ShareJobs::progress, this, &ReviewPage::jobProgress);
    connect(m_jobs, &ShareJobs::prepared, this, &ReviewPage::jobPrepared);
    connect(m_jobs, &ShareJobs::sealed, this, &ReviewPage::jobSealed);
    connect(m_jobs, &ShareJobs::failed, this, &ReviewPage::jobFailed);
    retranslateUi();
    setState(State::Idle);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    startPrepare();
}

void ReviewPage::cleanupPage()
{
    // Back: a running preparation is let go of (a seal cannot be left by Back: the
    // wizard's buttons are off while it runs).
    if (m_state == State::Preparing)
        m_jobs->cancel();
    m_prepared.reset();
    m_scratch.reset();
    setState(State::Idle);
}

bool ReviewPage::isComplete() const
{
    return m_state == State::Submitted || m_state == State::Sealed;
}

std::shared_ptr<ReviewPage::Hold> ReviewPage::makeHold() const
{
    auto hold = std::make_shared<Hold>();
    if (m_draft.agreementRecord)
        hold->agreement = *m_draft.agreementRecord;
    if (m_draft.scan) {
        hold->columns.columns = m_draft.scan->columns;
        hold->columns.rowCount = m_draft.scan->counts.dataRows;
    }
    hold->keys = m_draft.keys;
    hold->identity = m_context.identity;
    if (m_draft.passphrase)
        hold->passphrase = crypto::SecureBytes::copyOf(m_draft.passphrase->view());
    return hold;
}

void ReviewPage::startPrepare()
{
    m_prepared.reset();
    m_error.reset();
    m_cancelRequested = false;
    if (!m_draft.agreementRecord || !m_draft.scan) {
        m_error = makeError(ErrorKind::Usage, tr("Choose the agreement and the file first."));
        setState(State::Failed);
        return;
    }
    std::shared_ptr<Hold> hold = makeHold();
    shares::PrepareParams p;
    p.input = m_draft.datasetPath;
    p.options = m_draft.readOptions;
    p.profile = m_draft.profile;
    p.keys = hold->keys.get();
    p.agreement = &hold->agreement;
    p.recipients = m_draft.recipients;
    // The summary names the recipients as the officer knows them (the directory's labels).
    for (qsizetype i = 0; i < m_draft.recipients.size() && i < m_draft.recipientLabels.size(); ++i)
        p.recipientLabels.insert(m_draft.recipients.at(i).fingerprint(),
                                 m_draft.recipientLabels.at(i));
    p.byPassphrase = m_draft.passphrase.has_value();
    p.preparerFingerprint = hold->identity ? hold->identity->card().fingerprint() : QString();
    p.datasetProfile = &hold->columns;
    // Without a review the redacted file is kept (in a private temporary folder) so that
    // "Seal now" seals it as it is rather than redacting the whole file again; the seal
    // hashes it as it encrypts, so it is not read an extra time here.
    m_scratch.reset();
    if (!m_draft.agreementRecord->requiresReview) {
        m_scratch = std::make_shared<QTemporaryDir>();
        if (m_scratch->isValid()) {
            p.redactedOutput = m_scratch->filePath(QStringLiteral("redacted.csv"));
            p.hashOutput = false;
        } else {
            m_scratch.reset();
        }
    }
    hold->scratch = m_scratch; // kept while the job writes into it
    m_step = tr("Checking and redacting");
    setState(State::Preparing);
    m_jobs->prepare(std::move(p), hold);
}

void ReviewPage::jobProgress(const QString& step, int percent)
{
    m_step = step;
    m_progress->setValue(percent);
    showStatus();
}

void ReviewPage::jobPrepared(std::shared_ptr<const shares::PreparedShare> share)
{
    m_prepared = std::move(share);
    setState(m_prepared->blocked ? State::Blocked : State::Prepared);
}

void ReviewPage::jobSealed(std::shared_ptr<const shares::SealedShare> share)
{
    m_draft.record = share->share;
    m_draft.sealed = share->sealed;
    setState(State::Sealed);
    emit finished();
}

void ReviewPage::jobFailed(const Error& error)
{
    const bool sealing = m_state == State::Sealing;
    m_error = error;
    if (sealing) {
        // The record may have moved on (a cancellation noted): read it again so that the
        // next change is based on its current version.
        if (m_draft.record && m_context.db) {
            Result<shares::ShareRecord> again =
                shares::ShareStore(*m_context.db).find(m_draft.record->id);
            if (again)
                m_draft.record = again.value();
        }
        setState(State::Prepared);
        return;
    }
    setState(State::Failed);
}

void ReviewPage::cancel()
{
    if (m_state == State::Preparing) {
        m_jobs->cancel();
        m_error = makeError(ErrorKind::Failure,
                            tr("The check was cancelled. Go back and forward again to "
                               "repeat it."));
        setState(State::Failed);
    } else if (m_state == State::Sealing) {
        m_cancelRequested = true;
        m_jobs->cancel(); // the seal stops, removes its file and reports back
        showStatus();
    }
}

void ReviewPage::submitForReview()
{
    if (m_state != State::Prepared || !m_prepared || !m_context.db)
        return;
    if (!m_context.identity) {
        Dialogs::warning(this, tr("The share was not submitted"),
                         tr("Submitting needs your identity. Set it up or unlock it in "
                            "Settings, My identity, then submit again."));
        return;
    }
    Result<shares::ShareRecord> saved = saveShareDraft(m_draft, *m_context.db);
    if (saved) {
        saved = shares::ShareStore(*m_context.db)
                    .submit(saved->id, saved->rowVersion, m_prepared->binding, m_prepared->summary);
    }
    if (!saved) {
        Dialogs::warning(this, tr("The share was not submitted"), saved.error().message);
        return;
    }
    m_draft.record = saved.value();
    setState(State::Submitted);
    emit finished();
}

QString ReviewPage::suggestedOutput() const
{
    const QFileInfo in(m_draft.datasetPath);
    QString reference = m_draft.agreement;
    reference.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return in.dir().filePath(in.completeBaseName() + u'-' + reference + QStringLiteral(".swb"));
}

void ReviewPage::sealNow()
{
    if (m_state != State::Prepared || !m_prepared || !m_context.db)
        return;
    if (!m_context.identity) {
        Dialogs::warning(this, tr("The bundle was not sealed"),
                         tr("Sealing needs your identity: it signs the bundle. Set it up or "
                            "unlock it in Settings, My identity, then seal again."));
        return;
    }
    const QString output =
        m_context.chooseOutput
            ? m_context.chooseOutput(this, suggestedOutput())
            : Dialogs::saveFileName(this, tr("Save the sealed bundle"), suggestedOutput(),
                                    tr("Sharewise bundles (*.swb)"));
    if (output.isEmpty())
        return;
    Result<shares::ShareRecord> saved = saveShareDraft(m_draft, *m_context.db);
    if (!saved) {
        Dialogs::warning(this, tr("The bundle was not sealed"), saved.error().message);
        return;
    }
    std::shared_ptr<Hold> hold = makeHold();
    shares::SealShareParams p;
    p.share = saved.value();
    p.keys = hold->keys.get();
    p.sender = hold->identity.get();
    p.passphrase = hold->passphrase ? &*hold->passphrase : nullptr;
    p.output = output;
    if (m_scratch && !m_draft.agreementRecord->requiresReview) {
        hold->prepared = m_prepared;
        hold->scratch = m_scratch;
        p.prepared = hold->prepared.get();
        p.preparedFile = m_scratch->filePath(QStringLiteral("redacted.csv"));
    }
    m_output = output;
    m_error.reset();
    m_cancelRequested = false;
    m_step = tr("Sealing");
    setState(State::Sealing);
    m_jobs->seal(m_context.db->reopenOptions(), std::move(p), hold);
}

void ReviewPage::setState(State state)
{
    m_state = state;
    const bool running = state == State::Preparing || state == State::Sealing;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running && !m_cancelRequested);
    if (running)
        m_progress->setValue(0);
    const bool review = m_draft.agreementRecord && m_draft.agreementRecord->requiresReview;
    m_submit->setVisible(review && state != State::Sealed);
    m_seal->setVisible(!review && state != State::Submitted);
    m_submit->setEnabled(state == State::Prepared);
    m_seal->setEnabled(state == State::Prepared);
    showSummary();
    showStatus();
    showRiskWarning();
    emit completeChanged();
    if (QWizard* w = wizard()) {
        // While a job runs the officer stays here (Cancel on the page stops it).
        w->button(QWizard::BackButton)
            ->setEnabled(!running && state != State::Sealed && state != State::Submitted);
        w->button(QWizard::CancelButton)->setEnabled(state != State::Sealing);
    }
}

void ReviewPage::showStatus()
{
    QString text;
    switch (m_state) {
    case State::Idle:
        break;
    case State::Preparing:
    case State::Sealing:
        text = m_cancelRequested ? tr("Stopping…") : tr("%1…").arg(m_step);
        break;
    case State::Prepared:
        if (m_error && m_cancelRequested)
            text = tr("Sealing was cancelled: no bundle was written, and the share's history "
                      "records the cancellation. You can seal again.");
        else if (m_error)
            text = tr("The bundle was not sealed: %1").arg(m_error->message);
        else if (m_draft.agreementRecord && m_draft.agreementRecord->requiresReview)
            text = tr("This agreement needs an information governance lead to approve each "
                      "share. Check what is below, then submit it for review.");
        else
            text = tr("This agreement does not need a review before sealing. Check what is "
                      "below, then seal the bundle.");
        break;
    case State::Blocked:
        text = tr("This share cannot go ahead as it is: go back and put right what is listed "
                  "below.");
        break;
    case State::Failed:
        text = m_error ? m_error->message : QString();
        break;
    case State::Submitted:
        text = tr("Submitted. Waiting for review by an IG lead.");
        break;
    case State::Sealed:
        text = tr("Sealed.");
        break;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ReviewPage::showRiskWarning()
{
    // Records that could be singled out do not stop the share; the officer is told how
    // many, and how to lower the number.
    const qint64 unique = m_prepared && !m_prepared->blocked && m_prepared->risk
                              ? m_prepared->risk->uniqueRecords
                              : 0;
    m_riskWarning->setVisible(unique > 0);
    if (unique <= 0) {
        m_riskWarningText->clear();
        m_riskNextStep->clear();
        return;
    }
    m_riskWarningIcon->setPixmap(severityPixmap(this, agreements::Severity::Warn));
    QStringList quasi;
    const QJsonObject risk = m_prepared->summary.value(u"risk"_s).toObject();
    for (const QJsonValue& v : risk.value(u"quasi_identifiers"_s).toArray())
        quasi << v.toString();
    const int count = int(std::min<qint64>(unique, std::numeric_limits<int>::max()));
    const QString what =
        quasi.isEmpty()
            ? tr("%Ln record(s) could be singled out: no other record has the same values.",
                 nullptr, count)
            : tr("%Ln record(s) could be singled out: no other record has the same %1.", nullptr,
                 count)
                  .arg(QLocale().createSeparatedList(quasi));
    m_riskWarningText->setText(
        tr("%1: %2").arg(agreements::severityLabel(agreements::Severity::Warn), what));
    m_riskNextStep->setText(
        tr("What to do: go back to \"Decide what happens to each column\" and generalise a "
           "quasi-identifier further, such as a date of birth to its year or a postcode to "
           "its district. You can still go ahead as it is."));
}

void ReviewPage::showSummary()
{
    m_summaryHeading->setVisible(m_prepared != nullptr);
    m_summary->setVisible(m_prepared != nullptr);
    if (!m_prepared) {
        m_summary->clear();
        return;
    }
    auto esc = [](const QString& s) {
        return s.toHtmlEscaped();
    };
    QString html;
    const QJsonObject& summary = m_prepared->summary;
    if (m_prepared->blocked) {
        html += u"<p><b>"_s + esc(tr("What stops it")) + u"</b></p><ul>"_s;
        for (const agreements::Finding& f : m_prepared->findings) {
            html +=
                u"<li>"_s + esc(tr("%1: %2").arg(agreements::severityLabel(f.severity), f.message));
            if (!f.nextStep.isEmpty())
                html += u"<br>"_s + esc(tr("What to do: %1").arg(f.nextStep));
            html += u"</li>"_s;
        }
        html += u"</ul>"_s;
        m_summary->setText(html);
        return;
    }
    // Plain lines as paragraphs; the column lines (indented by describeSummary) as a list.
    QStringList paragraph;
    QStringList columns;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            html += u"<p>"_s + paragraph.join(u"<br>"_s) + u"</p>"_s;
        paragraph.clear();
    };
    auto flushColumns = [&] {
        if (!columns.isEmpty())
            html += u"<ul style=\"margin-top:0\">"_s + columns.join(QString()) + u"</ul>"_s;
        columns.clear();
    };
    for (const QString& line : shares::describeSummary(summary)) {
        if (line.startsWith(u"  "_s)) {
            flushParagraph(); // the list follows the line it belongs to
            columns.append(u"<li>"_s + esc(line.trimmed()) + u"</li>"_s);
            continue;
        }
        flushColumns();
        paragraph.append(esc(line));
    }
    flushColumns();
    if (m_draft.passphrase)
        paragraph.append(esc(tr("Protected with a passphrase: send it by another route, such "
                                "as a phone call.")));
    else if (summary.value(u"recipients"_s).toArray().isEmpty()) {
        for (const QString& label : std::as_const(m_draft.recipientLabels))
            paragraph.append(esc(tr("Recipient: %1").arg(label)));
    }
    flushParagraph();
    m_summary->setText(html);
}

void ReviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ReviewPage::retranslateUi()
{
    setTitle(tr("Review what will be sent"));
    m_intro->setText(tr("This is exactly what leaves the council: the file, its rows, each "
                        "column and how it is redacted, the risk that someone could be "
                        "recognised, who receives it, and the agreement it is sent under."));
    m_whyAsked.retranslate(
        tr("Once a bundle is sent it cannot be called back. Sharewise redacts the "
           "whole file now, so what you see here is what will be sealed; if the "
           "agreement needs a review, the reviewer approves exactly this."));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the work in progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_summaryHeading->setText(tr("What leaves the building"));
    m_submit->setText(tr("Submit for &review"));
    m_seal->setText(tr("&Seal now"));
    showSummary();
    showStatus();
    showRiskWarning();
}

} // namespace sharewise::ui
