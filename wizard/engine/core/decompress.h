#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace SniDoctor {

// True for the start of a gzip, bzip2, xz or zstd stream: how logs are recognised as
// compressed, by their content and never their name.
[[nodiscard]] bool isCompressedHead(const QByteArray &head);

// A file name without its compressor's suffix (.gz, .bz2, .xz, .zst): the name of
// what it holds.
[[nodiscard]] QString withoutCompressionSuffix(const QString &name);

// One compressed stream (gzip, bzip2, xz or zstd), read through libarchive's "raw"
// format: a file on disk or bytes in memory. Not an archive reader (a tar inside a
// gzip comes out as the tar's bytes). Not thread-safe; one reader per task.
class CompressedStream final
{
public:
    CompressedStream();
    ~CompressedStream();
    CompressedStream(const CompressedStream &) = delete;
    CompressedStream &operator=(const CompressedStream &) = delete;

    // False, with errorString() set, when the stream cannot be opened or its first
    // block is not a known compression. The memory must outlive the stream.
    [[nodiscard]] bool openFile(const QString &path, qsizetype blockBytes = 1 << 20);
    [[nodiscard]] bool openMemory(const char *data, qsizetype size);

    // Up to max decompressed bytes into buffer: 0 at the end, -1 on a damaged or cut
    // stream (what came before stays valid; errorString() says why).
    [[nodiscard]] qint64 read(char *buffer, qint64 max);
    // Bytes of the compressed input consumed so far: for progress and for "stopped at".
    [[nodiscard]] qint64 compressedOffset() const;
    // libarchive's own words.
    [[nodiscard]] QString errorString() const;

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace SniDoctor
