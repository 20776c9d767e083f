// The probe against real peers over loopback: the practice lab in its three modes,
// nginx with ssl_reject_handshake, openssl s_server, and listeners that black-hole,
// close or refuse. Each outcome of the probe is produced by a real peer.
#include "lab/practicelab.h"
#include "peers.h"
#include "probe/probetext.h"
#include "probe/tlsprobe.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

#include <sched.h>
#include <thread>

using namespace SniDoctor;

namespace {

const QString kHost = QStringLiteral("api-test.mydomain.com");

ProbeReport probe(const QString &host, quint16 port, int timeoutMs = 5000,
                  const QString &caFile = {}, const QString &connect = QStringLiteral("127.0.0.1"))
{
    CancelFlag control;
    const Result<ProbeReport> result =
        runProbe(ProbeTarget{host, port, connect, timeoutMs, caFile}, control);
    if (!result)
        qFatal("probe input rejected: %s", qPrintable(result.error().message()));
    return result.value();
}

QStringList findingIds(const ProbeReport &report)
{
    QStringList ids;
    for (const Finding &finding : report.findings)
        ids << finding.id;
    return ids;
}

QStringList outcomes(const ProbeReport &report)
{
    QStringList list;
    for (const ProbeAttempt &attempt : report.attempts)
        list << outcomeId(attempt.outcome) +
                    (attempt.alert.isEmpty() ? QString() : QLatin1Char(':') + attempt.alert);
    return list;
}

#define REQUIRE_PEER(program)                                                                      \
    do {                                                                                           \
        if (!TestPeers::available(QStringLiteral(program))) {                                      \
            if (qEnvironmentVariableIsSet("CI"))                                                   \
                QFAIL(program " is not installed: the setup script must install it");              \
            QSKIP(program " is not installed (installer/setup-debian.sh installs it)");            \
        }                                                                                          \
    } while (false)

} // namespace

class tst_TlsProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labStrictResetsClientsWithoutSni();
    void labWildcardServesEveryone();
    void labWildcardCertificateMismatch();
    void labAlertSendsUnrecognizedName();
    void verificationAgainstCaFile();
    void nginxRejectHandshake();
    void nginxPlainHttpIsNotTls();
    void ipv6Loopback();
    void opensslServerAnswersWithoutSni();
    void blackHoleTimesOut();
    void attemptsRunTogether();
    void peerClosingWithoutAlert();
    void localAbortIsNotAnAlert();
    void closedPortIsRefused();
    void unknownNameIsDnsError();
    void noRouteIsUnreachable();
    void cancelFromAnotherThread();
    void badInputIsAnError();
};

void tst_TlsProbe::labStrictResetsClientsWithoutSni()
{
    PracticeLab lab;
    const Result<quint16> port = lab.start(LabOptions{LabMode::Strict});
    QVERIFY2(port.ok(), qPrintable(port.error().message()));
    const ProbeReport report = probe(kHost, port.value());
    QCOMPARE(report.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(outcomes(report), (QStringList{"handshake_ok", "reset", "reset"}));
    const ProbeAttempt &withSni = report.attempts[0];
    QCOMPARE(withSni.sni, kHost);
    QVERIFY(withSni.protocol.startsWith(QStringLiteral("TLSv1.")));
    QVERIFY(!withSni.cipher.isEmpty());
    QCOMPARE(withSni.chain.size(), 1);
    QVERIFY(withSni.chain[0].subject.contains(QStringLiteral("CN=") + kHost));
    QVERIFY(withSni.chain[0].sans.contains(QStringLiteral("DNS:") + kHost));
    QCOMPARE(withSni.chain[0].sha256.size(), 32 * 3 - 1);
    QVERIFY(withSni.certificateCoversHost);
    // The runbook's "read 0 bytes and written N bytes": the ClientHello went out,
    // nothing came back before the reset.
    const ProbeAttempt &withoutSni = report.attempts[1];
    QVERIFY(withoutSni.sni.isEmpty());
    QVERIFY(withoutSni.bytesSent > 200);
    QCOMPARE(withoutSni.bytesReceived, 0);
    QVERIFY(withoutSni.chain.isEmpty());
    QVERIFY2(withoutSni.error.contains(QStringLiteral("104")), qPrintable(withoutSni.error));
    QCOMPARE(report.attempts[2].sni, QString::fromLatin1(kUnknownProbeName));
    QCOMPARE(findingIds(report), QStringList{"non_sni_rejected"});
    QCOMPARE(report.findings[0].severity, Severity::Error);
}

void tst_TlsProbe::labWildcardServesEveryone()
{
    PracticeLab lab;
    const Result<quint16> port = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(port.ok());
    const ProbeReport report = probe(kHost, port.value());
    QCOMPARE(outcomes(report), (QStringList{"handshake_ok", "handshake_ok", "handshake_ok"}));
    QVERIFY(report.attempts[1].bytesReceived > 0);
    QVERIFY(report.attempts[1].chain.value(0).subject.contains(kHost));
    QCOMPARE(findingIds(report), QStringList{"non_sni_accepted"});
    QCOMPARE(report.findings[0].severity, Severity::Info);
}

void tst_TlsProbe::labWildcardCertificateMismatch()
{
    // The wildcard route serves api-test's certificate; a client of localhost that
    // sends no SNI gets a certificate that does not name it.
    PracticeLab lab;
    const Result<quint16> port = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(port.ok());
    const ProbeReport report = probe(QStringLiteral("localhost"), port.value());
    QCOMPARE(outcomes(report), (QStringList{"handshake_ok", "handshake_ok", "handshake_ok"}));
    QVERIFY(report.attempts[0].certificateCoversHost);
    QVERIFY(!report.attempts[1].certificateCoversHost);
    QCOMPARE(findingIds(report), (QStringList{"non_sni_accepted", "certificate_mismatch"}));
    QCOMPARE(report.findings[1].severity, Severity::Warning);
    QVERIFY(report.findings[1].args.value("sans").contains(kHost));
}

void tst_TlsProbe::labAlertSendsUnrecognizedName()
{
    PracticeLab lab;
    const Result<quint16> port = lab.start(LabOptions{LabMode::Alert});
    QVERIFY(port.ok());
    const ProbeReport report = probe(kHost, port.value());
    QCOMPARE(outcomes(report),
             (QStringList{"handshake_ok", "alert:unrecognized_name", "alert:unrecognized_name"}));
    QVERIFY(report.attempts[1].bytesReceived > 0); // the alert record
    QCOMPARE(findingIds(report), QStringList{"non_sni_rejected"});
}

void tst_TlsProbe::verificationAgainstCaFile()
{
    PracticeLab lab;
    const Result<quint16> port = lab.start(LabOptions{LabMode::Strict});
    QVERIFY(port.ok());
    const ProbeReport untrusted = probe(kHost, port.value());
    QVERIFY(!untrusted.attempts[0].verified);
    QVERIFY(!untrusted.attempts[0].verifyError.isEmpty());
    // A failed verification never stops the probe.
    QCOMPARE(untrusted.attempts[0].outcome, Outcome::HandshakeOk);

    QTemporaryFile ca;
    QVERIFY(ca.open());
    ca.write(lab.certificates().caCertificatePem);
    ca.flush();
    const ProbeReport trusted = probe(kHost, port.value(), 5000, ca.fileName());
    QVERIFY2(trusted.attempts[0].verified, qPrintable(trusted.attempts[0].verifyError));
    QCOMPARE(trusted.attempts[0].chain[0].issuer.contains(QStringLiteral("practice lab CA")), true);
}

void tst_TlsProbe::nginxRejectHandshake()
{
    REQUIRE_PEER("nginx");
    const auto certificates = LabCertificates::generate({kHost});
    QVERIFY(certificates.ok());
    TestPeers::Nginx nginx;
    QVERIFY2(nginx.start(certificates.value(), kHost), qPrintable(nginx.error));
    const ProbeReport report = probe(kHost, nginx.tlsPort);
    QCOMPARE(outcomes(report),
             (QStringList{"handshake_ok", "alert:unrecognized_name", "alert:unrecognized_name"}));
    QCOMPARE(report.attempts[0].alpn, QStringLiteral("http/1.1")); // nginx without http2
    QCOMPARE(findingIds(report), QStringList{"non_sni_rejected"});
}

void tst_TlsProbe::ipv6Loopback()
{
    PracticeLab lab;
    LabOptions options{LabMode::Strict};
    options.bindAddress = QStringLiteral("::1");
    const Result<quint16> port = lab.start(options);
    if (!port)
        QSKIP("no IPv6 loopback on this machine");
    const ProbeReport report =
        probe(QStringLiteral("localhost"), port.value(), 5000, {}, QStringLiteral("::1"));
    QCOMPARE(report.address, QStringLiteral("::1"));
    QCOMPARE(outcomes(report), (QStringList{"handshake_ok", "reset", "reset"}));
    QVERIFY(report.attempts[0].chain[0].sans.contains(QStringLiteral("IP:::1")));
}

void tst_TlsProbe::nginxPlainHttpIsNotTls()
{
    REQUIRE_PEER("nginx");
    const auto certificates = LabCertificates::generate({kHost});
    QVERIFY(certificates.ok());
    TestPeers::Nginx nginx;
    QVERIFY2(nginx.start(certificates.value(), kHost), qPrintable(nginx.error));
    const ProbeReport report = probe(kHost, nginx.httpPort);
    QCOMPARE(outcomes(report), (QStringList{"not_tls", "not_tls", "not_tls"}));
    QVERIFY(report.attempts[0].bytesReceived > 0); // nginx's "400 Bad Request"
    QCOMPARE(findingIds(report), QStringList{"sni_rejected"});
}

void tst_TlsProbe::opensslServerAnswersWithoutSni()
{
    REQUIRE_PEER("openssl");
    const auto certificates = LabCertificates::generate({kHost});
    QVERIFY(certificates.ok());
    TestPeers::OpenSslServer server;
    QVERIFY2(server.start(certificates.value(), kHost), qPrintable(server.error));
    const ProbeReport report = probe(kHost, server.port);
    QCOMPARE(outcomes(report).mid(0, 2), (QStringList{"handshake_ok", "handshake_ok"}));
    QVERIFY(findingIds(report).contains(QStringLiteral("non_sni_accepted")));
    QVERIFY(!findingIds(report).contains(QStringLiteral("certificate_mismatch")));
}

void tst_TlsProbe::blackHoleTimesOut()
{
    TestPeers::BlackHole hole;
    QVERIFY(hole.port != 0);
    const ProbeReport report = probe(kHost, hole.port, 700);
    QCOMPARE(outcomes(report), (QStringList{"timeout", "timeout", "timeout"}));
    QVERIFY(report.attempts[0].bytesSent > 0); // TCP connected, the ClientHello went out
    QCOMPARE(report.attempts[0].bytesReceived, 0);
    // Every attempt failed the same way before TLS: nothing is known of SNI, the probe
    // could not complete (the CLI exits 3).
    QCOMPARE(findingIds(report), QStringList{"endpoint_unreachable"});
}

// The three attempts run at the same time: a peer that answers only once three
// connections are open at once closes all three; one after the other, each would time
// out waiting for the others.
void tst_TlsProbe::attemptsRunTogether()
{
    TestPeers::Rendezvous peer(3);
    QVERIFY(peer.port != 0);
    const ProbeReport report = probe(kHost, peer.port, 20000);
    QCOMPARE(peer.mostAtOnce.load(), 3);
    QCOMPARE(outcomes(report), (QStringList{"closed", "closed", "closed"}));
    QCOMPARE(findingIds(report), QStringList{"sni_rejected"});
}

void tst_TlsProbe::peerClosingWithoutAlert()
{
    TestPeers::ClosingPeer peer;
    const ProbeReport report = probe(kHost, peer.port);
    QCOMPARE(outcomes(report), (QStringList{"closed", "closed", "closed"}));
    QCOMPARE(report.attempts[1].bytesReceived, 0);
    QCOMPARE(findingIds(report), QStringList{"sni_rejected"});
}

// A ServerHello announcing 16 MB: OpenSSL here refuses it (excessive message size)
// and ends the handshake; the peer sent no alert, so none is reported as received.
void tst_TlsProbe::localAbortIsNotAnAlert()
{
    TestPeers::ClosingPeer peer(QByteArray("\x16\x03\x03\x00\x04\x02\xff\xff\xff", 9));
    const ProbeReport report = probe(kHost, peer.port);
    // OpenSSL tells the peer why (illegal_parameter): the alert this side sent.
    QCOMPARE(outcomes(report),
             (QStringList{"aborted:illegal_parameter", "aborted:illegal_parameter",
                          "aborted:illegal_parameter"}));
    QVERIFY2(report.attempts[0].error.contains(QStringLiteral("excessive message size")),
             qPrintable(report.attempts[0].error));
    QVERIFY(report.attempts[0].alert != QLatin1String("handshake_failure"));
    QVERIFY(!ProbeText::outcomeLabel(report.attempts[0]).contains(QStringLiteral("TLS alert:")));
}

void tst_TlsProbe::closedPortIsRefused()
{
    const quint16 port = TestPeers::freePort();
    const ProbeReport report = probe(kHost, port);
    QCOMPARE(outcomes(report), (QStringList{"refused", "refused", "refused"}));
    QVERIFY(report.attempts[0].error.contains(QStringLiteral("errno=111")));
    QCOMPARE(findingIds(report), QStringList{"endpoint_unreachable"});
}

void tst_TlsProbe::unknownNameIsDnsError()
{
    const ProbeReport report = probe(QStringLiteral("no-such-ingress.invalid"), 443, 5000, {}, {});
    QCOMPARE(outcomes(report), (QStringList{"dns_error", "dns_error", "dns_error"}));
    QVERIFY(report.address.isEmpty());
    QVERIFY(!report.attempts[0].error.isEmpty());
    QCOMPARE(findingIds(report), QStringList{"endpoint_unreachable"});
}

void tst_TlsProbe::noRouteIsUnreachable()
{
    // A network namespace of the probe's own thread, whose loopback is down: the
    // kernel has no route to 127.0.0.1 and says so (ENETUNREACH), without a packet
    // leaving the machine.
    ProbeReport report;
    bool isolated = false;
    std::thread([&] {
        if (::unshare(CLONE_NEWNET) != 0)
            return;
        isolated = true;
        report = probe(kHost, 443);
    }).join();
    if (!isolated)
        QSKIP("needs CAP_SYS_ADMIN to make a network namespace (CI runs as root)");
    QCOMPARE(outcomes(report), (QStringList{"unreachable", "unreachable", "unreachable"}));
    QVERIFY2(report.attempts[0].error.contains(QStringLiteral("errno=101")),
             qPrintable(report.attempts[0].error));
    QCOMPARE(findingIds(report), QStringList{"endpoint_unreachable"});
}

void tst_TlsProbe::cancelFromAnotherThread()
{
    TestPeers::BlackHole hole;
    CancelFlag control;
    std::thread canceler([&control] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        control.cancel();
    });
    QElapsedTimer clock;
    clock.start();
    const Result<ProbeReport> result =
        runProbe(ProbeTarget{kHost, hole.port, QStringLiteral("127.0.0.1"), 60000, {}}, control);
    canceler.join();
    QVERIFY(result.ok());
    QVERIFY(result.value().canceled);
    QCOMPARE(outcomes(result.value()), (QStringList{"canceled", "canceled", "canceled"}));
    QVERIFY(result.value().findings.isEmpty());
    // Far below the 60 s timeout: the cancel was seen, not the timeout.
    QVERIFY(clock.elapsed() < 30000);
}

void tst_TlsProbe::badInputIsAnError()
{
    CancelFlag control;
    QCOMPARE(runProbe(ProbeTarget{QString(), 443, {}, 1000, {}}, control).error().id(),
             QStringLiteral("probe_no_host"));
    QCOMPARE(runProbe(ProbeTarget{kHost, 0, {}, 1000, {}}, control).error().id(),
             QStringLiteral("probe_bad_port"));
    QTemporaryFile garbage;
    QVERIFY(garbage.open());
    garbage.write("this is not a certificate\n");
    garbage.flush();
    const auto result = runProbe(ProbeTarget{kHost, 443, {}, 1000, garbage.fileName()}, control);
    QCOMPARE(result.error().id(), QStringLiteral("probe_bad_ca_file"));
    QVERIFY(result.error().message().contains(garbage.fileName()));
    // A path that names no file is said as such, with the path: not "expected PEM".
    const QString missing = QStringLiteral("/nonexistent/ca.pem");
    const auto absent = runProbe(ProbeTarget{kHost, 443, {}, 1000, missing}, control);
    QCOMPARE(absent.error().id(), QStringLiteral("probe_ca_file_missing"));
    QVERIFY2(absent.error().message().contains(missing + QStringLiteral(" does not exist")),
             qPrintable(absent.error().message()));
    QVERIFY(!absent.error().message().contains(QStringLiteral("PEM certificates")));
    // A folder cannot be read as a file (a file without read permission neither, but the
    // tests may run as root, who reads it anyway).
    QTemporaryDir folder;
    const auto notAFile = runProbe(ProbeTarget{kHost, 443, {}, 1000, folder.path()}, control);
    QCOMPARE(notAFile.error().id(), QStringLiteral("probe_ca_file_unreadable"));
    QVERIFY2(notAFile.error().message().contains(folder.path()),
             qPrintable(notAFile.error().message()));
    QVERIFY(!notAFile.error().message().contains(QStringLiteral("expected PEM")));
}

QTEST_GUILESS_MAIN(tst_TlsProbe)
#include "tst_tlsprobe.moc"
