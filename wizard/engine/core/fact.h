#pragma once

#include "core/finding.h"
#include "core/place.h"

#include <QDateTime>

namespace SniDoctor {

// What one piece of a step's evidence says about the runbook's questions: each step
// turns its findings into facts, and the diagnosis weighs the facts of every step run
// without knowing how each step found them.
enum class FactKind
{
    NonSniRefused,     // a client without SNI was reset or refused
    NonSniServed,      // a client without SNI got a certificate
    UnknownSniRefused, // clients sent a server name that no route serves
    EndpointProblem,   // the endpoint itself fails: with SNI too, or not reached
    // What the ApigeeRoutes say
    NoWildcardRoute,
    WildcardNonSniDisabled,
    WildcardNotAttached,
    OtherRouteProblem, // e.g. two wildcard routes
    RoutesServeNonSni, // one wildcard route, enabled, running, attached everywhere
    // What overrides.yaml says
    OverridesNotAttached, // a virtual host without the wildcard route in additionalGateways
};

struct Fact
{
    FactKind kind = FactKind::EndpointProblem;
    Finding finding; // the step's own finding, said by the step's text functions
    Place where;
    QDateTime time; // invalid when unknown
};

} // namespace SniDoctor
