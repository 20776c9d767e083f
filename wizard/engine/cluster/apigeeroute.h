#pragma once

#include "cluster/clustererror.h"
#include "core/finding.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace YAML {
class Node;
}

namespace SniDoctor {

// A Kubernetes event about an object, as kubectl describe lists them.
struct KubeEvent
{
    QString type; // Normal, Warning
    QString reason;
    QString message;
    int count = 1;
    QString lastSeen; // RFC 3339 as the API gives it
};

// An ApigeeRoute (apigee.cloud.google.com/v1alpha1), reduced to what the runbook
// checks in its step 5.
struct ApigeeRoute
{
    QString name;
    QString ns;
    QString state;         // status.state: creating, running, ...; empty when unknown
    QString statusMessage; // the first status error message, if any
    QStringList hostnames;
    std::optional<bool> enableNonSniClient; // nullopt when the field is not set
    QStringList additionalGateways;
    QStringList credentialNames; // spec.ports[].tls.credentialName, for the remediation
    QMap<QString, QString> selector;
    QString file;            // where it was read from, for offline review; empty from the cluster
    int line = 0;            // 1-based line of its metadata.name in file
    QList<KubeEvent> events; // from the cluster only: what kubectl describe shows
    QDateTime created;       // metadata.creationTimestamp (UTC), invalid when absent

    [[nodiscard]] bool isWildcard() const { return hostnames.contains(QStringLiteral("*")); }
};

// Reads what `kubectl get apigeeroutes -o yaml` or `-o json` printed: a List (or an
// ApigeeRouteList) of items, single objects, or several YAML documents. Objects of
// other kinds are skipped. A YAML or JSON syntax error is an Error naming the file,
// line and column; a text without a single ApigeeRoute is an Error too.
[[nodiscard]] Result<QList<ApigeeRoute>> parseApigeeRoutes(const QByteArray &text,
                                                           const QString &fileName);
// The same, from documents already parsed (a review reads each file once).
[[nodiscard]] Result<QList<ApigeeRoute>> parseApigeeRoutes(const std::vector<YAML::Node> &documents,
                                                           const QString &fileName);
// The same, from a file (at most 64 MiB); a file that cannot be read is an Error too.
[[nodiscard]] Result<QList<ApigeeRoute>> readApigeeRoutes(const QString &path);

// The runbook's step 5 over a set of routes: no_wildcard_route,
// multiple_wildcard_routes, wildcard_route_non_sni_disabled,
// wildcard_route_not_attached, wildcard_route_not_running, non_sni_enabled. Pure.
[[nodiscard]] QList<Finding> routeFindings(const QList<ApigeeRoute> &routes);

} // namespace SniDoctor
