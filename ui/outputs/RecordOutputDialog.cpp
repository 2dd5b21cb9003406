#include "outputs/RecordOutputDialog.h"

#include "agreements/AgreementRegister.h"
#include "common/Clock.h"
#include "common/Translations.h"
#include "review/ShareDetail.h"
#include "shares/ShareStore.h"
#include "store/Database.h"
#include "widgets/Dialogs.h"
#include "widgets/ErrorSummary.h"
#include "widgets/WrapLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace sharewise::ui {

RecordOutputDialog::RecordOutputDialog(Database& db, const QString& agreementReference,
                                       const QString& outputTitle, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_errors(new ErrorSummary(this))
    , m_intro(new WrapLabel(this))
    , m_agreementLabel(new QLabel(this))
    , m_agreement(new QComboBox(this))
    , m_outputLabel(new QLabel(this))
    , m_output(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_attachLabel(new QLabel(this))
    , m_fileChoice(new QRadioButton(this))
    , m_file(new QLineEdit(this))
    , m_chooseFile(new QPushButton(this))
    , m_linkChoice(new QRadioButton(this))
    , m_link(new QLineEdit(this))
    , m_noneChoice(new QRadioButton(this))
    , m_sharesLabel(new QLabel(this))
    , m_shares(new QListWidget(this))
{
    setObjectName(QStringLiteral("recordOutputDialog"));
    m_agreement->setObjectName(QStringLiteral("outputAgreement"));
    m_output->setObjectName(QStringLiteral("outputTitle"));
    m_date->setObjectName(QStringLiteral("outputDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setDate(Clock::today());
    m_description->setObjectName(QStringLiteral("outputDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_file->setObjectName(QStringLiteral("outputFile"));
    m_file->setReadOnly(true);
    m_chooseFile->setObjectName(QStringLiteral("outputChooseFile"));
    m_link->setObjectName(QStringLiteral("outputLink"));
    m_fileChoice->setObjectName(QStringLiteral("outputFileChoice"));
    m_linkChoice->setObjectName(QStringLiteral("outputLinkChoice"));
    m_noneChoice->setObjectName(QStringLiteral("outputNoneChoice"));
    m_noneChoice->setChecked(true);
    auto* group = new QButtonGroup(this);
    for (QRadioButton* r : {m_fileChoice, m_linkChoice, m_noneChoice})
        group->addButton(r);
    m_shares->setObjectName(QStringLiteral("outputShares"));
    m_agreementLabel->setBuddy(m_agreement);
    m_outputLabel->setBuddy(m_output);
    m_dateLabel->setBuddy(m_date);
    m_descriptionLabel->setBuddy(m_description);
    m_sharesLabel->setBuddy(m_shares);
    m_sharesLabel->setWordWrap(true);

    Result<QList<agreements::Agreement>> list = agreements::AgreementRegister(db).list();
    if (list) {
        for (const agreements::Agreement& a : std::as_const(list.value()))
            m_agreement->addItem(QStringLiteral("%1 — %2").arg(a.reference, a.title), a.reference);
    }
    m_agreement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agreement->setMinimumContentsLength(40);
    const int index = m_agreement->findData(agreementReference);
    m_agreement->setCurrentIndex(index < 0 ? 0 : index);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_agreementLabel, m_agreement);
    form->addRow(m_outputLabel, m_output);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_descriptionLabel, m_description);

    auto* attach = new QGridLayout;
    attach->addWidget(m_fileChoice, 0, 0);
    attach->addWidget(m_file, 0, 1);
    attach->addWidget(m_chooseFile, 0, 2);
    attach->addWidget(m_linkChoice, 1, 0);
    attach->addWidget(m_link, 1, 1, 1, 2);
    attach->addWidget(m_noneChoice, 2, 0, 1, 3);
    attach->setColumnStretch(1, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_record = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("recordOutput"));
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordOutputDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_errors);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_attachLabel);
    layout->addLayout(attach);
    layout->addWidget(m_sharesLabel);
    layout->addWidget(m_shares, 1);
    layout->addWidget(buttons);

    connect(m_agreement, &QComboBox::currentIndexChanged, this, [this] {
        fillOutputs();
        fillShares();
    });
    connect(m_chooseFile, &QPushButton::clicked, this, &RecordOutputDialog::chooseFile);
    connect(m_fileChoice, &QRadioButton::toggled, this, &RecordOutputDialog::updateAttachment);
    connect(m_linkChoice, &QRadioButton::toggled, this, &RecordOutputDialog::updateAttachment);

    retranslateUi();
    fillOutputs();
    fillShares();
    if (!outputTitle.isEmpty()) {
        const int o = m_output->findData(outputTitle);
        if (o >= 0)
            m_output->setCurrentIndex(o);
    }
    updateAttachment();
    setMinimumWidth(720);
}

void RecordOutputDialog::fillOutputs()
{
    m_output->clear();
    m_output->addItem(tr("Something else (not a promised output)"), QString());
    Result<agreements::Agreement> a =
        agreements::AgreementRegister(m_db).find(m_agreement->currentData().toString());
    if (!a)
        return;
    for (const agreements::ExpectedOutput& o : std::as_const(a->outputs))
        m_output->addItem(o.due.isValid()
                              ? tr("%1 (due %2)")
                                    .arg(o.title, Translations::locale().toString(
                                                      o.due, QStringLiteral("d MMM yyyy")))
                              : o.title,
                          o.title);
    if (m_output->count() > 1)
        m_output->setCurrentIndex(1);
}

void RecordOutputDialog::fillShares()
{
    m_shares->clear();
    shares::ShareFilter filter;
    filter.agreement = m_agreement->currentData().toString();
    filter.states = {shares::ShareState::Sealed, shares::ShareState::Sent,
                     shares::ShareState::Received};
    if (filter.agreement.isEmpty())
        return;
    Result<QList<shares::ShareListItem>> items = shares::ShareStore(m_db).list(filter);
    if (!items)
        return;
    for (const shares::ShareListItem& s : std::as_const(items.value())) {
        auto* item = new QListWidgetItem(tr("%1, %2 (%3)")
                                             .arg(s.datasetName, shareview::formatTime(s.createdUs),
                                                  shares::stateLabel(s.state)),
                                         m_shares);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, s.id);
    }
}

bool RecordOutputDialog::checkShare(qint64 id)
{
    for (int i = 0; i < m_shares->count(); ++i) {
        if (m_shares->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_shares->item(i)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

void RecordOutputDialog::chooseFile()
{
    const QString path = Dialogs::openFileName(
        this, tr("Choose the file that came back"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    m_fileChoice->setChecked(true);
}

void RecordOutputDialog::updateAttachment()
{
    m_file->setEnabled(m_fileChoice->isChecked());
    m_link->setEnabled(m_linkChoice->isChecked());
}

void RecordOutputDialog::accept()
{
    m_errors->clear();
    const QString description = m_description->toPlainText().trimmed();
    if (m_agreement->currentIndex() < 0)
        m_errors->addProblem(tr("Choose the agreement the output came under"), m_agreement);
    if (description.isEmpty() && m_output->currentData().toString().isEmpty())
        m_errors->addProblem(tr("Say what came back, such as \"Quarterly report, Q1\""),
                             m_description);
    if (m_fileChoice->isChecked() && m_file->text().isEmpty())
        m_errors->addProblem(tr("Choose the file that came back, or pick another option"),
                             m_chooseFile);
    const QUrl url = QUrl::fromUserInput(m_link->text().trimmed());
    if (m_linkChoice->isChecked() && (m_link->text().trimmed().isEmpty() || !url.isValid()))
        m_errors->addProblem(tr("Enter the link where the output is published, such as "
                                "https://www.example.gov.uk/report"),
                             m_link);
    if (m_errors->hasProblems()) {
        m_errors->setFocus();
        return;
    }
    shares::ReturnedOutput output;
    output.agreementReference = m_agreement->currentData().toString();
    output.outputTitle = m_output->currentData().toString();
    output.description = description;
    output.receivedOn = m_date->date();
    if (m_linkChoice->isChecked())
        output.link = m_link->text().trimmed();
    for (int i = 0; i < m_shares->count(); ++i) {
        if (m_shares->item(i)->checkState() == Qt::Checked)
            output.shareIds.append(m_shares->item(i)->data(Qt::UserRole).toLongLong());
    }
    const QString file =
        m_fileChoice->isChecked() ? QDir::fromNativeSeparators(m_file->text()) : QString();
    Result<shares::ReturnedOutput> made = shares::OutputsRegister(m_db).record(output, file);
    if (!made) {
        m_errors->addProblem(made.error().fullMessage(), m_record);
        m_errors->setFocus();
        return;
    }
    m_recorded = made.value();
    QDialog::accept();
}

void RecordOutputDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecordOutputDialog::retranslateUi()
{
    setWindowTitle(tr("Record what came back"));
    m_intro->setText(tr("Why am I asked this? Agreements say what the recipient will send back "
                        "(a report, a return, figures). Recording it shows the data was used "
                        "as agreed, and which shares it came from. A file stays where it is: "
                        "Sharewise keeps its name and a fingerprint of its content."));
    m_agreementLabel->setText(tr("&Agreement:"));
    m_agreement->setAccessibleName(tr("Agreement"));
    m_outputLabel->setText(tr("&Promised output:"));
    m_output->setAccessibleName(tr("The promised output it answers"));
    if (m_output->count() > 0)
        m_output->setItemText(0, tr("Something else (not a promised output)"));
    m_dateLabel->setText(tr("Came back &on:"));
    m_date->setAccessibleName(tr("Date it came back"));
    m_descriptionLabel->setText(tr("&What came back:"));
    m_description->setAccessibleName(tr("What came back"));
    m_attachLabel->setText(tr("Where is it?"));
    m_fileChoice->setText(tr("A &file"));
    m_fileChoice->setAccessibleName(tr("Attach a file"));
    m_file->setAccessibleName(tr("The file chosen"));
    m_chooseFile->setText(tr("C&hoose…"));
    m_chooseFile->setAccessibleName(tr("Choose the file"));
    m_linkChoice->setText(tr("A &link"));
    m_linkChoice->setAccessibleName(tr("Give a link"));
    m_link->setAccessibleName(tr("The link"));
    m_link->setPlaceholderText(tr("https://…"));
    m_noneChoice->setText(tr("&Neither: recorded here only"));
    m_sharesLabel->setText(tr("&Shares that fed it (sealed, sent or received under this "
                              "agreement):"));
    m_shares->setAccessibleName(tr("Shares that fed it"));
    m_record->setText(tr("&Record"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace sharewise::ui
