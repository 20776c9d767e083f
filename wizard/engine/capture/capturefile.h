#pragma once

// Internal to capture/: our own reader of capture files, classic pcap (micro- and
// nanosecond, either byte order, the "modified" pcap of old Red Hat tcpdump) and pcapng
// (several sections, interfaces each with its own link type, snap length and time
// resolution), plain or compressed (gzip, bzip2, xz, zstd). Unlike libpcap it reads a
// pcapng whose interfaces differ in link type. Include only from capture/*.cpp.

#include <QList>
#include <QString>

#include <cstdio>
#include <memory>
#include <vector>

namespace SniDoctor::CaptureFile {

// A frame that is no packet: a pcapng custom block or systemd journal entry, which
// tshark numbers as frames.
constexpr int kNoLink = -1;

struct Frame
{
    int linkType = 0;     // libpcap's DLT_ value (LINKTYPE_RAW read as DLT_RAW), or kNoLink
    qint64 timeUs = 0;    // microseconds since the epoch
    quint32 captured = 0; // bytes at data
    quint32 wire = 0;     // the frame's length on the wire
    const unsigned char *data = nullptr;
};

// One capture read front to back, once. Not thread-safe; one reader per task. A plain
// file is mapped (nothing copied, nothing allocated per frame); a compressed file or a
// FILE stream goes through one buffer, grown only to the largest block.
class Reader final
{
public:
    Reader();
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // Why open failed.
    enum class Failure
    {
        None,
        NotCapture, // neither pcap nor pcapng (or its header is damaged)
        Unreadable, // the file system or the decompressor said no
    };

    // False with *error set (and failure() saying which) when the file cannot be read
    // or does not start like a capture. The file's first frames are not read yet.
    [[nodiscard]] bool openFile(const QString &path, QString *error);
    // The same over a stream, which the reader owns from now on (closes it, even when
    // this fails). Not decompressed.
    [[nodiscard]] bool openStream(FILE *file, QString *error);
    [[nodiscard]] Failure failure() const { return m_failure; }

    enum class Next
    {
        Frame,
        End,
        Error, // errorString(): the file is cut short or damaged at the next frame
    };
    // The next frame, of any interface (frames of link types we do not decode too, so
    // that frame numbers stay tshark's). out.data is valid until the next call.
    [[nodiscard]] Next next(Frame &out);

    [[nodiscard]] QString errorString() const { return m_error; }
    // Bytes of the file consumed (of the compressed file, for a compressed one): progress.
    [[nodiscard]] qint64 bytesRead() const;
    // Every interface's link type seen so far, in order (repeats included).
    [[nodiscard]] QList<int> linkTypes() const { return m_linkTypes; }
    [[nodiscard]] bool isPcapng() const { return m_format == Format::Pcapng; }

private:
    enum class Format
    {
        None,
        Pcap,
        Pcapng,
    };
    struct Interface
    {
        int linkType = 0;
        quint32 snapLength = 0;
        // Ticks to microseconds: multiply, then divide or shift.
        quint64 multiply = 1;
        quint64 divide = 1;
        int shift = -1;      // >= 0: a power of 2 resolution (ticks >> shift are seconds)
        qint64 offsetUs = 0; // if_tsoffset
    };
    struct Source;

    bool start(QString *error);
    bool fail(Failure failure, const QString &error, QString *out);
    Next nextPcap(Frame &out);
    Next nextPcapng(Frame &out);
    bool readSectionHeader(const unsigned char *block, quint32 length);
    bool readInterface(const unsigned char *block, quint32 length);
    Next cutShort(size_t have, size_t need);
    Next damaged(quint64 claimed);
    Next damagedBlock(quint32 type);
    Next unknownInterface(quint32 id);
    quint32 u32(const unsigned char *p) const;
    quint16 u16(const unsigned char *p) const;
    qint64 toMicroseconds(const Interface &interface, quint64 ticks) const;

    std::unique_ptr<Source> m_source;
    Format m_format = Format::None;
    Failure m_failure = Failure::None;
    bool m_swapped = false; // the file's byte order is not ours
    bool m_nanosecond = false;
    bool m_modified = false;    // pcap records of 24 bytes (0xa1b2cd34)
    bool m_swapLengths = false; // pcap before 2.3: caplen and len may be swapped
    int m_pcapLinkType = 0;
    std::vector<Interface> m_interfaces; // the current section's
    QList<int> m_linkTypes;
    qint64 m_frames = 0;
    qint64 m_lastUs = 0; // for Simple Packet Blocks, which have no time
    QString m_error;
};

} // namespace SniDoctor::CaptureFile
