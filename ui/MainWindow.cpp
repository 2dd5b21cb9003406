#include "MainWindow.h"
#include "common/Session.h"
#include "redact/Pseudonym.h"
#include "share/DatasetPage.h"
#include "share/ShareJobs.h"
#include "shares/Practice.h"
#include "widgets/PracticeBanner.h"

#include "about/AboutDialog.h"
#include "agreements/AgreementRegister.h"
#include "agreements/AgreementsDialog.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "history/HistoryDialog.h"
#include "home/HomePage.h"
#include "identity/BackgroundTask.h"
#include "identity/IdentityDialog.h"
#include "keys/AgreementKeys.h"
#include "keys/AgreementKeysDialog.h"
#include "open/OpenBundleDialog.h"
#include "outputs/OutputsDialog.h"
#include "recipients/RecipientsDialog.h"
#include "review/ReviewQueueDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/OwnIdentities.h"
#include "secrets/RegisterPassword.h"
#include "settings/SettingsDialog.h"
#include "share/ShareWizard.h"
#include "shares/Outputs.h"
#include "shares/Passphrase.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "store/HistoryBackup.h"
#include "store/HomeCounts.h"
#include "store/OwnIdentityRecords.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>

namespace sharewise::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_secretStore(std::make_unique<secrets::KeychainSecretStore>())
    , m_ownIdentities(std::make_unique<secrets::OwnIdentities>(*m_secretStore))
    , m_home(new HomePage(this))
    , m_statusOrganisation(new QLabel(this))
    , m_statusHistory(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_home);
    setCentralWidget(scroll);
    statusBar()->addWidget(m_statusOrganisation);
    statusBar()->addWidget(m_statusHistory, 1);
    m_statusHistory->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createMenus();

    connect(m_home, &HomePage::shareRequested, this, &MainWindow::startShare);
    connect(m_home, &HomePage::practiceRequested, this, &MainWindow::startPractice);
    connect(m_home, &HomePage::reviewRequested, this, &MainWindow::showReviewQueue);
    connect(m_home, &HomePage::outputsRequested, this, &MainWindow::showOutputs);
    connect(m_home, &HomePage::agreementsRequested, this, [this] {
        if (!m_db)
            return;
        AgreementsDialog dialog(*m_db, this);
        dialog.exec();
        refreshCounts(); // reviews due and expiries may have changed
    });
    connect(m_home, &HomePage::openBundleRequested, this, &MainWindow::openBundle);
    connect(m_home, &HomePage::historyRequested, this, &MainWindow::showHistory);
    connect(m_home, &HomePage::settingsRequested, this, &MainWindow::showSettings);

    retranslateUi();
    resize(860, 620);
    openHistory();
}

MainWindow::~MainWindow()
{
    if (m_db)
        m_db->setSigner(nullptr);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openBundleAction = m_fileMenu->addAction(QString(), this, &MainWindow::openBundle);
    m_openBundleAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::backupHistory);
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreHistory);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsAction = m_settingsMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_identityAction = m_settingsMenu->addAction(QString(), this, [this] { showIdentity(); });
    m_recipientsAction = m_settingsMenu->addAction(QString(), this, [this] { showRecipients(); });
    m_agreementKeysAction =
        m_settingsMenu->addAction(QString(), this, [this] { showAgreementKeys(); });
    m_settingsMenu->addSeparator();
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setData(QString());
    m_languageMenu->addSeparator();
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_englishAction->setData(QStringLiteral("en"));
    m_welshAction = m_languageMenu->addAction(QStringLiteral("Cymraeg"));
    m_welshAction->setData(QStringLiteral("cy"));
    for (QAction* a : {m_systemLanguageAction, m_englishAction, m_welshAction}) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { setLanguage(a->data().toString()); });
    }
    if (QAction* current = languageAction(m_settings.language()))
        current->setChecked(true);
    // A language IT enforces (machine policy) is not the user's to switch.
    m_languageGroup->setEnabled(!m_settings.isLocked(AppSettings::Key::Language));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpAction = m_helpMenu->addAction(QString(), this, &MainWindow::showHelp);
    m_helpAction->setShortcut(QKeySequence(Qt::Key_F1)); // the Windows habit, everywhere
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    // Names for tests and accessibility tools.
    m_openBundleAction->setObjectName(QStringLiteral("openBundleAction"));
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_identityAction->setObjectName(QStringLiteral("identityAction"));
    m_recipientsAction->setObjectName(QStringLiteral("recipientsAction"));
    m_agreementKeysAction->setObjectName(QStringLiteral("agreementKeysAction"));
    m_helpAction->setObjectName(QStringLiteral("helpAction"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

QAction* MainWindow::languageAction(const QString& code) const
{
    for (QAction* a : {m_systemLanguageAction, m_englishAction, m_welshAction}) {
        if (a->data().toString() == code)
            return a;
    }
    return m_systemLanguageAction;
}

void MainWindow::openHistory()
{
    const quint64 open = ++m_historyOpens; // a newer open drops an older one's answer
    if (m_db)
        m_db->setSigner(nullptr);
    m_db.reset();
    Database::Options options = m_settings.databaseOptions();
    options.actor = Session::actor();
    if (!options.server) {
        m_connecting = false;
        historyOpened(Database::open(options));
        return;
    }
    // The shared register: its password from the credential store, a first connection on
    // a pool thread (an unreachable server keeps it waiting, not the window), then the
    // window's own connection.
    m_connecting = true;
    m_historyProblem.clear();
    m_home->setHistoryProblem(m_historyProblem);
    updateActions();
    reloadIdentity();
    updateStatus();
    qCInfo(lcUi) << "connecting to the shared register";
    secrets::readRegisterPassword(
        *m_secretStore, *options.server, this,
        [this, open, options](Result<std::shared_ptr<const crypto::SecureBytes>> password,
                              secrets::SecretProblem problem) mutable {
            if (open != m_historyOpens)
                return;
            if (!password) {
                m_connecting = false;
                historyOpened(password.error());
                return;
            }
            if (problem == secrets::SecretProblem::NoBackendAvailable)
                qCInfo(lcUi) << "no credential store: connecting to the register without a "
                                "password";
            options.password = password.value();
            runInBackground<Status>(
                this,
                [options]() -> Status {
                    Result<std::unique_ptr<Database>> probe = Database::open(options);
                    if (!probe)
                        return probe.error();
                    return {};
                },
                [this, open, options](Status reached) {
                    if (open != m_historyOpens)
                        return;
                    m_connecting = false;
                    if (!reached) {
                        historyOpened(reached.error());
                        return;
                    }
                    historyOpened(Database::open(options));
                });
        });
}

void MainWindow::historyOpened(Result<std::unique_ptr<Database>> db)
{
    if (db) {
        m_db = std::move(db).value();
        m_historyProblem.clear();
    } else {
        qCWarning(lcUi) << "history could not be opened";
        m_historyProblem = db.error().fullMessage();
    }
    m_home->setHistoryProblem(m_historyProblem);
    updateActions();
    // Another history has other identities: the one held may not be one of them.
    reloadIdentity();
    refreshCounts();
    updateStatus();
}

void MainWindow::updateActions()
{
    const bool shared = m_db ? m_db->isShared() : m_settings.usesSharedRegister();
    // A shared register is backed up on its server, by IT; a file here, from this menu.
    m_backupAction->setEnabled(m_db != nullptr && !shared);
    m_restoreAction->setEnabled(!shared);
    // The history holds which identity is ours and the partners' keys.
    m_identityAction->setEnabled(m_db != nullptr);
    m_recipientsAction->setEnabled(m_db != nullptr);
    m_agreementKeysAction->setEnabled(m_db != nullptr);
}

void MainWindow::setIdentity(std::shared_ptr<const crypto::Identity> identity)
{
    m_identity = std::move(identity);
    if (m_db)
        m_db->setSigner(m_identity.get());
}

void MainWindow::adoptIdentity(std::shared_ptr<const crypto::Identity> identity)
{
    if (!m_db || !identity)
        return;
    Result<OwnIdentityRecord> current = OwnIdentityRecords(*m_db).current();
    if (!current || current->fingerprint != identity->card().fingerprint())
        return;
    ++m_identityLoads; // a slower load from the store is no longer wanted
    setIdentity(std::move(identity));
    qCInfo(lcUi) << "identity held for the session; audit heads are signed";
}

void MainWindow::reloadIdentity()
{
    const quint64 load = ++m_identityLoads;
    Result<OwnIdentityRecord> current =
        m_db ? OwnIdentityRecords(*m_db).current()
             : Result<OwnIdentityRecord>(makeError(ErrorKind::Usage, QString()));
    if (current && m_identity && m_identity->card().fingerprint() == current->fingerprint) {
        setIdentity(m_identity);
        return;
    }
    setIdentity(nullptr);
    if (!current || current->storage != QLatin1String("keychain"))
        return; // none yet, or kept in a file: unlocked by the user, with its passphrase
    const QString fingerprint = current->fingerprint;
    m_ownIdentities->load(
        fingerprint, this, [this, load](Result<crypto::Identity> identity, secrets::SecretProblem) {
            if (load != m_identityLoads)
                return; // superseded
            if (!identity) {
                // Asked for again where it is needed (opening a bundle).
                qCWarning(lcUi) << "identity not loaded from the store";
                return;
            }
            adoptIdentity(std::make_shared<const crypto::Identity>(std::move(identity).value()));
        });
}

void MainWindow::refreshCounts()
{
    if (!m_db)
        return;
    Result<HomeCounts> counts = HomeCounts::read(*m_db, Clock::today());
    if (counts)
        m_home->setCounts(counts.value());
    // Promised outputs come from the agreements' current versions.
    const QDate today = Clock::today();
    Result<QList<shares::OutputDue>> due = shares::OutputsRegister(*m_db).due(today);
    if (due) {
        const auto overdue = std::count_if(due->cbegin(), due->cend(),
                                           [&](const auto& d) { return d.isOverdue(today); });
        const auto soon = std::count_if(due->cbegin(), due->cend(),
                                        [&](const auto& d) { return d.isDueSoon(today); });
        m_home->setOutputCounts(static_cast<int>(soon), static_cast<int>(overdue));
    }
}

void MainWindow::setLanguage(const QString& code)
{
    if (m_settings.isLocked(AppSettings::Key::Language))
        return;
    m_settings.setLanguage(code);
    m_settings.sync();
    Translations::apply(code);
    if (QAction* a = languageAction(code))
        a->setChecked(true);
}

void MainWindow::backupHistory()
{
    if (!m_db)
        return;
    if (m_db->isShared()) {
        Dialogs::information(this, tr("Back up the history"),
                             tr("The shared register is backed up on its server by your IT "
                                "team. Ask them if you need a copy."));
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("sharewise-history-backup-%1.sqlite").arg(Clock::today().toString(Qt::ISODate)));
    const QString file = Dialogs::saveFileName(this, tr("Back up the history"), suggested,
                                               tr("Sharewise history backups (*.sqlite)"));
    if (file.isEmpty())
        return;
    // The save dialog has already asked before replacing an existing file.
    Result<HistoryBackup::Summary> r = HistoryBackup::create(*m_db, file, true);
    if (!r) {
        Dialogs::warning(this, tr("The backup was not made"), r.error().fullMessage());
        return;
    }
    Dialogs::information(this, tr("Backup made"),
                         tr("The history was copied to %1 and checked (%n audit entries).", nullptr,
                            static_cast<int>(r->auditEntries))
                             .arg(QDir::toNativeSeparators(r->file)));
}

void MainWindow::restoreHistory()
{
    if (m_settings.usesSharedRegister()) {
        Dialogs::information(this, tr("Restore the history from a backup"),
                             tr("The shared register is restored on its server by your IT "
                                "team. Ask them if something is missing from it."));
        return;
    }
    const QString file =
        Dialogs::openFileName(this, tr("Restore the history from a backup"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              tr("Sharewise history backups (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    Result<HistoryBackup::Summary> checked = HistoryBackup::inspect(file);
    if (!checked) {
        Dialogs::warning(this, tr("This backup cannot be restored"),
                         checked.error().fullMessage() + QLatin1Char('\n') +
                             tr("Your current history was not changed."));
        return;
    }
    if (!Dialogs::confirm(
            this, tr("Restore the history?"),
            tr("The history will be replaced by the backup %1 (%n audit entries, "
               "checked). Your current history is not deleted: it is kept in the same folder "
               "under a new name ending in \"before-restore\".",
               nullptr, static_cast<int>(checked->auditEntries))
                .arg(QDir::toNativeSeparators(file)),
            tr("Restore"), tr("Cancel"))) {
        return;
    }
    const QString path = m_settings.effectiveDatabasePath();
    m_db.reset(); // close it before it is replaced
    Result<HistoryBackup::Summary> r = HistoryBackup::restore(path, file, Session::actor());
    openHistory();
    if (!r) {
        Dialogs::warning(this, tr("The history was not restored"), r.error().fullMessage());
        return;
    }
    Dialogs::information(this, tr("History restored"),
                         tr("The history was restored from %1. The history it replaced is kept "
                            "as %2.")
                             .arg(QDir::toNativeSeparators(file),
                                  QDir::toNativeSeparators(r->previousHistoryKeptAs)));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, *m_secretStore, this);
    connect(&dialog, &SettingsDialog::backupRequested, this, &MainWindow::backupHistory);
    connect(&dialog, &SettingsDialog::restoreRequested, this, &MainWindow::restoreHistory);
    connect(&dialog, &SettingsDialog::identityRequested, this,
            [this, &dialog] { showIdentity(&dialog); });
    connect(&dialog, &SettingsDialog::recipientsRequested, this,
            [this, &dialog] { showRecipients(&dialog); });
    dialog.setKeysAvailable(m_db != nullptr);
    // Where the history is (a file, or the shared register's server), to reopen on a change.
    const auto place = [this] {
        const Database::Options o = m_settings.databaseOptions();
        return o.server ? o.server->display() + QLatin1Char(' ') + o.server->schema +
                              QLatin1Char(' ') + o.server->sslRootCert
                        : o.path;
    };
    const bool wasShared = m_settings.usesSharedRegister();
    const QString oldPlace = place();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (QAction* a = languageAction(m_settings.language()))
        a->setChecked(true);
    if (m_settings.usesSharedRegister() != wasShared || place() != oldPlace ||
        dialog.passwordChanged() || (!m_db && !m_connecting))
        openHistory();
    updateStatus();
}

void MainWindow::startShare()
{
    ShareWizard wizard(this);
    if (m_db) {
        wizard.setAgreementKeySource(agreementKeySource());
        ShareContext context;
        context.db = m_db.get();
        context.identity = m_identity;
        wizard.setShareContext(std::move(context));
    }
    wizard.exec();
    if (m_db)
        refreshCounts(); // a draft, a pending share or a sealed bundle may be new
}

void MainWindow::startPractice()
{
    const QString path =
        m_practicePath.isEmpty() ? shares::practice::defaultPath() : m_practicePath;
    Result<std::unique_ptr<Database>> db = shares::practice::open(path, Session::actor());
    if (!db) {
        Dialogs::warning(this, tr("Practice"),
                         tr("The practice could not start: %1").arg(db.error().message));
        return;
    }
    // Made for this practice and forgotten after it: it never signs anything real.
    auto identity = std::make_shared<const crypto::Identity>(
        crypto::Identity::generate(tr("Practice officer")));
    ShareWizard wizard(this);
    wizard.setObjectName(QStringLiteral("practiceWizard"));
    wizard.setSideWidget(new PracticeBanner(&wizard));
    Database* practice = db.value().get();
    wizard.setAgreementKeySource(
        agreementKeySource([practice] { return practice; }, [identity] { return identity; }));
    ShareContext context;
    context.db = db.value().get();
    context.identity = identity;
    wizard.setShareContext(std::move(context));
    wizard.datasetPage()->openFile(shares::practice::sampleDatasetPath(path));
    wizard.setWindowTitle(tr("Practice (not real): %1").arg(wizard.windowTitle()));
    wizard.exec();
}

AgreementKeySource MainWindow::agreementKeySource()
{
    // Asked each time: the session's identity may be unlocked while the wizard is open.
    return agreementKeySource([this] { return m_db.get(); }, [this] { return m_identity; });
}

AgreementKeySource
MainWindow::agreementKeySource(std::function<Database*()> history,
                               std::function<std::shared_ptr<const crypto::Identity>()> identity)
{
    AgreementKeySource source;
    source.agreements = [history]() -> Result<QList<AgreementKeySource::Agreement>> {
        Database* db = history();
        if (!db)
            return QList<AgreementKeySource::Agreement>();
        const keys::AgreementKeys agreementKeys(*db);
        Result<QList<keys::AgreementKeyRecord>> records = agreementKeys.list();
        if (!records)
            return records.error();
        Result<QList<keys::AgreementKeyGrant>> grants = agreementKeys.grants();
        if (!grants)
            return grants.error();
        Result<OwnIdentityRecord> me = OwnIdentityRecords(*db).current();
        QList<AgreementKeySource::Agreement> out;
        for (const keys::AgreementKeyRecord& r : std::as_const(records.value())) {
            AgreementKeySource::Agreement a;
            a.reference = r.agreement;
            a.held = me && std::any_of(grants->cbegin(), grants->cend(),
                                       [&](const keys::AgreementKeyGrant& g) {
                                           return g.isActive() && g.agreement == r.agreement &&
                                                  g.fingerprint == me->fingerprint;
                                       });
            out.append(a);
        }
        return out;
    };
    source.findAgreement =
        [history](const QString& reference) -> std::optional<agreements::Agreement> {
        Database* db = history();
        if (!db)
            return std::nullopt;
        Result<agreements::Agreement> found = agreements::AgreementRegister(*db).find(reference);
        return found ? std::optional<agreements::Agreement>(std::move(found).value())
                     : std::nullopt;
    };
    source.listAgreements = [history,
                             problem = m_historyProblem]() -> Result<QList<agreements::Agreement>> {
        Database* db = history();
        if (!db)
            return makeError(ErrorKind::Usage, problem);
        return agreements::AgreementRegister(*db).list();
    };
    source.unlock = [history, identity, problem = m_historyProblem](
                        const QString& agreement) -> Result<crypto::SecureBytes> {
        Database* db = history();
        const std::shared_ptr<const crypto::Identity> who = identity();
        if (!db)
            return withCode(makeError(ErrorKind::Usage, problem), AgreementKeySource::NoIdentity);
        Result<OwnIdentityRecord> me = OwnIdentityRecords(*db).current();
        if (!me)
            return withCode(me.error(), AgreementKeySource::NoIdentity);
        if (!who || who->card().fingerprint() != me->fingerprint) {
            // Kept in a file and not unlocked this session, or not (yet) loaded from the
            // credential store: the page says which.
            return withCode(makeError(ErrorKind::Usage, QString()),
                            me->storage == QLatin1String("file")
                                ? AgreementKeySource::IdentityLocked
                                : AgreementKeySource::IdentityNotLoaded);
        }
        return keys::AgreementKeys(*db).unlock(agreement, *who);
    };
    return source;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showHistory()
{
    if (!m_db)
        return;
    HistoryDialog dialog(*m_db, this);
    connect(&dialog, &HistoryDialog::sharesChanged, this, &MainWindow::refreshCounts);
    connect(&dialog, &HistoryDialog::resumeDraft, this, [this, &dialog](qint64 id) {
        dialog.accept();
        // After the history has closed: the wizard is a window of its own.
        QMetaObject::invokeMethod(
            this, [this, id] { resumeShare(id); }, Qt::QueuedConnection);
    });
    connect(&dialog, &HistoryDialog::sealApproved, this, [this, &dialog](qint64 id) {
        dialog.accept();
        QMetaObject::invokeMethod(
            this, [this, id] { sealApprovedShare(id); }, Qt::QueuedConnection);
    });
    dialog.exec();
}

void MainWindow::showReviewQueue()
{
    if (!m_db)
        return;
    ReviewQueueDialog dialog(*m_db, this);
    dialog.setSessionIdentity(m_identity);
    connect(&dialog, &ReviewQueueDialog::sharesChanged, this, &MainWindow::refreshCounts);
    dialog.exec();
    refreshCounts();
}

void MainWindow::showOutputs()
{
    if (!m_db)
        return;
    OutputsDialog dialog(*m_db, this);
    connect(&dialog, &OutputsDialog::outputsChanged, this, &MainWindow::refreshCounts);
    dialog.exec();
    refreshCounts();
}

void MainWindow::resumeShare(qint64 shareId)
{
    if (!m_db)
        return;
    Result<shares::ShareRecord> share = shares::ShareStore(*m_db).find(shareId);
    if (!share) {
        Dialogs::warning(this, tr("The draft cannot be opened"), share.error().fullMessage());
        return;
    }
    ShareWizard wizard(this);
    wizard.setAgreementKeySource(agreementKeySource());
    ShareContext context;
    context.db = m_db.get();
    context.identity = m_identity;
    wizard.setShareContext(std::move(context));
    wizard.resumeDraft(share.value());
    wizard.exec();
    refreshCounts();
}

bool MainWindow::sealApprovedShare(qint64 shareId)
{
    if (!m_db)
        return false;
    const QString title = tr("Seal the approved share");
    Result<shares::ShareRecord> share = shares::ShareStore(*m_db).find(shareId);
    if (!share) {
        Dialogs::warning(this, title, share.error().fullMessage());
        return false;
    }
    if (!m_identity) {
        Dialogs::warning(this, title,
                         tr("Sealing needs your identity, which is not unlocked: open My "
                            "identity, unlock it, then try again."));
        return false;
    }
    Result<redact::RedactionProfile> profile =
        redact::RedactionProfile::fromBytes(share->profileJson, QString());
    if (!profile) {
        Dialogs::warning(this, title, profile.error().fullMessage());
        return false;
    }
    // What the sealing job needs kept alive: the agreement's key and, for a share without
    // recipients' keys, the passphrase made for it now.
    struct Hold
    {
        redact::RedactionKeys keys;
        std::optional<crypto::SecureBytes> passphrase;
    };
    auto hold = std::make_shared<Hold>();
    if (profile->needsKey()) {
        Result<crypto::SecureBytes> key = agreementKeySource().unlock(share->agreementReference);
        if (!key) {
            Dialogs::warning(this, title,
                             key.error().message.isEmpty()
                                 ? tr("The agreement's key cannot be unlocked with your "
                                      "identity.")
                                 : key.error().fullMessage());
            return false;
        }
        hold->keys = redact::RedactionKeys(key.value());
    }
    if (share->recipients.isEmpty())
        hold->passphrase = shares::generatePassphrase(6);
    const QString suggested =
        QFileInfo(share->datasetName).completeBaseName() + QStringLiteral(".swb");
    const QString output = Dialogs::saveFileName(this, tr("Save the bundle"), suggested,
                                                 tr("Sharewise bundles (*.swb)"));
    if (output.isEmpty())
        return false;

    QProgressDialog progress(tr("Redacting the file again and sealing it…"), tr("Cancel"), 0, 100,
                             this);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    ShareJobs jobs;
    QEventLoop loop;
    bool done = false;
    QString message;
    connect(&jobs, &ShareJobs::progress, &progress, [&progress](const QString& step, int percent) {
        progress.setLabelText(step);
        progress.setValue(percent);
    });
    connect(&progress, &QProgressDialog::canceled, &jobs, &ShareJobs::cancel);
    connect(&jobs, &ShareJobs::sealed, &loop,
            [&](std::shared_ptr<const shares::SealedShare> sealed) {
                done = true;
                message = tr("The bundle is sealed: %1. Send it by the agreed route, then "
                             "mark the share as sent in the history.")
                              .arg(QDir::toNativeSeparators(sealed->sealed.file));
                if (hold->passphrase)
                    message += QStringLiteral("\n\n") +
                               tr("It opens with this passphrase:\n%1\nTell it to the "
                                  "recipient by another route, such as a phone call, never "
                                  "with the bundle. It is shown only now.")
                                   .arg(QString::fromUtf8(hold->passphrase->view()));
                loop.quit();
            });
    connect(&jobs, &ShareJobs::failed, &loop, [&](const Error& error) {
        message = error.fullMessage();
        loop.quit();
    });
    shares::SealShareParams params;
    params.share = share.value();
    params.keys = profile->needsKey() ? &hold->keys : nullptr;
    params.passphrase = hold->passphrase ? &*hold->passphrase : nullptr;
    params.sender = m_identity.get();
    params.output = output;
    jobs.seal(m_db->reopenOptions(), std::move(params),
              std::shared_ptr<const void>(hold, hold.get()));
    loop.exec();
    progress.reset();
    if (done)
        Dialogs::information(this, title, message);
    else
        Dialogs::warning(this, title, message);
    refreshCounts();
    return done;
}

void MainWindow::setSecretStore(std::unique_ptr<secrets::SecretStore> store)
{
    m_ownIdentities.reset();
    m_secretStore = std::move(store);
    m_ownIdentities = std::make_unique<secrets::OwnIdentities>(*m_secretStore);
    // The register's password was being read from the store just replaced: ask this one.
    if (m_connecting) {
        openHistory();
        return;
    }
    // Held from another store: let it go, and load from this one.
    setIdentity(nullptr);
    reloadIdentity();
}

void MainWindow::showIdentity(QWidget* parent)
{
    if (!m_db)
        return;
    IdentityDialog dialog(*m_db, *m_secretStore, parent ? parent : this);
    dialog.setSessionIdentity(m_identity);
    connect(&dialog, &IdentityDialog::identityLoaded, this, &MainWindow::adoptIdentity);
    dialog.exec();
    // Replaced, or made in a file: the signer follows the current identity.
    reloadIdentity();
}

void MainWindow::showRecipients(QWidget* parent)
{
    if (!m_db)
        return;
    RecipientsDialog dialog(*m_db, parent ? parent : this);
    dialog.exec();
}

void MainWindow::showAgreementKeys(QWidget* parent)
{
    if (!m_db)
        return;
    AgreementKeysDialog dialog(*m_db, *m_secretStore, parent ? parent : this);
    dialog.setSessionIdentity(m_identity);
    connect(&dialog, &AgreementKeysDialog::identityLoaded, this, &MainWindow::adoptIdentity);
    dialog.exec();
}

bool MainWindow::canOpenBundles()
{
    if (m_db)
        return true;
    Dialogs::warning(this, tr("The bundle cannot be opened"),
                     tr("Sharewise needs its history to open a bundle: it holds your "
                        "identity and your partners' keys. %1")
                         .arg(m_historyProblem));
    return false;
}

void MainWindow::openBundle()
{
    if (!canOpenBundles())
        return;
    const QString file =
        Dialogs::openFileName(this, tr("Open a received bundle"),
                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              tr("Sharewise bundles (*.swb);;All files (*)"));
    if (!file.isEmpty())
        openBundleFile(file);
}

void MainWindow::openBundleFile(const QString& file)
{
    if (!canOpenBundles())
        return;
    OpenBundleDialog dialog(*m_db, *m_secretStore, this);
    dialog.setSessionIdentity(m_identity);
    connect(&dialog, &OpenBundleDialog::identityLoaded, this, &MainWindow::adoptIdentity);
    dialog.openFile(file);
    dialog.exec();
    refreshCounts();
}

void MainWindow::showHelp()
{
    if (m_settings.usesSharedRegister()) {
        Dialogs::information(
            this, tr("Help"),
            tr("Choose what you want to do on the home screen. Each step explains what it "
               "asks and why.\n\nYour history of shares, approvals and agreements is the "
               "council's shared register on %1, which your IT team backs up.\n\nAsk your "
               "information governance lead if you are unsure whether you may share some "
               "data.")
                .arg(m_settings.registerServer().display()));
        return;
    }
    Dialogs::information(
        this, tr("Help"),
        tr("Choose what you want to do on the home screen. Each step explains what it asks "
           "and why.\n\nYour history of shares, approvals and agreements is kept on this "
           "computer in %1. Back it up from the File menu.\n\nAsk your information "
           "governance lead if you are unsure whether you may share some data.")
            .arg(QDir::toNativeSeparators(m_settings.effectiveDatabasePath())));
}

void MainWindow::notAvailableYet(const QString& message)
{
    Dialogs::information(this, tr("Not available yet"), message);
}

void MainWindow::updateStatus()
{
    const QString org = m_settings.organisationName();
    m_statusOrganisation->setText(org.isEmpty() ? tr("Organisation: not set")
                                                : tr("Organisation: %1").arg(org));
    // The full path is in the tooltip and in Settings; the bar has room for the name.
    if (m_connecting)
        m_statusHistory->setText(tr("Connecting to the shared register…"));
    else if (!m_db)
        m_statusHistory->setText(tr("History: not open"));
    else if (m_db->isShared())
        m_statusHistory->setText(tr("Shared register: %1").arg(m_db->location()));
    else
        m_statusHistory->setText(tr("History: %1").arg(QFileInfo(m_db->path()).fileName()));
    m_statusHistory->setToolTip(m_db ? m_db->location() : QString());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Sharewise"));
    m_fileMenu->setTitle(tr("&File"));
    m_openBundleAction->setText(tr("&Open a received bundle…"));
    m_backupAction->setText(tr("&Back up the history…"));
    m_restoreAction->setText(tr("&Restore the history from a backup…"));
    m_quitAction->setText(tr("&Quit"));
    //: The menu; its letter (t) leaves S to the home screen's Share data.
    m_settingsMenu->setTitle(tr("Se&ttings"));
    m_settingsAction->setText(tr("&Settings…"));
    m_identityAction->setText(tr("My &identity…"));
    m_recipientsAction->setText(tr("&Recipients…"));
    m_agreementKeysAction->setText(tr("&Agreement keys…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("Same as the computer"));
    m_helpMenu->setTitle(tr("&Help"));
    m_helpAction->setText(tr("&Help"));
    m_aboutAction->setText(tr("&About Sharewise"));
    updateStatus();
}

} // namespace sharewise::ui
