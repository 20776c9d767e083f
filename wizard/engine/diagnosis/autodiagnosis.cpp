#include "diagnosis/autodiagnosis.h"

#include "accesslog/accesslogsummary.h"
#include "cluster/portforward.h"
#include "cluster/routesresult.h"
#include "core/logging.h"

#include <mutex>
#include <vector>

namespace SniDoctor {

namespace {

// The cell step 4's own page shows: a refusal first (the runbook's symptom), else a
// cell that answered, else the first.
const MatrixCell *tellingCell(const ProbeMatrix &matrix)
{
    for (CellVerdict verdict :
         {CellVerdict::NonSniRefused, CellVerdict::NonSniServed, CellVerdict::SniRejected}) {
        for (const MatrixCell &cell : matrix.cells) {
            if (cell.verdict == verdict)
                return &cell;
        }
    }
    return matrix.cells.isEmpty() ? nullptr : &matrix.cells.first();
}

} // namespace

Result<AutoDiagnosis> runAutoDiagnosis(const AutoDiagnosisRequest &request, TaskControl &control)
{
    AutoDiagnosis found;
    control.setProgressRange(0, 0);
    control.setProgress(0, QStringLiteral("routes"));
    const Result<ClusterState> state = fetchClusterState(request.cluster, control);
    if (!state)
        return state.error();
    ClusterRequest resolved = request.cluster;
    resolved.ns = state.value().ns;
    found.cluster = resolved.target();
    found.cluster.context = state.value().context;
    found.routes = StepRecord(RoutesResult{state.value().routes, state.value().pods, found.cluster},
                              Origin::cluster());
    if (control.isCanceled()) {
        found.canceled = true;
        return found;
    }

    control.setProgress(0, QStringLiteral("logs"));
    QList<IngressPod> pods = state.value().pods.value_or(QList<IngressPod>{});
    const Result<AccessLogSummary> logs =
        fetchIngressLogs(resolved, request.logTailLines, control, &pods);
    if (logs) {
        found.logs = StepRecord(logs.value(), Origin::cluster());
        found.canceled = logs.value().canceled;
    } else {
        found.logsError = logs.error();
    }
    if (control.isCanceled()) {
        found.canceled = true;
        return found;
    }

    control.setProgress(0, QStringLiteral("services"));
    const Result<QList<IngressService>> services = fetchIngressServices(resolved, control);
    if (!services) {
        found.servicesError = services.error();
        found.canceled = control.isCanceled();
        return found;
    }
    QList<MatrixIngress> ingresses;
    for (const IngressService &service : services.value())
        ingresses << matrixIngress(service, pods);
    QString wildcard;
    const QList<MatrixVirtualHost> virtualHosts =
        matrixVirtualHosts(state.value().routes, &wildcard);
    control.setProgress(0, QStringLiteral("probes"));
    MatrixOptions probes = request.probes;
    // The forwards live until every probe through them has ended.
    std::mutex forwardsMutex;
    std::vector<std::unique_ptr<PortForwardSession>> forwards;
    if (!probes.reach && request.portForward) {
        probes.reach =
            [&](const MatrixIngress &ingress) -> std::optional<std::pair<QString, quint16>> {
            if (ingress.pod.isEmpty() || control.isCanceled())
                return std::nullopt;
            PortForwardOptions options;
            options.ns = resolved.ns;
            options.pod = ingress.pod;
            bool numeric = false;
            const uint port = ingress.targetPort.toUInt(&numeric);
            // A named target port: the Apigee ingress's container listens on 8443.
            options.podPort = numeric && port > 0 && port < 65536 ? quint16(port) : 8443;
            Result<std::unique_ptr<PortForwardSession>> session =
                startPortForward(resolved, options, control);
            if (!session) {
                qCDebug(logDiagnosis)
                    << "no port-forward to" << ingress.pod << ":" << session.error().message();
                return std::nullopt;
            }
            const std::pair<QString, quint16> at{session.value()->address(),
                                                 session.value()->port()};
            const std::lock_guard lock(forwardsMutex);
            forwards.push_back(std::move(session).value());
            return at;
        };
    }
    ProbeMatrix matrix =
        runProbeMatrix(resolved.ns, ingresses, virtualHosts, wildcard, probes, control);
    found.canceled = found.canceled || matrix.canceled;
    if (const MatrixCell *cell = tellingCell(matrix)) {
        found.endpoint = cell->report.target;
        found.probe = StepRecord(cell->report, Origin::thisMachine());
    }
    qCDebug(logDiagnosis) << "automatic diagnosis:" << state.value().routes.size() << "routes,"
                          << ingresses.size() << "ingresses," << matrix.cells.size() << "probes";
    found.matrix = StepRecord(std::move(matrix), Origin::thisMachine());
    return found;
}

void addAutoDiagnosis(CaseData &data, const AutoDiagnosis &found, bool keepBefore)
{
    data.cluster = found.cluster;
    if (!found.routes.isNull())
        data.setRecord(Step::Routes, found.routes);
    if (!found.logs.isNull())
        data.setRecord(Step::Logs, found.logs);
    if (!found.probe.isNull()) {
        data.setRecord(Step::Probe, found.probe);
        data.endpoint = found.endpoint;
    }
    if (!found.matrix.isNull()) {
        if (keepBefore && !data.probeMatrix.isNull())
            data.probeMatrixBefore = data.probeMatrix;
        else if (!keepBefore)
            data.probeMatrixBefore = StepRecord();
        data.probeMatrix = found.matrix;
    }
}

} // namespace SniDoctor
