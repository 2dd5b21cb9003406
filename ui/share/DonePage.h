#pragma once

#include "share/ShareDraft.h"

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace sharewise::ui {

// Share wizard, last step. For a sealed share: where the bundle is, its fingerprints
// (the bundle id and the data hash, in groups), and the next step — upload it to the
// department's portal or send it by the route the agreement sets, the passphrase by
// another route — with "Open folder". For a share submitted for review: that it waits
// for an IG lead, and what happens next.
class DonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DonePage(ShareDraft& draft, QWidget* parent = nullptr);

    void initializePage() override;

    // For tests and screenshots.
    QLabel* whereLabel() const { return m_where; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QLabel* nextLabel() const { return m_next; }
    QPushButton* openFolderButton() const { return m_openFolder; }

    // "ab12 cd34 …": hex in groups of four, for reading aloud.
    [[nodiscard]] static QString grouped(const QByteArray& bytes);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showResult();
    void openFolder();

    ShareDraft& m_draft;
    QLabel* m_intro;
    QLabel* m_whereHeading;
    QLabel* m_where;
    QLabel* m_fingerprintHeading;
    QLabel* m_fingerprint;
    QLabel* m_nextHeading;
    QLabel* m_next;
    QPushButton* m_openFolder;
};

} // namespace sharewise::ui
