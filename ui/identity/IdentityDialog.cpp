#include "identity/IdentityDialog.h"

#include "common/Logging.h"
#include "identity/BackgroundTask.h"
#include "secrets/OwnIdentities.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/OwnIdentityRecords.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/PassphraseStrength.h"
#include "widgets/WrapLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace sharewise::ui {
namespace {

constexpr int kMinPassphrase = 12;
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

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// A name usable in a suggested file name: letters, digits and hyphens.
QString fileStem(const QString& name)
{
    QString out;
    for (const QChar c : name.section(QLatin1Char(','), 0, 0).trimmed()) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("my") : out;
}

} // namespace

IdentityDialog::IdentityDialog(Database& db, secrets::SecretStore& store, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_identities(new secrets::OwnIdentities(store, this))
    , m_errors(new ErrorSummary(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new WrapLabel(this))
{
    setObjectName(QStringLiteral("identityDialog"));

    // Create
    auto* createPage = new QWidget(m_pages);
    m_createHeading = heading(createPage);
    m_createIntro = new WrapLabel(createPage);
    m_nameLabel = new QLabel(createPage);
    m_name = new QLineEdit(createPage);
    m_name->setObjectName(QStringLiteral("identityName"));
    m_name->setMaxLength(kMaxName);
    m_nameLabel->setBuddy(m_name);
    m_nameHint = new WrapLabel(createPage);
    m_storeHint = new WrapLabel(createPage);
    m_create = new QPushButton(createPage);
    m_create->setObjectName(QStringLiteral("createIdentity"));
    m_cancelReplace = new QPushButton(createPage);
    auto* createButtons = new QHBoxLayout;
    createButtons->addWidget(m_create);
    createButtons->addWidget(m_cancelReplace);
    createButtons->addStretch();
    m_fileHint = new WrapLabel(createPage);
    m_useFile = new QPushButton(createPage);
    m_useFile->setObjectName(QStringLiteral("newIdentityFile"));
    m_useExisting = new QPushButton(createPage);
    m_useExisting->setObjectName(QStringLiteral("useIdentityFile"));
    auto* fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_useFile);
    fileButtons->addWidget(m_useExisting);
    fileButtons->addStretch();
    auto* createLayout = new QVBoxLayout(createPage);
    createLayout->addWidget(m_createHeading);
    createLayout->addWidget(m_createIntro);
    createLayout->addSpacing(createLayout->spacing());
    createLayout->addWidget(m_nameLabel);
    createLayout->addWidget(m_nameHint);
    createLayout->addWidget(m_name);
    createLayout->addWidget(m_storeHint);
    createLayout->addLayout(createButtons);
    createLayout->addSpacing(createLayout->spacing());
    createLayout->addWidget(m_fileHint);
    createLayout->addLayout(fileButtons);
    createLayout->addStretch();

    // Current
    auto* currentPage = new QWidget(m_pages);
    m_currentHeading = heading(currentPage);
    m_currentNameCaption = new QLabel(currentPage);
    m_currentName = new WrapLabel(currentPage);
    m_currentName->setObjectName(QStringLiteral("identityCurrentName"));
    m_currentName->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_fingerprintCaption = new QLabel(currentPage);
    m_fingerprint = new WrapLabel(currentPage);
    m_fingerprint->setObjectName(QStringLiteral("identityFingerprint"));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_fingerprint->setFocusPolicy(Qt::StrongFocus);
    {
        QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        f.setPointSizeF(m_fingerprint->font().pointSizeF() * 1.5);
        f.setBold(true);
        m_fingerprint->setFont(f);
    }
    m_fingerprintCaption->setBuddy(m_fingerprint);
    m_cardHint = new WrapLabel(currentPage);
    m_copy = new QPushButton(currentPage);
    m_copy->setObjectName(QStringLiteral("copyKeyCard"));
    m_saveCard = new QPushButton(currentPage);
    m_saveCard->setObjectName(QStringLiteral("saveKeyCard"));
    m_backupHint = new WrapLabel(currentPage);
    m_backup = new QPushButton(currentPage);
    m_backup->setObjectName(QStringLiteral("backupIdentity"));
    m_unlock = new QPushButton(currentPage);
    m_unlock->setObjectName(QStringLiteral("unlockIdentityFile"));
    m_replace = new QPushButton(currentPage);
    m_replace->setObjectName(QStringLiteral("replaceIdentity"));
    auto* cardButtons = new QHBoxLayout;
    cardButtons->addWidget(m_copy);
    cardButtons->addWidget(m_saveCard);
    cardButtons->addStretch();
    auto* keepButtons = new QHBoxLayout;
    keepButtons->addWidget(m_backup);
    keepButtons->addWidget(m_unlock);
    keepButtons->addWidget(m_replace);
    keepButtons->addStretch();
    auto* currentLayout = new QVBoxLayout(currentPage);
    currentLayout->addWidget(m_currentHeading);
    currentLayout->addWidget(m_currentNameCaption);
    currentLayout->addWidget(m_currentName);
    currentLayout->addWidget(m_fingerprintCaption);
    currentLayout->addWidget(m_fingerprint);
    currentLayout->addSpacing(currentLayout->spacing());
    currentLayout->addWidget(m_cardHint);
    currentLayout->addLayout(cardButtons);
    currentLayout->addSpacing(currentLayout->spacing());
    currentLayout->addWidget(m_backupHint);
    currentLayout->addLayout(keepButtons);
    currentLayout->addStretch();

    // Backup
    auto* backupPage = new QWidget(m_pages);
    m_backupHeading = heading(backupPage);
    m_backupIntro = new WrapLabel(backupPage);
    m_passphraseLabel = new QLabel(backupPage);
    m_passphrase = new QLineEdit(backupPage);
    m_passphrase->setObjectName(QStringLiteral("backupPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_strength = new WrapLabel(backupPage);
    m_strength->setObjectName(QStringLiteral("passphraseStrength"));
    m_repeatLabel = new QLabel(backupPage);
    m_repeat = new QLineEdit(backupPage);
    m_repeat->setObjectName(QStringLiteral("backupPassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeatLabel->setBuddy(m_repeat);
    m_writeBackup = new QPushButton(backupPage);
    m_writeBackup->setObjectName(QStringLiteral("writeBackup"));
    m_backupBack = new QPushButton(backupPage);
    auto* backupButtons = new QHBoxLayout;
    backupButtons->addWidget(m_writeBackup);
    backupButtons->addWidget(m_backupBack);
    backupButtons->addStretch();
    auto* backupLayout = new QVBoxLayout(backupPage);
    backupLayout->addWidget(m_backupHeading);
    backupLayout->addWidget(m_backupIntro);
    backupLayout->addWidget(m_passphraseLabel);
    backupLayout->addWidget(m_passphrase);
    backupLayout->addWidget(m_strength);
    backupLayout->addWidget(m_repeatLabel);
    backupLayout->addWidget(m_repeat);
    backupLayout->addLayout(backupButtons);
    backupLayout->addStretch();

    // Load or unlock an identity file
    auto* loadPage = new QWidget(m_pages);
    m_loadHeading = heading(loadPage);
    m_loadIntro = new WrapLabel(loadPage);
    m_loadPathCaption = new QLabel(loadPage);
    m_loadPathLabel = new WrapLabel(loadPage);
    m_loadPathLabel->setObjectName(QStringLiteral("identityFilePath"));
    m_loadPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseFile = new QPushButton(loadPage);
    m_chooseFile->setObjectName(QStringLiteral("chooseIdentityFile"));
    m_loadPassphraseLabel = new QLabel(loadPage);
    m_loadPassphrase = new QLineEdit(loadPage);
    m_loadPassphrase->setObjectName(QStringLiteral("identityFilePassphrase"));
    m_loadPassphrase->setEchoMode(QLineEdit::Password);
    m_loadPassphraseLabel->setBuddy(m_loadPassphrase);
    m_loadFile = new QPushButton(loadPage);
    m_loadFile->setObjectName(QStringLiteral("loadIdentityFile"));
    m_loadBack = new QPushButton(loadPage);
    auto* chooseRow = new QHBoxLayout;
    chooseRow->addWidget(m_chooseFile);
    chooseRow->addStretch();
    auto* loadButtons = new QHBoxLayout;
    loadButtons->addWidget(m_loadFile);
    loadButtons->addWidget(m_loadBack);
    loadButtons->addStretch();
    auto* loadLayout = new QVBoxLayout(loadPage);
    loadLayout->addWidget(m_loadHeading);
    loadLayout->addWidget(m_loadIntro);
    loadLayout->addWidget(m_loadPathCaption);
    loadLayout->addWidget(m_loadPathLabel);
    loadLayout->addLayout(chooseRow);
    loadLayout->addWidget(m_loadPassphraseLabel);
    loadLayout->addWidget(m_loadPassphrase);
    loadLayout->addLayout(loadButtons);
    loadLayout->addStretch();

    // Pages in the order of Page; NewFile shares the Backup page's fields.
    m_pages->addWidget(createPage);
    m_pages->addWidget(currentPage);
    m_pages->addWidget(backupPage);
    m_pages->addWidget(loadPage);

    m_status->setObjectName(QStringLiteral("identityStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter acts on the page's own button, never closes the window by surprise.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_create, &QPushButton::clicked, this, &IdentityDialog::createIdentity);
    connect(m_cancelReplace, &QPushButton::clicked, this, [this] {
        m_replacing = false;
        m_errors->clear();
        showPage(Page::Current);
    });
    connect(m_copy, &QPushButton::clicked, this, &IdentityDialog::copyCard);
    connect(m_saveCard, &QPushButton::clicked, this, &IdentityDialog::saveCard);
    connect(m_backup, &QPushButton::clicked, this, &IdentityDialog::startBackup);
    connect(m_replace, &QPushButton::clicked, this, &IdentityDialog::replaceIdentity);
    connect(m_writeBackup, &QPushButton::clicked, this, &IdentityDialog::writeBackup);
    connect(m_backupBack, &QPushButton::clicked, this, [this] {
        clearPassphrases();
        m_errors->clear();
        showPage(m_page == Page::NewFile ? Page::Create : Page::Current);
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &IdentityDialog::updateStrength);
    connect(m_useFile, &QPushButton::clicked, this, &IdentityDialog::startNewFile);
    connect(m_useExisting, &QPushButton::clicked, this, &IdentityDialog::startLoadFile);
    connect(m_unlock, &QPushButton::clicked, this, &IdentityDialog::startLoadFile);
    connect(m_chooseFile, &QPushButton::clicked, this, &IdentityDialog::chooseIdentityFile);
    connect(m_loadFile, &QPushButton::clicked, this, &IdentityDialog::loadIdentityFile);
    connect(m_loadPassphrase, &QLineEdit::returnPressed, this, &IdentityDialog::loadIdentityFile);
    connect(m_loadBack, &QPushButton::clicked, this, [this] {
        clearPassphrases();
        m_errors->clear();
        showPage(m_unlocking ? Page::Current : Page::Create);
    });

    retranslateUi();
    reload();
    setMinimumWidth(560);
}

IdentityDialog::~IdentityDialog()
{
    clearPassphrases();
}

void IdentityDialog::showPage(Page page)
{
    m_page = page;
    m_pages->setCurrentIndex(page == Page::NewFile    ? static_cast<int>(Page::Backup)
                             : page == Page::LoadFile ? static_cast<int>(Page::Backup) + 1
                                                      : static_cast<int>(page));
    // The window is sized for the page shown, not for the largest page.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    if (isVisible())
        fitLater();
    m_cancelReplace->setVisible(m_replacing);
    // After the store said it cannot be used, keeping the identity in a file is the way on.
    m_create->setDefault(page == Page::Create && !m_storeUnusable);
    m_useFile->setDefault(page == Page::Create && m_storeUnusable);
    m_writeBackup->setDefault(page == Page::Backup || page == Page::NewFile);
    m_loadFile->setDefault(page == Page::LoadFile);
    updateStrength();
    retranslateUi();
    if (page == Page::Create)
        m_name->setFocus();
    else if (page == Page::Backup || page == Page::NewFile)
        m_passphrase->setFocus();
    else if (page == Page::LoadFile)
        (m_loadPath.isEmpty() ? static_cast<QWidget*>(m_chooseFile) : m_loadPassphrase)->setFocus();
    else
        m_copy->setFocus();
}

void IdentityDialog::setSessionIdentity(std::shared_ptr<const crypto::Identity> identity)
{
    m_session = std::move(identity);
    retranslateUi();
}

bool IdentityDialog::sessionHoldsCurrent() const
{
    return m_session && m_card && m_session->card().fingerprint() == m_card->fingerprint();
}

void IdentityDialog::reload()
{
    m_errors->clear();
    Result<OwnIdentityRecord> current = OwnIdentityRecords(m_db).current();
    if (current) {
        m_card = current->card;
        m_identityFile = current->storage == QLatin1String("file") ? current->filePath : QString();
    } else {
        m_card.reset();
        m_identityFile.clear();
    }
    m_replacing = false;
    showPage(m_card ? Page::Current : Page::Create);
}

void IdentityDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_pages->setEnabled(!busy);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    if (busy)
        setCursor(Qt::BusyCursor); // this window only: the store may show its own prompt
    else
        unsetCursor();
}

void IdentityDialog::showProblem(const QString& message, QWidget* field)
{
    m_errors->clear();
    m_errors->addProblem(message, field);
    m_errors->setFocus();
}

void IdentityDialog::clearPassphrases()
{
    m_passphrase->clear();
    m_repeat->clear();
    m_loadPassphrase->clear();
}

void IdentityDialog::updateStrength()
{
    m_strength->setText(passphraseStrengthHint(m_passphrase->text(), kMinPassphrase));
}

void IdentityDialog::createIdentity()
{
    if (m_busy)
        return;
    m_errors->clear();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showProblem(tr("Enter your name and your organisation, for example Siân Evans, Gwynedd "
                       "Council"),
                    m_name);
        return;
    }
    setBusy(true, tr("Creating your identity and saving it in this computer's password store…"));
    m_identities->create(
        name, this, [this](Result<crypto::Identity> identity, secrets::SecretProblem problem) {
            setBusy(false);
            if (!identity) {
                // Without a usable store, the file is offered in its place (never made
                // unasked).
                m_storeUnusable = problem == secrets::SecretProblem::NoBackendAvailable ||
                                  problem == secrets::SecretProblem::AccessDenied;
                showPage(Page::Create);
                showProblem(identity.error().message, m_storeUnusable ? m_useFile : m_create);
                return;
            }
            Status recorded = OwnIdentityRecords(m_db).addCurrent(
                identity->card(), QStringLiteral("keychain"), QString());
            if (!recorded) {
                showProblem(recorded.error().message, m_create);
                return;
            }
            qCInfo(lcUi) << "identity created";
            m_session = std::make_shared<const crypto::Identity>(std::move(identity).value());
            emit identityLoaded(m_session);
            m_name->clear();
            reload();
            m_status->setText(tr("Your identity is ready. Send your key card to your partners and "
                                 "read them your fingerprint by phone."));
            m_status->show();
        });
}

void IdentityDialog::copyCard()
{
    if (!m_card)
        return;
    QApplication::clipboard()->setText(m_card->toText());
    m_status->setText(tr("Your key card was copied. Paste it into an email to your partner, then "
                         "read them your fingerprint by phone."));
    m_status->show();
}

void IdentityDialog::saveCard()
{
    if (!m_card)
        return;
    //: Suggested file name for the user's public key card; keep it short, no spaces.
    const QString suggested =
        QDir(documents()).filePath(tr("%1-key-card.txt").arg(fileStem(m_card->name)));
    const QString file =
        Dialogs::saveFileName(this, tr("Save your key card"), suggested, tr("Text files (*.txt)"));
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_card->toText().toUtf8() + '\n') < 0 ||
        !out.commit()) {
        showProblem(tr("Your key card could not be saved (%1). Choose another folder.")
                        .arg(out.errorString()),
                    m_saveCard);
        return;
    }
    m_errors->clear();
    m_status->setText(tr("Your key card was saved as %1. It holds no secret: you can email it.")
                          .arg(QDir::toNativeSeparators(file)));
    m_status->show();
}

void IdentityDialog::startBackup()
{
    if (!m_card)
        return;
    m_errors->clear();
    m_status->hide();
    clearPassphrases();
    showPage(Page::Backup);
}

void IdentityDialog::writeBackup()
{
    if (m_page == Page::NewFile) {
        writeNewFile();
        return;
    }
    if (m_busy || !m_card)
        return;
    m_errors->clear();
    std::shared_ptr<crypto::SecureBytes> passphrase = takeNewPassphrase();
    if (!passphrase)
        return;

    //: Suggested file name for the backup of the user's identity; keep it short, no spaces.
    const QString suggested =
        QDir(documents()).filePath(tr("%1-identity-backup.swid").arg(fileStem(m_card->name)));
    const QString file = Dialogs::saveFileName(this, tr("Save the backup of your identity"),
                                               suggested, tr("Sharewise identity files (*.swid)"));
    if (file.isEmpty())
        return;
    setBusy(true, tr("Protecting your identity with the passphrase…"));
    const secrets::PassphraseLimits limits = m_limits;
    m_identities->load(
        m_card->fingerprint(), this,
        [this, passphrase, file, limits](Result<crypto::Identity> identity,
                                         secrets::SecretProblem) {
            if (!identity) {
                setBusy(false);
                showProblem(identity.error().message, m_backup);
                showPage(Page::Current);
                return;
            }
            auto loaded = std::make_shared<const crypto::Identity>(std::move(identity).value());
            if (!sessionHoldsCurrent()) {
                m_session = loaded;
                emit identityLoaded(m_session);
            }
            // Argon2id off the GUI thread. The save dialog has already asked before
            // replacing a file.
            runInBackground<Status>(
                this,
                [loaded, passphrase, file, limits] {
                    return secrets::IdentityFile::write(file, *loaded, *passphrase, limits,
                                                        secrets::IdentityFile::Existing::Replace);
                },
                [this, file](Status written) {
                    setBusy(false);
                    showPage(Page::Current);
                    if (!written) {
                        showProblem(written.error().message, m_backup);
                        return;
                    }
                    m_status->setText(tr("Your identity was saved, protected by your passphrase, "
                                         "as %1. Keep the file and the passphrase apart.")
                                          .arg(QDir::toNativeSeparators(file)));
                    m_status->show();
                });
        });
}

std::shared_ptr<crypto::SecureBytes> IdentityDialog::takeNewPassphrase()
{
    const qsizetype length = m_passphrase->text().size();
    if (length < kMinPassphrase) {
        showProblem(tr("Enter a passphrase of at least %n characters", nullptr, kMinPassphrase),
                    m_passphrase);
        return nullptr;
    }
    if (m_repeat->text() != m_passphrase->text()) {
        m_repeat->clear();
        showProblem(tr("Enter the same passphrase again in the second box"), m_repeat);
        return nullptr;
    }
    // The secret is in guarded memory from here on; the fields are cleared at once.
    auto passphrase = std::make_shared<crypto::SecureBytes>(
        secrets::IdentityFile::passphrase(m_passphrase->text()));
    clearPassphrases();
    return passphrase;
}

void IdentityDialog::startNewFile()
{
    if (m_busy)
        return;
    m_errors->clear();
    m_status->hide();
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showProblem(tr("Enter your name and your organisation, for example Siân Evans, Gwynedd "
                       "Council"),
                    m_name);
        return;
    }
    m_newName = name;
    clearPassphrases();
    showPage(Page::NewFile);
}

void IdentityDialog::writeNewFile()
{
    if (m_busy || m_newName.isEmpty())
        return;
    m_errors->clear();
    std::shared_ptr<crypto::SecureBytes> passphrase = takeNewPassphrase();
    if (!passphrase)
        return;
    //: Suggested file name for the file that keeps the user's identity; keep it short, no spaces.
    const QString suggested =
        QDir(documents()).filePath(tr("%1-identity.swid").arg(fileStem(m_newName)));
    const QString chosen = Dialogs::saveFileName(this, tr("Save your identity file"), suggested,
                                                 tr("Sharewise identity files (*.swid)"));
    if (chosen.isEmpty())
        return;
    const QString file = QFileInfo(chosen).absoluteFilePath();
    setBusy(true, tr("Creating your identity and protecting it with the passphrase…"));
    const QString name = m_newName;
    const secrets::PassphraseLimits limits = m_limits;
    runInBackground<Result<crypto::Identity>>(
        this,
        [name, file, passphrase, limits]() -> Result<crypto::Identity> {
            crypto::Identity identity = crypto::Identity::generate(name);
            // The save dialog has already asked before replacing a file.
            Status written = secrets::IdentityFile::write(file, identity, *passphrase, limits,
                                                          secrets::IdentityFile::Existing::Replace);
            if (!written)
                return written.error();
            return identity;
        },
        [this, file](Result<crypto::Identity> identity) {
            setBusy(false);
            if (!identity) {
                showProblem(identity.error().message, m_writeBackup);
                return;
            }
            Status recorded =
                OwnIdentityRecords(m_db).addCurrent(identity->card(), QStringLiteral("file"), file);
            if (!recorded) {
                // Not recorded, so not an identity Sharewise knows: leave no file behind.
                QFile::remove(file);
                showProblem(recorded.error().message, m_writeBackup);
                return;
            }
            qCInfo(lcUi) << "identity created in a file";
            m_session = std::make_shared<const crypto::Identity>(std::move(identity).value());
            emit identityLoaded(m_session);
            m_name->clear();
            m_newName.clear();
            m_storeUnusable = false;
            reload();
            m_status->setText(tr("Your identity is ready, kept in the protected file %1. Sharewise "
                                 "asks for its passphrase each time it is started and needs your "
                                 "identity. Send your key card to your partners and read them "
                                 "your fingerprint by phone.")
                                  .arg(QDir::toNativeSeparators(file)));
            m_status->show();
        });
}

void IdentityDialog::startLoadFile()
{
    if (m_busy)
        return;
    m_errors->clear();
    m_status->hide();
    clearPassphrases();
    // From the Current page: unlocking the current identity, whose file is known. From
    // the Create page: an identity file the user chooses.
    m_unlocking = m_page == Page::Current;
    m_loadPath = m_unlocking ? m_identityFile : QString();
    showPage(Page::LoadFile);
}

void IdentityDialog::chooseIdentityFile()
{
    if (m_busy)
        return;
    const QString folder = m_loadPath.isEmpty() ? documents() : QFileInfo(m_loadPath).path();
    const QString file =
        Dialogs::openFileName(this, tr("Choose your identity file"), folder,
                              tr("Sharewise identity files (*.swid);;All files (*)"));
    if (file.isEmpty())
        return;
    m_loadPath = QFileInfo(file).absoluteFilePath();
    m_errors->clear();
    retranslateUi();
    m_loadPassphrase->setFocus();
}

void IdentityDialog::loadIdentityFile()
{
    if (m_busy)
        return;
    m_errors->clear();
    if (m_loadPath.isEmpty()) {
        showProblem(tr("Choose your identity file"), m_chooseFile);
        return;
    }
    if (m_loadPassphrase->text().isEmpty()) {
        showProblem(tr("Enter the passphrase of your identity file"), m_loadPassphrase);
        return;
    }
    // Guarded memory from here on; the field is cleared at once.
    auto passphrase = std::make_shared<const crypto::SecureBytes>(
        secrets::IdentityFile::passphrase(m_loadPassphrase->text()));
    m_loadPassphrase->clear();
    setBusy(true, tr("Opening your identity file with the passphrase…"));
    const QString file = m_loadPath;
    runInBackground<Result<crypto::Identity>>(
        this, [file, passphrase]() { return secrets::IdentityFile::read(file, *passphrase); },
        [this, file](Result<crypto::Identity> identity) {
            setBusy(false);
            if (!identity) {
                showProblem(identity.error().message, m_loadPassphrase);
                return;
            }
            useLoadedIdentity(std::make_shared<const crypto::Identity>(std::move(identity).value()),
                              file);
        });
}

void IdentityDialog::useLoadedIdentity(std::shared_ptr<const crypto::Identity> identity,
                                       const QString& file)
{
    const QString fingerprint = identity->card().fingerprint();
    Result<QList<OwnIdentityRecord>> all = OwnIdentityRecords(m_db).list();
    if (!all) {
        showProblem(all.error().message, m_loadFile);
        return;
    }
    const OwnIdentityRecord* known = nullptr;
    for (const OwnIdentityRecord& r : all.value()) {
        if (r.fingerprint == fingerprint)
            known = &r;
    }
    if (known && !known->current) {
        showProblem(tr("The file %1 holds an identity you have replaced (fingerprint %2). It "
                       "still opens bundles sent to it, but it cannot be your identity again: "
                       "choose the file of your current identity.")
                        .arg(QDir::toNativeSeparators(file), fingerprint),
                    m_chooseFile);
        return;
    }
    QString done;
    if (known) {
        done = tr("Your identity is unlocked until Sharewise closes.");
    } else {
        if (m_card &&
            !Dialogs::confirm(
                this, tr("Use the identity in this file?"),
                tr("The file holds a different identity (fingerprint %1) from your current one "
                   "(fingerprint %2). If you use it, your current identity is retired: it still "
                   "opens bundles already sent to it, but your partners need the key card of "
                   "this one and must check its fingerprint with you.")
                    .arg(fingerprint, m_card->fingerprint()),
                tr("Use this identity"), tr("Keep my identity"))) {
            return;
        }
        Status recorded =
            OwnIdentityRecords(m_db).addCurrent(identity->card(), QStringLiteral("file"), file);
        if (!recorded) {
            showProblem(recorded.error().message, m_loadFile);
            return;
        }
        qCInfo(lcUi) << "identity file taken as the current identity";
        done = tr("The identity in %1 is now your identity in Sharewise, unlocked until "
                  "Sharewise closes.")
                   .arg(QDir::toNativeSeparators(file));
    }
    m_session = std::move(identity);
    emit identityLoaded(m_session);
    m_loadPath.clear();
    m_storeUnusable = false;
    reload();
    m_status->setText(done);
    m_status->show();
}

void IdentityDialog::replaceIdentity()
{
    if (!m_card)
        return;
    if (!Dialogs::confirm(
            this, tr("Replace your identity?"),
            tr("You will get a new identity with a new fingerprint. Your partners must get your "
               "new key card and check the new fingerprint with you before they can send you "
               "bundles or trust yours.\n\nYour old identity is kept, retired, so bundles "
               "already sent to you still open."),
            tr("Replace it"), tr("Keep my identity"))) {
        return;
    }
    m_errors->clear();
    m_status->hide();
    m_replacing = true;
    m_name->setText(m_card->name);
    showPage(Page::Create);
}

void IdentityDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitLater();
}

void IdentityDialog::fitLater()
{
    QTimer::singleShot(0, this, [this] {
        if (!isVisible())
            return;
        layout()->activate();
        adjustSize();
    });
}

void IdentityDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void IdentityDialog::retranslateUi()
{
    setWindowTitle(tr("My identity"));
    m_createHeading->setText(m_replacing ? tr("Replace your identity")
                                         : tr("You do not have an identity yet"));
    m_createIntro->setText(
        tr("Your identity lets partners check that bundles really come from you, and lets them "
           "encrypt bundles only you can open. It is a pair of keys: a secret one that stays on "
           "this computer, and a public key card that you send to your partners."));
    m_nameLabel->setText(tr("Your &name and organisation"));
    m_nameHint->setText(tr("For example, Siân Evans, Gwynedd Council. Partners see this name "
                           "beside your key card."));
    m_name->setAccessibleName(tr("Your name and organisation"));
    m_storeHint->setText(m_storeUnusable
                             ? tr("Create my identity tries this computer's password store "
                                  "again.")
                             : tr("The secret key is kept in this computer's password store, not "
                                  "in a file."));
    m_create->setText(m_replacing ? tr("&Create my new identity") : tr("&Create my identity"));
    m_create->setAccessibleName(m_create->text().remove(QLatin1Char('&')));
    m_cancelReplace->setText(tr("&Keep my identity"));
    m_cancelReplace->setAccessibleName(tr("Keep my identity"));
    m_fileHint->setText(
        m_storeUnusable
            ? tr("This computer's password store cannot be used. You can keep your identity in "
                 "a file protected by a passphrase instead, or use an identity file you already "
                 "have.")
            : tr("If this computer has no password store, or you would rather not use it, your "
                 "identity can be kept in a file protected by a passphrase instead."));
    m_useFile->setText(tr("Keep it in a protected &file…"));
    m_useFile->setAccessibleName(tr("Keep my identity in a protected file"));
    m_useExisting->setText(tr("&Use an identity file I have…"));
    m_useExisting->setAccessibleName(tr("Use an identity file I already have"));

    m_currentHeading->setText(tr("Your identity"));
    m_currentNameCaption->setText(tr("Name:"));
    m_fingerprintCaption->setText(tr("&Fingerprint:"));
    m_fingerprint->setAccessibleName(tr("Fingerprint"));
    if (m_card) {
        m_currentName->setText(m_card->name);
        m_fingerprint->setText(m_card->fingerprint());
    }
    m_cardHint->setText(tr("Send your key card to each partner (it holds no secret, so email is "
                           "fine). Then phone them and read out your fingerprint, so they know "
                           "the card is really yours."));
    m_copy->setText(tr("C&opy my key card"));
    m_copy->setAccessibleName(tr("Copy my key card"));
    m_saveCard->setText(tr("&Save key card…"));
    m_saveCard->setAccessibleName(tr("Save key card"));
    // An identity kept in a file is its own backup; it is unlocked once per session.
    const bool unlocked = sessionHoldsCurrent();
    if (m_identityFile.isEmpty()) {
        m_backupHint->setText(tr("If this computer is replaced or its password store is lost, "
                                 "your identity goes with it. A protected backup file keeps a "
                                 "copy."));
    } else if (unlocked) {
        m_backupHint->setText(tr("Your identity is kept in the protected file %1 and is unlocked "
                                 "until Sharewise closes. Keep a copy of that file somewhere "
                                 "safe.")
                                  .arg(QDir::toNativeSeparators(m_identityFile)));
    } else {
        m_backupHint->setText(tr("Your identity is kept in the protected file %1, not in this "
                                 "computer's password store. Unlock it with its passphrase to "
                                 "sign what you do in Sharewise until it closes. Keep a copy of "
                                 "that file somewhere safe.")
                                  .arg(QDir::toNativeSeparators(m_identityFile)));
    }
    m_backup->setVisible(m_identityFile.isEmpty());
    m_unlock->setVisible(!m_identityFile.isEmpty() && !unlocked);
    m_unlock->setText(tr("&Unlock for this session…"));
    m_unlock->setAccessibleName(tr("Unlock my identity file for this session"));
    m_backup->setText(tr("&Back up to a protected file…"));
    m_backup->setAccessibleName(tr("Back up to a protected file"));
    m_replace->setText(tr("&Replace my identity…"));
    m_replace->setAccessibleName(tr("Replace my identity"));

    const bool newFile = m_page == Page::NewFile;
    m_backupHeading->setText(newFile ? tr("Keep your identity in a protected file")
                                     : tr("Back up your identity"));
    m_backupIntro->setText(
        newFile
            ? tr("Your identity will be kept in a file that only your passphrase opens, and "
                 "Sharewise will ask for the passphrase when it needs your identity. Choose one "
                 "of at least %n characters: several words are easier to remember than a "
                 "jumble. Whoever has both the file and the passphrase can act as you, so keep "
                 "them apart. If you forget the passphrase, you will need a new identity.",
                 nullptr, kMinPassphrase)
            : tr("Choose a passphrase of at least %n characters: several words are easier to "
                 "remember than a jumble. Whoever has both the file and the passphrase can act "
                 "as you, so keep them apart and never send them together. If you forget the "
                 "passphrase, the file cannot be opened.",
                 nullptr, kMinPassphrase));
    m_passphraseLabel->setText(tr("&Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeatLabel->setText(tr("&Enter the passphrase again"));
    m_repeat->setAccessibleName(tr("Passphrase again"));
    m_writeBackup->setText(tr("&Choose where to save…"));
    m_writeBackup->setAccessibleName(newFile ? tr("Choose where to save the identity file")
                                             : tr("Choose where to save the backup"));
    m_backupBack->setText(tr("Bac&k"));
    m_backupBack->setAccessibleName(tr("Back"));

    const bool unlocking = m_unlocking;
    m_loadHeading->setText(unlocking ? tr("Unlock your identity")
                                     : tr("Use an identity file you already have"));
    m_loadIntro->setText(
        unlocking ? tr("Your identity is kept in a protected file. Enter its passphrase to use "
                       "it until Sharewise closes: to open bundles sent to you and to sign what "
                       "you do.")
                  : tr("If you made your identity with the command line or on another computer, "
                       "or kept a protected backup of it, choose that file and enter its "
                       "passphrase. Sharewise remembers where the file is, never the "
                       "passphrase."));
    m_loadPathCaption->setText(tr("Identity file:"));
    m_loadPathLabel->setText(m_loadPath.isEmpty() ? tr("No file chosen yet.")
                                                  : QDir::toNativeSeparators(m_loadPath));
    m_loadPathLabel->setAccessibleName(tr("Identity file"));
    m_chooseFile->setText(m_loadPath.isEmpty() ? tr("C&hoose the file…")
                                               : tr("C&hoose another file…"));
    m_chooseFile->setAccessibleName(tr("Choose the identity file"));
    m_loadPassphraseLabel->setText(tr("&Passphrase"));
    m_loadPassphrase->setAccessibleName(tr("Passphrase of the identity file"));
    m_loadFile->setText(unlocking ? tr("&Unlock") : tr("U&se this identity"));
    m_loadFile->setAccessibleName(unlocking ? tr("Unlock my identity") : tr("Use this identity"));
    m_loadBack->setText(tr("Bac&k"));
    m_loadBack->setAccessibleName(tr("Back"));
    m_close->setText(tr("Close"));
}

} // namespace sharewise::ui
