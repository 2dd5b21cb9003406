#include "recipients/RecipientsDialog.h"

#include "common/Translations.h"
#include "recipients/AddRecipientDialog.h"
#include "recipients/RevokeKeyDialog.h"
#include "store/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/WrapLabel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sharewise::ui {
namespace {
QString dateOf(qint64 us)
{
    return Translations::locale().toString(
        QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toLocalTime().date(),
        QStringLiteral("d MMM yyyy"));
}
} // namespace

RecipientsDialog::RecipientsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_intro(new WrapLabel(this))
    , m_table(new QTableWidget(this))
    , m_problem(new WrapLabel(this))
    , m_add(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_revoke(new QPushButton(this))
{
    setObjectName(QStringLiteral("recipientsDialog"));
    m_table->setObjectName(QStringLiteral("recipientsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_problem->setObjectName(QStringLiteral("recipientsProblem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_add->setObjectName(QStringLiteral("addRecipientKey"));
    m_check->setObjectName(QStringLiteral("markKeyChecked"));
    m_revoke->setObjectName(QStringLiteral("revokeKey"));

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &RecipientsDialog::addKey);
    connect(m_check, &QPushButton::clicked, this, &RecipientsDialog::markChecked);
    connect(m_revoke, &QPushButton::clicked, this, &RecipientsDialog::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecipientsDialog::updateButtons);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_check);
    actions->addWidget(m_revoke);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    retranslateUi();
    reload();
    resize(980, 440);
}

void RecipientsDialog::reload()
{
    const QString selected = selectedKey() ? selectedKey()->fingerprint : QString();
    m_table->setRowCount(0);
    m_keys.clear();
    Result<QList<RecipientKey>> keys = RecipientsDirectory(m_db).list();
    if (!keys) {
        m_problem->setText(keys.error().message);
        m_problem->show();
        updateButtons();
        return;
    }
    m_problem->hide();
    m_keys = keys.value();
    m_table->setRowCount(static_cast<int>(m_keys.size()));
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const RecipientKey& k = m_keys.at(i);
        const int row = static_cast<int>(i);
        m_table->setItem(row, PersonColumn, new QTableWidgetItem(k.contact));
        auto* organisation = new QTableWidgetItem(k.organisation);
        organisation->setToolTip(k.organisation);
        m_table->setItem(row, OrganisationColumn, organisation);
        auto* fp = new QTableWidgetItem(k.fingerprint);
        fp->setData(Qt::UserRole, k.fingerprint);
        m_table->setItem(row, FingerprintColumn, fp);
        // Words and an icon, never colour alone.
        auto* checked = new QTableWidgetItem(
            //: Column "Checked by phone?": yes, and the date it was checked.
            k.isVerified() ? tr("Yes, %1").arg(dateOf(k.verifiedAtUs))
                           //: Column "Checked by phone?": the fingerprint was not checked yet.
                           : tr("Not yet"));
        checked->setIcon(style()->standardIcon(k.isVerified() ? QStyle::SP_DialogApplyButton
                                                              : QStyle::SP_MessageBoxWarning));
        m_table->setItem(row, CheckedColumn, checked);
        auto* status = new QTableWidgetItem(
            //: Column "Status": %1 is the date, %2 the reason given.
            k.isRevoked() ? tr("Revoked %1: %2").arg(dateOf(k.revokedAtUs), k.revokeReason)
                          //: Column "Status": the key is current (not revoked).
                          : tr("In use"));
        if (k.isRevoked())
            status->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
        // A long organisation or reason may be cut short in its column: the whole text
        // is in the tooltip.
        for (QTableWidgetItem* item : {fp, checked, status})
            item->setToolTip(item->text());
        m_table->setItem(row, StatusColumn, status);
    }
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectFingerprint(selected);
    updateButtons();
}

bool RecipientsDialog::selectFingerprint(const QString& fingerprint)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, FingerprintColumn)->data(Qt::UserRole).toString() == fingerprint) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const RecipientKey* RecipientsDialog::selectedKey() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

void RecipientsDialog::updateButtons()
{
    const RecipientKey* k = selectedKey();
    m_check->setEnabled(k && !k->isRevoked() && !k->isVerified());
    m_revoke->setEnabled(k && !k->isRevoked());
}

void RecipientsDialog::addKey()
{
    AddRecipientDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RecipientsDialog::markChecked()
{
    const RecipientKey* k = selectedKey();
    if (!k)
        return;
    const RecipientKey key = *k;
    if (!Dialogs::confirm(
            this, tr("Mark as checked?"),
            tr("Phone %1 on a number you already know (not one from the email that brought the "
               "key card) and ask them to read out their fingerprint. It must be exactly:\n\n%2"
               "\n\nDid every group match?")
                .arg(key.label(), key.fingerprint),
            tr("Yes, it matched"), tr("Cancel"))) {
        return;
    }
    Status s = RecipientsDirectory(m_db).markVerified(key.fingerprint, QStringLiteral("phone"));
    if (!s)
        Dialogs::warning(this, tr("There is a problem"), s.error().message);
    reload();
}

void RecipientsDialog::revokeSelected()
{
    const RecipientKey* k = selectedKey();
    if (!k)
        return;
    const RecipientKey key = *k;
    RevokeKeyDialog dialog(key.label(), key.fingerprint, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Status s = RecipientsDirectory(m_db).revoke(key.fingerprint, dialog.reason());
    if (!s)
        Dialogs::warning(this, tr("There is a problem"), s.error().message);
    reload();
}

void RecipientsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void RecipientsDialog::retranslateUi()
{
    setWindowTitle(tr("Recipients"));
    m_intro->setText(tr("The people you exchange bundles with, and their keys. Sharewise shows "
                        "these names for a sender, never the name written inside a bundle. "
                        "Check each fingerprint with its holder by phone before you rely on "
                        "it."));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Organisation"), tr("Fingerprint"),
                                        tr("Checked by phone?"), tr("Status")});
    m_table->setAccessibleName(tr("Partners' keys"));
    m_add->setText(tr("&Add a key…"));
    m_add->setAccessibleName(tr("Add a key"));
    m_check->setText(tr("&Mark as checked…"));
    m_check->setAccessibleName(tr("Mark as checked"));
    m_revoke->setText(tr("&Revoke…"));
    m_revoke->setAccessibleName(tr("Revoke"));
    m_close->setText(tr("Close"));
}

} // namespace sharewise::ui
