#pragma once

#include "kubeapi.h"
#include "lab/practicelab.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// A fake Apigee hybrid cluster for the automatic diagnosis: the fake API server with
// virtual-host ApigeeRoutes, two ingress gateway Services whose load-balancer
// addresses are practice labs on loopback, and one pod per ingress.
class AutoCluster final
{
public:
    enum class Scenario
    {
        Strict,      // no wildcard route; both ingresses reset clients without SNI
        Wildcard,    // the wildcard route attached everywhere; both ingresses serve them
        Alert,       // no wildcard route; both ingresses answer unrecognized_name
        Mixed,       // the wildcard route on one virtual host only; ingress 1 resets, 2 serves
        Unreachable, // as Strict, but ingress 2's load balancer is a closed loopback port
    };

    // hostCount host names in virtualHosts virtual hosts (api-N.example.com).
    explicit AutoCluster(Scenario scenario, int hostCount = 4, int virtualHosts = 2);
    ~AutoCluster();
    // Starts both labs and the API server; false (and why in error()) when one cannot.
    bool start();
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] KubeApiFixture &api() { return *m_api; }
    [[nodiscard]] QString writeKubeconfig() { return m_api->writeKubeconfig(); }
    [[nodiscard]] const QStringList &hosts() const { return m_hosts; }
    [[nodiscard]] quint16 labPort(int ingress) const;
    // The Services' names: apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412, -int-...
    [[nodiscard]] static QString serviceName(int ingress);
    [[nodiscard]] static QString podName(int ingress);

    // The fix applied: the wildcard route attached everywhere, and both ingresses (the
    // labs, restarted on the same ports) serve clients without SNI. False when a lab
    // cannot listen again.
    bool applyFix();

private:
    [[nodiscard]] QByteArray routesJson(bool wildcard, bool attachedEverywhere) const;
    [[nodiscard]] QByteArray servicesJson(quint16 closedPort) const;
    [[nodiscard]] QByteArray podsJson() const;

    Scenario m_scenario;
    int m_virtualHosts;
    QStringList m_hosts;
    std::unique_ptr<SniDoctor::PracticeLab> m_labs[2];
    std::unique_ptr<KubeApiFixture> m_api;
    QString m_error;
};
