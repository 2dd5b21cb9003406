#pragma once

#include "common/Error.h"
#include "crypto/SecureBytes.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace sharewise::secrets {

// Which of the credential store's failures happened, for callers that must act on it
// (for example: offer an identity file when there is no store at all). The Error that
// comes with it carries the plain sentence for the user.
enum class SecretProblem
{
    None,               // success
    NoBackendAvailable, // no credential store on this computer     → ErrorKind::Failure
    AccessDenied,       // the user (or the system) refused access  → ErrorKind::Policy
    EntryNotFound,      // nothing stored under that key            → ErrorKind::BadInput
    Timeout,            // the store did not answer in time         → ErrorKind::Failure
    Other,              // anything else the store reported         → ErrorKind::Failure
    // A malformed request (empty key, empty secret) is ErrorKind::Usage with Other.
};

// The operating system's credential store (Windows Credential Manager, macOS Keychain,
// Secret Service on Linux) seen as a map from key to secret bytes.
//
// Every call is asynchronous because the stores are: it returns at once and calls
// `done` later from the calling thread's event loop, exactly once, never from inside
// the call itself. No nested event loop is ever run to wait. A call that gets no answer
// within timeout() ends with SecretProblem::Timeout; a late answer is then ignored.
// `done` is dropped, not called, if `context` (when given) or the store is destroyed
// first, so a closed dialog is never called back.
//
// The store belongs to the thread that created it, which must run an event loop (the
// GUI thread, or a thread with its own loop; never a pool job).
//
// remove() of a key that is not there succeeds: stores disagree on whether that is an
// error, and every caller wants "it is gone" either way.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<crypto::SecureBytes>, SecretProblem)>;
    using StatusCallback = std::function<void(Status, SecretProblem)>;

    static constexpr std::chrono::milliseconds DefaultTimeout{30'000};

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    void read(const QString& key, QObject* context, ReadCallback done);
    void write(const QString& key, const crypto::SecureBytes& secret, QObject* context,
               StatusCallback done);
    void remove(const QString& key, QObject* context, StatusCallback done);

    // For calls started afterwards. Zero or less waits for ever (tests of a hung store).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // The plain sentence (and kind) shown for each problem. `detail` is the store's own
    // words, added only to SecretProblem::Other, where they help whoever supports the user.
    static Error errorFor(SecretProblem problem, const QString& detail = {});

protected:
    // One request in flight. A backend answers it once, from the event loop or at once;
    // answers after the first (or after the timeout) are ignored.
    class Call
    {
    public:
        virtual ~Call() = default;
        virtual void answerSecret(crypto::SecureBytes secret) = 0; // read succeeded
        virtual void answerDone() = 0;                             // write or remove succeeded
        virtual void answerProblem(SecretProblem problem, const QString& detail = {}) = 0;
        [[nodiscard]] virtual bool isAnswered() const = 0;
    };
    using CallHandle = std::shared_ptr<Call>;

    // `key` is non-empty and `secret` is non-empty: the base class checks both.
    virtual void startRead(const QString& key, CallHandle call) = 0;
    virtual void startWrite(const QString& key, const crypto::SecureBytes& secret,
                            CallHandle call) = 0;
    virtual void startRemove(const QString& key, CallHandle call) = 0;

private:
    class PendingCall;

    std::shared_ptr<PendingCall> begin(QObject* context, bool isRead, ReadCallback readDone,
                                       StatusCallback statusDone, bool missingIsSuccess);

    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace sharewise::secrets
