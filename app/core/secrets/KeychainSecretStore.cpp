#include "secrets/KeychainSecretStore.h"

#include "common/Logging.h"

#include <QByteArray>

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace sharewise::secrets {
namespace {

// libsecret reports a missing Secret Service, or a missing session bus, as a plain
// D-Bus or GIO error, which QtKeychain passes on as OtherError. These are the words
// those errors use, so the user hears "no password store" rather than D-Bus jargon. A
// best effort: GLib may translate its messages, and then the user gets the general one.
bool soundsLikeNoService(const QString& text)
{
    // The first is from "The name org.freedesktop.secrets was not provided by any
    // .service files", the last from GIO when the bus socket is not there.
    static const QLatin1String markers[] = {
        QLatin1String("org.freedesktop.secrets"), QLatin1String("ServiceUnknown"),
        QLatin1String("Cannot autolaunch D-Bus"), QLatin1String("DBUS_SESSION_BUS_ADDRESS"),
        QLatin1String("Could not connect")};
    for (const QLatin1String& marker : markers) {
        if (text.contains(marker))
            return true;
    }
    return false;
}

SecretProblem problemFor(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretProblem::None;
    case QKeychain::EntryNotFound:
        return SecretProblem::EntryNotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretProblem::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretProblem::NoBackendAvailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return soundsLikeNoService(job.errorString()) ? SecretProblem::NoBackendAvailable
                                                  : SecretProblem::Other;
}

// Zeroes a buffer that a finished job still shares with us. crypto::wipe() would detach
// first and wipe only a fresh copy, leaving the job's own copy of the secret in memory.
void wipeShared(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char*>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

// Jobs delete themselves when finished and are never deleted early, not even after our
// timeout: QtKeychain's libsecret backend calls back into the job through a raw pointer.
void prepare(QKeychain::Job& job, const QString& key)
{
    job.setAutoDelete(true);
    job.setInsecureFallback(false);
    job.setKey(key);
}

// The store's own words carry no secret, and help whoever supports the user.
SecretProblem logFailure(const QKeychain::Job& job, const char* operation)
{
    qCInfo(lcApp) << "secrets: keychain" << operation << "failed, code"
                  << static_cast<int>(job.error()) << job.errorString();
    return problemFor(job);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(QLatin1String(DefaultService), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::startRead(const QString& key, CallHandle call)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    prepare(*job, key);
    connect(job, &QKeychain::Job::finished, job, [call](QKeychain::Job* finished) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() != QKeychain::NoError) {
            call->answerProblem(logFailure(*read, "read"), read->errorString());
            return;
        }
        QByteArray data = read->binaryData();
        crypto::SecureBytes secret = crypto::SecureBytes::copyOf(data);
        wipeShared(data);
        if (secret.isEmpty()) {
            // We never write empty entries; one must have been made by someone else.
            call->answerProblem(SecretProblem::Other, QStringLiteral("empty entry"));
            return;
        }
        call->answerSecret(std::move(secret));
    });
    job->start();
}

void KeychainSecretStore::startWrite(const QString& key, const crypto::SecureBytes& secret,
                                     CallHandle call)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    prepare(*job, key);
    // QtKeychain takes a QByteArray; this one is shared with the job and wiped, in
    // place, once the job has finished with it.
    QByteArray data(secret.view().data(), secret.view().size());
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, job, [call, data](QKeychain::Job* finished) mutable {
        wipeShared(data);
        if (finished->error() != QKeychain::NoError) {
            call->answerProblem(logFailure(*finished, "write"), finished->errorString());
            return;
        }
        call->answerDone();
    });
    job->start();
}

void KeychainSecretStore::startRemove(const QString& key, CallHandle call)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    prepare(*job, key);
    connect(job, &QKeychain::Job::finished, job, [call](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            call->answerProblem(logFailure(*finished, "remove"), finished->errorString());
            return;
        }
        call->answerDone();
    });
    job->start();
}

} // namespace sharewise::secrets
