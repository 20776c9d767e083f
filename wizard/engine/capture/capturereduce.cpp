#include "capture/capturereduce.h"

#include "capture/captureanalyzer.h"
#include "capture/capturefile.h"
#include "capture/packetdecode.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <pcap/pcap.h>

namespace SniDoctor {

using namespace PacketDecode;

namespace {

// A connection without its direction: the two endpoints, smaller first.
QByteArray connectionKey(const Packet &packet, bool *forward)
{
    const int size = packet.family == 4 ? 4 : 16;
    const QByteArray a = QByteArray(reinterpret_cast<const char *>(packet.source.data()), size) +
                         char(packet.sourcePort >> 8) + char(packet.sourcePort & 0xff);
    const QByteArray b =
        QByteArray(reinterpret_cast<const char *>(packet.destination.data()), size) +
        char(packet.destinationPort >> 8) + char(packet.destinationPort & 0xff);
    *forward = a < b;
    return *forward ? a + b : b + a;
}

bool startsClientHello(const unsigned char *p, size_t n)
{
    if (n >= 6 && p[0] == 0x16 && p[1] == 0x03 && p[5] == 0x01)
        return true;
    return n >= 3 && (p[0] & 0x80) && p[2] == 0x01; // SSLv2-compatible hello
}

// How many bytes at the start of p are TLS records of the kinds kept (handshake, alert,
// change cipher spec); a record cut by the segment's end counts whole.
size_t handshakePrefix(const unsigned char *p, size_t n)
{
    size_t at = 0;
    while (at + 5 <= n) {
        const unsigned char type = p[at];
        if ((type != 0x16 && type != 0x15 && type != 0x14) || p[at + 1] != 0x03)
            break;
        at += 5 + be16(p + at + 3);
    }
    if (at == 0 && n < 5 && n > 0 && (p[0] == 0x16 || p[0] == 0x15))
        return n; // a record header cut by the segment
    return std::min(at, n);
}

struct Connection
{
    bool tls = false;
    bool clientForward = false; // the client is the "forward" endpoint of the key
    qint64 answerFrame = 0;     // the server's first frame with payload; 0: none
    size_t clientRemaining = 0; // bytes of a kept client record past its segment
};

// Where a segment starts a TLS record (its header, not a continuation's bytes).
bool recordStart(const unsigned char *p, size_t n)
{
    return n >= 3 && p[0] >= 0x14 && p[0] <= 0x17 && p[1] == 0x03 && p[2] <= 0x04;
}

// The bytes of the handshake records at the start of p that continue past its end.
size_t pastEnd(const unsigned char *p, size_t n)
{
    size_t at = 0;
    while (at + 5 <= n && p[at] >= 0x14 && p[at] <= 0x16)
        at += 5 + be16(p + at + 3);
    return at > n ? at - n : 0;
}

struct PcapCloser
{
    void operator()(pcap_t *p) const { pcap_close(p); }
};

Error linkTypeError(const QString &path, int linkType)
{
    return Error(CaptureError::LinkType, {{"file", path},
                                          {"name", linkTypeName(linkType)},
                                          {"link_type", QString::number(linkType)}});
}

Result<std::unique_ptr<CaptureFile::Reader>> open(const QString &path)
{
    auto reader = std::make_unique<CaptureFile::Reader>();
    QString error;
    if (!reader->openFile(path, &error)) {
        return Error(reader->failure() == CaptureFile::Reader::Failure::NotCapture
                         ? CaptureError::NotCapture
                         : CaptureError::Unreadable,
                     {{"file", path}, {"reason", error}});
    }
    if (!reader->isPcapng() && !isSupportedLink(reader->linkTypes().value(0)))
        return linkTypeError(path, reader->linkTypes().value(0));
    return reader;
}

// The file's LINKTYPE_ value of a DLT_ value (the reverse of the reader's mapping).
quint16 fileLinkType(int dlt)
{
    switch (dlt) {
    case 11:
        return 100;
    case 12:
    case 14:
        return 101;
    case 15:
        return 102;
    case 16:
        return 103;
    case 19:
        return 106;
    default:
        return quint16(dlt);
    }
}

void append32(QByteArray &out, quint32 v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v); // host order, as the SHB says
}

void append16(QByteArray &out, quint16 v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof v);
}

// A pcapng of one Interface Description Block per link type: for a capture whose
// interfaces differ in link type, which a pcap cannot hold.
class PcapngWriter
{
public:
    explicit PcapngWriter(const QList<int> &linkTypes)
    {
        append32(m_out, 0x0a0d0d0a); // Section Header Block, no options
        append32(m_out, 28);
        append32(m_out, 0x1a2b3c4d);
        append16(m_out, 1);
        append16(m_out, 0);
        append32(m_out, 0xffffffff); // section length: not given
        append32(m_out, 0xffffffff);
        append32(m_out, 28);
        for (const int linkType : linkTypes) {
            if (m_interfaces.contains(linkType))
                continue;
            m_interfaces.insert(linkType, quint32(m_interfaces.size()));
            append32(m_out, 1); // Interface Description Block: microseconds, by default
            append32(m_out, 20);
            append16(m_out, fileLinkType(linkType));
            append16(m_out, 0);
            append32(m_out, 262144);
            append32(m_out, 20);
        }
    }

    void frame(const CaptureFile::Frame &frame, quint32 captured)
    {
        const quint32 padded = (captured + 3) & ~3u;
        const quint32 length = 32 + padded;
        const quint64 ticks = quint64(frame.timeUs);
        append32(m_out, 6); // Enhanced Packet Block
        append32(m_out, length);
        append32(m_out, m_interfaces.value(frame.linkType));
        append32(m_out, quint32(ticks >> 32));
        append32(m_out, quint32(ticks));
        append32(m_out, captured);
        append32(m_out, frame.wire);
        m_out.append(reinterpret_cast<const char *>(frame.data), captured);
        m_out.append(qsizetype(padded - captured), '\0');
        append32(m_out, length);
    }

    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
    QHash<int, quint32> m_interfaces;
};

} // namespace

Result<ReducedCapture> reduceCapture(const QString &path, TaskControl &control)
{
    // A compressed capture (gzip, bzip2, xz, zstd) is decompressed by the reader, twice.
    ReducedCapture reduced;
    QHash<QByteArray, Connection> connections;
    QSet<quint64> handshakeFragments;
    QList<int> linkTypes;
    // First pass: which connections are TLS, who is the client, when the server answers.
    {
        auto opened = open(path);
        if (!opened)
            return opened.error();
        CaptureFile::Reader &reader = *opened.value();
        CaptureFile::Frame frame;
        qint64 number = 0;
        Decoder decoder; // reassembles fragments: a fragmented hello is found
        while (reader.next(frame) == CaptureFile::Reader::Next::Frame) {
            ++number;
            if ((number & 0xffff) == 0 && control.isCanceled())
                return Error(CaptureError::Unreadable,
                             {{"file", path}, {"reason", QStringLiteral("canceled")}});
            Packet packet;
            if (!decoder.decode(frame.linkType, frame.data, frame.captured, frame.wire, 0,
                                packet) ||
                packet.payloadLength == 0)
                continue;
            bool forward = false;
            Connection &connection = connections[connectionKey(packet, &forward)];
            const unsigned char *p = packet.payload;
            const size_t n = packet.payloadLength;
            QString proxied;
            const size_t proxy = proxyHeader(p, n, proxied); // a load balancer's header first
            const bool hello = startsClientHello(p + proxy, n - proxy);
            if (!connection.tls && hello) {
                connection.tls = true;
                connection.clientForward = forward;
                ++reduced.handshakes;
            } else if (connection.tls && forward != connection.clientForward &&
                       connection.answerFrame == 0) {
                connection.answerFrame = number;
            }
            // The fragments of a datagram holding a hello or the server's answer are
            // kept whole: the handshake cannot be cut out of a fragment on its own.
            if (packet.fragmentKey != 0 && connection.tls &&
                (hello || (n >= 6 && p[0] == 0x16 && p[1] == 0x03) ||
                 forward != connection.clientForward))
                handshakeFragments.insert(packet.fragmentKey);
        }
        linkTypes = reader.linkTypes();
        if (std::none_of(linkTypes.begin(), linkTypes.end(), isSupportedLink) &&
            !linkTypes.isEmpty())
            return linkTypeError(path, linkTypes.front());
    }
    if (reduced.handshakes == 0)
        return reduced; // not TLS at all: nothing to include
    QList<int> distinct;
    for (const int linkType : std::as_const(linkTypes)) {
        if (!distinct.contains(linkType))
            distinct << linkType;
    }
    // Second pass: every frame, its payload cut but for the handshake. One link type
    // (every pcap, most pcapng): written as pcap, as before; several: as pcapng.
    auto opened = open(path);
    if (!opened)
        return opened.error();
    CaptureFile::Reader &reader = *opened.value();
    std::optional<PcapngWriter> pcapng;
    std::unique_ptr<pcap_t, PcapCloser> dead;
    char *buffer = nullptr;
    size_t bufferSize = 0;
    pcap_dumper_t *dumper = nullptr;
    if (distinct.size() > 1) {
        pcapng.emplace(distinct);
    } else {
        dead.reset(pcap_open_dead_with_tstamp_precision(distinct.value(0), 262144,
                                                        PCAP_TSTAMP_PRECISION_MICRO));
        FILE *memory = open_memstream(&buffer, &bufferSize);
        if (!dead || !memory)
            return Error(CaptureError::Unreadable,
                         {{"file", path}, {"reason", QStringLiteral("out of memory")}});
        dumper = pcap_dump_fopen(dead.get(), memory);
        if (!dumper) {
            std::fclose(memory);
            std::free(buffer);
            return Error(
                CaptureError::Unreadable,
                {{"file", path}, {"reason", QString::fromLocal8Bit(pcap_geterr(dead.get()))}});
        }
    }
    CaptureFile::Frame frame;
    qint64 number = 0;
    while (reader.next(frame) == CaptureFile::Reader::Next::Frame) {
        ++number;
        const unsigned char *data = frame.data;
        quint32 caplen = frame.captured;
        Packet packet;
        if (!decodeLink(frame.linkType, data, frame.captured, frame.wire, packet)) {
            // A fragment of a handshake's datagram is kept whole; anything else that is
            // not TCP keeps nothing but its time and length.
            if (packet.fragmentKey == 0 || !handshakeFragments.contains(packet.fragmentKey))
                caplen = 0;
        } else {
            const size_t headers = size_t(packet.payload - data);
            size_t keep = 0;
            if (packet.payloadLength > 0) {
                bool forward = false;
                Connection &connection = connections[connectionKey(packet, &forward)];
                const bool fromClient = forward == connection.clientForward;
                const unsigned char *p = packet.payload;
                const size_t n = packet.payloadLength;
                if (connection.tls && fromClient) {
                    if (recordStart(p, n)) {
                        // handshake, alert and CCS records (a second hello after a
                        // HelloRetryRequest too); application data goes
                        keep = handshakePrefix(p, n);
                        connection.clientRemaining = keep == n ? pastEnd(p, n) : 0;
                    } else if (connection.clientRemaining > 0) {
                        keep = std::min(n, connection.clientRemaining);
                        connection.clientRemaining -= keep;
                    } else if (connection.answerFrame == 0 || number < connection.answerFrame) {
                        keep = n; // the hello's segments, in whatever order they came
                    }
                } else if (connection.tls && n >= 6 && p[0] == 0x16 && p[1] == 0x03 &&
                           p[5] == 0x02) {
                    keep = handshakePrefix(p, n); // a ServerHello (or HelloRetryRequest)
                } else if (connection.tls && !fromClient && n >= 5 && p[0] == 0x15 &&
                           p[1] == 0x03) {
                    keep = std::min<size_t>(n, 7); // an alert before encryption
                }
            }
            caplen = quint32(std::min<size_t>(frame.captured, headers + keep));
            reduced.bytesRemoved +=
                qint64(packet.payloadLength - std::min(keep, packet.payloadLength));
        }
        if (caplen < frame.captured && !packet.payload)
            reduced.bytesRemoved += frame.captured - caplen;
        if (pcapng) {
            pcapng->frame(frame, caplen);
        } else {
            pcap_pkthdr out{};
            out.ts.tv_sec = time_t(frame.timeUs / 1000000);
            out.ts.tv_usec = suseconds_t(frame.timeUs % 1000000);
            out.caplen = caplen;
            out.len = frame.wire;
            pcap_dump(reinterpret_cast<u_char *>(dumper), &out, data);
        }
        ++reduced.frames;
    }
    if (pcapng) {
        reduced.pcap = pcapng->take();
    } else {
        pcap_dump_close(dumper); // closes memory too
        reduced.pcap = QByteArray(buffer, qsizetype(bufferSize));
        std::free(buffer);
    }
    return reduced;
}

} // namespace SniDoctor
