#include "captureanalyzer.h"

#include "capture/clienthello.h"
#include "probe/tlsalerts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <pcap/pcap.h>

#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>

namespace SniDoctor {

namespace {

constexpr int kLinkNull = 0, kLinkEthernet = 1, kLinkRaw = 12, kLinkRawAlt = 14, kLinkLoop = 108,
              kLinkSll = 113, kLinkIpv4 = 228, kLinkIpv6 = 229, kLinkSll2 = 276,
              kLinkRawLinktype = 101;
constexpr int kCancelCheckPackets = 4096;

struct Packet
{
    int family = 0; // 4 or 6
    std::array<unsigned char, 16> source{};
    std::array<unsigned char, 16> destination{};
    quint16 sourcePort = 0;
    quint16 destinationPort = 0;
    quint32 seq = 0;
    unsigned char flags = 0;
    const unsigned char *payload = nullptr;
    size_t payloadLength = 0; // bytes present in the capture
    bool payloadCut = false;  // the snap length cut the payload short
};

enum TcpFlag : unsigned char
{
    Fin = 0x01,
    Syn = 0x02,
    Rst = 0x04,
    Ack = 0x10
};

inline quint16 be16(const unsigned char *p)
{
    return quint16((p[0] << 8) | p[1]);
}
inline quint32 be32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

// TCP over IPv4 or IPv6 at data; false for anything else.
bool decodeIp(const unsigned char *data, size_t captured, size_t wire, Packet &out)
{
    if (captured < 1)
        return false;
    const int version = data[0] >> 4;
    const unsigned char *tcp = nullptr;
    size_t ipPayloadWire = 0; // length of the TCP segment on the wire
    if (version == 4) {
        if (captured < 20)
            return false;
        const size_t headerLength = size_t(data[0] & 0x0f) * 4;
        const size_t total = be16(data + 2);
        const quint16 fragment = be16(data + 6);
        if (headerLength < 20 || captured < headerLength || data[9] != 6 ||
            (fragment & 0x1fff) != 0)
            return false; // not TCP, or a later fragment (no TCP header in it)
        out.family = 4;
        std::memcpy(out.source.data(), data + 12, 4);
        std::memcpy(out.destination.data(), data + 16, 4);
        tcp = data + headerLength;
        ipPayloadWire = total >= headerLength ? total - headerLength : 0;
        (void)wire;
    } else if (version == 6) {
        if (captured < 40)
            return false;
        out.family = 6;
        std::memcpy(out.source.data(), data + 8, 16);
        std::memcpy(out.destination.data(), data + 24, 16);
        size_t payloadLength = be16(data + 4);
        int next = data[6];
        size_t offset = 40;
        // Extension headers: hop-by-hop, routing, fragment, destination options, AH.
        for (int guard = 0; guard < 8; ++guard) {
            if (next == 0 || next == 43 || next == 60) {
                if (captured < offset + 2)
                    return false;
                const size_t length = (size_t(data[offset + 1]) + 1) * 8;
                next = data[offset];
                offset += length;
                payloadLength = payloadLength >= length ? payloadLength - length : 0;
            } else if (next == 44) {
                if (captured < offset + 8)
                    return false;
                if ((be16(data + offset + 2) & 0xfff8) != 0)
                    return false; // not the first fragment
                next = data[offset];
                offset += 8;
                payloadLength = payloadLength >= 8 ? payloadLength - 8 : 0;
            } else if (next == 51) {
                if (captured < offset + 2)
                    return false;
                const size_t length = (size_t(data[offset + 1]) + 2) * 4;
                next = data[offset];
                offset += length;
                payloadLength = payloadLength >= length ? payloadLength - length : 0;
            } else {
                break;
            }
        }
        if (next != 6 || captured < offset)
            return false;
        tcp = data + offset;
        ipPayloadWire = payloadLength;
    } else {
        return false;
    }
    const size_t tcpCaptured = captured - size_t(tcp - data);
    if (tcpCaptured < 20)
        return false;
    const size_t tcpHeader = size_t(tcp[12] >> 4) * 4;
    if (tcpHeader < 20 || tcpCaptured < tcpHeader)
        return false;
    out.sourcePort = be16(tcp);
    out.destinationPort = be16(tcp + 2);
    out.seq = be32(tcp + 4);
    out.flags = tcp[13];
    out.payload = tcp + tcpHeader;
    const size_t wirePayload = ipPayloadWire > tcpHeader ? ipPayloadWire - tcpHeader : 0;
    // Ethernet pads short frames: trust the IP length, not the captured length.
    out.payloadLength = std::min(tcpCaptured - tcpHeader, wirePayload);
    out.payloadCut = out.payloadLength < wirePayload;
    return true;
}

bool decodeLink(int linkType, const unsigned char *data, size_t captured, size_t wire, Packet &out)
{
    size_t offset = 0;
    switch (linkType) {
    case kLinkEthernet: {
        if (captured < 14)
            return false;
        quint16 type = be16(data + 12);
        offset = 14;
        // 802.1Q, 802.1ad (QinQ) and the old 0x9100: one or more VLAN tags.
        while ((type == 0x8100 || type == 0x88a8 || type == 0x9100) && captured >= offset + 4) {
            type = be16(data + offset + 2);
            offset += 4;
        }
        if (type != 0x0800 && type != 0x86dd)
            return false;
        break;
    }
    case kLinkSll:
        if (captured < 16)
            return false;
        if (be16(data + 14) != 0x0800 && be16(data + 14) != 0x86dd)
            return false;
        offset = 16;
        break;
    case kLinkSll2:
        if (captured < 20)
            return false;
        if (be16(data) != 0x0800 && be16(data) != 0x86dd)
            return false;
        offset = 20;
        break;
    case kLinkNull:
    case kLinkLoop: {
        if (captured < 4)
            return false;
        // The address family, in the capturing host's byte order (NULL) or in
        // network order (LOOP): accept both. 2 is IPv4; 10, 24, 28 and 30 are IPv6.
        quint32 family = 0;
        std::memcpy(&family, data, 4);
        const quint32 swapped = ntohl(family);
        const auto known = [](quint32 f) {
            return f == 2 || f == 10 || f == 24 || f == 28 || f == 30;
        };
        if (!known(family) && !known(swapped))
            return false;
        offset = 4;
        break;
    }
    case kLinkRaw:
    case kLinkRawAlt:
    case kLinkRawLinktype:
    case kLinkIpv4:
    case kLinkIpv6:
        offset = 0;
        break;
    default:
        return false;
    }
    return decodeIp(data + offset, captured - offset, wire > offset ? wire - offset : 0, out);
}

bool isSupportedLink(int linkType)
{
    switch (linkType) {
    case kLinkNull:
    case kLinkEthernet:
    case kLinkRaw:
    case kLinkRawAlt:
    case kLinkLoop:
    case kLinkSll:
    case kLinkIpv4:
    case kLinkIpv6:
    case kLinkSll2:
    case kLinkRawLinktype:
        return true;
    default:
        return false;
    }
}

QString linkTypeName(int linkType)
{
    const char *name = pcap_datalink_val_to_name(linkType);
    return name ? QString::fromLatin1(name) : QStringLiteral("LINKTYPE_%1").arg(linkType);
}

QString endpoint(int family, const std::array<unsigned char, 16> &address, quint16 port)
{
    char text[INET6_ADDRSTRLEN + 1] = {};
    char *at = text;
    if (family != 4)
        *at++ = '[';
    inet_ntop(family == 4 ? AF_INET : AF_INET6, address.data(), at, INET6_ADDRSTRLEN);
    char result[INET6_ADDRSTRLEN + 10];
    const int length = std::snprintf(result, sizeof result, family == 4 ? "%s:%u" : "%s]:%u", text,
                                     unsigned(port));
    return QString::fromLatin1(result, length);
}

QString addressOnly(const QString &endpointText)
{
    if (endpointText.startsWith(QLatin1Char('[')))
        return endpointText.mid(1, endpointText.indexOf(QLatin1Char(']')) - 1);
    return endpointText.section(QLatin1Char(':'), 0, 0);
}

// The connection, seen from the client: client -> server.
struct FlowKey
{
    std::array<unsigned char, 16> client{};
    std::array<unsigned char, 16> server{};
    quint16 clientPort = 0;
    quint16 serverPort = 0;
    int family = 0;
    bool operator==(const FlowKey &) const = default;
};

struct FlowKeyHash
{
    size_t operator()(const FlowKey &key) const
    {
        // FNV-1a over the bytes that matter: fast and good enough for a flow table.
        quint64 hash = 1469598103934665603ULL;
        const auto mix = [&hash](const unsigned char *p, size_t n) {
            for (size_t i = 0; i < n; ++i)
                hash = (hash ^ p[i]) * 1099511628211ULL;
        };
        const size_t n = key.family == 4 ? 4 : 16;
        mix(key.client.data(), n);
        mix(key.server.data(), n);
        const quint16 ports[2] = {key.clientPort, key.serverPort};
        mix(reinterpret_cast<const unsigned char *>(ports), sizeof ports);
        return size_t(hash);
    }
};

struct Flow
{
    enum class State
    {
        SynSeen,
        Collecting,
        Awaiting
    };
    State state = State::SynSeen;
    quint32 nextSeq = 0;
    std::string stream;                     // client bytes from the start of the hello
    std::map<quint32, std::string> pending; // out-of-order segments, by sequence number
    size_t pendingBytes = 0;
    qint64 created = 0; // for eviction, in creation order
    qint64 lastUs = 0;
    int hello = -1; // index into the open hellos
};

bool looksLikeClientHello(const Packet &packet)
{
    const unsigned char *p = packet.payload;
    return packet.payloadLength >= 6 && p[0] == 0x16 && p[1] == 0x03 && p[2] <= 0x04 &&
           p[5] == 0x01;
}

// The version a ServerHello chose: supported_versions when present, else its own.
QString serverHelloVersion(const unsigned char *record, size_t length)
{
    // record: 5-byte record header, then the handshake: type, length(3), version(2),
    // random(32), session id, cipher(2), compression(1), extensions.
    if (length < 5 + 4 + 2 + 32 + 1)
        return {};
    const unsigned char *p = record + 9;
    const unsigned char *end = record + length;
    const quint16 legacy = be16(p);
    p += 2 + 32;
    const size_t session = *p++;
    if (size_t(end - p) < session + 3)
        return tlsVersionName(legacy);
    p += session + 3;
    if (end - p < 2)
        return tlsVersionName(legacy);
    const size_t extensionsLength = be16(p);
    p += 2;
    const unsigned char *extensionsEnd = p + std::min<size_t>(extensionsLength, size_t(end - p));
    while (extensionsEnd - p >= 4) {
        const quint16 type = be16(p);
        const size_t extensionLength = be16(p + 2);
        p += 4;
        if (size_t(extensionsEnd - p) < extensionLength)
            break;
        if (type == 0x002b && extensionLength == 2)
            return tlsVersionName(be16(p));
        p += extensionLength;
    }
    return tlsVersionName(legacy);
}

class Analysis
{
public:
    Analysis(const CaptureLimits &limits, CaptureSummary &summary)
        : m_limits(limits)
        , m_summary(summary)
    {}

    void packet(qint64 frame, qint64 timeUs, const Packet &p)
    {
        ++m_summary.tcpPackets;
        FlowKey key;
        key.family = p.family;
        key.client = p.source;
        key.server = p.destination;
        key.clientPort = p.sourcePort;
        key.serverPort = p.destinationPort;
        if (auto it = m_flows.find(key); it != m_flows.end()) {
            clientPacket(it, frame, timeUs, p);
            return;
        }
        FlowKey reverse;
        reverse.family = p.family;
        reverse.client = p.destination;
        reverse.server = p.source;
        reverse.clientPort = p.destinationPort;
        reverse.serverPort = p.sourcePort;
        if (auto it = m_flows.find(reverse); it != m_flows.end()) {
            serverPacket(it, frame, timeUs, p);
            return;
        }
        if ((p.flags & (Syn | Ack)) == Syn) {
            Flow &flow = create(key, timeUs);
            flow.nextSeq = p.seq + 1;
            ++m_summary.connections;
        } else if (looksLikeClientHello(p)) {
            // A connection whose start the capture missed: its first hello byte is here.
            Flow &flow = create(key, timeUs);
            flow.nextSeq = p.seq;
            ++m_summary.connections;
            clientPacket(m_flows.find(key), frame, timeUs, p);
        }
    }

    void expire(qint64 nowUs)
    {
        for (auto it = m_flows.begin(); it != m_flows.end();) {
            if (nowUs - it->second.lastUs > m_limits.reactionTimeoutUs)
                it = finish(it, ServerReaction::None, {}, 0, 0, QStringLiteral("end_of_file"));
            else
                ++it;
        }
    }

    void endOfFile()
    {
        for (auto it = m_flows.begin(); it != m_flows.end();)
            it = finish(it, ServerReaction::None, {}, 0, 0, QStringLiteral("end_of_file"));
    }

    std::function<void(const CaptureHello &)> sink;

private:
    using Flows = std::unordered_map<FlowKey, Flow, FlowKeyHash>;

    Flow &create(const FlowKey &key, qint64 timeUs)
    {
        if (m_flows.size() >= size_t(m_limits.maxOpenConnections))
            evictOldest();
        Flow &flow = m_flows[key];
        flow = Flow{};
        flow.created = ++m_created;
        flow.lastUs = timeUs;
        m_order.push_back({flow.created, key});
        return flow;
    }

    void evictOldest()
    {
        while (!m_order.empty()) {
            const auto [created, key] = m_order.front();
            m_order.pop_front();
            auto it = m_flows.find(key);
            if (it != m_flows.end() && it->second.created == created) {
                finish(it, ServerReaction::None, {}, 0, 0, QStringLiteral("end_of_file"));
                return;
            }
        }
    }

    void clientPacket(Flows::iterator it, qint64 frame, qint64 timeUs, const Packet &p)
    {
        Flow &flow = it->second;
        flow.lastUs = timeUs;
        if (flow.state == Flow::State::Awaiting)
            return; // the client's own later packets are not the server's answer
        if (p.payloadLength == 0 && !p.payloadCut) {
            if (flow.state == Flow::State::SynSeen && (p.flags & (Fin | Rst)))
                m_flows.erase(it); // closed before any hello
            return;
        }
        if (flow.state == Flow::State::SynSeen) {
            if (!looksLikeClientHello(p) || qint32(p.seq - flow.nextSeq) != 0) {
                if (qint32(p.seq - flow.nextSeq) == 0)
                    m_flows.erase(it); // the client spoke first, and not TLS
                return;
            }
            flow.state = Flow::State::Collecting;
        }
        startHello(flow, frame, timeUs, it->first);
        m_open[size_t(flow.hello)].frame = frame; // the latest packet with hello bytes, so far
        // Collecting the hello: place the segment in the stream.
        if (p.payloadCut) {
            markIncomplete(flow, QStringLiteral("snaplen"));
            return;
        }
        const qint32 offset = qint32(p.seq - flow.nextSeq);
        const char *data = reinterpret_cast<const char *>(p.payload);
        size_t length = p.payloadLength;
        if (offset < 0) {
            const size_t old = size_t(-qint64(offset));
            if (old >= length)
                return; // a retransmission of what we have
            data += old;
            length -= old;
        } else if (offset > 0) {
            if (flow.pendingBytes + length <= size_t(m_limits.maxBufferedBytes)) {
                flow.pending[p.seq].assign(data, length);
                flow.pendingBytes += length;
            }
            return;
        }
        flow.stream.append(data, length);
        flow.nextSeq += quint32(length);
        // Segments that arrived early may now fit.
        for (auto pending = flow.pending.begin(); pending != flow.pending.end();) {
            const qint32 gap = qint32(pending->first - flow.nextSeq);
            if (gap > 0)
                break;
            const size_t skip = size_t(-qint64(gap));
            if (skip < pending->second.size()) {
                flow.stream.append(pending->second, skip, std::string::npos);
                flow.nextSeq += quint32(pending->second.size() - skip);
            }
            flow.pendingBytes -= pending->second.size();
            pending = flow.pending.erase(pending);
        }
        tryParse(it, frame, timeUs);
    }

    // Opens the record of a hello when its first bytes arrive; the frame moves to the
    // packet that completes it.
    void startHello(Flow &flow, qint64 frame, qint64 timeUs, const FlowKey &key)
    {
        if (flow.hello >= 0)
            return;
        CaptureHello hello;
        hello.frame = frame;
        hello.timeUs = timeUs;
        hello.client = endpoint(key.family, key.client, key.clientPort);
        hello.server = endpoint(key.family, key.server, key.serverPort);
        hello.complete = false;
        hello.incompleteReason = QStringLiteral("end_of_file");
        if (!m_freeSlots.empty()) {
            flow.hello = m_freeSlots.back();
            m_freeSlots.pop_back();
            m_open[size_t(flow.hello)] = hello;
        } else {
            flow.hello = int(m_open.size());
            m_open.push_back(hello);
        }
    }

    void markIncomplete(Flow &flow, const QString &reason)
    {
        CaptureHello &hello = m_open[size_t(flow.hello)];
        hello.complete = false;
        hello.incompleteReason = reason;
        flow.state = Flow::State::Awaiting;
        flow.stream.clear();
        flow.stream.shrink_to_fit();
        flow.pending.clear();
        flow.pendingBytes = 0;
    }

    void tryParse(Flows::iterator it, qint64 frame, qint64 timeUs)
    {
        Flow &flow = it->second;
        // TLS records, then the handshake message they carry (possibly over several).
        std::string handshake;
        size_t offset = 0;
        while (flow.stream.size() >= offset + 5) {
            const auto *header =
                reinterpret_cast<const unsigned char *>(flow.stream.data() + offset);
            const size_t length = be16(header + 3);
            if (header[0] != 0x16 || header[1] != 0x03) {
                markIncomplete(flow, QStringLiteral("malformed"));
                return;
            }
            if (flow.stream.size() < offset + 5 + length)
                break;
            handshake.append(flow.stream, offset + 5, length);
            offset += 5 + length;
            if (handshake.size() >= 4) {
                const size_t need =
                    4 + ((size_t(quint8(handshake[1])) << 16) |
                         (size_t(quint8(handshake[2])) << 8) | size_t(quint8(handshake[3])));
                if (handshake.size() >= need)
                    break;
            }
        }
        ClientHelloInfo info;
        const HelloParse result = parseClientHello(handshake, info);
        if (result == HelloParse::Incomplete) {
            if (flow.stream.size() > size_t(m_limits.maxBufferedBytes))
                markIncomplete(flow, QStringLiteral("malformed"));
            return;
        }
        CaptureHello &hello = m_open[size_t(flow.hello)];
        hello.frame = frame; // the packet that completes it
        hello.timeUs = timeUs;
        if (result == HelloParse::Malformed) {
            markIncomplete(flow, QStringLiteral("malformed"));
            return;
        }
        hello.complete = true;
        hello.incompleteReason.clear();
        hello.sni = info.sni;
        QList<quint16> versions =
            info.versions.isEmpty() ? QList<quint16>{info.legacyVersion} : info.versions;
        std::sort(versions.begin(), versions.end(), std::greater<>());
        QStringList names;
        for (const quint16 version : versions)
            names << tlsVersionName(version);
        hello.versions = names.join(QLatin1Char(','));
        hello.alpn = info.alpn.join(QLatin1Char(','));
        hello.cipherCount = int(std::count_if(info.cipherSuites.cbegin(), info.cipherSuites.cend(),
                                              [](quint16 c) { return !isGrease(c); }));
        hello.ja4 = info.ja4;
        flow.state = Flow::State::Awaiting;
        flow.stream.clear();
        flow.stream.shrink_to_fit();
        flow.pending.clear();
        flow.pendingBytes = 0;
    }

    void serverPacket(Flows::iterator it, qint64 frame, qint64 timeUs, const Packet &p)
    {
        Flow &flow = it->second;
        flow.lastUs = timeUs;
        if (flow.state == Flow::State::SynSeen)
            return; // SYN-ACK and the like
        if (p.flags & Rst) {
            finish(it, ServerReaction::Rst, {}, frame, timeUs, QStringLiteral("connection_closed"));
            return;
        }
        if (flow.state == Flow::State::Collecting) {
            if (p.flags & Fin)
                finish(it, ServerReaction::Fin, {}, frame, timeUs,
                       QStringLiteral("connection_closed"));
            return; // the server waits for the rest of the hello
        }
        if (p.payloadLength > 0) {
            const unsigned char *d = p.payload;
            if (p.payloadLength >= 6 && d[0] == 0x16 && d[5] == 0x02)
                finish(it, ServerReaction::ServerHello, serverHelloVersion(d, p.payloadLength),
                       frame, timeUs, {});
            else if (p.payloadLength >= 7 && d[0] == 0x15)
                finish(it, ServerReaction::Alert, tlsAlertName(d[6]), frame, timeUs, {});
            else
                finish(it, ServerReaction::Data, {}, frame, timeUs, {});
            return;
        }
        if (p.flags & Fin)
            finish(it, ServerReaction::Fin, {}, frame, timeUs, {});
    }

    Flows::iterator finish(Flows::iterator it, ServerReaction reaction, const QString &detail,
                           qint64 frame, qint64 timeUs, const QString &incompleteReason)
    {
        Flow &flow = it->second;
        if (flow.state == Flow::State::Collecting && flow.hello >= 0 && !incompleteReason.isEmpty())
            m_open[size_t(flow.hello)].incompleteReason = incompleteReason;
        if (flow.hello >= 0) {
            CaptureHello hello = m_open[size_t(flow.hello)];
            m_freeSlots.push_back(flow.hello);
            hello.reaction = reaction;
            hello.reactionDetail = detail;
            hello.reactionFrame = frame;
            hello.delayMs = frame > 0 ? double(timeUs - hello.timeUs) / 1000.0 : -1;
            record(hello);
        }
        return m_flows.erase(it);
    }

    void record(const CaptureHello &hello)
    {
        ++m_summary.clientHellos;
        if (!hello.complete)
            ++m_summary.incomplete;
        const bool noSni = hello.complete && hello.sni.isEmpty();
        if (hello.reaction == ServerReaction::Rst) {
            ++m_summary.resetAfterHello;
            if (noSni)
                ++m_summary.resetWithoutSni;
        }
        if (noSni) {
            ++m_summary.withoutSni;
            const QString client = addressOnly(hello.client);
            auto stat = m_clients.find(client);
            if (stat == m_clients.end() && m_clients.size() < 10000)
                stat = m_clients.insert(client, CaptureClientStat{client, 0, 0, {}});
            if (stat != m_clients.end()) {
                ++stat->withoutSni;
                if (hello.reaction == ServerReaction::Rst)
                    ++stat->resets;
                if (!stat->ja4s.contains(hello.ja4) && stat->ja4s.size() < 8)
                    stat->ja4s << hello.ja4;
            }
            if (m_ja4.size() < 1000 || m_ja4.contains(hello.ja4))
                ++m_ja4[hello.ja4];
        } else if (hello.complete) {
            if (m_names.size() < 1000 || m_names.contains(hello.sni))
                ++m_names[hello.sni];
        }
        if (m_summary.hellos.size() < m_limits.maxHellos)
            m_summary.hellos << hello;
        else
            m_summary.hellosTruncated = true;
        if (sink)
            sink(hello);
    }

public:
    void summarize()
    {
        std::sort(m_summary.hellos.begin(), m_summary.hellos.end(),
                  [](const CaptureHello &a, const CaptureHello &b) { return a.frame < b.frame; });
        m_summary.clientsWithoutSni = m_clients.values();
        std::sort(m_summary.clientsWithoutSni.begin(), m_summary.clientsWithoutSni.end(),
                  [](const CaptureClientStat &a, const CaptureClientStat &b) {
                      return a.withoutSni != b.withoutSni ? a.withoutSni > b.withoutSni
                                                          : a.client < b.client;
                  });
        const auto sorted = [](const QHash<QString, qint64> &counts) {
            QList<CaptureNameCount> list;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                list << CaptureNameCount{it.key(), it.value()};
            std::sort(list.begin(), list.end(),
                      [](const CaptureNameCount &a, const CaptureNameCount &b) {
                          return a.count != b.count ? a.count > b.count : a.name < b.name;
                      });
            return list;
        };
        m_summary.sniNames = sorted(m_names);
        m_summary.ja4WithoutSni = sorted(m_ja4);
    }

private:
    const CaptureLimits &m_limits;
    CaptureSummary &m_summary;
    Flows m_flows;
    std::deque<std::pair<qint64, FlowKey>> m_order;
    qint64 m_created = 0;
    std::vector<CaptureHello> m_open;
    std::vector<int> m_freeSlots;
    QHash<QString, CaptureClientStat> m_clients;
    QHash<QString, qint64> m_names;
    QHash<QString, qint64> m_ja4;
};

Error captureError(CaptureError code, const QString &path, const QString &reason = {})
{
    return Error(code, {{"file", path}, {"reason", reason}});
}

} // namespace

QString serverReactionId(ServerReaction reaction)
{
    switch (reaction) {
    case ServerReaction::None:
        return QStringLiteral("none");
    case ServerReaction::ServerHello:
        return QStringLiteral("server_hello");
    case ServerReaction::Alert:
        return QStringLiteral("alert");
    case ServerReaction::Rst:
        return QStringLiteral("rst");
    case ServerReaction::Fin:
        return QStringLiteral("fin");
    case ServerReaction::Data:
        return QStringLiteral("data");
    }
    return {};
}

Result<CaptureSummary> analyzeCapture(const QString &path, TaskControl &control,
                                      const CaptureLimits &limits)
{
    return analyzeCaptureWithSink(path, control, limits, {});
}

namespace {

Result<CaptureSummary> analyzeOpenCapture(pcap_t *pcap, const QString &path, qint64 fileSize,
                                          TaskControl &control, const CaptureLimits &limits,
                                          const std::function<void(const CaptureHello &)> &sink);

} // namespace

Result<CaptureSummary> analyzeCaptureWithSink(const QString &path, TaskControl &control,
                                              const CaptureLimits &limits,
                                              const std::function<void(const CaptureHello &)> &sink)
{
    const QFileInfo info(path);
    if (!info.exists())
        return captureError(CaptureError::NoSuchFile, path);
    if (info.isDir())
        return captureError(CaptureError::IsFolder, path);
    char errors[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_open_offline_with_tstamp_precision(QFile::encodeName(path).constData(),
                                                           PCAP_TSTAMP_PRECISION_MICRO, errors);
    if (!pcap) {
        return captureError(CaptureError::NotCapture, path, QString::fromLocal8Bit(errors));
    }
    return analyzeOpenCapture(pcap, path, info.size(), control, limits, sink);
}

Result<CaptureSummary> analyzeCaptureStream(FILE *file, const QString &name, TaskControl &control,
                                            const CaptureLimits &limits)
{
    char errors[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap =
        pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, errors);
    if (!pcap)
        return captureError(CaptureError::Unreadable, name, QString::fromLocal8Bit(errors));
    return analyzeOpenCapture(pcap, name, 1, control, limits, {});
}

namespace {

Result<CaptureSummary> analyzeOpenCapture(pcap_t *pcap, const QString &path, qint64 fileSize,
                                          TaskControl &control, const CaptureLimits &limits,
                                          const std::function<void(const CaptureHello &)> &sink)
{
    const int linkType = pcap_datalink(pcap);
    if (!isSupportedLink(linkType)) {
        pcap_close(pcap);
        return Error(CaptureError::LinkType, {{"file", path},
                                              {"name", linkTypeName(linkType)},
                                              {"link_type", QString::number(linkType)}});
    }
    CaptureSummary summary;
    summary.file = path;
    summary.linkTypes << linkTypeName(linkType);
    Analysis analysis(limits, summary);
    analysis.sink = sink;
    const qint64 total = std::max<qint64>(1, fileSize);
    control.setProgressRange(0, 1000);
    FILE *file = pcap_file(pcap);
    pcap_pkthdr *header = nullptr;
    const unsigned char *data = nullptr;
    qint64 lastExpiry = 0;
    for (;;) {
        const int rc = pcap_next_ex(pcap, &header, &data);
        if (rc == PCAP_ERROR_BREAK)
            break;
        if (rc == PCAP_ERROR) {
            summary.readError = QString::fromLocal8Bit(pcap_geterr(pcap));
            summary.readErrorFrame = summary.packets + 1;
            break;
        }
        if (rc != 1)
            continue;
        ++summary.packets;
        summary.bytes += header->caplen;
        const qint64 timeUs = qint64(header->ts.tv_sec) * 1000000 + header->ts.tv_usec;
        Packet packet;
        if (decodeLink(linkType, data, header->caplen, header->len, packet))
            analysis.packet(summary.packets, timeUs, packet);
        if (summary.packets % kCancelCheckPackets == 0) {
            if (control.isCanceled()) {
                summary.canceled = true;
                break;
            }
            if (file)
                control.setProgress(int(qint64(std::ftell(file)) * 1000 / total), path);
            if (timeUs - lastExpiry > limits.reactionTimeoutUs / 4) {
                analysis.expire(timeUs);
                lastExpiry = timeUs;
            }
        }
    }
    pcap_close(pcap);
    analysis.endOfFile();
    analysis.summarize();
    summary.findings = captureFindings(summary);
    return summary;
}

} // namespace

QList<Finding> captureFindings(const CaptureSummary &summary)
{
    QList<Finding> findings;
    if (summary.withoutSni > 0) {
        QStringList clients;
        for (const CaptureClientStat &client : summary.clientsWithoutSni.mid(0, 5))
            clients << QStringLiteral("%1 (%2)").arg(client.client).arg(client.withoutSni);
        QStringList ja4;
        for (const CaptureNameCount &name : summary.ja4WithoutSni.mid(0, 3))
            ja4 << name.name;
        qint64 firstFrame = 0;
        for (const CaptureHello &hello : summary.hellos) {
            if (hello.complete && hello.sni.isEmpty()) {
                firstFrame = hello.frame;
                break;
            }
        }
        findings << Finding{QStringLiteral("capture_client_without_sni"),
                            Severity::Error,
                            {{"count", QString::number(summary.withoutSni)},
                             {"clients", clients.join(QStringLiteral(", "))},
                             {"ja4", ja4.join(QStringLiteral(", "))},
                             {"client_count", QString::number(summary.clientsWithoutSni.size())},
                             {"frame", QString::number(firstFrame)}}};
    }
    if (summary.resetAfterHello > 0) {
        qint64 firstFrame = 0;
        for (const CaptureHello &hello : summary.hellos) {
            if (hello.reaction == ServerReaction::Rst) {
                firstFrame = hello.reactionFrame;
                break;
            }
        }
        findings << Finding{QStringLiteral("capture_reset_after_client_hello"),
                            Severity::Error,
                            {{"count", QString::number(summary.resetAfterHello)},
                             {"without_sni", QString::number(summary.resetWithoutSni)},
                             {"frame", QString::number(firstFrame)}}};
    }
    if (summary.clientHellos > 0 && summary.withoutSni == 0 &&
        summary.incomplete < summary.clientHellos) {
        QStringList names;
        for (const CaptureNameCount &name : summary.sniNames.mid(0, 5))
            names << QStringLiteral("%1 (%2)").arg(name.name).arg(name.count);
        findings << Finding{QStringLiteral("capture_sni_present"),
                            Severity::Info,
                            {{"count", QString::number(summary.clientHellos - summary.incomplete)},
                             {"names", names.join(QStringLiteral(", "))}}};
    }
    if (summary.incomplete > 0) {
        QString reason;
        qint64 frame = 0;
        for (const CaptureHello &hello : summary.hellos) {
            if (!hello.complete) {
                reason = hello.incompleteReason;
                frame = hello.frame;
                break;
            }
        }
        findings << Finding{QStringLiteral("capture_incomplete_hellos"),
                            Severity::Warning,
                            {{"count", QString::number(summary.incomplete)},
                             {"reason", reason},
                             {"frame", QString::number(frame)}}};
    }
    if (summary.clientHellos == 0) {
        findings << Finding{QStringLiteral("capture_no_tls"),
                            Severity::Warning,
                            {{"packets", QString::number(summary.packets)},
                             {"tcp_packets", QString::number(summary.tcpPackets)}}};
    }
    if (!summary.readError.isEmpty()) {
        findings << Finding{
            QStringLiteral("capture_truncated"),
            Severity::Warning,
            {{"error", summary.readError}, {"frame", QString::number(summary.readErrorFrame)}}};
    }
    return findings;
}

} // namespace SniDoctor
