#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sharewise {

// What kind of failure an operation met. The command line maps each kind to its exit
// code (see ExitCode.h); the GUI to the tone of its message.
enum class ErrorKind
{
    Usage,        // the caller asked for something that makes no sense
    BadInput,     // a file that is missing, unreadable, or not what it claims
    Verification, // a hash, signature or chain that does not check
    Policy,       // refused by a rule (an expired agreement, a newer database)
    Failure,      // the system failed us: disk full, database locked, ...
};

// An error is a value. `message` is one plain sentence for a non-specialist: what went
// wrong and what to do. `where` names the place (file, row, column) when known.
struct Error
{
    ErrorKind kind = ErrorKind::Failure;
    QString message;
    QString where;
    // A stable machine name for failures callers act on ("bundle.not_addressed"), so
    // they never match on the (translated) message. Empty for most errors.
    QString code;

    // The message with its place in front, as shown on a command line.
    [[nodiscard]] QString fullMessage() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

// A value or an error; move-only values are fine.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorKind kind, QString message, QString where = {})
{
    return Error{kind, std::move(message), std::move(where), {}};
}

inline Error withCode(Error error, const char* code)
{
    error.code = QString::fromLatin1(code);
    return error;
}

} // namespace sharewise
