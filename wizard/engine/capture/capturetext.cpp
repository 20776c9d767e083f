#include "capturetext.h"

#include "capture/captureanalyzer.h"

#include <QDateTime>

namespace SniDoctor {

QString captureTimeIso(qint64 timeUs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(timeUs / 1000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.")) +
           QStringLiteral("%1Z").arg(timeUs % 1000000, 6, 10, QLatin1Char('0'));
}

QString CaptureText::incompleteReason(const QString &reasonId)
{
    if (reasonId == QLatin1String("snaplen"))
        return tr("the capture's snap length cut it (capture with -s 0)");
    if (reasonId == QLatin1String("end_of_file"))
        return tr("the capture ends before it does");
    if (reasonId == QLatin1String("connection_closed"))
        return tr("the connection closed before it was complete");
    if (reasonId == QLatin1String("malformed"))
        return tr("its bytes are not a valid ClientHello");
    return reasonId;
}

QString CaptureText::reaction(const CaptureHello &hello)
{
    switch (hello.reaction) {
    case ServerReaction::None:
        return tr("no answer seen");
    case ServerReaction::ServerHello:
        return tr("ServerHello (%1)").arg(hello.reactionDetail);
    case ServerReaction::Alert:
        return tr("TLS alert %1").arg(hello.reactionDetail);
    case ServerReaction::Rst:
        return tr("TCP reset (RST)");
    case ServerReaction::Fin:
        return tr("closed (FIN)");
    case ServerReaction::Data:
        return tr("data that is not TLS");
    case ServerReaction::HelloRetryRequest:
        return tr("HelloRetryRequest (the client is asked for another key share)");
    }
    return {};
}

QString CaptureText::title(const Finding &finding)
{
    const QString &id = finding.id;
    if (id == QLatin1String("capture_client_without_sni"))
        return tr("Clients send ClientHellos without SNI");
    if (id == QLatin1String("capture_reset_after_client_hello"))
        return tr("The server resets connections right after the ClientHello");
    if (id == QLatin1String("capture_sni_present"))
        return tr("Every client sends SNI");
    if (id == QLatin1String("capture_incomplete_hellos"))
        return tr("Some ClientHellos could not be read whole");
    if (id == QLatin1String("capture_no_tls"))
        return tr("No TLS ClientHello in this capture");
    if (id == QLatin1String("capture_truncated"))
        return tr("The capture file is cut short");
    if (id == QLatin1String("capture_snaplen_cut"))
        return tr("Most ClientHellos were cut by the capture's snap length");
    if (id == QLatin1String("capture_sslv2_hellos"))
        return tr("Legacy clients send SSLv2-format ClientHellos");
    if (id == QLatin1String("capture_traffic_unreadable"))
        return tr("Some traffic is tunnelled or encrypted in a way that cannot be read");
    return {};
}

QString CaptureText::detail(const Finding &finding)
{
    const QString &id = finding.id;
    const Args &a = finding.args;
    if (id == QLatin1String("capture_client_without_sni")) {
        return tr("%n ClientHello(s) carry no server_name extension, from %1 client(s): %2. Client "
                  "software (JA4): %3. The first is frame %4.",
                  nullptr, a.value("count").toInt())
            .arg(a.value("client_count"), a.value("clients"), a.value("ja4"), a.value("frame"));
    }
    if (id == QLatin1String("capture_reset_after_client_hello")) {
        return tr("The server answered %n ClientHello(s) with a TCP RST instead of a ServerHello "
                  "(%1 of them "
                  "without SNI): the runbook's signature of an ingress with no filter chain for "
                  "the "
                  "client. The first RST is frame %2.",
                  nullptr, a.value("count").toInt())
            .arg(a.value("without_sni"), a.value("frame"));
    }
    if (id == QLatin1String("capture_sni_present")) {
        return tr("All %n complete ClientHello(s) name a server: %1. The clients in this capture "
                  "are "
                  "not the non-SNI kind.",
                  nullptr, a.value("count").toInt())
            .arg(a.value("names"));
    }
    if (id == QLatin1String("capture_incomplete_hellos")) {
        return tr("%n ClientHello(s) are incomplete, the first at frame %1 because %2. They are "
                  "neither "
                  "counted with nor without SNI.",
                  nullptr, a.value("count").toInt())
            .arg(a.value("frame"), incompleteReason(a.value("reason")));
    }
    if (id == QLatin1String("capture_no_tls")) {
        return tr("%1 packets, %2 of them TCP, and not one TLS ClientHello. Check the capture "
                  "filter "
                  "(host IP_ADDRESS) and that the client connected while tcpdump ran.")
            .arg(a.value("packets"), a.value("tcp_packets"));
    }
    if (id == QLatin1String("capture_truncated")) {
        return tr("Reading stopped at frame %2: %1. Everything before it was analyzed.")
            .arg(a.value("error"), a.value("frame"));
    }
    if (id == QLatin1String("capture_snaplen_cut")) {
        return tr("%1 of %2 ClientHellos were cut short by the snap length, so whether they "
                  "carry SNI is unknown; only %3 could be read whole, too few to conclude from. "
                  "Capture again with the whole packets: tcpdump -s 0.")
            .arg(a.value("count"), a.value("total"), a.value("complete"));
    }
    if (id == QLatin1String("capture_sslv2_hellos")) {
        return tr("%n ClientHello(s) use the SSLv2-compatible format of old clients (old Java "
                  "and OpenSSL versions), from %1. That format has no extensions: such a "
                  "client can never send SNI and always needs the wildcard route, or an "
                  "upgrade. The first is frame %2.",
                  nullptr, a.value("count").toInt())
            .arg(a.value("clients"), a.value("frame"));
    }
    if (id == QLatin1String("capture_traffic_unreadable")) {
        return tr("%1 packets could not be opened: %2. ClientHellos inside them are not "
                  "counted. Capture where the traffic is plain: on the ingress pod's own "
                  "interface (kubectl debug, or nsenter into its network namespace) rather "
                  "than on the node's tunnel or encrypted interface.")
            .arg(a.value("packets"), a.value("traffic"));
    }
    return {};
}

QString CaptureText::verdict(const CaptureSummary &summary)
{
    if (summary.canceled)
        return tr("The analysis was canceled: the figures cover only the packets read.");
    if (mostHellosCut(summary))
        return tr("The capture cannot tell: %1 of %n ClientHello(s) were cut by its snap length. "
                  "Capture again with tcpdump -s 0.",
                  nullptr, int(summary.clientHellos))
            .arg(summary.incompleteSnaplen);
    if (summary.withoutSni > 0 && summary.resetWithoutSni > 0)
        return tr("Clients without SNI are reset: %1 of %n ClientHello(s) without SNI got a TCP "
                  "RST "
                  "from the server.",
                  nullptr, int(summary.withoutSni))
            .arg(summary.resetWithoutSni);
    const Finding *lead = leadingFinding(summary.findings);
    return lead ? title(*lead) + QLatin1Char('.') : tr("Nothing to analyze.");
}

QString CaptureText::nextStep(const CaptureSummary &summary)
{
    if (mostHellosCut(summary))
        return tr("Capture again without a snap length, on the node of the ingress pod while the "
                  "client connects: tcpdump -n -i any -s 0 -w capture.pcap 'tcp port 443'.");
    if (summary.clientHellos == 0 && !summary.unreadable.isEmpty())
        return tr("The traffic here is tunnelled or encrypted: capture on the ingress pod's own "
                  "interface instead, where its connections are plain TCP.");
    if (summary.withoutSni > 0)
        return tr("These clients need a wildcard route: probe the endpoint without SNI (step 4) "
                  "and check "
                  "the Apigee routes (step 5).");
    if (summary.resetAfterHello > 0)
        return tr(
            "The clients send SNI but are reset anyway: compare the names with the environment "
            "groups' hostnames (step 5).");
    if (summary.clientHellos > 0)
        return tr(
            "The clients in this capture send SNI. If one is still reset, capture its own traffic: "
            "tcpdump -n -i any -s 0 'host ITS_IP'.");
    return tr("Capture again on the node of the ingress pod while the client connects.");
}

QString CaptureText::wiresharkFilter()
{
    return QStringLiteral("tls.handshake.type == 1 && !tls.handshake.extensions_server_name");
}

QString CaptureText::wiresharkHint(const CaptureSummary &summary)
{
    for (const CaptureHello &hello : summary.hellos) {
        if (hello.complete && hello.sni.isEmpty()) {
            return tr("In Wireshark: open the file, go to frame %1 (Ctrl+G), and look under "
                      "Handshake Protocol: "
                      "Client Hello: there is no \"Extension: server_name\". Display filter for "
                      "all of them: "
                      "tls.handshake.type == 1 && !tls.handshake.extensions_server_name")
                .arg(hello.frame);
        }
    }
    return {};
}

namespace {

QString captureErrorId(int code)
{
    return CaptureError(code) == CaptureError::LinkType ? QStringLiteral("capture_link_type")
                                                        : QStringLiteral("capture_unreadable");
}

QString captureErrorMessage(const Error &error)
{
    const Args &a = error.args();
    QString reason = a.value("reason");
    switch (CaptureError(error.code())) {
    case CaptureError::NoSuchFile:
        reason = QCoreApplication::translate("SniDoctor::Capture", "no such file");
        break;
    case CaptureError::IsFolder:
        reason = QCoreApplication::translate("SniDoctor::Capture", "it is a folder");
        break;
    case CaptureError::NotCapture:
        reason =
            QCoreApplication::translate("SniDoctor::Capture",
                                        "%1 (expected a pcap or pcapng file, as tcpdump -w writes)")
                .arg(reason);
        break;
    case CaptureError::Unreadable:
        break;
    case CaptureError::LinkType:
        return QCoreApplication::translate(
                   "SniDoctor::Capture",
                   "The capture %1 has link type %2 (%3), which SNI Doctor cannot "
                   "read. Capture with tcpdump -i any or on an Ethernet interface.")
            .arg(a.value("file"), a.value("name"), a.value("link_type"));
    }
    return QCoreApplication::translate("SniDoctor::Capture", "Cannot read the capture %1: %2")
        .arg(a.value("file"), reason);
}

} // namespace

const ErrorDomain &errorDomain(CaptureError)
{
    static const ErrorDomain domain{"capture", captureErrorId, captureErrorMessage};
    return domain;
}

} // namespace SniDoctor
