#pragma once

// Internal to capture/: one captured frame decoded down to its TCP segment, for the
// link types libpcap hands us (Ethernet, Linux cooked v1 and v2, raw IP, loopback, BSD
// null), through the encapsulations a Kubernetes node or a laptop produces (802.1Q and
// QinQ, PPPoE, MPLS, GRE with ERSPAN I-III, IP-in-IP, VXLAN, Geneve, GTP-U), with IPv4
// and IPv6 fragments reassembled. Include only from capture/*.cpp.

#include <QString>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace SniDoctor::PacketDecode {

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
    int tunnels = 0;          // encapsulations around the inner IP packet
    // Non-zero when the frame is an IP fragment (or completed a datagram): which
    // datagram it belongs to. Set even when decoding stops at a fragment still waiting.
    quint64 fragmentKey = 0;
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

// Decodes frames one after the other; keeps the fragments of IP datagrams not yet
// whole (bounded), and counts the tunnels it opened and the traffic that looked
// tunnelled or encrypted but could not be read.
class Decoder
{
public:
    // A frame of link type linkType (captured bytes of wire bytes) down to its TCP
    // segment; false when it holds none (not TCP, a fragment still waiting, ...). The
    // payload may point into the decoder's own buffer: valid until the next call.
    [[nodiscard]] bool decode(int linkType, const unsigned char *data, size_t captured, size_t wire,
                              qint64 timeUs, Packet &out);

    // What was opened, and what looked tunnelled or encrypted but could not be read.
    enum Kind
    {
        Pppoe,
        Mpls,
        Gre,
        Erspan,
        IpInIp,
        Vxlan,
        Geneve,
        GtpU,
        Fragmented, // IP datagrams reassembled from fragments
        kOpenedKinds,
        VxlanUnreadable = kOpenedKinds, // UDP 4789/8472 that is not VXLAN
        GeneveUnreadable,
        GtpUnreadable,
        GreUnreadable, // PPTP's enhanced GRE, routing, an unknown protocol
        Esp,           // IPsec: encrypted
        WireGuard,     // UDP 51820: encrypted (Calico, Cilium encryption)
        IpsecNatT,     // UDP 4500: encrypted
        TooDeep,       // more than 8 encapsulations
        kKinds
    };
    std::array<qint64, kKinds> counts{};
    [[nodiscard]] static const char *kindName(Kind kind); // "VXLAN", "UDP 4789 (VXLAN?)", ...

private:
    struct Fragments
    {
        int family = 0;
        std::array<unsigned char, 16> source{};
        std::array<unsigned char, 16> destination{};
        quint32 id = 0;
        int protocol = -1; // from the first fragment (offset 0)
        size_t total = 0;  // payload length, known once the last fragment came
        bool cut = false;  // a fragment was cut by the snap length
        std::string data;  // the payload so far
        std::vector<std::pair<size_t, size_t>> have; // [begin, end) ranges received
        qint64 lastUs = 0;
    };

    bool link(int linkType, const unsigned char *data, size_t captured, int depth, Packet &out);
    bool etherType(quint16 type, const unsigned char *data, size_t captured, int depth,
                   Packet &out);
    bool ethernet(const unsigned char *data, size_t captured, int depth, Packet &out);
    bool ip(const unsigned char *data, size_t captured, int depth, Packet &out);
    bool transport(int protocol, const unsigned char *data, size_t captured, size_t wire, int depth,
                   Packet &out);
    bool udp(const unsigned char *data, size_t captured, int depth, Packet &out);
    bool gre(const unsigned char *data, size_t captured, int depth, Packet &out);
    bool tcp(const unsigned char *data, size_t captured, size_t wire, Packet &out);
    // A fragment stored; true with the whole payload in m_whole when it completes one.
    bool fragment(int family, const unsigned char *source, const unsigned char *destination,
                  quint32 id, int protocol, size_t offset, bool more, const unsigned char *data,
                  size_t length, bool cut, int depth);
    // The transport segment of the datagram fragment() has just completed.
    bool reassembled(int depth, Packet &out);
    void opened(Kind kind, Packet &out)
    {
        ++counts[kind];
        ++out.tunnels;
    }
    void unreadable(Kind kind) { ++counts[kind]; }

    std::vector<Fragments> m_fragments; // few at a time: a linear search is enough
    size_t m_fragmentBytes = 0;
    std::array<std::string, 9> m_whole; // the datagram last reassembled, per depth
    int m_wholeProtocol = 0;
    bool m_wholeCut = false;
    qint64 m_nowUs = 0;
};

// Which datagram an IP fragment belongs to (Packet::fragmentKey).
[[nodiscard]] quint64 fragmentKeyOf(int family, const unsigned char *source,
                                    const unsigned char *destination, quint32 id);
// One frame through a decoder of its own (no fragments kept across calls).
[[nodiscard]] bool decodeLink(int linkType, const unsigned char *data, size_t captured, size_t wire,
                              Packet &out);
[[nodiscard]] bool isSupportedLink(int linkType);
// The length of a PROXY protocol header (v1 text or v2 binary) at the start of a
// client's bytes, 0 when there is none or it is not whole here; client: the address
// it names ("ip:port"), when it names one.
[[nodiscard]] size_t proxyHeader(const unsigned char *data, size_t length, QString &client);
[[nodiscard]] QString linkTypeName(int linkType);
// "address:port" ("[address]:port" for IPv6).
[[nodiscard]] QString endpoint(int family, const std::array<unsigned char, 16> &address,
                               quint16 port);
// The address of an endpoint() text, without its port.
[[nodiscard]] QString addressOnly(const QString &endpointText);

} // namespace SniDoctor::PacketDecode
