#include "packetdecode.h"

#include <pcap/pcap.h>

#include <arpa/inet.h>
#include <cstring>

namespace SniDoctor::PacketDecode {

namespace {

constexpr int kLinkNull = 0, kLinkEthernet = 1, kLinkRaw = 12, kLinkRawAlt = 14, kLinkLoop = 108,
              kLinkSll = 113, kLinkIpv4 = 228, kLinkIpv6 = 229, kLinkSll2 = 276,
              kLinkRawLinktype = 101;

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

} // namespace

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

} // namespace SniDoctor::PacketDecode
