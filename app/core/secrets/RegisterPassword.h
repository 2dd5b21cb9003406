#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QString>

#include <functional>
#include <memory>

namespace sharewise::secrets {

// The shared register's password, kept in the credential store and nowhere else (never
// in the settings, a log or a QString beyond the moment it is typed or used). One entry
// per login, under "register/<user>@<host>:<port>/<database>". No entry means no
// password: the council signs its staff in with Kerberos (GSSAPI), or the server trusts
// a local socket.
QString registerPasswordKey(const ServerConnection& server);

// The password for `server`, or null when none is saved. A computer without a
// credential store has none saved (the SecretProblem says NoBackendAvailable beside
// the success, for a caller that wants to log it); access refused, a store that does
// not answer and its other failures are errors, with the store's plain sentence.
// Asynchronous, with SecretStore's rules (called once, later; dropped if `context` goes).
using RegisterPasswordCallback =
    std::function<void(Result<std::shared_ptr<const crypto::SecureBytes>>, SecretProblem)>;
void readRegisterPassword(SecretStore& store, const ServerConnection& server, QObject* context,
                          RegisterPasswordCallback done);

// Saves `password` for `server`, replacing any saved before; an empty one removes the
// entry (signing in without a password).
void saveRegisterPassword(SecretStore& store, const ServerConnection& server,
                          const crypto::SecureBytes& password, QObject* context,
                          SecretStore::StatusCallback done);

} // namespace sharewise::secrets
