#include "carryforward.h"

#include "accesslog/accesslogsummary.h"
#include "cluster/routesresult.h"

#include <QHostAddress>

namespace SniDoctor {

namespace {

// "10.0.0.1:5000" -> "10.0.0.1", "[::1]:443" -> "::1".
QString addressOf(const QString &endpoint)
{
    if (endpoint.startsWith(QLatin1Char('['))) {
        const qsizetype end = endpoint.indexOf(QLatin1Char(']'));
        return end > 0 ? endpoint.mid(1, end - 1) : endpoint;
    }
    const qsizetype colon = endpoint.lastIndexOf(QLatin1Char(':'));
    // Exactly one colon: IPv4 with a port; more: a bare IPv6 address.
    return colon > 0 && endpoint.indexOf(QLatin1Char(':')) == colon ? endpoint.left(colon)
                                                                    : endpoint;
}

bool sameAddress(const QString &a, const QString &b)
{
    const QHostAddress left(a);
    const QHostAddress right(b);
    if (!left.isNull() && !right.isNull())
        return left.isEqual(right, QHostAddress::TolerantConversion);
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

KubectlScope caseKubectlScope(const CaseData &data, const QString &defaultKubeconfig)
{
    ClusterTarget cluster = data.cluster;
    if (const RoutesResult *routes = data.result<RoutesResult>(Step::Routes)) {
        if (cluster.kubeconfig.isEmpty())
            cluster.kubeconfig = routes->cluster.kubeconfig;
        if (cluster.context.isEmpty())
            cluster.context = routes->cluster.context;
        if (cluster.ns.isEmpty())
            cluster.ns = routes->cluster.ns;
        if (cluster.ns.isEmpty() && !routes->routes.isEmpty())
            cluster.ns = routes->routes.first().ns;
    }
    return kubectlScope(cluster, defaultKubeconfig);
}

QString knownRouteName(const CaseData &data)
{
    const RoutesResult *routes = data.result<RoutesResult>(Step::Routes);
    if (!routes || routes->routes.isEmpty())
        return {};
    for (const ApigeeRoute &route : routes->routes) {
        if (route.isWildcard() && !route.name.isEmpty())
            return route.name;
    }
    return routes->routes.first().name;
}

QStringList knownHosts(const CaseData &data)
{
    QStringList hosts;
    if (const RoutesResult *routes = data.result<RoutesResult>(Step::Routes)) {
        for (const ApigeeRoute &route : routes->routes) {
            for (const QString &host : route.hostnames) {
                if (host != QLatin1String("*") && !host.trimmed().isEmpty() &&
                    !hosts.contains(host.trimmed()))
                    hosts << host.trimmed();
            }
        }
    }
    return hosts;
}

QStringList knownPods(const CaseData &data)
{
    QStringList pods;
    const RoutesResult *routes = data.result<RoutesResult>(Step::Routes);
    if (routes && routes->pods) {
        for (const IngressPod &pod : *routes->pods) {
            if (!pod.name.isEmpty())
                pods << pod.name;
        }
    }
    return pods;
}

QString knownClientIp(const CaseData &data)
{
    if (const AccessLogSummary *summary = data.result<AccessLogSummary>(Step::Logs)) {
        for (const LogClientStat &client : summary->clients) {
            // "others" is the overflow bucket, not an address.
            if (!QHostAddress(client.address).isNull())
                return client.address;
        }
    }
    return {};
}

WildcardRouteChoice wildcardRouteFor(const CaseData &data)
{
    if (const RoutesResult *routes = data.result<RoutesResult>(Step::Routes)) {
        for (const ApigeeRoute &route : routes->routes) {
            if (route.isWildcard() && !route.name.isEmpty())
                return {route.name, false};
        }
    }
    const QString name = data.fix.routeName.trimmed();
    return {name.isEmpty() ? QStringLiteral("non-sni") : name, true};
}

std::optional<bool> captureHasClient(const CaptureSummary &summary, const QString &ip)
{
    const QString wanted = ip.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const CaptureClientStat &client : summary.clientsWithoutSni) {
        if (sameAddress(addressOf(client.client), wanted))
            return true;
    }
    for (const CaptureHello &hello : summary.hellos) {
        if (sameAddress(addressOf(hello.client), wanted) ||
            (!hello.proxiedClient.isEmpty() && sameAddress(addressOf(hello.proxiedClient), wanted)))
            return true;
    }
    if (summary.hellosTruncated)
        return std::nullopt;
    return false;
}

} // namespace SniDoctor
