#include "settings/SettingsDialog.h"

#include "common/AppPaths.h"
#include "common/AppSettings.h"
#include "common/Logging.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "crypto/SecureBytes.h"
#include "identity/BackgroundTask.h"
#include "secrets/IdentityFile.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/RegisterPassword.h"
#include "store/Migrations.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace sharewise::ui {
namespace {
constexpr int kMaxOrganisationName = 200;
constexpr int kMaxServerField = 255;
const QString kErrorStyle = QStringLiteral("color: #d4351c; font-weight: bold;");

// The same login on the same server: a saved password is only ever sent there (never to
// a server typed since, which may not be the council's).
bool sameLogin(const ServerConnection& a, const ServerConnection& b)
{
    return a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.user == b.user;
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : SettingsDialog(settings, *new secrets::KeychainSecretStore, parent)
{
    // The store made above is this dialog's own.
    m_ownStore.reset(&m_store);
}

SettingsDialog::SettingsDialog(AppSettings& settings, secrets::SecretStore& store, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_store(store)
    , m_scroll(new QScrollArea(this))
    , m_body(new QWidget(m_scroll))
    , m_errors(new ErrorSummary(m_body))
    , m_policyNote(new WrapLabel(m_body))
    , m_generalGroup(new QGroupBox(m_body))
    , m_organisationLabel(new QLabel(m_generalGroup))
    , m_organisation(new QLineEdit(m_generalGroup))
    , m_languageLabel(new QLabel(m_generalGroup))
    , m_language(new QComboBox(m_generalGroup))
    , m_historyGroup(new QGroupBox(m_body))
    , m_localChoice(new QRadioButton(m_historyGroup))
    , m_serverChoice(new QRadioButton(m_historyGroup))
    , m_localPanel(new QWidget(m_historyGroup))
    , m_databaseLabel(new QLabel(m_localPanel))
    , m_database(new QLineEdit(m_localPanel))
    , m_databaseHint(new WrapLabel(m_localPanel))
    , m_databaseError(new WrapLabel(m_localPanel))
    , m_chooseDatabase(new QPushButton(m_localPanel))
    , m_defaultDatabase(new QPushButton(m_localPanel))
    , m_backup(new QPushButton(m_localPanel))
    , m_restore(new QPushButton(m_localPanel))
    , m_serverPanel(new QWidget(m_historyGroup))
    , m_hostLabel(new QLabel(m_serverPanel))
    , m_host(new QLineEdit(m_serverPanel))
    , m_portLabel(new QLabel(m_serverPanel))
    , m_port(new QSpinBox(m_serverPanel))
    , m_serverDatabaseLabel(new QLabel(m_serverPanel))
    , m_serverDatabase(new QLineEdit(m_serverPanel))
    , m_userLabel(new QLabel(m_serverPanel))
    , m_user(new QLineEdit(m_serverPanel))
    , m_passwordLabel(new QLabel(m_serverPanel))
    , m_password(new QLineEdit(m_serverPanel))
    , m_passwordHint(new WrapLabel(m_serverPanel))
    , m_forgetPassword(new QPushButton(m_serverPanel))
    , m_schemaLabel(new QLabel(m_serverPanel))
    , m_schema(new QLineEdit(m_serverPanel))
    , m_caFileLabel(new QLabel(m_serverPanel))
    , m_caFile(new QLineEdit(m_serverPanel))
    , m_chooseCaFile(new QPushButton(m_serverPanel))
    , m_serverNote(new WrapLabel(m_serverPanel))
    , m_serverError(new WrapLabel(m_serverPanel))
    , m_test(new QPushButton(m_serverPanel))
    , m_testResult(new WrapLabel(m_serverPanel))
    , m_keysGroup(new QGroupBox(m_body))
    , m_keysHint(new WrapLabel(m_keysGroup))
    , m_identity(new QPushButton(m_keysGroup))
    , m_recipients(new QPushButton(m_keysGroup))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
    , m_savedServer(settings.registerServer())
{
    build();
}

SettingsDialog::~SettingsDialog()
{
    // A typed password lives no longer than the dialog.
    m_password->clear();
}

void SettingsDialog::build()
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_organisation->setObjectName(QStringLiteral("organisationName"));
    m_organisation->setMaxLength(kMaxOrganisationName);
    m_organisation->setText(m_settings.organisationName());
    m_organisationLabel->setBuddy(m_organisation);

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QString(), QString());
    for (const Translations::Language& l : Translations::available())
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_languageLabel->setBuddy(m_language);

    m_database->setObjectName(QStringLiteral("databasePath"));
    m_database->setText(QDir::toNativeSeparators(m_settings.effectiveDatabasePath()));
    m_databaseLabel->setBuddy(m_database);
    m_databaseHint->setWordWrap(true);
    m_databaseError->setWordWrap(true);
    m_databaseError->setObjectName(QStringLiteral("databaseError"));
    m_databaseError->setStyleSheet(kErrorStyle);
    m_databaseError->hide();

    auto* general = new QFormLayout(m_generalGroup);
    general->setRowWrapPolicy(QFormLayout::WrapLongRows);
    general->addRow(m_organisationLabel, m_organisation);
    general->addRow(m_languageLabel, m_language);

    // Where the history is: a file here, or the shared register.
    m_localChoice->setObjectName(QStringLiteral("localHistoryChoice"));
    m_serverChoice->setObjectName(QStringLiteral("sharedRegisterChoice"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_localChoice);
    choice->addButton(m_serverChoice);
    (m_settings.usesSharedRegister() ? m_serverChoice : m_localChoice)->setChecked(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_database, 1);
    pathRow->addWidget(m_chooseDatabase);
    auto* pathButtons = new QHBoxLayout;
    pathButtons->addWidget(m_defaultDatabase);
    pathButtons->addStretch();
    // Backup and restore on a row of their own: Welsh labels run long.
    auto* backupButtons = new QHBoxLayout;
    backupButtons->addWidget(m_backup);
    backupButtons->addWidget(m_restore);
    backupButtons->addStretch();
    auto* local = new QVBoxLayout(m_localPanel);
    local->setContentsMargins(0, 0, 0, 0);
    local->addWidget(m_databaseLabel);
    local->addWidget(m_databaseError);
    local->addLayout(pathRow);
    local->addLayout(pathButtons);
    local->addWidget(m_databaseHint);
    local->addLayout(backupButtons);

    // The shared register's server.
    const ServerConnection server = m_savedServer;
    m_host->setObjectName(QStringLiteral("registerHost"));
    m_host->setMaxLength(kMaxServerField);
    m_host->setText(server.host);
    m_port->setObjectName(QStringLiteral("registerPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(server.port);
    m_port->setGroupSeparatorShown(false);
    m_serverDatabase->setObjectName(QStringLiteral("registerDatabase"));
    m_serverDatabase->setMaxLength(kMaxServerField);
    m_serverDatabase->setText(server.database);
    m_user->setObjectName(QStringLiteral("registerUser"));
    m_user->setMaxLength(kMaxServerField);
    m_user->setText(server.user);
    m_password->setObjectName(QStringLiteral("registerPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(kMaxServerField);
    m_passwordHint->setWordWrap(true);
    m_forgetPassword->setObjectName(QStringLiteral("forgetPasswordButton"));
    m_forgetPassword->hide(); // until a saved password is found
    m_schema->setObjectName(QStringLiteral("registerSchema"));
    m_schema->setMaxLength(63);
    m_schema->setText(server.schema);
    m_caFile->setObjectName(QStringLiteral("registerCaFile"));
    m_caFile->setText(QDir::toNativeSeparators(server.sslRootCert));
    m_serverNote->setWordWrap(true);
    m_serverError->setObjectName(QStringLiteral("serverError"));
    m_serverError->setWordWrap(true);
    m_serverError->setStyleSheet(kErrorStyle);
    m_serverError->hide();
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_testResult->hide();
    for (auto [label, field] : {std::pair<QLabel*, QWidget*>{m_hostLabel, m_host},
                                {m_portLabel, m_port},
                                {m_serverDatabaseLabel, m_serverDatabase},
                                {m_userLabel, m_user},
                                {m_passwordLabel, m_password},
                                {m_schemaLabel, m_schema},
                                {m_caFileLabel, m_caFile}})
        label->setBuddy(field);

    auto* passwordBox = new QVBoxLayout;
    passwordBox->addWidget(m_password);
    passwordBox->addWidget(m_passwordHint);
    auto* forgetRow = new QHBoxLayout;
    forgetRow->addWidget(m_forgetPassword);
    forgetRow->addStretch();
    passwordBox->addLayout(forgetRow);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCaFile);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_serverDatabaseLabel, m_serverDatabase);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, passwordBox);
    form->addRow(m_schemaLabel, m_schema);
    form->addRow(m_caFileLabel, caRow);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    testRow->addStretch(); // the button stays at the left while there is no result
    auto* serverLayout = new QVBoxLayout(m_serverPanel);
    serverLayout->setContentsMargins(0, 0, 0, 0);
    serverLayout->addWidget(m_serverError);
    serverLayout->addLayout(form);
    serverLayout->addWidget(m_serverNote);
    serverLayout->addLayout(testRow);

    auto* history = new QVBoxLayout(m_historyGroup);
    history->addWidget(m_localChoice);
    history->addWidget(m_serverChoice);
    history->addWidget(m_localPanel);
    history->addWidget(m_serverPanel);

    m_defaultDatabase->setObjectName(QStringLiteral("defaultDatabaseButton"));
    m_identity->setObjectName(QStringLiteral("identityButton"));
    m_recipients->setObjectName(QStringLiteral("recipientsButton"));
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_identity);
    keyButtons->addWidget(m_recipients);
    keyButtons->addStretch();
    auto* keys = new QVBoxLayout(m_keysGroup);
    keys->addWidget(m_keysHint);
    keys->addLayout(keyButtons);

    m_policyNote->setObjectName(QStringLiteral("policyNote"));
    m_policyNote->setWordWrap(true);

    // The settings scroll when the screen is too short for them (the shared register's
    // fields, in Welsh, at a large text size); Save and Cancel stay in sight below.
    m_body->setObjectName(QStringLiteral("settingsBody"));
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0); // the dialog's own margins are round it
    body->addWidget(m_errors);
    body->addWidget(m_policyNote);
    body->addWidget(m_generalGroup);
    body->addWidget(m_keysGroup);
    body->addWidget(m_historyGroup);
    body->addStretch();
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_body);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_buttons);
    // A field reached by Tab or from the error summary is scrolled into sight.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_body->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now);
    });

    m_save->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_chooseDatabase, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    connect(m_defaultDatabase, &QPushButton::clicked, this, [this] {
        m_database->setText(QDir::toNativeSeparators(m_settings.defaultDatabasePath()));
    });
    connect(m_backup, &QPushButton::clicked, this, &SettingsDialog::backupRequested);
    connect(m_restore, &QPushButton::clicked, this, &SettingsDialog::restoreRequested);
    connect(m_identity, &QPushButton::clicked, this, &SettingsDialog::identityRequested);
    connect(m_recipients, &QPushButton::clicked, this, &SettingsDialog::recipientsRequested);
    connect(m_localChoice, &QRadioButton::toggled, this, &SettingsDialog::showChoice);
    connect(m_chooseCaFile, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_forgetPassword, &QPushButton::clicked, this, [this] {
        m_forgetRequested = true;
        m_password->clear();
        m_forgetPassword->hide();
        updatePasswordHint();
        clearTestResult();
        m_password->setFocus();
    });
    for (QLineEdit* e : {m_host, m_serverDatabase, m_user, m_password, m_schema, m_caFile})
        connect(e, &QLineEdit::textEdited, this, &SettingsDialog::clearTestResult);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsDialog::clearTestResult);

    // The keys group sits between the two others: the Tab key follows what is seen.
    QWidget* order[] = {m_language,       m_identity, m_recipients,     m_localChoice,
                        m_serverChoice,   m_database, m_chooseDatabase, m_defaultDatabase,
                        m_backup,         m_restore,  m_host,           m_port,
                        m_serverDatabase, m_user,     m_password,       m_forgetPassword,
                        m_schema,         m_caFile,   m_chooseCaFile,   m_test};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    retranslateUi();
    applyPolicyLocks();
    showChoice();
    setMinimumWidth(560);
}

void SettingsDialog::applyPolicyLocks()
{
    // What IT enforces is shown but cannot be changed (docs/deployment.md).
    using Key = AppSettings::Key;
    const bool organisation = m_settings.isLocked(Key::OrganisationName);
    const bool language = m_settings.isLocked(Key::Language);
    const bool database = m_settings.isLocked(Key::DatabasePath);
    const bool kind = m_settings.isLocked(Key::SharedRegister);
    m_organisation->setReadOnly(organisation);
    m_language->setEnabled(!language);
    m_database->setReadOnly(database);
    m_chooseDatabase->setEnabled(!database);
    m_defaultDatabase->setEnabled(!database);
    m_localChoice->setEnabled(!kind);
    m_serverChoice->setEnabled(!kind);
    m_host->setReadOnly(m_settings.isLocked(Key::RegisterHost));
    m_port->setReadOnly(m_settings.isLocked(Key::RegisterPort));
    m_serverDatabase->setReadOnly(m_settings.isLocked(Key::RegisterDatabase));
    m_user->setReadOnly(m_settings.isLocked(Key::RegisterUser));
    m_schema->setReadOnly(m_settings.isLocked(Key::RegisterSchema));
    const bool caFile = m_settings.isLocked(Key::RegisterCaCertificate);
    m_caFile->setReadOnly(caFile);
    m_chooseCaFile->setEnabled(!caFile);
    bool any = false;
    for (int k = 0; k < AppSettings::KeyCount; ++k)
        any = any || m_settings.isLocked(static_cast<Key>(k));
    m_policyNote->setVisible(any);
}

void SettingsDialog::showChoice()
{
    const bool shared = m_serverChoice->isChecked();
    m_localPanel->setVisible(!shared);
    m_serverPanel->setVisible(shared);
    fitLater();
    // Whether a password is saved for the server in the settings: asked once, and only
    // when the shared register is chosen (the store may ask the user to unlock it).
    if (shared && !m_passwordLookedFor && m_savedServer.problem().isEmpty()) {
        m_passwordLookedFor = true;
        checkSavedPassword();
    }
}

void SettingsDialog::fitLater()
{
    // Once the wrapped labels know their width (a wrapped label asks for its height at
    // the width it had, far too tall before the first layout).
    QTimer::singleShot(0, this, [this] { fit(); });
}

void SettingsDialog::fit()
{
    if (!isVisible())
        return;
    // As wide as the settings need (never cut at the side), as tall as they are unless
    // the screen is shorter: then they scroll.
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    m_scroll->setMinimumWidth(m_body->minimumSizeHint().width() + scrollBar);
    layout()->activate();
    const int width = std::max(this->width(), minimumSizeHint().width());
    const int viewport = width - (this->width() - m_scroll->viewport()->width());
    QLayout* body = m_body->layout();
    body->activate();
    const int content = body->hasHeightForWidth() ? body->totalHeightForWidth(viewport)
                                                  : body->totalSizeHint().height();
    int height = content + (this->height() - m_scroll->viewport()->height());
    if (const QScreen* s = screen()) {
        const QRect available = s->availableGeometry();
        // Room for the title bar and frame, which Qt does not count in the height.
        height = std::min(height,
                          available.height() - 2 * style()->pixelMetric(QStyle::PM_TitleBarHeight));
    }
    resize(width, std::max(height, minimumSizeHint().height()));
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    fitLater();
}

void SettingsDialog::setKeysAvailable(bool available)
{
    m_identity->setEnabled(available);
    m_recipients->setEnabled(available);
}

void SettingsDialog::chooseDatabase()
{
    const QString file = Dialogs::saveFileName(this, tr("Where should the history be kept?"),
                                               QDir::fromNativeSeparators(m_database->text()),
                                               tr("Sharewise history (*.sqlite);;All files (*)"));
    if (!file.isEmpty())
        m_database->setText(QDir::toNativeSeparators(file));
}

void SettingsDialog::chooseCaFile()
{
    const QString current = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    const QString file = Dialogs::openFileName(
        this, tr("Choose the council's certificate authority file"),
        current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
        tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty()) {
        m_caFile->setText(QDir::toNativeSeparators(file));
        clearTestResult();
    }
}

ServerConnection SettingsDialog::serverFromFields() const
{
    ServerConnection s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_serverDatabase->text().trimmed();
    s.user = m_user->text().trimmed();
    s.schema = m_schema->text().trimmed();
    s.sslRootCert = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    return s;
}

void SettingsDialog::checkSavedPassword()
{
    m_checkingPassword = true;
    m_test->setEnabled(false);
    const ServerConnection server = m_savedServer;
    secrets::readRegisterPassword(
        m_store, server, this,
        [this](Result<std::shared_ptr<const crypto::SecureBytes>> password,
               secrets::SecretProblem) {
            m_checkingPassword = false;
            m_test->setEnabled(!m_testing && !m_saving);
            if (!password) {
                // Said again, with the store's sentence, if the password is needed.
                qCWarning(lcUi) << "the register password could not be read from the store";
                return;
            }
            m_savedPassword = password.value();
            m_forgetPassword->setVisible(m_savedPassword && !m_forgetRequested);
            updatePasswordHint();
        });
}

std::shared_ptr<const crypto::SecureBytes> SettingsDialog::passwordToUse() const
{
    if (!m_password->text().isEmpty())
        return std::make_shared<const crypto::SecureBytes>(
            secrets::IdentityFile::passphrase(m_password->text()));
    if (m_forgetRequested || !sameLogin(serverFromFields(), m_savedServer))
        return nullptr;
    return m_savedPassword;
}

void SettingsDialog::updatePasswordHint()
{
    const bool saved = m_savedPassword && !m_forgetRequested;
    m_password->setPlaceholderText(saved ? tr("Saved on this computer: type a new one to change it")
                                         : QString());
}

void SettingsDialog::addFieldProblem(const QString& problem, QWidget* field)
{
    m_errors->addProblem(problem, field);
    if (m_serverError->isHidden()) {
        // The first problem beside the fields, as for the history file.
        m_serverError->setText(problem);
        m_serverError->show();
    }
}

bool SettingsDialog::validateServer()
{
    using Key = AppSettings::Key;
    const ServerConnection s = serverFromFields();
    // IT's values are not the user's to mend: only fields the user can change are checked.
    if (s.host.isEmpty() && !m_settings.isLocked(Key::RegisterHost))
        addFieldProblem(tr("Enter the register server's name or address, as IT gave it"), m_host);
    else if (s.host.contains(QRegularExpression(QStringLiteral("[\\s;]"))))
        addFieldProblem(tr("The server's name cannot contain spaces or semicolons"), m_host);
    if (s.database.isEmpty() && !m_settings.isLocked(Key::RegisterDatabase))
        addFieldProblem(tr("Enter the name of the register's database on the server"),
                        m_serverDatabase);
    if (s.user.isEmpty() && !m_settings.isLocked(Key::RegisterUser))
        addFieldProblem(tr("Enter your user name for the register server"), m_user);
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!s.schema.isEmpty() && !identifier.match(s.schema).hasMatch() &&
        !m_settings.isLocked(Key::RegisterSchema))
        addFieldProblem(tr("The schema name may hold only letters, digits and underscores, "
                           "and cannot start with a digit; leave it empty unless IT gave you "
                           "one"),
                        m_schema);
    if (!s.sslRootCert.isEmpty() && !m_settings.isLocked(Key::RegisterCaCertificate)) {
        const QFileInfo ca(s.sslRootCert);
        if (ca.isRelative())
            addFieldProblem(tr("Enter the full path of the certificate authority file, or "
                               "choose it with Browse"),
                            m_caFile);
        else if (!ca.isFile())
            addFieldProblem(tr("There is no certificate authority file at %1: check the name, "
                               "or choose it with Browse")
                                .arg(QDir::toNativeSeparators(s.sslRootCert)),
                            m_caFile);
    }
    if (!m_errors->hasProblems()) {
        // Anything else the connection's own check finds (core's sentence).
        if (const QString problem = s.problem(); !problem.isEmpty())
            addFieldProblem(problem, m_host);
    }
    return !m_errors->hasProblems();
}

bool SettingsDialog::validate()
{
    m_errors->clear();
    m_databaseError->hide();
    m_serverError->hide();
    if (m_serverChoice->isChecked())
        return validateServer();
    if (m_settings.isLocked(AppSettings::Key::DatabasePath))
        return true; // IT's place, not the user's to mend
    const QString path = QDir::fromNativeSeparators(m_database->text().trimmed());
    QString problem;
    if (path.isEmpty()) {
        problem = tr("Enter where the history should be kept, or choose \"Use the default "
                     "place\"");
    } else if (AppPaths::isNetworkPath(path)) {
        problem = tr("The history cannot be kept on a network drive, where it could be damaged: "
                     "choose a folder on this computer");
    } else if (QFileInfo(path).isRelative()) {
        problem = tr("Enter the full path of the history file, starting from the drive or "
                     "top folder");
    } else if (QFileInfo(path).isDir()) {
        problem = tr("The history location is a folder: add a file name, such as "
                     "history.sqlite");
    }
    if (!problem.isEmpty()) {
        m_errors->addProblem(problem, m_database);
        m_databaseError->setText(problem);
        m_databaseError->show();
    }
    return !m_errors->hasProblems();
}

void SettingsDialog::clearTestResult()
{
    ++m_tests; // an answer for what the fields held before is no longer wanted
    if (m_testing)
        setTesting(false);
    m_testResult->clear();
    m_testResult->hide();
}

void SettingsDialog::setTesting(bool testing)
{
    m_testing = testing;
    m_test->setEnabled(!testing && !m_saving && !m_checkingPassword);
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_save->setEnabled(!saving);
    m_test->setEnabled(!saving && !m_testing && !m_checkingPassword);
}

void SettingsDialog::testConnection()
{
    if (m_testing || m_saving || m_checkingPassword)
        return;
    m_errors->clear();
    m_serverError->hide();
    clearTestResult();
    if (!validateServer()) {
        m_errors->setFocus();
        return;
    }
    Database::Options options;
    options.server = serverFromFields();
    options.password = passwordToUse();
    options.actor = Session::actor();
    options.connectTimeoutSeconds = m_testTimeout;
    options.migrate = false; // a test sets nothing up and upgrades nothing
    const quint64 test = ++m_tests;
    setTesting(true);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(options.server->display()));
    m_testResult->show();
    qCInfo(lcUi) << "testing the connection to the shared register";
    // The connection belongs to the pool thread that opens it, and closes there.
    runInBackground<Result<int>>(
        this,
        [options]() -> Result<int> {
            Result<std::unique_ptr<Database>> db = Database::open(options);
            if (!db)
                return db.error();
            return db.value()->schemaVersion();
        },
        [this, test, where = options.server->display()](Result<int> version) {
            if (test != m_tests)
                return; // the fields changed since
            setTesting(false);
            if (version) {
                m_testResult->setStyleSheet(QString());
                const int latest = Migrations::latestVersion();
                if (version.value() == 0) {
                    m_testResult->setText(
                        tr("Connected to %1. The database is empty: its tables are made "
                           "the first time it is opened with the register owner's login. "
                           "That is IT's task (see the guide to the shared register).")
                            .arg(where));
                } else if (version.value() < latest) {
                    m_testResult->setText(
                        tr("Connected to %1 (register version %2). It must be upgraded to "
                           "version %3, by opening it once with the register owner's login, "
                           "before it can be used here. That is IT's task.")
                            .arg(where)
                            .arg(version.value())
                            .arg(latest));
                } else {
                    m_testResult->setText(tr("Connected to %1 (register version %2).")
                                              .arg(where)
                                              .arg(version.value()));
                }
            } else {
                m_testResult->setStyleSheet(kErrorStyle);
                // The server's own words may hold line breaks and tabs.
                m_testResult->setText(version.error().message.simplified());
            }
            m_testResult->setAccessibleDescription(m_testResult->text());
            m_testResult->show();
            fitLater();
        });
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    if (!validate()) {
        m_errors->setFocus();
        return;
    }
    if (!m_serverChoice->isChecked()) {
        saveSettings();
        return;
    }
    // The password first: the settings are written only once it is kept (or removed).
    const ServerConnection server = serverFromFields();
    std::shared_ptr<const crypto::SecureBytes> password;
    if (!m_password->text().isEmpty()) {
        password = passwordToUse();
    } else if (m_forgetRequested) {
        password = std::make_shared<const crypto::SecureBytes>(); // removes the entry
    } else if (m_savedPassword && server.display() != m_savedServer.display() &&
               sameLogin(server, m_savedServer)) {
        password = m_savedPassword; // the same login, another port or database
    }
    if (!password) {
        saveSettings();
        return;
    }
    setSaving(true);
    secrets::saveRegisterPassword(
        m_store, server, *password, this, [this](Status saved, secrets::SecretProblem) {
            setSaving(false);
            if (!saved) {
                m_errors->clear();
                addFieldProblem(tr("The password could not be kept in this computer's "
                                   "credential store: %1")
                                    .arg(saved.error().message),
                                m_password);
                m_errors->setFocus();
                return;
            }
            m_passwordChanged = true;
            m_password->clear();
            saveSettings();
        });
}

void SettingsDialog::saveSettings()
{
    using Key = AppSettings::Key;
    const QString path = QDir::fromNativeSeparators(m_database->text().trimmed());
    // Locked settings are left alone (AppSettings would ignore them anyway).
    if (!m_settings.isLocked(Key::OrganisationName))
        m_settings.setOrganisationName(m_organisation->text());
    const bool shared = m_serverChoice->isChecked();
    if (!m_settings.isLocked(Key::SharedRegister))
        m_settings.setUsesSharedRegister(shared);
    if (shared)
        m_settings.setRegisterServer(serverFromFields());
    else if (!m_settings.isLocked(Key::DatabasePath))
        m_settings.setDatabasePath(
            QFileInfo(path).absoluteFilePath() ==
                    QFileInfo(m_settings.defaultDatabasePath()).absoluteFilePath()
                ? QString()
                : path);
    const QString language = m_settings.isLocked(Key::Language)
                                 ? m_settings.language()
                                 : m_language->currentData().toString();
    const bool languageChanged = language != m_settings.language();
    m_settings.setLanguage(language);
    m_settings.sync();
    qCInfo(lcSettings) << "settings saved";
    if (languageChanged)
        Translations::apply(language);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fitLater(); // the same text runs longer in Welsh
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_generalGroup->setTitle(tr("Your organisation and language"));
    m_organisationLabel->setText(tr("&Organisation name:"));
    m_organisation->setPlaceholderText(tr("For example, Anytown Borough Council"));
    m_organisation->setAccessibleName(tr("Organisation name"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Same as the computer"));
    m_language->setAccessibleName(tr("Language"));
    m_historyGroup->setTitle(tr("History"));
    m_localChoice->setText(tr("A history &file on this computer"));
    m_serverChoice->setText(tr("A shared register on a PostgreSQL ser&ver"));
    m_databaseLabel->setText(tr("&Where the history is kept:"));
    m_database->setAccessibleName(tr("Where the history is kept"));
    m_databaseHint->setText(tr("The history records every agreement, share, approval and "
                               "bundle. Keep it on this computer, not on a network drive, and "
                               "back it up regularly."));
    m_chooseDatabase->setText(tr("&Choose…"));
    m_defaultDatabase->setText(tr("Use the &default place"));
    m_backup->setText(tr("&Back up now…"));
    m_restore->setText(tr("&Restore from a backup…"));

    m_hostLabel->setText(tr("Server name or a&ddress:"));
    m_host->setAccessibleName(tr("Server name or address"));
    m_host->setPlaceholderText(tr("For example, register.anytown.gov.uk"));
    m_portLabel->setText(tr("Por&t:"));
    m_port->setAccessibleName(tr("Port"));
    m_serverDatabaseLabel->setText(tr("D&atabase:"));
    m_serverDatabase->setAccessibleName(tr("Database"));
    m_userLabel->setText(tr("&User name:"));
    m_user->setAccessibleName(tr("User name"));
    m_passwordLabel->setText(tr("Pa&ssword:"));
    m_password->setAccessibleName(tr("Password"));
    m_passwordHint->setText(tr("Leave empty if your council signs you in with Windows "
                               "(Kerberos). The password is kept in this computer's credential "
                               "store, not in Sharewise's settings."));
    m_password->setAccessibleDescription(m_passwordHint->text());
    m_forgetPassword->setText(tr("For&get the saved password"));
    updatePasswordHint();
    m_schemaLabel->setText(tr("Sche&ma (optional):"));
    m_schema->setAccessibleName(tr("Schema"));
    m_schema->setPlaceholderText(tr("Only if IT gave you one"));
    m_caFileLabel->setText(tr("&Certificate authority file:"));
    m_caFile->setAccessibleName(tr("Certificate authority file"));
    m_caFile->setPlaceholderText(tr("The council's CA certificate, from IT"));
    m_chooseCaFile->setText(tr("&Browse…"));
    m_chooseCaFile->setAccessibleName(tr("Browse for the certificate authority file"));
    m_serverNote->setText(tr("The connection is encrypted, and the server's certificate and "
                             "name are checked against the certificate authority, unless the "
                             "server is this computer. The register is backed up on the "
                             "server, by IT."));
    m_test->setText(tr("Test co&nnection"));

    m_policyNote->setText(tr("Your organisation's IT team sets some of these for every computer: "
                             "they are shown here but cannot be changed. Ask them if one is "
                             "wrong."));
    const QString locked = tr("Set by your organisation's IT team");
    const auto markLocked = [this, &locked](QWidget* field, AppSettings::Key key) {
        const bool isLocked = m_settings.isLocked(key);
        field->setToolTip(isLocked ? locked : QString());
        field->setAccessibleDescription(isLocked ? locked : QString());
    };
    using Key = AppSettings::Key;
    markLocked(m_organisation, Key::OrganisationName);
    markLocked(m_language, Key::Language);
    markLocked(m_database, Key::DatabasePath);
    markLocked(m_localChoice, Key::SharedRegister);
    markLocked(m_serverChoice, Key::SharedRegister);
    markLocked(m_host, Key::RegisterHost);
    markLocked(m_port, Key::RegisterPort);
    markLocked(m_serverDatabase, Key::RegisterDatabase);
    markLocked(m_user, Key::RegisterUser);
    markLocked(m_schema, Key::RegisterSchema);
    markLocked(m_caFile, Key::RegisterCaCertificate);
    m_keysGroup->setTitle(tr("Keys"));
    m_keysHint->setText(tr("Your identity proves bundles come from you. Your partners' keys let "
                           "you send bundles only they can open."));
    m_identity->setText(tr("My &identity…"));
    m_identity->setAccessibleName(tr("My identity"));
    m_recipients->setText(tr("Reci&pients…"));
    m_recipients->setAccessibleName(tr("Recipients"));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace sharewise::ui
