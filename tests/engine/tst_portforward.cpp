// The port-forward through the Kubernetes API against the fake API server on loopback,
// which forwards to the practice lab: a probe through it must give the verdict a probe
// of the lab gives directly. kubectl runs against the same server where it can.
#include "cluster/clusterfetch.h"
#include "cluster/execcredential.h"
#include "cluster/kubeclient.h"
#include "cluster/kubeconfig.h"
#include "cluster/portforward.h"
#include "kubeapi.h"
#include "lab/practicelab.h"
#include "probe/tlsprobe.h"
#include "testproxy.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <optional>

using namespace SniDoctor;

namespace {

const QString kHost = QStringLiteral("api-test.mydomain.com");
const QString kPod = QStringLiteral("apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp");

// Runs work on a thread of its own while this thread's loop serves the fixture.
template <typename Work> auto offThread(Work work) -> decltype(work())
{
    std::optional<decltype(work())> result;
    std::atomic_bool done{false};
    QThread *thread = QThread::create([&] {
        result.emplace(work());
        done = true;
    });
    thread->start();
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done.load(); }, 120000);
    thread->wait();
    delete thread;
    return std::move(*result);
}

KubeConnection connectionFor(const QString &kubeconfig)
{
    const auto config = loadKubeconfig({kubeconfig}, true);
    if (!config)
        qFatal("kubeconfig: %s", qPrintable(config.error().message()));
    const auto connection = kubeConnection(config.value(), QStringLiteral("fixture"));
    if (!connection)
        qFatal("connection: %s", qPrintable(connection.error().message()));
    return connection.value();
}

PortForwardOptions optionsFor(const QString &pod = kPod)
{
    PortForwardOptions options;
    options.ns = QStringLiteral("apigee");
    options.pod = pod;
    options.podPort = 443;
    return options;
}

ProbeReport probe(quint16 port)
{
    CancelFlag control;
    const Result<ProbeReport> result =
        runProbe(ProbeTarget{kHost, port, QStringLiteral("127.0.0.1"), 10000, {}}, control);
    if (!result)
        qFatal("probe input rejected: %s", qPrintable(result.error().message()));
    return result.value();
}

QStringList outcomes(const ProbeReport &report)
{
    QStringList list;
    for (const ProbeAttempt &attempt : report.attempts)
        list << outcomeId(attempt.outcome) +
                    (attempt.alert.isEmpty() ? QString() : QLatin1Char(':') + attempt.alert);
    return list;
}

QStringList verdict(const ProbeReport &report)
{
    QStringList ids;
    for (const Finding &finding : report.findings)
        ids << finding.id;
    return ids;
}

// Each finding with its severity and values, except the endpoint's port (the forward's).
QStringList findingsOf(const ProbeReport &report)
{
    QStringList list;
    for (const Finding &finding : report.findings) {
        Args args = finding.args;
        args.insert("endpoint", {});
        list << finding.id + QLatin1Char(' ') + QString::number(int(finding.severity)) +
                    QLatin1Char(' ') + args.values().join(QLatin1Char('|'));
    }
    return list;
}

struct Forwarded
{
    Result<quint16> port = Error(PortForwardError::Canceled);
    std::optional<ProbeReport> report;
    QList<Error> streamErrors;
    int streams = 0;
};

// Opens a forward, probes through it, closes it: all on a worker thread.
Forwarded probeThroughForward(const KubeConnection &connection, const PortForwardOptions &options)
{
    return offThread([&] {
        Forwarded forwarded;
        CancelFlag control;
        auto session = startPortForward(connection, options, control);
        if (!session) {
            forwarded.port = session.error();
            return forwarded;
        }
        forwarded.port = session.value()->port();
        forwarded.report = probe(session.value()->port());
        forwarded.streamErrors = session.value()->streamErrors();
        forwarded.streams = session.value()->streamsOpened();
        return forwarded;
    });
}

QString kubectlProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("kubectl"));
}

} // namespace

class tst_PortForward : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void probeThroughForwardMatchesDirect_data();
    void probeThroughForwardMatchesDirect();
    void credentialsReachTheUpgrade();
    void throughTheProxies();
    void privateClusterBehindABastion();
    void upgradeRefusedNamesKubectl();
    void wrongToken();
    void pluginAskedAgainAfter401();
    void forbiddenNamesTheVerb();
    void unknownPod();
    void noUpgradeInTime();
    void closedForwardRefuses();
    void kubectlCommand();
    void kubectlForwardingLine_data();
    void kubectlForwardingLine();
    void kubectlAgainstTheFixture();
};

void tst_PortForward::probeThroughForwardMatchesDirect_data()
{
    QTest::addColumn<LabMode>("mode");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("strict") << LabMode::Strict << QStringList{"handshake_ok", "reset", "reset"};
    QTest::newRow("wildcard") << LabMode::Wildcard
                              << QStringList{"handshake_ok", "handshake_ok", "handshake_ok"};
}

void tst_PortForward::probeThroughForwardMatchesDirect()
{
    QFETCH(LabMode, mode);
    QFETCH(QStringList, expected);
    PracticeLab lab;
    const Result<quint16> labPort = lab.start(LabOptions{mode});
    QVERIFY2(labPort.ok(), qPrintable(labPort.error().message()));
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, labPort.value());
    const KubeConnection connection = connectionFor(fixture.writeKubeconfig());

    const ProbeReport direct = offThread([&] { return probe(labPort.value()); });
    QCOMPARE(outcomes(direct), expected);

    const Forwarded forwarded = probeThroughForward(connection, optionsFor());
    QVERIFY2(forwarded.port.ok(), qPrintable(forwarded.port.error().message()));
    QVERIFY(forwarded.port.value() != labPort.value());
    QVERIFY(forwarded.report);
    QCOMPARE(outcomes(*forwarded.report), outcomes(direct));
    QCOMPARE(verdict(*forwarded.report), verdict(direct));
    QCOMPARE(findingsOf(*forwarded.report), findingsOf(direct));
    // The same certificates came through the forward.
    for (int i = 0; i < direct.attempts.size(); ++i) {
        QCOMPARE(forwarded.report->attempts[i].sni, direct.attempts[i].sni);
        QCOMPARE(forwarded.report->attempts[i].chain.size(), direct.attempts[i].chain.size());
        if (!direct.attempts[i].chain.isEmpty())
            QCOMPARE(forwarded.report->attempts[i].chain[0].sha256,
                     direct.attempts[i].chain[0].sha256);
    }
    // One WebSocket for the check, one per attempt, each asking for port 443.
    QCOMPARE(forwarded.streams, 3);
    QTRY_COMPARE(fixture.portForwardStreams, 4);
    QCOMPARE(fixture.portForwardUpgrades.size(), 4);
    for (const QString &upgrade : std::as_const(fixture.portForwardUpgrades))
        QCOMPARE(upgrade, QStringLiteral("/api/v1/namespaces/apigee/pods/%1/portforward?ports=443 "
                                         "v4.channel.k8s.io")
                              .arg(kPod));
    // The kubelet's error channel said why the strict lab's connections ended.
    int resets = 0;
    for (const Error &error : forwarded.streamErrors) {
        QCOMPARE(error.id(), QStringLiteral("portforward_remote"));
        QVERIFY2(error.message().contains(QStringLiteral("connection reset by peer")),
                 qPrintable(error.message()));
        ++resets;
    }
    QCOMPARE(resets, mode == LabMode::Strict ? 2 : 0);
}

void tst_PortForward::credentialsReachTheUpgrade()
{
    PracticeLab lab;
    const Result<quint16> labPort = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(labPort.ok());
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, labPort.value());
    KubeConnection connection = connectionFor(fixture.writeKubeconfig());
    connection.asUser = QStringLiteral("viewer@example.com");
    connection.asGroups = {QStringLiteral("apigee-readers")};
    const Forwarded forwarded = probeThroughForward(connection, optionsFor());
    QVERIFY2(forwarded.port.ok(), qPrintable(forwarded.port.error().message()));
    QCOMPARE(outcomes(*forwarded.report),
             (QStringList{"handshake_ok", "handshake_ok", "handshake_ok"}));
    QTRY_COMPARE(fixture.portForwardStreams, 4);
    QCOMPARE(fixture.authorizations.size(), 4);
    for (const QString &authorization : std::as_const(fixture.authorizations))
        QCOMPARE(authorization, QStringLiteral("Bearer good-token"));
    for (const QString &impersonation : std::as_const(fixture.impersonations))
        QCOMPARE(impersonation, QStringLiteral("Impersonate-User: viewer@example.com; "
                                               "Impersonate-Group: apigee-readers"));
}

// The kubeconfig's proxy-url carries the WebSockets as it carries every request:
// HTTP CONNECT with credentials, CONNECT inside TLS, SOCKS5.
void tst_PortForward::throughTheProxies()
{
    PracticeLab lab;
    const Result<quint16> labPort = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(labPort.ok());
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, labPort.value());
    const KubeConnection direct = connectionFor(fixture.writeKubeconfig());
    const QString target = QStringLiteral("127.0.0.1:%1").arg(fixture.port());

    TestProxy http(TestProxy::Kind::Http);
    http.requireCredentials("proxyuser", "proxy-secret");
    TestProxy https(TestProxy::Kind::Https);
    https.setCertificate(fixture.certificates().servers[0]); // signed by the cluster's CA
    TestProxy socks(TestProxy::Kind::Socks5);
    QVERIFY(http.start() && https.start() && socks.start());
    const QList<std::pair<TestProxy *, QString>> proxies{
        {&http, QStringLiteral("http://proxyuser:proxy-secret@127.0.0.1:%1").arg(http.port())},
        {&https, QStringLiteral("https://127.0.0.1:%1").arg(https.port())},
        {&socks, QStringLiteral("socks5://127.0.0.1:%1").arg(socks.port())}};
    for (const auto &[proxy, url] : proxies) {
        KubeConnection connection = direct;
        connection.proxyUrl = url;
        const Forwarded forwarded = probeThroughForward(connection, optionsFor());
        QVERIFY2(forwarded.port.ok(),
                 qPrintable(url + QLatin1Char(' ') + forwarded.port.error().message()));
        QCOMPARE(outcomes(*forwarded.report),
                 (QStringList{"handshake_ok", "handshake_ok", "handshake_ok"}));
        // The check and the three attempts, each a tunnel to the API server.
        QCOMPARE(proxy->targets, QStringList(4, target));
    }
}

// A private cluster reached through a bastion's proxy under a name only the proxy
// resolves, its certificate checked against tls-server-name: the WebSockets go the
// same way and check the same name; another name is refused.
void tst_PortForward::privateClusterBehindABastion()
{
    PracticeLab lab;
    const Result<quint16> labPort = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(labPort.ok());
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, labPort.value());
    TestProxy bastion(TestProxy::Kind::Http);
    bastion.hosts.insert(QStringLiteral("kube.bastion.test"), QStringLiteral("127.0.0.1"));
    QVERIFY(bastion.start());
    KubeConnection connection = connectionFor(fixture.writeKubeconfig());
    connection.server = QStringLiteral("https://kube.bastion.test:%1").arg(fixture.port());
    connection.tlsServerName = QStringLiteral("localhost"); // the fixture's certificate
    connection.proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(bastion.port());
    const Forwarded forwarded = probeThroughForward(connection, optionsFor());
    QVERIFY2(forwarded.port.ok(), qPrintable(forwarded.port.error().message()));
    QCOMPARE(outcomes(*forwarded.report),
             (QStringList{"handshake_ok", "handshake_ok", "handshake_ok"}));
    QCOMPARE(bastion.targets,
             QStringList(4, QStringLiteral("kube.bastion.test:%1").arg(fixture.port())));

    connection.tlsServerName = QStringLiteral("kube.other.test");
    const Forwarded refused = probeThroughForward(connection, optionsFor());
    QVERIFY(!refused.port.ok());
    QVERIFY2(refused.port.error().id() == QStringLiteral("portforward_tls") ||
                 refused.port.error().id() == QStringLiteral("kube_tls"),
             qPrintable(refused.port.error().id()));
    QCOMPARE(fixture.portForwardStreams, 4); // none more
}

void tst_PortForward::upgradeRefusedNamesKubectl()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, 1);
    fixture.refuseWebSocket = true;
    const QString kubeconfig = fixture.writeKubeconfig();
    PortForwardOptions options = optionsFor();
    options.kubeconfig = kubeconfig;
    const Forwarded forwarded = probeThroughForward(connectionFor(kubeconfig), options);
    QVERIFY(!forwarded.port.ok());
    const Error &error = forwarded.port.error();
    QCOMPARE(error.id(), QStringLiteral("portforward_unsupported"));
    QCOMPARE(error.args().value("status"), QStringLiteral("400"));
    const QString command =
        QStringLiteral("kubectl port-forward -n apigee pod/%1 8443:443 --context fixture "
                       "--kubeconfig %2")
            .arg(kPod, kubeconfig);
    QCOMPARE(error.args().value("command"), command);
    QVERIFY2(error.message().contains(command), qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("does not support the WebSocket "
                                                     "port-forward")),
             qPrintable(error.message()));
    QVERIFY2(error.message().contains(QStringLiteral("Upgrade request required")),
             qPrintable(error.message()));
    QCOMPARE(fixture.portForwardStreams, 0);
}

void tst_PortForward::wrongToken()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, 1);
    const Forwarded forwarded = probeThroughForward(
        connectionFor(fixture.writeKubeconfig(QStringLiteral("wrong-token"))), optionsFor());
    QVERIFY(!forwarded.port.ok());
    QCOMPARE(forwarded.port.error().id(), QStringLiteral("kube_unauthorized"));
    QVERIFY2(forwarded.port.error().message().contains(QStringLiteral("401")),
             qPrintable(forwarded.port.error().message()));
    QVERIFY(!forwarded.port.error().message().contains(QStringLiteral("wrong-token")));
    QCOMPARE(fixture.portForwardStreams, 0);
}

// A credential plugin whose cached token the server no longer takes: asked again,
// once, as for every cluster read.
void tst_PortForward::pluginAskedAgainAfter401()
{
    PracticeLab lab;
    const Result<quint16> labPort = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(labPort.ok());
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, labPort.value());
    QTemporaryDir dir;
    const QString counter = dir.filePath(QStringLiteral("count"));
    const QString plugin = dir.filePath(QStringLiteral("plugin"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nif [ -e '" + counter.toUtf8() +
                 "' ]; then token=good-token; else token=stale-token; fi\ntouch '" +
                 counter.toUtf8() +
                 "'\necho \"{\\\"kind\\\":\\\"ExecCredential\\\",\\\"apiVersion\\\":"
                 "\\\"client.authentication.k8s.io/v1\\\",\\\"status\\\":{\\\"token\\\":"
                 "\\\"$token\\\"}}\"\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    const QString kubeconfig = fixture.writeKubeconfig();
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(QStringLiteral("user: {token: good-token}"),
                 QStringLiteral("user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, "
                                "command: %1}\n")
                     .arg(plugin));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    forgetExecCredentials();
    PortForwardOptions options;
    options.pod = kPod;
    const ClusterRequest request(kubeconfig, QStringLiteral("fixture"), {}, true);
    const Forwarded forwarded = offThread([&] {
        Forwarded result;
        CancelFlag control;
        auto session = startPortForward(request, options, control);
        if (!session) {
            result.port = session.error();
            return result;
        }
        result.port = session.value()->port();
        result.report = probe(session.value()->port());
        return result;
    });
    QVERIFY2(forwarded.port.ok(), qPrintable(forwarded.port.error().message()));
    QCOMPARE(outcomes(*forwarded.report),
             (QStringList{"handshake_ok", "handshake_ok", "handshake_ok"}));
    QVERIFY(fixture.authorizations.contains(QStringLiteral("Bearer stale-token")));
    QCOMPARE(fixture.authorizations.last(), QStringLiteral("Bearer good-token"));
    forgetExecCredentials();
}

void tst_PortForward::forbiddenNamesTheVerb()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Forbidden, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, 1);
    const Forwarded forwarded =
        probeThroughForward(connectionFor(fixture.writeKubeconfig()), optionsFor());
    QVERIFY(!forwarded.port.ok());
    const Error &error = forwarded.port.error();
    QCOMPARE(error.id(), QStringLiteral("portforward_forbidden"));
    QVERIFY2(error.message().contains(QStringLiteral("create and get on the resource "
                                                     "pods/portforward")),
             qPrintable(error.message()));
    QVERIFY2(
        error.message().contains(QStringLiteral("cannot create resource \"pods/portforward\"")),
        qPrintable(error.message()));
}

void tst_PortForward::unknownPod()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    const Forwarded forwarded = probeThroughForward(connectionFor(fixture.writeKubeconfig()),
                                                    optionsFor(QStringLiteral("no-such-pod")));
    QVERIFY(!forwarded.port.ok());
    QCOMPARE(forwarded.port.error().id(), QStringLiteral("portforward_pod_not_found"));
    QVERIFY2(forwarded.port.error().message().contains(QStringLiteral("no-such-pod")),
             qPrintable(forwarded.port.error().message()));
}

void tst_PortForward::noUpgradeInTime()
{
    // The server takes the request and never answers: the upgrade's deadline ends it.
    KubeApiFixture fixture(KubeApiFixture::Mode::Slow, {});
    QVERIFY(fixture.start());
    PortForwardOptions options = optionsFor();
    options.upgradeTimeoutMs = 300;
    const Forwarded forwarded =
        probeThroughForward(connectionFor(fixture.writeKubeconfig()), options);
    QVERIFY(!forwarded.port.ok());
    QCOMPARE(forwarded.port.error().id(), QStringLiteral("portforward_deadline"));
}

void tst_PortForward::closedForwardRefuses()
{
    PracticeLab lab;
    const Result<quint16> labPort = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(labPort.ok());
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, labPort.value());
    const KubeConnection connection = connectionFor(fixture.writeKubeconfig());
    const Forwarded forwarded = offThread([&] {
        Forwarded result;
        CancelFlag control;
        auto session = startPortForward(connection, optionsFor(), control);
        if (session)
            result.port = session.value()->port();
        return result; // the session ends here
    });
    QVERIFY(forwarded.port.ok());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, forwarded.port.value());
    QTRY_COMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

void tst_PortForward::kubectlCommand()
{
    QCOMPARE(kubectlPortForwardCommand({}, {}, QStringLiteral("apigee"), QStringLiteral("p1"), 8443,
                                       443),
             QStringLiteral("kubectl port-forward -n apigee pod/p1 8443:443"));
    QCOMPARE(kubectlPortForwardCommand(QStringLiteral("/tmp/my config"), QStringLiteral("gke_x"),
                                       QStringLiteral("apigee"), QStringLiteral("p1"), 0, 8443),
             QStringLiteral("kubectl port-forward -n apigee pod/p1 :8443 --context gke_x "
                            "--kubeconfig '/tmp/my config'"));
}

void tst_PortForward::kubectlForwardingLine_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<int>("port");
    QTest::newRow("kubectl") << QByteArray("Forwarding from 127.0.0.1:40123 -> 443\n"
                                           "Forwarding from [::1]:40123 -> 443\n")
                             << 40123;
    QTest::newRow("after a warning") << QByteArray("W1203 08:00:00.000 warnings.go:70] something\n"
                                                   "Forwarding from 127.0.0.1:8443 -> 443\n")
                                     << 8443;
    QTest::newRow("ipv6 only") << QByteArray("Forwarding from [::1]:40123 -> 443\n") << 0;
    QTest::newRow("not yet") << QByteArray("Forwarding from 127.0.0.1:401") << 0;
    QTest::newRow("error") << QByteArray("error: unable to forward port because pod is not "
                                         "running. Current status=Pending\n")
                           << 0;
    QTest::newRow("out of range") << QByteArray("Forwarding from 127.0.0.1:70000 -> 443\n") << 0;
}

void tst_PortForward::kubectlForwardingLine()
{
    QFETCH(QByteArray, output);
    QFETCH(int, port);
    QCOMPARE(int(kubectlForwardingPort(output)), port);
}

// kubectl port-forward against the same fixture, as the fallback runs it: kubectl 1.30+
// asks for a WebSocket carrying SPDY first (refused), then SPDY/3.1, which the fixture
// serves as the kubelet does. The probe through kubectl's forward gives the direct
// probe's verdict.
void tst_PortForward::kubectlAgainstTheFixture()
{
    const QString kubectl = kubectlProgram();
    if (kubectl.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("kubectl is not installed: the setup script must install it");
        QSKIP("kubectl is not installed");
    }
    PracticeLab lab;
    // Wildcard: kubectl ends the whole forward ("lost connection to pod") at the first
    // error a stream reports, such as the strict lab's reset, while other streams may
    // still run; a comparison would then depend on timing.
    const Result<quint16> labPort = lab.start(LabOptions{LabMode::Wildcard});
    QVERIFY(labPort.ok());
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, {});
    QVERIFY(fixture.start());
    fixture.portForwardPods.insert(kPod, labPort.value());
    const QString kubeconfig = fixture.writeKubeconfig();
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.remove(QStringLiteral("KUBECONFIG"));
    struct Run
    {
        Result<quint16> port = Error(PortForwardError::Canceled);
        std::optional<ProbeReport> report;
        QString command;
        QString output;
    };
    const Run run = offThread([&] {
        Run result;
        CancelFlag control;
        KubectlPortForward forward;
        result.port =
            forward.start(kubectl, kubeconfig, QStringLiteral("fixture"), QStringLiteral("apigee"),
                          kPod, 443, 60000, control, environment.toStringList());
        result.command = forward.command();
        if (result.port) {
            result.report = probe(result.port.value());
            result.output = forward.output();
        }
        return result; // kubectl is stopped here
    });
    QCOMPARE(run.command, QStringLiteral("kubectl port-forward -n apigee pod/%1 :443 --context "
                                         "fixture --kubeconfig %2 --address 127.0.0.1")
                              .arg(kPod, kubeconfig));
    // kubectl asked for the pod first, as it does before forwarding.
    QVERIFY2(fixture.requests.contains(QStringLiteral("/api/v1/namespaces/apigee/pods/") + kPod),
             qPrintable(fixture.requests.join(QLatin1Char(' '))));
    QVERIFY2(run.port.ok(), qPrintable(run.port.error().message()));
    QCOMPARE(fixture.spdySessions, 1);
    const ProbeReport direct = offThread([&] { return probe(labPort.value()); });
    QCOMPARE(outcomes(*run.report), outcomes(direct));
    QCOMPARE(findingsOf(*run.report), findingsOf(direct));
    QVERIFY2(run.output.count(QStringLiteral("Handling connection for ")) == 3,
             qPrintable(run.output));
}

QTEST_GUILESS_MAIN(tst_PortForward)
#include "tst_portforward.moc"
