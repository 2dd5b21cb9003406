#include "share/DonePage.h"

#include "widgets/WrapLabel.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <climits>

namespace sharewise::ui {

DonePage::DonePage(ShareDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_intro(new WrapLabel(this))
    , m_whereHeading(new QLabel(this))
    , m_where(new WrapLabel(this))
    , m_fingerprintHeading(new QLabel(this))
    , m_fingerprint(new WrapLabel(this))
    , m_nextHeading(new QLabel(this))
    , m_next(new WrapLabel(this))
    , m_openFolder(new QPushButton(this))
{
    setObjectName(QStringLiteral("donePage"));
    m_where->setObjectName(QStringLiteral("doneWhere"));
    m_fingerprint->setObjectName(QStringLiteral("doneFingerprint"));
    m_next->setObjectName(QStringLiteral("doneNext"));
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    for (QLabel* heading : {m_whereHeading, m_fingerprintHeading, m_nextHeading}) {
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    for (QLabel* l : {m_where, m_fingerprint, m_next})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_fingerprint->setFont(mono);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(m_whereHeading);
    auto* whereRow = new QHBoxLayout;
    whereRow->addWidget(m_where, 1);
    whereRow->addWidget(m_openFolder, 0, Qt::AlignTop);
    layout->addLayout(whereRow);
    layout->addSpacing(8);
    layout->addWidget(m_fingerprintHeading);
    layout->addWidget(m_fingerprint);
    layout->addSpacing(8);
    layout->addWidget(m_nextHeading);
    layout->addWidget(m_next);
    layout->addStretch(1);
    connect(m_openFolder, &QPushButton::clicked, this, &DonePage::openFolder);
    retranslateUi();
}

QString DonePage::grouped(const QByteArray& bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u' ');
}

void DonePage::initializePage()
{
    showResult();
}

void DonePage::showResult()
{
    const bool sealed = m_draft.sealed.has_value();
    m_openFolder->setVisible(sealed);
    m_fingerprintHeading->setVisible(sealed);
    m_fingerprint->setVisible(sealed);
    m_whereHeading->setVisible(sealed);
    m_where->setVisible(sealed);
    if (sealed) {
        setTitle(tr("The bundle is sealed"));
        const bundle::SealResult& s = *m_draft.sealed;
        m_intro->setText(tr("The redacted data is sealed in a bundle that only the recipients "
                            "can open. Nothing has been sent yet."));
        m_where->setText(QDir::toNativeSeparators(s.file));
        m_fingerprint->setText(tr("Bundle: %1\nData: %2\n%n row(s), %3", nullptr,
                                  int(std::min<quint64>(s.rowCount, INT_MAX)))
                                   .arg(grouped(s.bundleId), grouped(s.dataHash),
                                        QLocale().formattedDataSize(s.bundleSize)));
        QStringList next;
        QString route;
        if (m_draft.agreementRecord && !m_draft.agreementRecord->transferMethod.isEmpty())
            route = m_draft.agreementRecord->transferMethod;
        next << (route.isEmpty()
                     ? tr("Upload the bundle to the recipient's portal, or send it by the route "
                          "your agreement sets.")
                     : tr("Send the bundle by the route the agreement sets: %1").arg(route));
        if (m_draft.passphrase)
            next << tr("Tell the recipient the passphrase by another route, such as a phone "
                       "call; never in the same email or upload as the bundle.");
        next << tr("Read the bundle and data fingerprints to the recipient if they ask: they "
                   "see the same ones when they open it.");
        next << tr("When it has gone, mark it as sent in History.");
        QString text;
        for (const QString& line : std::as_const(next))
            text += QStringLiteral("• ") + line + u'\n';
        m_next->setText(text.trimmed());
    } else {
        setTitle(tr("Submitted for review"));
        m_intro->setText(tr("The share is waiting for review by an information governance "
                            "lead. Nothing has been sealed or sent."));
        m_next->setText(tr("• The reviewer sees what you saw on the Review page and approves it "
                           "or sends it back, with a reason.\n"
                           "• When it is approved, open it from History and seal it: the bundle "
                           "will carry the signed approval.\n"
                           "• If it is sent back, the reason is in History; change the share and "
                           "submit it again."));
    }
}

void DonePage::openFolder()
{
    if (m_draft.sealed)
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QFileInfo(m_draft.sealed->file).absolutePath()));
}

void DonePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DonePage::retranslateUi()
{
    m_whereHeading->setText(tr("Where it is"));
    m_fingerprintHeading->setText(tr("Its fingerprints"));
    m_nextHeading->setText(tr("What to do next"));
    m_openFolder->setText(tr("&Open folder"));
    m_openFolder->setAccessibleName(tr("Open the folder with the bundle"));
    showResult();
}

} // namespace sharewise::ui
