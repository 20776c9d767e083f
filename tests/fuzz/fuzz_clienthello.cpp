// libFuzzer target for the ClientHello parser and JA4: any bytes, never a crash or a
// read out of bounds; a hello that parses keeps its JA4's shape.
#include "capture/clienthello.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SniDoctor::ClientHelloInfo info;
    const auto result = SniDoctor::parseClientHello(
        std::string_view(reinterpret_cast<const char *>(data), size), info);
    if (result == SniDoctor::HelloParse::Ok &&
        (info.ja4.size() != 36 || info.ja4[0] != QLatin1Char('t')))
        __builtin_trap();
    return 0;
}
