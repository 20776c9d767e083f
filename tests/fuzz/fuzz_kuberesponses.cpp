// libFuzzer target for what the Kubernetes API answers: the HTTP/1.1 response itself
// (status line, headers, Content-Length or chunked body, fed in pieces, with small
// caps), the pod list of the ingress gateways (JSON) and the ApigeeRoute list (JSON
// through the routes reader). Any bytes end in a list or a clear error; never a crash,
// a hang, or more memory than the caps.
#include "cluster/apigeeroute.h"
#include "cluster/ingresspods.h"
#include "cluster/kubehttp.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    // The transport's parser, fed in pieces whose sizes come from the input.
    SniDoctor::HttpResponseParser parser(4096);
    qint64 bodyBytes = 0;
    qsizetype at = 0;
    size_t step = 1;
    while (at < body.size() && parser.state() != SniDoctor::HttpResponseParser::State::Done &&
           parser.state() != SniDoctor::HttpResponseParser::State::Failed) {
        const qsizetype piece =
            qMin<qsizetype>(qsizetype(1 + (data[step % size] % 64)), body.size() - at);
        parser.feed(QByteArrayView(body.constData() + at, piece),
                    [&bodyBytes](QByteArrayView chunk) { bodyBytes += chunk.size(); });
        at += piece;
        ++step;
    }
    if (parser.state() != SniDoctor::HttpResponseParser::State::Done)
        parser.closed();
    if (parser.state() == SniDoctor::HttpResponseParser::State::Failed && parser.error().isEmpty())
        __builtin_trap();
    if (bodyBytes > qint64(size))
        __builtin_trap(); // never more body than bytes read
    const auto pods = SniDoctor::parsePodList(body);
    if (!pods && pods.error().message().isEmpty())
        __builtin_trap();
    const auto routes = SniDoctor::parseApigeeRoutes(body, QStringLiteral("https://cluster"));
    if (!routes && routes.error().message().isEmpty())
        __builtin_trap();
    return 0;
}
