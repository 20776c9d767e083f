#!/usr/bin/env python3
"""Edits classic pcap files made with tcpdump, to make the test captures that a
healthy network does not produce on demand. Standard library only.

    edit_pcap.py vlan IN OUT [TAGS]        Ethernet (DLT_EN10MB) frames get 802.1Q tags (2 = QinQ)
    edit_pcap.py reorder IN OUT A B        swap frames A and B (1-based)
    edit_pcap.py duplicate IN OUT A        insert a copy of frame A after it (a retransmission)
    edit_pcap.py truncate IN OUT BYTES     cut the file to BYTES, mid-packet
    edit_pcap.py link IN OUT TYPE          Ethernet frames re-framed as linktype TYPE: 0 (NULL, BSD
                                           loopback), 101 (RAW IP), or any other number as is
    edit_pcap.py drop IN OUT A[,B...]      remove frames (1-based)
    edit_pcap.py split IN OUT A SIZE       cut the TCP payload of frame A (Ethernet, IPv4) into
                                           segments of SIZE bytes, as a small MSS would
    edit_pcap.py encap IN OUT KIND         every Ethernet frame's IP packet tunnelled as a node or
                                           a mirror port shows it: vxlan, vxlan8472, geneve, gre,
                                           gre-eth, erspan1, erspan2, erspan3, ipip (4in4 or 6in4),
                                           ip6ip (4in6 or 6in6), pppoe, mpls, mpls-pw, gtpu,
                                           wireguard (unreadable: encrypted)
    edit_pcap.py fragment IN OUT A SIZE [reverse]
                                           frame A's IP packet (IPv4 or IPv6) in fragments of SIZE
                                           payload bytes; reverse: the last fragment first
    edit_pcap.py tfo IN OUT SYN DATA       frame DATA's TCP payload sent in the SYN (TCP Fast Open);
                                           frame DATA removed
    edit_pcap.py payload IN OUT A HEX      frame A's TCP payload replaced by HEX; the connection's
                                           later sequence and acknowledgement numbers follow
    edit_pcap.py prepend IN OUT A HEX [separate]
                                           HEX inserted before frame A's TCP payload (a PROXY protocol
                                           header), in the same segment or in one of its own
    edit_pcap.py cut IN OUT BYTES A[,B...] frames A, B, ... captured to BYTES only (a snap length)
    edit_pcap.py stretch IN OUT A N        in frame A's ClientHello, the extension after server_name
                                           claims N bytes more than it has (a malformed hello)
    edit_pcap.py copy IN OUT A B           a copy of frame A inserted after frame B (a spurious
                                           retransmission)
    edit_pcap.py nanosecond IN OUT         the nanosecond pcap (magic 0xa1b23c4d), 321 ns added to
                                           every time
    edit_pcap.py bigendian IN OUT          the same pcap written big-endian
    edit_pcap.py interfaces OUT A SNAP_A B SNAP_B
                                           one pcapng of two captures as two interfaces (their
                                           link types, snap lengths SNAP_A and SNAP_B), frames
                                           merged by time, as dumpcap -i lo -i any writes; and a
                                           third interface (LINKTYPE_USER0) with one frame
    edit_pcap.py blocks IN OUT             pcapng in two sections: the first little-endian with
                                           if_tsresol=9 (321 ns added), comments, a name
                                           resolution, an interface statistics, a decryption
                                           secrets, a custom and an unknown block; the second
                                           big-endian with if_tsresol=2^-20 and if_tsoffset
    edit_pcap.py simple IN OUT             pcapng whose frames alternate Enhanced, Simple and
                                           (obsolete) Packet Blocks
"""
import struct
import sys


def read(path):
    data = open(path, "rb").read()
    header, body = data[:24], data[24:]
    magic = struct.unpack("<I", header[:4])[0]
    endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
    records = []
    at = 0
    while at + 16 <= len(body):
        sec, frac, caplen, wirelen = struct.unpack(endian + "IIII", body[at:at + 16])
        records.append([sec, frac, body[at + 16:at + 16 + caplen], wirelen])
        at += 16 + caplen
    return header, endian, records


def write(path, header, endian, records):
    with open(path, "wb") as out:
        out.write(header)
        for sec, frac, packet, wirelen in records:
            out.write(struct.pack(endian + "IIII", sec, frac, len(packet), wirelen))
            out.write(packet)


def checksum(header):
    total = sum(struct.unpack(">%dH" % (len(header) // 2), header))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ipv4(protocol, payload, src=b"\x0a\x00\x00\x01", dst=b"\x0a\x00\x00\x02", ident=7, frag=0):
    header = bytearray(struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, frag, 64,
                                   protocol, 0, src, dst))
    struct.pack_into(">H", header, 10, checksum(bytes(header)))
    return bytes(header) + payload


def ipv6(next_header, payload, src=b"\xfd" + b"\x00" * 14 + b"\x01", dst=b"\xfd" + b"\x00" * 14 + b"\x02"):
    return struct.pack(">IHBB16s16s", 0x60000000, len(payload), next_header, 64, src, dst) + payload


def udp(port, payload, source=49152):
    return struct.pack(">HHHH", source, port, 8 + len(payload), 0) + payload


MACS = b"\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01"


def ethertype_of(ip):
    return 0x86DD if ip[0] >> 4 == 6 else 0x0800


def encap(kind, frame):
    """The frame (Ethernet) as seen on an outer link, tunnelled."""
    ip = frame[14:]
    if kind in ("vxlan", "vxlan8472"):
        port = 4789 if kind == "vxlan" else 8472
        return MACS + b"\x08\x00" + ipv4(17, udp(port, struct.pack(">II", 0x08000000, 42 << 8) + frame))
    if kind == "geneve":
        option = struct.pack(">HBB", 0x0104, 0x80, 1) + b"\x00\x00\x00\x05"  # one 4-byte option
        return MACS + b"\x08\x00" + ipv4(17, udp(6081, struct.pack(">BBHI", 2, 0, 0x6558, 42 << 8) + option + frame))
    if kind == "gre":
        gre = struct.pack(">HHI", 0x2000, ethertype_of(ip), 1234)  # with a key
        return MACS + b"\x08\x00" + ipv4(47, gre + ip)
    if kind == "gre-eth":
        gre = struct.pack(">HHI", 0x2000, 0x6558, 77 << 8)  # NVGRE-style: Ethernet inside
        return MACS + b"\x08\x00" + ipv4(47, gre + frame)
    if kind == "erspan1":
        return MACS + b"\x08\x00" + ipv4(47, struct.pack(">HH", 0x0000, 0x88BE) + frame)
    if kind == "erspan2":
        gre = struct.pack(">HHI", 0x1000, 0x88BE, 5)
        erspan = struct.pack(">HHI", 0x1000 | 0, 0x0001, 0)  # version 1, session 1
        return MACS + b"\x08\x00" + ipv4(47, gre + erspan + frame)
    if kind == "erspan3":
        gre = struct.pack(">HHI", 0x1000, 0x22EB, 5)
        erspan = struct.pack(">HHIHH", 0x2000, 0x0001, 12345, 0, 0x0001)  # version 2, O flag set
        platform = struct.pack(">II", 0x0C000000, 0)
        return MACS + b"\x08\x00" + ipv4(47, gre + erspan + platform + frame)
    if kind == "ipip":
        return MACS + b"\x08\x00" + ipv4(4 if ip[0] >> 4 == 4 else 41, ip)
    if kind == "ip6ip":
        return MACS + b"\x86\xdd" + ipv6(4 if ip[0] >> 4 == 4 else 41, ip)
    if kind == "pppoe":
        ppp = struct.pack(">H", 0x0021 if ip[0] >> 4 == 4 else 0x0057) + ip
        return MACS + b"\x88\x64" + struct.pack(">BBHH", 0x11, 0, 0x1234, len(ppp)) + ppp
    if kind == "mpls":
        labels = struct.pack(">II", (100 << 12) | 64, (200 << 12) | 0x100 | 64)
        return MACS + b"\x88\x47" + labels + ip
    if kind == "mpls-pw":
        labels = struct.pack(">II", (100 << 12) | 64, (300 << 12) | 0x100 | 64)
        return MACS + b"\x88\x47" + labels + b"\x00\x00\x00\x00" + frame
    if kind == "wireguard":
        # A WireGuard transport message (type 4): the frame stands in for its ciphertext.
        return MACS + b"\x08\x00" + ipv4(17, udp(51820, struct.pack("<II", 4, 1) + b"\x00" * 8 + frame, 51820))
    if kind == "gtpu":
        # G-PDU with a sequence number and a PDU session container extension (5G N3).
        extension = b"\x01\x00\x09\x00"
        body = struct.pack(">HBB", 0, 0, 0x85) + extension + ip
        return MACS + b"\x08\x00" + ipv4(17, udp(2152, struct.pack(">BBHI", 0x34, 0xFF, len(body), 0x1001) + body, 2152))
    sys.exit("unknown encapsulation " + kind)


def tcp_at(packet):
    """(ip offset, tcp offset, payload offset) of an Ethernet frame."""
    ip = 14
    if packet[ip] >> 4 == 4:
        tcp = ip + (packet[ip] & 0x0F) * 4
    else:
        tcp = ip + 40
    return ip, tcp, tcp + (packet[tcp + 12] >> 4) * 4


def with_payload(packet, payload):
    ip, tcp, data = tcp_at(packet)
    out = bytearray(packet[:data] + payload)
    if out[ip] >> 4 == 4:
        struct.pack_into(">H", out, ip + 2, data - ip + len(payload))
        struct.pack_into(">H", out, ip + 10, 0)
        struct.pack_into(">H", out, ip + 10, checksum(bytes(out[ip:tcp])))
    else:
        struct.pack_into(">H", out, ip + 4, data - ip - 40 + len(payload))
    return bytes(out)


def endpoints(packet):
    ip, tcp, _ = tcp_at(packet)
    if packet[ip] >> 4 == 4:
        src, dst = packet[ip + 12:ip + 16], packet[ip + 16:ip + 20]
    else:
        src, dst = packet[ip + 8:ip + 24], packet[ip + 24:ip + 40]
    return (src, packet[tcp:tcp + 2]), (dst, packet[tcp + 2:tcp + 4])


def shift(records, after, client, server, delta):
    """The client's later sequence numbers and the server's acknowledgements move by delta."""
    for record in records[after + 1:]:
        source, destination = endpoints(record[2])
        _, tcp, _ = tcp_at(record[2])
        packet = bytearray(record[2])
        if (source, destination) == (client, server):
            seq = struct.unpack(">I", packet[tcp + 4:tcp + 8])[0]
            struct.pack_into(">I", packet, tcp + 4, (seq + delta) & 0xFFFFFFFF)
        elif (source, destination) == (server, client):
            ack = struct.unpack(">I", packet[tcp + 8:tcp + 12])[0]
            struct.pack_into(">I", packet, tcp + 8, (ack + delta) & 0xFFFFFFFF)
        record[2] = bytes(packet)


def fragments(packet, size, reverse):
    head, ip = packet[:14], packet[14:]
    pieces = []
    if ip[0] >> 4 == 4:
        header_length = (ip[0] & 0x0F) * 4
        header, body = ip[:header_length], ip[header_length:]
        for offset in range(0, len(body), size):
            chunk = body[offset:offset + size]
            more = 0x2000 if offset + size < len(body) else 0
            h = bytearray(header)
            struct.pack_into(">H", h, 2, header_length + len(chunk))
            struct.pack_into(">H", h, 6, more | (offset // 8))
            struct.pack_into(">H", h, 10, 0)
            struct.pack_into(">H", h, 10, checksum(bytes(h)))
            pieces.append(head + bytes(h) + chunk)
    else:
        next_header, body = ip[6], ip[40:]
        for offset in range(0, len(body), size):
            chunk = body[offset:offset + size]
            more = 1 if offset + size < len(body) else 0
            fragment = struct.pack(">BBHI", next_header, 0, offset | more, 0x5A5A)
            h = bytearray(ip[:40])
            struct.pack_into(">H", h, 4, 8 + len(chunk))
            h[6] = 44
            pieces.append(head + bytes(h) + fragment + chunk)
    return pieces[::-1] if reverse else pieces
def block(endian, kind, body):
    """One pcapng block: its body padded to 32 bits, its length at both ends."""
    body += bytes(-len(body) % 4)
    length = 12 + len(body)
    return struct.pack(endian + "II", kind, length) + body + struct.pack(endian + "I", length)


def option(endian, code, value):
    return struct.pack(endian + "HH", code, len(value)) + value + bytes(-len(value) % 4)


def section(endian, comment=None):
    options = b""
    if comment:
        options = option(endian, 1, comment) + option(endian, 0, b"")
    return block(endian, 0x0A0D0D0A, struct.pack(endian + "IHHq", 0x1A2B3C4D, 1, 0, -1) + options)


def interface(endian, linktype, snaplen, options=b""):
    if options:
        options += option(endian, 0, b"")
    return block(endian, 1, struct.pack(endian + "HHI", linktype, 0, snaplen) + options)


def enhanced(endian, index, ticks, packet, wirelen, options=b""):
    return block(endian, 6, struct.pack(endian + "IIIII", index, ticks >> 32, ticks & 0xFFFFFFFF,
                                        len(packet), wirelen) + packet + bytes(-len(packet) % 4) + options)


def linktype(header, endian):
    return struct.unpack(endian + "I", header[20:24])[0]


def main():
    command, source, target = sys.argv[1:4]
    if command == "interfaces":  # OUT A SNAP_A B SNAP_B: the output comes first
        source, target = sys.argv[3], sys.argv[2]
    header, endian, records = read(source)
    if command == "vlan":
        tags = int(sys.argv[4]) if len(sys.argv) > 4 else 1
        for record in records:
            packet = record[2]
            tag = b""
            for i in range(tags):
                tpid = 0x88A8 if tags == 2 and i == 0 else 0x8100
                tag += struct.pack(">HH", tpid, 100 + i)
            # The destination and source MACs stay; the tags go before the EtherType.
            record[2] = packet[:12] + tag + packet[12:]
            record[3] += len(tag)
    elif command == "reorder":
        a, b = int(sys.argv[4]) - 1, int(sys.argv[5]) - 1
        records[a], records[b] = records[b], records[a]
    elif command == "duplicate":
        a = int(sys.argv[4]) - 1
        copy = list(records[a])
        copy[1] += 1000
        records.insert(a + 1, copy)
    elif command == "truncate":
        write(target, header, endian, records)
        data = open(target, "rb").read()
        open(target, "wb").write(data[: int(sys.argv[4])])
        return
    elif command == "link":
        linktype = int(sys.argv[4])
        header = header[:20] + struct.pack(endian + "I", linktype)
        for record in records:
            if linktype == 0:
                record[2] = struct.pack("<I", 2) + record[2][14:]  # AF_INET, host order
                record[3] -= 10
            elif linktype == 101:
                record[2] = record[2][14:]
                record[3] -= 14
    elif command == "drop":
        gone = {int(n) - 1 for n in sys.argv[4].split(",")}
        records = [r for i, r in enumerate(records) if i not in gone]
    elif command == "split":
        a, size = int(sys.argv[4]) - 1, int(sys.argv[5])
        sec, frac, packet, _ = records[a]
        ip = 14
        ihl = (packet[ip] & 0x0F) * 4
        tcp = ip + ihl
        doff = (packet[tcp + 12] >> 4) * 4
        payload = packet[tcp + doff:]
        seq = struct.unpack(">I", packet[tcp + 4:tcp + 8])[0]
        pieces = []
        for offset in range(0, len(payload), size):
            chunk = payload[offset:offset + size]
            prefix = bytearray(packet[:tcp + doff])
            struct.pack_into(">H", prefix, ip + 2, ihl + doff + len(chunk))  # IPv4 total length
            struct.pack_into(">H", prefix, ip + 10, 0)
            checksum = sum(struct.unpack(">%dH" % (ihl // 2), bytes(prefix[ip:ip + ihl])))
            while checksum >> 16:
                checksum = (checksum & 0xFFFF) + (checksum >> 16)
            struct.pack_into(">H", prefix, ip + 10, ~checksum & 0xFFFF)
            struct.pack_into(">I", prefix, tcp + 4, (seq + offset) & 0xFFFFFFFF)
            pieces.append([sec, frac + offset // size, bytes(prefix) + chunk, len(prefix) + len(chunk)])
        records[a:a + 1] = pieces
    elif command == "encap":
        for record in records:
            tunnelled = encap(sys.argv[4], record[2])
            record[3] += len(tunnelled) - len(record[2])
            record[2] = tunnelled
    elif command == "fragment":
        a, size = int(sys.argv[4]) - 1, int(sys.argv[5])
        reverse = len(sys.argv) > 6 and sys.argv[6] == "reverse"
        sec, frac, packet, _ = records[a]
        records[a:a + 1] = [[sec, frac + i, piece, len(piece)]
                            for i, piece in enumerate(fragments(packet, size, reverse))]
    elif command == "tfo":
        syn, data = int(sys.argv[4]) - 1, int(sys.argv[5]) - 1
        payload = records[data][2][tcp_at(records[data][2])[2]:]
        records[syn][2] = with_payload(records[syn][2], payload)
        records[syn][3] = len(records[syn][2])
        del records[data]
    elif command in ("payload", "prepend"):
        a = int(sys.argv[4]) - 1
        extra = bytes.fromhex(sys.argv[5])
        packet = records[a][2]
        old = packet[tcp_at(packet)[2]:]
        client, server = endpoints(packet)
        if command == "payload":
            records[a][2] = with_payload(packet, extra)
            records[a][3] = len(records[a][2])
            shift(records, a, client, server, len(extra) - len(old))
        elif len(sys.argv) > 6 and sys.argv[6] == "separate":
            first = with_payload(packet, extra)
            records.insert(a, [records[a][0], records[a][1], first, len(first)])
            shift(records, a, client, server, len(extra))
        else:
            records[a][2] = with_payload(packet, extra + old)
            records[a][3] = len(records[a][2])
            shift(records, a, client, server, len(extra))
    elif command == "cut":
        size = int(sys.argv[4])
        for n in sys.argv[5].split(","):
            records[int(n) - 1][2] = records[int(n) - 1][2][:size]
    elif command == "stretch":
        a, extra = int(sys.argv[4]) - 1, int(sys.argv[5])
        packet = bytearray(records[a][2])
        p = tcp_at(bytes(packet))[2] + 5 + 4 + 2 + 32  # record, handshake, version, random
        p += 1 + packet[p]  # session id
        p += 2 + struct.unpack(">H", packet[p:p + 2])[0]  # cipher suites
        p += 1 + packet[p]  # compression methods
        end = p + 2 + struct.unpack(">H", packet[p:p + 2])[0]
        p += 2
        after_sni = False
        while p < end:
            kind, length = struct.unpack(">HH", packet[p:p + 4])
            if after_sni:
                struct.pack_into(">H", packet, p + 2, length + extra)
                break
            after_sni = kind == 0
            p += 4 + length
        records[a][2] = bytes(packet)
    elif command == "copy":
        a, b = int(sys.argv[4]) - 1, int(sys.argv[5]) - 1
        copy = list(records[a])
        copy[0], copy[1] = records[b][0], records[b][1] + 1
        records.insert(b + 1, copy)
    elif command == "nanosecond":
        header = struct.pack(endian + "I", 0xA1B23C4D) + header[4:]
        for record in records:
            record[1] = record[1] * 1000 + 321
    elif command == "bigendian":
        fields = struct.unpack(endian + "IHHiIII", header)
        header, endian = struct.pack(">IHHiIII", *fields), ">"
    elif command in ("interfaces", "blocks", "simple"):
        with open(target, "wb") as out:
            out.write(pcapng(command, sys.argv[2:], header, endian, records))
        return
    else:
        sys.exit("unknown command " + command)
    write(target, header, endian, records)


def pcapng(command, args, header, endian, records):
    """The pcapng files: see the usage above. Times are microseconds in records."""
    usec = [sec * 1000000 + frac for sec, frac, _, _ in records]
    if command == "interfaces":
        _, a, snap_a, b, snap_b = args
        header_b, endian_b, records_b = read(b)
        frames = [(t, 0, r) for t, r in zip(usec, records)]
        frames += [(r[0] * 1000000 + r[1], 1, r) for r in records_b]
        frames.sort(key=lambda f: (f[0], f[1]))
        # The USER0 frame comes after the first quarter: later frames' numbers shift.
        user = (frames[len(frames) // 4][0], 2, [0, 0, b"not a packet", 12])
        frames.insert(len(frames) // 4 + 1, user)
        out = section("<") + interface("<", linktype(header, endian), int(snap_a))
        out += interface("<", linktype(header_b, endian_b), int(snap_b))
        out += interface("<", 147, 65535)
        for t, index, (_, _, packet, wirelen) in frames:
            out += enhanced("<", index, t, packet, wirelen)
        return out
    if command == "blocks":
        half = len(records) // 2
        out = section("<", b"made by edit_pcap.py blocks")
        out += interface("<", linktype(header, endian), 262144,
                         option("<", 2, b"lo") + option("<", 9, b"\x09"))
        # Name resolution (an IPv4 record), decryption secrets, a custom block, an
        # unknown block type: skipped by every reader.
        out += block("<", 4, struct.pack("<HH", 1, 16) + bytes([127, 0, 0, 1]) + b"localhost\0\0\0" +
                     struct.pack("<HH", 0, 0))
        out += block("<", 0x0A, struct.pack("<II", 0x544C534B, 4) + b"none")
        out += block("<", 0xBAD, struct.pack("<I", 32473) + b"custom data")
        out += block("<", 0x7FFF0001, b"a block type nobody knows")
        for i, (t, (_, _, packet, wirelen)) in enumerate(zip(usec[:half], records[:half])):
            options = option("<", 1, b"frame %d" % (i + 1)) + option("<", 0, b"") if i % 3 == 0 else b""
            out += enhanced("<", 0, t * 1000 + 321, packet, wirelen, options)
        out += block("<", 5, struct.pack("<IIIHH", 0, 0, 0, 0, 0))  # interface statistics, no options
        # Second section, big-endian: ticks of 2^-20 s from an offset of 1700000000 s.
        offset = 1700000000
        out += section(">")
        out += interface(">", linktype(header, endian), 262144,
                         option(">", 9, b"\x94") + option(">", 14, struct.pack(">q", offset)))
        for t, (_, _, packet, wirelen) in zip(usec[half:], records[half:]):
            ticks = ((t - offset * 1000000) << 20) // 1000000
            out += enhanced(">", 0, ticks, packet, wirelen)
        return out
    if command == "simple":
        out = section("<") + interface("<", linktype(header, endian), 262144)
        for i, (t, (_, _, packet, wirelen)) in enumerate(zip(usec, records)):
            if i % 3 == 1:  # simple: no interface, no time
                out += block("<", 3, struct.pack("<I", wirelen) + packet)
            elif i % 3 == 2:  # obsolete Packet Block: interface as 16 bits, a drop count
                out += block("<", 2, struct.pack("<HHIIII", 0, 0, t >> 32, t & 0xFFFFFFFF, len(packet),
                                                 wirelen) + packet)
            else:
                out += enhanced("<", 0, t, packet, wirelen)
        return out
    raise SystemExit("unknown command " + command)


main()
