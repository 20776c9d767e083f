#include "lab/practicelab.h"

#include <QCoreApplication>

namespace SniDoctor {

namespace {

QString labErrorId(int code)
{
    switch (LabError(code)) {
    case LabError::NoHosts:
        return QStringLiteral("lab_no_hosts");
    case LabError::BadAddress:
        return QStringLiteral("lab_bad_address");
    case LabError::Listen:
        return QStringLiteral("lab_listen");
    case LabError::Certificates:
        return QStringLiteral("lab_certificates");
    }
    return QStringLiteral("lab_error");
}

QString labErrorMessage(const Error &error)
{
    const Args &a = error.args();
    switch (LabError(error.code())) {
    case LabError::NoHosts:
        return QCoreApplication::translate("SniDoctor::PracticeLab",
                                           "The lab needs at least one host name.");
    case LabError::BadAddress:
        return QCoreApplication::translate("SniDoctor::PracticeLab",
                                           "The lab listens on an IP address; \"%1\" is not one.")
            .arg(a.value("address"));
    case LabError::Listen:
        return QCoreApplication::translate("SniDoctor::PracticeLab",
                                           "The lab cannot listen on %1 port %2: %3")
            .arg(a.value("address"), a.value("port"), a.value("reason"));
    case LabError::Certificates:
        return QCoreApplication::translate("SniDoctor::PracticeLab",
                                           "OpenSSL could not create the lab's certificates.");
    }
    return {};
}

} // namespace

const ErrorDomain &errorDomain(LabError)
{
    static const ErrorDomain domain{"lab", labErrorId, labErrorMessage};
    return domain;
}

} // namespace SniDoctor
