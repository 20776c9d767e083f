#include "captureanalyzer.h"

namespace SniDoctor {

QList<Finding> captureFindings(const CaptureSummary &summary)
{
    QList<Finding> findings;
    if (summary.withoutSni > 0) {
        QStringList clients;
        for (const CaptureClientStat &client : summary.clientsWithoutSni.mid(0, 5))
            clients << QStringLiteral("%1 (%2)").arg(client.client).arg(client.withoutSni);
        QStringList ja4;
        for (const CaptureNameCount &name : summary.ja4WithoutSni.mid(0, 3))
            ja4 << name.name;
        qint64 firstFrame = 0;
        for (const CaptureHello &hello : summary.hellos) {
            if (hello.complete && hello.sni.isEmpty()) {
                firstFrame = hello.frame;
                break;
            }
        }
        findings << Finding{QStringLiteral("capture_client_without_sni"),
                            Severity::Error,
                            {{"count", QString::number(summary.withoutSni)},
                             {"clients", clients.join(QStringLiteral(", "))},
                             {"ja4", ja4.join(QStringLiteral(", "))},
                             {"client_count", QString::number(summary.clientsWithoutSni.size())},
                             {"frame", QString::number(firstFrame)}}};
    }
    if (summary.resetAfterHello > 0) {
        qint64 firstFrame = 0;
        for (const CaptureHello &hello : summary.hellos) {
            if (hello.reaction == ServerReaction::Rst) {
                firstFrame = hello.reactionFrame;
                break;
            }
        }
        findings << Finding{QStringLiteral("capture_reset_after_client_hello"),
                            Severity::Error,
                            {{"count", QString::number(summary.resetAfterHello)},
                             {"without_sni", QString::number(summary.resetWithoutSni)},
                             {"frame", QString::number(firstFrame)}}};
    }
    if (summary.clientHellos > 0 && summary.withoutSni == 0 &&
        summary.incomplete < summary.clientHellos) {
        QStringList names;
        for (const CaptureNameCount &name : summary.sniNames.mid(0, 5))
            names << QStringLiteral("%1 (%2)").arg(name.name).arg(name.count);
        findings << Finding{QStringLiteral("capture_sni_present"),
                            Severity::Info,
                            {{"count", QString::number(summary.clientHellos - summary.incomplete)},
                             {"names", names.join(QStringLiteral(", "))}}};
    }
    if (summary.incomplete > 0) {
        QString reason;
        qint64 frame = 0;
        for (const CaptureHello &hello : summary.hellos) {
            if (!hello.complete) {
                reason = hello.incompleteReason;
                frame = hello.frame;
                break;
            }
        }
        findings << Finding{QStringLiteral("capture_incomplete_hellos"),
                            Severity::Warning,
                            {{"count", QString::number(summary.incomplete)},
                             {"reason", reason},
                             {"frame", QString::number(frame)}}};
    }
    if (summary.clientHellos == 0) {
        findings << Finding{QStringLiteral("capture_no_tls"),
                            Severity::Warning,
                            {{"packets", QString::number(summary.packets)},
                             {"tcp_packets", QString::number(summary.tcpPackets)}}};
    }
    if (!summary.readError.isEmpty()) {
        findings << Finding{
            QStringLiteral("capture_truncated"),
            Severity::Warning,
            {{"error", summary.readError}, {"frame", QString::number(summary.readErrorFrame)}}};
    }
    return findings;
}

} // namespace SniDoctor
