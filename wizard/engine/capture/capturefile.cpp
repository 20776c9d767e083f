#include "capture/capturefile.h"

#include "core/decompress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace SniDoctor::CaptureFile {

namespace {

// No capture holds a frame or a block this big: a length beyond it is damage, never
// an allocation.
__extension__ typedef unsigned __int128 Wide; // for 2^-n time resolutions

constexpr quint32 kMaxBlock = 256u << 20;
// A mapped file's pages already read are given back every this many bytes, so that
// the resident memory stays flat whatever the file's size.
constexpr size_t kReleaseBytes = 2u << 20;
constexpr size_t kFirstBuffer = 256u << 10;

constexpr quint32 kPcapMicro = 0xa1b2c3d4, kPcapNano = 0xa1b23c4d, kPcapModified = 0xa1b2cd34;
constexpr quint32 kSectionHeader = 0x0a0d0d0a, kByteOrder = 0x1a2b3c4d;
constexpr quint32 kInterfaceBlock = 1, kPacketBlock = 2, kSimplePacket = 3, kEnhancedPacket = 6;
constexpr quint32 kJournalEntry = 9, kCustomCopied = 0xbad, kCustomNotCopied = 0x40000bad;
constexpr quint16 kOptionEnd = 0, kOptionResolution = 9, kOptionOffset = 14;

quint32 load32(const unsigned char *p)
{
    quint32 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

quint16 load16(const unsigned char *p)
{
    quint16 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// A file's LINKTYPE_ value as libpcap's DLT_ value (pcap-common.c linktype_to_dlt):
// they differ only for a few old types.
int toDlt(quint32 linkType)
{
    switch (linkType) {
    case 100: // LINKTYPE_ATM_RFC1483
        return 11;
    case 101: // LINKTYPE_RAW
        return 12;
    case 102: // LINKTYPE_SLIP_BSDOS
        return 15;
    case 103: // LINKTYPE_PPP_BSDOS
        return 16;
    case 106: // LINKTYPE_ATM_CLIP
        return 19;
    default:
        return int(linkType & 0x03ffffff); // the upper bits are FCS flags
    }
}

} // namespace

// Where the bytes come from: a mapping, or a stream through one buffer.
struct Reader::Source
{
    // Mapped.
    const unsigned char *map = nullptr;
    size_t mapSize = 0;
    size_t released = 0;
    // Buffered.
    FILE *file = nullptr;
    std::unique_ptr<CompressedStream> compressed;
    std::vector<unsigned char> buffer;
    size_t begin = 0, end = 0;
    bool atEnd = false;
    QString readError; // set when reading failed (not at a clean end)

    qint64 consumed = 0;

    ~Source()
    {
        if (map)
            munmap(const_cast<unsigned char *>(map), mapSize);
        if (file)
            std::fclose(file);
    }

    // Makes n bytes at the position available at *p; returns how many are (fewer only
    // at the end of the input).
    size_t peek(size_t n, const unsigned char **p)
    {
        if (map) {
            *p = map + consumed;
            return std::min(n, mapSize - size_t(consumed));
        }
        if (end - begin < n && !atEnd)
            fill(n);
        *p = buffer.data() + begin;
        return std::min(n, end - begin);
    }

    void consume(size_t n)
    {
        consumed += qint64(n);
        if (map)
            return;
        begin += n;
    }

    // The mapped pages before the position back to the kernel (they are the file's:
    // read again if ever touched).
    void release()
    {
        if (!map || size_t(consumed) - released < kReleaseBytes)
            return;
        static const size_t page = size_t(sysconf(_SC_PAGESIZE));
        const size_t upTo = size_t(consumed) / page * page;
        if (upTo > released) {
            madvise(const_cast<unsigned char *>(map) + released, upTo - released, MADV_DONTNEED);
            released = upTo;
        }
    }

    void fill(size_t n)
    {
        if (begin > 0) { // what is left of the buffer (less than one block) to its front
            std::memmove(buffer.data(), buffer.data() + begin, end - begin);
            end -= begin;
            begin = 0;
        }
        while (end < n && !atEnd) {
            if (end == buffer.size()) {
                // Grown only as far as the data really goes: a damaged length of
                // 200 MB in a 1 KB stream costs nothing.
                buffer.resize(std::max(buffer.size() * 2, kFirstBuffer));
            }
            const size_t room = buffer.size() - end;
            qint64 got = 0;
            if (compressed) {
                got = compressed->read(reinterpret_cast<char *>(buffer.data() + end), qint64(room));
                if (got < 0)
                    readError = compressed->errorString();
            } else {
                got = qint64(std::fread(buffer.data() + end, 1, room, file));
                if (got == 0 && std::ferror(file))
                    readError = QString::fromLocal8Bit(std::strerror(errno));
            }
            if (got <= 0)
                atEnd = true;
            else
                end += size_t(got);
        }
    }
};

Reader::Reader() = default;
Reader::~Reader() = default;

bool Reader::fail(Failure failure, const QString &error, QString *out)
{
    m_failure = failure;
    m_error = error;
    if (out)
        *out = error;
    m_source.reset();
    return false;
}

bool Reader::openFile(const QString &path, QString *error)
{
    m_source = std::make_unique<Source>();
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(Failure::Unreadable, QString::fromLocal8Bit(std::strerror(errno)), error);
    struct stat info = {};
    char head[64];
    const ssize_t headSize = fstat(fd, &info) == 0 ? pread(fd, head, sizeof head, 0) : -1;
    if (headSize < 0) {
        const int code = errno;
        ::close(fd);
        return fail(Failure::Unreadable, QString::fromLocal8Bit(std::strerror(code)), error);
    }
    if (isCompressedHead(QByteArray::fromRawData(head, int(headSize)))) {
        ::close(fd);
        m_source->compressed = std::make_unique<CompressedStream>();
        if (!m_source->compressed->openFile(path))
            return fail(Failure::Unreadable, m_source->compressed->errorString(), error);
        return start(error);
    }
    if (S_ISREG(info.st_mode) && info.st_size > 0) {
        void *map = mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        if (map != MAP_FAILED) {
            ::close(fd);
            madvise(map, size_t(info.st_size), MADV_SEQUENTIAL);
            m_source->map = static_cast<const unsigned char *>(map);
            m_source->mapSize = size_t(info.st_size);
            return start(error);
        }
    }
    // A pipe, a character device, a file mmap refuses: read as a stream.
    FILE *file = fdopen(fd, "rb");
    if (!file) {
        const int code = errno;
        ::close(fd);
        return fail(Failure::Unreadable, QString::fromLocal8Bit(std::strerror(code)), error);
    }
    m_source->file = file;
    return start(error);
}

bool Reader::openStream(FILE *file, QString *error)
{
    m_source = std::make_unique<Source>();
    m_source->file = file;
    return start(error);
}

qint64 Reader::bytesRead() const
{
    if (!m_source)
        return 0;
    if (m_source->compressed)
        return m_source->compressed->compressedOffset();
    return m_source->consumed;
}

quint32 Reader::u32(const unsigned char *p) const
{
    const quint32 v = load32(p);
    return m_swapped ? __builtin_bswap32(v) : v;
}

quint16 Reader::u16(const unsigned char *p) const
{
    const quint16 v = load16(p);
    return m_swapped ? __builtin_bswap16(v) : v;
}

bool Reader::start(QString *error)
{
    const QString unknown =
        QCoreApplication::translate("SniDoctor::Capture", "unknown file format");
    const unsigned char *p = nullptr;
    if (m_source->peek(24, &p) < 12)
        return fail(m_source->readError.isEmpty() ? Failure::NotCapture : Failure::Unreadable,
                    m_source->readError.isEmpty() ? unknown : m_source->readError, error);
    const quint32 magic = load32(p);
    for (const quint32 known : {kPcapMicro, kPcapNano, kPcapModified}) {
        if (magic == known || magic == __builtin_bswap32(known)) {
            m_swapped = magic != known;
            m_nanosecond = known == kPcapNano;
            m_modified = known == kPcapModified;
            if (m_source->peek(24, &p) < 24 || u16(p + 4) != 2)
                return fail(Failure::NotCapture, unknown, error);
            m_swapLengths = u16(p + 6) < 3;
            m_pcapLinkType = toDlt(u32(p + 20));
            m_linkTypes << m_pcapLinkType;
            m_format = Format::Pcap;
            m_source->consume(24);
            return true;
        }
    }
    if (magic == kSectionHeader) {
        const quint32 order = load32(p + 8);
        if (order != kByteOrder && order != __builtin_bswap32(kByteOrder))
            return fail(Failure::NotCapture, unknown, error);
        m_swapped = order != kByteOrder;
        const quint32 length = u32(p + 4);
        if (length < 28 || length > kMaxBlock || m_source->peek(length, &p) < length ||
            !readSectionHeader(p, length))
            return fail(Failure::NotCapture, unknown, error);
        m_format = Format::Pcapng;
        m_source->consume(length);
        return true;
    }
    return fail(Failure::NotCapture, unknown, error);
}

Reader::Next Reader::next(Frame &out)
{
    if (m_format == Format::None || !m_error.isEmpty())
        return Next::Error;
    m_source->release();
    return m_format == Format::Pcap ? nextPcap(out) : nextPcapng(out);
}

Reader::Next Reader::cutShort(size_t have, size_t need)
{
    if (!m_source->readError.isEmpty())
        m_error = m_source->readError;
    else if (have == 0)
        return Next::End;
    else
        m_error = QCoreApplication::translate("SniDoctor::Capture",
                                              "cut short: %1 of its %2 bytes are in the file")
                      .arg(have)
                      .arg(need);
    return Next::Error;
}

// The messages follow "Reading stopped at frame N:" (capture_truncated).
Reader::Next Reader::damaged(quint64 claimed)
{
    m_error = QCoreApplication::translate("SniDoctor::Capture", "damaged: it claims %1 bytes")
                  .arg(claimed);
    return Next::Error;
}

Reader::Next Reader::damagedBlock(quint32 type)
{
    m_error = QCoreApplication::translate("SniDoctor::Capture", "damaged pcapng block (type 0x%1)")
                  .arg(type, 0, 16);
    return Next::Error;
}

Reader::Next Reader::unknownInterface(quint32 id)
{
    m_error = QCoreApplication::translate(
                  "SniDoctor::Capture",
                  "it names interface %1, which no Interface Description Block describes")
                  .arg(id);
    return Next::Error;
}

Reader::Next Reader::nextPcap(Frame &out)
{
    const size_t header = m_modified ? 24 : 16;
    const unsigned char *p = nullptr;
    size_t have = m_source->peek(header, &p);
    if (have < header)
        return cutShort(have, header);
    const quint32 seconds = u32(p);
    const quint32 fraction = u32(p + 4);
    quint32 captured = u32(p + 8);
    quint32 wire = u32(p + 12);
    if (m_swapLengths && captured > wire)
        std::swap(captured, wire);
    if (captured > kMaxBlock)
        return damaged(captured);
    const size_t need = header + captured;
    have = m_source->peek(need, &p);
    if (have < need)
        return cutShort(have, need);
    out.linkType = m_pcapLinkType;
    out.timeUs = qint64(seconds) * 1000000 + (m_nanosecond ? fraction / 1000 : fraction);
    out.captured = captured;
    out.wire = wire;
    out.data = p + header;
    m_source->consume(need);
    ++m_frames;
    return Next::Frame;
}

bool Reader::readSectionHeader(const unsigned char *block, quint32 length)
{
    if (length < 28 || u16(block + 12) != 1) // major version 1: every pcapng there is
        return false;
    m_interfaces.clear(); // interface numbers start again in each section
    return true;
}

bool Reader::readInterface(const unsigned char *block, quint32 length)
{
    if (length < 20)
        return false;
    Interface interface;
    interface.linkType = toDlt(u16(block + 8));
    interface.snapLength = u32(block + 12);
    const unsigned char *option = block + 16;
    const unsigned char *end = block + length - 4;
    while (end - option >= 4) {
        const quint16 code = u16(option);
        const quint16 size = u16(option + 2);
        const unsigned char *value = option + 4;
        if (code == kOptionEnd || end - value < size)
            break;
        if (code == kOptionResolution && size >= 1) {
            const unsigned char resolution = value[0];
            if (resolution & 0x80) {
                if ((resolution & 0x7f) <= 64)
                    interface.shift = resolution & 0x7f;
            } else if (resolution <= 19) {
                quint64 scale = 1;
                for (int i = 0; i < std::abs(int(resolution) - 6); ++i)
                    scale *= 10;
                if (resolution >= 6)
                    interface.divide = scale;
                else
                    interface.multiply = scale;
            }
        } else if (code == kOptionOffset && size >= 8) {
            quint64 offset = 0;
            std::memcpy(&offset, value, sizeof offset);
            if (m_swapped)
                offset = __builtin_bswap64(offset);
            interface.offsetUs = qint64(offset * 1000000u); // seconds, wrapping if absurd
        }
        option = value + ((size + 3u) & ~3u);
    }
    m_interfaces.push_back(interface);
    m_linkTypes << interface.linkType;
    return true;
}

qint64 Reader::toMicroseconds(const Interface &interface, quint64 ticks) const
{
    quint64 us = 0;
    if (interface.shift >= 0)
        us = quint64((Wide(ticks) * 1000000u) >> interface.shift);
    else if (interface.divide == 1000)
        us = ticks / 1000; // nanoseconds: the common case, a division by a constant
    else
        us = ticks * interface.multiply / interface.divide;
    return qint64(us + quint64(interface.offsetUs));
}

Reader::Next Reader::nextPcapng(Frame &out)
{
    for (;;) {
        const unsigned char *p = nullptr;
        size_t have = m_source->peek(12, &p);
        if (have < 12)
            return cutShort(have, 12);
        const quint32 type = load32(p); // the section header's type reads the same both ways
        if (type == kSectionHeader) {
            const quint32 order = load32(p + 8);
            if (order != kByteOrder && order != __builtin_bswap32(kByteOrder))
                return damagedBlock(type);
            m_swapped = order != kByteOrder;
        }
        const quint32 blockType = u32(p);
        const quint32 length = u32(p + 4);
        if (length < 12)
            return damagedBlock(blockType);
        if (length > kMaxBlock)
            return damaged(length);
        have = m_source->peek(length, &p);
        if (have < length)
            return cutShort(have, length);
        const unsigned char *body = p + 8;
        const quint32 bodyLength = length - 12;
        switch (blockType) {
        case kSectionHeader:
            if (!readSectionHeader(p, length))
                return damagedBlock(blockType);
            break;
        case kInterfaceBlock:
            if (!readInterface(p, length))
                return damagedBlock(blockType);
            break;
        case kEnhancedPacket:
        case kPacketBlock: {
            if (bodyLength < 20)
                return damagedBlock(blockType);
            const bool enhanced = blockType == kEnhancedPacket;
            const quint32 id = enhanced ? u32(body) : u16(body);
            const quint32 captured = u32(body + 12);
            if (captured > bodyLength - 20)
                return damaged(captured);
            if (id >= m_interfaces.size()) {
                return unknownInterface(id);
            }
            const Interface &interface = m_interfaces[id];
            const quint64 ticks = (quint64(u32(body + 4)) << 32) | u32(body + 8);
            out.linkType = interface.linkType;
            out.timeUs = toMicroseconds(interface, ticks);
            out.captured = captured;
            out.wire = u32(body + 16);
            out.data = body + 20;
            m_lastUs = out.timeUs;
            m_source->consume(length);
            ++m_frames;
            return Next::Frame;
        }
        case kSimplePacket: {
            if (bodyLength < 4)
                return damagedBlock(blockType);
            if (m_interfaces.empty()) {
                return unknownInterface(0);
            }
            // No time of its own (libpcap says 0): the last frame's, so that the
            // reactions' timeouts do not jump.
            const Interface &interface = m_interfaces.front();
            const quint32 wire = u32(body);
            quint32 captured = std::min(wire, bodyLength - 4);
            if (interface.snapLength > 0)
                captured = std::min(captured, interface.snapLength);
            out.linkType = interface.linkType;
            out.timeUs = m_lastUs;
            out.captured = captured;
            out.wire = wire;
            out.data = body + 4;
            m_source->consume(length);
            ++m_frames;
            return Next::Frame;
        }
        case kCustomCopied:
        case kCustomNotCopied:
        case kJournalEntry:
            // Not packets, but tshark numbers them as frames: so do we, that the frame
            // numbers we give are the ones Wireshark shows.
            out.linkType = kNoLink;
            out.timeUs = m_lastUs;
            out.captured = 0;
            out.wire = 0;
            out.data = body;
            m_source->consume(length);
            ++m_frames;
            return Next::Frame;
        default:
            // Name resolution, interface statistics, decryption secrets, anything
            // newer: not ours to read.
            break;
        }
        m_source->consume(length);
    }
}

} // namespace SniDoctor::CaptureFile
