#include "packetdecode.h"

#include <QByteArray>
#include <QList>

#include <pcap/pcap.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cstring>

namespace SniDoctor::PacketDecode {

namespace {

constexpr int kLinkNull = 0, kLinkEthernet = 1, kLinkRaw = 12, kLinkRawAlt = 14, kLinkLoop = 108,
              kLinkSll = 113, kLinkIpv4 = 228, kLinkIpv6 = 229, kLinkSll2 = 276,
              kLinkRawLinktype = 101;

constexpr int kMaxDepth = 8;                      // encapsulations inside one another
constexpr size_t kMaxDatagram = 65535;            // an IP payload reassembled
constexpr size_t kMaxFragmentBytes = 8 << 20;     // every datagram still waiting
constexpr size_t kMaxFragmentSets = 256;          // datagrams waiting at once
constexpr size_t kMaxPieces = 512;                // fragments of one datagram
constexpr qint64 kFragmentTimeoutUs = 60'000'000; // as Linux's ipfrag_time (30 s) and more

bool covers(std::vector<std::pair<size_t, size_t>> ranges, size_t total)
{
    std::sort(ranges.begin(), ranges.end());
    size_t reached = 0;
    for (const auto &[begin, end] : ranges) {
        if (begin > reached)
            return false;
        reached = std::max(reached, end);
        if (reached >= total)
            return true;
    }
    return reached >= total;
}

} // namespace

const char *Decoder::kindName(Kind kind)
{
    switch (kind) {
    case Pppoe:
        return "PPPoE";
    case Mpls:
        return "MPLS";
    case Gre:
        return "GRE";
    case Erspan:
        return "ERSPAN";
    case IpInIp:
        return "IP-in-IP";
    case Vxlan:
        return "VXLAN";
    case Geneve:
        return "Geneve";
    case GtpU:
        return "GTP-U";
    case Fragmented:
        return "IP fragments";
    case VxlanUnreadable:
        return "UDP 4789/8472 (VXLAN?)";
    case GeneveUnreadable:
        return "UDP 6081 (Geneve?)";
    case GtpUnreadable:
        return "UDP 2152 (GTP-U?)";
    case GreUnreadable:
        return "GRE (PPTP or unknown payload)";
    case Esp:
        return "ESP (IPsec, encrypted)";
    case WireGuard:
        return "UDP 51820 (WireGuard, encrypted)";
    case IpsecNatT:
        return "UDP 4500 (IPsec NAT-T, encrypted)";
    case TooDeep:
        return "more than 8 encapsulations";
    case kKinds:
        break;
    }
    return "";
}

bool Decoder::decode(int linkType, const unsigned char *data, size_t captured, size_t wire,
                     qint64 timeUs, Packet &out)
{
    (void)wire; // the IP headers' lengths say what the wire had
    m_nowUs = timeUs;
    return link(linkType, data, captured, 0, out);
}

bool Decoder::link(int linkType, const unsigned char *data, size_t captured, int depth, Packet &out)
{
    switch (linkType) {
    case kLinkEthernet:
        return ethernet(data, captured, depth, out);
    case kLinkSll:
        if (captured < 16)
            return false;
        return etherType(be16(data + 14), data + 16, captured - 16, depth, out);
    case kLinkSll2:
        if (captured < 20)
            return false;
        return etherType(be16(data), data + 20, captured - 20, depth, out);
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
        return ip(data + 4, captured - 4, depth, out);
    }
    case kLinkRaw:
    case kLinkRawAlt:
    case kLinkRawLinktype:
    case kLinkIpv4:
    case kLinkIpv6:
        return ip(data, captured, depth, out);
    default:
        return false;
    }
}

bool Decoder::ethernet(const unsigned char *data, size_t captured, int depth, Packet &out)
{
    if (captured < 14)
        return false;
    return etherType(be16(data + 12), data + 14, captured - 14, depth, out);
}

bool Decoder::etherType(quint16 type, const unsigned char *data, size_t captured, int depth,
                        Packet &out)
{
    // 802.1Q, 802.1ad (QinQ) and the old 0x9100: one or more VLAN tags.
    for (int tags = 0; (type == 0x8100 || type == 0x88a8 || type == 0x9100) && tags < 8; ++tags) {
        if (captured < 4)
            return false;
        type = be16(data + 2);
        data += 4;
        captured -= 4;
    }
    if (depth >= kMaxDepth) {
        unreadable(TooDeep);
        return false;
    }
    switch (type) {
    case 0x0800:
    case 0x86dd:
        return ip(data, captured, depth, out);
    case 0x6558: // transparent Ethernet bridging (NVGRE, Geneve)
        return ethernet(data, captured, depth + 1, out);
    case 0x8864: { // PPPoE session: 6-byte header, then the PPP protocol
        if (captured < 8 || data[0] != 0x11)
            return false;
        const quint16 protocol = be16(data + 6);
        if (protocol != 0x0021 && protocol != 0x0057)
            return false;
        opened(Pppoe, out);
        return ip(data + 8, captured - 8, depth + 1, out);
    }
    case 0x8847:
    case 0x8848: { // MPLS: labels down to the bottom of the stack
        size_t offset = 0;
        for (;;) {
            if (captured < offset + 4 || offset >= 64)
                return false;
            const bool bottom = (data[offset + 2] & 0x01) != 0;
            offset += 4;
            if (bottom)
                break;
        }
        if (captured <= offset)
            return false;
        opened(Mpls, out);
        const int nibble = data[offset] >> 4;
        if (nibble == 4 || nibble == 6)
            return ip(data + offset, captured - offset, depth + 1, out);
        if (nibble == 0 && captured >= offset + 4) // a pseudowire's control word, then Ethernet
            return ethernet(data + offset + 4, captured - offset - 4, depth + 1, out);
        return false;
    }
    default:
        return false;
    }
}

bool Decoder::ip(const unsigned char *data, size_t captured, int depth, Packet &out)
{
    if (captured < 1)
        return false;
    const int version = data[0] >> 4;
    if (version == 4) {
        if (captured < 20)
            return false;
        const size_t headerLength = size_t(data[0] & 0x0f) * 4;
        const size_t total = be16(data + 2);
        if (headerLength < 20 || captured < headerLength || total < headerLength)
            return false;
        out.family = 4;
        out.source.fill(0); // an outer IPv6 header's bytes must not stay behind
        out.destination.fill(0);
        std::memcpy(out.source.data(), data + 12, 4);
        std::memcpy(out.destination.data(), data + 16, 4);
        const int protocol = data[9];
        const quint16 fragment = be16(data + 6);
        // Ethernet pads short frames: trust the IP length, not the captured length.
        const size_t payloadWire = total - headerLength;
        const size_t payloadCaptured = std::min(captured - headerLength, payloadWire);
        const size_t offset = size_t(fragment & 0x1fff) * 8;
        if ((fragment & 0x2000) != 0 || offset != 0) {
            out.fragmentKey = fragmentKeyOf(4, data + 12, data + 16, be16(data + 4));
            if (!this->fragment(4, data + 12, data + 16, be16(data + 4), protocol, offset,
                                (fragment & 0x2000) != 0, data + headerLength, payloadCaptured,
                                payloadCaptured < payloadWire, depth))
                return false;
            return reassembled(depth, out);
        }
        return transport(protocol, data + headerLength, payloadCaptured, payloadWire, depth, out);
    }
    if (version == 6) {
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
                const size_t fragmentOffset = size_t(be16(data + offset + 2) & 0xfff8);
                const bool more = (data[offset + 3] & 0x01) != 0;
                const int protocol = data[offset];
                const quint32 id = be32(data + offset + 4);
                offset += 8;
                payloadLength = payloadLength >= 8 ? payloadLength - 8 : 0;
                if (fragmentOffset == 0 && !more) { // an atomic fragment: whole already
                    next = protocol;
                    continue;
                }
                if (captured < offset)
                    return false;
                const size_t have = std::min(captured - offset, payloadLength);
                out.fragmentKey = fragmentKeyOf(6, data + 8, data + 24, id);
                if (!this->fragment(6, data + 8, data + 24, id, protocol, fragmentOffset, more,
                                    data + offset, have, have < payloadLength, depth))
                    return false;
                return reassembled(depth, out);
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
        if (captured < offset)
            return false;
        return transport(next, data + offset, std::min(captured - offset, payloadLength),
                         payloadLength, depth, out);
    }
    return false;
}

bool Decoder::transport(int protocol, const unsigned char *data, size_t captured, size_t wire,
                        int depth, Packet &out)
{
    switch (protocol) {
    case 6:
        return tcp(data, captured, wire, out);
    case 4:  // IPv4 inside IPv4 or IPv6 (Calico's IPIP, 4in6)
    case 41: // IPv6 inside (6in4, 6in6)
        if (depth >= kMaxDepth) {
            unreadable(TooDeep);
            return false;
        }
        opened(IpInIp, out);
        return ip(data, captured, depth + 1, out);
    case 47:
        return gre(data, captured, depth, out);
    case 17:
        return udp(data, captured, depth, out);
    case 50:
        unreadable(Esp);
        return false;
    default:
        return false;
    }
}

bool Decoder::udp(const unsigned char *data, size_t captured, int depth, Packet &out)
{
    if (captured < 8)
        return false;
    const quint16 source = be16(data), destination = be16(data + 2);
    const auto port = [source, destination](quint16 p) { return destination == p || source == p; };
    const unsigned char *body = data + 8;
    const size_t length = captured - 8;
    if (depth >= kMaxDepth) {
        if (port(4789) || port(8472) || port(6081) || port(2152))
            unreadable(TooDeep);
        return false;
    }
    if (port(4789) || port(8472)) { // VXLAN (Linux's own default is 8472: Flannel)
        if (length < 8 || (body[0] & 0x08) == 0) {
            unreadable(VxlanUnreadable);
            return false;
        }
        opened(Vxlan, out);
        return ethernet(body + 8, length - 8, depth + 1, out);
    }
    if (port(6081)) { // Geneve
        if (length < 8 || (body[0] >> 6) != 0) {
            unreadable(GeneveUnreadable);
            return false;
        }
        const size_t header = 8 + size_t(body[0] & 0x3f) * 4;
        if (length < header) {
            unreadable(GeneveUnreadable);
            return false;
        }
        opened(Geneve, out);
        return etherType(be16(body + 2), body + header, length - header, depth + 1, out);
    }
    if (port(2152)) { // GTP-U: a G-PDU carries an IP packet
        if (length < 8 || (body[0] >> 5) != 1 || (body[0] & 0x10) == 0) {
            unreadable(GtpUnreadable);
            return false;
        }
        if (body[1] != 0xff)
            return false; // echo, error indication, end marker: no user data
        size_t header = 8;
        if (body[0] & 0x07) {
            if (length < 12) {
                unreadable(GtpUnreadable);
                return false;
            }
            int next = (body[0] & 0x04) ? body[11] : 0;
            header = 12;
            for (int guard = 0; next != 0 && guard < 16; ++guard) {
                if (length < header + 1 || body[header] == 0 ||
                    length < header + size_t(body[header]) * 4) {
                    unreadable(GtpUnreadable);
                    return false;
                }
                const size_t extension = size_t(body[header]) * 4;
                next = body[header + extension - 1];
                header += extension;
            }
        }
        if (length <= header) {
            unreadable(GtpUnreadable);
            return false;
        }
        opened(GtpU, out);
        return ip(body + header, length - header, depth + 1, out);
    }
    if (port(51820))
        unreadable(WireGuard);
    else if (port(4500))
        unreadable(IpsecNatT);
    return false;
}

bool Decoder::gre(const unsigned char *data, size_t captured, int depth, Packet &out)
{
    if (captured < 4)
        return false;
    const unsigned flags = data[0];
    const int version = data[1] & 0x07;
    const quint16 protocol = be16(data + 2);
    if (version != 0 || (flags & 0x40) != 0 || depth >= kMaxDepth) { // PPTP; source routing
        unreadable(depth >= kMaxDepth ? TooDeep : GreUnreadable);
        return false;
    }
    size_t offset = 4;
    if (flags & 0x80) // checksum and reserved
        offset += 4;
    if (flags & 0x20) // key
        offset += 4;
    const bool sequenced = (flags & 0x10) != 0;
    if (sequenced)
        offset += 4;
    if (captured < offset)
        return false;
    const unsigned char *body = data + offset;
    const size_t length = captured - offset;
    if (protocol == 0x88be) {
        // ERSPAN type II (with a sequence number and an 8-byte header) or type I (none).
        const size_t header = sequenced ? 8 : 0;
        if (length < header) {
            unreadable(GreUnreadable);
            return false;
        }
        opened(Erspan, out);
        return ethernet(body + header, length - header, depth + 1, out);
    }
    if (protocol == 0x22eb) {
        // ERSPAN type III: a 12-byte header, and 8 more when its O flag is set.
        if (length < 12) {
            unreadable(GreUnreadable);
            return false;
        }
        const size_t header = (body[11] & 0x01) ? 20 : 12;
        if (length < header) {
            unreadable(GreUnreadable);
            return false;
        }
        opened(Erspan, out);
        return ethernet(body + header, length - header, depth + 1, out);
    }
    if (protocol != 0x0800 && protocol != 0x86dd && protocol != 0x6558 && protocol != 0x8847 &&
        protocol != 0x8848) {
        unreadable(GreUnreadable);
        return false;
    }
    opened(Gre, out);
    return etherType(protocol, body, length, depth + 1, out);
}

bool Decoder::tcp(const unsigned char *data, size_t captured, size_t wire, Packet &out)
{
    if (captured < 20)
        return false;
    const size_t header = size_t(data[12] >> 4) * 4;
    if (header < 20 || captured < header)
        return false;
    out.sourcePort = be16(data);
    out.destinationPort = be16(data + 2);
    out.seq = be32(data + 4);
    out.flags = data[13];
    out.payload = data + header;
    const size_t wirePayload = wire > header ? wire - header : 0;
    out.payloadLength = std::min(captured - header, wirePayload);
    out.payloadCut = out.payloadLength < wirePayload;
    return true;
}

bool Decoder::reassembled(int depth, Packet &out)
{
    opened(Fragmented, out);
    const std::string &whole = m_whole[size_t(depth)];
    const bool cut = m_wholeCut; // a datagram inside may be reassembled in turn
    const bool ok =
        transport(m_wholeProtocol, reinterpret_cast<const unsigned char *>(whole.data()),
                  whole.size(), whole.size(), depth, out);
    if (ok && cut)
        out.payloadCut = true;
    return ok;
}

quint64 fragmentKeyOf(int family, const unsigned char *source, const unsigned char *destination,
                      quint32 id)
{
    quint64 hash = 1469598103934665603ULL ^ quint64(family);
    const size_t n = family == 4 ? 4 : 16;
    const auto mix = [&hash](const unsigned char *p, size_t count) {
        for (size_t i = 0; i < count; ++i)
            hash = (hash ^ p[i]) * 1099511628211ULL;
    };
    mix(source, n);
    mix(destination, n);
    const unsigned char ids[4] = {uchar(id >> 24), uchar(id >> 16), uchar(id >> 8), uchar(id)};
    mix(ids, 4);
    return hash | 1; // never 0
}

bool Decoder::fragment(int family, const unsigned char *source, const unsigned char *destination,
                       quint32 id, int protocol, size_t offset, bool more,
                       const unsigned char *data, size_t length, bool cut, int depth)
{
    const size_t end = offset + length;
    const size_t addressLength = family == 4 ? 4 : 16;
    const auto same = [&](const Fragments &f) {
        return f.family == family && f.id == id &&
               std::memcmp(f.source.data(), source, addressLength) == 0 &&
               std::memcmp(f.destination.data(), destination, addressLength) == 0;
    };
    // Forget datagrams whose fragments stopped coming, and the oldest beyond the bounds.
    m_fragments.erase(std::remove_if(m_fragments.begin(), m_fragments.end(),
                                     [&](const Fragments &f) {
                                         const bool gone =
                                             m_nowUs - f.lastUs > kFragmentTimeoutUs ||
                                             (end > kMaxDatagram && same(f));
                                         if (gone)
                                             m_fragmentBytes -= f.data.size();
                                         return gone;
                                     }),
                      m_fragments.end());
    if (end > kMaxDatagram)
        return false; // larger than any IP datagram: not a fragment we can place
    while (!m_fragments.empty() &&
           (m_fragments.size() >= kMaxFragmentSets || m_fragmentBytes + end > kMaxFragmentBytes) &&
           !same(m_fragments.front())) {
        m_fragmentBytes -= m_fragments.front().data.size();
        m_fragments.erase(m_fragments.begin());
    }
    auto it = std::find_if(m_fragments.begin(), m_fragments.end(), same);
    if (it == m_fragments.end()) {
        Fragments f;
        f.family = family;
        std::memcpy(f.source.data(), source, addressLength);
        std::memcpy(f.destination.data(), destination, addressLength);
        f.id = id;
        m_fragments.push_back(std::move(f));
        it = m_fragments.end() - 1;
    }
    Fragments &f = *it;
    f.lastUs = m_nowUs;
    f.cut = f.cut || cut;
    if (offset == 0)
        f.protocol = protocol;
    if (!more)
        f.total = end;
    if (f.data.size() < end) {
        m_fragmentBytes += end - f.data.size();
        f.data.resize(end);
    }
    std::memcpy(f.data.data() + offset, data, length);
    if (f.have.size() < kMaxPieces)
        f.have.emplace_back(offset, end);
    if (f.total == 0 || f.protocol < 0 || !covers(f.have, f.total))
        return false;
    m_whole[size_t(depth)].assign(f.data, 0, f.total);
    m_wholeProtocol = f.protocol;
    m_wholeCut = f.cut;
    m_fragmentBytes -= f.data.size();
    m_fragments.erase(it);
    return true;
}

bool decodeLink(int linkType, const unsigned char *data, size_t captured, size_t wire, Packet &out)
{
    Decoder decoder;
    return decoder.decode(linkType, data, captured, wire, 0, out);
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

// The length of a PROXY protocol header (v1 text or v2 binary) at the start of the
// client's bytes, 0 when there is none (or it is not whole in this segment); client:
// the address it names.
size_t proxyHeader(const unsigned char *d, size_t n, QString &client)
{
    static const unsigned char kV2[12] = {0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d,
                                          0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a};
    if (n >= 16 && std::memcmp(d, kV2, 12) == 0 && (d[12] >> 4) == 2) {
        const size_t total = 16 + size_t(be16(d + 14));
        if (n < total)
            return 0;
        std::array<unsigned char, 16> address{};
        if (d[13] == 0x11 && total >= 16 + 12) { // TCP over IPv4
            std::memcpy(address.data(), d + 16, 4);
            client = endpoint(4, address, be16(d + 24));
        } else if (d[13] == 0x21 && total >= 16 + 36) { // TCP over IPv6
            std::memcpy(address.data(), d + 16, 16);
            client = endpoint(6, address, be16(d + 48));
        }
        return total;
    }
    if (n >= 8 && std::memcmp(d, "PROXY ", 6) == 0) {
        const size_t limit = std::min<size_t>(n, 107);
        for (size_t i = 6; i + 1 < limit; ++i) {
            if (d[i] == '\r' && d[i + 1] == '\n') {
                const QList<QByteArray> words =
                    QByteArray(reinterpret_cast<const char *>(d), qsizetype(i)).split(' ');
                if (words.size() == 6 && (words[1] == "TCP4" || words[1] == "TCP6")) {
                    client = words[1] == "TCP4"
                                 ? QStringLiteral("%1:%2").arg(QString::fromLatin1(words[2]),
                                                               QString::fromLatin1(words[4]))
                                 : QStringLiteral("[%1]:%2").arg(QString::fromLatin1(words[2]),
                                                                 QString::fromLatin1(words[4]));
                }
                return i + 2;
            }
        }
    }
    return 0;
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

} // namespace SniDoctor::PacketDecode
