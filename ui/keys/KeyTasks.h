#pragma once

#include "common/Error.h"
#include "crypto/Identity.h"
#include "identity/BackgroundTask.h"
#include "store/Database.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QLabel;
class QWidget;

namespace sharewise::ui {

// Runs `work` on a pool thread over its own connection to the same history (a Database
// belongs to the thread that opened it), and gives the result to `done` on the GUI
// thread unless `context` has gone. For the agreement-key steps that run Argon2id
// (making a key's recovery copy, opening it with its passphrase): most of a second and
// 256 MiB. `signer` signs the audit head when the window's history is signed by it.
template <typename T>
void runOnHistory(QObject* context, const Database& db,
                  std::shared_ptr<const crypto::Identity> signer,
                  std::function<Result<T>(Database&)> work, std::function<void(Result<T>)> done)
{
    // The same history the window opened, whose place was checked then.
    const Database::Options options = db.reopenOptions();
    runInBackground<Result<T>>(
        context,
        [options, signer, work = std::move(work)]() -> Result<T> {
            Result<std::unique_ptr<Database>> opened = Database::open(options);
            if (!opened)
                return opened.error();
            opened.value()->setSigner(signer.get());
            Result<T> result = work(*opened.value());
            opened.value()->setSigner(nullptr);
            return result;
        },
        std::move(done));
}

// The identity that signs `db`'s audit heads, if it is `session` (then it is kept alive
// for the background connection); none otherwise.
inline std::shared_ptr<const crypto::Identity>
signerFor(const Database& db, const std::shared_ptr<const crypto::Identity>& session)
{
    return session && db.signer() == session.get() ? session : nullptr;
}

// Someone who can be given an agreement's key: a partner in the recipients directory
// (keys not revoked) or one of this history's own identities.
struct KeyPerson
{
    crypto::KeyCard card;
    QString name; // as Sharewise shows them: the directory's label, or the card's name
    QString fingerprint;
    bool checked = true; // a partner's fingerprint checked with them (own ones are)
    bool own = false;
    bool ownCurrent = false;
};
Result<QList<KeyPerson>> keyCandidates(Database& db);

// The minimum length of a recovery passphrase.
inline constexpr int kMinRecoveryPassphrase = 12;

// Asks where to save the recovery copy of `agreement`'s key and writes it there,
// readable by the user only; the export is recorded in the history. Returns the file
// written, or an empty name if the user chose none.
Result<QString> saveRecoveryCopy(QWidget* parent, Database& db, const QString& agreement);

// The filter of recovery-copy files, for the file dialogs.
QString recoveryFileFilter();

// Sizes `dialog` to its contents once its wrapped labels know their width (a wrapped
// label asks for its height at the width it had, far too narrow before the first layout).
void fitToContentsLater(QWidget* dialog);

// A bold heading label, as on the other dialogs' pages.
QLabel* keyHeading(QWidget* parent);

// A time in the history (UTC microseconds) as a local date and time, in the UI language.
QString keyTimeText(qint64 us);

} // namespace sharewise::ui
