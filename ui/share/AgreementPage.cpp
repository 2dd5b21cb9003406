#include "share/AgreementPage.h"

#include "agreements/Summary.h"
#include "common/Clock.h"
#include "widgets/WhyAsked.h"

#include "widgets/WrapLabel.h"
#include <QToolButton>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sharewise::ui {

using agreements::Agreement;
using agreements::DisplayStatus;

namespace {

QString partnersOf(const Agreement& a)
{
    QStringList names;
    for (const agreements::Recipient& r : a.recipients) {
        if (!names.contains(r.organisation))
            names.append(r.organisation);
    }
    if (names.isEmpty()) {
        for (const agreements::Party& p : a.parties) {
            if (!names.contains(p.organisation))
                names.append(p.organisation);
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

AgreementPage::AgreementPage(ShareDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_intro(new WrapLabel(this))
    , m_list(new QTreeWidget(this))
    , m_summaryHeading(new QLabel(this))
    , m_summary(new WrapLabel(this))
    , m_status(new WrapLabel(this))
{
    setObjectName(QStringLiteral("agreementPage"));
    m_list->setObjectName(QStringLiteral("agreementList"));
    m_summary->setObjectName(QStringLiteral("agreementSummary"));
    m_status->setObjectName(QStringLiteral("agreementStatus"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(4);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summaryHeading->font();
    bold.setBold(true);
    m_summaryHeading->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    m_whyAsked = WhyAsked::make(this, QStringLiteral("agreement"));
    layout->addWidget(m_whyAsked.toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_whyAsked.text);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summaryHeading);
    layout->addWidget(m_summary);
    // Read from the top: why we ask, then the list (the list was made first).
    m_whyAsked.putFirstInTabOrder(this);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // The choice is the selection, not the current item: a view gives itself a current
    // item on focus, and the officer must choose the agreement, not be given the first.
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        showChosen();
        emit completeChanged();
    });
    retranslateUi();
}

void AgreementPage::setSource(std::function<Result<QList<agreements::Agreement>>()> list)
{
    m_source = std::move(list);
    refresh();
}

void AgreementPage::refresh()
{
    m_agreements.clear();
    m_listError.reset();
    if (m_source) {
        Result<QList<Agreement>> listed = m_source();
        if (listed)
            m_agreements = std::move(listed).value();
        else
            m_listError = listed.error();
    }
    fill();
}

void AgreementPage::initializePage()
{
    refresh();
}

void AgreementPage::fill()
{
    const QString chosen = current() ? current()->reference : m_draft.agreement;
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QDate today = Clock::today();
    for (qsizetype i = 0; i < m_agreements.size(); ++i) {
        const Agreement& a = m_agreements.at(i);
        const DisplayStatus status = a.displayStatus(today);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, a.reference);
        item->setText(1, a.title);
        item->setText(2, partnersOf(a));
        item->setText(3, agreements::displayStatusLabel(status));
        item->setData(0, Qt::UserRole, int(i));
        if (status != DisplayStatus::Active) {
            // Listed, so nobody wonders where it went; not choosable.
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setToolTip(0, tr("Only an active agreement can be used for a share."));
        }
        if (a.reference == chosen && status == DisplayStatus::Active) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
        }
    }
    showChosen();
    emit completeChanged();
}

const Agreement* AgreementPage::current() const
{
    const QList<QTreeWidgetItem*> selected = m_list->selectedItems();
    const QTreeWidgetItem* item = selected.isEmpty() ? nullptr : selected.first();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return nullptr;
    const int i = item->data(0, Qt::UserRole).toInt();
    return i >= 0 && i < m_agreements.size() ? &m_agreements.at(i) : nullptr;
}

bool AgreementPage::choose(const QString& reference)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->text(0) == reference && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

bool AgreementPage::isComplete() const
{
    return current() != nullptr;
}

bool AgreementPage::validatePage()
{
    const Agreement* a = current();
    if (!a)
        return false;
    if (m_draft.agreement != a->reference)
        m_draft.keys.reset(); // keys belong to one agreement
    m_draft.agreement = a->reference;
    m_draft.agreementRecord = *a;
    return true;
}

void AgreementPage::showChosen()
{
    const Agreement* a = current();
    m_summaryHeading->setVisible(a != nullptr);
    m_summary->setVisible(a != nullptr);
    if (a) {
        m_summaryHeading->setText(tr("%1, version %2").arg(a->title).arg(a->version));
        m_summary->setText(agreements::agreementSummary(*a));
    }
    QString status;
    if (m_listError) {
        status = tr("The agreements could not be listed: %1").arg(m_listError->message);
    } else if (!m_source) {
        status = tr("No register of agreements is open.");
    } else if (std::none_of(m_agreements.cbegin(), m_agreements.cend(), [](const Agreement& x) {
                   return x.displayStatus(Clock::today()) == DisplayStatus::Active;
               })) {
        status = tr("There is no active agreement to share under. An information governance "
                    "lead records agreements and makes them active in Agreements, on the home "
                    "page.");
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void AgreementPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void AgreementPage::retranslateUi()
{
    setTitle(tr("Choose the agreement"));
    m_intro->setText(tr("Every share is made under a data-sharing agreement: it says who may "
                        "have the data, why, and what must be removed first. Choose the one this "
                        "share falls under. Only active agreements can be chosen."));
    m_whyAsked.retranslate(
        tr("The agreement is what makes the share lawful: it records the purpose, the legal "
           "basis, which data items may go and how each must be redacted, and "
           "who may receive them. Sharewise checks the file against it at every "
           "step, so it must be chosen first."));
    m_list->setHeaderLabels({tr("Reference"), tr("Title"), tr("Recipient"), tr("Status")});
    m_list->setAccessibleName(tr("Agreements"));
    m_list->setAccessibleDescription(
        tr("Choose the agreement this share falls under with the arrow keys; only active "
           "agreements can be chosen."));
    fill();
}

} // namespace sharewise::ui
