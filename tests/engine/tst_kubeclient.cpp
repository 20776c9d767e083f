// Our Kubernetes client against a real HTTPS API server fixture on loopback, and
// kubectl against the same fixture: both must see the same routes.
#include "accesslog/accessloganalyzer.h"
#include "cluster/clusterfetch.h"
#include "cluster/execcredential.h"
#include "cluster/kubeclient.h"
#include "kubeapi.h"
#include "lab/labcertificates.h"
#include "peers.h"
#include "testproxy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace SniDoctor;

namespace {

QByteArray routesJson()
{
    QFile file(QStringLiteral(SNI_DOCTOR_TEST_DATA "/routes/api-list.json"));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// Lists the routes through the fixture's kubeconfig; waits for the answer.
Result<QList<ApigeeRoute>> listRoutes(const QString &kubeconfig, int timeoutMs = 10000)
{
    const auto config = loadKubeconfig({kubeconfig}, true);
    if (!config)
        return config.error();
    const auto connection = kubeConnection(config.value(), QStringLiteral("fixture"));
    if (!connection)
        return connection.error();
    KubeClient client(connection.value());
    std::optional<Result<QList<ApigeeRoute>>> answer;
    client.listRoutes(QStringLiteral("apigee"), timeoutMs,
                      [&answer](const Result<QList<ApigeeRoute>> &result) { answer = result; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs + 5000);
    if (!answer)
        return Error(ClusterError::Timeout, {{"server", QStringLiteral("(no answer)")}});
    return *answer;
}

// The fixture's kubeconfig with proxy-url added to its cluster.
QString withProxy(const QString &kubeconfig, const QString &proxyUrl)
{
    QFile file(kubeconfig);
    file.open(QIODevice::ReadOnly);
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype at = text.indexOf(QStringLiteral("    certificate-authority-data:"));
    text.insert(at, QStringLiteral("    proxy-url: %1\n").arg(proxyUrl));
    const QString path = kubeconfig + QStringLiteral("-proxy");
    QFile out(path);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write(text.toUtf8());
    return path;
}

} // namespace

class tst_KubeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheRoutes();
    void expiredToken();
    void rbacDenial();
    void crdMissing();
    void slowServerTimesOut();
    void wrongCa();
    void unreachable();
    void kubectlSeesTheSameRoutes();
    void execPlugins();
    void podsAndTheirLogs();
    void pluginAskedAgainAfter401();
    void routeEvents();
    void clientCertificate();
    void proxies();
    void applyWithDryRunFirst();
    void kubectlThroughTheProxies();
};

void tst_KubeClient::listsTheRoutes()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const auto routes = listRoutes(fixture.writeKubeconfig());
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(routes.value().size(), 2);
    QCOMPARE(routes.value()[1].name, QStringLiteral("non-sni"));
    QVERIFY(routes.value()[1].file.isEmpty()); // from the cluster
    QCOMPARE(routeFindings(routes.value()).first().id,
             QStringLiteral("wildcard_route_not_attached"));
    QVERIFY(fixture.requests.contains(
        QStringLiteral("/apis/apigee.cloud.google.com/v1alpha1/namespaces/apigee/apigeeroutes")));
}

void tst_KubeClient::expiredToken()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const auto routes = listRoutes(fixture.writeKubeconfig(QStringLiteral("expired-token")));
    QCOMPARE(routes.error().id(), QStringLiteral("kube_unauthorized"));
    QVERIFY(routes.error().message().contains(QStringLiteral("admin"))); // which user entry
}

void tst_KubeClient::rbacDenial()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Forbidden, routesJson());
    QVERIFY(fixture.start());
    const auto routes = listRoutes(fixture.writeKubeconfig());
    QCOMPARE(routes.error().id(), QStringLiteral("kube_forbidden"));
    QVERIFY2(
        routes.error().message().contains(QStringLiteral("cannot list resource \"apigeeroutes\"")),
        qPrintable(routes.error().message()));
}

void tst_KubeClient::crdMissing()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::NoCrd, routesJson());
    QVERIFY(fixture.start());
    const auto routes = listRoutes(fixture.writeKubeconfig());
    QCOMPARE(routes.error().id(), QStringLiteral("kube_no_crd"));
    QVERIFY(routes.error().message().contains(QStringLiteral("fixture")));
}

void tst_KubeClient::slowServerTimesOut()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Slow, routesJson());
    QVERIFY(fixture.start());
    const auto routes = listRoutes(fixture.writeKubeconfig(), 700);
    QCOMPARE(routes.error().id(), QStringLiteral("kube_timeout"));
}

void tst_KubeClient::wrongCa()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeKubeconfig();
    // The same kubeconfig with another CA's certificate.
    const auto other = LabCertificates::generate({QStringLiteral("localhost")});
    QVERIFY(other.ok());
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const qsizetype at = text.indexOf(QStringLiteral("certificate-authority-data: ")) + 28;
    text.replace(at, text.indexOf(QLatin1Char('\n'), at) - at,
                 QString::fromLatin1(other.value().caCertificatePem.toBase64()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    const auto routes = listRoutes(kubeconfig);
    QCOMPARE(routes.error().id(), QStringLiteral("kube_tls"));
    QVERIFY(routes.error().message().contains(fixture.server()));
    QVERIFY(routes.error().message().contains(
        QStringLiteral("certificate-authority-data of cluster fixture")));
}

void tst_KubeClient::unreachable()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    QString kubeconfig = fixture.writeKubeconfig();
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    // A password inside the server URL is never said, in the message or its args.
    text.replace(
        fixture.server(),
        QStringLiteral("https://admin:S3cret-Pass@127.0.0.1:%1").arg(TestPeers::freePort()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    const auto routes = listRoutes(kubeconfig);
    QCOMPARE(routes.error().id(), QStringLiteral("kube_unreachable"));
    QVERIFY2(!routes.error().message().contains(QStringLiteral("S3cret")),
             qPrintable(routes.error().message()));
    QVERIFY(routes.error().message().contains(QStringLiteral("https://admin:***@127.0.0.1")));
    for (const QString &value : routes.error().args().values())
        QVERIFY2(!value.contains(QStringLiteral("S3cret")), qPrintable(value));
}

void tst_KubeClient::kubectlSeesTheSameRoutes()
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("kubectl is not installed: the setup script must install it");
        QSKIP("kubectl is not installed");
    }
    // With a bearer token, and with a client certificate (mutual TLS).
    KubeApiFixture tokenFixture(KubeApiFixture::Mode::Ok, routesJson());
    KubeApiFixture certificateFixture(KubeApiFixture::Mode::ClientCertificate, routesJson());
    QVERIFY(tokenFixture.start() && certificateFixture.start());
    for (const QString &kubeconfig :
         {tokenFixture.writeKubeconfig(), certificateFixture.writeClientCertificateKubeconfig()}) {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"),
                           home.path()); // kubectl's discovery cache goes there
        environment.remove(QStringLiteral("KUBECONFIG"));
        process.setProcessEnvironment(environment);
        process.start(kubectl, {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("get"),
                                QStringLiteral("apigeeroutes"), QStringLiteral("-n"),
                                QStringLiteral("apigee"), QStringLiteral("-o"),
                                QStringLiteral("json"), QStringLiteral("--request-timeout=20s")});
        // The fixture answers on this thread's event loop: wait without blocking it.
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QStringList theirs;
        for (const QJsonValue &item :
             QJsonDocument::fromJson(out).object()[QStringLiteral("items")].toArray())
            theirs << item[QStringLiteral("metadata")][QStringLiteral("name")].toString();
        const auto ours = listRoutes(kubeconfig);
        QVERIFY2(ours.ok(), qPrintable(ours.ok() ? QString() : ours.error().message()));
        QStringList names;
        for (const ApigeeRoute &route : ours.value())
            names << route.name;
        QCOMPARE(names, theirs);
        QCOMPARE(theirs.size(), 2);
    }
}

void tst_KubeClient::execPlugins()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    const auto script = [&dir](const QString &name, const QByteArray &body) {
        const QString path = dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write("#!/bin/sh\n" + body);
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
        return path;
    };
    const QString infoFile = dir.filePath(QStringLiteral("exec-info.json"));
    const QString good = script(
        QStringLiteral("good-plugin"),
        "printf '%s\\n' \"$KUBERNETES_EXEC_INFO\" > '" + infoFile.toUtf8() +
            "'\n"
            "echo \"$EXTRA\" >> '" +
            infoFile.toUtf8() +
            "'\n"
            "cat <<'END'\n"
            "{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\","
            "\"status\":{\"token\":\"good-token\",\"expirationTimestamp\":\"2099-01-01T00:00:00Z\"}"
            "}\n"
            "END\n");
    const QString failing = script(QStringLiteral("failing-plugin"),
                                   "echo 'ERROR: gcloud auth login required' >&2\nexit 1\n");
    const QString silent = script(QStringLiteral("silent-plugin"), "echo 'not json'\n");

    // A kubeconfig whose user runs a plugin instead of holding a token.
    const auto withPlugin = [&fixture](const QString &command) {
        const QString kubeconfig = fixture.writeKubeconfig();
        QFile file(kubeconfig);
        file.open(QIODevice::ReadOnly);
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        text.replace(
            QStringLiteral("user: {token: good-token}"),
            QStringLiteral("user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                           "      command: %1\n      args: [--flag]\n      env: [{name: EXTRA, "
                           "value: from-env}]\n"
                           "      provideClusterInfo: true\n      interactiveMode: Never\n"
                           "      installHint: install it with apt-get install the-plugin\n")
                .arg(command));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text.toUtf8());
        file.close();
        return loadKubeconfig({kubeconfig}, true).value();
    };
    const QString fixtureContext = QStringLiteral("fixture");

    // Without consent the plugin does not run: the error names the exact command.
    forgetExecCredentials();
    const auto refused = kubeConnection(withPlugin(good), fixtureContext, ExecPolicy::Refuse);
    QCOMPARE(refused.error().id(), QStringLiteral("kube_exec_needed"));
    QVERIFY(refused.error().message().contains(good + QStringLiteral(" --flag")));
    QVERIFY(!QFile::exists(infoFile));

    const auto connection = kubeConnection(withPlugin(good), fixtureContext, ExecPolicy::Run);
    QVERIFY2(connection.ok(),
             qPrintable(connection.ok() ? QString() : connection.error().message()));
    QCOMPARE(connection.value().token, QStringLiteral("good-token"));
    QFile info(infoFile);
    QVERIFY(info.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = info.readAll().split('\n');
    const QJsonObject execInfo = QJsonDocument::fromJson(lines.value(0)).object();
    QCOMPARE(execInfo[QStringLiteral("kind")].toString(), QStringLiteral("ExecCredential"));
    QCOMPARE(execInfo[QStringLiteral("spec")][QStringLiteral("interactive")].toBool(true), false);
    QCOMPARE(execInfo[QStringLiteral("spec")][QStringLiteral("cluster")][QStringLiteral("server")]
                 .toString(),
             fixture.server());
    QCOMPARE(lines.value(1), QByteArray("from-env"));
    KubeClient client(connection.value());
    std::optional<Result<QList<ApigeeRoute>>> answer;
    client.listRoutes(QStringLiteral("apigee"), 10000,
                      [&answer](const Result<QList<ApigeeRoute>> &r) { answer = r; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());

    forgetExecCredentials();
    const auto failed = kubeConnection(withPlugin(failing), fixtureContext, ExecPolicy::Run);
    QCOMPARE(failed.error().id(), QStringLiteral("kube_exec_failed"));
    QVERIFY(failed.error().message().contains(QStringLiteral("gcloud auth login required")));
    const auto garbage = kubeConnection(withPlugin(silent), fixtureContext, ExecPolicy::Run);
    QCOMPARE(garbage.error().id(), QStringLiteral("kube_exec_output"));
    const auto missing = kubeConnection(withPlugin(QStringLiteral("no-such-auth-plugin")),
                                        fixtureContext, ExecPolicy::Run);
    QCOMPARE(missing.error().id(), QStringLiteral("kube_exec_missing"));
    QVERIFY(missing.error().message().contains(QStringLiteral("apt-get install the-plugin")));
    // A desktop session without the shell's PATH: the user gives the plugin's path.
    forgetExecCredentials();
    const auto byPath = kubeConnection(withPlugin(QStringLiteral("no-such-auth-plugin")),
                                       fixtureContext, ExecPolicy::Run, good);
    QVERIFY(byPath.ok());
}

void tst_KubeClient::podsAndTheirLogs()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const auto config = loadKubeconfig({fixture.writeKubeconfig()}, true);
    QVERIFY(config.ok());
    const auto connection = kubeConnection(config.value(), QStringLiteral("fixture"));
    QVERIFY(connection.ok());
    KubeClient client(connection.value());
    std::optional<Result<QList<IngressPod>>> pods;
    client.listIngressPods(QStringLiteral("apigee"), 10000,
                           [&pods](const Result<QList<IngressPod>> &r) { pods = r; });
    QTRY_VERIFY(pods.has_value());
    QVERIFY(pods->ok());
    QCOMPARE(pods->value().size(), 2);
    const IngressPod &first = pods->value()[0];
    QCOMPARE(first.ready, QStringLiteral("2/2"));
    QCOMPARE(first.status, QStringLiteral("Running"));
    QCOMPARE(first.restarts, 1);
    QCOMPARE(first.logContainer(), QStringLiteral("istio-proxy"));
    QCOMPARE(first.age(QDateTime(QDate(2025, 5, 19), QTime(4, 0), Qt::UTC)), QStringLiteral("46h"));
    const IngressPod &second = pods->value()[1];
    QCOMPARE(second.status, QStringLiteral("CrashLoopBackOff"));
    QCOMPARE(second.ready, QStringLiteral("1/2"));
    QCOMPARE(second.restarts, 7);
    const QList<Finding> findings = podFindings(pods->value());
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings[0].id, QStringLiteral("ingress_pods_not_ready"));
    QVERIFY(findings[0].args.value("pods").contains(second.name));

    // The log streams into the access-log analyzer chunk by chunk.
    AccessLogAnalyzer analyzer;
    analyzer.beginInput(QStringLiteral("pod/") + first.name);
    std::optional<Error> ended;
    client.streamPodLog(
        QStringLiteral("apigee"), first.name, first.logContainer(), 500, 10000,
        [&analyzer](const QByteArray &chunk) { analyzer.feed(chunk.constData(), chunk.size()); },
        [&ended](const Error &error) { ended = error; });
    QTRY_VERIFY(ended.has_value());
    QVERIFY2(ended->isNull(), qPrintable(ended->message()));
    analyzer.endInput();
    const AccessLogSummary summary = analyzer.summary();
    QCOMPARE(summary.records, 201);
    QCOMPARE(summary.count(LogClass::NonSniRefused), 1);
    QCOMPARE(summary.clients.value(0).address, QStringLiteral("10.138.0.28"));
    QCOMPARE(fixture.logRequests.size(), 1);
    QVERIFY(fixture.logRequests[0].contains(QStringLiteral("container=istio-proxy")));
    QVERIFY(fixture.logRequests[0].contains(QStringLiteral("tailLines=500")));
    QVERIFY(fixture.logRequests[0].contains(QStringLiteral("timestamps=true")));
}

void tst_KubeClient::pluginAskedAgainAfter401()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    // The first answer is a token the server no longer accepts, the next a good one.
    const QString counter = dir.filePath(QStringLiteral("count"));
    const QString plugin = dir.filePath(QStringLiteral("plugin"));
    QFile script(plugin);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\nif [ -e '" + counter.toUtf8() +
                 "' ]; then token=good-token; else token=stale-token; fi\n"
                 "touch '" +
                 counter.toUtf8() +
                 "'\n"
                 "echo "
                 "\"{\\\"kind\\\":\\\"ExecCredential\\\",\\\"apiVersion\\\":\\\"client."
                 "authentication.k8s.io/v1\\\","
                 "\\\"status\\\":{\\\"token\\\":\\\"$token\\\"}}\"\n");
    script.close();
    script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
    const QString kubeconfig = fixture.writeKubeconfig();
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(
        QStringLiteral("user: {token: good-token}"),
        QStringLiteral(
            "user:\n    exec: {apiVersion: client.authentication.k8s.io/v1, command: %1}\n")
            .arg(plugin));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    forgetExecCredentials();
    CancelFlag control;
    const auto routes = fetchRoutes(
        ClusterRequest{kubeconfig, QStringLiteral("fixture"), QStringLiteral("apigee"), true},
        control);
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(routes.value().size(), 2);
}

// Mutual TLS: the kubeconfig's client-certificate and client-key (relative paths,
// resolved against the kubeconfig's folder) are the user.
void tst_KubeClient::clientCertificate()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::ClientCertificate, routesJson());
    QVERIFY(fixture.start());
    const auto routes = listRoutes(fixture.writeClientCertificateKubeconfig());
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(routes.value().size(), 2);

    // Without a certificate the server ends the handshake: a clear error, not a hang.
    const auto refused = listRoutes(fixture.writeClientCertificateKubeconfig(false));
    QCOMPARE(refused.error().id(), QStringLiteral("kube_closed_after_tls"));
    QVERIFY2(refused.error().message().contains(QStringLiteral("user admin has none")),
             qPrintable(refused.error().message()));
}

// proxy-url the way kubectl reads it: http:// (CONNECT), https:// (CONNECT inside
// TLS, the proxy's certificate checked against the cluster's CA, as kubectl does),
// socks5://, with and without credentials. A proxy's password never shows in an error.
void tst_KubeClient::proxies()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeKubeconfig();
    const QString target = QStringLiteral("127.0.0.1:%1").arg(fixture.port());

    TestProxy http(TestProxy::Kind::Http);
    QVERIFY(http.start());
    auto routes =
        listRoutes(withProxy(kubeconfig, QStringLiteral("http://127.0.0.1:%1").arg(http.port())));
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(routes.value().size(), 2);
    QVERIFY(!http.targets.isEmpty());
    QCOMPARE(http.targets.first(), target);

    TestProxy guarded(TestProxy::Kind::Http);
    guarded.requireCredentials("proxyuser", "proxy-secret");
    QVERIFY(guarded.start());
    routes = listRoutes(withProxy(
        kubeconfig,
        QStringLiteral("http://proxyuser:proxy-secret@127.0.0.1:%1").arg(guarded.port())));
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(guarded.targets.first(), target);
    routes = listRoutes(withProxy(
        kubeconfig,
        QStringLiteral("http://proxyuser:wrong-secret@127.0.0.1:%1").arg(guarded.port())));
    QCOMPARE(routes.error().id(), QStringLiteral("kube_proxy"));
    QVERIFY2(!routes.error().message().contains(QStringLiteral("wrong-secret")),
             qPrintable(routes.error().message()));
    QVERIFY(routes.error().message().contains(
        QStringLiteral("http://127.0.0.1:%1").arg(guarded.port())));
    QVERIFY(guarded.refusals > 0);

    TestProxy https(TestProxy::Kind::Https);
    https.setCertificate(
        fixture.certificates().servers[0]); // localhost, 127.0.0.1: signed by the cluster's CA
    QVERIFY(https.start());
    routes =
        listRoutes(withProxy(kubeconfig, QStringLiteral("https://127.0.0.1:%1").arg(https.port())));
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(https.targets.first(), target);

    // A proxy whose certificate no trusted CA signed: refused, and said so.
    const auto stranger = LabCertificates::generate({QStringLiteral("localhost")});
    QVERIFY(stranger.ok());
    TestProxy untrusted(TestProxy::Kind::Https);
    untrusted.setCertificate(stranger.value().servers[0]);
    QVERIFY(untrusted.start());
    routes = listRoutes(
        withProxy(kubeconfig, QStringLiteral("https://127.0.0.1:%1").arg(untrusted.port())));
    QCOMPARE(routes.error().id(), QStringLiteral("kube_proxy"));
    QVERIFY2(routes.error().message().contains(QStringLiteral("TLS to the proxy")),
             qPrintable(routes.error().message()));
    QVERIFY(untrusted.targets.isEmpty()); // nothing went through it

    TestProxy socks(TestProxy::Kind::Socks5);
    socks.requireCredentials("sockuser", "sock-secret");
    QVERIFY(socks.start());
    routes = listRoutes(
        withProxy(kubeconfig,
                  QStringLiteral("socks5://sockuser:sock-secret@127.0.0.1:%1").arg(socks.port())));
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(socks.targets.first(), target);

    // Nothing listens: the proxy is named, not the API server.
    const quint16 closed = TestPeers::freePort();
    routes = listRoutes(withProxy(kubeconfig, QStringLiteral("http://127.0.0.1:%1").arg(closed)));
    QCOMPARE(routes.error().id(), QStringLiteral("kube_proxy"));
    QVERIFY(routes.error().message().contains(QString::number(closed)));

    // A scheme kubectl does not know is a kubeconfig mistake, said before connecting.
    routes = listRoutes(withProxy(kubeconfig, QStringLiteral("ftp://127.0.0.1:%1").arg(closed)));
    QCOMPARE(routes.error().id(), QStringLiteral("kube_bad_proxy"));
}

// kubectl goes through the same proxies and sees the same routes: the test proxy
// speaks the protocol kubectl expects.
void tst_KubeClient::kubectlThroughTheProxies()
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("kubectl is not installed: the setup script must install it");
        QSKIP("kubectl is not installed");
    }
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    TestProxy http(TestProxy::Kind::Http);
    TestProxy https(TestProxy::Kind::Https);
    https.setCertificate(fixture.certificates().servers[0]);
    QVERIFY(http.start() && https.start());
    for (TestProxy *proxy : {&http, &https}) {
        const QString url =
            QStringLiteral("%1://127.0.0.1:%2")
                .arg(proxy == &http ? QStringLiteral("http") : QStringLiteral("https"))
                .arg(proxy->port());
        const QString kubeconfig = withProxy(fixture.writeKubeconfig(), url);
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.remove(QStringLiteral("KUBECONFIG"));
        process.setProcessEnvironment(environment);
        process.start(kubectl, {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("get"),
                                QStringLiteral("apigeeroutes"), QStringLiteral("-n"),
                                QStringLiteral("apigee"), QStringLiteral("-o"),
                                QStringLiteral("name"), QStringLiteral("--request-timeout=20s")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QStringList theirs = QString::fromUtf8(process.readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(!proxy->targets.isEmpty(), qPrintable(url)); // kubectl went through the proxy
        const auto ours = listRoutes(kubeconfig);
        QVERIFY2(ours.ok(), qPrintable(ours.ok() ? QString() : ours.error().message()));
        QStringList names;
        for (const ApigeeRoute &route : ours.value())
            names << QStringLiteral("apigeeroute.apigee.cloud.google.com/") + route.name;
        QCOMPARE(names, theirs);
    }
}

// The wildcard route goes in by server-side apply: a dry run stores nothing, the
// apply stores it; RBAC refusals come back with the API's words.
void tst_KubeClient::applyWithDryRunFirst()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const QByteArray yaml = "apiVersion: apigee.cloud.google.com/v1alpha1\nkind: "
                            "ApigeeRoute\nmetadata:\n  name: non-sni\n"
                            "spec:\n  hostnames: [\"*\"]\n  enableNonSniClient: true\n";
    const ClusterRequest request{fixture.writeKubeconfig(), QStringLiteral("fixture"),
                                 QStringLiteral("apigee"), false};
    CancelFlag control;
    const Result<QString> dry = applyRoute(request, QStringLiteral("non-sni"), yaml, true, control);
    QVERIFY2(dry.ok(), qPrintable(dry.ok() ? QString() : dry.error().message()));
    QCOMPARE(dry.value(), QStringLiteral("non-sni"));
    QVERIFY(fixture.appliedRoutes.isEmpty());
    QVERIFY(fixture.patchRequests.first().contains(QStringLiteral("fieldManager=sni-doctor")));
    QVERIFY(fixture.patchRequests.first().contains(QStringLiteral("dryRun=All")));
    QVERIFY(fixture.patchRequests.first().endsWith(QStringLiteral("application/apply-patch+yaml")));
    QVERIFY(applyRoute(request, QStringLiteral("non-sni"), yaml, false, control).ok());
    QCOMPARE(fixture.appliedRoutes, QStringList{QStringLiteral("non-sni")});

    KubeApiFixture forbidden(KubeApiFixture::Mode::Forbidden, routesJson());
    QVERIFY(forbidden.start());
    const Result<QString> denied =
        applyRoute(ClusterRequest{forbidden.writeKubeconfig(), QStringLiteral("fixture"),
                                  QStringLiteral("apigee"), false},
                   QStringLiteral("non-sni"), yaml, true, control);
    QCOMPARE(denied.error().id(), QStringLiteral("kube_forbidden"));
    QVERIFY(denied.error().message().contains(QStringLiteral("cannot patch resource")));
}

QTEST_GUILESS_MAIN(tst_KubeClient)

// kubectl describe apigeeroute non-sni lists the route's events. We ask the
// namespace's ApigeeRoute events in one request and hand each route its own, oldest
// first; events of routes that no longer exist are dropped.
void tst_KubeClient::routeEvents()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const auto config = loadKubeconfig({fixture.writeKubeconfig()}, true);
    QVERIFY(config.ok());
    const auto connection = kubeConnection(config.value(), QStringLiteral("fixture"));
    QVERIFY(connection.ok());
    KubeClient client(connection.value());
    std::optional<Result<QHash<QString, QList<KubeEvent>>>> answer;
    client.listEvents(
        QStringLiteral("apigee"), QStringLiteral("ApigeeRoute"), 10000,
        [&answer](const Result<QHash<QString, QList<KubeEvent>>> &result) { answer = result; });
    QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000));
    QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().message()));
    const QList<KubeEvent> events = answer->value().value(QStringLiteral("non-sni"));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].reason, QStringLiteral("Created")); // oldest first
    const KubeEvent warning = events[1];
    QCOMPARE(warning.type, QStringLiteral("Warning"));
    QCOMPARE(warning.reason, QStringLiteral("GatewayNotFound"));
    QCOMPARE(warning.count, 3);
    QCOMPARE(warning.lastSeen, QStringLiteral("2025-05-19T04:40:00Z"));
    QVERIFY(warning.message.contains(QStringLiteral("app=apigee-ingressgateway-other")));
    // An events.k8s.io event: no lastTimestamp, eventTime instead.
    QCOMPARE(answer->value().value(QStringLiteral("old-route")).value(0).lastSeen,
             QStringLiteral("2025-05-01T00:00:00.000000Z"));

    // The whole fetch: one events request for all routes, each route with its own.
    CancelFlag control;
    const auto routes =
        fetchRoutes(ClusterRequest{fixture.writeKubeconfig(), QStringLiteral("fixture"),
                                   QStringLiteral("apigee"), false},
                    control);
    QVERIFY(routes.ok());
    QCOMPARE(routes.value().size(), 2);
    QVERIFY(routes.value()[0].events.isEmpty());
    QCOMPARE(routes.value()[1].events.size(), 2);
    QCOMPARE(fixture.requests.count(QStringLiteral("/api/v1/namespaces/apigee/events")),
             2); // ours above + the fetch
}

#include "tst_kubeclient.moc"
