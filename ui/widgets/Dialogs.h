#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace sharewise::ui {

// Every modal question and file prompt goes through here, so that tests can answer
// them: set the next answer and the next call returns it without showing anything.
namespace Dialogs {

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                     const QString& filter);
QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                     const QString& filter);

// Returns true for Yes. `yesText` and `noText` label the buttons (translated).
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& yesText,
             const QString& noText);

void information(QWidget* parent, const QString& title, const QString& text);
void warning(QWidget* parent, const QString& title, const QString& text);

// Test hooks.
void setNextFileNameForTesting(const QString& fileName);
void setNextConfirmForTesting(bool answer);
// Messages shown while a test is running are recorded here instead of shown.
void setRecordMessagesForTesting(bool record);
QString lastMessageForTesting();

} // namespace Dialogs
} // namespace sharewise::ui
