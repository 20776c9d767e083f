#include "cli/printers.h"

#include "accesslog/accesslogtext.h"
#include "capture/capturetext.h"
#include "cli/cli.h"
#include "probe/probetext.h"

#include <QLocale>

namespace SniDoctor::Cli {

void printProbeReport(const ProbeReport &report)
{
    QTextStream &o = out();
    const QString address = report.address.isEmpty() ? QStringLiteral("?") : report.address;
    o << CommandLine::tr("Probing %1 port %2 (connecting to %3)")
             .arg(report.target.host)
             .arg(report.target.port)
             .arg(address)
      << "\n\n";

    const QStringList headers{CommandLine::tr("SNI sent"), CommandLine::tr("Outcome"),
                              CommandLine::tr("Protocol"), CommandLine::tr("Sent/received"),
                              CommandLine::tr("Time")};
    QList<QStringList> rows;
    for (const ProbeAttempt &attempt : report.attempts) {
        rows << QStringList{
            ProbeText::sniLabel(attempt), ProbeText::outcomeLabel(attempt),
            attempt.protocol.isEmpty() ? QStringLiteral("-") : attempt.protocol,
            CommandLine::tr("%1 / %2 bytes").arg(attempt.bytesSent).arg(attempt.bytesReceived),
            CommandLine::tr("%1 ms").arg(attempt.elapsedMs)};
    }
    printTable(headers, rows);
    o << '\n';

    for (const ProbeAttempt &attempt : report.attempts) {
        if (attempt.chain.isEmpty())
            continue;
        const CertificateInfo &leaf = attempt.chain.first();
        o << CommandLine::tr("Certificate with SNI %1: %2, issued by %3, valid until %4")
                 .arg(ProbeText::sniLabel(attempt), leaf.subject, leaf.issuer,
                      leaf.notAfter.toString(Qt::ISODate))
          << '\n';
        o << "    " << CommandLine::tr("Names: %1").arg(leaf.sans.join(QStringLiteral(", ")))
          << '\n';
        o << "    SHA-256 " << leaf.sha256 << '\n';
        o << "    "
          << (attempt.verified
                  ? CommandLine::tr("Verification: OK")
                  : CommandLine::tr("Verification failed: %1").arg(attempt.verifyError))
          << '\n';
    }
    for (const ProbeAttempt &attempt : report.attempts) {
        if (!attempt.error.isEmpty() && attempt.outcome != Outcome::HandshakeOk) {
            o << CommandLine::tr("Error with SNI %1: %2")
                     .arg(ProbeText::sniLabel(attempt),
                          QString(attempt.error).replace(QLatin1Char('\n'), QStringLiteral("; ")))
              << '\n';
        }
    }
    o << '\n' << CommandLine::tr("Verdict: %1").arg(ProbeText::verdict(report)) << "\n\n";
    printFindings(Step::Probe, report.findings);
    const QString next = ProbeText::nextStep(report);
    if (!next.isEmpty())
        o << '\n' << CommandLine::tr("What it means: %1").arg(next) << '\n';
    o << '\n' << CommandLine::tr("Equivalent commands:") << '\n';
    for (const QString &command : equivalentCommands(report.target))
        o << "  " << command << '\n';
    o.flush();
}

void printLogSummary(const AccessLogSummary &summary)
{
    QTextStream &o = out();
    o << CommandLine::tr("Verdict: %1").arg(AccessLogText::verdict(summary)) << "\n\n";
    o << CommandLine::tr("Read %1 line(s) of %2: %3 access-log record(s), %4 other line(s).")
             .arg(summary.lines)
             .arg(summary.inputs.join(QStringLiteral(", ")))
             .arg(summary.records)
             .arg(summary.unparsedLines)
      << '\n';
    o << CommandLine::tr("Time range: %1 to %2")
             .arg(AccessLogText::time(summary.firstMs), AccessLogText::time(summary.lastMs))
      << '\n';
    QStringList counts;
    for (int i = 0; i < kLogClassCount; ++i)
        counts << QStringLiteral("%1 %2")
                      .arg(AccessLogText::className(LogClass(i)))
                      .arg(summary.classes[size_t(i)]);
    o << CommandLine::tr("Records: %1").arg(counts.join(QStringLiteral(", "))) << "\n\n";
    if (!summary.clients.isEmpty()) {
        o << CommandLine::tr("Refused clients:") << '\n';
        QList<QStringList> rows;
        for (const LogClientStat &client : summary.clients.mid(0, 20)) {
            rows << QStringList{client.address, QString::number(client.nonSniRefused),
                                QString::number(client.unknownSniRefused),
                                AccessLogText::time(client.firstMs),
                                AccessLogText::time(client.lastMs)};
        }
        printTable({CommandLine::tr("Client"), CommandLine::tr("No SNI"),
                    CommandLine::tr("Unknown SNI"), CommandLine::tr("First"),
                    CommandLine::tr("Last")},
                   rows);
        if (summary.clients.size() > 20)
            o << "  " << CommandLine::tr("… and %1 more.").arg(summary.clients.size() - 20) << '\n';
        o << '\n';
    }
    if (!summary.sniHosts.isEmpty()) {
        o << CommandLine::tr("SNI hosts:") << '\n';
        QList<QStringList> rows;
        for (const LogNameCount &host : summary.sniHosts.mid(0, 10))
            rows << QStringList{host.name, QString::number(host.count)};
        printTable({CommandLine::tr("Host"), CommandLine::tr("Records")}, rows);
        o << '\n';
    }
    printFindings(Step::Logs, summary.findings);
    const QString next = AccessLogText::nextStep(summary);
    if (!next.isEmpty())
        o << '\n' << CommandLine::tr("What it means: %1").arg(next) << '\n';
    o.flush();
}

namespace {

// "EN10MB", or "EN10MB; VXLAN 1,200, IP fragments 12" with what was opened inside.
QString captureLinkText(const CaptureSummary &summary)
{
    QString text = summary.linkTypes.join(QStringLiteral(", "));
    QStringList inside;
    for (const CaptureNameCount &entry : summary.encapsulations)
        inside << QStringLiteral("%1 %2").arg(entry.name, QLocale().toString(entry.count));
    if (!inside.isEmpty())
        text += QStringLiteral("; ") + inside.join(QStringLiteral(", "));
    return text;
}

} // namespace

void printCaptureSummary(const CaptureSummary &summary)
{
    QTextStream &o = out();
    o << CommandLine::tr("Verdict: %1").arg(CaptureText::verdict(summary)) << "\n\n";
    o << CommandLine::tr(
             "%1: %2 packets (%3), %4 TCP connections, %5 ClientHellos: %6 without SNI, %7 "
             "reset by the server, %8 incomplete.")
             .arg(summary.file)
             .arg(summary.packets)
             .arg(captureLinkText(summary))
             .arg(summary.connections)
             .arg(summary.clientHellos)
             .arg(summary.withoutSni)
             .arg(summary.resetAfterHello)
             .arg(summary.incomplete)
      << "\n\n";
    if (!summary.clientsWithoutSni.isEmpty()) {
        o << CommandLine::tr("Clients without SNI:") << '\n';
        QList<QStringList> rows;
        for (const CaptureClientStat &client : summary.clientsWithoutSni.mid(0, 20)) {
            rows << QStringList{client.client, QString::number(client.withoutSni),
                                QString::number(client.resets),
                                client.ja4s.join(QStringLiteral(" "))};
        }
        printTable({CommandLine::tr("Client"), CommandLine::tr("Hellos without SNI"),
                    CommandLine::tr("Reset"), QStringLiteral("JA4")},
                   rows);
        o << '\n';
    }
    printFindings(Step::Capture, summary.findings);
    const QString wireshark = CaptureText::wiresharkHint(summary);
    if (!wireshark.isEmpty())
        o << '\n' << wireshark << '\n';
    const QString next = CaptureText::nextStep(summary);
    if (!next.isEmpty())
        o << '\n' << CommandLine::tr("What it means: %1").arg(next) << '\n';
    o.flush();
}

} // namespace SniDoctor::Cli
