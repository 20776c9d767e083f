// libFuzzer target for what the Kubernetes API answers: the pod list of the ingress
// gateways (JSON) and the ApigeeRoute list (JSON through the routes reader). Any bytes
// end in a list or a clear error; never a crash or a hang.
#include "cluster/apigeeroute.h"
#include "cluster/ingresspods.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto pods = SniDoctor::parsePodList(body);
    if (!pods && pods.error().message().isEmpty())
        __builtin_trap();
    const auto routes = SniDoctor::parseApigeeRoutes(body, QStringLiteral("https://cluster"));
    if (!routes && routes.error().message().isEmpty())
        __builtin_trap();
    return 0;
}
