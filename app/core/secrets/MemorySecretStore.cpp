#include "secrets/MemorySecretStore.h"

#include "common/Logging.h"

namespace sharewise::secrets {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{
    // So that a production log shows it if this store is ever wired in by mistake.
    qCInfo(lcApp) << "secrets: using the in-memory store; nothing is kept after exit";
}

MemorySecretStore::~MemorySecretStore() = default;

bool MemorySecretStore::answeredBySimulation(const CallHandle& call)
{
    switch (m_simulated) {
    case SecretProblem::None:
        return false;
    case SecretProblem::Timeout:
        return true; // never answer; the base class's timer ends the call
    default:
        call->answerProblem(m_simulated, QStringLiteral("simulated"));
        return true;
    }
}

void MemorySecretStore::startRead(const QString& key, CallHandle call)
{
    if (answeredBySimulation(call))
        return;
    const auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        call->answerProblem(SecretProblem::EntryNotFound);
        return;
    }
    call->answerSecret(crypto::SecureBytes::copyOf(it->second.view()));
}

void MemorySecretStore::startWrite(const QString& key, const crypto::SecureBytes& secret,
                                   CallHandle call)
{
    if (answeredBySimulation(call))
        return;
    m_entries.insert_or_assign(key, crypto::SecureBytes::copyOf(secret.view()));
    call->answerDone();
}

void MemorySecretStore::startRemove(const QString& key, CallHandle call)
{
    if (answeredBySimulation(call))
        return;
    if (m_entries.erase(key) == 0) {
        call->answerProblem(SecretProblem::EntryNotFound);
        return;
    }
    call->answerDone();
}

} // namespace sharewise::secrets
