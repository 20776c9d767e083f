// What later steps take from earlier ones: the kubectl commands' cluster flags, the
// route, hosts, pods and client the case knows, the wildcard route step 6 assumes, and
// whether a capture holds the client of step 2. All pure functions of the case.
#include "accesslog/accesslogsummary.h"
#include "capture/capturesummary.h"
#include "case/carryforward.h"
#include "cluster/kubectlcommand.h"
#include "cluster/routesresult.h"
#include "diagnosis/remediation.h"

#include <QtTest>

using namespace SniDoctor;

namespace {

ApigeeRoute route(const QString &name, const QStringList &hostnames)
{
    ApigeeRoute r;
    r.name = name;
    r.hostnames = hostnames;
    return r;
}

CaseData withRoutes(const QList<ApigeeRoute> &routes, std::optional<QList<IngressPod>> pods = {})
{
    CaseData data;
    data.setRecord(Step::Routes,
                   StepRecord(RoutesResult{routes, std::move(pods), {}}, Origin::thisMachine()));
    return data;
}

} // namespace

class tst_CarryForward : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kubectlCommand_data();
    void kubectlCommand();
    void scopeFromTheRoutesRead();
    void knownNames();
    void clientOfTheLogs();
    void wildcardRoute();
    void captureHasClient_data();
    void captureHasClient();
    void verifyCommandCarriesCaFileAndCluster();
};

void tst_CarryForward::kubectlCommand_data()
{
    QTest::addColumn<QString>("kubeconfig");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("expected");

    QTest::newRow("defaults") << ""
                              << ""
                              << "" << QStringList{"get", "apigeeroutes"} << ""
                              << "kubectl -n apigee get apigeeroutes";
    QTest::newRow("the default file") << "/home/me/.kube/config"
                                      << ""
                                      << "apigee" << QStringList{"get", "pods"} << ""
                                      << "kubectl -n apigee get pods";
    QTest::newRow("the default file, written another way")
        << "/home/me/.kube/./config"
        << ""
        << "apigee" << QStringList{"get", "pods"} << ""
        << "kubectl -n apigee get pods";
    QTest::newRow("another file and a context")
        << "/tmp/prod cluster.yaml"
        << "gke_proj_zone_prod"
        << "apigee-hybrid"
        << QStringList{"get", "apigeeroute", "non-sni", "-o", "jsonpath={.spec.hostnames}"} << ""
        << "kubectl --kubeconfig '/tmp/prod cluster.yaml' --context gke_proj_zone_prod -n "
           "apigee-hybrid get apigeeroute non-sni -o 'jsonpath={.spec.hostnames}'";
    QTest::newRow("a context alone, quoted")
        << ""
        << "it's mine"
        << "apigee" << QStringList{"logs", "pod-1"} << "pod-1.log"
        << "kubectl --context 'it'\\''s mine' -n apigee logs pod-1 > pod-1.log";
    QTest::newRow("output file quoted")
        << ""
        << ""
        << "apigee" << QStringList{"get", "apigeeroutes", "-o", "yaml"} << "my routes.yaml"
        << "kubectl -n apigee get apigeeroutes -o yaml > 'my routes.yaml'";
}

void tst_CarryForward::kubectlCommand()
{
    QFETCH(QString, kubeconfig);
    QFETCH(QString, context);
    QFETCH(QString, ns);
    QFETCH(QStringList, args);
    QFETCH(QString, output);
    QFETCH(QString, expected);
    const KubectlScope scope = kubectlScope(ClusterTarget(kubeconfig, context, ns),
                                            QStringLiteral("/home/me/.kube/config"));
    QCOMPARE(SniDoctor::kubectlCommand(scope, args, output), expected);
}

void tst_CarryForward::scopeFromTheRoutesRead()
{
    // Step 5 read the routes with a context and namespace the case does not name.
    CaseData data;
    data.cluster = ClusterTarget(QStringLiteral("/srv/kube.yaml"), {}, {});
    data.setRecord(
        Step::Routes,
        StepRecord(RoutesResult{{route("r", {"a.example.com"})},
                                QList<IngressPod>{},
                                ClusterTarget(QStringLiteral("/srv/kube.yaml"),
                                              QStringLiteral("prod"), QStringLiteral("apigee-x"))},
                   Origin::cluster()));
    const KubectlScope scope = caseKubectlScope(data, QStringLiteral("/home/me/.kube/config"));
    QCOMPARE(scope.kubeconfig, QStringLiteral("/srv/kube.yaml"));
    QCOMPARE(scope.context, QStringLiteral("prod"));
    QCOMPARE(scope.ns, QStringLiteral("apigee-x"));
    QCOMPARE(kubectlPrefix(scope),
             QStringLiteral("kubectl --kubeconfig /srv/kube.yaml --context prod"));
    // Nothing known: kubectl's defaults, no flags.
    QCOMPARE(kubectlPrefix(caseKubectlScope(CaseData(), QStringLiteral("/x"))),
             QStringLiteral("kubectl"));
}

void tst_CarryForward::knownNames()
{
    QCOMPARE(knownRouteName(CaseData()), QString());
    QCOMPARE(knownHosts(CaseData()), QStringList());
    QCOMPARE(knownPods(CaseData()), QStringList());

    IngressPod pod;
    pod.name = QStringLiteral("apigee-ingressgateway-abc");
    const CaseData data =
        withRoutes({route("vhost", {"api.example.com", "b.example.com"}), route("non-sni", {"*"}),
                    route("other", {"b.example.com", "c.example.com"})},
                   QList<IngressPod>{pod});
    QCOMPARE(knownRouteName(data), QStringLiteral("non-sni")); // the wildcard route first
    QCOMPARE(knownHosts(data),
             (QStringList{"api.example.com", "b.example.com", "c.example.com"})); // no "*"
    QCOMPARE(knownPods(data), QStringList{"apigee-ingressgateway-abc"});
    // No wildcard route: the first route.
    QCOMPARE(knownRouteName(withRoutes({route("vhost", {"api.example.com"})})),
             QStringLiteral("vhost"));
}

void tst_CarryForward::clientOfTheLogs()
{
    CaseData data;
    QCOMPARE(knownClientIp(data), QString());
    AccessLogSummary summary;
    LogClientStat others;
    others.address = QStringLiteral("others"); // the overflow bucket is not an address
    LogClientStat client;
    client.address = QStringLiteral("10.138.0.28");
    summary.clients = {others, client};
    data.setRecord(Step::Logs, StepRecord(summary, Origin::thisMachine()));
    QCOMPARE(knownClientIp(data), QStringLiteral("10.138.0.28"));
}

void tst_CarryForward::wildcardRoute()
{
    // Step 5 skipped: the fix's default, assumed.
    WildcardRouteChoice choice = wildcardRouteFor(CaseData());
    QCOMPARE(choice.name, QStringLiteral("non-sni"));
    QVERIFY(choice.assumed);
    CaseData named;
    named.fix.routeName = QStringLiteral("no-sni-route");
    QCOMPARE(wildcardRouteFor(named).name, QStringLiteral("no-sni-route"));
    QVERIFY(wildcardRouteFor(named).assumed);
    // Routes without a wildcard route: still the default, assumed.
    QVERIFY(wildcardRouteFor(withRoutes({route("vhost", {"api.example.com"})})).assumed);
    // The routes' own wildcard route, read.
    choice = wildcardRouteFor(withRoutes({route("vhost", {"a.b"}), route("catch-all", {"*"})}));
    QCOMPARE(choice.name, QStringLiteral("catch-all"));
    QVERIFY(!choice.assumed);
}

void tst_CarryForward::captureHasClient_data()
{
    QTest::addColumn<QString>("helloClient");
    QTest::addColumn<QString>("proxied");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<int>("expected"); // 1 yes, 0 no, -1 cannot say

    QTest::newRow("its hello") << "10.0.0.5:51000"
                               << "" << false << "10.0.0.5" << 1;
    QTest::newRow("another client") << "10.0.0.6:51000"
                                    << "" << false << "10.0.0.5" << 0;
    QTest::newRow("not a prefix match") << "10.0.0.50:51000"
                                        << "" << false << "10.0.0.5" << 0;
    QTest::newRow("IPv6") << "[2001:db8::1]:443"
                          << "" << false << "2001:db8:0::1" << 1;
    QTest::newRow("behind a proxy") << "10.1.1.1:4000"
                                    << "192.0.2.7:3000" << false << "192.0.2.7" << 1;
    QTest::newRow("hellos truncated") << "10.0.0.6:51000"
                                      << "" << true << "10.0.0.5" << -1;
    QTest::newRow("no client named") << "10.0.0.6:51000"
                                     << "" << false << "" << -1;
}

void tst_CarryForward::captureHasClient()
{
    QFETCH(QString, helloClient);
    QFETCH(QString, proxied);
    QFETCH(bool, truncated);
    QFETCH(QString, ip);
    QFETCH(int, expected);
    CaptureSummary summary;
    CaptureHello hello;
    hello.client = helloClient;
    hello.proxiedClient = proxied;
    summary.hellos = {hello};
    summary.hellosTruncated = truncated;
    const std::optional<bool> found = SniDoctor::captureHasClient(summary, ip);
    QCOMPARE(found ? int(*found) : -1, expected);
}

void tst_CarryForward::verifyCommandCarriesCaFileAndCluster()
{
    RemediationOptions options;
    options.probeHost = QStringLiteral("api.example.com");
    options.probeCaFile = QStringLiteral("/tmp/my ca.pem");
    options.kubectl = KubectlScope{QStringLiteral("/srv/kube.yaml"), QStringLiteral("prod"),
                                   QStringLiteral("apigee")};
    options.overridesFile = QStringLiteral("my overrides.yaml");
    const Remediation fix = makeRemediation(std::nullopt, {}, std::nullopt, options);
    QVERIFY(fix.commands.contains(QStringLiteral(
        "helm upgrade ENV_GROUP apigee-virtualhost/ --namespace apigee --atomic --set "
        "envgroup=ENV_GROUP -f 'my overrides.yaml'")));
    QCOMPARE(fix.commands.last(),
             QStringLiteral("sni-doctor probe api.example.com --ca-file '/tmp/my ca.pem'"));
    QCOMPARE(fix.commands.first(),
             QStringLiteral("kubectl --kubeconfig /srv/kube.yaml --context prod apply "
                            "--dry-run=server -f non-sni.yaml -n apigee"));
    // From a case: the endpoint's CA file and the case's cluster.
    CaseData data;
    data.endpoint.host = QStringLiteral("api.example.com");
    data.endpoint.port = 443;
    data.endpoint.caFile = QStringLiteral("/etc/ca.pem");
    data.cluster = ClusterTarget(QStringLiteral("/nowhere/other.yaml"), QStringLiteral("ctx"),
                                 QStringLiteral("apigee"));
    const RemediationOptions fromCase = remediationOptions(data);
    QCOMPARE(fromCase.probeCaFile, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(fromCase.kubectl.kubeconfig, QStringLiteral("/nowhere/other.yaml"));
    QCOMPARE(fromCase.kubectl.context, QStringLiteral("ctx"));
}

QTEST_GUILESS_MAIN(tst_CarryForward)
#include "tst_carryforward.moc"
