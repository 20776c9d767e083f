#include "probe/probematrix.h"

#include "core/jsonread.h"
#include "core/logging.h"
#include "probe/probejson.h"
#include "probe/probematrixtext.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace SniDoctor {

namespace {

constexpr char kMatrixKind[] = "sni_doctor_probe_matrix";

QString outcomeWithAlert(const ProbeAttempt &attempt)
{
    return attempt.alert.isEmpty() ? outcomeId(attempt.outcome)
                                   : outcomeId(attempt.outcome) + QLatin1Char(':') + attempt.alert;
}

// A TaskControl for one probe of the matrix: the matrix's cancel, no progress (the
// matrix reports it from the calling thread only).
class CellControl final : public TaskControl
{
public:
    explicit CellControl(const TaskControl &matrix)
        : m_matrix(matrix)
    {}
    [[nodiscard]] bool isCanceled() const override { return m_matrix.isCanceled(); }
    void setProgressRange(int, int) override {}
    void setProgress(int, const QString &) override {}

private:
    const TaskControl &m_matrix;
};

// Runs probe(i) for each i in jobs on at most `workers` threads at once, waiting on the
// calling thread, which reports progress (base + finished) and sees a cancel.
template <typename Probe>
void runBounded(const QList<int> &jobs, int workers, int base, TaskControl &control, Probe probe)
{
    if (jobs.isEmpty())
        return;
    std::atomic<int> next{0};
    std::mutex mutex;
    std::condition_variable changed;
    int finished = 0;
    const int count = int(jobs.size());
    std::vector<std::thread> threads;
    const int threadCount = std::max(1, std::min(workers, count));
    threads.reserve(size_t(threadCount));
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&] {
            for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
                probe(jobs.at(i));
                std::lock_guard lock(mutex);
                ++finished;
                changed.notify_all();
            }
        });
    }
    {
        std::unique_lock lock(mutex);
        while (finished < count) {
            changed.wait_for(lock, std::chrono::milliseconds(50));
            const int done = finished;
            lock.unlock();
            control.setProgress(base + done, QString());
            lock.lock();
        }
    }
    for (std::thread &thread : threads)
        thread.join();
}

} // namespace

QString cellVerdictId(CellVerdict verdict)
{
    switch (verdict) {
    case CellVerdict::NonSniServed:
        return QStringLiteral("non_sni_served");
    case CellVerdict::NonSniRefused:
        return QStringLiteral("non_sni_refused");
    case CellVerdict::SniRejected:
        return QStringLiteral("sni_rejected");
    case CellVerdict::Unreachable:
        return QStringLiteral("unreachable");
    case CellVerdict::Canceled:
        break;
    }
    return QStringLiteral("canceled");
}

std::optional<CellVerdict> cellVerdictFromId(const QString &id)
{
    return Json::enumFromId<CellVerdict>(id, int(CellVerdict::Canceled) + 1, cellVerdictId);
}

CellVerdict cellVerdict(const ProbeReport &report)
{
    if (report.canceled)
        return CellVerdict::Canceled;
    const auto has = [&report](const char *id) {
        return std::any_of(
            report.findings.cbegin(), report.findings.cend(),
            [id](const Finding &finding) { return finding.id == QLatin1String(id); });
    };
    if (has("endpoint_unreachable"))
        return CellVerdict::Unreachable;
    if (has("sni_rejected"))
        return CellVerdict::SniRejected;
    if (has("non_sni_accepted"))
        return CellVerdict::NonSniServed;
    if (has("non_sni_rejected"))
        return CellVerdict::NonSniRefused;
    return CellVerdict::Canceled;
}

const MatrixCell *ProbeMatrix::cell(const QString &host, const QString &ingressName) const
{
    for (const MatrixCell &each : cells) {
        if (each.host == host && each.ingress == ingressName)
            return &each;
    }
    return nullptr;
}

const MatrixIngress *ProbeMatrix::ingress(const QString &service) const
{
    for (const MatrixIngress &each : ingresses) {
        if (each.service == service)
            return &each;
    }
    return nullptr;
}

MatrixIngress matrixIngress(const IngressService &service, const QList<IngressPod> &pods)
{
    MatrixIngress ingress;
    ingress.service = service.name;
    ingress.ingressName = service.ingressName;
    ingress.address = service.address();
    ingress.port = service.httpsPort;
    ingress.targetPort = service.targetPort;
    ingress.via = ingress.address.isEmpty()                  ? QString()
                  : !service.loadBalancerAddresses.isEmpty() ? QStringLiteral("load_balancer")
                                                             : QStringLiteral("cluster_ip");
    // Deployment pods are named after it: SERVICE-HASH-SUFFIX in Apigee's charts.
    const IngressPod *chosen = nullptr;
    for (const IngressPod &pod : pods) {
        if (pod.name.startsWith(service.name + QLatin1Char('-'))) {
            chosen = &pod;
            break;
        }
    }
    for (const IngressPod &pod : pods) {
        if (!chosen && !service.ingressName.isEmpty() && pod.name.contains(service.ingressName))
            chosen = &pod;
    }
    if (!chosen && !pods.isEmpty())
        chosen = &pods.first();
    if (chosen)
        ingress.pod = chosen->name;
    return ingress;
}

QList<MatrixVirtualHost> matrixVirtualHosts(const QList<ApigeeRoute> &routes,
                                            QString *wildcardRoute)
{
    QString wildcard;
    for (const ApigeeRoute &route : routes) {
        if (route.isWildcard()) {
            wildcard = route.name;
            break;
        }
    }
    if (wildcardRoute)
        *wildcardRoute = wildcard;
    QList<MatrixVirtualHost> hosts;
    for (const ApigeeRoute &route : routes) {
        if (route.isWildcard() || route.hostnames.isEmpty())
            continue;
        hosts << MatrixVirtualHost{route.name, route.hostnames,
                                   !wildcard.isEmpty() &&
                                       route.additionalGateways.contains(wildcard)};
    }
    return hosts;
}

quint16 suggestedLocalPort(int index)
{
    return quint16(8443 + index);
}

QString portForwardCommand(const QString &ns, const MatrixIngress &ingress, quint16 localPort)
{
    if (ingress.pod.isEmpty())
        return {};
    const QString podPort =
        ingress.targetPort.isEmpty() ? QStringLiteral("443") : ingress.targetPort;
    return QStringLiteral("kubectl port-forward -n %1 pod/%2 %3:%4")
        .arg(ns.isEmpty() ? QStringLiteral("apigee") : ns, ingress.pod)
        .arg(localPort)
        .arg(podPort);
}

ProbeMatrix runProbeMatrix(const QString &ns, const QList<MatrixIngress> &ingresses,
                           const QList<MatrixVirtualHost> &virtualHosts,
                           const QString &wildcardRoute, const MatrixOptions &options,
                           TaskControl &control)
{
    QElapsedTimer clock;
    clock.start();
    ProbeMatrix matrix;
    matrix.ns = ns;
    matrix.wildcardRoute = wildcardRoute;
    matrix.ingresses = ingresses;
    matrix.virtualHosts = virtualHosts;
    matrix.maxConnections = std::max(3, options.maxConnections);
    QSet<QString> seen; // a host name in two virtual hosts is probed once
    for (const MatrixVirtualHost &virtualHost : virtualHosts) {
        for (const QString &host : virtualHost.hostnames) {
            if (host.trimmed().isEmpty() || host.contains(QLatin1Char('*')) || seen.contains(host))
                continue;
            seen.insert(host);
            for (const MatrixIngress &ingress : ingresses)
                matrix.cells << MatrixCell{virtualHost.route, host, ingress.service, {}, {}};
        }
    }
    const int workers = std::max(1, matrix.maxConnections / 3);
    control.setProgressRange(0, int(matrix.cells.size()));
    MatrixCell *slots = matrix.cells.data(); // detached here, before the threads
    const auto probe = [&](int index) {
        MatrixCell &cell = slots[index];
        const MatrixIngress &ingress = *matrix.ingress(cell.ingress);
        ProbeTarget target{cell.host, ingress.port, ingress.address, options.timeoutMs,
                           options.caFile};
        CellControl cellControl(control);
        if (ingress.address.isEmpty()) {
            ProbeReport report;
            report.target = target;
            report.findings << Finding{
                QStringLiteral("endpoint_unreachable"),
                Severity::Error,
                {{"endpoint", cell.host}, {"outcome", QStringLiteral("no_address")}}};
            cell.report = report;
        } else {
            Result<ProbeReport> report = runProbe(target, cellControl);
            if (report) {
                cell.report = std::move(report).value();
            } else {
                cell.report.target = target;
                cell.report.findings
                    << Finding{QStringLiteral("endpoint_unreachable"),
                               Severity::Error,
                               {{"endpoint", cell.host}, {"outcome", report.error().id()}}};
            }
        }
        cell.verdict = cellVerdict(cell.report);
    };
    // Phase 1: the first cell of each ingress (which ingresses this machine reaches).
    QList<int> first;
    QSet<QString> firstSeen;
    for (int i = 0; i < matrix.cells.size(); ++i) {
        if (!firstSeen.contains(matrix.cells.at(i).ingress)) {
            firstSeen.insert(matrix.cells.at(i).ingress);
            first << i;
        }
    }
    runBounded(first, workers, 0, control, probe);
    // An ingress not reached: the hook (a port-forward) may give another address.
    QSet<QString> unreachable;
    QList<int> again;
    for (int i : std::as_const(first)) {
        const MatrixCell &cell = matrix.cells.at(i);
        if (cell.verdict != CellVerdict::Unreachable || control.isCanceled())
            continue;
        std::optional<std::pair<QString, quint16>> other;
        if (options.reach)
            other = options.reach(*matrix.ingress(cell.ingress));
        if (other) {
            for (MatrixIngress &ingress : matrix.ingresses) {
                if (ingress.service == cell.ingress) {
                    ingress.address = other->first;
                    ingress.port = other->second;
                    ingress.via = QStringLiteral("forward");
                }
            }
            again << i;
        } else {
            unreachable.insert(cell.ingress);
        }
    }
    runBounded(again, workers, int(first.size()) - int(again.size()), control, probe);
    for (int i : std::as_const(again)) {
        if (matrix.cells.at(i).verdict == CellVerdict::Unreachable)
            unreachable.insert(matrix.cells.at(i).ingress);
    }
    // Phase 2: every other cell, through the ingresses reached.
    QList<int> rest;
    for (int i = 0; i < matrix.cells.size(); ++i) {
        MatrixCell &cell = matrix.cells[i];
        if (first.contains(i))
            continue;
        if (unreachable.contains(cell.ingress)) {
            // Not probed: the ingress's first cell already showed it is not reached.
            const MatrixIngress &ingress = *matrix.ingress(cell.ingress);
            const MatrixCell *probed = nullptr;
            for (int j : std::as_const(first)) {
                if (matrix.cells.at(j).ingress == cell.ingress)
                    probed = &matrix.cells.at(j);
            }
            cell.report = probed ? probed->report : ProbeReport{};
            cell.report.target = ProbeTarget{cell.host, ingress.port, ingress.address,
                                             options.timeoutMs, options.caFile};
            cell.verdict = CellVerdict::Unreachable;
            continue;
        }
        rest << i;
    }
    if (!control.isCanceled())
        runBounded(rest, workers, int(matrix.cells.size()) - int(rest.size()), control, probe);
    matrix.canceled = control.isCanceled();
    for (MatrixCell &cell : matrix.cells) {
        if (cell.report.target.host.isEmpty()) { // never probed: canceled before its turn
            cell.report.target.host = cell.host;
            cell.report.canceled = true;
            cell.verdict = CellVerdict::Canceled;
        }
    }
    control.setProgress(int(matrix.cells.size()), QString());
    matrix.elapsedMs = clock.elapsed();
    matrix.finished = QDateTime::currentDateTimeUtc();
    matrix.findings = matrixFindings(matrix);
    qCDebug(logProbe) << "probe matrix:" << matrix.cells.size() << "cells," << workers
                      << "probes at once," << matrix.elapsedMs << "ms";
    return matrix;
}

QList<Finding> matrixFindings(const ProbeMatrix &matrix)
{
    QList<Finding> findings;
    for (int index = 0; index < matrix.ingresses.size(); ++index) {
        const MatrixIngress &ingress = matrix.ingresses.at(index);
        QStringList refused, served, rejected, unreachable;
        QString refusedOutcome, unreachableOutcome;
        for (const MatrixCell &cell : matrix.cells) {
            if (cell.ingress != ingress.service)
                continue;
            switch (cell.verdict) {
            case CellVerdict::NonSniRefused:
                refused << cell.host;
                if (refusedOutcome.isEmpty() && cell.report.attempts.size() > 1)
                    refusedOutcome = outcomeWithAlert(cell.report.attempts.at(1));
                break;
            case CellVerdict::NonSniServed:
                served << cell.host;
                break;
            case CellVerdict::SniRejected:
                rejected << cell.host;
                break;
            case CellVerdict::Unreachable:
                unreachable << cell.host;
                if (unreachableOutcome.isEmpty() && !cell.report.attempts.isEmpty())
                    unreachableOutcome = outcomeId(cell.report.attempts.first().outcome);
                break;
            case CellVerdict::Canceled:
                break;
            }
        }
        const QString address =
            ingress.address.isEmpty()
                ? QString()
                : QStringLiteral("%1:%2").arg(ingress.address).arg(ingress.port);
        if (!unreachable.isEmpty()) {
            findings << Finding{
                QStringLiteral("matrix_ingress_unreachable"),
                Severity::Warning,
                {{"ingress", ingress.service},
                 {"address", address},
                 {"outcome",
                  unreachableOutcome.isEmpty() ? QStringLiteral("no_address") : unreachableOutcome},
                 {"count", QString::number(unreachable.size())},
                 {"command", portForwardCommand(matrix.ns, ingress, suggestedLocalPort(index))}}};
        }
        if (!refused.isEmpty()) {
            findings << Finding{QStringLiteral("matrix_non_sni_refused"),
                                Severity::Error,
                                {{"ingress", ingress.service},
                                 {"address", address},
                                 {"hosts", refused.join(QStringLiteral(", "))},
                                 {"count", QString::number(refused.size())},
                                 {"outcome", refusedOutcome}}};
        } else if (!served.isEmpty()) {
            findings << Finding{QStringLiteral("matrix_non_sni_served"),
                                Severity::Info,
                                {{"ingress", ingress.service},
                                 {"address", address},
                                 {"count", QString::number(served.size())}}};
        }
        if (!rejected.isEmpty()) {
            findings << Finding{QStringLiteral("matrix_sni_rejected"),
                                Severity::Error,
                                {{"ingress", ingress.service},
                                 {"address", address},
                                 {"hosts", rejected.join(QStringLiteral(", "))},
                                 {"count", QString::number(rejected.size())}}};
        }
    }
    for (const MatrixVirtualHost &virtualHost : matrix.virtualHosts) {
        if (!virtualHost.wildcardAttached) {
            findings << Finding{QStringLiteral("matrix_virtual_host_without_wildcard"),
                                Severity::Error,
                                {{"route", virtualHost.route},
                                 {"hosts", virtualHost.hostnames.join(QStringLiteral(", "))},
                                 {"wildcard", matrix.wildcardRoute}}};
        }
    }
    return findings;
}

QList<MatrixComparisonRow> compareMatrices(const ProbeMatrix &before, const ProbeMatrix &after)
{
    QList<MatrixComparisonRow> rows;
    for (const MatrixCell &cell : after.cells) {
        MatrixComparisonRow row{cell.host, cell.ingress, std::nullopt, cell.verdict};
        if (const MatrixCell *old = before.cell(cell.host, cell.ingress))
            row.before = old->verdict;
        rows << row;
    }
    for (const MatrixCell &cell : before.cells) {
        if (!after.cell(cell.host, cell.ingress))
            rows << MatrixComparisonRow{cell.host, cell.ingress, cell.verdict, std::nullopt};
    }
    return rows;
}

QJsonObject probeMatrixToJson(const ProbeMatrix &matrix)
{
    QJsonArray ingresses;
    for (int i = 0; i < matrix.ingresses.size(); ++i) {
        const MatrixIngress &ingress = matrix.ingresses.at(i);
        ingresses.append(
            QJsonObject{{QStringLiteral("service"), ingress.service},
                        {QStringLiteral("ingress_name"), ingress.ingressName},
                        {QStringLiteral("address"), ingress.address},
                        {QStringLiteral("port"), ingress.port},
                        {QStringLiteral("via"), ingress.via},
                        {QStringLiteral("pod"), ingress.pod},
                        {QStringLiteral("target_port"), ingress.targetPort},
                        {QStringLiteral("port_forward"),
                         portForwardCommand(matrix.ns, ingress, suggestedLocalPort(i))}});
    }
    QJsonArray virtualHosts;
    for (const MatrixVirtualHost &virtualHost : matrix.virtualHosts) {
        virtualHosts.append(QJsonObject{
            {QStringLiteral("route"), virtualHost.route},
            {QStringLiteral("hostnames"), QJsonArray::fromStringList(virtualHost.hostnames)},
            {QStringLiteral("wildcard_attached"), virtualHost.wildcardAttached}});
    }
    QJsonArray cells;
    for (const MatrixCell &cell : matrix.cells) {
        cells.append(QJsonObject{{QStringLiteral("virtual_host"), cell.virtualHost},
                                 {QStringLiteral("host"), cell.host},
                                 {QStringLiteral("ingress"), cell.ingress},
                                 {QStringLiteral("verdict"), cellVerdictId(cell.verdict)},
                                 {QStringLiteral("probe"), probeReportToJson(cell.report)}});
    }
    QJsonArray findings;
    for (const Finding &finding : matrix.findings)
        findings.append(findingToJson(finding, ProbeMatrixText::title(finding),
                                      ProbeMatrixText::detail(finding)));
    return QJsonObject{
        {QStringLiteral("kind"), QLatin1String(kMatrixKind)},
        {QStringLiteral("namespace"), matrix.ns},
        {QStringLiteral("wildcard_route"), matrix.wildcardRoute},
        {QStringLiteral("ingresses"), ingresses},
        {QStringLiteral("virtual_hosts"), virtualHosts},
        {QStringLiteral("cells"), cells},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("verdict"), ProbeMatrixText::verdict(matrix)},
        {QStringLiteral("max_connections"), matrix.maxConnections},
        {QStringLiteral("elapsed_ms"), matrix.elapsedMs},
        {QStringLiteral("finished"), matrix.finished.isValid()
                                         ? QJsonValue(matrix.finished.toString(Qt::ISODateWithMs))
                                         : QJsonValue()},
        {QStringLiteral("canceled"), matrix.canceled}};
}

bool isProbeMatrixJson(const QJsonObject &json)
{
    return json.value(QLatin1String("kind")).toString() == QLatin1String(kMatrixKind);
}

std::optional<ProbeMatrix> probeMatrixFromJson(const QJsonObject &json)
{
    if (!isProbeMatrixJson(json))
        return std::nullopt;
    ProbeMatrix matrix;
    matrix.ns = Json::text(json, "namespace");
    matrix.wildcardRoute = Json::text(json, "wildcard_route");
    matrix.maxConnections = int(Json::number(json, "max_connections"));
    matrix.elapsedMs = Json::number(json, "elapsed_ms");
    matrix.canceled = json.value(QLatin1String("canceled")).toBool();
    matrix.finished = QDateTime::fromString(Json::text(json, "finished"), Qt::ISODateWithMs);
    for (const QJsonValue &item : json.value(QLatin1String("ingresses")).toArray()) {
        const QJsonObject object = item.toObject();
        MatrixIngress ingress;
        ingress.service = Json::text(object, "service");
        ingress.ingressName = Json::text(object, "ingress_name");
        ingress.address = Json::text(object, "address");
        ingress.port = quint16(Json::number(object, "port", 443));
        ingress.via = Json::text(object, "via");
        ingress.pod = Json::text(object, "pod");
        ingress.targetPort = Json::text(object, "target_port");
        matrix.ingresses << ingress;
    }
    for (const QJsonValue &item : json.value(QLatin1String("virtual_hosts")).toArray()) {
        const QJsonObject object = item.toObject();
        matrix.virtualHosts << MatrixVirtualHost{
            Json::text(object, "route"), Json::strings(object.value(QLatin1String("hostnames"))),
            object.value(QLatin1String("wildcard_attached")).toBool()};
    }
    for (const QJsonValue &item : json.value(QLatin1String("cells")).toArray()) {
        const QJsonObject object = item.toObject();
        MatrixCell cell;
        cell.virtualHost = Json::text(object, "virtual_host");
        cell.host = Json::text(object, "host");
        cell.ingress = Json::text(object, "ingress");
        cell.report = probeReportFromJson(object.value(QLatin1String("probe")).toObject())
                          .value_or(ProbeReport{});
        cell.verdict =
            cellVerdictFromId(Json::text(object, "verdict")).value_or(cellVerdict(cell.report));
        matrix.cells << cell;
    }
    matrix.findings =
        findingsFromJson(json.value(QLatin1String("findings"))).value_or(matrixFindings(matrix));
    return matrix;
}

} // namespace SniDoctor
