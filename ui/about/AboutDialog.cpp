#include "about/AboutDialog.h"

#include "crypto/Sodium.h"
#include "widgets/WrapLabel.h"

#include "sharewise/Version.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sharewise::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_version(new QLabel(this))
    , m_text(new WrapLabel(this))
    , m_libraries(new WrapLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true);
    m_libraries->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_version);
    layout->addWidget(m_text);
    layout->addWidget(m_libraries);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslateUi();
    setMinimumWidth(440);
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Sharewise"));
    m_title->setText(tr("Sharewise"));
    m_version->setText(tr("Version %1").arg(QStringLiteral(SHAREWISE_VERSION_STRING)));
    m_text->setText(tr("Sharewise helps public bodies share personal data safely and "
                       "lawfully: under an agreement, with only the data that is needed, "
                       "encrypted and signed, with a record of every step."));
    m_libraries->setText(
        tr("Built with Qt %1 and libsodium %2.")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(crypto::libraryVersion())));
    m_close->setText(tr("Close"));
}

} // namespace sharewise::ui
