#pragma once

#include "common/Error.h"

namespace sharewise {

// Exit codes of sharewise-cli, the same for every command (documented in README.md).
enum class ExitCode : int
{
    Success = 0,
    Usage = 1,              // a usage error: unknown command, missing argument
    BadInput = 2,           // a file that is missing, unreadable or not what it claims
    VerificationFailed = 3, // a damaged or altered bundle, signature or audit chain
    RefusedByPolicy = 4,    // refused by a rule: an expired agreement, a newer database
    Failure = 5,            // the system failed: disk full, database locked, ...
};

constexpr ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage:
        return ExitCode::Usage;
    case ErrorKind::BadInput:
        return ExitCode::BadInput;
    case ErrorKind::Verification:
        return ExitCode::VerificationFailed;
    case ErrorKind::Policy:
        return ExitCode::RefusedByPolicy;
    case ErrorKind::Failure:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace sharewise
