#include "share/RecipientsPage.h"

#include "share/PurposePage.h"
#include "shares/Passphrase.h"
#include "widgets/WhyAsked.h"
#include "widgets/WrapLabel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sharewise::ui {

namespace {

QString plainFingerprint(const QString& f)
{
    QString out;
    for (const QChar c : f) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

enum Column
{
    WhoColumn,
    KeyColumn,
    StatusColumn,
};

} // namespace

RecipientsPage::RecipientsPage(ShareDraft& draft, const ShareContext& context, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_context(context)
    , m_intro(new WrapLabel(this))
    , m_whyAsked(WhyAsked::make(this, QStringLiteral("recipients")))
    , m_whyToggle(m_whyAsked.toggle)
    , m_why(m_whyAsked.text)
    , m_status(new WrapLabel(this))
    , m_keysMode(new QRadioButton(this))
    , m_passphraseMode(new QRadioButton(this))
    , m_list(new QTreeWidget(this))
    , m_passphraseBox(new QWidget(this))
    , m_passphraseIntro(new WrapLabel(m_passphraseBox))
    , m_passphraseLabel(new QLabel(m_passphraseBox))
    , m_passphrase(new QLineEdit(m_passphraseBox))
    , m_make(new QPushButton(m_passphraseBox))
    , m_copy(new QPushButton(m_passphraseBox))
    , m_passphraseWarning(new WrapLabel(m_passphraseBox))
{
    setObjectName(QStringLiteral("recipientsPage"));
    m_list->setObjectName(QStringLiteral("recipientList"));
    m_keysMode->setObjectName(QStringLiteral("keysMode"));
    m_passphraseMode->setObjectName(QStringLiteral("passphraseMode"));
    m_passphrase->setObjectName(QStringLiteral("passphraseField"));
    m_make->setObjectName(QStringLiteral("makePassphraseButton"));
    m_copy->setObjectName(QStringLiteral("copyPassphraseButton"));
    m_status->setObjectName(QStringLiteral("recipientsStatus"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(WhoColumn, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_passphrase->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_passphrase->setFont(mono);
    m_passphraseLabel->setBuddy(m_passphrase);
    auto* group = new QButtonGroup(this);
    group->addButton(m_keysMode);
    group->addButton(m_passphraseMode);
    m_keysMode->setChecked(true);

    auto* passLayout = new QVBoxLayout(m_passphraseBox);
    passLayout->setContentsMargins(0, 0, 0, 0);
    passLayout->addWidget(m_passphraseIntro);
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(m_passphraseLabel);
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_make);
    passRow->addWidget(m_copy);
    passLayout->addLayout(passRow);
    passLayout->addWidget(m_passphraseWarning);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    auto* whyRow = new QHBoxLayout;
    whyRow->addWidget(m_whyToggle);
    whyRow->addStretch(1);
    layout->addLayout(whyRow);
    layout->addWidget(m_why);
    layout->addWidget(m_status);
    layout->addWidget(m_keysMode);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_passphraseMode);
    layout->addWidget(m_passphraseBox);
    // Tab as the page reads: the keys choice, the list it goes with, then the passphrase
    // choice (made before the list) and its box.
    setTabOrder(m_keysMode, m_list);
    setTabOrder(m_list, m_passphraseMode);

    connect(m_list, &QTreeWidget::itemChanged, this, [this] { emit completeChanged(); });
    connect(m_keysMode, &QRadioButton::toggled, this, [this] {
        showMode();
        emit completeChanged();
    });
    connect(m_make, &QPushButton::clicked, this, &RecipientsPage::makePassphrase);
    connect(m_copy, &QPushButton::clicked, this, &RecipientsPage::copyPassphrase);
    retranslateUi();
}

RecipientsPage::~RecipientsPage() = default;

void RecipientsPage::initializePage()
{
    m_entries.clear();
    m_listError.reset();
    QList<RecipientKey> directory;
    if (m_context.db) {
        Result<QList<RecipientKey>> listed = RecipientsDirectory(*m_context.db).list();
        if (listed)
            directory = std::move(listed).value();
        else
            m_listError = listed.error();
    }
    if (m_draft.agreementRecord) {
        for (const agreements::Recipient& r : m_draft.agreementRecord->recipients) {
            Entry e;
            e.named = r;
            const QString want = plainFingerprint(r.fingerprint);
            if (!want.isEmpty()) {
                for (const RecipientKey& k : std::as_const(directory)) {
                    if (plainFingerprint(k.fingerprint) == want) {
                        e.key = k;
                        break;
                    }
                }
            }
            m_entries.append(e);
        }
    }
    const bool anyKey = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                    [](const Entry& e) { return !e.named.fingerprint.isEmpty(); });
    m_keysMode->setEnabled(anyKey);
    m_passphraseMode->setVisible(passphraseOffered());
    if (!anyKey && passphraseOffered())
        m_passphraseMode->setChecked(true);
    else if (!passphraseOffered())
        m_keysMode->setChecked(true);
    else if (m_draft.passphrase)
        m_passphraseMode->setChecked(true);
    fill();
    showMode();
    emit completeChanged();
}

bool RecipientsPage::passphraseOffered() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry& e) { return e.named.receivesByPassphrase(); });
}

bool RecipientsPage::inPassphraseMode() const
{
    return passphraseOffered() && m_passphraseMode->isChecked();
}

void RecipientsPage::fill()
{
    QStringList chosen;
    for (const crypto::KeyCard& c : std::as_const(m_draft.recipients))
        chosen.append(plainFingerprint(c.fingerprint()));
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        const QString who = e.named.contact.isEmpty()
                                ? e.named.organisation
                                : tr("%1, %2").arg(e.named.contact, e.named.organisation);
        item->setText(WhoColumn, who);
        item->setText(KeyColumn,
                      e.named.fingerprint.isEmpty() ? tr("No key") : e.named.fingerprint);
        item->setData(WhoColumn, Qt::UserRole, int(i));
        QString status;
        std::optional<agreements::Severity> severity;
        bool choosable = false;
        if (e.named.receivesByPassphrase()) {
            status = tr("Receives by passphrase");
            severity = agreements::Severity::Warn;
        } else if (e.named.fingerprint.isEmpty()) {
            status = tr("No key in the agreement: ask the information governance lead to "
                        "choose their key.");
            severity = agreements::Severity::Block;
        } else if (!e.key) {
            status = tr("Not in your recipients directory: add their key in Settings, "
                        "Recipients, and check its fingerprint with them.");
            severity = agreements::Severity::Block;
        } else if (e.key->isRevoked()) {
            status = tr("Key revoked: it cannot be used. Ask the recipient for their new key.");
            severity = agreements::Severity::Block;
        } else if (!e.key->isVerified()) {
            status = tr("Key never verified: check the fingerprint with the recipient (by phone "
                        "or in person) before you send.");
            severity = agreements::Severity::Warn;
            choosable = true;
        } else {
            status = tr("Key verified by %1.").arg(e.key->verifiedBy);
            choosable = true;
        }
        item->setText(StatusColumn, status);
        item->setIcon(StatusColumn, QIcon(severityPixmap(this, severity)));
        item->setToolTip(StatusColumn, status);
        item->setData(StatusColumn, Qt::AccessibleTextRole, status);
        if (choosable) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(WhoColumn, chosen.contains(plainFingerprint(e.named.fingerprint))
                                               ? Qt::Checked
                                               : Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        }
    }
    m_list->resizeColumnToContents(WhoColumn);
    m_list->resizeColumnToContents(KeyColumn);
    QString status;
    if (m_listError)
        status = tr("The recipients directory could not be read: %1").arg(m_listError->message);
    else if (!m_draft.agreementRecord)
        status = tr("No agreement was chosen. Go back to the first step.");
    else if (m_entries.isEmpty())
        status = tr("The agreement names no recipient. An information governance lead adds "
                    "them in Agreements.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

bool RecipientsPage::choose(const QString& fingerprint)
{
    const QString want = plainFingerprint(fingerprint);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const Entry& e = m_entries.at(item->data(WhoColumn, Qt::UserRole).toInt());
        if (plainFingerprint(e.named.fingerprint) == want &&
            (item->flags() & Qt::ItemIsUserCheckable)) {
            item->setCheckState(WhoColumn, Qt::Checked);
            return true;
        }
    }
    return false;
}

void RecipientsPage::showMode()
{
    const bool pass = inPassphraseMode();
    m_list->setEnabled(!pass);
    m_passphraseBox->setVisible(pass);
    m_copy->setEnabled(m_draft.passphrase.has_value());
    m_passphrase->setText(m_draft.passphrase ? QString::fromUtf8(m_draft.passphrase->view())
                                             : QString());
}

void RecipientsPage::makePassphrase()
{
    m_draft.passphrase = shares::generatePassphrase(6);
    showMode();
    emit completeChanged();
}

void RecipientsPage::copyPassphrase()
{
    if (m_draft.passphrase)
        QApplication::clipboard()->setText(QString::fromUtf8(m_draft.passphrase->view()));
}

bool RecipientsPage::isComplete() const
{
    if (inPassphraseMode())
        return m_draft.passphrase.has_value();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(WhoColumn) == Qt::Checked)
            return true;
    }
    return false;
}

bool RecipientsPage::validatePage()
{
    m_draft.recipients.clear();
    m_draft.recipientLabels.clear();
    if (inPassphraseMode())
        return m_draft.passphrase.has_value();
    m_draft.passphrase.reset();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->checkState(WhoColumn) != Qt::Checked)
            continue;
        const Entry& e = m_entries.at(item->data(WhoColumn, Qt::UserRole).toInt());
        if (e.key && !e.key->isRevoked()) {
            m_draft.recipients.append(e.key->card);
            m_draft.recipientLabels.append(e.key->label());
        }
    }
    return !m_draft.recipients.isEmpty();
}

void RecipientsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void RecipientsPage::retranslateUi()
{
    setTitle(tr("Choose who receives it"));
    m_intro->setText(tr("Only the recipients the agreement names are listed. The bundle is "
                        "locked so that only the people you tick can open it."));
    m_whyAsked.retranslate(
        tr("A bundle is encrypted to each recipient's key, so nobody else can read "
           "it, even if it is sent to the wrong place. A key that was never checked "
           "with its holder could belong to someone pretending to be them."));
    m_keysMode->setText(tr("Lock it to the recipients' keys"));
    m_passphraseMode->setText(tr("Lock it with a passphrase (for a recipient without a key)"));
    m_list->setHeaderLabels({tr("Recipient"), tr("Key fingerprint"), tr("Key")});
    m_list->setAccessibleName(tr("Recipients named in the agreement"));
    m_passphraseIntro->setText(tr("Sharewise makes a strong passphrase of six words. It is "
                                  "shown only now: copy it or write it down."));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_make->setText(tr("&Make a passphrase"));
    m_copy->setText(tr("&Copy"));
    m_copy->setAccessibleName(tr("Copy the passphrase"));
    m_passphraseWarning->setText(tr("Send the passphrase by another route than the bundle, "
                                    "such as a phone call, never in the same email or upload."));
    if (!m_entries.isEmpty() || m_status->isVisible())
        fill();
}

} // namespace sharewise::ui
