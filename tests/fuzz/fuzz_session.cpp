// libFuzzer target for the session reader, and through it every step's results-JSON
// reader (probe, logs, capture, routes, overrides): any bytes end in a case or a clear
// error; a case read is written and read again to the same JSON.
#include "session/sessionfile.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto session = SniDoctor::sessionFromJson(text, QStringLiteral("fuzz.json"));
    if (!session) {
        if (session.error().message().isEmpty())
            __builtin_trap();
        return 0;
    }
    const QByteArray written = SniDoctor::sessionToJson(session.value());
    const auto again = SniDoctor::sessionFromJson(written, QStringLiteral("again.json"));
    if (!again)
        __builtin_trap(); // what the tool writes, it reads
    return 0;
}
