#include "settings/SettingsDialog.h"

#include "common/AppPaths.h"
#include "common/AppSettings.h"
#include "common/Logging.h"
#include "common/Translations.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

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
#include <QVBoxLayout>

namespace sharewise::ui {
namespace {
constexpr int kMaxOrganisationName = 200;
}

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_errors(new ErrorSummary(this))
    , m_policyNote(new WrapLabel(this))
    , m_generalGroup(new QGroupBox(this))
    , m_organisationLabel(new QLabel(m_generalGroup))
    , m_organisation(new QLineEdit(m_generalGroup))
    , m_languageLabel(new QLabel(m_generalGroup))
    , m_language(new QComboBox(m_generalGroup))
    , m_historyGroup(new QGroupBox(this))
    , m_databaseLabel(new QLabel(m_historyGroup))
    , m_database(new QLineEdit(m_historyGroup))
    , m_databaseHint(new WrapLabel(m_historyGroup))
    , m_databaseError(new WrapLabel(m_historyGroup))
    , m_chooseDatabase(new QPushButton(m_historyGroup))
    , m_defaultDatabase(new QPushButton(m_historyGroup))
    , m_backup(new QPushButton(m_historyGroup))
    , m_restore(new QPushButton(m_historyGroup))
    , m_keysGroup(new QGroupBox(this))
    , m_keysHint(new WrapLabel(m_keysGroup))
    , m_identity(new QPushButton(m_keysGroup))
    , m_recipients(new QPushButton(m_keysGroup))
    , m_buttons(new QDialogButtonBox(this))
    , m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QString(), QDialogButtonBox::RejectRole))
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
    m_databaseError->setStyleSheet(QStringLiteral("color: #d4351c; font-weight: bold;"));
    m_databaseError->hide();

    auto* general = new QFormLayout(m_generalGroup);
    general->setRowWrapPolicy(QFormLayout::WrapLongRows);
    general->addRow(m_organisationLabel, m_organisation);
    general->addRow(m_languageLabel, m_language);

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
    auto* history = new QVBoxLayout(m_historyGroup);
    history->addWidget(m_databaseLabel);
    history->addWidget(m_databaseError);
    history->addLayout(pathRow);
    history->addLayout(pathButtons);
    history->addWidget(m_databaseHint);
    history->addLayout(backupButtons);

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

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_policyNote);
    layout->addWidget(m_generalGroup);
    layout->addWidget(m_keysGroup);
    layout->addWidget(m_historyGroup);
    layout->addStretch();
    layout->addWidget(m_buttons);

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
    // The keys group sits between the two others: the Tab key follows what is seen.
    setTabOrder(m_language, m_identity);
    setTabOrder(m_identity, m_recipients);
    setTabOrder(m_recipients, m_database);

    retranslateUi();
    applyPolicyLocks();
    setMinimumWidth(560);
}

void SettingsDialog::applyPolicyLocks()
{
    // What IT enforces is shown but cannot be changed (docs/deployment.md).
    const bool organisation = m_settings.isLocked(AppSettings::Key::OrganisationName);
    const bool language = m_settings.isLocked(AppSettings::Key::Language);
    const bool database = m_settings.isLocked(AppSettings::Key::DatabasePath);
    m_organisation->setReadOnly(organisation);
    m_language->setEnabled(!language);
    m_database->setReadOnly(database);
    m_chooseDatabase->setEnabled(!database);
    m_defaultDatabase->setEnabled(!database);
    m_policyNote->setVisible(organisation || language || database);
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

bool SettingsDialog::validate()
{
    m_errors->clear();
    m_databaseError->hide();
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

void SettingsDialog::accept()
{
    if (!validate()) {
        m_errors->setFocus();
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_database->text().trimmed());
    // Locked settings are left alone (AppSettings would ignore them anyway).
    if (!m_settings.isLocked(AppSettings::Key::OrganisationName))
        m_settings.setOrganisationName(m_organisation->text());
    if (!m_settings.isLocked(AppSettings::Key::DatabasePath))
        m_settings.setDatabasePath(
            QFileInfo(path).absoluteFilePath() ==
                    QFileInfo(m_settings.defaultDatabasePath()).absoluteFilePath()
                ? QString()
                : path);
    const QString language = m_settings.isLocked(AppSettings::Key::Language)
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
        adjustSize(); // the same text runs longer in Welsh
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
    m_databaseLabel->setText(tr("&Where the history is kept:"));
    m_database->setAccessibleName(tr("Where the history is kept"));
    m_databaseHint->setText(tr("The history records every agreement, share, approval and "
                               "bundle. Keep it on this computer, not on a network drive, and "
                               "back it up regularly."));
    m_chooseDatabase->setText(tr("&Choose…"));
    m_defaultDatabase->setText(tr("Use the &default place"));
    m_backup->setText(tr("&Back up now…"));
    m_restore->setText(tr("&Restore from a backup…"));
    m_policyNote->setText(tr("Your organisation's IT team sets some of these for every computer: "
                             "they are shown here but cannot be changed. Ask them if one is "
                             "wrong."));
    const QString locked = tr("Set by your organisation's IT team");
    const auto markLocked = [this, &locked](QWidget* field, AppSettings::Key key) {
        const bool isLocked = m_settings.isLocked(key);
        field->setToolTip(isLocked ? locked : QString());
        field->setAccessibleDescription(isLocked ? locked : QString());
    };
    markLocked(m_organisation, AppSettings::Key::OrganisationName);
    markLocked(m_language, AppSettings::Key::Language);
    markLocked(m_database, AppSettings::Key::DatabasePath);
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
