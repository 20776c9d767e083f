#!/usr/bin/env python3
"""Writes a synthetic pcap of about SIZE megabytes (default 1000) of TLS connections to
an ingress: most clients send SNI and get a ServerHello and some data; one in ten
sends no SNI and gets a TCP RST; one in ten sends a 1.8 KB ClientHello split over
three segments. The ClientHellos are real ones, cut from the test captures.

"dense" makes many short connections instead, as a busy ingress sees from health
checks and API clients: SYN, SYN-ACK, ACK, the hello, the server's reaction (ServerHello
or RST), the client's ACK, FIN, FIN; no data. About 7.8 frames and 1.1 KB per hello:
107 MB is about 100,000 hellos in 780,000 frames.

    generate.py OUTPUT [SIZE_MB] [dense]
"""
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAPTURES = os.path.join(HERE, "..", "..", "tests", "data", "captures")


def hellos(path):
    """The TCP payloads that start a ClientHello record, from an Ethernet pcap."""
    data = open(path, "rb").read()[24:]
    at, out = 0, []
    while at + 16 <= len(data):
        caplen = struct.unpack("<I", data[at + 8:at + 12])[0]
        packet = data[at + 16:at + 16 + caplen]
        at += 16 + caplen
        ihl = (packet[14] & 15) * 4
        tcp = 14 + ihl
        payload = packet[tcp + (packet[tcp + 12] >> 4) * 4:]
        if len(payload) > 6 and payload[0] == 0x16 and payload[5] == 1:
            out.append(payload)
    return out


normal = hellos(os.path.join(CAPTURES, "ethernet.pcap"))
with_sni, without_sni = normal[0], normal[1]
big = hellos(os.path.join(CAPTURES, "bighello.pcap"))[0]
server_hello = bytes([0x16, 0x03, 0x03, 0x00, 0x2e, 0x02, 0x00, 0x00, 0x2a, 0x03, 0x03]) + bytes(32) + bytes([0, 0x13, 0x01, 0, 0, 0])
data_record = bytes([0x17, 0x03, 0x03, 0x05, 0x50]) + bytes(1360)

out_path = sys.argv[1]
target = int(sys.argv[2] if len(sys.argv) > 2 else 1000) * 1024 * 1024
dense = len(sys.argv) > 3 and sys.argv[3] == "dense"
SERVER = bytes([10, 0, 0, 1])
ACK, PSH, SYN, FIN, RST = 0x10, 0x08, 0x02, 0x01, 0x04


def packet(src, dst, sport, dport, seq, ack, flags, payload=b""):
    tcp = struct.pack(">HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, 5 << 4, flags, 65535, 0, 0)
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp) + len(payload), 0, 0x4000, 64, 6, 0, src, dst)
    return b"\x02\x00\x00\x00\x00\x02\x02\x00\x00\x00\x00\x01\x08\x00" + ip + tcp + payload


with open(out_path, "wb") as out:
    out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    written, connection, usec, frames_written = 24, 0, 0, 0
    while written < target:
        connection += 1
        client = bytes([10, 1 + (connection >> 16) % 200, (connection >> 8) & 255, connection & 255])
        port = 1024 + connection % 60000
        kind = connection % 10
        hello = without_sni if kind == 0 else big if kind == 1 else with_sni
        cseq, sseq = connection * 7919, connection * 104729
        frames = [packet(client, SERVER, port, 443, cseq, 0, SYN),
                  packet(SERVER, client, 443, port, sseq, cseq + 1, SYN | ACK),
                  packet(client, SERVER, port, 443, cseq + 1, sseq + 1, ACK)]
        pieces = [hello] if kind != 1 else [hello[:700], hello[700:1400], hello[1400:]]
        offset = 0
        for piece in pieces:
            frames.append(packet(client, SERVER, port, 443, cseq + 1 + offset, sseq + 1, PSH | ACK, piece))
            offset += len(piece)
        if kind == 0:
            frames.append(packet(SERVER, client, 443, port, sseq + 1, 0, RST))
        else:
            frames.append(packet(SERVER, client, 443, port, sseq + 1, cseq + 1 + offset, PSH | ACK, server_hello))
            sent = len(server_hello)
            if dense:
                frames.append(packet(client, SERVER, port, 443, cseq + 1 + offset, sseq + 1 + sent, ACK))
            for _ in range(0 if dense else 8):
                frames.append(packet(SERVER, client, 443, port, sseq + 1 + sent, cseq + 1 + offset, ACK, data_record))
                sent += len(data_record)
            frames.append(packet(client, SERVER, port, 443, cseq + 1 + offset, sseq + 1 + sent, FIN | ACK))
            frames.append(packet(SERVER, client, 443, port, sseq + 1 + sent, cseq + 2 + offset, FIN | ACK))
        chunk = bytearray()
        for frame in frames:
            usec += 7
            chunk += struct.pack("<IIII", 1764547200 + usec // 1000000, usec % 1000000, len(frame), len(frame))
            chunk += frame
        out.write(chunk)
        written += len(chunk)
        frames_written += len(frames)
print("wrote %s: %.0f MB, %d connections, %d frames" % (out_path, written / 1048576, connection, frames_written))
