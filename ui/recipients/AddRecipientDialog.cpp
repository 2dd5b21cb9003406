#include "recipients/AddRecipientDialog.h"

#include "store/Database.h"
#include "store/RecipientsDirectory.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace sharewise::ui {
namespace {
constexpr int kMaxName = 200;
constexpr qint64 kMaxCardFile = 64 * 1024;
} // namespace

AddRecipientDialog::AddRecipientDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_cardLabel(new QLabel(this))
    , m_card(new QPlainTextEdit(this))
    , m_load(new QPushButton(this))
    , m_cardError(new WrapLabel(this))
    , m_organisationLabel(new QLabel(this))
    , m_organisation(new QLineEdit(this))
    , m_personLabel(new QLabel(this))
    , m_person(new QLineEdit(this))
    , m_fingerprintCaption(new QLabel(this))
    , m_fingerprint(new WrapLabel(this))
    , m_cardName(new WrapLabel(this))
    , m_checkHint(new WrapLabel(this))
    , m_checked(new QCheckBox(this))
    , m_acceptNewKey(new QCheckBox(this))
{
    setObjectName(QStringLiteral("addRecipientDialog"));
    m_card->setObjectName(QStringLiteral("keyCardText"));
    m_card->setTabChangesFocus(true);
    m_card->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_card->setWordWrapMode(QTextOption::WrapAnywhere);
    m_card->setFixedHeight(m_card->fontMetrics().lineSpacing() * 4 + 2 * m_card->frameWidth() +
                           static_cast<int>(2 * m_card->document()->documentMargin()));
    m_cardLabel->setBuddy(m_card);
    m_cardError->setObjectName(QStringLiteral("keyCardError"));
    m_cardError->setStyleSheet(QStringLiteral("color: #d4351c; font-weight: bold;"));
    m_cardError->hide();
    m_organisation->setObjectName(QStringLiteral("recipientOrganisation"));
    m_organisation->setMaxLength(kMaxName);
    m_organisationLabel->setBuddy(m_organisation);
    m_person->setObjectName(QStringLiteral("recipientPerson"));
    m_person->setMaxLength(kMaxName);
    m_personLabel->setBuddy(m_person);
    m_fingerprint->setObjectName(QStringLiteral("recipientFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    {
        QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        f.setPointSizeF(m_fingerprint->font().pointSizeF() * 1.3);
        f.setBold(true);
        m_fingerprint->setFont(f);
    }
    m_checked->setObjectName(QStringLiteral("fingerprintChecked"));
    m_acceptNewKey->setObjectName(QStringLiteral("acceptNewKey"));
    m_acceptNewKey->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addKey"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddRecipientDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, &AddRecipientDialog::loadFromFile);
    connect(m_card, &QPlainTextEdit::textChanged, this, &AddRecipientDialog::cardChanged);

    auto* cardRow = new QHBoxLayout;
    cardRow->addWidget(m_cardLabel, 1);
    cardRow->addWidget(m_load);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_organisationLabel, m_organisation);
    form->addRow(m_personLabel, m_person);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addLayout(cardRow);
    layout->addWidget(m_cardError);
    layout->addWidget(m_card);
    layout->addLayout(form);
    layout->addWidget(m_fingerprintCaption);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_cardName);
    layout->addWidget(m_checkHint);
    layout->addWidget(m_checked);
    layout->addWidget(m_acceptNewKey);
    layout->addStretch();
    layout->addWidget(buttons);

    // Tab as the dialog reads: Load from a file stands above the key card's field.
    setTabOrder(m_load, m_card);
    m_add->setDefault(true);
    retranslateUi();
    cardChanged();
    setMinimumWidth(600);
}

void AddRecipientDialog::loadFromFile()
{
    const QString file =
        Dialogs::openFileName(this, tr("Load a key card"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              tr("Key cards (*.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxCardFile) {
        m_errors->clear();
        m_errors->addProblem(tr("The file could not be read as a key card: choose the .txt file "
                                "your partner sent"),
                             m_load);
        return;
    }
    m_card->setPlainText(QString::fromUtf8(f.readAll()).trimmed());
}

void AddRecipientDialog::cardChanged()
{
    m_parsed.reset();
    m_cardError->hide();
    const QString text = m_card->toPlainText().trimmed();
    if (!text.isEmpty()) {
        Result<crypto::KeyCard> card = crypto::KeyCard::fromText(text);
        if (card) {
            m_parsed = card.value();
        } else {
            m_cardError->setText(card.error().message);
            m_cardError->show();
        }
    }
    // A new card means any earlier warning was about another key.
    if (!m_parsed || m_parsed->fingerprint() != m_warnedFingerprint) {
        m_acceptNewKey->setChecked(false);
        m_acceptNewKey->hide();
    }
    retranslateUi();
}

void AddRecipientDialog::accept()
{
    m_errors->clear();
    if (!m_parsed) {
        m_errors->addProblem(m_card->toPlainText().trimmed().isEmpty()
                                 ? tr("Paste the key card your partner sent, or load it from its "
                                      "file")
                                 : tr("The key card is not complete or was changed: ask your "
                                      "partner to send it again"),
                             m_card);
    }
    if (m_organisation->text().trimmed().isEmpty())
        m_errors->addProblem(tr("Enter the organisation this key belongs to"), m_organisation);
    if (m_person->text().trimmed().isEmpty())
        m_errors->addProblem(tr("Enter the name of the person who holds this key"), m_person);
    if (m_errors->hasProblems()) {
        m_errors->setFocus();
        return;
    }
    const bool acceptNew = m_acceptNewKey->isVisible() && m_acceptNewKey->isChecked() &&
                           m_warnedFingerprint == m_parsed->fingerprint();
    RecipientsDirectory directory(m_db);
    Result<RecipientKey> added =
        directory.add(*m_parsed, m_organisation->text(), m_person->text(), acceptNew);
    if (!added) {
        if (added.error().kind == ErrorKind::Policy) {
            // A changed key: the directory's warning, and a second, explicit confirmation.
            m_warnedFingerprint = m_parsed->fingerprint();
            m_acceptNewKey->setChecked(false);
            m_acceptNewKey->show();
            m_errors->addProblem(added.error().message, m_acceptNewKey);
        } else {
            m_errors->addProblem(added.error().message, m_card);
        }
        fitLater();
        m_errors->setFocus();
        return;
    }
    if (m_checked->isChecked() && !added->isVerified()) {
        Status verified = directory.markVerified(added->fingerprint, QStringLiteral("phone"));
        if (!verified) {
            m_errors->addProblem(verified.error().message, m_checked);
            return;
        }
    }
    QDialog::accept();
}

void AddRecipientDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitLater();
}

void AddRecipientDialog::fitLater()
{
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        layout()->activate();
        adjustSize();
    });
}

void AddRecipientDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddRecipientDialog::retranslateUi()
{
    setWindowTitle(tr("Add a partner's key"));
    m_intro->setText(tr("A key card is one line of text starting \"sharewise-key-1:\". Your "
                        "partner sends it to you, usually by email."));
    m_cardLabel->setText(tr("&Key card"));
    m_card->setAccessibleName(tr("Key card"));
    m_load->setText(tr("&Load from a file…"));
    m_load->setAccessibleName(tr("Load the key card from a file"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_organisation->setPlaceholderText(tr("For example, Office for National Statistics"));
    m_personLabel->setText(tr("&Person:"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setPlaceholderText(tr("For example, Alex Morgan"));
    m_fingerprintCaption->setText(tr("Fingerprint of this key card:"));
    if (m_parsed) {
        m_fingerprint->setText(m_parsed->fingerprint());
        //: %1 is the name written inside the key card by its holder.
        m_cardName->setText(tr("The card says it belongs to \"%1\". Anyone can write any name, "
                               "which is why you check the fingerprint.")
                                .arg(m_parsed->name));
        m_cardName->show();
    } else {
        m_fingerprint->setText(tr("(shown when a complete key card is pasted)"));
        m_cardName->hide();
    }
    m_checkHint->setText(tr("Phone the person on a number you already know (not one from the "
                            "email that brought the card) and ask them to read out their "
                            "fingerprint. Every group must match."));
    m_checked->setText(tr("I have &checked this fingerprint with them"));
    m_checked->setAccessibleName(tr("I have checked this fingerprint with them"));
    m_acceptNewKey->setText(tr("&Accept the new key: they confirmed it by phone"));
    m_acceptNewKey->setAccessibleName(tr("Accept the new key"));
    m_add->setText(tr("Add the key"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace sharewise::ui
