// Capture analysis against real captures made with tcpdump (tests/data/captures), live
// captures of the probe against the practice lab, and tshark as the reference: our
// (frame, SNI) list must equal tshark's for every file.
#include "capture/captureanalyzer.h"
#include "capture/capturejson.h"
#include "capture/capturereduce.h"
#include "capture/capturetext.h"
#include "capture/clienthello.h"
#include "lab/practicelab.h"
#include "peers.h"
#include "probe/tlsprobe.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace SniDoctor;

namespace {

const QString kData = QStringLiteral(SNI_DOCTOR_TEST_DATA "/captures");

CaptureSummary analyze(const QString &name)
{
    CancelFlag control;
    const Result<CaptureSummary> result = analyzeCapture(kData + QLatin1Char('/') + name, control);
    if (!result)
        qFatal("%s", qPrintable(result.error().message()));
    return result.value();
}

QStringList ours(const CaptureSummary &summary)
{
    QStringList list;
    for (const CaptureHello &hello : summary.hellos) {
        // A malformed hello readable up to its name is listed with it, as tshark does.
        if (hello.complete || !hello.sni.isEmpty())
            list << QStringLiteral("%1 %2").arg(hello.frame).arg(hello.sni);
    }
    return list;
}

QStringList findingIds(const CaptureSummary &summary)
{
    QStringList ids;
    for (const Finding &finding : summary.findings)
        ids << finding.id;
    return ids;
}

#define REQUIRE_TOOL(program)                                                                      \
    do {                                                                                           \
        if (!TestPeers::available(QStringLiteral(program))) {                                      \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(program " is not installed: the setup script must install it");              \
            QSKIP(program " is not installed (installer/setup-debian.sh installs it)");            \
        }                                                                                          \
    } while (false)

QByteArray u16(int v)
{
    return QByteArray(1, char(v >> 8)) + char(v & 0xff);
}

QByteArray extension(int type, const QByteArray &data)
{
    return u16(type) + u16(int(data.size())) + data;
}

} // namespace

class tst_Capture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTshark_data();
    void matchesTshark();
    void encapsulations_data();
    void encapsulations();
    void unreadableTunnel();
    void proxyProtocol_data();
    void proxyProtocol();
    void sslv2Hello();
    void noFalseHellos_data();
    void noFalseHellos();
    void reassembly_data();
    void reassembly();
    void malformedAfterSni();
    void reducedKeepsEveryHello_data();
    void reducedKeepsEveryHello();
    void mostHellosCutBySnapLength();
    void compressedCaptures_data();
    void compressedCaptures();
    void helloRetryRequest();
    void strictLabCaptures_data();
    void strictLabCaptures();
    void splitHellos_data();
    void splitHellos();
    void snapLengthCut();
    void truncatedFile();
    void badFiles();
    void liveCaptureOfTheProbe_data();
    void liveCaptureOfTheProbe();
    void ja4OfAKnownHello();
    void malformedHellos();
};

void tst_Capture::matchesTshark_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files =
        QDir(kData).entryList({QStringLiteral("*.pcap"), QStringLiteral("*.pcapng")}, QDir::Files);
    QVERIFY(files.size() >= 13);
    for (const QString &file : files) {
        // tshark does not read a hello after a PROXY v2 header: proxyProtocol checks it.
        if (file != QLatin1String("garbage.pcap") && file != QLatin1String("proxy-v2.pcap"))
            QTest::newRow(qPrintable(file)) << file;
    }
}

void tst_Capture::matchesTshark()
{
    REQUIRE_TOOL("tshark");
    QFETCH(QString, file);
    // Where tshark must be told the protocol (not on its default port, or a payload it
    // does not guess), the same decode-as an analyst would give it.
    QStringList decodeAs;
    if (file == QLatin1String("vxlan-8472.pcap"))
        decodeAs = {QStringLiteral("-d"), QStringLiteral("udp.port==8472,vxlan")};
    else if (file == QLatin1String("mpls-pw.pcap"))
        decodeAs = {QStringLiteral("-d"), QStringLiteral("mpls.label==300,pwethcw")};
    else if (file == QLatin1String("sslv2.pcap"))
        decodeAs = {QStringLiteral("-d"), QStringLiteral("tcp.port==18443,tls")};
    QProcess tshark;
    tshark.start(
        QStringLiteral("tshark"),
        decodeAs + QStringList{QStringLiteral("-o"),
                               QStringLiteral("tcp.reassemble_out_of_order:TRUE"),
                               QStringLiteral("-r"), kData + QLatin1Char('/') + file,
                               QStringLiteral("-Y"), QStringLiteral("tls.handshake.type==1"),
                               QStringLiteral("-T"), QStringLiteral("fields"), QStringLiteral("-e"),
                               QStringLiteral("frame.number"), QStringLiteral("-e"),
                               QStringLiteral("tls.handshake.extensions_server_name")});
    QVERIFY(tshark.waitForFinished(60000));
    QStringList theirs;
    for (const QByteArray &line : tshark.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            theirs << QString::fromUtf8(line).replace(QLatin1Char('\t'), QLatin1Char(' '));
    }
    QCOMPARE(ours(analyze(file)), theirs);
}

void tst_Capture::encapsulations_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("opened");
    const auto row = [](const char *file, QStringList opened) {
        QTest::newRow(file) << QString::fromLatin1(file) << opened;
    };
    row("vxlan.pcap", {QStringLiteral("VXLAN")});
    row("vxlan-8472.pcap", {QStringLiteral("VXLAN")});
    row("geneve.pcap", {QStringLiteral("Geneve")});
    row("gre.pcap", {QStringLiteral("GRE")});
    row("gre-ethernet.pcap", {QStringLiteral("GRE")});
    row("erspan1.pcap", {QStringLiteral("ERSPAN")});
    row("erspan2.pcap", {QStringLiteral("ERSPAN")});
    row("erspan3.pcap", {QStringLiteral("ERSPAN")});
    row("ipip.pcap", {QStringLiteral("IP-in-IP")});
    row("4in6.pcap", {QStringLiteral("IP-in-IP")});
    row("6in4.pcap", {QStringLiteral("IP-in-IP")});
    row("6in6.pcap", {QStringLiteral("IP-in-IP")});
    row("pppoe.pcap", {QStringLiteral("PPPoE")});
    row("mpls.pcap", {QStringLiteral("MPLS")});
    row("mpls-pw.pcap", {QStringLiteral("MPLS")});
    row("gtpu.pcap", {QStringLiteral("GTP-U")});
    row("fragments-ipv4.pcap", {QStringLiteral("IP fragments")});
    row("fragments-ipv6.pcap", {QStringLiteral("IP fragments")});
}

// Every tunnel a node or a mirror port produces: the same three hellos as the plain
// capture, with the inner addresses, and the encapsulation named in the summary.
void tst_Capture::encapsulations()
{
    QFETCH(QString, file);
    QFETCH(QStringList, opened);
    const CaptureSummary summary = analyze(file);
    QStringList names;
    for (const CaptureNameCount &entry : summary.encapsulations) {
        names << entry.name;
        QVERIFY(entry.count > 0);
    }
    QCOMPARE(names, opened);
    QCOMPARE(summary.clientHellos, 3);
    QCOMPARE(summary.withoutSni, 1);
    QCOMPARE(summary.resetWithoutSni, 1);
    QVERIFY(summary.unreadable.isEmpty());
    for (const CaptureHello &hello : summary.hellos) {
        QVERIFY2(hello.server.endsWith(QLatin1String(":18443")), qPrintable(hello.server));
        QVERIFY2(hello.client.startsWith(QLatin1String("127.0.0.1:")) ||
                     hello.client.startsWith(QLatin1String("[::1]:")),
                 qPrintable(hello.client));
    }
}

// Encrypted tunnels cannot be read: said so by name, instead of only "no TLS".
void tst_Capture::unreadableTunnel()
{
    const CaptureSummary summary = analyze(QStringLiteral("wireguard.pcap"));
    QCOMPARE(summary.clientHellos, 0);
    QCOMPARE(summary.unreadable.size(), 1);
    QCOMPARE(summary.unreadable.first().name, QStringLiteral("UDP 51820 (WireGuard, encrypted)"));
    QCOMPARE(summary.unreadable.first().count, summary.packets);
    QCOMPARE(findingIds(summary).first(), QStringLiteral("capture_traffic_unreadable"));
    QVERIFY(CaptureText::verdict(summary).contains(QLatin1String("tunnelled or encrypted")));
}

// A PROXY protocol header before the hello: skipped, and the client it names is the
// client counted (the TCP peer is the load balancer).
void tst_Capture::proxyProtocol_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("frame");
    QTest::addColumn<QString>("client");
    QTest::newRow("v1, own segment")
        << QStringLiteral("proxy-v1.pcap") << qint64(19) << QStringLiteral("203.0.113.7:51234");
    QTest::newRow("v2, with the hello")
        << QStringLiteral("proxy-v2.pcap") << qint64(18) << QStringLiteral("198.51.100.7:51234");
}

void tst_Capture::proxyProtocol()
{
    QFETCH(QString, file);
    QFETCH(qint64, frame);
    QFETCH(QString, client);
    const CaptureSummary summary = analyze(file);
    QCOMPARE(summary.clientHellos, 3);
    QCOMPARE(summary.withoutSni, 1);
    const auto hello = std::find_if(summary.hellos.cbegin(), summary.hellos.cend(),
                                    [](const CaptureHello &h) { return h.sni.isEmpty(); });
    QVERIFY(hello != summary.hellos.cend());
    QCOMPARE(hello->frame, frame);
    QVERIFY(hello->complete);
    QCOMPARE(hello->proxiedClient, client);
    QCOMPARE(hello->reaction, ServerReaction::Rst);
    QCOMPARE(summary.clientsWithoutSni.size(), 1);
    QCOMPARE(summary.clientsWithoutSni.first().client, client.section(QLatin1Char(':'), 0, 0));
    // The JSON keeps it.
    const std::optional<CaptureSummary> back =
        captureSummaryFromJson(captureSummaryToJson(summary));
    QVERIFY(back);
    QCOMPARE(back->hellos.at(int(hello - summary.hellos.cbegin())).proxiedClient, client);
}

// An SSLv2-format hello of an old client: a hello without SNI, named as legacy.
void tst_Capture::sslv2Hello()
{
    const CaptureSummary summary = analyze(QStringLiteral("sslv2.pcap"));
    QCOMPARE(summary.clientHellos, 3);
    QCOMPARE(summary.sslv2Hellos, 1);
    QCOMPARE(summary.withoutSni, 1);
    QCOMPARE(summary.resetWithoutSni, 1);
    const CaptureHello &hello = summary.hellos.at(1);
    QCOMPARE(hello.frame, 18);
    QVERIFY(hello.sslv2);
    QVERIFY(hello.complete);
    QCOMPARE(hello.versions, QStringLiteral("TLSv1"));
    QCOMPARE(hello.cipherCount, 6); // the TLS-mapped specs; SSL 2.0's own one is not
    QVERIFY(hello.ja4.startsWith(QLatin1String("t10i06")));
    QVERIFY(findingIds(summary).contains(QStringLiteral("capture_sslv2_hellos")));
    for (const Finding &finding : summary.findings) {
        if (finding.id == QLatin1String("capture_sslv2_hellos"))
            QCOMPARE(finding.args.value("frame"), QStringLiteral("18"));
    }
    ClientHelloInfo info;
    size_t length = 0;
    const QByteArray pure =
        QByteArray::fromHex("801c010002000300000010010080") + QByteArray(16, 'c');
    QCOMPARE(parseSslv2ClientHello(std::string_view(pure.constData(), size_t(pure.size())), info,
                                   length),
             HelloParse::Ok);
    QCOMPARE(length, size_t(pure.size()));
    QCOMPARE(tlsVersionName(info.legacyVersion), QStringLiteral("SSLv2"));
    QVERIFY(info.cipherSuites.isEmpty());
    const QByteArray cut = pure.left(20);
    QCOMPARE(
        parseSslv2ClientHello(std::string_view(cut.constData(), size_t(cut.size())), info, length),
        HelloParse::Incomplete);
}

// Bytes that only look like a hello: a handshake record after the ServerHello whose
// first encrypted byte is 0x01 (also with the capture starting there), and a hello sent
// again after it was answered. None is a new hello.
void tst_Capture::noFalseHellos_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("hellos");
    QTest::newRow("encrypted record") << QStringLiteral("finished-0x01.pcap") << qint64(3);
    QTest::newRow("encrypted record first")
        << QStringLiteral("finished-0x01-mid.pcap") << qint64(2);
    QTest::newRow("spurious retransmission")
        << QStringLiteral("spurious-retransmission.pcap") << qint64(3);
}

void tst_Capture::noFalseHellos()
{
    QFETCH(QString, file);
    QFETCH(qint64, hellos);
    const CaptureSummary summary = analyze(file);
    QCOMPARE(summary.clientHellos, hellos);
    QCOMPARE(summary.incomplete, 0);
    QCOMPARE(summary.hellos.first().reaction,
             hellos == 3 ? ServerReaction::ServerHello : ServerReaction::Rst);
}

// Reassembly: the first segment late, fragments, data in the SYN.
void tst_Capture::reassembly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("frame");
    QTest::addColumn<QString>("sni");
    QTest::newRow("first segment late")
        << QStringLiteral("first-segment-late.pcap") << qint64(7) << QString();
    QTest::newRow("IPv4 fragments, last first")
        << QStringLiteral("fragments-ipv4.pcap") << qint64(6)
        << QStringLiteral("api-test.mydomain.com");
    QTest::newRow("IPv6 fragments") << QStringLiteral("fragments-ipv6.pcap") << qint64(7)
                                    << QStringLiteral("api-test.mydomain.com");
    QTest::newRow("IPv4 fragments, no SNI")
        << QStringLiteral("fragments-ipv4-in-order.pcap") << qint64(23) << QString();
    QTest::newRow("TCP Fast Open") << QStringLiteral("tfo.pcap") << qint64(15) << QString();
}

void tst_Capture::reassembly()
{
    QFETCH(QString, file);
    QFETCH(qint64, frame);
    QFETCH(QString, sni);
    const CaptureSummary summary = analyze(file);
    QCOMPARE(summary.incomplete, 0);
    const auto hello = std::find_if(summary.hellos.cbegin(), summary.hellos.cend(),
                                    [frame](const CaptureHello &h) { return h.frame == frame; });
    QVERIFY(hello != summary.hellos.cend());
    QVERIFY(hello->complete);
    QCOMPARE(hello->sni, sni);
    QVERIFY(hello->reaction == ServerReaction::ServerHello ||
            hello->reaction == ServerReaction::Rst);
}

// The reduced capture a bundle carries holds the same hellos, also through tunnels,
// fragments, PROXY headers and SSLv2 (fragments of a hello's datagram kept whole).
void tst_Capture::reducedKeepsEveryHello_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"fragments-ipv4.pcap", "fragments-ipv6.pcap", "fragments-ipv4-in-order.pcap",
          "vxlan.pcap", "gtpu.pcap", "proxy-v2.pcap", "sslv2.pcap", "tfo.pcap"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void tst_Capture::reducedKeepsEveryHello()
{
    QFETCH(QString, file);
    CancelFlag control;
    const Result<ReducedCapture> reduced = reduceCapture(kData + QLatin1Char('/') + file, control);
    QVERIFY2(reduced, reduced ? "" : qPrintable(reduced.error().message()));
    QVERIFY(reduced.value().hasTls());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reduced.pcap"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(reduced.value().pcap);
    out.close();
    const Result<CaptureSummary> again = analyzeCapture(path, control);
    QVERIFY(again);
    const CaptureSummary original = analyze(file);
    QCOMPARE(ours(again.value()), ours(original));
    QCOMPARE(again.value().resetWithoutSni, original.resetWithoutSni);
}

// A hello whose extension after server_name is broken: the name is given, the hello
// marked malformed (tshark shows the name too).
void tst_Capture::malformedAfterSni()
{
    const CaptureSummary summary = analyze(QStringLiteral("malformed-after-sni.pcap"));
    const CaptureHello &hello = summary.hellos.first();
    QCOMPARE(hello.frame, 4);
    QCOMPARE(hello.sni, QStringLiteral("api-test.mydomain.com"));
    QVERIFY(!hello.complete);
    QCOMPARE(hello.incompleteReason, QStringLiteral("malformed"));
    QCOMPARE(summary.withoutSni, 1); // frame 18's, not this one
}

// Most hellos cut by the snap length: the verdict says to capture again, and does not
// conclude "every client sends SNI" from the one complete hello.
void tst_Capture::mostHellosCutBySnapLength()
{
    const CaptureSummary summary = analyze(QStringLiteral("snaplen-most.pcap"));
    QCOMPARE(summary.clientHellos, 3);
    QCOMPARE(summary.incompleteSnaplen, 2);
    QVERIFY(mostHellosCut(summary));
    const QStringList ids = findingIds(summary);
    QCOMPARE(ids.first(), QStringLiteral("capture_snaplen_cut"));
    QVERIFY(!ids.contains(QStringLiteral("capture_sni_present")));
    QVERIFY(CaptureText::verdict(summary).contains(QLatin1String("-s 0")));
    QVERIFY(CaptureText::nextStep(summary).contains(QLatin1String("-s 0")));
    const std::optional<CaptureSummary> back =
        captureSummaryFromJson(captureSummaryToJson(summary));
    QVERIFY(back);
    QCOMPARE(back->incompleteSnaplen, 2);
    QCOMPARE(CaptureText::verdict(*back), CaptureText::verdict(summary));
    // The full snaplen.pcap: every hello cut.
    QVERIFY(mostHellosCut(analyze(QStringLiteral("snaplen.pcap"))));
    QVERIFY(!mostHellosCut(analyze(QStringLiteral("ethernet.pcap"))));
}

void tst_Capture::compressedCaptures_data()
{
    QTest::addColumn<QString>("compressor");
    for (const char *tool : {"gzip", "bzip2", "xz", "zstd"})
        QTest::newRow(tool) << QString::fromLatin1(tool);
}

// A capture compressed with each tool tshark reads compressed files from: read by
// content, the same hellos as the plain file (tshark agrees on gzip's).
void tst_Capture::compressedCaptures()
{
    QFETCH(QString, compressor);
    if (!TestPeers::available(compressor)) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("the compressor is not installed: the setup script must install it");
        QSKIP("the compressor is not installed (installer/setup-debian.sh installs it)");
    }
    QTemporaryDir dir;
    for (const QString &file :
         {QStringLiteral("split-out-of-order.pcap"), QStringLiteral("sll2.pcapng")}) {
        const QString packed = dir.filePath(file + QStringLiteral(".packed"));
        QProcess tool;
        tool.setStandardOutputFile(packed);
        tool.start(compressor, {QStringLiteral("-c"), kData + QLatin1Char('/') + file});
        QVERIFY(tool.waitForFinished(30000) && tool.exitCode() == 0);
        CancelFlag control;
        const Result<CaptureSummary> plain =
            analyzeCapture(kData + QLatin1Char('/') + file, control);
        const Result<CaptureSummary> compressed = analyzeCapture(packed, control);
        QVERIFY2(compressed, qPrintable(compressed ? QString() : compressed.error().message()));
        QCOMPARE(compressed.value().packets, plain.value().packets);
        QCOMPARE(ours(compressed.value()), ours(plain.value()));
        QVERIFY(!compressed.value().hellos.isEmpty());
        if (compressor == QLatin1String("gzip") && TestPeers::available(QStringLiteral("tshark"))) {
            QProcess tshark;
            tshark.start(QStringLiteral("tshark"),
                         {QStringLiteral("-o"), QStringLiteral("tcp.reassemble_out_of_order:TRUE"),
                          QStringLiteral("-r"), packed, QStringLiteral("-Y"),
                          QStringLiteral("tls.handshake.type==1"), QStringLiteral("-T"),
                          QStringLiteral("fields"), QStringLiteral("-e"),
                          QStringLiteral("frame.number"), QStringLiteral("-e"),
                          QStringLiteral("tls.handshake.extensions_server_name")});
            QVERIFY(tshark.waitForFinished(60000));
            QStringList theirs;
            for (const QByteArray &line : tshark.readAllStandardOutput().split('\n')) {
                if (!line.isEmpty())
                    theirs << QString::fromUtf8(line).replace(QLatin1Char('\t'), QLatin1Char(' '));
            }
            QCOMPARE(ours(compressed.value()), theirs);
        }
    }
}

// A HelloRetryRequest is the first hello's own reaction, and the second hello on the
// same connection is listed with its own (tshark lists both hellos: matchesTshark).
void tst_Capture::helloRetryRequest()
{
    const CaptureSummary summary = analyze(QStringLiteral("hrr.pcap"));
    QStringList seen;
    for (const CaptureHello &hello : summary.hellos)
        seen << QStringLiteral("%1 %2 %3 %4")
                    .arg(hello.frame)
                    .arg(hello.sni.isEmpty() ? QStringLiteral("-") : hello.sni,
                         serverReactionId(hello.reaction))
                    .arg(hello.reactionFrame);
    QCOMPARE(seen,
             (QStringList{"4 api.hrr.test hello_retry_request 6", "8 api.hrr.test server_hello 9",
                          "23 - hello_retry_request 25", "27 - server_hello 28"}));
    QCOMPARE(summary.hellos[0].client, summary.hellos[1].client); // one connection
}

void tst_Capture::strictLabCaptures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("linkType");
    QTest::addColumn<QString>("clientPrefix");
    QTest::newRow("tcpdump -i any") << "sll2.pcap"
                                    << "LINUX_SLL2"
                                    << "127.0.0.1:";
    QTest::newRow("tcpdump -i any -y LINUX_SLL") << "sll.pcap"
                                                 << "LINUX_SLL"
                                                 << "127.0.0.1:";
    QTest::newRow("tcpdump -i lo") << "ethernet.pcap"
                                   << "EN10MB"
                                   << "127.0.0.1:";
    QTest::newRow("IPv6") << "ipv6.pcap"
                          << "EN10MB"
                          << "[::1]:";
    QTest::newRow("pcapng") << "sll2.pcapng"
                            << "LINUX_SLL2"
                            << "127.0.0.1:";
    QTest::newRow("802.1Q") << "vlan.pcap"
                            << "EN10MB"
                            << "127.0.0.1:";
    QTest::newRow("QinQ") << "qinq.pcap"
                          << "EN10MB"
                          << "127.0.0.1:";
    QTest::newRow("BSD loopback") << "null.pcap"
                                  << "NULL"
                                  << "127.0.0.1:";
    QTest::newRow("raw IP") << "raw.pcap"
                            << "RAW"
                            << "127.0.0.1:";
    QTest::newRow("starts mid-connection") << "mid-connection.pcap"
                                           << "EN10MB"
                                           << "127.0.0.1:";
}

void tst_Capture::strictLabCaptures()
{
    QFETCH(QString, file);
    QFETCH(QString, linkType);
    QFETCH(QString, clientPrefix);
    const CaptureSummary summary = analyze(file);
    QCOMPARE(summary.linkTypes, QStringList{linkType});
    QCOMPARE(summary.clientHellos, 3);
    QCOMPARE(summary.withoutSni, 1);
    QCOMPARE(summary.resetAfterHello, 2);
    QCOMPARE(summary.resetWithoutSni, 1);
    QCOMPARE(summary.connections, 3);
    QCOMPARE(summary.hellos.size(), 3);
    const CaptureHello &withSni = summary.hellos[0];
    QCOMPARE(withSni.sni, QStringLiteral("api-test.mydomain.com"));
    QCOMPARE(withSni.reaction, ServerReaction::ServerHello);
    QCOMPARE(withSni.reactionDetail, QStringLiteral("TLSv1.3"));
    QVERIFY(withSni.ja4.startsWith(QStringLiteral("t13d")));
    QVERIFY(withSni.client.startsWith(clientPrefix));
    QVERIFY(withSni.versions.startsWith(QStringLiteral("TLSv1.3,TLSv1.2")));
    QCOMPARE(withSni.alpn, QStringLiteral("h2,http/1.1"));
    const CaptureHello &withoutSni = summary.hellos[1];
    QVERIFY(withoutSni.sni.isEmpty());
    QVERIFY(withoutSni.complete);
    QCOMPARE(withoutSni.reaction, ServerReaction::Rst);
    QVERIFY(withoutSni.reactionFrame > withoutSni.frame);
    QVERIFY(withoutSni.delayMs >= 0);
    QVERIFY(withoutSni.ja4.startsWith(QStringLiteral("t13i"))); // JA4's 4th character: no SNI
    QCOMPARE(withoutSni.ja4.mid(4),
             withSni.ja4.mid(4).replace(QStringLiteral("3111"), QStringLiteral("3110")));
    QCOMPARE(summary.hellos[2].sni, QString::fromLatin1(kUnknownProbeName));
    QCOMPARE(summary.hellos[2].reaction, ServerReaction::Rst);
    QCOMPARE(findingIds(summary),
             (QStringList{"capture_client_without_sni", "capture_reset_after_client_hello"}));
    QCOMPARE(summary.clientsWithoutSni.size(), 1);
    QCOMPARE(summary.clientsWithoutSni[0].client,
             clientPrefix.mid(clientPrefix.startsWith(QLatin1Char('[')) ? 1 : 0)
                 .chopped(clientPrefix.startsWith(QLatin1Char('[')) ? 2 : 1));
}

void tst_Capture::splitHellos_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("frame");
    QTest::newRow("one segment") << "bighello.pcap" << qint64(4);
    QTest::newRow("four segments") << "split.pcap" << qint64(7);
    QTest::newRow("out of order") << "split-out-of-order.pcap" << qint64(7);
    QTest::newRow("retransmitted") << "split-retransmitted.pcap" << qint64(8);
}

void tst_Capture::splitHellos()
{
    QFETCH(QString, file);
    QFETCH(qint64, frame);
    const CaptureSummary summary = analyze(file);
    QCOMPARE(summary.clientHellos, 1);
    const CaptureHello &hello = summary.hellos[0];
    QVERIFY(hello.complete);
    QCOMPARE(hello.frame, frame); // the packet that completes it, as Wireshark numbers it
    QVERIFY(hello.sni.isEmpty());
    QCOMPARE(hello.alpn.split(QLatin1Char(',')).size(), 30);
    QCOMPARE(hello.reaction, ServerReaction::ServerHello);
    QCOMPARE(summary.withoutSni, 1);
    QCOMPARE(summary.resetAfterHello, 0);
    QCOMPARE(findingIds(summary), QStringList{"capture_client_without_sni"});
}

void tst_Capture::snapLengthCut()
{
    const CaptureSummary summary = analyze(QStringLiteral("snaplen.pcap"));
    QCOMPARE(summary.clientHellos, 3);
    QCOMPARE(summary.incomplete, 3);
    QCOMPARE(summary.withoutSni, 0); // a cut hello is not "no SNI"
    for (const CaptureHello &hello : summary.hellos) {
        QVERIFY(!hello.complete);
        QCOMPARE(hello.incompleteReason, QStringLiteral("snaplen"));
    }
    QVERIFY(findingIds(summary).contains(QStringLiteral("capture_incomplete_hellos")));
    QVERIFY(!findingIds(summary).contains(QStringLiteral("capture_client_without_sni")));
}

void tst_Capture::truncatedFile()
{
    const CaptureSummary summary = analyze(QStringLiteral("truncated.pcap"));
    QVERIFY(!summary.readError.isEmpty());
    QVERIFY(summary.readErrorFrame > 20);
    QCOMPARE(summary.clientHellos, 3); // everything before the cut
    QVERIFY(findingIds(summary).contains(QStringLiteral("capture_truncated")));
}

void tst_Capture::badFiles()
{
    CancelFlag control;
    const auto garbage = analyzeCapture(kData + QStringLiteral("/garbage.pcap"), control);
    QVERIFY(!garbage.ok());
    QCOMPARE(garbage.error().id(), QStringLiteral("capture_unreadable"));
    QVERIFY(garbage.error().message().contains(QStringLiteral("garbage.pcap")));
    QVERIFY(!analyzeCapture(QStringLiteral("/nonexistent.pcap"), control).ok());
    const auto wifi = analyzeCapture(kData + QStringLiteral("/wifi.unsupported"), control);
    QVERIFY(!wifi.ok());
    QCOMPARE(wifi.error().id(), QStringLiteral("capture_link_type"));
    QVERIFY2(wifi.error().message().contains(QStringLiteral("IEEE802_11")),
             qPrintable(wifi.error().message()));
    QTemporaryDir dir;
    QFile empty(dir.filePath(QStringLiteral("empty.pcap")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QVERIFY(!analyzeCapture(empty.fileName(), control).ok());
}

void tst_Capture::liveCaptureOfTheProbe_data()
{
    QTest::addColumn<QString>("interface");
    QTest::newRow("-i lo") << "lo";
    QTest::newRow("-i any") << "any";
}

namespace {

// Captures the probe of a strict lab with tcpdump. Returns false when tcpdump cannot
// capture here; dropped says how many packets the kernel or tcpdump lost.
bool captureTheProbe(const QString &interface, const QString &file, qint64 &dropped, QString &why)
{
    PracticeLab lab;
    const auto port = lab.start(LabOptions{LabMode::Strict});
    if (!port) {
        why = port.error().message();
        return false;
    }
    QProcess tcpdump;
    tcpdump.start(QStringLiteral("tcpdump"),
                  {QStringLiteral("-n"), QStringLiteral("-U"), QStringLiteral("--immediate-mode"),
                   QStringLiteral("-B"), QStringLiteral("16384"), QStringLiteral("-Z"),
                   QStringLiteral("root"), QStringLiteral("-s"), QStringLiteral("0"),
                   QStringLiteral("-i"), interface, QStringLiteral("-w"), file,
                   QStringLiteral("tcp port %1").arg(port.value())});
    if (!tcpdump.waitForStarted()) {
        why = tcpdump.errorString();
        return false;
    }
    // tcpdump says "listening on" once its capture is open.
    QByteArray said;
    for (int i = 0; i < 100 && !said.contains("listening on"); ++i) {
        tcpdump.waitForReadyRead(100);
        said += tcpdump.readAllStandardError();
        if (tcpdump.state() == QProcess::NotRunning)
            break;
    }
    if (!said.contains("listening on")) {
        why = QString::fromLocal8Bit(said);
        return false;
    }
    // Knock until tcpdump writes what it sees: only then is the capture certainly on.
    for (int i = 0; i < 50 && QFileInfo(file).size() <= 24; ++i) {
        QTcpSocket knock;
        knock.connectToHost(QStringLiteral("127.0.0.1"), port.value());
        knock.waitForConnected(1000);
        knock.disconnectFromHost();
        QThread::msleep(100);
    }
    CancelFlag control;
    const auto report = runProbe(ProbeTarget{QStringLiteral("api-test.mydomain.com"),
                                             port.value(),
                                             QStringLiteral("127.0.0.1"),
                                             5000,
                                             {}},
                                 control);
    // The probe has sent everything; wait until tcpdump has written it all (the file
    // stops growing), rather than for a fixed time.
    qint64 lastSize = -1;
    for (int stable = 0, i = 0; i < 100 && stable < 3; ++i) {
        QThread::msleep(100);
        const qint64 size = QFileInfo(file).size();
        stable = size > 24 && size == lastSize ? stable + 1 : 0;
        lastSize = size;
    }
    tcpdump.terminate();
    tcpdump.waitForFinished(5000);
    said += tcpdump.readAllStandardError();
    // "N packets dropped by kernel" and, on some versions, "N packets dropped by interface".
    dropped = 0;
    static const QRegularExpression drops(QStringLiteral("(\\d+) packets? dropped by"));
    for (auto match = drops.globalMatch(QString::fromLocal8Bit(said)); match.hasNext();)
        dropped += match.next().captured(1).toLongLong();
    return report.ok();
}

} // namespace

void tst_Capture::liveCaptureOfTheProbe()
{
    REQUIRE_TOOL("tcpdump");
    QFETCH(QString, interface);
    QTemporaryDir dir;
    CaptureSummary summary;
    // A busy machine can make the kernel drop captured packets: that is the capture's
    // loss, not ours, and tcpdump says so; then capture again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString file = dir.filePath(QStringLiteral("live%1.pcap").arg(attempt));
        qint64 dropped = 0;
        QString why;
        if (!captureTheProbe(interface, file, dropped, why))
            QSKIP(qPrintable(QStringLiteral("tcpdump cannot capture here: ") + why));
        CancelFlag control;
        const Result<CaptureSummary> result = analyzeCapture(file, control);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        summary = result.value();
        if (dropped == 0)
            break;
    }
    QCOMPARE(summary.clientHellos, 3);
    QCOMPARE(summary.withoutSni, 1);
    bool found = false;
    for (const CaptureHello &hello : summary.hellos) {
        if (hello.sni.isEmpty()) {
            QCOMPARE(hello.reaction, ServerReaction::Rst);
            found = true;
        }
    }
    QVERIFY(found);
    if (interface == QLatin1String("any"))
        QVERIFY(summary.linkTypes.first().startsWith(QStringLiteral("LINUX_SLL")));
}

void tst_Capture::ja4OfAKnownHello()
{
    // A Chrome ClientHello as a public JA4 database lists it: ciphers and extensions in
    // the order sent, GREASE included, and its published fingerprint.
    QByteArray ciphers = u16(0x0a0a);
    for (const int c : {0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8,
                        0xc013, 0xc014, 0x009c, 0x009d, 0x002f, 0x0035})
        ciphers += u16(c);
    QByteArray signatures;
    for (const int s : {0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601})
        signatures += u16(s);
    const QByteArray name = "tls.browserleaks.com";
    QByteArray extensions = extension(0x1a1a, {});
    for (const int type : {0x002d, 0x0033, 0x0010, 0xfe0d, 0x0017, 0x44cd, 0x0000, 0x000b, 0x000a,
                           0x002b, 0xff01, 0x0023, 0x0012, 0x0005, 0x000d, 0x001b}) {
        QByteArray data;
        if (type == 0x0000)
            data = u16(int(name.size()) + 3) + char(0) + u16(int(name.size())) + name;
        else if (type == 0x0010)
            data = u16(12) + char(2) + "h2" + char(8) + "http/1.1";
        else if (type == 0x002b)
            data = QByteArray(1, char(6)) + u16(0x3a3a) + u16(0x0304) + u16(0x0303);
        else if (type == 0x000d)
            data = u16(int(signatures.size())) + signatures;
        extensions += extension(type, data);
    }
    const QByteArray body = u16(0x0303) + QByteArray(32, 'r') + char(0) + u16(int(ciphers.size())) +
                            ciphers + char(1) + char(0) + u16(int(extensions.size())) + extensions;
    const QByteArray message = QByteArray(1, char(1)) + char(0) + u16(int(body.size())) + body;
    ClientHelloInfo info;
    QCOMPARE(parseClientHello(std::string_view(message.constData(), size_t(message.size())), info),
             HelloParse::Ok);
    QCOMPARE(info.sni, QString::fromLatin1(name));
    QCOMPARE(info.alpn, (QStringList{"h2", "http/1.1"}));
    QCOMPARE(info.ja4, QStringLiteral("t13d1516h2_8daaf6152771_d8a2da3f94cd"));
    // Cut anywhere, it is incomplete, never a crash.
    for (qsizetype cut = 0; cut < message.size(); cut += 7)
        QCOMPARE(parseClientHello(std::string_view(message.constData(), size_t(cut)), info),
                 HelloParse::Incomplete);
}

void tst_Capture::malformedHellos()
{
    ClientHelloInfo info;
    QCOMPARE(parseClientHello(std::string_view("\x02\x00\x00\x00", 4), info),
             HelloParse::Malformed);
    // A length that promises more ciphers than the message holds.
    const QByteArray body = u16(0x0303) + QByteArray(32, 'r') + char(0) + u16(400) + u16(0x1301);
    const QByteArray message = QByteArray(1, char(1)) + char(0) + u16(int(body.size())) + body;
    QCOMPARE(parseClientHello(std::string_view(message.constData(), size_t(message.size())), info),
             HelloParse::Malformed);
}

QTEST_GUILESS_MAIN(tst_Capture)
#include "tst_capture.moc"
