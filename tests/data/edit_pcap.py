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
