#include "error.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace SniDoctor {

namespace {

// scheme://user:password@host, as servers, proxies and Qt's own error strings write it.
const QRegularExpression &urlPassword()
{
    static const QRegularExpression pattern(
        QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]*):[^@/\\s]*@"));
    return pattern;
}

} // namespace

QString withoutUrlPasswords(QString text)
{
    if (text.contains(QLatin1String("://")))
        text.replace(urlPassword(), QStringLiteral("\\1:***@"));
    return text;
}

// No error says a password that came inside a URL (a kubeconfig's server, a proxy),
// whatever the message around it.
Error::Error(const ErrorDomain &domain, int code, Args args)
    : m_domain(&domain)
    , m_code(code)
{
    const QList<std::pair<QString, QString>> items = args.items();
    for (const auto &[name, value] : items) {
        if (value.contains(QLatin1String("://")))
            args.insert(name.toUtf8().constData(), withoutUrlPasswords(value));
    }
    m_args = std::move(args);
}

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
