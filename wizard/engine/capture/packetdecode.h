#pragma once

// Internal to capture/: one captured frame decoded down to its TCP segment, for the
// link types libpcap hands us (Ethernet with VLAN tags, Linux cooked v1 and v2, raw IP,
// loopback, BSD null). Include only from capture/*.cpp.

#include <QString>

#include <array>
#include <cstddef>

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

// A frame of link type linkType (captured bytes of wire bytes) down to its TCP
// segment; false when it is not TCP over IPv4 or IPv6.
[[nodiscard]] bool decodeLink(int linkType, const unsigned char *data, size_t captured, size_t wire,
                              Packet &out);
[[nodiscard]] bool isSupportedLink(int linkType);
[[nodiscard]] QString linkTypeName(int linkType);
// "address:port" ("[address]:port" for IPv6).
[[nodiscard]] QString endpoint(int family, const std::array<unsigned char, 16> &address,
                               quint16 port);
// The address of an endpoint() text, without its port.
[[nodiscard]] QString addressOnly(const QString &endpointText);

} // namespace SniDoctor::PacketDecode
