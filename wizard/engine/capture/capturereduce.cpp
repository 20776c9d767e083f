#include "capture/capturereduce.h"

#include "capture/captureanalyzer.h"
#include "capture/packetdecode.h"
#include "core/decompress.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryFile>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
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

Result<std::unique_ptr<pcap_t, PcapCloser>> open(const QString &path)
{
    char errors[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(),
                                                           PCAP_TSTAMP_PRECISION_MICRO, errors);
    if (!pcap)
        return Error(CaptureError::NotCapture,
                     {{"file", path}, {"reason", QString::fromLocal8Bit(errors)}});
    if (!isSupportedLink(pcap_datalink(pcap))) {
        const int linkType = pcap_datalink(pcap);
        pcap_close(pcap);
        return Error(CaptureError::LinkType, {{"file", path},
                                              {"name", linkTypeName(linkType)},
                                              {"link_type", QString::number(linkType)}});
    }
    return std::unique_ptr<pcap_t, PcapCloser>(pcap);
}

} // namespace

Result<ReducedCapture> reduceCapture(const QString &original, TaskControl &control)
{
    // A compressed capture (gzip, bzip2, xz, zstd): decompressed into a temporary file
    // first, read twice from there, removed after.
    QString path = original;
    QTemporaryFile plain(QDir::temp().filePath(QStringLiteral("sni-doctor-capture-XXXXXX")));
    {
        QFile probe(original);
        if (probe.open(QIODevice::ReadOnly) && isCompressedHead(probe.read(64))) {
            CompressedStream stream;
            if (!stream.openFile(original) || !plain.open())
                return Error(CaptureError::Unreadable,
                             {{"file", original}, {"reason", stream.errorString()}});
            QByteArray buffer(1 << 20, Qt::Uninitialized);
            qint64 got = 0;
            while ((got = stream.read(buffer.data(), buffer.size())) > 0) {
                if (plain.write(buffer.constData(), got) != got || control.isCanceled())
                    return Error(CaptureError::Unreadable,
                                 {{"file", original}, {"reason", plain.errorString()}});
            }
            plain.flush();
            path = plain.fileName();
        }
    }
    ReducedCapture reduced;
    QHash<QByteArray, Connection> connections;
    // First pass: which connections are TLS, who is the client, when the server answers.
    {
        auto opened = open(path);
        if (!opened)
            return opened.error();
        pcap_t *pcap = opened.value().get();
        const int linkType = pcap_datalink(pcap);
        pcap_pkthdr *header = nullptr;
        const unsigned char *data = nullptr;
        qint64 frame = 0;
        while (pcap_next_ex(pcap, &header, &data) == 1) {
            ++frame;
            if ((frame & 0xffff) == 0 && control.isCanceled())
                return Error(CaptureError::Unreadable,
                             {{"file", path}, {"reason", QStringLiteral("canceled")}});
            Packet packet;
            if (!decodeLink(linkType, data, header->caplen, header->len, packet) ||
                packet.payloadLength == 0)
                continue;
            bool forward = false;
            Connection &connection = connections[connectionKey(packet, &forward)];
            if (!connection.tls && startsClientHello(packet.payload, packet.payloadLength)) {
                connection.tls = true;
                connection.clientForward = forward;
                ++reduced.handshakes;
            } else if (connection.tls && forward != connection.clientForward &&
                       connection.answerFrame == 0) {
                connection.answerFrame = frame;
            }
        }
    }
    if (reduced.handshakes == 0)
        return reduced; // not TLS at all: nothing to include
    // Second pass: every frame, its payload cut but for the handshake.
    auto opened = open(path);
    if (!opened)
        return opened.error();
    pcap_t *pcap = opened.value().get();
    const int linkType = pcap_datalink(pcap);
    std::unique_ptr<pcap_t, PcapCloser> dead(
        pcap_open_dead_with_tstamp_precision(linkType, 262144, PCAP_TSTAMP_PRECISION_MICRO));
    char *buffer = nullptr;
    size_t bufferSize = 0;
    FILE *memory = open_memstream(&buffer, &bufferSize);
    if (!dead || !memory)
        return Error(CaptureError::Unreadable,
                     {{"file", path}, {"reason", QStringLiteral("out of memory")}});
    pcap_dumper_t *dumper = pcap_dump_fopen(dead.get(), memory);
    if (!dumper) {
        std::fclose(memory);
        std::free(buffer);
        return Error(CaptureError::Unreadable,
                     {{"file", path}, {"reason", QString::fromLocal8Bit(pcap_geterr(dead.get()))}});
    }
    pcap_pkthdr *header = nullptr;
    const unsigned char *data = nullptr;
    qint64 frame = 0;
    while (pcap_next_ex(pcap, &header, &data) == 1) {
        ++frame;
        pcap_pkthdr out = *header;
        Packet packet;
        if (!decodeLink(linkType, data, header->caplen, header->len, packet)) {
            out.caplen = 0; // not TCP: nothing of it but its time and length
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
                    } else if (connection.answerFrame == 0 || frame < connection.answerFrame) {
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
            out.caplen = bpf_u_int32(std::min<size_t>(header->caplen, headers + keep));
            reduced.bytesRemoved +=
                qint64(packet.payloadLength - std::min(keep, packet.payloadLength));
        }
        if (out.caplen < header->caplen && !packet.payload)
            reduced.bytesRemoved += header->caplen - out.caplen;
        pcap_dump(reinterpret_cast<u_char *>(dumper), &out, data);
        ++reduced.frames;
    }
    pcap_dump_close(dumper); // closes memory too
    reduced.pcap = QByteArray(buffer, qsizetype(bufferSize));
    std::free(buffer);
    return reduced;
}

} // namespace SniDoctor
