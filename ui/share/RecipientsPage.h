#pragma once

#include "share/ShareDraft.h"
#include "store/RecipientsDirectory.h"

#include "widgets/WhyAsked.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sharewise::ui {

// Share wizard, step 5: who receives the bundle. Only the recipients the agreement
// names are listed, each matched to the recipients directory by fingerprint: a key
// never verified with its holder is flagged (icon and words), a revoked key or one the
// directory lacks cannot be chosen. When the agreement names a recipient without a key
// the page offers passphrase mode: Sharewise makes a passphrase from its word list,
// shows it once with Copy, and says to send it by another route.
class RecipientsPage : public QWizardPage
{
    Q_OBJECT
public:
    RecipientsPage(ShareDraft& draft, const ShareContext& context, QWidget* parent = nullptr);
    ~RecipientsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // For tests and screenshots.
    QTreeWidget* list() const { return m_list; }
    QRadioButton* keysMode() const { return m_keysMode; }
    QRadioButton* passphraseMode() const { return m_passphraseMode; }
    QPushButton* makePassphraseButton() const { return m_make; }
    QPushButton* copyButton() const { return m_copy; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLabel* statusLabel() const { return m_status; }
    // Ticks the recipient with this fingerprint (as a click would); false when it
    // cannot be chosen.
    bool choose(const QString& fingerprint);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry
    {
        agreements::Recipient named;
        std::optional<RecipientKey> key;
    };

    void retranslateUi();
    void fill();
    void showMode();
    void makePassphrase();
    void copyPassphrase();
    [[nodiscard]] bool passphraseOffered() const;
    [[nodiscard]] bool inPassphraseMode() const;

    ShareDraft& m_draft;
    const ShareContext& m_context;
    QList<Entry> m_entries;
    std::optional<Error> m_listError;

    QLabel* m_intro;
    WhyAsked m_whyAsked;
    QToolButton* m_whyToggle;
    QLabel* m_why;
    QLabel* m_status;
    QRadioButton* m_keysMode;
    QRadioButton* m_passphraseMode;
    QTreeWidget* m_list;
    QWidget* m_passphraseBox;
    QLabel* m_passphraseIntro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QPushButton* m_make;
    QPushButton* m_copy;
    QLabel* m_passphraseWarning;
};

} // namespace sharewise::ui
