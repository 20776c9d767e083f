#pragma once

#include "case/casedata.h"
#include "cluster/apigeeroute.h"
#include "cluster/kubectlcommand.h"
#include "diagnosis/diagnosis.h"
#include "overrides/overridesvalidator.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SniDoctor {

struct RemediationOptions
{
    QString routeName = QStringLiteral("non-sni");
    QString ns = QStringLiteral("apigee");
    bool helm = true; // Helm (hybrid 1.12+); false: apigeectl (hybrid 1.11 and earlier)
    QString overridesFile = QStringLiteral("overrides.yaml");
    QString probeHost; // for the verify command; empty: HOST
    QString probeConnect;
    QString probeCaFile; // the CA file the probe verified against; empty: the system's
    // The cluster the kubectl commands address (--kubeconfig, --context); its ns is
    // replaced by ns above.
    KubectlScope kubectl;
};

// What the wizard proposes, checked by the project's own validators before it is
// shown: the wildcard ApigeeRoute, the overrides.yaml change, the commands to apply
// them (a server-side dry run first), and the probe that verifies them.
struct Remediation
{
    QString routeName;
    bool routeNeeded = true; // false: a wildcard route with enableNonSniClient: true exists already
    QByteArray routeYaml;
    bool credentialKnown = false; // false: credentialName is a marked placeholder to replace
    QString credentialSource;     // the route the credential name was taken from
    QStringList routeProblems;    // what the route validator still says (empty when valid)
    QByteArray overridesBefore;
    QByteArray overridesAfter;     // empty when no overrides were given or nothing changes
    QString overridesDiff;         // unified diff of the two
    QStringList overridesProblems; // errors the validator still finds in overridesAfter
    QStringList skippedHosts;      // virtual hosts the change could not edit: by hand
    QStringList commands;
};

// The wildcard route: an existing wildcard route is kept under its own name with
// enableNonSniClient set to true; otherwise a new one named options.routeName, with
// credentialName from a virtual-host route (else a placeholder) and the selector of
// the virtual hosts (ingress_name included when they use one).
[[nodiscard]] Remediation makeRemediation(const std::optional<QList<ApigeeRoute>> &routes,
                                          const QByteArray &overridesText,
                                          const std::optional<OverridesReport> &overrides,
                                          const RemediationOptions &options);

// The fix the case needs, made with the case's fix options (route name, Helm or
// apigeectl), the routes' namespace and the endpoint to verify; nullopt when the
// verdict needs none. What step 7, the bundle and the command line all show.
[[nodiscard]] std::optional<Remediation> remediationFor(const CaseData &data,
                                                        const Diagnosis &diagnosis);
[[nodiscard]] std::optional<Remediation> remediationFor(const CaseData &data);
// The options remediationFor makes the fix with.
[[nodiscard]] RemediationOptions remediationOptions(const CaseData &data);

// A unified diff (diff -u) of two texts, 3 lines of context; empty when they are equal.
[[nodiscard]] QString unifiedDiff(const QByteArray &before, const QByteArray &after,
                                  const QString &nameBefore, const QString &nameAfter);

// {apigee_route_yaml, overrides_diff, commands, credential_known, problems}
[[nodiscard]] QJsonObject remediationToJson(const Remediation &remediation);

} // namespace SniDoctor
