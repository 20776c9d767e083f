#!/usr/bin/env bash
# Compares `sni-doctor logs` with what an admin would use instead, on one core, in one
# run: jq selecting the refused records, and grep counting them. Prints the times,
# the ratios against the targets (10 times faster than jq, within 3 times of grep),
# and our peak memory (target: under 64 MB whatever the input size).
#
#   bench/accesslog/run.sh [SIZE_MB] [BINARY]      (defaults: 300, build/sni-doctor)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
size=${1:-300}
binary=${2:-$here/../../build/sni-doctor}
for tool in jq grep python3 /usr/bin/time taskset; do
    command -v "$tool" >/dev/null || { echo "missing $tool: installer/setup-debian.sh installs it" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/generate.py" --bare "$work/plain.log" "$size" >/dev/null
python3 "$here/generate.py" "$work/kubectl.log" "$size" >/dev/null
cat "$work/plain.log" "$work/kubectl.log" >/dev/null # into the page cache: measure parsing, not the disk

# best of three: seconds and peak KiB, on core 0 only
measure() {
    local best_s=999 best_kb=0
    for _ in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$work/time" taskset -c 0 "$@" >"$work/out" 2>/dev/null || true
        read -r s kb < <(tail -n1 "$work/time") # time adds a line for a non-zero exit
        if awk "BEGIN {exit !($s < $best_s)}"; then best_s=$s; best_kb=$kb; fi
    done
    echo "$best_s $best_kb"
}

read -r ours ours_kb < <(measure "$binary" logs "$work/plain.log" --json)
ours_refused=$(jq '.classes.non_sni_refused + .classes.unknown_sni_refused' "$work/out")
read -r jq_s _ < <(measure jq -c 'select(.status_details=="filter_chain_not_found")' "$work/plain.log")
jq_lines=$(wc -l <"$work/out")
read -r grep_s _ < <(measure grep -c filter_chain_not_found "$work/plain.log")
grep_count=$(cat "$work/out")
read -r prefixed prefixed_kb < <(measure "$binary" logs "$work/kubectl.log" --json)

mb=$(du -m "$work/plain.log" | cut -f1)
printf '%s MB of ingress access log (plain kubectl logs), one core:\n' "$mb"
printf '  %-58s %6.2f s  %6.0f MB/s  peak %d MB\n' "sni-doctor logs --json (full aggregation)" "$ours" \
    "$(awk "BEGIN {print $mb / $ours}")" $((ours_kb / 1024))
printf '  %-58s %6.2f s  %6.0f MB/s\n' "jq -c 'select(.status_details==\"filter_chain_not_found\")'" "$jq_s" \
    "$(awk "BEGIN {print $mb / $jq_s}")"
printf '  %-58s %6.2f s  %6.0f MB/s\n' "grep -c filter_chain_not_found" "$grep_s" "$(awk "BEGIN {print $mb / $grep_s}")"
printf '  %-58s %6.2f s  peak %d MB\n' "sni-doctor logs on kubectl --prefix --timestamps output" "$prefixed" \
    $((prefixed_kb / 1024))
printf 'Same answer: jq selected %s records, grep counted %s lines, sni-doctor classed %s as refused.\n' \
    "$jq_lines" "$grep_count" "$ours_refused"
jq_ratio=$(awk "BEGIN {printf \"%.1f\", $jq_s / $ours}")
grep_ratio=$(awk "BEGIN {printf \"%.2f\", $ours / $grep_s}")
echo "ratio: sni-doctor is ${jq_ratio}x faster than jq (target >= 10)"
echo "ratio: sni-doctor takes ${grep_ratio}x the time of grep (target <= 3)"
echo "memory: peak ${ours_kb} KiB (target < 65536)"
