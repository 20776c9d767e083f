#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace SniDoctor {

// An ingress gateway Service (label app=apigee-ingressgateway), one per
// ingressGateways[] name of overrides.yaml, e.g.
// apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412: where clients reach the ingress.
struct IngressService
{
    QString name;
    QString ns;
    QString ingressName; // label ingress_name (overrides.yaml's ingressGateways[].name)
    QString type;        // LoadBalancer, NodePort, ClusterIP
    QString clusterIp;   // spec.clusterIP; empty or "None" when headless
    // status.loadBalancer.ingress[]: each .ip, else its .hostname, in the API's order.
    QStringList loadBalancerAddresses;
    quint16 httpsPort = 443; // the port named https (else 443, else the first TCP port)
    QString targetPort;      // that port's targetPort: a number or a container port name
    QMap<QString, QString> selector;

    // The address clients use: the load balancer's first, else the cluster IP; empty
    // when it has neither.
    [[nodiscard]] QString address() const;
};

// Reads a ServiceList (the API's JSON) that server answered. An Error (kube_bad_answer)
// names what was not a ServiceList.
[[nodiscard]] Result<QList<IngressService>> parseServiceList(const QByteArray &json,
                                                             const QString &server);

} // namespace SniDoctor
