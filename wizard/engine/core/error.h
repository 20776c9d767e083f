#pragma once

#include "core/args.h"

#include <QString>

#include <memory>

namespace SniDoctor {

class Error;

// The errors of one engine module: the module's enum of codes, the stable id of each
// (for programs, tests and JSON) and the sentence that says it. Each module defines
// one, and an errorDomain(ModuleError) overload that returns it, so that
// Error(ModuleError::Code, args) finds it.
struct ErrorDomain
{
    const char *name;                       // "probe": for developers' logs
    QString (*id)(int code);                // "probe_no_host"
    QString (*message)(const Error &error); // in the current language, at display time
    int canceledCode = -1;                  // the code that means "canceled", if any
};

// An engine error: a module's code and the language-neutral values it needs (a file,
// a line, the system's own error text). The message is made when it is shown, in the
// language of that moment, so that a language switch says it again in the new one.
// A default-constructed Error is no error.
// text with the password of every scheme://user:password@ URL shown as ***.
[[nodiscard]] QString withoutUrlPasswords(QString text);

class Error final
{
public:
    Error() = default;
    Error(const ErrorDomain &domain, int code, Args args = {});
    template <typename Code>
    requires requires(Code code) { errorDomain(code); }
    Error(Code code, Args args = {})
        : Error(errorDomain(code), int(code), std::move(args))
    {}

    // The core's "canceled": the user stopped the work.
    [[nodiscard]] static Error canceled();

    [[nodiscard]] bool isNull() const { return m_domain == nullptr; }
    [[nodiscard]] bool isCanceled() const;
    template <typename Code> [[nodiscard]] bool is(Code code) const
    {
        return m_domain == &errorDomain(code) && m_code == int(code);
    }

    [[nodiscard]] QString id() const;      // stable: "probe_no_host"; empty for no error
    [[nodiscard]] QString message() const; // in the current language
    [[nodiscard]] const Args &args() const { return m_args; }
    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] const ErrorDomain *domain() const { return m_domain; }

    // The error that caused this one (a context's problem behind "cannot use it"),
    // said after it; null when none.
    [[nodiscard]] Error withCause(const Error &cause) const;
    [[nodiscard]] const Error *cause() const { return m_cause.get(); }

private:
    const ErrorDomain *m_domain = nullptr;
    int m_code = 0;
    Args m_args;
    std::shared_ptr<const Error> m_cause;
};

// The core's own errors.
enum class CoreError
{
    Canceled,
};
[[nodiscard]] const ErrorDomain &errorDomain(CoreError);

} // namespace SniDoctor
