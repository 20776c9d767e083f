#!/usr/bin/env bash
# Makes the test captures in captures/ with tcpdump on loopback, against the practice
# lab, and edits some of them (edit_pcap.py). Needs root (tcpdump), the built
# sni-doctor, openssl, editcap. Kept for reference: the captures are committed.
#
#   tests/data/make_captures.sh [BINARY]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=${1:-$here/../../build/sni-doctor}
out=$here/captures
mkdir -p "$out"
port=18443

capture() { # capture NAME TCPDUMP_ARGS... -- COMMAND...
    local name=$1; shift
    local args=()
    while [ "$1" != "--" ]; do args+=("$1"); shift; done
    shift
    tcpdump -n -s 0 -U --immediate-mode "${args[@]}" -w "$out/$name" "tcp port $port" 2>/dev/null &
    local dump=$!
    sleep 1
    "$@" >/dev/null 2>&1 || true
    sleep 1
    kill "$dump"; wait "$dump" 2>/dev/null || true
}

probe() { "$binary" probe "api-test.mydomain.com:$port" --connect "$1" --timeout 3; }

"$binary" lab --port $port --mode strict >/dev/null 2>&1 &
lab=$!
sleep 0.5
capture sll2.pcap -i any -- probe 127.0.0.1
capture sll.pcap -i any -y LINUX_SLL -- probe 127.0.0.1
capture ethernet.pcap -i lo -- probe 127.0.0.1
capture snaplen.pcap -i lo -s 120 -- probe 127.0.0.1
kill $lab 2>/dev/null || true; wait $lab 2>/dev/null || true

"$binary" lab --port $port --mode strict --bind ::1 >/dev/null 2>&1 &
lab=$!
sleep 0.5
capture ipv6.pcap -i lo -- probe ::1
kill $lab 2>/dev/null || true; wait $lab 2>/dev/null || true

# A ClientHello of about 1.8 KB (a long ALPN list, as post-quantum key shares make
# them), without SNI, answered by the wildcard lab. Loopback hands tcpdump the whole
# hello in one segment (segmentation offload), so edit_pcap.py splits it afterwards.
"$binary" lab --port $port --mode wildcard >/dev/null 2>&1 &
lab=$!
sleep 0.5
long_alpn=$(python3 -c 'print(",".join("proto-%02d-%s" % (i, "x" * 40) for i in range(30)))')
capture bighello.pcap -i lo -- sh -c "openssl s_client -connect 127.0.0.1:$port -noservername -alpn '$long_alpn' </dev/null"
kill $lab 2>/dev/null || true; wait $lab 2>/dev/null || true

# A TLS 1.3 server that only takes P-256 and clients that send an X25519 key share
# first: a HelloRetryRequest, then each client's second ClientHello (with SNI, without).
key=$(mktemp -d)
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$key/k.pem" \
    -out "$key/c.pem" -days 30 -subj /CN=hrr.test 2>/dev/null
openssl s_server -accept $port -cert "$key/c.pem" -key "$key/k.pem" -groups P-256 -tls1_3 \
    -quiet >/dev/null 2>&1 &
server=$!
sleep 0.5
capture hrr.pcap -i lo -- sh -c "echo | openssl s_client -connect 127.0.0.1:$port \
    -servername api.hrr.test -groups X25519:P-256 -tls1_3; echo | openssl s_client \
    -connect 127.0.0.1:$port -noservername -groups X25519:P-256 -tls1_3"
kill $server 2>/dev/null || true; wait $server 2>/dev/null || true
rm -rf "$key"

editcap -F pcapng "$out/sll2.pcap" "$out/sll2.pcapng"
python3 "$here/edit_pcap.py" vlan "$out/ethernet.pcap" "$out/vlan.pcap" 1
python3 "$here/edit_pcap.py" vlan "$out/ethernet.pcap" "$out/qinq.pcap" 2
# The big hello (frame 4) in segments of 600 bytes (frames 4 to 7); then the second
# and third segments swapped, and the first segment sent twice.
python3 "$here/edit_pcap.py" split "$out/bighello.pcap" "$out/split.pcap" 4 600
python3 "$here/edit_pcap.py" reorder "$out/split.pcap" "$out/split-out-of-order.pcap" 5 6
python3 "$here/edit_pcap.py" duplicate "$out/split.pcap" "$out/split-retransmitted.pcap" 4
python3 "$here/edit_pcap.py" link "$out/ethernet.pcap" "$out/null.pcap" 0
python3 "$here/edit_pcap.py" link "$out/ethernet.pcap" "$out/raw.pcap" 101
python3 "$here/edit_pcap.py" link "$out/ethernet.pcap" "$out/wifi.unsupported" 105
# The capture starts after the first connection's handshake: its hello comes first.
python3 "$here/edit_pcap.py" drop "$out/ethernet.pcap" "$out/mid-connection.pcap" 1,2,3
size=$(stat -c %s "$out/ethernet.pcap")
python3 "$here/edit_pcap.py" truncate "$out/ethernet.pcap" "$out/truncated.pcap" $((size - 100))
# Reader cases: nanosecond and big-endian pcap; pcapng of two interfaces with different
# link types and snap lengths (what dumpcap -i lo -i any writes, which libpcap refuses),
# in two sections with other blocks and time resolutions, with simple and obsolete
# packet blocks, and cut 140 bytes before its end (inside its last frame).
python3 "$here/edit_pcap.py" nanosecond "$out/ethernet.pcap" "$out/nanosecond.pcap"
python3 "$here/edit_pcap.py" bigendian "$out/ethernet.pcap" "$out/bigendian.pcap"
python3 "$here/edit_pcap.py" interfaces "$out/interfaces.pcapng" "$out/ethernet.pcap" 262144 "$out/sll2.pcap" 4096
python3 "$here/edit_pcap.py" blocks "$out/ethernet.pcap" "$out/blocks.pcapng"
python3 "$here/edit_pcap.py" simple "$out/ethernet.pcap" "$out/simple.pcapng"
size=$(stat -c %s "$out/interfaces.pcapng")
head -c $((size - 140)) "$out/interfaces.pcapng" >"$out/truncated.pcapng"
head -c 3000 /dev/urandom >"$out/garbage.pcap"

# Every frame tunnelled as a Kubernetes node's NIC or a mirror port shows it.
e() { python3 "$here/edit_pcap.py" "$@"; }
for kind in vxlan geneve gre erspan1 erspan2 erspan3 ipip pppoe mpls mpls-pw gtpu wireguard; do
    e encap "$out/ethernet.pcap" "$out/$kind.pcap" "$kind"
done
e encap "$out/ethernet.pcap" "$out/vxlan-8472.pcap" vxlan8472
e encap "$out/ethernet.pcap" "$out/gre-ethernet.pcap" gre-eth
e encap "$out/ethernet.pcap" "$out/4in6.pcap" ip6ip
e encap "$out/ipv6.pcap" "$out/6in4.pcap" ipip
e encap "$out/ipv6.pcap" "$out/6in6.pcap" ip6ip
# Fragmented hellos: IPv4 in 128-byte fragments, the last one first; IPv6 in 96-byte
# fragments; the no-SNI hello in 64-byte IPv4 fragments, in order.
e fragment "$out/ethernet.pcap" "$out/fragments-ipv4.pcap" 4 128 reverse
e fragment "$out/ipv6.pcap" "$out/fragments-ipv6.pcap" 4 96
e fragment "$out/ethernet.pcap" "$out/fragments-ipv4-in-order.pcap" 18 64
# The no-SNI hello (frame 18) sent in its connection's SYN (frame 15): TCP Fast Open.
e tfo "$out/ethernet.pcap" "$out/tfo.pcap" 15 18
# A load balancer's PROXY protocol header before the no-SNI hello: v1 in a segment of
# its own, v2 (client 198.51.100.7:51234) in the hello's segment.
e prepend "$out/ethernet.pcap" "$out/proxy-v1.pcap" 18 \
    "$(printf 'PROXY TCP4 203.0.113.7 127.0.0.1 51234 18443\r\n' | xxd -p | tr -d '\n')" separate
e prepend "$out/ethernet.pcap" "$out/proxy-v2.pcap" 18 \
    "0d0a0d0a000d0a515549540a2111000cc63364077f000001c822480b"
# The no-SNI hello replaced by an SSLv2-compatible one (version 0x0301, 7 cipher specs).
e payload "$out/ethernet.pcap" "$out/sslv2.pcap" 18 \
    "802e01030100150000001000003900003800003500001600001300000a0700c0$(printf '%032x' 12345678901234567890)"
# After the first connection's ServerHello, a handshake record whose first encrypted
# byte is 0x01 (as a TLS 1.2 Finished is, once in 256): not a hello; also with the
# capture starting there.
e payload "$out/ethernet.pcap" "$out/finished-0x01.pcap" 8 "160303002801$(head -c 39 /dev/urandom | xxd -p | tr -d '\n')"
e drop "$out/finished-0x01.pcap" "$out/finished-0x01-mid.pcap" 1,2,3,4,5,6,7
# The first hello sent again after the server answered it (a spurious retransmission).
e copy "$out/ethernet.pcap" "$out/spurious-retransmission.pcap" 4 7
# The big hello's first segment arriving after the second and third.
e reorder "$out/split.pcap" "$out/first-segment-late.pcap" 4 6
# The first hello with the extension after server_name claiming 300 bytes too many.
e stretch "$out/ethernet.pcap" "$out/malformed-after-sni.pcap" 4 300
# The two reset hellos cut to 120 bytes: most hellos cut by a snap length.
e cut "$out/ethernet.pcap" "$out/snaplen-most.pcap" 120 18,24
ls -l "$out"
