#pragma once

#include "secrets/SecretStore.h"

#include <QString>

namespace sharewise::secrets {

// The real credential store, through QtKeychain: Windows Credential Manager, the macOS
// Keychain, or the Secret Service (GNOME Keyring, KWallet) on Linux. Entries are kept
// under the service name ("Sharewise"), one per key, as binary data.
//
// QtKeychain's insecure fallback (secrets in a plain settings file when no store
// exists) is always off: without a store the caller gets NoBackendAvailable and can
// offer an identity file instead. Nothing is cached here: every read asks the store.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr char DefaultService[] = "Sharewise";

    // `service` other than the default is for tests, so they never touch a real user's
    // entries.
    explicit KeychainSecretStore(QObject* parent = nullptr);
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    [[nodiscard]] QString service() const { return m_service; }

protected:
    void startRead(const QString& key, CallHandle call) override;
    void startWrite(const QString& key, const crypto::SecureBytes& secret,
                    CallHandle call) override;
    void startRemove(const QString& key, CallHandle call) override;

private:
    QString m_service;
};

} // namespace sharewise::secrets
