#include "core/shellquote.h"
#include "tlsprobe.h"

#include <QHostAddress>

#include <algorithm>

namespace SniDoctor {

namespace {

QString hostPort(const ProbeTarget &target)
{
    QHostAddress literal;
    if (literal.setAddress(target.host) && literal.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(target.host).arg(target.port);
    return QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

QString outcomeWithAlert(const ProbeAttempt &attempt)
{
    return attempt.alert.isEmpty() ? outcomeId(attempt.outcome)
                                   : outcomeId(attempt.outcome) + QLatin1Char(':') + attempt.alert;
}

} // namespace

QList<Finding> probeFindings(const ProbeTarget &target, const QList<ProbeAttempt> &attempts)
{
    QList<Finding> findings;
    if (attempts.size() < 3)
        return findings;
    const ProbeAttempt &withSni = attempts.at(0);
    const ProbeAttempt &withoutSni = attempts.at(1);
    const ProbeAttempt &unknownSni = attempts.at(2);
    if (withSni.outcome == Outcome::Canceled)
        return findings;

    // Timeout without a single byte sent means the TCP connection never opened; every
    // attempt failing the same way before any TLS answer (all refused, all unreachable,
    // all timing out) says nothing about SNI either: the probe could not complete.
    const bool allSame =
        std::all_of(attempts.cbegin(), attempts.cend(),
                    [&](const ProbeAttempt &a) { return a.outcome == withSni.outcome; });
    const bool notReached = isConnectFailure(withSni.outcome) ||
                            (withSni.outcome == Outcome::Timeout && withSni.bytesSent == 0) ||
                            (allSame && withSni.outcome == Outcome::Timeout);
    if (notReached) {
        findings << Finding{QStringLiteral("endpoint_unreachable"),
                            Severity::Error,
                            {{"endpoint", hostPort(target)},
                             {"connect", target.connectAddress},
                             {"outcome", outcomeId(withSni.outcome)},
                             {"error", withSni.error}}};
        return findings;
    }
    if (withSni.outcome != Outcome::HandshakeOk) {
        findings << Finding{QStringLiteral("sni_rejected"),
                            Severity::Error,
                            {{"host", target.host}, {"outcome", outcomeWithAlert(withSni)}}};
    }
    if (withoutSni.outcome == Outcome::HandshakeOk) {
        const CertificateInfo leaf = withoutSni.chain.value(0);
        findings << Finding{QStringLiteral("non_sni_accepted"),
                            Severity::Info,
                            {{"subject", leaf.subject},
                             {"issuer", leaf.issuer},
                             {"sha256", leaf.sha256},
                             {"unknown_outcome", outcomeWithAlert(unknownSni)}}};
        if (!withoutSni.certificateCoversHost) {
            findings << Finding{QStringLiteral("certificate_mismatch"),
                                Severity::Warning,
                                {{"host", target.host},
                                 {"subject", leaf.subject},
                                 {"sans", leaf.sans.join(QStringLiteral(", "))}}};
        }
    } else if (withSni.outcome == Outcome::HandshakeOk && withoutSni.outcome != Outcome::Canceled) {
        findings << Finding{QStringLiteral("non_sni_rejected"),
                            Severity::Error,
                            {{"host", target.host},
                             {"outcome", outcomeWithAlert(withoutSni)},
                             {"unknown_outcome", outcomeWithAlert(unknownSni)}}};
    }
    return findings;
}

QStringList equivalentCommands(const ProbeTarget &target)
{
    // Every word the user gave is quoted for a POSIX shell: the commands are copied.
    const QString address = target.connectAddress.trimmed();
    const QString host =
        target.host.trimmed().isEmpty() ? QStringLiteral("HOST") : target.host.trimmed();
    ProbeTarget shown = target;
    shown.host = host;
    const QString connect =
        shellQuote(address.isEmpty() ? hostPort(shown)
                                     : hostPort(ProbeTarget{address, target.port, {}, 0, {}}));
    QString caOption;
    if (!target.caFile.isEmpty())
        caOption = QStringLiteral(" -CAfile ") + shellQuote(target.caFile);
    QStringList commands;
    commands << QStringLiteral("openssl s_client -connect %1 -servername %2%3 </dev/null")
                    .arg(connect, shellQuote(host), caOption);
    commands << QStringLiteral("openssl s_client -connect %1 -noservername%2 </dev/null")
                    .arg(connect, caOption);
    const QString curlCa = target.caFile.isEmpty()
                               ? QString()
                               : QStringLiteral(" --cacert ") + shellQuote(target.caFile);
    QString curl = QStringLiteral("curl %1 %2")
                       .arg(target.caFile.isEmpty() ? QStringLiteral("-kv") : QStringLiteral("-v"),
                            shellQuote(QStringLiteral("https://%1/").arg(hostPort(shown)))) +
                   curlCa;
    if (!address.isEmpty())
        curl += QStringLiteral(" --resolve ") +
                shellQuote(QStringLiteral("%1:%2:%3").arg(host).arg(target.port).arg(address));
    commands << curl;
    QHostAddress literal;
    if (literal.setAddress(address)) {
        // curl sends no SNI to an IP address: the runbook's way to act as a non-SNI client.
        commands << QStringLiteral("curl -kv %1 -H %2")
                        .arg(shellQuote(
                                 QStringLiteral("https://%1/")
                                     .arg(hostPort(ProbeTarget{address, target.port, {}, 0, {}}))),
                             shellQuote(QStringLiteral("Host: ") + host));
    }
    return commands;
}

} // namespace SniDoctor
