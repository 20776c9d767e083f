// libFuzzer target for the kubeconfig reader: the input is written as one kubeconfig
// file and loaded as kubectl would (contexts, clusters, users, exec plugins, base64
// data): any bytes end in a kubeconfig or a clear error naming the file, never a
// crash, a hang or an allocation that grows with aliases.
#include "cluster/kubeconfig.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const auto config = SniDoctor::loadKubeconfig({path}, true);
    if (!config && config.error().message().isEmpty())
        __builtin_trap();
    return 0;
}
