#include "autocluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace SniDoctor;

AutoCluster::AutoCluster(Scenario scenario, int hostCount, int virtualHosts)
    : m_scenario(scenario)
    , m_virtualHosts(std::max(1, virtualHosts))
{
    for (int i = 1; i <= hostCount; ++i)
        m_hosts << QStringLiteral("api-%1.example.com").arg(i);
}

AutoCluster::~AutoCluster() = default;

QString AutoCluster::serviceName(int ingress)
{
    return ingress == 0 ? QStringLiteral("apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412")
                        : QStringLiteral("apigee-ingressgateway-int-ingress-myorg-hyb-8f2c412");
}

QString AutoCluster::podName(int ingress)
{
    return serviceName(ingress) +
           (ingress == 0 ? QStringLiteral("-dvrcp") : QStringLiteral("-wg26k"));
}

quint16 AutoCluster::labPort(int ingress) const
{
    return m_labs[ingress] ? m_labs[ingress]->port() : 0;
}

bool AutoCluster::start()
{
    for (int i = 0; i < 2; ++i) {
        LabOptions options;
        options.hostNames = m_hosts;
        switch (m_scenario) {
        case Scenario::Strict:
        case Scenario::Unreachable:
            options.mode = LabMode::Strict;
            break;
        case Scenario::Wildcard:
            options.mode = LabMode::Wildcard;
            break;
        case Scenario::Alert:
            options.mode = LabMode::Alert;
            break;
        case Scenario::Mixed:
            options.mode = i == 0 ? LabMode::Strict : LabMode::Wildcard;
            break;
        }
        m_labs[i] = std::make_unique<PracticeLab>();
        const Result<quint16> port = m_labs[i]->start(options);
        if (!port) {
            m_error = port.error().message();
            return false;
        }
    }
    // A port nothing listens on: bound, then closed again.
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0))
            closedPort = probe.serverPort();
    }
    const bool wildcard = m_scenario == Scenario::Wildcard || m_scenario == Scenario::Mixed;
    const bool everywhere = m_scenario == Scenario::Wildcard;
    m_api = std::make_unique<KubeApiFixture>(KubeApiFixture::Mode::Ok,
                                             routesJson(wildcard, everywhere));
    m_api->servicesJson = servicesJson(closedPort);
    m_api->podsJson = podsJson();
    if (!m_api->start()) {
        m_error = QStringLiteral("the fake API server cannot listen");
        return false;
    }
    return true;
}

bool AutoCluster::applyFix()
{
    m_api->setRoutes(routesJson(true, true));
    for (auto &lab : m_labs) {
        const quint16 port = lab->port();
        lab->stop();
        lab = std::make_unique<PracticeLab>();
        LabOptions options;
        options.mode = LabMode::Wildcard;
        options.hostNames = m_hosts;
        options.port = port;
        if (!lab->start(options)) {
            m_error = QStringLiteral("a lab cannot listen on port %1 again").arg(port);
            return false;
        }
    }
    return true;
}

QByteArray AutoCluster::routesJson(bool wildcard, bool attachedEverywhere) const
{
    QJsonArray items;
    const auto route = [](const QString &name, const QStringList &hosts,
                          const QStringList &gateways, bool nonSni) {
        QJsonObject spec{
            {"hostnames", QJsonArray::fromStringList(hosts)},
            {"ports", QJsonArray{QJsonObject{
                          {"number", 443},
                          {"protocol", "HTTPS"},
                          {"tls", QJsonObject{{"credentialName", "myorg-hyb-dev-grp-ssl-secret"},
                                              {"mode", "SIMPLE"}}}}}},
            {"selector", QJsonObject{{"app", "apigee-ingressgateway"}}}};
        if (!gateways.isEmpty())
            spec.insert("additionalGateways", QJsonArray::fromStringList(gateways));
        if (nonSni)
            spec.insert("enableNonSniClient", true);
        return QJsonObject{{"apiVersion", "apigee.cloud.google.com/v1alpha1"},
                           {"kind", "ApigeeRoute"},
                           {"metadata", QJsonObject{{"name", name},
                                                    {"namespace", "apigee"},
                                                    {"creationTimestamp", "2025-05-18T10:00:00Z"}}},
                           {"spec", spec},
                           {"status", QJsonObject{{"state", "running"}}}};
    };
    const qsizetype perHost = (m_hosts.size() + m_virtualHosts - 1) / m_virtualHosts;
    for (int v = 0; v < m_virtualHosts; ++v) {
        const QStringList hosts = m_hosts.mid(v * perHost, perHost);
        if (hosts.isEmpty())
            continue;
        const bool attached = wildcard && (attachedEverywhere || v == 0);
        items.append(route(QStringLiteral("myorg-hyb-grp-%1-33620d0").arg(v), hosts,
                           attached ? QStringList{"non-sni"} : QStringList{}, false));
    }
    if (wildcard)
        items.append(route("non-sni", {"*"}, {}, true));
    return QJsonDocument(QJsonObject{{"apiVersion", "apigee.cloud.google.com/v1alpha1"},
                                     {"kind", "ApigeeRouteList"},
                                     {"metadata", QJsonObject{{"resourceVersion", "1210470"}}},
                                     {"items", items}})
        .toJson(QJsonDocument::Compact);
}

QByteArray AutoCluster::servicesJson(quint16 closedPort) const
{
    QJsonArray items;
    for (int i = 0; i < 2; ++i) {
        const quint16 port =
            m_scenario == Scenario::Unreachable && i == 1 ? closedPort : m_labs[i]->port();
        items.append(QJsonObject{
            {"metadata",
             QJsonObject{{"name", serviceName(i)},
                         {"namespace", "apigee"},
                         {"labels",
                          QJsonObject{{"app", "apigee-ingressgateway"},
                                      {"ingress_name", i == 0 ? "ext-ingress" : "int-ingress"}}}}},
            {"spec", QJsonObject{{"type", "LoadBalancer"},
                                 {"clusterIP", QStringLiteral("10.96.0.%1").arg(20 + i)},
                                 {"selector", QJsonObject{{"app", "apigee-ingressgateway"}}},
                                 {"ports", QJsonArray{QJsonObject{{"name", "status-port"},
                                                                  {"port", 15021},
                                                                  {"protocol", "TCP"},
                                                                  {"targetPort", 15021}},
                                                      QJsonObject{{"name", "https"},
                                                                  {"port", port},
                                                                  {"protocol", "TCP"},
                                                                  {"targetPort", 8443}}}}}},
            {"status",
             QJsonObject{{"loadBalancer", QJsonObject{{"ingress", QJsonArray{QJsonObject{
                                                                      {"ip", "127.0.0.1"}}}}}}}}});
    }
    return QJsonDocument(QJsonObject{{"apiVersion", "v1"},
                                     {"kind", "ServiceList"},
                                     {"metadata", QJsonObject{{"resourceVersion", "1210470"}}},
                                     {"items", items}})
        .toJson(QJsonDocument::Compact);
}

QByteArray AutoCluster::podsJson() const
{
    QJsonArray items;
    for (int i = 0; i < 2; ++i) {
        items.append(QJsonObject{
            {"metadata", QJsonObject{{"name", podName(i)},
                                     {"namespace", "apigee"},
                                     {"creationTimestamp", "2025-05-17T06:00:00Z"},
                                     {"labels", QJsonObject{{"app", "apigee-ingressgateway"}}}}},
            {"spec", QJsonObject{{"containers", QJsonArray{QJsonObject{{"name", "istio-proxy"}}}}}},
            {"status", QJsonObject{{"phase", "Running"},
                                   {"containerStatuses",
                                    QJsonArray{QJsonObject{
                                        {"name", "istio-proxy"},
                                        {"ready", true},
                                        {"restartCount", 0},
                                        {"state", QJsonObject{{"running", QJsonObject{}}}}}}}}}});
    }
    return QJsonDocument(QJsonObject{{"apiVersion", "v1"},
                                     {"kind", "PodList"},
                                     {"metadata", QJsonObject{{"resourceVersion", "1210470"}}},
                                     {"items", items}})
        .toJson(QJsonDocument::Compact);
}
