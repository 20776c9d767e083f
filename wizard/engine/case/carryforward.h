#pragma once

#include "capture/capturesummary.h"
#include "case/casedata.h"
#include "cluster/kubectlcommand.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace SniDoctor {

// What one step found that a later step starts from, read from the case. All pure:
// empty results mean the case does not know (the pages then keep their placeholders).

// The cluster the case's kubectl commands address: the case's cluster, with the context
// and namespace step 5 read when the case names none. See kubectlScope().
[[nodiscard]] KubectlScope caseKubectlScope(const CaseData &data, const QString &defaultKubeconfig);

// The route step 5's commands look at: the wildcard route, else the first route; empty
// when step 5 has no routes.
[[nodiscard]] QString knownRouteName(const CaseData &data);

// The host names of step 5's routes, without "*", in the routes' order, each once.
[[nodiscard]] QStringList knownHosts(const CaseData &data);

// The ingress gateway pods step 5 listed, by name; empty when it listed none.
[[nodiscard]] QStringList knownPods(const CaseData &data);

// The client step 2 found refused most often (an IP address); empty when none.
[[nodiscard]] QString knownClientIp(const CaseData &data);

// The wildcard route step 6 checks and the fix names: step 5's wildcard route, else
// the fix's route name (default "non-sni") with assumed set.
struct WildcardRouteChoice
{
    QString name;
    bool assumed = false; // not read from the routes: the fix's default was assumed
};
[[nodiscard]] WildcardRouteChoice wildcardRouteFor(const CaseData &data);

// Whether the capture holds a ClientHello of the client at ip (an IP address, without
// port; a PROXY protocol header's client counts too). nullopt when it cannot be said:
// ip is empty, or the capture kept only the first hellos and none of them is the
// client's.
[[nodiscard]] std::optional<bool> captureHasClient(const CaptureSummary &summary,
                                                   const QString &ip);

} // namespace SniDoctor
