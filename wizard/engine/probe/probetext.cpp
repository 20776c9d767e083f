#include "probetext.h"

namespace SniDoctor {

QString ProbeText::sniLabel(const ProbeAttempt &attempt)
{
    switch (attempt.sniChoice) {
    case SniChoice::HostName:
        return attempt.sni;
    case SniChoice::None:
        return tr("(none)");
    case SniChoice::UnknownName:
        return tr("%1 (unknown name)").arg(attempt.sni);
    }
    return {};
}

QString ProbeText::outcomeLabel(const ProbeAttempt &attempt)
{
    switch (attempt.outcome) {
    case Outcome::HandshakeOk:
        return tr("Handshake OK");
    case Outcome::Reset:
        return tr("Reset by peer (TCP RST)");
    case Outcome::Alert:
        return tr("TLS alert: %1").arg(attempt.alert);
    case Outcome::Closed:
        return tr("Closed without alert");
    case Outcome::Timeout:
        return tr("No answer (timeout)");
    case Outcome::Refused:
        return tr("Connection refused");
    case Outcome::Unreachable:
        return tr("Unreachable");
    case Outcome::DnsError:
        return tr("Name not resolved");
    case Outcome::NotTls:
        return tr("Not TLS");
    case Outcome::Aborted:
        return attempt.alert.isEmpty()
                   ? tr("Ended on this side (no alert from the peer)")
                   : tr("Ended on this side with the TLS alert %1 (none from the peer)")
                         .arg(attempt.alert);
    case Outcome::Canceled:
        return tr("Canceled");
    }
    return {};
}

QString ProbeText::outcomePhrase(const QString &outcomeWithAlert)
{
    const QString outcome = outcomeWithAlert.section(QLatin1Char(':'), 0, 0);
    const QString alert = outcomeWithAlert.section(QLatin1Char(':'), 1);
    if (outcome == QLatin1String("handshake_ok"))
        return tr("a completed handshake");
    if (outcome == QLatin1String("reset"))
        return tr("a TCP reset (\"Connection reset by peer\", ECONNRESET)");
    if (outcome == QLatin1String("alert"))
        return tr("a TLS alert %1").arg(alert);
    if (outcome == QLatin1String("closed"))
        return tr("the connection closed without a certificate");
    if (outcome == QLatin1String("timeout"))
        return tr("no answer before the timeout");
    if (outcome == QLatin1String("refused"))
        return tr("a refused connection (nothing listens on that port)");
    if (outcome == QLatin1String("unreachable"))
        return tr("no route to the address");
    if (outcome == QLatin1String("dns_error"))
        return tr("a name that does not resolve");
    if (outcome == QLatin1String("not_tls"))
        return tr("an answer that is not TLS (is this an HTTP port?)");
    if (outcome == QLatin1String("aborted"))
        return tr("a handshake this machine ended (no alert came from the peer)");
    return tr("a canceled attempt");
}

QString ProbeText::title(const Finding &finding)
{
    const QString &id = finding.id;
    if (id == QLatin1String("non_sni_rejected"))
        return tr("Clients without SNI are refused");
    if (id == QLatin1String("non_sni_accepted"))
        return tr("Clients without SNI get a certificate");
    if (id == QLatin1String("sni_rejected"))
        return tr("Even clients with SNI are refused");
    if (id == QLatin1String("endpoint_unreachable"))
        return tr("The endpoint cannot be reached");
    if (id == QLatin1String("certificate_mismatch"))
        return tr("The certificate sent without SNI does not cover the host name");
    return {};
}

QString ProbeText::detail(const Finding &finding)
{
    const QString &id = finding.id;
    const Args &a = finding.args;
    if (id == QLatin1String("non_sni_rejected")) {
        return tr("With SNI %1 the handshake completes; without SNI it ends in %2. Non-SNI "
                  "clients are not enabled: no wildcard ApigeeRoute (hostnames [\"*\"], "
                  "enableNonSniClient: true) serves this ingress. With an unknown name: %3.")
            .arg(a.value("host"), outcomePhrase(a.value("outcome")),
                 outcomePhrase(a.value("unknown_outcome")));
    }
    if (id == QLatin1String("non_sni_accepted")) {
        QString text = tr("Without SNI the ingress returns the certificate %1, issued by %2 "
                          "(SHA-256 %3): a wildcard route serves clients that send no SNI.")
                           .arg(a.value("subject"), a.value("issuer"), a.value("sha256"));
        if (a.value("unknown_outcome") == QLatin1String("handshake_ok"))
            text += QLatin1Char(' ') + tr("Unknown host names are served too.");
        else
            text +=
                QLatin1Char(' ') +
                tr("An unknown host name gets %1.").arg(outcomePhrase(a.value("unknown_outcome")));
        return text;
    }
    if (id == QLatin1String("sni_rejected")) {
        return tr("With SNI %1 the handshake ends in %2. This is not the non-SNI problem: check "
                  "that the host name belongs to an environment group, that its ApigeeRoute is "
                  "running, and the virtual host's certificate.")
            .arg(a.value("host"), outcomePhrase(a.value("outcome")));
    }
    if (id == QLatin1String("endpoint_unreachable")) {
        const QString via = a.value("connect").isEmpty()
                                ? a.value("endpoint")
                                : tr("%1 via %2").arg(a.value("endpoint"), a.value("connect"));
        return tr("Connecting to %1 gave %2. Check the host name or address, the port, "
                  "firewalls, and that the ingress service is exposed. (%3)")
            .arg(via, outcomePhrase(a.value("outcome")), a.value("error"));
    }
    if (id == QLatin1String("certificate_mismatch")) {
        return tr("Without SNI the ingress sends %2, whose names (%3) do not include %1. Clients "
                  "that check the host name will reject it: give the wildcard route the "
                  "credential of a virtual host that covers this name.")
            .arg(a.value("host"), a.value("subject"),
                 a.value("sans").isEmpty() ? tr("none") : a.value("sans"));
    }
    return {};
}

QString ProbeText::verdict(const ProbeReport &report)
{
    if (report.canceled)
        return tr("The probe was canceled before it could decide.");
    const Finding *lead = leadingFinding(report.findings);
    if (!lead)
        return tr("No conclusion: the probe did not run.");
    if (lead->id == QLatin1String("non_sni_rejected"))
        return tr("Non-SNI clients are not enabled: %1 answers a handshake with SNI but "
                  "ends one without SNI in %2.")
            .arg(report.target.host, outcomePhrase(lead->args.value("outcome")));
    if (lead->id == QLatin1String("non_sni_accepted") ||
        lead->id == QLatin1String("certificate_mismatch"))
        return tr("Non-SNI clients are enabled: %1 returns a certificate without SNI.")
            .arg(report.target.host);
    return title(*lead) + QLatin1Char('.');
}

QString ProbeText::nextStep(const ProbeReport &report)
{
    const Finding *lead = leadingFinding(report.findings);
    if (report.canceled || !lead)
        return tr("Run the probe to get a verdict.");
    if (lead->id == QLatin1String("non_sni_rejected"))
        return tr("Check the Apigee routes (step 5): one route must have hostnames [\"*\"] "
                  "and enableNonSniClient: true, and every virtual host must list it in "
                  "additionalGateways in overrides.yaml (step 6).");
    if (lead->id == QLatin1String("non_sni_accepted") ||
        lead->id == QLatin1String("certificate_mismatch"))
        return tr("A wildcard route is in place. If a client is still reset, find its connections "
                  "in the ingress access logs (step 2) or in a packet capture (step 3): it may "
                  "reach another ingress, or fail for another reason.");
    if (lead->id == QLatin1String("sni_rejected"))
        return tr("Fix the handshake with SNI first: compare the host name with the environment "
                  "group's hostnames and check the virtual host's ApigeeRoute (step 5).");
    if (lead->id == QLatin1String("endpoint_unreachable"))
        return tr("Make sure this machine can reach the ingress (same network, VPN, firewall), or "
                  "enter the ingress IP address in \"Connect to\".");
    return {};
}

namespace {

QString probeErrorId(int code)
{
    switch (ProbeError(code)) {
    case ProbeError::NoHost:
        return QStringLiteral("probe_no_host");
    case ProbeError::BadPort:
        return QStringLiteral("probe_bad_port");
    case ProbeError::BadTimeout:
        return QStringLiteral("probe_bad_timeout");
    case ProbeError::BadCaFile:
        return QStringLiteral("probe_bad_ca_file");
    case ProbeError::CaFileMissing:
        return QStringLiteral("probe_ca_file_missing");
    case ProbeError::CaFileUnreadable:
        return QStringLiteral("probe_ca_file_unreadable");
    }
    return QStringLiteral("probe_error");
}

QString probeErrorMessage(const Error &error)
{
    const Args &a = error.args();
    switch (ProbeError(error.code())) {
    case ProbeError::NoHost:
        return QCoreApplication::translate("SniDoctor::TlsProbe",
                                           "Enter the API host name to probe.");
    case ProbeError::BadPort:
        return QCoreApplication::translate("SniDoctor::TlsProbe",
                                           "The port must be between 1 and 65535.");
    case ProbeError::BadTimeout:
        return QCoreApplication::translate("SniDoctor::TlsProbe",
                                           "The timeout must be at least one second.");
    case ProbeError::BadCaFile:
        return QCoreApplication::translate(
                   "SniDoctor::TlsProbe",
                   "Cannot read the CA file %1: expected PEM certificates. %2")
            .arg(a.value("file"), a.value("detail"))
            .trimmed();
    case ProbeError::CaFileMissing:
        return QCoreApplication::translate(
                   "SniDoctor::TlsProbe",
                   "The CA file %1 does not exist. Check the path, or leave the field empty to "
                   "use the system's CAs.")
            .arg(a.value("file"));
    case ProbeError::CaFileUnreadable:
        if (a.value("reason") == QLatin1String("folder"))
            return QCoreApplication::translate(
                       "SniDoctor::TlsProbe",
                       "The CA file %1 is a folder: choose the PEM file of the CA certificates.")
                .arg(a.value("file"));
        return QCoreApplication::translate("SniDoctor::TlsProbe", "Cannot read the CA file %1: %2")
            .arg(a.value("file"), a.value("detail"));
    }
    return {};
}

} // namespace

const ErrorDomain &errorDomain(ProbeError)
{
    static const ErrorDomain domain{"probe", probeErrorId, probeErrorMessage};
    return domain;
}

} // namespace SniDoctor
