// libFuzzer target for the offline review: the input is written as one file (named by
// its first byte: a zip, a tar.gz, a log, a YAML or a JSON file) and reviewed as the
// review command does: collected through libarchive when it is an archive, each file
// recognised by its content and analysed. Any bytes end in a case or a clear error,
// never a crash, a hang or a write outside the scratch folder.
#include "core/taskcontrol.h"
#include "review/review.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const char *const names[] = {"bundle.zip",     "bundle.tar.gz", "ingress.log",
                                        "overrides.yaml", "results.json",  "capture.pcap"};
    const QString folder = dir.filePath(QStringLiteral("in"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString path =
        QDir(folder).filePath(QString::fromLatin1(names[size > 0 ? data[0] % 6 : 0]));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        if (size > 1)
            file.write(reinterpret_cast<const char *>(data) + 1, qint64(size - 1));
    }
    SniDoctor::CancelFlag control;
    const auto reviewed = SniDoctor::reviewPaths({path}, control);
    if (!reviewed && reviewed.error().message().isEmpty())
        __builtin_trap();
    // Nothing is written next to the input: a review only reads.
    if (QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size() != 1)
        __builtin_trap();
    return 0;
}
