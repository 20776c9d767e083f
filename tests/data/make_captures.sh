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
ls -l "$out"
