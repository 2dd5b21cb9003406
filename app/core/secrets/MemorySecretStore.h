#pragma once

#include "secrets/SecretStore.h"

#include <QString>

#include <map>

namespace sharewise::secrets {

// A SecretStore that keeps its secrets in guarded memory and forgets them when it is
// destroyed. For unit tests, which can make it fail in each of the ways a real store
// fails, and for a caller that has told the user nothing will be kept. It must never
// stand in silently for a missing credential store in production: a user who thinks
// their identity is saved would lose it when Sharewise closes.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);
    ~MemorySecretStore() override;

    // Every following call fails with `problem` (None: work normally again). Timeout
    // makes the store never answer, so the caller's timeout really runs out.
    void simulateProblem(SecretProblem problem) { m_simulated = problem; }

    [[nodiscard]] bool contains(const QString& key) const { return m_entries.count(key) > 0; }
    [[nodiscard]] int size() const { return static_cast<int>(m_entries.size()); }

protected:
    void startRead(const QString& key, CallHandle call) override;
    void startWrite(const QString& key, const crypto::SecureBytes& secret,
                    CallHandle call) override;
    void startRemove(const QString& key, CallHandle call) override;

private:
    bool answeredBySimulation(const CallHandle& call);

    std::map<QString, crypto::SecureBytes> m_entries;
    SecretProblem m_simulated = SecretProblem::None;
};

} // namespace sharewise::secrets
