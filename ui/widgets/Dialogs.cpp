#include "widgets/Dialogs.h"

#include <QFileDialog>
#include <QPushButton>

namespace sharewise::ui::Dialogs {
namespace {
std::optional<QString>& nextFile()
{
    static std::optional<QString> v;
    return v;
}
std::optional<bool>& nextConfirm()
{
    static std::optional<bool> v;
    return v;
}
bool& recording()
{
    static bool v = false;
    return v;
}
QString& lastMessage()
{
    static QString v;
    return v;
}

std::optional<QString> takeNextFile()
{
    std::optional<QString> v = nextFile();
    nextFile().reset();
    return v;
}

void show(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text)
{
    // Kept only for tests: a message can carry a secret shown once (a passphrase).
    if (recording()) {
        lastMessage() = text;
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    // Selectable, so that an error can be copied into a support request and a passphrase
    // shown once can be copied.
    box.setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box.addButton(QMessageBox::tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}
} // namespace

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                     const QString& filter)
{
    if (std::optional<QString> f = takeNextFile())
        return *f;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                     const QString& filter)
{
    if (std::optional<QString> f = takeNextFile())
        return *f;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
             const QString& noText)
{
    lastMessage() = text;
    if (nextConfirm()) {
        const bool answer = *nextConfirm();
        nextConfirm().reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(yesText, QMessageBox::YesRole);
    QPushButton* no = box.addButton(noText, QMessageBox::NoRole);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void information(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text);
}

void warning(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text);
}

void setNextFileNameForTesting(const QString& fileName)
{
    nextFile() = fileName;
}

void setNextConfirmForTesting(bool answer)
{
    nextConfirm() = answer;
}

void setRecordMessagesForTesting(bool record)
{
    recording() = record;
}

QString lastMessageForTesting()
{
    return lastMessage();
}

} // namespace sharewise::ui::Dialogs
