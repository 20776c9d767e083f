#include "apigeeroute.h"

#include <QCoreApplication>
#include <QFile>

#include "core/yaml.h"

namespace SniDoctor {

namespace {

using Yaml::child;
using Yaml::items;
using Yaml::text;

QStringList textList(const YAML::Node &node)
{
    QStringList list;
    if (node && node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (item.IsScalar())
                list << QString::fromStdString(item.Scalar());
        }
    }
    return list;
}

ApigeeRoute readRoute(const YAML::Node &object, const QString &fileName)
{
    ApigeeRoute route;
    const YAML::Node metadata = child(object, "metadata");
    route.name = text(child(metadata, "name"));
    route.ns = text(child(metadata, "namespace"));
    route.created =
        QDateTime::fromString(text(child(metadata, "creationTimestamp")), Qt::ISODate).toUTC();
    if (child(metadata, "name"))
        route.line = child(metadata, "name").Mark().line + 1;
    route.file = fileName;
    const YAML::Node spec = child(object, "spec");
    route.hostnames = textList(child(spec, "hostnames"));
    route.additionalGateways = textList(child(spec, "additionalGateways"));
    const YAML::Node nonSni = child(spec, "enableNonSniClient");
    if (nonSni && nonSni.IsScalar()) {
        const QString value = text(nonSni).toLower();
        route.enableNonSniClient = value == QLatin1String("true");
    }
    const YAML::Node ports = child(spec, "ports");
    if (ports && ports.IsSequence()) {
        for (const YAML::Node &port : ports) {
            const QString credential = text(child(child(port, "tls"), "credentialName"));
            if (!credential.isEmpty() && !route.credentialNames.contains(credential))
                route.credentialNames << credential;
        }
    }
    const YAML::Node selector = child(spec, "selector");
    if (selector && selector.IsMap()) {
        for (auto it = selector.begin(); it != selector.end(); ++it)
            route.selector.insert(QString::fromStdString(it->first.Scalar()), text(it->second));
    }
    const YAML::Node status = child(object, "status");
    route.state = text(child(status, "state"));
    // Errors appear as status entries with a message; take the first one found.
    for (const char *key : {"message", "errorMessage"}) {
        if (route.statusMessage.isEmpty())
            route.statusMessage = text(child(status, key));
    }
    const YAML::Node errors = child(status, "errors");
    if (route.statusMessage.isEmpty() && errors && errors.IsSequence() && errors.size() > 0)
        route.statusMessage = text(child(errors[0], "message"));
    return route;
}

Error syntaxError(const QString &fileName, const YAML::Exception &error)
{
    return Error(ClusterError::RoutesSyntax, {{"file", fileName},
                                              {"line", QString::number(error.mark.line + 1)},
                                              {"column", QString::number(error.mark.column + 1)},
                                              {"reason", QString::fromStdString(error.msg)}});
}

// The routes of a document: an ApigeeRoute, or a List of them (kubectl get -o yaml),
// lists inside lists too. A route repeated by an alias is read once.
void collect(const YAML::Node &node, const QString &fileName, QList<ApigeeRoute> &routes,
             Yaml::WalkBudget &budget, int depth)
{
    if (!node || !node.IsMap() || !budget.enter(node, depth))
        return;
    const QString kind = text(child(node, "kind"));
    if (kind == QLatin1String("ApigeeRoute")) {
        routes << readRoute(node, fileName);
    } else if (const YAML::Node list = child(node, "items"); kind.endsWith(QLatin1String("List")) &&
                                                             list.IsSequence() &&
                                                             budget.enter(list, depth + 1)) {
        for (const YAML::Node &item : list)
            collect(item, fileName, routes, budget, depth + 2);
    }
}

} // namespace

Result<QList<ApigeeRoute>> readApigeeRoutes(const QString &path)
{
    constexpr qint64 kMaxMiB = 64;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ClusterError::RoutesUnreadable,
                     {{"file", path}, {"reason", file.errorString()}});
    if (file.size() > kMaxMiB * 1024 * 1024)
        return Error(ClusterError::RoutesTooLarge,
                     {{"file", path}, {"limit", QString::number(kMaxMiB)}});
    return parseApigeeRoutes(file.read(kMaxMiB * 1024 * 1024 + 1), path);
}

Result<QList<ApigeeRoute>> parseApigeeRoutes(const QByteArray &data, const QString &fileName)
{
    std::vector<YAML::Node> documents;
    try {
        documents = Yaml::loadAllDocuments(data.toStdString());
    } catch (const Yaml::TooComplex &) {
        return Error(ClusterError::RoutesTooComplex,
                     {{"file", fileName}, {"limit", QString::number(Yaml::kMaxExpanded)}});
    } catch (const YAML::Exception &error) {
        return syntaxError(fileName, error);
    }
    return parseApigeeRoutes(documents, fileName);
}

Result<QList<ApigeeRoute>> parseApigeeRoutes(const std::vector<YAML::Node> &documents,
                                             const QString &fileName)
{
    QList<ApigeeRoute> routes;
    Yaml::WalkBudget budget;
    try {
        for (const YAML::Node &document : documents)
            collect(document, fileName, routes, budget, 0);
    } catch (const YAML::Exception &error) {
        return syntaxError(fileName, error);
    }
    if (budget.exceeded())
        return Error(ClusterError::RoutesTooComplex,
                     {{"file", fileName}, {"limit", QString::number(Yaml::WalkBudget::kNodes)}});
    if (routes.isEmpty())
        return Error(ClusterError::RoutesNone, {{"file", fileName}});
    return routes;
}

QList<Finding> routeFindings(const QList<ApigeeRoute> &routes)
{
    QList<Finding> findings;
    QList<const ApigeeRoute *> wildcards;
    for (const ApigeeRoute &route : routes) {
        if (route.isWildcard())
            wildcards << &route;
    }
    if (wildcards.isEmpty()) {
        QStringList names;
        for (const ApigeeRoute &route : routes)
            names << route.name;
        findings << Finding{QStringLiteral("no_wildcard_route"),
                            Severity::Error,
                            {{"count", QString::number(routes.size())},
                             {"routes", names.join(QStringLiteral(", "))}}};
        return findings;
    }
    QStringList wildcardNames;
    for (const ApigeeRoute *route : wildcards)
        wildcardNames << route->name;
    if (wildcards.size() > 1) {
        findings << Finding{QStringLiteral("multiple_wildcard_routes"),
                            Severity::Error,
                            {{"routes", wildcardNames.join(QStringLiteral(", "))}}};
    }
    bool healthy = wildcards.size() == 1;
    for (const ApigeeRoute *route : wildcards) {
        if (route->enableNonSniClient != true) {
            healthy = false;
            findings << Finding{
                QStringLiteral("wildcard_route_non_sni_disabled"),
                Severity::Error,
                {{"route", route->name},
                 {"value", route->enableNonSniClient.has_value() ? QStringLiteral("false")
                                                                 : QStringLiteral("unset")}}};
        }
        if (!route->state.isEmpty() && route->state != QLatin1String("running")) {
            healthy = false;
            findings << Finding{QStringLiteral("wildcard_route_not_running"),
                                Severity::Warning,
                                {{"route", route->name},
                                 {"state", route->state},
                                 {"message", route->statusMessage}}};
        }
    }
    QStringList notAttached;
    for (const ApigeeRoute &route : routes) {
        if (route.isWildcard())
            continue;
        bool attached = false;
        for (const QString &name : wildcardNames)
            attached = attached || route.additionalGateways.contains(name);
        if (!attached)
            notAttached << route.name;
    }
    if (!notAttached.isEmpty()) {
        healthy = false;
        findings << Finding{QStringLiteral("wildcard_route_not_attached"),
                            Severity::Error,
                            {{"route", wildcardNames.first()},
                             {"routes", notAttached.join(QStringLiteral(", "))},
                             {"count", QString::number(notAttached.size())}}};
    }
    if (healthy)
        findings << Finding{
            QStringLiteral("non_sni_enabled"), Severity::Info, {{"route", wildcardNames.first()}}};
    return findings;
}

} // namespace SniDoctor
