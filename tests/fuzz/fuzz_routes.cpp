// libFuzzer target for the ApigeeRoute reader (kubectl get apigeeroutes -o yaml or
// -o json, single routes, lists, several documents): any bytes end in routes or a clear
// error, never a crash, a hang or an allocation that grows with aliases; the routes'
// findings are computed for whatever was read.
#include "cluster/apigeeroute.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto routes = SniDoctor::parseApigeeRoutes(text, QStringLiteral("fuzz.yaml"));
    if (!routes) {
        if (routes.error().message().isEmpty())
            __builtin_trap(); // every error says something
        return 0;
    }
    if (routes.value().isEmpty())
        __builtin_trap(); // no routes is an error, not an empty success
    (void)SniDoctor::routeFindings(routes.value());
    return 0;
}
