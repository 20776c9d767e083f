// libFuzzer target for the remediation's unified diff: the input is two texts split at
// the first NUL byte. Any pair ends in a diff bounded by the texts (Myers' O(ND) with
// a cap on D), empty exactly when they are equal, and every line of it is a header, a
// hunk, a context, removed or added line, or the no-newline marker.
#include "diagnosis/remediation.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray before = split < 0 ? input : input.left(split);
    const QByteArray after = split < 0 ? QByteArray() : input.mid(split + 1);
    const QString diff =
        SniDoctor::unifiedDiff(before, after, QStringLiteral("a/o"), QStringLiteral("b/o"));
    if (diff.isEmpty() != (before == after))
        __builtin_trap();
    // Each line of either text appears at most once (hunks do not overlap), with at
    // most a hunk header and a no-newline marker per change.
    if (diff.count(QLatin1Char('\n')) > 4 + 2 * (before.count('\n') + after.count('\n') + 2))
        __builtin_trap();
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if (line.isEmpty())
            continue;
        const QChar first = line.front();
        if (first != QLatin1Char(' ') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
            first != QLatin1Char('@') && first != QLatin1Char('\\'))
            __builtin_trap();
    }
    return 0;
}
