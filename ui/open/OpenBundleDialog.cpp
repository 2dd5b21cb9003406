#include "open/OpenBundleDialog.h"

#include "agreements/ManifestTerms.h"
#include "bundle/Receipt.h"
#include "common/Logging.h"
#include "common/Translations.h"
#include "identity/BackgroundTask.h"
#include "secrets/IdentityFile.h"
#include "secrets/OwnIdentities.h"
#include "store/BundleLedger.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "store/RecipientsDirectory.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <climits>
#include <mutex>

namespace sharewise::ui {

// One run of the reader on a pool thread. The dialog lets go of it (under the mutex)
// when it closes, so a late answer is never delivered to a destroyed dialog.
struct OpenBundleDialog::Run
{
    std::atomic_bool cancel{false};
    std::mutex mutex;
    QPointer<OpenBundleDialog> target;
    std::optional<crypto::KeyCard> refusedSender; // asked about and not known
    int lastPercent = -1;

    void post(std::function<void(OpenBundleDialog*)> call)
    {
        std::lock_guard lock(mutex);
        if (OpenBundleDialog* d = target.data()) {
            QMetaObject::invokeMethod(
                d, [d, call = std::move(call)] { call(d); }, Qt::QueuedConnection);
        }
    }
};

namespace {

constexpr int kMaxName = 200;

QLabel* heading(QWidget* parent)
{
    auto* label = new WrapLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.4);
    label->setFont(f);
    return label;
}

// The protection mode from the header (1 recipients, 2 passphrase), 0 if it cannot be
// told; the reader then says what is wrong.
int peekMode(const QString& path)
{
    const Result<bundle::Mode> mode = bundle::BundleReader::peekMode(path);
    return mode ? static_cast<int>(mode.value()) : 0;
}

QString when(qint64 us)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toLocalTime();
    const QLocale locale = Translations::locale();
    //: A date and a time: "3 November 2026 at 14:05".
    return OpenBundleDialog::tr("%1 at %2")
        .arg(locale.toString(t.date(), QStringLiteral("d MMMM yyyy")),
             locale.toString(t.time(), QStringLiteral("HH:mm")));
}

} // namespace

OpenBundleDialog::OpenBundleDialog(Database& db, secrets::SecretStore& store, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_identities(new secrets::OwnIdentities(store, this))
    , m_errors(new ErrorSummary(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("openBundleDialog"));

    // Working
    auto* working = new QWidget(m_pages);
    m_workingHeading = heading(working);
    m_workingText = new WrapLabel(working);
    m_progress = new QProgressBar(working);
    m_progress->setObjectName(QStringLiteral("openProgress"));
    m_progress->setRange(0, 100);
    m_cancelWork = new QPushButton(working);
    m_cancelWork->setObjectName(QStringLiteral("cancelOpen"));
    auto* cancelRow = new QHBoxLayout;
    cancelRow->addWidget(m_cancelWork);
    cancelRow->addStretch();
    auto* workingLayout = new QVBoxLayout(working);
    workingLayout->addWidget(m_workingHeading);
    workingLayout->addWidget(m_workingText);
    workingLayout->addWidget(m_progress);
    workingLayout->addLayout(cancelRow);
    workingLayout->addStretch();

    // Passphrase
    auto* pass = new QWidget(m_pages);
    m_passphraseHeading = heading(pass);
    m_passphraseIntro = new WrapLabel(pass);
    m_passphraseLabel = new QLabel(pass);
    m_passphrase = new QLineEdit(pass);
    m_passphrase->setObjectName(QStringLiteral("bundlePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_passphraseOpen = new QPushButton(pass);
    m_passphraseOpen->setObjectName(QStringLiteral("openWithPassphrase"));
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(m_passphraseOpen);
    passRow->addStretch();
    auto* passLayout = new QVBoxLayout(pass);
    passLayout->addWidget(m_passphraseHeading);
    passLayout->addWidget(m_passphraseIntro);
    passLayout->addWidget(m_passphraseLabel);
    passLayout->addWidget(m_passphrase);
    passLayout->addLayout(passRow);
    passLayout->addStretch();

    // Unknown sender
    auto* sender = new QWidget(m_pages);
    m_senderHeading = heading(sender);
    m_senderIntro = new WrapLabel(sender);
    m_senderFingerprintCaption = new QLabel(sender);
    m_senderFingerprint = new WrapLabel(sender);
    m_senderFingerprint->setObjectName(QStringLiteral("senderFingerprint"));
    m_senderFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                 Qt::TextSelectableByKeyboard);
    m_senderFingerprint->setFocusPolicy(Qt::StrongFocus);
    {
        QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        f.setPointSizeF(m_senderFingerprint->font().pointSizeF() * 1.5);
        f.setBold(true);
        m_senderFingerprint->setFont(f);
    }
    m_senderFingerprintCaption->setBuddy(m_senderFingerprint);
    m_senderClaim = new WrapLabel(sender);
    m_senderChecked = new QCheckBox(sender);
    m_senderChecked->setObjectName(QStringLiteral("senderChecked"));
    m_addSender = new QCheckBox(sender);
    m_addSender->setObjectName(QStringLiteral("addSender"));
    m_addSender->setChecked(true);
    m_senderOrganisationLabel = new QLabel(sender);
    m_senderOrganisation = new QLineEdit(sender);
    m_senderOrganisation->setObjectName(QStringLiteral("senderOrganisation"));
    m_senderOrganisation->setMaxLength(kMaxName);
    m_senderOrganisationLabel->setBuddy(m_senderOrganisation);
    m_senderPersonLabel = new QLabel(sender);
    m_senderPerson = new QLineEdit(sender);
    m_senderPerson->setObjectName(QStringLiteral("senderPerson"));
    m_senderPerson->setMaxLength(kMaxName);
    m_senderPersonLabel->setBuddy(m_senderPerson);
    m_senderAccept = new QPushButton(sender);
    m_senderAccept->setObjectName(QStringLiteral("acceptSender"));
    auto* senderForm = new QFormLayout;
    senderForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    senderForm->addRow(m_senderOrganisationLabel, m_senderOrganisation);
    senderForm->addRow(m_senderPersonLabel, m_senderPerson);
    auto* senderRow = new QHBoxLayout;
    senderRow->addWidget(m_senderAccept);
    senderRow->addStretch();
    auto* senderLayout = new QVBoxLayout(sender);
    senderLayout->addWidget(m_senderHeading);
    senderLayout->addWidget(m_senderIntro);
    senderLayout->addWidget(m_senderFingerprintCaption);
    senderLayout->addWidget(m_senderFingerprint);
    senderLayout->addWidget(m_senderClaim);
    senderLayout->addWidget(m_senderChecked);
    senderLayout->addWidget(m_addSender);
    senderLayout->addLayout(senderForm);
    senderLayout->addLayout(senderRow);
    senderLayout->addStretch();

    // Opened
    auto* opened = new QWidget(m_pages);
    m_openedIcon = new QLabel(opened);
    m_openedHeading = heading(opened);
    m_summary = new WrapLabel(opened);
    m_summary->setObjectName(QStringLiteral("openedSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_nextSteps = new WrapLabel(opened);
    m_saveData = new QPushButton(opened);
    m_saveData->setObjectName(QStringLiteral("saveData"));
    m_saveReceipt = new QPushButton(opened);
    m_saveReceipt->setObjectName(QStringLiteral("saveReceipt"));
    m_status = new WrapLabel(opened);
    m_status->setObjectName(QStringLiteral("openStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* openedTitle = new QHBoxLayout;
    openedTitle->addWidget(m_openedIcon);
    openedTitle->addWidget(m_openedHeading, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveData);
    saveRow->addWidget(m_saveReceipt);
    saveRow->addStretch();
    auto* openedLayout = new QVBoxLayout(opened);
    openedLayout->addLayout(openedTitle);
    openedLayout->addWidget(m_summary);
    openedLayout->addWidget(m_nextSteps);
    openedLayout->addLayout(saveRow);
    openedLayout->addWidget(m_status);
    openedLayout->addStretch();

    // Problem
    auto* problem = new QFrame(m_pages);
    problem->setObjectName(QStringLiteral("openProblem"));
    m_problemIcon = new QLabel(problem);
    m_problemHeading = heading(problem);
    m_problemText = new WrapLabel(problem);
    m_problemText->setObjectName(QStringLiteral("openProblemText"));
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_problemAdvice = new WrapLabel(problem);
    m_tryAgain = new QPushButton(problem);
    m_tryAgain->setObjectName(QStringLiteral("tryAnotherPassphrase"));
    auto* problemTitle = new QHBoxLayout;
    problemTitle->addWidget(m_problemIcon);
    problemTitle->addWidget(m_problemHeading, 1);
    auto* tryRow = new QHBoxLayout;
    tryRow->addWidget(m_tryAgain);
    tryRow->addStretch();
    auto* problemLayout = new QVBoxLayout(problem);
    problemLayout->addLayout(problemTitle);
    problemLayout->addWidget(m_problemText);
    problemLayout->addWidget(m_problemAdvice);
    problemLayout->addLayout(tryRow);
    problemLayout->addStretch();

    // Identity file
    auto* idFile = new QWidget(m_pages);
    m_idFileHeading = heading(idFile);
    m_idFileIntro = new WrapLabel(idFile);
    m_idFileIntro->setObjectName(QStringLiteral("identityFileIntro"));
    m_idFileCaption = new QLabel(idFile);
    m_idFilePath = new WrapLabel(idFile);
    m_idFilePath->setObjectName(QStringLiteral("identityFilePath"));
    m_idFilePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idFileChoose = new QPushButton(idFile);
    m_idFileChoose->setObjectName(QStringLiteral("chooseIdentityFile"));
    m_idFilePassphraseLabel = new QLabel(idFile);
    m_idFilePassphrase = new QLineEdit(idFile);
    m_idFilePassphrase->setObjectName(QStringLiteral("identityFilePassphrase"));
    m_idFilePassphrase->setEchoMode(QLineEdit::Password);
    m_idFilePassphraseLabel->setBuddy(m_idFilePassphrase);
    m_idFileOpen = new QPushButton(idFile);
    m_idFileOpen->setObjectName(QStringLiteral("openWithIdentityFile"));
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_idFileChoose);
    chooseRow->addStretch();
    auto* idFileRow = new QHBoxLayout;
    idFileRow->addWidget(m_idFileOpen);
    idFileRow->addStretch();
    auto* idFileLayout = new QVBoxLayout(idFile);
    idFileLayout->addWidget(m_idFileHeading);
    idFileLayout->addWidget(m_idFileIntro);
    idFileLayout->addWidget(m_idFileCaption);
    idFileLayout->addWidget(m_idFilePath);
    idFileLayout->addLayout(chooseRow);
    idFileLayout->addWidget(m_idFilePassphraseLabel);
    idFileLayout->addWidget(m_idFilePassphrase);
    idFileLayout->addLayout(idFileRow);
    idFileLayout->addStretch();

    m_pages->addWidget(working);
    m_pages->addWidget(pass);
    m_pages->addWidget(sender);
    m_pages->addWidget(opened);
    m_pages->addWidget(problem);
    m_pages->addWidget(idFile);

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenBundleDialog::reject);
    // Enter acts on the page's own button, never closes the window by surprise.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    connect(m_cancelWork, &QPushButton::clicked, this, &OpenBundleDialog::cancelClicked);
    connect(m_passphraseOpen, &QPushButton::clicked, this, &OpenBundleDialog::submitPassphrase);
    connect(m_idFileChoose, &QPushButton::clicked, this, &OpenBundleDialog::chooseIdentityFile);
    connect(m_idFileOpen, &QPushButton::clicked, this, &OpenBundleDialog::submitIdentityFile);
    connect(m_idFilePassphrase, &QLineEdit::returnPressed, this,
            &OpenBundleDialog::submitIdentityFile);
    connect(m_senderAccept, &QPushButton::clicked, this, &OpenBundleDialog::acceptSender);
    connect(m_addSender, &QCheckBox::toggled, this, [this](bool on) {
        for (QWidget* w :
             {static_cast<QWidget*>(m_senderOrganisationLabel),
              static_cast<QWidget*>(m_senderOrganisation),
              static_cast<QWidget*>(m_senderPersonLabel), static_cast<QWidget*>(m_senderPerson)})
            w->setEnabled(on);
    });
    connect(m_saveData, &QPushButton::clicked, this, &OpenBundleDialog::saveData);
    connect(m_saveReceipt, &QPushButton::clicked, this, &OpenBundleDialog::saveReceipt);
    connect(m_tryAgain, &QPushButton::clicked, this, [this] {
        m_errors->clear();
        showPage(Page::Passphrase);
    });

    retranslateUi();
    showPage(Page::Working);
    setMinimumWidth(600);
}

OpenBundleDialog::~OpenBundleDialog()
{
    cancelWork();
    m_passphrase->clear();
    m_idFilePassphrase->clear();
}

OpenBundleDialog::Page OpenBundleDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void OpenBundleDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
    // The window is sized for the page shown, not for the largest page.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    if (isVisible())
        fitLater();
    m_tryAgain->setVisible(m_mode == 2);
    m_passphraseOpen->setDefault(page == Page::Passphrase);
    m_idFileOpen->setDefault(page == Page::IdentityFile);
    retranslateUi();
    switch (page) {
    case Page::Passphrase:
        m_passphrase->setFocus();
        break;
    case Page::UnknownSender:
        m_senderFingerprint->setFocus();
        break;
    case Page::Opened:
        m_saveData->setFocus();
        break;
    case Page::Problem:
        m_problemText->setFocus();
        break;
    case Page::Working:
        m_cancelWork->setFocus();
        break;
    case Page::IdentityFile:
        (m_identityFilePath.isEmpty() ? static_cast<QWidget*>(m_idFileChoose)
                                      : static_cast<QWidget*>(m_idFilePassphrase))
            ->setFocus();
        break;
    }
}

QString OpenBundleDialog::suggestedDataPath() const
{
    const QFileInfo bundle(m_bundlePath);
    return bundle.dir().filePath(bundle.completeBaseName() + QStringLiteral(".csv"));
}

QString OpenBundleDialog::suggestedReceiptPath() const
{
    const QFileInfo bundle(m_bundlePath);
    return bundle.dir().filePath(bundle.completeBaseName() + QStringLiteral(".receipt.json"));
}

void OpenBundleDialog::openFile(const QString& bundlePath)
{
    cancelWork();
    m_bundlePath = bundlePath;
    m_mode = peekMode(bundlePath);
    m_identity.reset();
    m_retired.clear();
    m_retiredToLoad.clear();
    m_passphraseBytes.reset();
    m_identityNeed = IdentityNeed::None;
    m_storeError.clear();
    m_identityFilePath.clear();
    m_sender.reset();
    m_opened.reset();
    m_statusMessage.clear();
    m_errors->clear();

    // Senders we know: the directory's unrevoked keys, read here on the GUI thread.
    m_trusted.clear();
    Result<QList<RecipientKey>> keys = RecipientsDirectory(m_db).list();
    if (!keys) {
        showProblem(keys.error().message);
        return;
    }
    for (const RecipientKey& k : keys.value()) {
        if (!k.isRevoked())
            m_trusted.insert(k.card.signingKey);
    }

    m_savingRun = false;
    m_progress->setRange(0, 0);
    showPage(Page::Working);
    if (m_mode == 0) {
        // Not a bundle, or damaged at its start: the reader says which.
        startRun(QString());
        return;
    }
    m_waitingForIdentity = true;
    Result<OwnIdentityRecord> current = OwnIdentityRecords(m_db).current();
    if (!current) {
        // A passphrase bundle opens without an identity; only the receipt needs one.
        // One encrypted for a key can only be for an identity made elsewhere, in a file.
        m_identityNeed = IdentityNeed::NoIdentity;
        if (m_mode == 2)
            loadRetired();
        else
            askForIdentityFile();
        return;
    }
    // Replaced identities kept in the store still open the bundles sent to them.
    if (Result<QList<OwnIdentityRecord>> all = OwnIdentityRecords(m_db).list(); all) {
        for (const OwnIdentityRecord& r : all.value()) {
            if (!r.current && r.storage == QLatin1String("keychain"))
                m_retiredToLoad.append(r.fingerprint);
        }
    }
    if (m_session && m_session->card().fingerprint() == current->fingerprint) {
        m_identity = m_session; // unlocked earlier in this session
        loadRetired();
        return;
    }
    if (current->storage != QLatin1String("keychain")) {
        m_identityNeed = IdentityNeed::InFile;
        m_identityFilePath = current->filePath;
        if (m_mode == 2)
            loadRetired();
        else
            askForIdentityFile();
        return;
    }
    m_identities->load(current->fingerprint, this,
                       [this](Result<crypto::Identity> identity, secrets::SecretProblem) {
                           storeAnswered(std::move(identity));
                       });
}

void OpenBundleDialog::setSessionIdentity(std::shared_ptr<const crypto::Identity> identity)
{
    m_session = std::move(identity);
}

void OpenBundleDialog::loadRetired()
{
    if (m_retiredToLoad.isEmpty() || m_mode == 2) {
        m_waitingForIdentity = false;
        if (m_mode == 2)
            showPage(Page::Passphrase);
        else
            startRun(QString());
        return;
    }
    const QString fingerprint = m_retiredToLoad.takeFirst();
    m_identities->load(
        fingerprint, this, [this](Result<crypto::Identity> identity, secrets::SecretProblem) {
            if (!m_waitingForIdentity)
                return; // cancelled meanwhile
            // One that is missing here (made on another computer) is skipped.
            if (identity) {
                m_retired.append(
                    std::make_shared<const crypto::Identity>(std::move(identity).value()));
            }
            loadRetired();
        });
}

void OpenBundleDialog::storeAnswered(Result<crypto::Identity> identity)
{
    if (!m_waitingForIdentity)
        return; // cancelled meanwhile
    if (identity) {
        m_identity = std::make_shared<const crypto::Identity>(std::move(identity).value());
        emit identityLoaded(m_identity);
    } else {
        // Not in the store (none there, access refused, made on another computer): a
        // protected file of the identity opens the bundle instead. A passphrase bundle
        // opens without an identity; only the receipt needs one.
        m_identityNeed = IdentityNeed::NotInStore;
        m_storeError = identity.error().message;
        if (m_mode != 2) {
            askForIdentityFile();
            return;
        }
    }
    loadRetired();
}

void OpenBundleDialog::askForIdentityFile()
{
    m_waitingForIdentity = false; // the user's turn
    m_idFilePassphrase->clear();
    showPage(Page::IdentityFile);
}

void OpenBundleDialog::chooseIdentityFile()
{
    if (isWorking() || m_unlockingFile)
        return;
    const QString folder = m_identityFilePath.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_identityFilePath).path();
    const QString file =
        Dialogs::openFileName(this, tr("Choose your identity file"), folder,
                              tr("Sharewise identity files (*.swid);;All files (*)"));
    if (file.isEmpty())
        return;
    m_identityFilePath = QFileInfo(file).absoluteFilePath();
    m_errors->clear();
    retranslateUi();
    m_idFilePassphrase->setFocus();
}

void OpenBundleDialog::submitIdentityFile()
{
    if (isWorking() || m_unlockingFile)
        return;
    m_errors->clear();
    if (m_identityFilePath.isEmpty())
        m_errors->addProblem(tr("Choose your identity file"), m_idFileChoose);
    if (m_idFilePassphrase->text().isEmpty())
        m_errors->addProblem(tr("Enter the passphrase of your identity file"), m_idFilePassphrase);
    if (m_errors->hasProblems()) {
        m_errors->setFocus();
        return;
    }
    // Guarded memory from here on; the field is cleared at once.
    auto passphrase = std::make_shared<const crypto::SecureBytes>(
        secrets::IdentityFile::passphrase(m_idFilePassphrase->text()));
    m_idFilePassphrase->clear();
    m_waitingForIdentity = true;
    m_unlockingFile = true;
    m_progress->setRange(0, 0);
    setCursor(Qt::BusyCursor);
    showPage(Page::Working);
    const QString file = m_identityFilePath;
    runInBackground<Result<crypto::Identity>>(
        this, [file, passphrase] { return secrets::IdentityFile::read(file, *passphrase); },
        [this](Result<crypto::Identity> identity) {
            const bool wanted = m_waitingForIdentity && m_unlockingFile;
            m_unlockingFile = false;
            if (!wanted)
                return; // cancelled meanwhile
            unsetCursor();
            if (!identity) {
                showPage(Page::IdentityFile);
                m_errors->addProblem(identity.error().message, m_idFilePassphrase);
                m_errors->setFocus();
                return;
            }
            m_identity = std::make_shared<const crypto::Identity>(std::move(identity).value());
            emit identityLoaded(m_identity);
            loadRetired();
        });
}

void OpenBundleDialog::submitPassphrase()
{
    if (isWorking())
        return;
    m_errors->clear();
    if (m_passphrase->text().isEmpty()) {
        m_errors->addProblem(tr("Enter the passphrase the sender gave you"), m_passphrase);
        m_errors->setFocus();
        return;
    }
    // Guarded memory from here on; the field is cleared at once.
    m_passphraseBytes = std::make_shared<const crypto::SecureBytes>(
        secrets::IdentityFile::passphrase(m_passphrase->text()));
    m_passphrase->clear();
    startRun(QString());
}

void OpenBundleDialog::acceptSender()
{
    if (!m_sender || isWorking())
        return;
    m_errors->clear();
    if (!m_senderChecked->isChecked()) {
        m_errors->addProblem(tr("Tick the box once you have checked the fingerprint with the "
                                "sender by phone, or close this window to leave the bundle "
                                "unopened"),
                             m_senderChecked);
    }
    if (m_addSender->isChecked()) {
        if (m_senderOrganisation->text().trimmed().isEmpty())
            m_errors->addProblem(tr("Enter the sender's organisation"), m_senderOrganisation);
        if (m_senderPerson->text().trimmed().isEmpty())
            m_errors->addProblem(tr("Enter the sender's name"), m_senderPerson);
    }
    if (m_errors->hasProblems()) {
        m_errors->setFocus();
        return;
    }
    if (m_addSender->isChecked()) {
        RecipientsDirectory directory(m_db);
        Result<RecipientKey> added =
            directory.add(*m_sender, m_senderOrganisation->text(), m_senderPerson->text(), false);
        if (!added) {
            // A different key for someone known is the directory's warning: it stays
            // a problem here; the Recipients screen is where a changed key is accepted.
            m_errors->addProblem(added.error().message, m_senderPerson);
            m_errors->setFocus();
            return;
        }
        Status verified = directory.markVerified(added->fingerprint, QStringLiteral("phone"));
        if (!verified) {
            m_errors->addProblem(verified.error().message, m_senderChecked);
            m_errors->setFocus();
            return;
        }
    }
    m_trusted.insert(m_sender->signingKey);
    m_sender.reset();
    startRun(QString());
}

void OpenBundleDialog::startRun(const QString& dataOutput)
{
    auto run = std::make_shared<Run>();
    run->target = this;
    m_run = run;
    m_errors->clear();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_savingRun = !dataOutput.isEmpty();
    setCursor(Qt::BusyCursor);
    showPage(Page::Working);

    const QString path = m_bundlePath;
    // The current identity first; when checking (not saving), then the retired ones.
    QList<std::shared_ptr<const crypto::Identity>> identities{m_identity};
    if (dataOutput.isEmpty() && m_mode == 1)
        identities.append(m_retired);
    std::shared_ptr<const crypto::SecureBytes> passphrase = m_passphraseBytes;
    const QSet<QByteArray> trusted = m_trusted;
    QThreadPool::globalInstance()->start([run, path, identities, passphrase, trusted, dataOutput] {
        bundle::OpenParams p;
        if (passphrase)
            p.passphrase = crypto::SecureBytes::copyOf(passphrase->view());
        p.dataOutput = dataOutput;
        p.cancel = &run->cancel;
        p.senderKnown = [run, trusted](const crypto::KeyCard& sender) {
            const bool known = trusted.contains(sender.signingKey);
            if (!known) {
                std::lock_guard lock(run->mutex);
                run->refusedSender = sender;
            }
            return known;
        };
        p.progress = [run](qint64 done, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
            if (percent == run->lastPercent)
                return;
            run->lastPercent = percent;
            run->post([done, total](OpenBundleDialog* d) { d->runProgress(done, total); });
        };
        // An identity the bundle is not addressed to fails at once, naming that
        // identity's fingerprint; then the next is tried. Any other answer is final.
        std::optional<Result<bundle::OpenedBundle>> result;
        std::shared_ptr<const crypto::Identity> openedWith;
        for (const std::shared_ptr<const crypto::Identity>& identity : identities) {
            p.identity = identity.get();
            Result<bundle::OpenedBundle> attempt = bundle::BundleReader::open(path, p);
            const bool notForThisOne =
                !attempt && identity &&
                attempt.error().code == QLatin1String(bundle::OpenError::NotAddressed);
            if (!result || !notForThisOne) {
                result = std::move(attempt);
                openedWith = identity;
            }
            if (!notForThisOne || run->cancel.load())
                break;
        }
        std::optional<crypto::KeyCard> refused;
        {
            std::lock_guard lock(run->mutex);
            refused = run->refusedSender;
        }
        run->post([run, result = *result, refused, dataOutput, openedWith](OpenBundleDialog* d) {
            if (d->m_run == run)
                d->runFinished(result, refused, dataOutput, openedWith);
        });
    });
}

void OpenBundleDialog::runProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_progress->setValue(static_cast<int>(done * 100 / total));
}

void OpenBundleDialog::cancelClicked()
{
    const bool saving = m_run && m_savingRun;
    cancelWork();
    if (saving) {
        m_statusMessage = tr("Saving was cancelled; nothing was written.");
        showPage(Page::Opened);
        return;
    }
    reject();
}

void OpenBundleDialog::cancelWork()
{
    m_waitingForIdentity = false;
    if (m_unlockingFile) {
        m_unlockingFile = false; // its answer is dropped
        unsetCursor();
    }
    if (!m_run)
        return;
    {
        std::lock_guard lock(m_run->mutex);
        m_run->target = nullptr;
    }
    m_run->cancel = true;
    m_run.reset();
    unsetCursor();
}

void OpenBundleDialog::runFinished(const Result<bundle::OpenedBundle>& result,
                                   const std::optional<crypto::KeyCard>& refusedSender,
                                   const QString& dataOutput,
                                   const std::shared_ptr<const crypto::Identity>& openedWith)
{
    m_run.reset();
    unsetCursor();
    if (!dataOutput.isEmpty()) {
        // Saving the data: the bundle was checked again from its first byte.
        showPage(Page::Opened);
        if (!result) {
            m_errors->addProblem(result.error().message, m_saveData);
            m_errors->setFocus();
            return;
        }
        if (!m_opened || result->bundleId != m_opened->bundleId ||
            result->headerHash != m_opened->headerHash || result->dataHash != m_opened->dataHash) {
            QFile::remove(dataOutput);
            m_errors->addProblem(tr("The bundle file changed after it was checked, so the data "
                                    "was not saved. Open the bundle again."),
                                 m_saveData);
            m_errors->setFocus();
            return;
        }
        m_statusMessage = tr("The data was saved as %1.").arg(QDir::toNativeSeparators(dataOutput));
        retranslateUi();
        return;
    }
    if (!result) {
        if (refusedSender) {
            if (std::optional<RecipientKey> known =
                    RecipientsDirectory(m_db).bySigningKey(refusedSender->signingKey);
                known && known->isRevoked()) {
                showProblem(
                    tr("The bundle was sealed with the key of %1, which was revoked on "
                       "%2 (%3). Do not use this bundle; ask the sender to send it again "
                       "with their current key.")
                        .arg(known->label(),
                             Translations::locale().toString(
                                 QDateTime::fromMSecsSinceEpoch(known->revokedAtUs / 1000, Qt::UTC)
                                     .toLocalTime()
                                     .date(),
                                 QLocale::LongFormat),
                             known->revokeReason));
                return;
            }
            m_sender = refusedSender;
            m_senderChecked->setChecked(false);
            showPage(Page::UnknownSender);
            return;
        }
        showProblem(result.error().message);
        return;
    }
    m_opened = result.value();
    m_identity = openedWith; // saving and the receipt use the identity that opened it
    Result<qint64> recorded =
        BundleLedger(m_db).recordReceived(*m_opened, QFileInfo(m_bundlePath).fileName());
    if (!recorded)
        m_errors->addProblem(recorded.error().message, m_saveData);
    qCInfo(lcUi) << "bundle opened in the window," << m_opened->rowCount << "rows";
    showPage(Page::Opened);
}

void OpenBundleDialog::showProblem(const QString& message)
{
    m_problemMessage = message;
    showPage(Page::Problem);
}

void OpenBundleDialog::saveData()
{
    if (!m_opened || isWorking())
        return;
    m_errors->clear();
    const QString file = Dialogs::saveFileName(this, tr("Save the data"), suggestedDataPath(),
                                               tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    startRun(file);
}

void OpenBundleDialog::saveReceipt()
{
    if (!m_opened || !m_identity || isWorking())
        return;
    m_errors->clear();
    const QString file = Dialogs::saveFileName(this, tr("Save a receipt"), suggestedReceiptPath(),
                                               tr("Receipts (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    const QByteArray json = bundle::Receipt::issue(*m_opened, *m_identity).toJson();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        m_errors->addProblem(tr("The receipt could not be saved (%1). Choose another folder.")
                                 .arg(out.errorString()),
                             m_saveReceipt);
        m_errors->setFocus();
        return;
    }
    m_statusMessage = tr("The receipt was saved as %1. Send it to the sender: it shows them the "
                         "bundle arrived intact.")
                          .arg(QDir::toNativeSeparators(file));
    retranslateUi();
}

void OpenBundleDialog::reject()
{
    cancelWork();
    QDialog::reject();
}

void OpenBundleDialog::updateSummary()
{
    if (!m_opened) {
        m_summary->clear();
        return;
    }
    const bundle::OpenedBundle& o = *m_opened;
    // Who sent it: our directory's name for the key, never the name inside the bundle.
    QString from;
    const std::optional<RecipientKey> known =
        RecipientsDirectory(m_db).bySigningKey(o.sender.signingKey);
    if (known && !known->isRevoked()) {
        from = known->isVerified()
                   ? tr("%1, from your recipients directory (fingerprint checked by phone)")
                         .arg(known->label().toHtmlEscaped())
                   : tr("%1, from your recipients directory (fingerprint not checked yet)")
                         .arg(known->label().toHtmlEscaped());
    } else {
        from = tr("the holder of the key with fingerprint %1, which you checked by phone; not in "
                  "your recipients directory")
                   .arg(o.sender.fingerprint());
    }
    const QJsonObject data = o.manifest.value(QStringLiteral("data")).toObject();
    const QString dataName = data.value(QStringLiteral("name")).toString();
    const QLocale locale = Translations::locale();
    const bool passphrase =
        o.manifest.value(QStringLiteral("protection")).toString() == QLatin1String("passphrase");
    QStringList lines;
    lines << tr("<b>From:</b> %1").arg(from);
    lines << tr("<b>Sealed:</b> %1").arg(when(o.createdUs));
    lines << tr("<b>Contents:</b> %1")
                 //: %1 is the number of rows, written with the language's digit grouping (1,234).
                 .arg(tr("%1 rows of data", nullptr,
                         static_cast<int>(std::min<quint64>(o.rowCount, INT_MAX)))
                          .arg(locale.toString(o.rowCount)));
    lines << tr("<b>Data:</b> %1 (%2)")
                 .arg(dataName.toHtmlEscaped(),
                      locale.formattedDataSize(static_cast<qint64>(o.dataLength), 1,
                                               QLocale::DataSizeTraditionalFormat));
    lines << (passphrase ? tr("<b>Protection:</b> a passphrase")
                         : tr("<b>Protection:</b> encrypted for you"));
    if (const std::optional<agreements::BundleTerms> terms =
            agreements::termsFromManifest(o.manifest)) {
        lines << tr("<b>Shared under:</b> agreement %1, version %2 (%3)")
                     .arg(terms->reference.toHtmlEscaped())
                     .arg(terms->version)
                     .arg(terms->title.toHtmlEscaped());
        if (!terms->summary.isEmpty())
            lines << tr("<b>Terms:</b> %1").arg(terms->summary.toHtmlEscaped());
    }
    lines << tr("<b>Checks:</b> intact and genuine. Nothing was changed or cut short after the "
                "sender sealed it, and the sender's signature checks.");
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void OpenBundleDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitLater();
}

void OpenBundleDialog::fitLater()
{
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        layout()->activate();
        adjustSize();
    });
}

void OpenBundleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OpenBundleDialog::retranslateUi()
{
    setWindowTitle(tr("Open a received bundle"));
    const QString file = QFileInfo(m_bundlePath).fileName();

    m_workingHeading->setText(file.isEmpty() ? tr("Opening the bundle")
                                             : tr("Opening %1").arg(file));
    m_workingText->setText(m_unlockingFile ? tr("Opening your identity file with its passphrase…")
                           : m_savingRun   ? tr("Checking the bundle again and saving the data…")
                                           : tr("Checking that the bundle is intact and who "
                                                  "sealed it…"));
    m_progress->setAccessibleName(tr("Progress"));
    m_cancelWork->setText(tr("Cancel"));
    m_cancelWork->setAccessibleName(tr("Cancel"));

    m_passphraseHeading->setText(tr("What is the passphrase for this bundle?"));
    m_passphraseIntro->setText(tr("This bundle is protected by a passphrase. The sender should "
                                  "have given it to you separately from the bundle, for example "
                                  "by phone or text message."));
    m_passphraseLabel->setText(tr("&Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphraseOpen->setText(tr("&Open the bundle"));
    m_passphraseOpen->setAccessibleName(tr("Open the bundle"));

    m_senderHeading->setText(tr("Check who sent this bundle"));
    m_senderIntro->setText(tr("The bundle is intact, but the key that sealed it is not in your "
                              "recipients directory. Phone the sender on a number you already "
                              "know (not one from the message that brought the bundle) and ask "
                              "them to read out their fingerprint. Every group must match."));
    m_senderFingerprintCaption->setText(tr("&Fingerprint of the sender's key:"));
    m_senderFingerprint->setAccessibleName(tr("Fingerprint of the sender's key"));
    m_senderFingerprint->setText(m_sender ? m_sender->fingerprint() : QString());
    //: %1 is the name written inside the bundle by whoever made it.
    m_senderClaim->setText(m_sender ? tr("The bundle says it comes from \"%1\". Anyone can write "
                                         "any name, which is why you check the fingerprint.")
                                          .arg(m_sender->name)
                                    : QString());
    m_senderChecked->setText(tr("I have &checked this fingerprint with the sender"));
    m_senderChecked->setAccessibleName(tr("I have checked this fingerprint with the sender"));
    m_addSender->setText(tr("A&dd the sender to my recipients directory"));
    m_addSender->setAccessibleName(tr("Add the sender to my recipients directory"));
    m_senderOrganisationLabel->setText(tr("O&rganisation:"));
    m_senderOrganisation->setAccessibleName(tr("Sender's organisation"));
    m_senderPersonLabel->setText(tr("&Person:"));
    m_senderPerson->setAccessibleName(tr("Sender's name"));
    m_senderAccept->setText(tr("&Open the bundle"));
    m_senderAccept->setAccessibleName(tr("Open the bundle"));

    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_openedIcon->setPixmap(style()
                                ->standardIcon(QStyle::SP_DialogApplyButton)
                                .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_openedHeading->setText(tr("The bundle is intact and genuine"));
    updateSummary();
    m_nextSteps->setText(
        m_identity ? tr("Save the data where your organisation keeps personal data. Then save a "
                        "receipt and send it to the sender, to show them it arrived intact.")
        : m_identityNeed == IdentityNeed::NoIdentity
            ? tr("Save the data where your organisation keeps personal data. A receipt "
                 "needs your identity: create it in Settings, My identity.")
            : tr("Save the data where your organisation keeps personal data. A receipt needs "
                 "your identity, which Sharewise could not use this time: unlock it in Settings, "
                 "My identity, then open the bundle again."));
    m_saveData->setText(tr("&Save the data…"));
    m_saveData->setAccessibleName(tr("Save the data"));
    m_saveReceipt->setText(tr("Save a &receipt…"));
    m_saveReceipt->setAccessibleName(tr("Save a receipt"));
    m_saveReceipt->setEnabled(m_identity != nullptr);
    m_status->setText(m_statusMessage);
    m_status->setVisible(!m_statusMessage.isEmpty());

    m_problemIcon->setPixmap(style()
                                 ->standardIcon(QStyle::SP_MessageBoxCritical)
                                 .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_problemHeading->setText(tr("There is a problem"));
    m_problemText->setText(m_problemMessage);
    m_problemAdvice->setText(
        m_mode == 2 ? tr("Nothing was written. Check the passphrase with the sender and try "
                         "again, or ask them to send the bundle again.")
                    : tr("Nothing was written. Ask the sender to send the bundle again, or ask "
                         "your information governance lead for help."));
    switch (m_identityNeed) {
    case IdentityNeed::InFile:
        m_idFileHeading->setText(tr("Unlock your identity to open the bundle"));
        m_idFileIntro->setText(tr("This bundle was encrypted for you. Your identity is kept in a "
                                  "protected file: enter its passphrase to open the bundle."));
        break;
    case IdentityNeed::NotInStore:
        m_idFileHeading->setText(tr("Open the bundle with your identity file"));
        //: %1 is the password store's problem, one or two sentences.
        m_idFileIntro->setText(tr("%1 If you have a protected file of your identity, such as a "
                                  "backup, choose it and enter its passphrase to open the bundle.")
                                   .arg(m_storeError));
        break;
    case IdentityNeed::NoIdentity:
    case IdentityNeed::None:
        m_idFileHeading->setText(tr("Open the bundle with your identity file"));
        m_idFileIntro->setText(
            tr("You do not have an identity in Sharewise yet, so this bundle can only be "
               "opened with a protected identity file made elsewhere. If you have none, close "
               "this window, create your identity in Settings, My identity, and send your key "
               "card to the sender."));
        break;
    }
    m_idFileCaption->setText(tr("Identity file:"));
    m_idFilePath->setText(m_identityFilePath.isEmpty()
                              ? tr("No file chosen yet.")
                              : QDir::toNativeSeparators(m_identityFilePath));
    m_idFilePath->setAccessibleName(tr("Identity file"));
    m_idFileChoose->setText(m_identityFilePath.isEmpty() ? tr("C&hoose the file…")
                                                         : tr("C&hoose another file…"));
    m_idFileChoose->setAccessibleName(tr("Choose the identity file"));
    m_idFilePassphraseLabel->setText(tr("&Passphrase of the identity file"));
    m_idFilePassphrase->setAccessibleName(tr("Passphrase of the identity file"));
    m_idFileOpen->setText(tr("&Open the bundle"));
    m_idFileOpen->setAccessibleName(tr("Open the bundle"));

    m_tryAgain->setText(tr("&Try another passphrase"));
    m_tryAgain->setAccessibleName(tr("Try another passphrase"));
    m_close->setText(tr("Close"));
}

} // namespace sharewise::ui
