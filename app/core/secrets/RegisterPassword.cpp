#include "secrets/RegisterPassword.h"

namespace sharewise::secrets {

QString registerPasswordKey(const ServerConnection& server)
{
    return QStringLiteral("register/") + server.display();
}

void readRegisterPassword(SecretStore& store, const ServerConnection& server, QObject* context,
                          RegisterPasswordCallback done)
{
    store.read(registerPasswordKey(server), context,
               [done = std::move(done)](Result<crypto::SecureBytes> secret, SecretProblem problem) {
                   if (secret) {
                       done(std::make_shared<const crypto::SecureBytes>(std::move(secret).value()),
                            SecretProblem::None);
                       return;
                   }
                   if (problem == SecretProblem::EntryNotFound ||
                       problem == SecretProblem::NoBackendAvailable) {
                       done(std::shared_ptr<const crypto::SecureBytes>(), problem);
                       return;
                   }
                   done(secret.error(), problem);
               });
}

void saveRegisterPassword(SecretStore& store, const ServerConnection& server,
                          const crypto::SecureBytes& password, QObject* context,
                          SecretStore::StatusCallback done)
{
    if (password.isEmpty())
        store.remove(registerPasswordKey(server), context, std::move(done));
    else
        store.write(registerPasswordKey(server), password, context, std::move(done));
}

} // namespace sharewise::secrets
