#include "secrets/OwnIdentities.h"

#include "crypto/Base32.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <utility>

namespace sharewise::secrets {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(OwnIdentities)
};

constexpr int kFingerprintBytes = 16;
constexpr int kMaxNameBytes = 512; // what KeyCard::fromText accepts back

std::optional<QByteArray> fingerprintBytes(QStringView fingerprint)
{
    std::optional<QByteArray> bytes = crypto::Base32::decode(fingerprint);
    if (!bytes || bytes->size() != kFingerprintBytes)
        return std::nullopt;
    return bytes;
}

Error notAFingerprint()
{
    return makeError(ErrorKind::BadInput,
                     Tr::tr("This is not a key fingerprint. A fingerprint has 26 letters and "
                            "digits, shown in groups of four."));
}

} // namespace

OwnIdentities::OwnIdentities(SecretStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{}

void OwnIdentities::answerLater(QObject* context, std::function<void()> answer)
{
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), hadContext = context != nullptr,
         answer = std::move(answer)] {
            if (!hadContext || guard)
                answer();
        },
        Qt::QueuedConnection);
}

QString OwnIdentities::keyFor(QStringView fingerprint)
{
    const std::optional<QByteArray> bytes = fingerprintBytes(fingerprint);
    if (!bytes)
        return {};
    return QStringLiteral("identity/") + crypto::Base32::encode(*bytes);
}

void OwnIdentities::create(const QString& name, QObject* context, IdentityCallback done)
{
    const QString trimmed = name.trimmed();
    std::optional<Error> refused;
    if (trimmed.isEmpty())
        refused = makeError(ErrorKind::Usage, Tr::tr("Give your name for the new identity."));
    else if (trimmed.toUtf8().size() > kMaxNameBytes)
        refused = makeError(ErrorKind::Usage,
                            Tr::tr("The name is too long for an identity. Use a shorter name."));
    if (refused) {
        answerLater(context, [done, error = *refused] { done(error, SecretProblem::None); });
        return;
    }

    // Shared so the std::function holding it stays copyable.
    auto identity = std::make_shared<crypto::Identity>(crypto::Identity::generate(trimmed));
    m_store.write(keyFor(identity->card().fingerprint()), identity->exportSecret(), context,
                  [identity, done](Status saved, SecretProblem problem) {
                      if (!saved) {
                          done(saved.error(), problem);
                          return;
                      }
                      done(std::move(*identity), SecretProblem::None);
                  });
}

void OwnIdentities::save(const crypto::Identity& identity, QObject* context, StatusCallback done)
{
    // An empty key makes the store refuse the request as a fault, which a null identity is.
    const QString key = identity.isNull() ? QString() : keyFor(identity.card().fingerprint());
    m_store.write(key, identity.isNull() ? crypto::SecureBytes() : identity.exportSecret(), context,
                  std::move(done));
}

void OwnIdentities::load(const QString& fingerprint, QObject* context, IdentityCallback done)
{
    const std::optional<QByteArray> wanted = fingerprintBytes(fingerprint);
    if (!wanted) {
        answerLater(context, [done] { done(notAFingerprint(), SecretProblem::None); });
        return;
    }
    m_store.read(
        keyFor(fingerprint), context,
        [wanted = *wanted, done](Result<crypto::SecureBytes> secret, SecretProblem problem) {
            const QString shown = crypto::KeyCard::formatFingerprint(wanted);
            if (!secret) {
                if (problem == SecretProblem::EntryNotFound) {
                    done(makeError(ErrorKind::BadInput,
                                   Tr::tr("This computer's password store does not hold the "
                                          "identity %1. If it was made on another computer, "
                                          "open its identity file instead.")
                                       .arg(shown)),
                         problem);
                } else {
                    done(secret.error(), problem);
                }
                return;
            }
            Result<crypto::Identity> identity = crypto::Identity::importSecret(secret.value());
            if (identity && identity->card().fingerprintBytes() != wanted) {
                done(makeError(ErrorKind::Verification,
                               Tr::tr("The password store's entry for the identity %1 holds a "
                                      "different identity. Do not use it; ask your IT team to "
                                      "check this computer.")
                                   .arg(shown)),
                     SecretProblem::None);
                return;
            }
            done(std::move(identity), SecretProblem::None);
        });
}

void OwnIdentities::remove(const QString& fingerprint, QObject* context, StatusCallback done)
{
    const QString key = keyFor(fingerprint);
    if (key.isEmpty()) {
        answerLater(context, [done] { done(notAFingerprint(), SecretProblem::None); });
        return;
    }
    m_store.remove(key, context, std::move(done));
}

} // namespace sharewise::secrets
