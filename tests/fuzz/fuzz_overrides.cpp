// libFuzzer target for the overrides.yaml validator and its Fix: any bytes must end in
// diagnostics (never a crash, a hang or an out-of-bounds read), every diagnostic must
// point inside the text, and the Fix must leave text it cannot place alone.
#include "overrides/overridesvalidator.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    SniDoctor::OverridesContext context;
    context.wildcardRoute = QStringLiteral("non-sni");
    context.checkCertificates = false; // no file system in a fuzz run
    const SniDoctor::OverridesReport report =
        SniDoctor::validateOverrides(text, QStringLiteral("fuzz.yaml"), context);
    const qsizetype lines = text.count('\n') + 1;
    for (const SniDoctor::OverridesDiagnostic &diagnostic : report.diagnostics) {
        if (diagnostic.line < 0 || diagnostic.line > lines + 1 || diagnostic.column < 0)
            __builtin_trap();
        (void)SniDoctor::overridesMessage(diagnostic);
    }
    const SniDoctor::OverridesFix fix =
        SniDoctor::addAdditionalGateway(text, QStringLiteral("non-sni"));
    if (fix.fixedHosts.isEmpty() && fix.text != text)
        __builtin_trap(); // nothing fixed, yet the text changed
    return 0;
}
