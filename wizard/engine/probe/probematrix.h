#pragma once

#include "cluster/apigeeroute.h"
#include "cluster/ingresspods.h"
#include "cluster/ingressservice.h"
#include "core/finding.h"
#include "core/taskcontrol.h"
#include "probe/tlsprobe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace SniDoctor {

// One ingress gateway as the automatic diagnosis probes it: its Service, and the
// address this machine connects to.
struct MatrixIngress
{
    QString service;     // the Service's name
    QString ingressName; // its ingress_name label
    QString address;     // probed: the load balancer's, else the cluster IP; empty: none
    quint16 port = 443;
    QString via;        // how address was found: load_balancer, cluster_ip, forward, "" (none)
    QString pod;        // an ingress pod behind it, for the port-forward command
    QString targetPort; // the pod's port the Service sends HTTPS to
};

// One virtual host: an ApigeeRoute that is not the wildcard route, and its host names.
struct MatrixVirtualHost
{
    QString route;
    QStringList hostnames;
    bool wildcardAttached = false; // its additionalGateways lists the wildcard route
};

// What one host through one ingress says about clients without SNI.
enum class CellVerdict
{
    NonSniServed,  // a certificate without SNI: the wildcard route serves this ingress
    NonSniRefused, // the host works with SNI; without SNI the ingress resets or alerts
    SniRejected,   // the host itself fails with its own SNI
    Unreachable,   // this machine does not reach the ingress address (not a refusal)
    Canceled,
};
[[nodiscard]] QString cellVerdictId(CellVerdict verdict); // non_sni_served, ...
[[nodiscard]] std::optional<CellVerdict> cellVerdictFromId(const QString &id);
// From a probe's findings. Pure.
[[nodiscard]] CellVerdict cellVerdict(const ProbeReport &report);

struct MatrixCell
{
    QString virtualHost; // the route's name
    QString host;
    QString ingress; // the Service's name
    ProbeReport report;
    CellVerdict verdict = CellVerdict::Canceled;
};

// Runbook step 4 over every host name of every virtual host through every ingress.
struct ProbeMatrix
{
    QString ns;
    QString wildcardRoute; // its name; empty when the routes have none
    QList<MatrixIngress> ingresses;
    QList<MatrixVirtualHost> virtualHosts;
    QList<MatrixCell> cells; // by virtual host, host, then ingress
    // matrix_non_sni_refused, matrix_non_sni_served, matrix_ingress_unreachable,
    // matrix_sni_rejected (per ingress or cell), matrix_virtual_host_without_wildcard.
    QList<Finding> findings;
    int maxConnections = 0;
    qint64 elapsedMs = 0;
    QDateTime finished; // UTC; invalid when unknown
    bool canceled = false;

    [[nodiscard]] const MatrixCell *cell(const QString &host, const QString &ingress) const;
    [[nodiscard]] const MatrixIngress *ingress(const QString &service) const;
};

// Where another way of reaching an ingress plugs in (a port-forward to one of its
// pods): given an ingress its own address did not reach, or that has none, the address
// and port to probe it at instead; nullopt leaves it unreachable. Called from the
// probing (worker) thread, at most once per ingress; it must keep its own deadline.
using IngressReach =
    std::function<std::optional<std::pair<QString, quint16>>(const MatrixIngress &ingress)>;

struct MatrixOptions
{
    // Concurrent TCP connections at most; a probe opens three at once, so
    // max(1, maxConnections / 3) probes run together.
    int maxConnections = 24;
    int timeoutMs = 5000; // each probe's, name resolution included
    QString caFile;
    IngressReach reach; // empty: an unreachable ingress stays unreachable
};

// The ingress as the default probe reaches it: the load balancer's first address, else
// the cluster IP, at the Service's HTTPS port; pod: the pod whose name starts with the
// Service's, else one that names its ingress, else the first. Pure.
[[nodiscard]] MatrixIngress matrixIngress(const IngressService &service,
                                          const QList<IngressPod> &pods);
// The virtual hosts of a set of routes and the wildcard route's name (the first one
// with hostnames ["*"]). Pure.
[[nodiscard]] QList<MatrixVirtualHost> matrixVirtualHosts(const QList<ApigeeRoute> &routes,
                                                          QString *wildcardRoute);

// `kubectl port-forward -n NS pod/POD LOCAL:PORT`: how to reach an ingress this machine
// cannot; empty without a pod.
[[nodiscard]] QString portForwardCommand(const QString &ns, const MatrixIngress &ingress,
                                         quint16 localPort);
// The local port the command above suggests for the ingress at index i: 8443 + i.
[[nodiscard]] quint16 suggestedLocalPort(int index);

// Probes every host of every virtual host through every ingress: SNI = the host,
// connected to the ingress address (curl --resolve), with the three attempts of
// runProbe. First one host per ingress, to learn which ingresses this machine
// reaches (options.reach is asked for the others); then the remaining hosts, only
// through the ingresses reached: the cells of an unreachable one are marked so without
// waiting for a timeout each. Blocking: call it from a worker thread; at most
// options.maxConnections connections at once; every probe ends within
// options.timeoutMs; control.isCanceled() stops it within 50 ms (canceled set).
// Progress: one unit per cell, reported from the calling thread.
[[nodiscard]] ProbeMatrix runProbeMatrix(const QString &ns, const QList<MatrixIngress> &ingresses,
                                         const QList<MatrixVirtualHost> &virtualHosts,
                                         const QString &wildcardRoute, const MatrixOptions &options,
                                         TaskControl &control);

// The findings over the cells (see ProbeMatrix::findings). Pure.
[[nodiscard]] QList<Finding> matrixFindings(const ProbeMatrix &matrix);

// One host through one ingress before and after the fix.
struct MatrixComparisonRow
{
    QString host;
    QString ingress;
    std::optional<CellVerdict> before; // nullopt: not probed then
    std::optional<CellVerdict> after;
    [[nodiscard]] bool fixed() const
    {
        return before && after && *before == CellVerdict::NonSniRefused &&
               *after == CellVerdict::NonSniServed;
    }
};
// Every host and ingress of either matrix, in after's order, then before's leftovers.
[[nodiscard]] QList<MatrixComparisonRow> compareMatrices(const ProbeMatrix &before,
                                                         const ProbeMatrix &after);

// The JSON edge: diagnose --cluster --json's "probe_matrix", a session's and a bundle's
// probe-matrix.json. Titles and details in the current language.
[[nodiscard]] QJsonObject probeMatrixToJson(const ProbeMatrix &matrix);
[[nodiscard]] std::optional<ProbeMatrix> probeMatrixFromJson(const QJsonObject &json);
[[nodiscard]] bool isProbeMatrixJson(const QJsonObject &json);

} // namespace SniDoctor
