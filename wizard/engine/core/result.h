#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace SniDoctor {

// An engine error: a stable code for programs and tests, and a message already in
// the user's language (built with tr() at the moment the error happens).
struct Error
{
    QString code;
    QString message;
};

// The value of an engine call, or the error that prevented it. No exception crosses
// an engine API: bad input comes back as an Error.
template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return *m_value; }
    [[nodiscard]] T &value() & { return *m_value; }
    [[nodiscard]] T &&value() && { return std::move(*m_value); }
    [[nodiscard]] const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace SniDoctor
