// Our Kubernetes client against a real HTTPS API server fixture on loopback, and
// kubectl against the same fixture: both must see the same routes.
#include "accesslog/accessloganalyzer.h"
#include "cluster/clusterfetch.h"
#include "cluster/execcredential.h"
#include "cluster/kubeclient.h"
#include "cluster/kubehttp.h"
#include "cluster/oidcrefresh.h"
#include "core/logging.h"
#include "kubeapi.h"
#include "lab/labcertificates.h"
#include "peers.h"
#include "pki.h"
#include "testproxy.h"

#include <QFile>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtConcurrent>
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
    void pagedLists();
    void redirectsKeepCredentialsHome();
    void plainHttpSendsNoCredentials();
    void serverUrlShapes();
    void retriesAfterRetryAfter();
    void hostileServersAreBounded();
    void environmentProxies();
    void sslCertFile();
    void credentialsAsKubectlReadsThem();
    void logsFromTheContainerKubectlPicks();
    void podsOfAnotherLayout();
    void forbiddenEventsAreSaid();
    void pluginRunsAgainWhenItsCredentialEnds();
    void pluginTalksToTheUser();
    void clientCertificateProblemsNameTheEntry();
    void qtWordsStayOut();
    void chunkedAnswers();
    void oidcTokensRenewed();
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
    // The kubeconfig entry and its file.
    QVERIFY2(routes.error().message().contains(kubeconfig), qPrintable(routes.error().message()));
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

namespace {

// A plain TCP server that answers as told: to see what a client sends over http://,
// and to be the hostile servers a cluster client must survive.
class RawServer final : public QObject
{
public:
    enum class Mode
    {
        Answer,         // one JSON list, then close
        EndlessHeaders, // header lines without end
        Drip,           // a byte every 200 ms of a long body
        EndlessBody     // a Content-Length far beyond any cap, sent as fast as it goes
    };
    explicit RawServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            received += socket->readAll();
            if (!received.contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            const QByteArray filler(64 * 1024, 'a');
            switch (m_mode) {
            case Mode::Answer: {
                const QByteArray body = R"({"kind":"PodList","apiVersion":"v1","items":[]})";
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
                break;
            }
            case Mode::EndlessHeaders:
            case Mode::EndlessBody:
                socket->write(m_mode == Mode::EndlessHeaders
                                  ? QByteArray("HTTP/1.1 200 OK\r\n")
                                  : QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 999999999999"
                                               "\r\n\r\n"));
                connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket, filler] {
                    if (socket->bytesToWrite() < 256 * 1024)
                        socket->write(m_mode == Mode::EndlessHeaders
                                          ? "X-Filler: " + filler + "\r\n"
                                          : filler);
                });
                socket->write(m_mode == Mode::EndlessHeaders ? "X-Filler: " + filler + "\r\n"
                                                             : filler);
                break;
            case Mode::Drip: {
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
                auto *timer = new QTimer(socket);
                connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
                timer->start(200);
                break;
            }
            }
        });
    }
    Mode m_mode;
    QTcpServer m_server;
};

// One GET through a client made from connection; waits for the answer.
KubeResponse getOnce(const KubeConnection &connection, const QString &path,
                     const std::function<void(KubeClient &)> &setup = {})
{
    KubeClient client(connection);
    if (setup)
        setup(client);
    std::optional<KubeResponse> answer;
    client.get(path, 5000, [&answer](const KubeResponse &response) { answer = response; });
    [[maybe_unused]] const bool answered =
        QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000);
    return answer.value_or(KubeResponse{0, {}, Error(ClusterError::Timeout, {{"server", "?"}})});
}

// The fixture's kubeconfig with its text changed.
QString edited(const QString &kubeconfig, const QString &suffix,
               const std::function<void(QString &)> &edit)
{
    QFile file(kubeconfig);
    file.open(QIODevice::ReadOnly);
    QString text = QString::fromUtf8(file.readAll());
    edit(text);
    const QString path = kubeconfig + suffix;
    QFile out(path);
    out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    out.write(text.toUtf8());
    return path;
}

Result<KubeConnection> connectionOf(const QString &kubeconfig)
{
    const auto config = loadKubeconfig({kubeconfig}, true);
    if (!config)
        return config.error();
    return kubeConnection(config.value(), config.value().currentContext);
}

// kubectl's JSON output for args against kubeconfig, run without blocking this thread's
// loop (the fixture answers on it); empty when kubectl is not installed.
std::optional<QJsonObject> kubectlJson(const QString &kubeconfig, const QStringList &args,
                                       const QHash<QString, QString> &variables = {})
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        return std::nullopt;
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.remove(QStringLiteral("KUBECONFIG"));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(kubectl, QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + args +
                               QStringList{QStringLiteral("-o"), QStringLiteral("json"),
                                           QStringLiteral("--request-timeout=20s")});
    [[maybe_unused]] const bool ended =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000);
    if (process.exitCode() != 0)
        qWarning() << "kubectl:" << process.readAllStandardError();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QStringList names(const QJsonObject &list)
{
    QStringList result;
    for (const QJsonValue &item : list[QStringLiteral("items")].toArray())
        result << item[QStringLiteral("metadata")][QStringLiteral("name")].toString();
    return result;
}

// 1,203 routes: more than two pages of kubectl's 500.
QByteArray manyRoutes()
{
    QJsonObject list = QJsonDocument::fromJson(routesJson()).object();
    const QJsonObject model = list[QStringLiteral("items")].toArray().at(0).toObject();
    QJsonArray items;
    for (int i = 0; i < 1203; ++i) {
        QJsonObject route = model;
        QJsonObject metadata = route[QStringLiteral("metadata")].toObject();
        metadata[QStringLiteral("name")] =
            QStringLiteral("route-%1").arg(i, 4, 10, QLatin1Char('0'));
        route[QStringLiteral("metadata")] = metadata;
        items.append(route);
    }
    list[QStringLiteral("items")] = items;
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

} // namespace

void tst_KubeClient::pagedLists()
{
    // A server that pages (as every real one does past `limit`): every page is read,
    // and an expired continue token starts the list again; kubectl reads the same.
    for (const bool expire : {false, true}) {
        KubeApiFixture fixture(KubeApiFixture::Mode::Ok, manyRoutes());
        fixture.pageSize = 500;
        fixture.expireFirstContinue = expire;
        QVERIFY(fixture.start());
        const QString kubeconfig = fixture.writeKubeconfig();
        const auto routes = listRoutes(kubeconfig);
        QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
        QStringList ours;
        for (const ApigeeRoute &route : routes.value())
            ours << route.name;
        QCOMPARE(ours.size(), 1203);
        QCOMPARE(ours.last(), QStringLiteral("route-1202"));
        QCOMPARE(QSet<QString>(ours.cbegin(), ours.cend()).size(), 1203);
        // kubectl stops at an expired continue token ("Error from server (Expired)");
        // we start again, as client-go's pager does.
        if (expire)
            continue;
        if (const auto theirs =
                kubectlJson(kubeconfig, {QStringLiteral("get"), QStringLiteral("apigeeroutes"),
                                         QStringLiteral("-n"), QStringLiteral("apigee")}))
            QCOMPARE(names(*theirs), ours);
    }
}

void tst_KubeClient::redirectsKeepCredentialsHome()
{
    // A redirect to another origin (localhost instead of 127.0.0.1: another host for
    // Go's client too) goes there without the token, and so gets a 401.
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    fixture.redirectTo = QStringLiteral("https://localhost:%1").arg(fixture.port());
    fixture.redirectCount = 1;
    const QString kubeconfig = fixture.writeKubeconfig();
    const auto routes = listRoutes(kubeconfig);
    QCOMPARE(routes.error().id(), QStringLiteral("kube_unauthorized"));
    QCOMPARE(fixture.authorizations, (QStringList{QStringLiteral("Bearer good-token"), QString()}));
    // To its own origin it keeps them.
    fixture.authorizations.clear();
    fixture.redirectTo = fixture.server();
    fixture.redirectCount = 1;
    const auto again = listRoutes(kubeconfig);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message()));
    QCOMPARE(fixture.authorizations, (QStringList{QStringLiteral("Bearer good-token"),
                                                  QStringLiteral("Bearer good-token")}));
    // Endless redirects end.
    fixture.redirectCount = 1000;
    QCOMPARE(listRoutes(kubeconfig).error().id(), QStringLiteral("kube_http_error"));
}

void tst_KubeClient::plainHttpSendsNoCredentials()
{
    // client-go reads no credentials for an http:// server (nor for one without a scheme
    // and without TLS settings, which it reads as http://): the token never goes in clear.
    for (const QString &form :
         {QStringLiteral("http://127.0.0.1:%1"), QStringLiteral("127.0.0.1:%1"),
          QStringLiteral("http://127.0.0.1:%1/")}) {
        RawServer server(RawServer::Mode::Answer);
        QVERIFY(server.start());
        KubeConnection connection;
        connection.server = form.arg(server.port());
        connection.token = QStringLiteral("secret-token");
        connection.username = QStringLiteral("admin");
        connection.password = QStringLiteral("secret-password");
        const KubeResponse response = getOnce(connection, QStringLiteral("/api/v1/pods"));
        QVERIFY2(response.error.isNull(), qPrintable(response.error.message()));
        QVERIFY2(server.received.startsWith("GET /api/v1/pods HTTP/1.1\r\n"),
                 server.received.constData());
        QVERIFY(!server.received.toLower().contains("authorization"));
        QVERIFY(!server.received.contains("secret"));
    }
    QCOMPARE(normalizedServer(QStringLiteral("127.0.0.1:6443"), true),
             QStringLiteral("https://127.0.0.1:6443"));
    QCOMPARE(
        normalizedServer(QStringLiteral("https://rancher.example.com/k8s/clusters/c-m-x/"), true),
        QStringLiteral("https://rancher.example.com/k8s/clusters/c-m-x"));
}

void tst_KubeClient::serverUrlShapes()
{
    // A trailing slash (Rancher's /k8s/clusters/ID/) and no scheme with a CA: the paths
    // still join, the TLS still holds; kubectl reads the same routes.
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeKubeconfig();
    const QString server = fixture.server();
    for (const QString &shape :
         QStringList{server + QStringLiteral("/"), server.mid(int(qstrlen("https://")))}) {
        const QString changed = edited(kubeconfig, QStringLiteral("-shape"), [&](QString &text) {
            text.replace(QStringLiteral("server: ") + server, QStringLiteral("server: ") + shape);
        });
        fixture.requests.clear();
        const auto routes = listRoutes(changed);
        QVERIFY2(routes.ok(), qPrintable(shape + QLatin1Char(' ') +
                                         (routes.ok() ? QString() : routes.error().message())));
        QCOMPARE(routes.value().size(), 2);
        QVERIFY(!fixture.requests.first().startsWith(QStringLiteral("//")));
        // Without a scheme kubectl reads http:// (it decides before it reads the CA)
        // and fails against a TLS server; we take the CA as the sign of https.
        if (!shape.startsWith(QLatin1String("https://")))
            continue;
        if (const auto theirs =
                kubectlJson(changed, {QStringLiteral("get"), QStringLiteral("apigeeroutes"),
                                      QStringLiteral("-n"), QStringLiteral("apigee")}))
            QCOMPARE(names(*theirs).size(), 2);
    }
}

void tst_KubeClient::retriesAfterRetryAfter()
{
    // 429 with Retry-After: asked again after the wait, as client-go does.
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    fixture.throttle = 2;
    QVERIFY(fixture.start());
    const auto routes = listRoutes(fixture.writeKubeconfig(), 20000);
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(routes.value().size(), 2);
    QCOMPARE(fixture.requests.size(), 3);
    // More than the overall deadline allows: the 429 is the answer.
    KubeApiFixture busy(KubeApiFixture::Mode::Ok, routesJson());
    busy.throttle = 1000;
    QVERIFY(busy.start());
    const auto connection = connectionOf(busy.writeKubeconfig());
    QVERIFY(connection.ok());
    const KubeResponse response =
        getOnce(connection.value(), QStringLiteral("/apis"),
                [](KubeClient &client) { client.setRequestTimeout(2500); });
    QCOMPARE(response.httpStatus, 429);
    QCOMPARE(response.error.id(), QStringLiteral("kube_http_error"));
    QVERIFY(busy.requests.size() >= 2 && busy.requests.size() <= 4);
}

void tst_KubeClient::hostileServersAreBounded()
{
    KubeConnection connection;
    connection.server = QStringLiteral("http://127.0.0.1");
    {
        RawServer server(RawServer::Mode::EndlessHeaders);
        QVERIFY(server.start());
        connection.server = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const KubeResponse response = getOnce(connection, QStringLiteral("/api"));
        QCOMPARE(response.error.id(), QStringLiteral("kube_answer_too_large"));
        QVERIFY(response.error.message().contains(QStringLiteral("headers")));
    }
    {
        // A byte every 200 ms keeps the idle timeout quiet: the overall deadline ends it.
        RawServer server(RawServer::Mode::Drip);
        QVERIFY(server.start());
        connection.server = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const KubeResponse response =
            getOnce(connection, QStringLiteral("/api"),
                    [](KubeClient &client) { client.setRequestTimeout(2000); });
        QVERIFY(response.error.is(ClusterError::Deadline));
        QVERIFY(response.error.message().contains(QStringLiteral("--request-timeout")));
    }
    {
        RawServer server(RawServer::Mode::EndlessBody);
        QVERIFY(server.start());
        connection.server = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const KubeResponse response =
            getOnce(connection, QStringLiteral("/api"),
                    [](KubeClient &client) { client.setMaxBodyBytes(4 << 20); });
        QCOMPARE(response.error.id(), QStringLiteral("kube_answer_too_large"));
        QVERIFY(response.body.size() <= (4 << 20));
        QVERIFY(response.error.message().contains(QStringLiteral("4 MiB")));
    }
}

void tst_KubeClient::environmentProxies()
{
    const auto set = [](const char *name, const QByteArray &value) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    const QList<const char *> variables = {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY",
                                           "http_proxy",  "NO_PROXY",    "no_proxy"};
    for (const char *name : variables)
        set(name, {});
    const QUrl api(QStringLiteral("https://kube.internal.example:6443/api"));
    QCOMPARE(environmentProxy(api), QString());
    set("https_proxy", "proxy.corp:3128");
    QString variable;
    QCOMPARE(environmentProxy(api, &variable), QStringLiteral("http://proxy.corp:3128"));
    QCOMPARE(variable, QStringLiteral("https_proxy"));
    set("HTTPS_PROXY", "http://upper.corp:8080");
    QCOMPARE(environmentProxy(api), QStringLiteral("http://upper.corp:8080"));
    QCOMPARE(environmentProxy(QUrl(QStringLiteral("http://kube.internal.example/api"))), QString());
    QCOMPARE(environmentProxy(QUrl(QStringLiteral("https://127.0.0.1:6443"))), QString());
    QCOMPARE(environmentProxy(QUrl(QStringLiteral("https://localhost:6443"))), QString());
    for (const QByteArray &noProxy :
         {QByteArray("example"), QByteArray(".example"), QByteArray("internal.example"),
          QByteArray("other.org, kube.internal.example:6443"), QByteArray("*"),
          QByteArray("*.example")}) {
        set("NO_PROXY", noProxy);
        QVERIFY2(environmentProxy(api).isEmpty(), noProxy.constData());
    }
    set("NO_PROXY", "kube.internal.example:443,ample,10.0.0.0/8");
    QVERIFY(!environmentProxy(api).isEmpty());
    QVERIFY(environmentProxy(QUrl(QStringLiteral("https://10.3.4.5:6443"))).isEmpty());
    QVERIFY(!environmentProxy(QUrl(QStringLiteral("https://11.3.4.5:6443"))).isEmpty());
    set("NO_PROXY", "fd00::/8");
    QVERIFY(environmentProxy(QUrl(QStringLiteral("https://[fd00::1]:6443"))).isEmpty());
    for (const char *name : variables)
        set(name, {});

    // Through a real proxy: a name only the proxy resolves (a private cluster behind a
    // bastion), HTTPS_PROXY set, no proxy-url; kubectl goes the same way.
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    TestProxy proxy(TestProxy::Kind::Http);
    proxy.hosts.insert(QStringLiteral("kube.bastion.test"), QStringLiteral("127.0.0.1"));
    QVERIFY(proxy.start());
    const QString kubeconfig =
        edited(fixture.writeKubeconfig(), QStringLiteral("-private"), [&](QString &text) {
            text.replace(
                fixture.server(),
                QStringLiteral("https://kube.bastion.test:%1\n    tls-server-name: localhost")
                    .arg(fixture.port()));
        });
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.port());
    set("HTTPS_PROXY", proxyUrl);
    auto routes = listRoutes(kubeconfig);
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(proxy.targets.value(0), QStringLiteral("kube.bastion.test:%1").arg(fixture.port()));
    set("NO_PROXY", ".bastion.test");
    routes = listRoutes(kubeconfig);
    QCOMPARE(routes.error().id(), QStringLiteral("kube_unreachable"));
    set("NO_PROXY", {});
    set("HTTPS_PROXY", {});
    if (const auto theirs =
            kubectlJson(kubeconfig,
                        {QStringLiteral("get"), QStringLiteral("apigeeroutes"),
                         QStringLiteral("-n"), QStringLiteral("apigee")},
                        {{QStringLiteral("HTTPS_PROXY"), QString::fromLatin1(proxyUrl)}}))
        QCOMPARE(names(*theirs).size(), 2);
    // A proxy that refuses names the variable it came from.
    set("HTTPS_PROXY", "http://127.0.0.1:1");
    routes = listRoutes(kubeconfig);
    QCOMPARE(routes.error().id(), QStringLiteral("kube_proxy"));
    QVERIFY2(routes.error().message().contains(QStringLiteral("HTTPS_PROXY")),
             qPrintable(routes.error().message()));
    set("HTTPS_PROXY", {});
}

void tst_KubeClient::sslCertFile()
{
    // No CA in the kubeconfig: the system's, plus SSL_CERT_FILE (a corporate CA).
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const QString kubeconfig =
        edited(fixture.writeKubeconfig(), QStringLiteral("-noca"), [&](QString &text) {
            text.remove(
                QRegularExpression(QStringLiteral("    certificate-authority-data: [^\\n]*\\n")));
        });
    QCOMPARE(listRoutes(kubeconfig).error().id(), QStringLiteral("kube_tls"));
    QTemporaryDir dir;
    const QString caFile = dir.filePath(QStringLiteral("corporate-ca.pem"));
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(fixture.certificates().caCertificatePem);
    ca.close();
    qputenv("SSL_CERT_FILE", caFile.toLocal8Bit());
    auto routes = listRoutes(kubeconfig);
    qunsetenv("SSL_CERT_FILE");
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    qputenv("SSL_CERT_DIR", dir.path().toLocal8Bit());
    routes = listRoutes(kubeconfig);
    qunsetenv("SSL_CERT_DIR");
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    if (const auto theirs = kubectlJson(kubeconfig,
                                        {QStringLiteral("get"), QStringLiteral("apigeeroutes"),
                                         QStringLiteral("-n"), QStringLiteral("apigee")},
                                        {{QStringLiteral("SSL_CERT_FILE"), caFile}}))
        QCOMPARE(names(*theirs).size(), 2);
}

void tst_KubeClient::credentialsAsKubectlReadsThem()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    const auto writeToken = [&](const QByteArray &token) {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(token + "\n");
    };
    writeToken("good-token");
    // tokenFile wins over token; as, as-groups, as-uid and as-user-extra are sent.
    const QString kubeconfig = edited(
        fixture.writeKubeconfig(QStringLiteral("stale-token")), QStringLiteral("-file"),
        [&](QString &text) {
            text.replace(QStringLiteral("user: {token: stale-token}"),
                         QStringLiteral("user: {token: stale-token, tokenFile: %1, as: "
                                        "viewer@example.com, as-groups: [sre, apigee-admins], "
                                        "as-uid: \"1234\", as-user-extra: {reason: [support]}}")
                             .arg(tokenFile));
        });
    auto connection = connectionOf(kubeconfig);
    QVERIFY2(connection.ok(),
             qPrintable(connection.ok() ? QString() : connection.error().message()));
    KubeClient client(connection.value());
    std::optional<KubeResponse> answer;
    client.get(QStringLiteral("/apis"), 5000, [&](const KubeResponse &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY2(answer->error.isNull(), qPrintable(answer->error.message()));
    QCOMPARE(fixture.impersonations.last(),
             QStringLiteral("Impersonate-User: viewer@example.com; Impersonate-Group: sre; "
                            "Impersonate-Group: apigee-admins; Impersonate-Uid: 1234; "
                            "Impersonate-Extra-reason: support"));
    // The file is read again when it changes (a rotated token), for the same client.
    fixture.acceptedTokens = {QStringLiteral("rotated-token")};
    QTest::qWait(1100); // a new modification time
    writeToken("rotated-token");
    answer.reset();
    client.get(QStringLiteral("/apis"), 5000, [&](const KubeResponse &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QVERIFY2(answer->error.isNull(), qPrintable(answer->error.message()));
    QCOMPARE(fixture.authorizations.last(), QStringLiteral("Bearer rotated-token"));
    if (const auto theirs =
            kubectlJson(kubeconfig, {QStringLiteral("get"), QStringLiteral("apigeeroutes"),
                                     QStringLiteral("-n"), QStringLiteral("apigee")})) {
        QCOMPARE(names(*theirs).size(), 2);
        QCOMPARE(fixture.authorizations.last(), QStringLiteral("Bearer rotated-token"));
        QVERIFY(fixture.impersonations.last().contains(
            QStringLiteral("Impersonate-User: viewer@example.com")));
    }

    // auth-provider oidc: its id-token is the bearer token.
    fixture.acceptedTokens = {QStringLiteral("eyJ.oidc.token")};
    const QString oidc = edited(
        fixture.writeKubeconfig(QStringLiteral("unused")), QStringLiteral("-oidc"),
        [&](QString &text) {
            text.replace(QStringLiteral("user: {token: unused}"),
                         QStringLiteral("user: {auth-provider: {name: oidc, config: {client-id: "
                                        "kubernetes, id-token: eyJ.oidc.token, idp-issuer-url: "
                                        "https://idp.example.com}}}"));
        });
    QVERIFY(listRoutes(oidc).ok());
    // A 401's advice names how the user signs in and where the user entry is.
    fixture.acceptedTokens = {QStringLiteral("nothing-matches")};
    const auto refused = listRoutes(oidc);
    QCOMPARE(refused.error().id(), QStringLiteral("kube_unauthorized"));
    QVERIFY2(refused.error().message().contains(QStringLiteral("OIDC")),
             qPrintable(refused.error().message()));
    QVERIFY(refused.error().message().contains(oidc));
    QVERIFY(!refused.error().message().contains(QStringLiteral("gcloud")));
}

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

namespace {

QByteArray podJson(const QString &name, const QStringList &containers,
                   const QString &defaultContainer = {}, const QHash<QString, int> &restarts = {})
{
    QJsonArray specContainers;
    QJsonArray statuses;
    for (const QString &container : containers) {
        specContainers.append(QJsonObject{{QStringLiteral("name"), container}});
        statuses.append(QJsonObject{
            {QStringLiteral("name"), container},
            {QStringLiteral("ready"), true},
            {QStringLiteral("restartCount"), restarts.value(container)},
            {QStringLiteral("state"), QJsonObject{{QStringLiteral("running"), QJsonObject{}}}}});
    }
    QJsonObject metadata{
        {QStringLiteral("name"), name},
        {QStringLiteral("namespace"), QStringLiteral("apigee")},
        {QStringLiteral("creationTimestamp"), QStringLiteral("2025-05-17T06:00:00Z")}};
    if (!defaultContainer.isEmpty())
        metadata.insert(QStringLiteral("annotations"),
                        QJsonObject{{QStringLiteral("kubectl.kubernetes.io/default-container"),
                                     defaultContainer}});
    return QJsonDocument(
               QJsonObject{{QStringLiteral("metadata"), metadata},
                           {QStringLiteral("spec"),
                            QJsonObject{{QStringLiteral("containers"), specContainers}}},
                           {QStringLiteral("status"),
                            QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                                        {QStringLiteral("containerStatuses"), statuses}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray podList(const QList<QByteArray> &pods)
{
    QByteArray items;
    for (const QByteArray &pod : pods)
        items += (items.isEmpty() ? "" : ",") + pod;
    return R"({"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"7"},"items":[)" +
           items + "]}";
}

// An access-log record refused for want of SNI, from client, with kubectl's timestamp.
QByteArray refusedLine(const QByteArray &client)
{
    return R"(2025-05-19T04:46:20.117000000Z {"start_time":"2025-05-19T04:46:20.117Z","remote_address":")" +
           client +
           R"(:19432","status_details":"filter_chain_not_found","request":"- - -","status":0,"upstream_response_flags":"NR","sni_host":null})"
           "\n";
}

// kubectl's plain output for args (its standard output), run without blocking this
// thread's loop; nullopt when kubectl is not installed.
std::optional<QByteArray> kubectlText(const QString &kubeconfig, const QStringList &args)
{
    const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
    if (kubectl.isEmpty())
        return std::nullopt;
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.remove(QStringLiteral("KUBECONFIG"));
    process.setProcessEnvironment(environment);
    process.start(kubectl, QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + args +
                               QStringList{QStringLiteral("--request-timeout=20s")});
    [[maybe_unused]] const bool ended =
        QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000);
    return process.readAllStandardOutput();
}

} // namespace

void tst_KubeClient::logsFromTheContainerKubectlPicks()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    // a: an agent listed before the proxy, no annotation (kubectl reads the agent's);
    // b: the annotation names the proxy, which restarted; c: a single container.
    fixture.podsJson = podList(
        {podJson(QStringLiteral("a"), {QStringLiteral("agent"), QStringLiteral("istio-proxy")}),
         podJson(QStringLiteral("b"), {QStringLiteral("discovery"), QStringLiteral("istio-proxy")},
                 QStringLiteral("istio-proxy"), {{QStringLiteral("istio-proxy"), 2}}),
         podJson(QStringLiteral("c"), {QStringLiteral("proxy")})});
    fixture.logs = {
        {QStringLiteral("a/agent"), "2025-05-19T04:46:00.000000000Z level=info msg=\"agent up\"\n"
                                    "2025-05-19T04:46:01.000000000Z level=info msg=\"synced\"\n"},
        {QStringLiteral("a/istio-proxy"), refusedLine("10.0.0.1")},
        {QStringLiteral("b/discovery"), "2025-05-19T04:46:00.000000000Z discovery ready\n"},
        {QStringLiteral("b/istio-proxy"), refusedLine("10.0.0.2")},
        {QStringLiteral("b/istio-proxy/previous"),
         refusedLine("10.0.0.3") + refusedLine("10.0.0.3")},
        {QStringLiteral("c/proxy"), refusedLine("10.0.0.4")},
    };
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeKubeconfig();
    ClusterRequest request(kubeconfig, QStringLiteral("fixture"), QStringLiteral("apigee"));
    CancelFlag control;

    // kubectl's own choice, where it runs: the first container, and the annotation's.
    if (const auto agent =
            kubectlText(kubeconfig, {QStringLiteral("logs"), QStringLiteral("pod/a"),
                                     QStringLiteral("-n"), QStringLiteral("apigee")})) {
        QVERIFY2(agent->contains("agent up"), agent->constData());
        const auto proxy =
            kubectlText(kubeconfig, {QStringLiteral("logs"), QStringLiteral("pod/b"),
                                     QStringLiteral("-n"), QStringLiteral("apigee")});
        QVERIFY2(proxy->contains("10.0.0.2"), proxy->constData());
    }
    IngressPod a;
    a.containers = QStringList{QStringLiteral("agent"), QStringLiteral("istio-proxy")};
    QCOMPARE(a.logContainer(), QStringLiteral("agent"));
    QCOMPARE(a.logContainer(QStringLiteral("istio-proxy")), QStringLiteral("istio-proxy"));
    QVERIFY(a.logContainer(QStringLiteral("nosuch")).isEmpty());

    // Ours: the container that holds the access log, the previous instance when asked.
    fixture.logRequests.clear();
    PodLogOptions options;
    options.previous = true;
    options.sinceSeconds = 3600;
    const Result<AccessLogSummary> summary = fetchIngressLogs(request, options, control);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
    QCOMPARE(summary.value().inputs, (QStringList{QStringLiteral("pod/a -c istio-proxy"),
                                                  QStringLiteral("pod/b -c istio-proxy --previous"),
                                                  QStringLiteral("pod/b -c istio-proxy"),
                                                  QStringLiteral("pod/c -c proxy")}));
    QCOMPARE(summary.value().count(LogClass::NonSniRefused), 5);
    QVERIFY(summary.value().inputErrors.isEmpty());
    for (const QString &asked : std::as_const(fixture.logRequests)) {
        if (!asked.contains(QStringLiteral("tailLines=200"))) // not the sniff of a container
            QVERIFY2(asked.contains(QStringLiteral("sinceSeconds=3600")), qPrintable(asked));
    }
    QVERIFY(!fixture.logRequests.join(' ').contains(QStringLiteral("container=discovery")));

    // --container: that one in every pod; a pod without it says so.
    options = {};
    options.container = QStringLiteral("istio-proxy");
    const Result<AccessLogSummary> chosen = fetchIngressLogs(request, options, control);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value().count(LogClass::NonSniRefused), 2);
    QCOMPARE(chosen.value().inputErrors.size(), 1);
    QCOMPARE(chosen.value().inputErrors[0].input, QStringLiteral("pod/c"));
    QVERIFY2(chosen.value().inputErrors[0].reason.contains(QStringLiteral("proxy")),
             qPrintable(chosen.value().inputErrors[0].reason));
}

void tst_KubeClient::podsOfAnotherLayout()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    fixture.podsJson = podList({podJson(QStringLiteral("istio-ingressgateway-7d9f"),
                                        {QStringLiteral("istio-proxy")})})
                           .replace(R"("namespace":"apigee")", R"("namespace":"istio-system")");
    fixture.podSelector = QStringLiteral("app=istio-ingressgateway");
    fixture.podNamespace = QStringLiteral("istio-system");
    QVERIFY(fixture.start());
    ClusterRequest request(fixture.writeKubeconfig(), QStringLiteral("fixture"),
                           QStringLiteral("istio-system"));
    CancelFlag control;
    const auto none = fetchIngressPods(request, control);
    QVERIFY(none.ok());
    QVERIFY(none.value().isEmpty()); // the default selector finds nothing there
    request.podSelector = QStringLiteral("app=istio-ingressgateway");
    const auto pods = fetchIngressPods(request, control);
    QVERIFY(pods.ok());
    QCOMPARE(pods.value().size(), 1);
    QCOMPARE(pods.value()[0].name, QStringLiteral("istio-ingressgateway-7d9f"));
    if (const auto theirs =
            kubectlJson(request.kubeconfig, {QStringLiteral("get"), QStringLiteral("pods"),
                                             QStringLiteral("-n"), QStringLiteral("istio-system"),
                                             QStringLiteral("-l"), request.podSelector}))
        QCOMPARE(names(*theirs), QStringList{pods.value()[0].name});
}

void tst_KubeClient::forbiddenEventsAreSaid()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    fixture.forbidEvents = true;
    QVERIFY(fixture.start());
    ClusterRequest request(fixture.writeKubeconfig(), QStringLiteral("fixture"),
                           QStringLiteral("apigee"));
    CancelFlag control;
    const Result<ClusterState> state = fetchClusterState(request, control);
    QVERIFY(state.ok());
    QCOMPARE(state.value().routes.size(), 2); // the routes still count
    QCOMPARE(state.value().eventsError.id(), QStringLiteral("kube_forbidden"));
    QVERIFY(state.value().eventsError.message().contains(QStringLiteral("events")));
    Error said;
    const auto routes = fetchRoutes(request, control, &said);
    QVERIFY(routes.ok());
    QCOMPARE(said.id(), QStringLiteral("kube_forbidden"));
}

namespace {

// An executable shell script in dir.
QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

// The fixture's kubeconfig with its user running command (interactiveMode mode).
QString pluginKubeconfig(KubeApiFixture &fixture, const QString &command,
                         const QString &mode = QStringLiteral("IfAvailable"))
{
    const QString kubeconfig = fixture.writeKubeconfig();
    QFile file(kubeconfig);
    file.open(QIODevice::ReadOnly);
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    text.replace(QStringLiteral("user: {token: good-token}"),
                 QStringLiteral("user:\n    exec:\n      apiVersion: "
                                "client.authentication.k8s.io/v1\n      command: %1\n"
                                "      interactiveMode: %2\n")
                     .arg(command, mode));
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(text.toUtf8());
    file.close();
    return kubeconfig;
}

// A plugin that counts its runs in COUNT and answers token fresh-N, expiring at the
// moment `date -u -d EXPIRY` gives.
QByteArray countingPlugin(const QString &counter, const QByteArray &expiry)
{
    return "n=$(cat '" + counter.toUtf8() + "' 2>/dev/null || echo 0)\nn=$((n+1))\necho $n > '" +
           counter.toUtf8() +
           "'\n"
           "printf '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/"
           "v1\",\"status\":{\"token\":\"fresh-%s\",\"expirationTimestamp\":\"%s\"}}\\n' \"$n\" "
           "\"$(date -u -d '" +
           expiry + "' +%Y-%m-%dT%H:%M:%SZ)\"\n";
}

int runs(const QString &counter)
{
    QFile file(counter);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

} // namespace

void tst_KubeClient::pluginRunsAgainWhenItsCredentialEnds()
{
    // 24 pods whose logs are read one by one, with a plugin's token the server takes
    // for 3 requests only (a short-lived token): kubectl runs the plugin again after
    // each 401, and so do we, for every request of the run.
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QList<QByteArray> pods;
    for (int i = 0; i < 24; ++i) {
        const QString name = QStringLiteral("apigee-ingressgateway-%1").arg(i);
        pods << podJson(name, {QStringLiteral("istio-proxy")});
        fixture.logs.insert(name + QStringLiteral("/istio-proxy"),
                            refusedLine("10.0.1." + QByteArray::number(i)));
    }
    fixture.podsJson = podList(pods);
    fixture.acceptedTokens.clear();
    fixture.acceptedTokenPrefix = QStringLiteral("fresh-");
    fixture.tokenUses = 3;
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    const QString counter = dir.filePath(QStringLiteral("count"));
    const QString plugin =
        writeScript(dir, QStringLiteral("plugin"), countingPlugin(counter, "+1 hour"));
    forgetExecCredentials();
    ClusterRequest request(pluginKubeconfig(fixture, plugin), QStringLiteral("fixture"),
                           QStringLiteral("apigee"), true);
    CancelFlag control;
    const Result<AccessLogSummary> summary = fetchIngressLogs(request, PodLogOptions{}, control);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message()));
    QVERIFY2(summary.value().inputErrors.isEmpty(),
             qPrintable(summary.value().inputErrors.value(0).reason));
    QCOMPARE(summary.value().count(LogClass::NonSniRefused), 24);
    QVERIFY2(runs(counter) >= 25 / 3, qPrintable(QString::number(runs(counter))));

    // A credential that expires (here: within client-go's 10 s of slack) is asked for
    // again before the next request, without waiting for a 401.
    fixture.tokenUses = 0;
    QFile::remove(counter);
    forgetExecCredentials();
    const QString expiring =
        writeScript(dir, QStringLiteral("expiring"), countingPlugin(counter, "+5 seconds"));
    ClusterRequest again(pluginKubeconfig(fixture, expiring), QStringLiteral("fixture"),
                         QStringLiteral("apigee"), true);
    const qsizetype before = fixture.authorizations.size();
    const Result<AccessLogSummary> second = fetchIngressLogs(again, PodLogOptions{}, control);
    QVERIFY(second.ok());
    QCOMPARE(second.value().count(LogClass::NonSniRefused), 24);
    const QStringList used = fixture.authorizations.mid(before);
    QCOMPARE(QSet<QString>(used.cbegin(), used.cend()).size(), used.size()); // a fresh one each
    QVERIFY(!fixture.authorizations.mid(before).contains(QString()));
}

void tst_KubeClient::pluginTalksToTheUser()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    QTemporaryDir dir;
    const QString go = dir.filePath(QStringLiteral("signed-in"));
    const QString infoFile = dir.filePath(QStringLiteral("info"));
    // A device-code sign-in: the code on standard error, then a wait for the user.
    const QString deviceCode = writeScript(
        dir, QStringLiteral("kubelogin"),
        "printf '%s' \"$KUBERNETES_EXEC_INFO\" > '" + infoFile.toUtf8() +
            "'\n"
            "echo 'To sign in, use a web browser to open the page "
            "https://microsoft.com/devicelogin "
            "and enter the code F7XK-2QPL to authenticate.' >&2\n"
            "while [ ! -e '" +
            go.toUtf8() +
            "' ]; do sleep 0.1; done\n"
            "echo '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1\","
            "\"status\":{\"token\":\"good-token\"}}'\n");
    QMutex mutex;
    QByteArray seen;
    setExecStderrSink([&mutex, &seen](const QString &, const QByteArray &text) {
        QMutexLocker lock(&mutex);
        seen += text;
    });
    const auto saw = [&mutex, &seen](const QByteArray &what) {
        QMutexLocker lock(&mutex);
        return seen.contains(what);
    };
    KubeExec exec;
    exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    exec.command = deviceCode;
    exec.interactiveMode = QStringLiteral("IfAvailable");
    KubeCluster cluster;
    cluster.server = fixture.server();
    ExecRunOptions options;
    options.stdinIsTerminal = 0;
    forgetExecCredentials();
    QFuture<Result<ExecCredential>> running =
        QtConcurrent::run([&] { return runExecPlugin(exec, cluster, options); });
    // The code is seen while the plugin still waits: live, not after it ends.
    QTRY_VERIFY_WITH_TIMEOUT(saw("F7XK-2QPL"), 20000);
    QVERIFY(!running.isFinished());
    QFile(go).open(QIODevice::WriteOnly);
    running.waitForFinished();
    QVERIFY(running.result().ok());
    QCOMPARE(running.result().value().token, QStringLiteral("good-token"));
    QFile info(infoFile);
    QVERIFY(info.open(QIODevice::ReadOnly));
    // No terminal here: IfAvailable runs it without one, and says so.
    QCOMPARE(QJsonDocument::fromJson(
                 info.readAll())[QStringLiteral("spec")][QStringLiteral("interactive")]
                 .toBool(true),
             false);

    // Always needs a terminal: said before anything runs, as kubectl does.
    QFile::remove(infoFile);
    exec.interactiveMode = QStringLiteral("Always");
    forgetExecCredentials();
    const auto noTerminal = runExecPlugin(exec, cluster, options);
    QCOMPARE(noTerminal.error().id(), QStringLiteral("kube_exec_failed"));
    QVERIFY(noTerminal.error().message().contains(QStringLiteral("terminal")));
    QVERIFY(!QFile::exists(infoFile));

    // Stop ends a plugin that waits, and so does the request deadline.
    QFile::remove(go);
    exec.interactiveMode = QStringLiteral("Never");
    std::atomic_bool stop{false};
    options.canceled = [&stop] { return stop.load(); };
    forgetExecCredentials();
    QFuture<Result<ExecCredential>> stopped =
        QtConcurrent::run([&] { return runExecPlugin(exec, cluster, options); });
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(infoFile), 20000);
    stop = true;
    stopped.waitForFinished();
    QCOMPARE(stopped.result().error().id(), QStringLiteral("kube_canceled"));
    options.canceled = {};
    options.timeoutMs = 300;
    const auto late = runExecPlugin(exec, cluster, options);
    QCOMPARE(late.error().id(), QStringLiteral("kube_exec_failed"));
    setExecStderrSink({});
}

void tst_KubeClient::clientCertificateProblemsNameTheEntry()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::ClientCertificate, routesJson());
    QVERIFY(fixture.start());
    const QString kubeconfig = fixture.writeClientCertificateKubeconfig();
    const QString keyFile = QFileInfo(kubeconfig).dir().filePath(QStringLiteral("client.key"));
    const QString certificateFile =
        QFileInfo(kubeconfig).dir().filePath(QStringLiteral("client.crt"));
    const auto write = [](const QString &path, const QByteArray &pem) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(pem);
    };
    QVERIFY(listRoutes(kubeconfig).ok());
    // A key that is not the certificate's: refused before any request, naming both
    // files, the user entry and its kubeconfig; kubectl refuses it too.
    const Pki::Key otherKey = Pki::key();
    write(keyFile, Pki::pem(otherKey.get()));
    const qsizetype asked = fixture.requests.size();
    const auto mismatch = connectionOf(kubeconfig);
    QCOMPARE(mismatch.error().id(), QStringLiteral("kube_bad_credentials"));
    for (const QString &named : {QStringLiteral("admin"), keyFile, certificateFile, kubeconfig})
        QVERIFY2(mismatch.error().message().contains(named),
                 qPrintable(mismatch.error().message()));
    QCOMPARE(fixture.requests.size(), asked);
    if (const auto theirs =
            kubectlText(kubeconfig, {QStringLiteral("get"), QStringLiteral("pods")}))
        QCOMPARE(fixture.requests.size(), asked); // kubectl sent nothing either

    // An expired certificate with its own key: the date, the entry and the file.
    const Pki::Key key = Pki::key();
    const Pki::Cert expired = Pki::make(key.get(), "admin", {}, nullptr, nullptr, -30, -1, false);
    write(keyFile, Pki::pem(key.get()));
    write(certificateFile, Pki::pem(expired.get()));
    const auto old = connectionOf(kubeconfig);
    QCOMPARE(old.error().id(), QStringLiteral("kube_bad_credentials"));
    QVERIFY2(old.error().message().contains(QStringLiteral("expired")) &&
                 old.error().message().contains(certificateFile) &&
                 old.error().message().contains(kubeconfig),
             qPrintable(old.error().message()));

    // Not PEM at all: the user entry and its file.
    write(certificateFile, "not a certificate\n");
    const auto garbage = connectionOf(kubeconfig);
    QCOMPARE(garbage.error().id(), QStringLiteral("kube_bad_credentials"));
    QVERIFY(garbage.error().message().contains(QStringLiteral("admin")) &&
            garbage.error().message().contains(kubeconfig));
}

void tst_KubeClient::qtWordsStayOut()
{
    // Qt's own messages never reach the user; ours (sni.*, asked for with
    // QT_LOGGING_RULES) and fatal ones do.
    QVERIFY(!passesMessageFilter(QtWarningMsg, "qt.network.http2"));
    QVERIFY(!passesMessageFilter(QtWarningMsg, "qt.network.ssl"));
    QVERIFY(!passesMessageFilter(QtWarningMsg, "default"));
    QVERIFY(!passesMessageFilter(QtCriticalMsg, nullptr));
    QVERIFY(passesMessageFilter(QtDebugMsg, "sni.cluster"));
    QVERIFY(passesMessageFilter(QtFatalMsg, "qt.core"));
}

namespace {

// An unsigned JWT whose exp is seconds from now (the API server checks it; we read it).
QString jwt(qint64 seconds)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(
        part(R"({"alg":"RS256","typ":"JWT"})") + '.' +
        part(R"({"iss":"idp","sub":"admin","exp":)" +
             QByteArray::number(QDateTime::currentSecsSinceEpoch() + seconds) + "}") +
        ".c2lnbmF0dXJl");
}

} // namespace

void tst_KubeClient::oidcTokensRenewed()
{
    KubeApiFixture fixture(KubeApiFixture::Mode::Ok, routesJson());
    QVERIFY(fixture.start());
    const QString fresh = jwt(3600);
    fixture.acceptedTokens = {fresh};
    fixture.oidcRefreshToken = QStringLiteral("refresh-1");
    fixture.oidcNextRefreshToken = QStringLiteral("refresh-2");
    fixture.oidcIssuedToken = fresh;
    const auto oidcKubeconfig = [&fixture](const QString &idToken, const QString &refresh) {
        const QString kubeconfig = fixture.writeKubeconfig();
        QFile file(kubeconfig);
        file.open(QIODevice::ReadOnly);
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        text.replace(
            QStringLiteral("user: {token: good-token}"),
            QStringLiteral("user:\n    auth-provider:\n      name: oidc\n      config:\n"
                           "        client-id: kubernetes\n        client-secret: s3cr3t\n"
                           "        id-token: %1\n%2"
                           "        idp-issuer-url: %3\n"
                           "        idp-certificate-authority-data: %4\n")
                .arg(idToken,
                     refresh.isEmpty() ? QString()
                                       : QStringLiteral("        refresh-token: %1\n").arg(refresh),
                     fixture.server(),
                     QString::fromLatin1(fixture.certificates().caCertificatePem.toBase64())));
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(text.toUtf8());
        return kubeconfig;
    };
    QCOMPARE(jwtExpiry(fresh).isValid(), true);
    QVERIFY(!jwtExpiry(QStringLiteral("opaque")).isValid());

    // Expired: renewed at the issuer's token endpoint, used, and written back.
    const QString kubeconfig = oidcKubeconfig(jwt(-60), QStringLiteral("refresh-1"));
    const auto routes = listRoutes(kubeconfig);
    QVERIFY2(routes.ok(), qPrintable(routes.ok() ? QString() : routes.error().message()));
    QCOMPARE(fixture.oidcTokenRequests.size(), 1);
    QVERIFY(fixture.oidcTokenRequests[0].contains(QStringLiteral("refresh_token=refresh-1")));
    QVERIFY(fixture.oidcTokenRequests[0].contains(QStringLiteral("Basic ")));
    QCOMPARE(fixture.authorizations.last(), QStringLiteral("Bearer ") + fresh);
    const auto saved = loadKubeconfig({kubeconfig}, true);
    QVERIFY(saved.ok());
    const KubeUser user = saved.value().users.value(QStringLiteral("admin"));
    QCOMPARE(user.authProviderConfig.value(QStringLiteral("id-token")), fresh);
    QCOMPARE(user.authProviderConfig.value(QStringLiteral("refresh-token")),
             QStringLiteral("refresh-2"));
    QCOMPARE(user.authProviderConfig.value(QStringLiteral("client-secret")),
             QStringLiteral("s3cr3t"));
    // Now valid: no second trip to the issuer.
    QVERIFY(listRoutes(kubeconfig).ok());
    QCOMPARE(fixture.oidcTokenRequests.size(), 1);

    // A refresh-token the issuer no longer takes: its answer, the entry and the file.
    const QString stale = oidcKubeconfig(jwt(-60), QStringLiteral("refresh-1"));
    const auto refused = listRoutes(stale);
    QCOMPARE(refused.error().id(), QStringLiteral("kube_oidc_refresh"));
    QVERIFY2(refused.error().message().contains(QStringLiteral("invalid_grant")) &&
                 refused.error().message().contains(stale) &&
                 refused.error().message().contains(QStringLiteral("admin")),
             qPrintable(refused.error().message()));
    QVERIFY(!refused.error().message().contains(QStringLiteral("s3cr3t")));
    // Expired without a refresh-token: sign in again, kubelogin named.
    const auto expired = listRoutes(oidcKubeconfig(jwt(-60), {}));
    QCOMPARE(expired.error().id(), QStringLiteral("kube_oidc_expired"));
    QVERIFY(expired.error().message().contains(QStringLiteral("kubelogin")));
}

void tst_KubeClient::chunkedAnswers()
{
    // Real API servers send lists and logs chunked: sizes with and without extensions,
    // upper- and lower-case hex, a trailer; fed one byte at a time and in one piece.
    const QByteArray answer = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                              "Content-Type: application/json\r\n\r\n"
                              "5\r\n{\"a\":\r\n"
                              "A;name=value\r\n1234567890\r\n"
                              "1a\r\nabcdefghijklmnopqrstuvwxyz\r\n"
                              "0\r\nX-Trailer: 1\r\n\r\n";
    for (const int step : {1, 7, int(answer.size())}) {
        HttpResponseParser parser;
        QByteArray body;
        for (qsizetype at = 0; at < answer.size(); at += step)
            parser.feed(
                QByteArrayView(answer.constData() + at, qMin<qsizetype>(step, answer.size() - at)),
                [&body](QByteArrayView piece) { body += piece.toByteArray(); });
        QVERIFY2(parser.state() == HttpResponseParser::State::Done, qPrintable(parser.error()));
        QCOMPARE(body, QByteArray("{\"a\":1234567890abcdefghijklmnopqrstuvwxyz"));
        QCOMPARE(parser.status(), 200);
    }
    HttpResponseParser bad;
    bad.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", [](QByteArrayView) {});
    QCOMPARE(bad.state(), HttpResponseParser::State::Failed);
    QVERIFY(!bad.error().isEmpty());
}

QTEST_GUILESS_MAIN(tst_KubeClient)
#include "tst_kubeclient.moc"
