#include "error.h"

#include <QCoreApplication>

namespace SniDoctor {

Error::Error(const ErrorDomain &domain, int code, Args args)
    : m_domain(&domain)
    , m_code(code)
    , m_args(std::move(args))
{}

Error Error::canceled()
{
    return Error(CoreError::Canceled);
}

bool Error::isCanceled() const
{
    return m_domain && m_code == m_domain->canceledCode;
}

QString Error::id() const
{
    return m_domain ? m_domain->id(m_code) : QString();
}

QString Error::message() const
{
    return m_domain ? m_domain->message(*this) : QString();
}

Error Error::withCause(const Error &cause) const
{
    Error copy = *this;
    copy.m_cause = std::make_shared<const Error>(cause);
    return copy;
}

namespace {

QString coreId(int code)
{
    switch (CoreError(code)) {
    case CoreError::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("core_error");
}

QString coreMessage(const Error &error)
{
    switch (CoreError(error.code())) {
    case CoreError::Canceled:
        return QCoreApplication::translate("SniDoctor::CoreText", "Canceled: no result.");
    }
    return {};
}

const ErrorDomain kCoreErrors{"core", coreId, coreMessage, int(CoreError::Canceled)};

} // namespace

const ErrorDomain &errorDomain(CoreError)
{
    return kCoreErrors;
}

} // namespace SniDoctor
