#include "decompress.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace SniDoctor {

QString withoutCompressionSuffix(const QString &name)
{
    for (const char *suffix : {".gz", ".bz2", ".xz", ".zst"}) {
        const QLatin1String end(suffix);
        if (name.endsWith(end) && name.size() > end.size())
            return name.chopped(end.size());
    }
    return name;
}

bool isCompressedHead(const QByteArray &head)
{
    return head.startsWith("\x1f\x8b") || head.startsWith("BZh") ||
           head.startsWith("\xfd"
                           "7zXZ") ||
           head.startsWith("\x28\xb5\x2f\xfd");
}

struct CompressedStream::State
{
    archive *reader = nullptr;
    QString error;

    bool opened(int status)
    {
        archive_entry *entry = nullptr;
        if (status != ARCHIVE_OK || archive_read_next_header(reader, &entry) != ARCHIVE_OK) {
            error = QString::fromLocal8Bit(archive_error_string(reader));
            return false;
        }
        return true;
    }
};

CompressedStream::CompressedStream()
    : d(std::make_unique<State>())
{
    d->reader = archive_read_new();
    archive_read_support_filter_all(d->reader);
    archive_read_support_format_raw(d->reader);
}

CompressedStream::~CompressedStream()
{
    archive_read_free(d->reader);
}

bool CompressedStream::openFile(const QString &path, qsizetype blockBytes)
{
    return d->opened(archive_read_open_filename(d->reader, QFile::encodeName(path).constData(),
                                                size_t(blockBytes)));
}

bool CompressedStream::openMemory(const char *data, qsizetype size)
{
    return d->opened(archive_read_open_memory(d->reader, data, size_t(size)));
}

qint64 CompressedStream::read(char *buffer, qint64 max)
{
    const la_ssize_t n = archive_read_data(d->reader, buffer, size_t(max));
    if (n < 0) {
        d->error = QString::fromLocal8Bit(archive_error_string(d->reader));
        return -1;
    }
    return n;
}

qint64 CompressedStream::compressedOffset() const
{
    return archive_filter_bytes(d->reader, -1);
}

QString CompressedStream::errorString() const
{
    return d->error;
}

} // namespace SniDoctor
