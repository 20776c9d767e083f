#include "captureanalyzer.h"

#include "capture/capturefile.h"
#include "capture/clienthello.h"
#include "capture/packetdecode.h"
#include "core/decompress.h"
#include "core/logging.h"
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
#include <memory>
#include <string>
#include <unordered_map>

namespace SniDoctor {

namespace {

constexpr int kCancelCheckPackets = 4096;

using namespace PacketDecode;

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
        Awaiting,
        Retried,  // after a HelloRetryRequest: the client's second ClientHello comes next
        Answered, // the server answered the hello: later client bytes are not hellos
    };
    State state = State::SynSeen;
    quint32 nextSeq = 0;
    std::string stream;                     // client bytes from the start of the hello
    std::map<quint32, std::string> pending; // out-of-order segments, by sequence number
    size_t pendingBytes = 0;
    qint64 created = 0; // for eviction, in creation order
    qint64 lastUs = 0;
    int hello = -1;        // index into the open hellos
    QString proxiedClient; // from a PROXY protocol header before the hello
};

// A ServerHello whose random is the HelloRetryRequest value of RFC 8446 4.1.3.
bool isHelloRetryRequest(const unsigned char *record, size_t length)
{
    static const unsigned char kRetry[32] = {0xCF, 0x21, 0xAD, 0x74, 0xE5, 0x9A, 0x61, 0x11,
                                             0xBE, 0x1D, 0x8C, 0x02, 0x1E, 0x65, 0xB8, 0x91,
                                             0xC2, 0xA2, 0x11, 0x16, 0x7A, 0xBB, 0x8C, 0x5E,
                                             0x07, 0x9E, 0x09, 0xE2, 0xC8, 0xA8, 0x33, 0x9C};
    // record header (5), handshake type and length (4), legacy version (2), random
    return length >= 5 + 4 + 2 + 32 && std::memcmp(record + 11, kRetry, 32) == 0;
}

bool looksLikeClientHello(const Packet &packet)
{
    const unsigned char *p = packet.payload;
    return packet.payloadLength >= 6 && p[0] == 0x16 && p[1] == 0x03 && p[2] <= 0x04 &&
           p[5] == 0x01;
}

// A hello in a connection whose start the capture missed: the record must hold a
// ClientHello of consistent lengths, so that an encrypted handshake record (a TLS 1.2
// Finished whose first encrypted byte is 0x01) is not taken for one.
bool plausibleHelloStart(const Packet &packet)
{
    const unsigned char *p = packet.payload;
    if (!looksLikeClientHello(packet) || packet.payloadLength < 11)
        return false;
    const size_t record = be16(p + 3);
    const size_t message = (size_t(p[6]) << 16) | (size_t(p[7]) << 8) | p[8];
    if (message < 38 || record < 4 || p[9] != 0x03 || p[10] > 0x04)
        return false;
    // Alone in its record, or spread over several full ones.
    return message + 4 == record || (message + 4 > record && record >= 512);
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

    // One frame of link type linkType.
    void onFrame(qint64 frame, qint64 timeUs, int linkType, const unsigned char *data,
                 size_t captured, size_t wire)
    {
        Packet packet;
        if (m_decoder.decode(linkType, data, captured, wire, timeUs, packet))
            this->packet(frame, timeUs, packet);
    }

    void packet(qint64 frame, qint64 timeUs, const Packet &segment)
    {
        ++m_summary.tcpPackets;
        Packet p = segment;
        if (p.flags & Syn)
            p.seq += 1; // data in a SYN (TCP Fast Open) starts after it
        FlowKey key;
        key.family = p.family;
        key.client = p.source;
        key.server = p.destination;
        key.clientPort = p.sourcePort;
        key.serverPort = p.destinationPort;
        if (auto it = m_flows.find(key); it != m_flows.end()) {
            if (it->second.state == Flow::State::Answered && (p.flags & (Syn | Ack)) == Syn)
                m_flows.erase(it); // a new connection on the same ports
            else {
                clientPacket(it, frame, timeUs, p);
                return;
            }
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
            flow.nextSeq = p.seq;
            ++m_summary.connections;
            if (p.payloadLength > 0 || p.payloadCut)
                clientPacket(m_flows.find(key), frame, timeUs, p);
        } else if (plausibleHelloStart(p)) {
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
        if (m_order.size() > 2 * m_flows.size() + 4096)
            compactOrder();
        return flow;
    }

    // Drops the creation records of connections already gone: the list stays within
    // twice the open connections, whatever the file's length.
    void compactOrder()
    {
        std::deque<std::pair<qint64, FlowKey>> live;
        for (const auto &entry : m_order) {
            const auto it = m_flows.find(entry.second);
            if (it != m_flows.end() && it->second.created == entry.first)
                live.push_back(entry);
        }
        m_order.swap(live);
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

    void clientPacket(Flows::iterator it, qint64 frame, qint64 timeUs, const Packet &segment)
    {
        Flow &flow = it->second;
        flow.lastUs = timeUs;
        if (flow.state == Flow::State::Answered) {
            if (segment.flags & (Fin | Rst))
                m_flows.erase(it);
            return; // a retransmitted hello, encrypted records: no new hello here
        }
        if (flow.state == Flow::State::Awaiting)
            return; // the client's own later packets are not the server's answer
        Packet p = segment;
        if (flow.state == Flow::State::Retried) {
            // After a HelloRetryRequest: the second ClientHello, perhaps after a
            // ChangeCipherSpec record (middlebox compatibility), where the first ended.
            if (p.payloadLength == 0 || p.payloadCut || qint32(p.seq - flow.nextSeq) != 0)
                return;
            const unsigned char *d = p.payload;
            size_t skip = 0;
            while (p.payloadLength - skip >= 6 && d[skip] == 0x14 && d[skip + 1] == 0x03 &&
                   be16(d + skip + 3) == 1)
                skip += 6;
            if (skip == p.payloadLength) {
                flow.nextSeq += quint32(skip);
                return;
            }
            const size_t rest = p.payloadLength - skip;
            if (rest < 6 || d[skip] != 0x16 || d[skip + 1] != 0x03 || d[skip + 5] != 0x01) {
                flow.state = Flow::State::Awaiting; // not a hello: nothing more to read
                return;
            }
            flow.nextSeq += quint32(skip); // the CCS is read as already seen
            flow.state = Flow::State::Collecting;
        }
        if (p.payloadLength == 0 && !p.payloadCut) {
            if (flow.state == Flow::State::SynSeen && (p.flags & (Fin | Rst)))
                m_flows.erase(it); // closed before any hello
            return;
        }
        if (flow.state == Flow::State::SynSeen) {
            const qint32 offset = qint32(p.seq - flow.nextSeq);
            if (offset > 0) {
                // A later segment before the first (a retransmitted first segment):
                // kept until the first comes.
                if (!p.payloadCut &&
                    flow.pendingBytes + p.payloadLength <= size_t(m_limits.maxBufferedBytes)) {
                    flow.pending[p.seq].assign(reinterpret_cast<const char *>(p.payload),
                                               p.payloadLength);
                    flow.pendingBytes += p.payloadLength;
                }
                return;
            }
            if (offset < 0)
                return;
            // A PROXY protocol header first (a load balancer's): skipped, its client kept.
            if (const size_t skip = proxyHeader(p.payload, p.payloadLength, flow.proxiedClient);
                skip > 0) {
                flow.nextSeq += quint32(skip);
                p.payload += skip;
                p.payloadLength -= skip;
                p.seq += quint32(skip);
                if (p.payloadLength == 0) {
                    if (auto first = flow.pending.find(flow.nextSeq); first != flow.pending.end()) {
                        // The hello came before the header that precedes it.
                        const std::string data = std::move(first->second);
                        flow.pendingBytes -= data.size();
                        flow.pending.erase(first);
                        Packet next = p;
                        next.payload = reinterpret_cast<const unsigned char *>(data.data());
                        next.payloadLength = data.size();
                        clientPacket(it, frame, timeUs, next);
                    }
                    return;
                }
            }
            if (looksLikeSslv2ClientHello(p.payload, p.payloadLength)) {
                sslv2Hello(it, frame, timeUs, p);
                return;
            }
            if (!looksLikeClientHello(p)) {
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
        hello.proxiedClient = flow.proxiedClient;
        if (!m_freeSlots.empty()) {
            flow.hello = m_freeSlots.back();
            m_freeSlots.pop_back();
            m_open[size_t(flow.hello)] = hello;
        } else {
            flow.hello = int(m_open.size());
            m_open.push_back(hello);
        }
    }

    // An SSLv2-compatible ClientHello at the start of the connection: one record,
    // in this segment (they are small).
    void sslv2Hello(Flows::iterator it, qint64 frame, qint64 timeUs, const Packet &p)
    {
        Flow &flow = it->second;
        flow.state = Flow::State::Collecting;
        startHello(flow, frame, timeUs, it->first);
        CaptureHello &hello = m_open[size_t(flow.hello)];
        hello.sslv2 = true;
        ClientHelloInfo info;
        size_t length = 0;
        const HelloParse result = parseSslv2ClientHello(
            std::string_view(reinterpret_cast<const char *>(p.payload), p.payloadLength), info,
            length);
        if (result != HelloParse::Ok) {
            markIncomplete(flow,
                           p.payloadCut ? QStringLiteral("snaplen") : QStringLiteral("malformed"));
            return;
        }
        hello.complete = true;
        hello.incompleteReason.clear();
        hello.versions = tlsVersionName(info.legacyVersion);
        hello.cipherCount = int(info.cipherSuites.size());
        hello.ja4 = info.ja4;
        flow.nextSeq = p.seq + quint32(length);
        flow.state = Flow::State::Awaiting;
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
            // Readable up to its server name: the name is given, the hello marked.
            if (info.hasSni)
                hello.sni = info.sni;
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
        if (flow.state == Flow::State::Answered) {
            if (p.flags & (Fin | Rst))
                m_flows.erase(it);
            return;
        }
        if (flow.state == Flow::State::SynSeen)
            return; // SYN-ACK and the like
        if (flow.state == Flow::State::Retried) {
            if (p.flags & (Rst | Fin))
                m_flows.erase(it); // closed before the second hello
            return;                // the rest of the HelloRetryRequest (its CCS)
        }
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
            if (p.payloadLength >= 6 && d[0] == 0x16 && d[5] == 0x02 &&
                isHelloRetryRequest(d, p.payloadLength))
                retried(it, frame, timeUs);
            else if (p.payloadLength >= 6 && d[0] == 0x16 && d[5] == 0x02)
                finish(it, ServerReaction::ServerHello, serverHelloVersion(d, p.payloadLength),
                       frame, timeUs, {}, true);
            else if (p.payloadLength >= 3 && (d[0] & 0x80) && d[2] == 0x04)
                finish(it, ServerReaction::ServerHello, QStringLiteral("SSLv2"), frame, timeUs, {},
                       true);
            else if (p.payloadLength >= 7 && d[0] == 0x15)
                finish(it, ServerReaction::Alert, tlsAlertName(d[6]), frame, timeUs, {}, true);
            else
                finish(it, ServerReaction::Data, {}, frame, timeUs, {}, true);
            return;
        }
        if (p.flags & Fin)
            finish(it, ServerReaction::Fin, {}, frame, timeUs, {});
    }

    // The first hello's answer is a HelloRetryRequest: recorded as such, and the
    // connection stays to read the client's second hello.
    void retried(Flows::iterator it, qint64 frame, qint64 timeUs)
    {
        Flow &flow = it->second;
        if (flow.hello >= 0) {
            CaptureHello hello = m_open[size_t(flow.hello)];
            m_freeSlots.push_back(flow.hello);
            hello.reaction = ServerReaction::HelloRetryRequest;
            hello.reactionFrame = frame;
            hello.delayMs = double(timeUs - hello.timeUs) / 1000.0;
            record(hello);
        }
        flow.hello = -1;
        flow.state = Flow::State::Retried;
    }

    // Records the hello's reaction. keep: the connection goes on (the server answered),
    // remembered until it closes so that its later bytes are never read as a hello.
    Flows::iterator finish(Flows::iterator it, ServerReaction reaction, const QString &detail,
                           qint64 frame, qint64 timeUs, const QString &incompleteReason,
                           bool keep = false)
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
        if (keep) {
            flow.state = Flow::State::Answered;
            flow.hello = -1;
            flow.stream.clear();
            flow.stream.shrink_to_fit();
            flow.pending.clear();
            flow.pendingBytes = 0;
            return std::next(it);
        }
        return m_flows.erase(it);
    }

    void record(const CaptureHello &hello)
    {
        ++m_summary.clientHellos;
        if (!hello.complete) {
            ++m_summary.incomplete;
            if (hello.incompleteReason == QLatin1String("snaplen"))
                ++m_summary.incompleteSnaplen;
        }
        if (hello.sslv2)
            ++m_summary.sslv2Hellos;
        const bool noSni = hello.complete && hello.sni.isEmpty();
        if (hello.reaction == ServerReaction::Rst) {
            ++m_summary.resetAfterHello;
            if (noSni)
                ++m_summary.resetWithoutSni;
        }
        if (noSni) {
            ++m_summary.withoutSni;
            const QString client =
                addressOnly(hello.proxiedClient.isEmpty() ? hello.client : hello.proxiedClient);
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
        for (int kind = 0; kind < Decoder::kKinds; ++kind) {
            const qint64 count = m_decoder.counts[size_t(kind)];
            if (count == 0)
                continue;
            const CaptureNameCount entry{
                QString::fromLatin1(Decoder::kindName(Decoder::Kind(kind))), count};
            if (kind < Decoder::kOpenedKinds)
                m_summary.encapsulations << entry;
            else
                m_summary.unreadable << entry;
        }
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
    Decoder m_decoder;
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
    case ServerReaction::HelloRetryRequest:
        return QStringLiteral("hello_retry_request");
    }
    return {};
}

Result<CaptureSummary> analyzeCapture(const QString &path, TaskControl &control,
                                      const CaptureLimits &limits)
{
    return analyzeCaptureWithSink(path, control, limits, {});
}

namespace {

Result<CaptureSummary> analyzeOpenCapture(CaptureFile::Reader &reader, const QString &path,
                                          qint64 fileSize, TaskControl &control,
                                          const CaptureLimits &limits,
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
    // Plain, or compressed with gzip, bzip2, xz or zstd (as tshark reads them): the
    // reader tells them apart by content.
    CaptureFile::Reader reader;
    QString error;
    if (!reader.openFile(path, &error)) {
        return captureError(reader.failure() == CaptureFile::Reader::Failure::NotCapture
                                ? CaptureError::NotCapture
                                : CaptureError::Unreadable,
                            path, error);
    }
    return analyzeOpenCapture(reader, path, info.size(), control, limits, sink);
}

Result<CaptureSummary> analyzeCaptureStream(FILE *file, const QString &name, TaskControl &control,
                                            const CaptureLimits &limits)
{
    CaptureFile::Reader reader;
    QString error;
    if (!reader.openStream(file, &error))
        return captureError(CaptureError::Unreadable, name, error);
    return analyzeOpenCapture(reader, name, 0, control, limits, {});
}

namespace {

Error linkTypeError(const QString &path, int linkType)
{
    return Error(CaptureError::LinkType, {{"file", path},
                                          {"name", linkTypeName(linkType)},
                                          {"link_type", QString::number(linkType)}});
}

Result<CaptureSummary> analyzeOpenCapture(CaptureFile::Reader &reader, const QString &path,
                                          qint64 fileSize, TaskControl &control,
                                          const CaptureLimits &limits,
                                          const std::function<void(const CaptureHello &)> &sink)
{
    // A pcap has one link type, known now; a pcapng's interfaces may come at any point,
    // and it is refused only when none of them is one we read.
    if (!reader.isPcapng() && !isSupportedLink(reader.linkTypes().value(0)))
        return linkTypeError(path, reader.linkTypes().value(0));
    CaptureSummary summary;
    summary.file = path;
    Analysis analysis(limits, summary);
    analysis.sink = sink;
    control.setProgressRange(0, 1000);
    CaptureFile::Frame frame;
    qint64 lastExpiry = 0;
    for (;;) {
        const CaptureFile::Reader::Next next = reader.next(frame);
        if (next == CaptureFile::Reader::Next::End)
            break;
        if (next == CaptureFile::Reader::Next::Error) {
            summary.readError = reader.errorString();
            summary.readErrorFrame = summary.packets + 1;
            break;
        }
        ++summary.packets;
        summary.bytes += frame.captured;
        analysis.onFrame(summary.packets, frame.timeUs, frame.linkType, frame.data, frame.captured,
                         frame.wire);
        if (summary.packets % kCancelCheckPackets == 0) {
            if (control.isCanceled()) {
                summary.canceled = true;
                break;
            }
            if (fileSize > 0)
                control.setProgress(int(reader.bytesRead() * 1000 / fileSize), path);
            if (frame.timeUs - lastExpiry > limits.reactionTimeoutUs / 4) {
                analysis.expire(frame.timeUs);
                lastExpiry = frame.timeUs;
            }
        }
    }
    // Every distinct link type, in the order the interfaces came.
    int supported = 0;
    const QList<int> linkTypes = reader.linkTypes();
    for (const int linkType : linkTypes) {
        const QString name = linkTypeName(linkType);
        if (!summary.linkTypes.contains(name))
            summary.linkTypes << name;
        supported += isSupportedLink(linkType) ? 1 : 0;
    }
    if (supported == 0 && !linkTypes.isEmpty())
        return linkTypeError(path, linkTypes.front());
    analysis.endOfFile();
    analysis.summarize();
    summary.findings = captureFindings(summary);
    qCDebug(logCapture) << "read" << path << summary.linkTypes << summary.packets << "packets,"
                        << summary.clientHellos << "ClientHellos," << summary.withoutSni
                        << "without SNI," << summary.resetAfterHello << "reset"
                        << (summary.canceled ? "(canceled)" : "");
    return summary;
}

} // namespace

} // namespace SniDoctor
