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


def main():
    command, source, target = sys.argv[1:4]
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
    else:
        sys.exit("unknown command " + command)
    write(target, header, endian, records)


main()
