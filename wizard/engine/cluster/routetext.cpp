#include "routetext.h"

namespace SniDoctor {

QString RouteText::title(const Finding &finding)
{
    const QString &id = finding.id;
    if (id == QLatin1String("no_wildcard_route"))
        return tr("No wildcard route");
    if (id == QLatin1String("multiple_wildcard_routes"))
        return tr("More than one wildcard route");
    if (id == QLatin1String("wildcard_route_non_sni_disabled"))
        return tr("The wildcard route does not enable non-SNI clients");
    if (id == QLatin1String("wildcard_route_not_attached"))
        return tr("The wildcard route is not attached to every virtual host");
    if (id == QLatin1String("wildcard_route_not_running"))
        return tr("The wildcard route is not running");
    if (id == QLatin1String("non_sni_enabled"))
        return tr("Non-SNI clients are enabled by the routes");
    if (id == QLatin1String("ingress_pods_not_ready"))
        return tr("Ingress gateway pods are not ready");
    return {};
}

QString RouteText::detail(const Finding &finding)
{
    const QString &id = finding.id;
    const Args &a = finding.args;
    if (id == QLatin1String("no_wildcard_route"))
        return tr("None of the %1 ApigeeRoutes (%2) has hostnames [\"*\"]: clients that send no "
                  "SNI find no "
                  "filter chain and are reset. Create a wildcard route with enableNonSniClient: "
                  "true.")
            .arg(a.value("count"), a.value("routes"));
    if (id == QLatin1String("multiple_wildcard_routes"))
        return tr("These routes all have hostnames [\"*\"]: %1. Apigee's documentation allows one; "
                  "delete "
                  "all but one.")
            .arg(a.value("routes"));
    if (id == QLatin1String("wildcard_route_non_sni_disabled"))
        return tr("The route %1 has hostnames [\"*\"] but enableNonSniClient is %2: set it to true "
                  "and apply "
                  "the route again.")
            .arg(a.value("route"), a.value("value") == QLatin1String("unset")
                                       ? tr("not set")
                                       : QStringLiteral("false"));
    if (id == QLatin1String("wildcard_route_not_attached"))
        return tr("These virtual-host routes do not list %1 in additionalGateways: %2. Add it to "
                  "additionalGateways of each virtual host in overrides.yaml and apply the virtual "
                  "hosts.")
            .arg(a.value("route"), a.value("routes"));
    if (id == QLatin1String("wildcard_route_not_running"))
        return tr("The route %1 is in state %2, not running. %3")
            .arg(a.value("route"), a.value("state"), a.value("message"))
            .trimmed();
    if (id == QLatin1String("non_sni_enabled"))
        return tr("The wildcard route %1 has enableNonSniClient: true, is running, and every "
                  "virtual host lists "
                  "it in additionalGateways.")
            .arg(a.value("route"));
    if (id == QLatin1String("ingress_pods_not_ready")) {
        if (a.value("count") == QLatin1String("0"))
            return tr("No pod with the label app=apigee-ingressgateway in this namespace: check "
                      "the namespace.");
        return tr("Of %1 ingress gateway pods, these are not running with every container ready: "
                  "%2.")
            .arg(a.value("count"), a.value("pods"));
    }
    return {};
}

QString RouteText::verdict(const QList<Finding> &findings)
{
    const Finding *lead = leadingFinding(findings);
    return lead ? title(*lead) + QLatin1Char('.') : tr("No routes to analyze.");
}

QString RouteText::nextStep(const QList<Finding> &findings)
{
    const Finding *lead = leadingFinding(findings);
    if (!lead)
        return {};
    if (lead->id == QLatin1String("non_sni_enabled"))
        return tr("The routes are right. If clients are still reset, probe the endpoint without "
                  "SNI (step 4): "
                  "they may reach another ingress.");
    return tr("Fix the routes as described, check overrides.yaml (step 6), then probe again "
              "without SNI (step 4).");
}

} // namespace SniDoctor
