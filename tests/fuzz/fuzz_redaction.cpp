// libFuzzer target for the support bundle's redaction: any text ends redacted, never
// a crash or a hang; every redaction it records names a line of the text; the
// redacted text goes through again (markers inside markers).
#include "bundle/bundle.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<SniDoctor::Redaction> redactions;
    const QByteArray redacted =
        SniDoctor::redactSecrets(text, QStringLiteral("fuzz.yaml"), redactions);
    const qsizetype lines = text.count('\n') + 1;
    for (const SniDoctor::Redaction &redaction : redactions) {
        if (redaction.line < 0 || redaction.line > lines + 1)
            __builtin_trap();
    }
    QList<SniDoctor::Redaction> again;
    (void)SniDoctor::redactSecrets(redacted, QStringLiteral("fuzz.yaml"), again);
    return 0;
}
