#include "routesjson.h"

#include "cluster/routetext.h"
#include "core/jsonread.h"

namespace SniDoctor {

QJsonObject routesToJson(const QList<ApigeeRoute> &routes, const QList<Finding> &findings,
                         const QString &source, const QString &context, const QString &ns)
{
    QJsonArray list;
    for (const ApigeeRoute &route : routes) {
        QJsonObject selector;
        for (auto it = route.selector.cbegin(); it != route.selector.cend(); ++it)
            selector.insert(it.key(), it.value());
        list.append(QJsonObject{
            {QStringLiteral("name"), route.name},
            {QStringLiteral("namespace"), route.ns},
            {QStringLiteral("state"),
             route.state.isEmpty() ? QJsonValue() : QJsonValue(route.state)},
            {QStringLiteral("hostnames"), QJsonArray::fromStringList(route.hostnames)},
            {QStringLiteral("wildcard"), route.isWildcard()},
            {QStringLiteral("enable_non_sni_client"),
             route.enableNonSniClient ? QJsonValue(*route.enableNonSniClient) : QJsonValue()},
            {QStringLiteral("additional_gateways"),
             QJsonArray::fromStringList(route.additionalGateways)},
            {QStringLiteral("credential_names"), QJsonArray::fromStringList(route.credentialNames)},
            {QStringLiteral("selector"), selector},
            {QStringLiteral("file"), route.file.isEmpty() ? QJsonValue() : QJsonValue(route.file)},
            {QStringLiteral("line"), route.line > 0 ? QJsonValue(route.line) : QJsonValue()},
            {QStringLiteral("status_message"),
             route.statusMessage.isEmpty() ? QJsonValue() : QJsonValue(route.statusMessage)},
            {QStringLiteral("created"), route.created.isValid()
                                            ? QJsonValue(route.created.toString(Qt::ISODate))
                                            : QJsonValue()},
            {QStringLiteral("events"),
             [&route] {
                 QJsonArray events;
                 for (const KubeEvent &event : route.events) {
                     events.append(QJsonObject{{QStringLiteral("type"), event.type},
                                               {QStringLiteral("reason"), event.reason},
                                               {QStringLiteral("message"), event.message},
                                               {QStringLiteral("count"), event.count},
                                               {QStringLiteral("last_seen"), event.lastSeen}});
                 }
                 return events;
             }()},
        });
    }
    QJsonArray findingList;
    for (const Finding &finding : findings) {
        findingList.append(
            findingToJson(finding, RouteText::title(finding), RouteText::detail(finding)));
    }
    return QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("context"), context.isEmpty() ? QJsonValue() : QJsonValue(context)},
        {QStringLiteral("namespace"), ns.isEmpty() ? QJsonValue() : QJsonValue(ns)},
        {QStringLiteral("routes"), list},
        {QStringLiteral("findings"), findingList},
        {QStringLiteral("verdict"), RouteText::verdict(findings)}};
}

std::optional<QList<ApigeeRoute>> routesFromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("routes")).isArray() || !json.contains(QLatin1String("source")))
        return std::nullopt;
    QList<ApigeeRoute> routes;
    for (const QJsonValue &item : json.value(QLatin1String("routes")).toArray()) {
        const QJsonObject object = item.toObject();
        ApigeeRoute route;
        route.name = Json::text(object, "name");
        route.ns = Json::text(object, "namespace");
        route.state = Json::text(object, "state");
        route.statusMessage = Json::text(object, "status_message");
        route.hostnames = Json::strings(object.value(QLatin1String("hostnames")));
        const QJsonValue nonSni = object.value(QLatin1String("enable_non_sni_client"));
        if (nonSni.isBool())
            route.enableNonSniClient = nonSni.toBool();
        route.additionalGateways =
            Json::strings(object.value(QLatin1String("additional_gateways")));
        route.credentialNames = Json::strings(object.value(QLatin1String("credential_names")));
        const QJsonObject selector = object.value(QLatin1String("selector")).toObject();
        for (auto it = selector.begin(); it != selector.end(); ++it)
            route.selector.insert(it.key(), it.value().toString());
        route.file = Json::text(object, "file");
        route.line = int(Json::number(object, "line"));
        for (const QJsonValue &event : object.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = event.toObject();
            route.events.append(
                KubeEvent{Json::text(e, "type"), Json::text(e, "reason"), Json::text(e, "message"),
                          int(Json::number(e, "count", 1)), Json::text(e, "last_seen")});
        }
        route.created = Json::date(object.value(QLatin1String("created")));
        if (route.name.isEmpty())
            return std::nullopt;
        routes.append(route);
    }
    return routes;
}

bool isRoutesJson(const QJsonObject &json)
{
    return json.value(QLatin1String("routes")).isArray() && json.contains(QLatin1String("source"));
}

QJsonArray podsToJson(const QList<IngressPod> &pods)
{
    QJsonArray array;
    for (const IngressPod &pod : pods) {
        array.append(
            QJsonObject{{QStringLiteral("name"), pod.name},
                        {QStringLiteral("ready"), pod.ready},
                        {QStringLiteral("status"), pod.status},
                        {QStringLiteral("restarts"), pod.restarts},
                        {QStringLiteral("created"), pod.created.toString(Qt::ISODate)},
                        {QStringLiteral("containers"), QJsonArray::fromStringList(pod.containers)},
                        {QStringLiteral("healthy"), pod.healthy}});
    }
    return array;
}

QList<IngressPod> podsFromJson(const QJsonArray &json)
{
    QList<IngressPod> pods;
    for (const QJsonValue &item : json) {
        const QJsonObject object = item.toObject();
        IngressPod pod;
        pod.name = Json::text(object, "name");
        pod.ready = Json::text(object, "ready");
        pod.status = Json::text(object, "status");
        pod.restarts = int(Json::number(object, "restarts"));
        pod.created = Json::date(object.value(QLatin1String("created")));
        pod.containers = Json::strings(object.value(QLatin1String("containers")));
        pod.healthy = object.value(QLatin1String("healthy")).toBool();
        pods.append(pod);
    }
    return pods;
}

} // namespace SniDoctor
