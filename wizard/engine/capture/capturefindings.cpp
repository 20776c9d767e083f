#include "captureanalyzer.h"

#include "capture/packetdecode.h"

namespace SniDoctor {

bool mostHellosCut(const CaptureSummary &summary)
{
    return summary.incompleteSnaplen > 0 && summary.incompleteSnaplen * 2 >= summary.clientHellos;
}

QList<Finding> captureFindings(const CaptureSummary &summary)
{
    QList<Finding> findings;
    if (mostHellosCut(summary)) {
        findings << Finding{
            QStringLiteral("capture_snaplen_cut"),
            Severity::Warning,
            {{"count", QString::number(summary.incompleteSnaplen)},
             {"total", QString::number(summary.clientHellos)},
             {"complete", QString::number(summary.clientHellos - summary.incomplete)}}};
    }
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
    if (summary.sslv2Hellos > 0) {
        QStringList clients;
        qint64 firstFrame = 0;
        for (const CaptureHello &hello : summary.hellos) {
            if (!hello.sslv2)
                continue;
            if (firstFrame == 0)
                firstFrame = hello.frame;
            const QString client = PacketDecode::addressOnly(
                hello.proxiedClient.isEmpty() ? hello.client : hello.proxiedClient);
            if (!clients.contains(client) && clients.size() < 5)
                clients << client;
        }
        findings << Finding{QStringLiteral("capture_sslv2_hellos"),
                            Severity::Warning,
                            {{"count", QString::number(summary.sslv2Hellos)},
                             {"clients", clients.join(QStringLiteral(", "))},
                             {"frame", QString::number(firstFrame)}}};
    }
    if (summary.clientHellos > 0 && summary.withoutSni == 0 &&
        summary.incomplete < summary.clientHellos && !mostHellosCut(summary)) {
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
    if (!summary.unreadable.isEmpty()) {
        QStringList what;
        qint64 packets = 0;
        for (const CaptureNameCount &entry : summary.unreadable) {
            what << QStringLiteral("%1 (%2)").arg(entry.name).arg(entry.count);
            packets += entry.count;
        }
        findings << Finding{
            QStringLiteral("capture_traffic_unreadable"),
            Severity::Warning,
            {{"packets", QString::number(packets)}, {"traffic", what.join(QStringLiteral(", "))}}};
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
