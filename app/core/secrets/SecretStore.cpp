#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <optional>
#include <utility>

namespace sharewise::secrets {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

Error requestFault()
{
    return makeError(ErrorKind::Usage,
                     Tr::tr("Sharewise asked the password store for an entry without a name or "
                            "without a value. This is a fault in Sharewise: please report it."));
}

} // namespace

// Holds one request's callback until its single answer is delivered. Shared between the
// backend (which answers), the timeout timer and the queued delivery, so whichever
// comes first wins and the others find it already answered.
class SecretStore::PendingCall final : public SecretStore::Call,
                                       public std::enable_shared_from_this<PendingCall>
{
public:
    PendingCall(SecretStore* store, QObject* context, bool isRead, ReadCallback readDone,
                StatusCallback statusDone, bool missingIsSuccess)
        : m_store(store)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_isRead(isRead)
        , m_readDone(std::move(readDone))
        , m_statusDone(std::move(statusDone))
        , m_missingIsSuccess(missingIsSuccess)
    {}

    void startTimer(std::chrono::milliseconds timeout)
    {
        if (timeout.count() <= 0 || !m_store)
            return;
        auto* timer = new QTimer(m_store);
        timer->setSingleShot(true);
        // The timer holds the call so that a backend which drops it unanswered still
        // ends in a timeout rather than in silence.
        QObject::connect(timer, &QTimer::timeout, m_store, [self = shared_from_this()] {
            self->answerProblem(SecretProblem::Timeout, {});
        });
        m_timer = timer;
        timer->start(timeout);
    }

    void answerSecret(crypto::SecureBytes secret) override
    {
        if (!m_isRead) {
            answerDone();
            return;
        }
        if (!claim())
            return;
        m_secret.emplace(std::move(secret));
        deliverLater();
    }

    void answerDone() override
    {
        if (m_isRead) { // a read must come with its secret
            answerError(errorFor(SecretProblem::Other), SecretProblem::Other);
            return;
        }
        if (!claim())
            return;
        m_status.emplace();
        deliverLater();
    }

    void answerProblem(SecretProblem problem, const QString& detail) override
    {
        if (problem == SecretProblem::None ||
            (problem == SecretProblem::EntryNotFound && m_missingIsSuccess)) {
            answerDone();
            return;
        }
        answerError(errorFor(problem, detail), problem);
    }

    void answerError(Error error, SecretProblem problem)
    {
        if (!claim())
            return;
        if (m_isRead)
            m_secret.emplace(std::move(error));
        else
            m_status.emplace(std::move(error));
        m_problem = problem;
        deliverLater();
    }

    [[nodiscard]] bool isAnswered() const override { return m_answered; }

private:
    bool claim()
    {
        Q_ASSERT(!m_store || QThread::currentThread() == m_store->thread());
        if (m_answered)
            return false;
        m_answered = true;
        if (m_timer) {
            m_timer->stop();
            m_timer->deleteLater(); // we may be inside its own timeout signal
        }
        return true;
    }

    // Never call back from inside read()/write()/remove() or a backend's own callback:
    // the caller's state may be half-built there.
    void deliverLater()
    {
        if (!m_store)
            return;
        QMetaObject::invokeMethod(
            m_store, [self = shared_from_this()] { self->deliver(); }, Qt::QueuedConnection);
    }

    void deliver()
    {
        if (m_hasContext && !m_context)
            return;
        if (m_isRead) {
            const ReadCallback done = std::exchange(m_readDone, {});
            if (done)
                done(std::move(*m_secret), m_problem);
        } else {
            const StatusCallback done = std::exchange(m_statusDone, {});
            if (done)
                done(std::move(*m_status), m_problem);
        }
    }

    QPointer<SecretStore> m_store;
    QPointer<QObject> m_context;
    bool m_hasContext = false;
    bool m_isRead = false;
    ReadCallback m_readDone;
    StatusCallback m_statusDone;
    bool m_missingIsSuccess = false;
    bool m_answered = false;
    QPointer<QTimer> m_timer;
    std::optional<Result<crypto::SecureBytes>> m_secret;
    std::optional<Status> m_status;
    SecretProblem m_problem = SecretProblem::None;
};

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

std::shared_ptr<SecretStore::PendingCall> SecretStore::begin(QObject* context, bool isRead,
                                                             ReadCallback readDone,
                                                             StatusCallback statusDone,
                                                             bool missingIsSuccess)
{
    auto call = std::make_shared<PendingCall>(this, context, isRead, std::move(readDone),
                                              std::move(statusDone), missingIsSuccess);
    call->startTimer(m_timeout);
    return call;
}

void SecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    auto call = begin(context, true, std::move(done), {}, false);
    if (key.isEmpty()) {
        call->answerError(requestFault(), SecretProblem::Other);
        return;
    }
    startRead(key, call);
}

void SecretStore::write(const QString& key, const crypto::SecureBytes& secret, QObject* context,
                        StatusCallback done)
{
    auto call = begin(context, false, {}, std::move(done), false);
    if (key.isEmpty() || secret.isEmpty()) {
        call->answerError(requestFault(), SecretProblem::Other);
        return;
    }
    startWrite(key, secret, call);
}

void SecretStore::remove(const QString& key, QObject* context, StatusCallback done)
{
    auto call = begin(context, false, {}, std::move(done), true);
    if (key.isEmpty()) {
        call->answerError(requestFault(), SecretProblem::Other);
        return;
    }
    startRemove(key, call);
}

Error SecretStore::errorFor(SecretProblem problem, const QString& detail)
{
    switch (problem) {
    case SecretProblem::None:
        break;
    case SecretProblem::NoBackendAvailable:
        return makeError(ErrorKind::Failure,
                         Tr::tr("This computer has no password store that Sharewise can use. "
                                "Ask your IT team to turn one on, or keep your identity in a "
                                "passphrase-protected identity file instead."));
    case SecretProblem::AccessDenied:
        return makeError(ErrorKind::Policy,
                         Tr::tr("Sharewise was not allowed to use this computer's password "
                                "store. Unlock it, or allow access when you are asked, then try "
                                "again."));
    case SecretProblem::EntryNotFound:
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The password store on this computer does not hold this entry. "
                                "It may have been removed, or it was saved on another computer."));
    case SecretProblem::Timeout:
        return makeError(ErrorKind::Failure,
                         Tr::tr("The password store did not answer in time. If it is waiting "
                                "for you to unlock it, do so, then try again."));
    case SecretProblem::Other:
        if (detail.isEmpty())
            return makeError(ErrorKind::Failure,
                             Tr::tr("The password store could not do what Sharewise asked. Try "
                                    "again; if it keeps happening, ask your IT team."));
        return makeError(ErrorKind::Failure,
                         Tr::tr("The password store could not do what Sharewise asked (%1). Try "
                                "again; if it keeps happening, ask your IT team.")
                             .arg(detail));
    }
    return makeError(ErrorKind::Failure,
                     Tr::tr("The password store could not do what Sharewise asked. Try again; if "
                            "it keeps happening, ask your IT team."));
}

} // namespace sharewise::secrets
