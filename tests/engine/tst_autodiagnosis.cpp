// The automatic diagnosis against a fake cluster whose ingress Services point at
// practice labs on loopback: every host through both ingresses, one verdict.
#include "autocluster.h"
#include "bundle/bundle.h"
#include "case/casedata.h"
#include "cluster/ingressservice.h"
#include "cluster/routesresult.h"
#include "diagnosis/autodiagnosis.h"
#include "diagnosis/diagnosis.h"
#include "probe/probematrixtext.h"
#include "review/review.h"
#include "session/sessionfile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace SniDoctor;

class tst_AutoDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesServices();
    void verdictPerScenario_data();
    void verdictPerScenario();
    void unreachableIngressNamesPortForward();
    void unreachableIngressThroughPortForward();
    void reachHookProbesThroughAnotherAddress();
    void concurrencyIsBounded();
    void cancelStops();
    void savedSessionKeepsMatrix();
    void verifyKeepsBefore();
    void bundleAndReviewKeepBothMatrices();

private:
    // Runs it on a worker thread while this thread serves the fake API server.
    static Result<AutoDiagnosis> run(AutoCluster &cluster, MatrixOptions probes = {},
                                     TaskControl *control = nullptr);
};

// QTRY_VERIFY_WITH_TIMEOUT returns void on failure: a variant for a function with a value.
#define QTRY_VERIFY_WITH_TIMEOUT_NO_RETURN(expr, timeout)                                          \
    do {                                                                                           \
        QElapsedTimer clock;                                                                       \
        clock.start();                                                                             \
        while (!(expr) && clock.elapsed() < (timeout))                                             \
            QTest::qWait(20);                                                                      \
    } while (false)

Result<AutoDiagnosis> tst_AutoDiagnosis::run(AutoCluster &cluster, MatrixOptions probes,
                                             TaskControl *control)
{
    AutoDiagnosisRequest request;
    request.cluster = ClusterRequest(cluster.writeKubeconfig(), {}, {});
    request.probes = probes;
    CancelFlag flag;
    TaskControl &used = control ? *control : flag;
    std::optional<Result<AutoDiagnosis>> result;
    std::atomic_bool done{false};
    std::thread worker([&] {
        result = runAutoDiagnosis(request, used);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT_NO_RETURN(done.load(), 120000);
    worker.join();
    return *result;
}

void tst_AutoDiagnosis::parsesServices()
{
    const QByteArray json = R"({"kind":"ServiceList","items":[
        {"metadata":{"name":"apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412","namespace":"apigee","labels":{"ingress_name":"ext-ingress"}},
         "spec":{"type":"LoadBalancer","clusterIP":"10.96.0.20","ports":[{"name":"status-port","port":15021,"protocol":"TCP"},{"name":"https","port":443,"protocol":"TCP","targetPort":8443}]},
         "status":{"loadBalancer":{"ingress":[{"hostname":"a1b2.elb.amazonaws.com"}]}}},
        {"metadata":{"name":"internal"},"spec":{"type":"ClusterIP","clusterIP":"10.96.0.21","ports":[{"port":443,"targetPort":"https"}]}}]})";
    const Result<QList<IngressService>> services = parseServiceList(json, "https://k8s");
    QVERIFY(services);
    QCOMPARE(services.value().size(), 2);
    const IngressService &ext = services.value().at(0);
    QCOMPARE(ext.ingressName, QString("ext-ingress"));
    QCOMPARE(ext.address(), QString("a1b2.elb.amazonaws.com"));
    QCOMPARE(ext.httpsPort, quint16(443));
    QCOMPARE(ext.targetPort, QString("8443"));
    QCOMPARE(services.value().at(1).address(), QString("10.96.0.21")); // no load balancer
    QCOMPARE(services.value().at(1).targetPort, QString("https"));
    QVERIFY(!parseServiceList(R"({"kind":"PodList"})", "https://k8s"));
    QVERIFY(!parseServiceList("not json", "https://k8s"));
}

void tst_AutoDiagnosis::verdictPerScenario_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<QString>("rootCause");
    QTest::addColumn<QString>("ingress1");
    QTest::addColumn<QString>("ingress2");
    QTest::addColumn<int>("withoutWildcard"); // virtual hosts lacking the wildcard route
    QTest::newRow("strict") << int(AutoCluster::Scenario::Strict)
                            << "non_sni_client_no_wildcard_route"
                            << "non_sni_refused"
                            << "non_sni_refused" << 2;
    QTest::newRow("wildcard") << int(AutoCluster::Scenario::Wildcard) << "non_sni_supported"
                              << "non_sni_served"
                              << "non_sni_served" << 0;
    QTest::newRow("alert") << int(AutoCluster::Scenario::Alert)
                           << "non_sni_client_no_wildcard_route"
                           << "non_sni_refused"
                           << "non_sni_refused" << 2;
    QTest::newRow("mixed") << int(AutoCluster::Scenario::Mixed) << "wildcard_route_not_attached"
                           << "non_sni_refused"
                           << "non_sni_served" << 1;
}

void tst_AutoDiagnosis::verdictPerScenario()
{
    QFETCH(int, scenario);
    QFETCH(QString, rootCause);
    QFETCH(QString, ingress1);
    QFETCH(QString, ingress2);
    QFETCH(int, withoutWildcard);
    AutoCluster cluster(AutoCluster::Scenario(scenario), 6, 2);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const Result<AutoDiagnosis> found = run(cluster);
    QVERIFY2(found, qPrintable(found.error().message()));
    QVERIFY(!found.value().canceled);
    QVERIFY(!found.value().logs.isNull()); // step 2 read the pods' logs
    QCOMPARE(found.value().cluster.ns, QString("apigee"));
    const ProbeMatrix &matrix = found.value().matrix.as<ProbeMatrix>();
    QCOMPARE(matrix.ingresses.size(), 2);
    QCOMPARE(matrix.ingresses.at(0).via, QString("load_balancer"));
    QCOMPARE(matrix.ingresses.at(0).pod, AutoCluster::podName(0));
    QCOMPARE(matrix.cells.size(), 12); // 6 hosts x 2 ingresses
    for (const MatrixCell &cell : matrix.cells) {
        QCOMPARE(cell.report.attempts.size(), 3);
        QCOMPARE(cell.report.attempts.at(0).sni, cell.host); // SNI = the host
        QCOMPARE(cell.report.target.connectAddress, QString("127.0.0.1"));
        const QString expected = cell.ingress == AutoCluster::serviceName(0) ? ingress1 : ingress2;
        QCOMPARE(cellVerdictId(cell.verdict), expected);
        QCOMPARE(cell.report.target.port,
                 cluster.labPort(cell.ingress == AutoCluster::serviceName(0) ? 0 : 1));
    }
    int lacking = 0;
    for (const Finding &finding : matrix.findings)
        lacking += finding.id == "matrix_virtual_host_without_wildcard" ? 1 : 0;
    QCOMPARE(lacking, withoutWildcard);

    CaseData data;
    addAutoDiagnosis(data, found.value(), false);
    QVERIFY(data.has(Step::Routes));
    QVERIFY(data.has(Step::Logs));
    QVERIFY(data.has(Step::Probe));
    const Diagnosis diagnosis = diagnose(data);
    QCOMPARE(rootCauseId(diagnosis.rootCause), rootCause);
    QCOMPARE(confidenceId(diagnosis.confidence), QString("high"));
    // Every piece of evidence leads back to its step; the ingresses speak for step 4.
    bool ingressEvidence = false;
    for (const DiagnosisEvidence &evidence : diagnosis.evidence + diagnosis.conflicts) {
        QVERIFY(!diagnosisEvidenceText(evidence).isEmpty());
        if (evidence.finding.id.startsWith("matrix_")) {
            QCOMPARE(evidence.step, Step::Probe);
            ingressEvidence = true;
        }
    }
    QVERIFY(ingressEvidence);
    if (ingress1 == "non_sni_refused") {
        const auto refusal = std::find_if(
            diagnosis.evidence.cbegin(), diagnosis.evidence.cend(),
            [](const DiagnosisEvidence &e) { return e.finding.id == "matrix_non_sni_refused"; });
        QVERIFY(refusal != diagnosis.evidence.cend());
        QCOMPARE(refusal->finding.args.value("ingress"), AutoCluster::serviceName(0));
        QVERIFY(refusal->finding.args.value("hosts").contains("api-1.example.com"));
        QVERIFY(refusal->finding.args.value("outcome").startsWith(
            scenario == int(AutoCluster::Scenario::Alert) ? "alert" : "reset"));
    }
}

void tst_AutoDiagnosis::unreachableIngressNamesPortForward()
{
    AutoCluster cluster(AutoCluster::Scenario::Unreachable, 4, 2);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const Result<AutoDiagnosis> found = run(cluster);
    QVERIFY(found);
    const ProbeMatrix &matrix = found.value().matrix.as<ProbeMatrix>();
    int unreachable = 0;
    for (const MatrixCell &cell : matrix.cells) {
        if (cell.ingress == AutoCluster::serviceName(1)) {
            QCOMPARE(cellVerdictId(cell.verdict), QString("unreachable")); // not "refused"
            ++unreachable;
        } else {
            QCOMPARE(cellVerdictId(cell.verdict), QString("non_sni_refused"));
        }
    }
    QCOMPARE(unreachable, 4);
    const auto finding =
        std::find_if(matrix.findings.cbegin(), matrix.findings.cend(),
                     [](const Finding &f) { return f.id == "matrix_ingress_unreachable"; });
    QVERIFY(finding != matrix.findings.cend());
    QCOMPARE(
        finding->args.value("command"),
        QString("kubectl port-forward -n apigee pod/%1 8444:8443").arg(AutoCluster::podName(1)));
    QVERIFY(ProbeMatrixText::detail(*finding).contains("kubectl port-forward -n apigee pod/"));
    // The reachable ingress still decides the verdict.
    CaseData data;
    addAutoDiagnosis(data, found.value(), false);
    QCOMPARE(rootCauseId(diagnose(data).rootCause), QString("non_sni_client_no_wildcard_route"));
}

void tst_AutoDiagnosis::unreachableIngressThroughPortForward()
{
    // Ingress 2's load balancer is not reachable from here: its pod is, through the
    // API server's port-forward (the WebSocket protocol), and it resets as ingress 1.
    AutoCluster cluster(AutoCluster::Scenario::Unreachable, 3, 1);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    cluster.api().portForwardPods.insert(AutoCluster::podName(1), cluster.labPort(1));
    const Result<AutoDiagnosis> found = run(cluster);
    QVERIFY(found);
    const ProbeMatrix &matrix = found.value().matrix.as<ProbeMatrix>();
    QCOMPARE(matrix.ingress(AutoCluster::serviceName(1))->via, QString("forward"));
    for (const MatrixCell &cell : matrix.cells)
        QCOMPARE(cellVerdictId(cell.verdict), QString("non_sni_refused"));
    QVERIFY(cluster.api().portForwardStreams > 0);
    QVERIFY(cluster.api().portForwardUpgrades.value(0).contains(AutoCluster::podName(1)));
}

void tst_AutoDiagnosis::reachHookProbesThroughAnotherAddress()
{
    AutoCluster cluster(AutoCluster::Scenario::Unreachable, 3, 1);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    MatrixOptions probes;
    QStringList asked;
    const quint16 forwarded = cluster.labPort(1); // what a port-forward would give
    probes.reach = [&asked, forwarded](
                       const MatrixIngress &ingress) -> std::optional<std::pair<QString, quint16>> {
        asked << ingress.service;
        return std::pair{QStringLiteral("127.0.0.1"), forwarded};
    };
    const Result<AutoDiagnosis> found = run(cluster, probes);
    QVERIFY(found);
    QCOMPARE(asked, QStringList{AutoCluster::serviceName(1)}); // once, for the one not reached
    const ProbeMatrix &matrix = found.value().matrix.as<ProbeMatrix>();
    QCOMPARE(matrix.ingress(AutoCluster::serviceName(1))->via, QString("forward"));
    for (const MatrixCell &cell : matrix.cells)
        QCOMPARE(cellVerdictId(cell.verdict), QString("non_sni_refused"));
}

namespace {

// Holds every connection unanswered until `count` are open at once, then waits a moment
// longer for any more (a broken bound would send them at the same instant), then
// closes them all (FIN). mostAtOnce: the most it held. Never answering before `count`
// means a pass shows that `count` connections ran together, whatever the timing.
class ConcurrencyPeer final
{
public:
    explicit ConcurrencyPeer(int count)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 64);
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length);
        port = ntohs(address.sin_port);
        m_thread = std::thread([this, count] {
            std::vector<int> open;
            qint64 fullSince = -1;
            QElapsedTimer clock;
            clock.start();
            while (!m_stop.load()) {
                pollfd p{m_fd, POLLIN, 0};
                if (::poll(&p, 1, 20) > 0) {
                    const int client = ::accept(m_fd, nullptr, nullptr);
                    if (client >= 0)
                        open.push_back(client);
                    mostAtOnce = std::max(mostAtOnce.load(), int(open.size()));
                }
                if (int(open.size()) >= count && fullSince < 0)
                    fullSince = clock.elapsed();
                if (fullSince >= 0 && clock.elapsed() - fullSince > 300) {
                    for (const int fd : open)
                        ::close(fd);
                    open.clear();
                    fullSince = -1;
                }
            }
            for (const int fd : open)
                ::close(fd);
        });
    }
    ~ConcurrencyPeer()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }
    quint16 port = 0;
    std::atomic_int mostAtOnce{0};

private:
    int m_fd = -1;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

} // namespace

// A probe opens three connections at once; with a bound of 6, two probes run together,
// never three.
void tst_AutoDiagnosis::concurrencyIsBounded()
{
    ConcurrencyPeer peer(6);
    QVERIFY(peer.port != 0);
    QList<MatrixIngress> ingresses;
    for (const char *name : {"ext", "int"}) {
        MatrixIngress ingress;
        ingress.service = QString::fromLatin1(name);
        ingress.address = "127.0.0.1";
        ingress.port = peer.port;
        ingresses << ingress;
    }
    const MatrixVirtualHost virtualHost{
        "vh", {"api-1.example.com", "api-2.example.com", "api-3.example.com"}, false};
    MatrixOptions probes;
    probes.maxConnections = 6;
    probes.timeoutMs = 60000; // a probe waiting alone would time out: none does
    CancelFlag control;
    const ProbeMatrix matrix =
        runProbeMatrix("apigee", ingresses, {virtualHost}, {}, probes, control);
    QCOMPARE(matrix.cells.size(), 6);
    for (const MatrixCell &cell : matrix.cells) {
        QCOMPARE(cell.report.attempts.size(), 3);
        // Answered (closed or reset by the peer) rather than timed out: they met.
        QVERIFY2(cell.report.attempts.at(0).outcome == Outcome::Closed ||
                     cell.report.attempts.at(0).outcome == Outcome::Reset,
                 qPrintable(outcomeId(cell.report.attempts.at(0).outcome)));
    }
    QCOMPARE(peer.mostAtOnce.load(), 6);
}

void tst_AutoDiagnosis::cancelStops()
{
    AutoCluster cluster(AutoCluster::Scenario::Strict, 4, 1);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    CancelFlag control;
    control.cancel(); // canceled before it starts: it must come back, without probing
    const Result<AutoDiagnosis> found = run(cluster, {}, &control);
    QVERIFY(!found ? found.error().isCanceled() || found.error().id() == "kube_canceled"
                   : found.value().canceled);
}

void tst_AutoDiagnosis::savedSessionKeepsMatrix()
{
    AutoCluster cluster(AutoCluster::Scenario::Mixed, 4, 2);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const Result<AutoDiagnosis> found = run(cluster);
    QVERIFY(found);
    CaseData data;
    addAutoDiagnosis(data, found.value(), false);
    QTemporaryDir dir;
    const QString path = dir.filePath("case.snidoctor");
    QVERIFY(saveSession(path, data));
    const Result<CaseData> loaded = loadSession(path);
    QVERIFY2(loaded, qPrintable(loaded.error().message()));
    QVERIFY(!loaded.value().probeMatrix.isNull());
    const ProbeMatrix &matrix = loaded.value().probeMatrix.as<ProbeMatrix>();
    QCOMPARE(matrix.cells.size(), 8);
    const QList<Finding> &saved = found.value().matrix.as<ProbeMatrix>().findings;
    QCOMPARE(matrix.findings.size(), saved.size());
    for (qsizetype i = 0; i < saved.size(); ++i) {
        QCOMPARE(matrix.findings.at(i).id, saved.at(i).id);
        QVERIFY(matrix.findings.at(i).args == saved.at(i).args);
    }
    QCOMPARE(rootCauseId(diagnose(loaded.value()).rootCause),
             rootCauseId(diagnose(data).rootCause));
}

void tst_AutoDiagnosis::verifyKeepsBefore()
{
    AutoCluster cluster(AutoCluster::Scenario::Strict, 4, 2);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const Result<AutoDiagnosis> before = run(cluster);
    QVERIFY(before);
    CaseData data;
    addAutoDiagnosis(data, before.value(), false);
    // The fix as the fake cluster sees it: the wildcard route, attached everywhere; the
    // labs become wildcard ones.
    AutoCluster fixed(AutoCluster::Scenario::Wildcard, 4, 2);
    QVERIFY2(fixed.start(), qPrintable(fixed.error()));
    const Result<AutoDiagnosis> after = run(fixed);
    QVERIFY(after);
    addAutoDiagnosis(data, after.value(), true);
    QVERIFY(!data.probeMatrixBefore.isNull());
    const QList<MatrixComparisonRow> rows = compareMatrices(
        data.probeMatrixBefore.as<ProbeMatrix>(), data.probeMatrix.as<ProbeMatrix>());
    QCOMPARE(rows.size(), 8);
    for (const MatrixComparisonRow &row : rows)
        QVERIFY2(row.fixed(), qPrintable(row.host + " " + row.ingress));
    QCOMPARE(rootCauseId(diagnose(data).rootCause), QString("non_sni_supported"));
    QVERIFY(ProbeMatrixText::comparison(rows).startsWith("Fixed"));
}

// The bundle holds both matrices and the report's side-by-side table; reviewing the
// bundle offline gives them back, with the same verdict.
void tst_AutoDiagnosis::bundleAndReviewKeepBothMatrices()
{
    AutoCluster cluster(AutoCluster::Scenario::Strict, 3, 1);
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const Result<AutoDiagnosis> before = run(cluster);
    QVERIFY(before);
    CaseData data;
    addAutoDiagnosis(data, before.value(), false);
    QVERIFY(cluster.applyFix());
    const Result<AutoDiagnosis> after = run(cluster);
    QVERIFY(after);
    addAutoDiagnosis(data, after.value(), true);
    QList<Redaction> redactions;
    const QList<BundleFile> files = bundleFiles(data, redactions);
    QStringList names;
    QByteArray report;
    for (const BundleFile &file : files) {
        names << file.name;
        if (file.name == "report.md")
            report = file.data;
    }
    QVERIFY2(names.contains("probe-matrix.json"), qPrintable(names.join(", ")));
    QVERIFY(names.contains("probe-matrix-before.json"));
    QVERIFY(report.contains("Before the fix"));
    QVERIFY(report.contains("refused without SNI"));
    QVERIFY(report.contains("served without SNI"));
    QTemporaryDir dir;
    CancelFlag control;
    const QString path = dir.filePath("bundle.zip");
    QVERIFY(
        writeBundle(path, files, redactions, data.stepsRun(), BundleFormat::Zip, false, control));
    const Result<CaseData> reviewed = reviewPaths({path}, control, data.fix);
    QVERIFY2(reviewed, qPrintable(reviewed.error().message()));
    QVERIFY(!reviewed.value().probeMatrix.isNull());
    QVERIFY(!reviewed.value().probeMatrixBefore.isNull());
    QCOMPARE(reviewed.value().probeMatrix.as<ProbeMatrix>().cells.size(), 6);
    QCOMPARE(reviewed.value().probeMatrixBefore.as<ProbeMatrix>().cells.first().verdict,
             CellVerdict::NonSniRefused);
    QCOMPARE(rootCauseId(diagnose(reviewed.value()).rootCause), QString("non_sni_supported"));
}

QTEST_GUILESS_MAIN(tst_AutoDiagnosis)
#include "tst_autodiagnosis.moc"
