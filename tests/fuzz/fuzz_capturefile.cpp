// libFuzzer target for the whole capture reader: our pcap and pcapng parsing
// (capture/capturefile, read as a stream), link, IP and TCP decoding, reassembly and
// reaction tracking, over any bytes.
#include "capture/captureanalyzer.h"

#include <cstdint>
#include <cstdio>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    std::vector<uint8_t> copy(data, data + size);
    FILE *file = fmemopen(copy.data(), copy.size(), "rb");
    if (!file)
        return 0;
    SniDoctor::CancelFlag control;
    SniDoctor::CaptureLimits limits;
    limits.maxOpenConnections = 8;
    limits.maxHellos = 8;
    limits.maxBufferedBytes = 4096;
    const auto result =
        SniDoctor::analyzeCaptureStream(file, QStringLiteral("fuzz"), control, limits);
    if (result && result.value().withoutSni > result.value().clientHellos)
        __builtin_trap();
    return 0; // the reader closed the stream
}
