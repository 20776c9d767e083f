#include "cluster/ingressservice.h"

#include "cluster/clustererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SniDoctor {

QString IngressService::address() const
{
    if (!loadBalancerAddresses.isEmpty())
        return loadBalancerAddresses.first();
    if (clusterIp == QLatin1String("None"))
        return {};
    return clusterIp;
}

Result<QList<IngressService>> parseServiceList(const QByteArray &json, const QString &server)
{
    QJsonParseError error;
    const QJsonObject list = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError ||
        list.value(QStringLiteral("kind")).toString() != QLatin1String("ServiceList")) {
        return Error(ClusterError::BadAnswer,
                     {{"server", server},
                      {"reason", error.error != QJsonParseError::NoError
                                     ? error.errorString()
                                     : list.value(QStringLiteral("kind")).toString()}});
    }
    QList<IngressService> services;
    for (const QJsonValue &item : list.value(QStringLiteral("items")).toArray()) {
        const QJsonObject metadata = item[QStringLiteral("metadata")].toObject();
        const QJsonObject spec = item[QStringLiteral("spec")].toObject();
        IngressService service;
        service.name = metadata[QStringLiteral("name")].toString();
        service.ns = metadata[QStringLiteral("namespace")].toString();
        service.ingressName =
            metadata[QStringLiteral("labels")][QStringLiteral("ingress_name")].toString();
        service.type = spec[QStringLiteral("type")].toString();
        service.clusterIp = spec[QStringLiteral("clusterIP")].toString();
        const QJsonObject selector = spec[QStringLiteral("selector")].toObject();
        for (auto it = selector.begin(); it != selector.end(); ++it)
            service.selector.insert(it.key(), it.value().toString());
        for (const QJsonValue &entry : item[QStringLiteral("status")][QStringLiteral(
                 "loadBalancer")][QStringLiteral("ingress")]
                                           .toArray()) {
            const QString ip = entry[QStringLiteral("ip")].toString();
            const QString hostname = entry[QStringLiteral("hostname")].toString();
            if (!ip.isEmpty())
                service.loadBalancerAddresses << ip;
            else if (!hostname.isEmpty())
                service.loadBalancerAddresses << hostname;
        }
        // The HTTPS port: named https, else 443, else the first TCP port.
        const QJsonArray ports = spec[QStringLiteral("ports")].toArray();
        QJsonObject chosen;
        for (const QJsonValue &port : ports) {
            if (port[QStringLiteral("protocol")].toString(QStringLiteral("TCP")) !=
                QLatin1String("TCP"))
                continue;
            if (port[QStringLiteral("name")].toString() == QLatin1String("https")) {
                chosen = port.toObject();
                break;
            }
            if (port[QStringLiteral("port")].toInt() == 443 ||
                (chosen.isEmpty() && port[QStringLiteral("name")].toString().isEmpty()))
                chosen = port.toObject();
            else if (chosen.isEmpty())
                chosen = port.toObject();
        }
        const int port = chosen[QStringLiteral("port")].toInt(443);
        service.httpsPort = quint16(port > 0 && port < 65536 ? port : 443);
        const QJsonValue target = chosen[QStringLiteral("targetPort")];
        service.targetPort = target.isDouble()
                                 ? QString::number(target.toInt())
                                 : target.toString(QString::number(service.httpsPort));
        services << service;
    }
    return services;
}

} // namespace SniDoctor
