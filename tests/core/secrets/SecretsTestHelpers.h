#pragma once

#include "crypto/Identity.h"
#include "crypto/SecureBytes.h"
#include "secrets/OwnIdentities.h"
#include "secrets/SecretStore.h"

#include <QByteArray>

#include <optional>
#include <utility>

// Collectors for the asynchronous callbacks of SecretStore and OwnIdentities. Each one
// counts its calls, so a test can see that a callback came exactly once.
namespace sharewise::secrets::test {

struct ReadOutcome
{
    int calls = 0;
    std::optional<Result<crypto::SecureBytes>> result;
    SecretProblem problem = SecretProblem::None;

    SecretStore::ReadCallback callback()
    {
        return [this](Result<crypto::SecureBytes> r, SecretProblem p) {
            ++calls;
            result.emplace(std::move(r));
            problem = p;
        };
    }
    [[nodiscard]] bool ok() const { return result && result->ok(); }
    [[nodiscard]] QByteArray bytes() const
    {
        return ok() ? result->value().view().toByteArray() : QByteArray();
    }
};

struct StatusOutcome
{
    int calls = 0;
    std::optional<Status> status;
    SecretProblem problem = SecretProblem::None;

    SecretStore::StatusCallback callback()
    {
        return [this](Status s, SecretProblem p) {
            ++calls;
            status.emplace(std::move(s));
            problem = p;
        };
    }
    [[nodiscard]] bool ok() const { return status && status->ok(); }
};

struct IdentityOutcome
{
    int calls = 0;
    std::optional<Result<crypto::Identity>> result;
    SecretProblem problem = SecretProblem::None;

    OwnIdentities::IdentityCallback callback()
    {
        return [this](Result<crypto::Identity> r, SecretProblem p) {
            ++calls;
            result.emplace(std::move(r));
            problem = p;
        };
    }
    [[nodiscard]] bool ok() const { return result && result->ok(); }
};

inline crypto::SecureBytes secretOf(QByteArrayView bytes)
{
    return crypto::SecureBytes::copyOf(bytes);
}

} // namespace sharewise::secrets::test
