#!/usr/bin/env bash
# How the overrides.yaml check grows with the virtual hosts, on one core, in one run:
# `sni-doctor overrides` on files of 500, 4,000 and 20,000 virtual hosts, against
# PyYAML's C loader (libyaml) only parsing the same files, the check an admin would
# otherwise run. Prints the times, the growth ratio (target: 4,000 hosts within 8
# times the time of 500) and the 20,000-host time (target: under 2 s).
#
#   bench/overrides/run.sh [BINARY]      (default: build/sni-doctor)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=${1:-$here/../../build/sni-doctor}
for tool in python3 /usr/bin/time taskset; do
    command -v "$tool" >/dev/null || { echo "missing $tool: installer/setup-debian.sh installs it" >&2; exit 2; }
done
python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null || { echo "missing python3-yaml with libyaml" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# best of five: seconds and peak KiB, on core 0 only
measure() {
    local best_s=999 best_kb=0
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f '%e %M' -o "$work/time" taskset -c 0 "$@" >"$work/out" 2>/dev/null || true
        read -r s kb < <(tail -n1 "$work/time")
        if awk "BEGIN {exit !($s < $best_s)}"; then best_s=$s; best_kb=$kb; fi
    done
    echo "$best_s $best_kb"
}

declare -A ours pyyaml
for hosts in 500 4000 20000; do
    file="$work/overrides-$hosts.yaml"
    python3 "$here/generate.py" "$file" "$hosts"
    read -r ours[$hosts] kb < <(measure "$binary" overrides "$file" --wildcard-route non-sni --lang en)
    missing=$(grep -c 'additional_gateway_missing' "$work/out" || true)
    read -r pyyaml[$hosts] _ < <(measure python3 -c \
        'import sys, yaml; yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.CSafeLoader)' "$file")
    printf '%6d virtual hosts (%5d KB): sni-doctor overrides %6.2f s (peak %d MB, %d hosts without the route), PyYAML parse only %6.2f s\n' \
        "$hosts" $(($(stat -c %s "$file") / 1024)) "${ours[$hosts]}" $((kb / 1024)) "$missing" "${pyyaml[$hosts]}"
done
growth=$(awk "BEGIN {printf \"%.1f\", ${ours[4000]} / ${ours[500]}}")
echo "ratio: 4,000 hosts take ${growth}x the time of 500 (target <= 8; 8x the hosts)"
echo "time: 20,000 hosts in ${ours[20000]} s (target < 2)"
echo "ratio: sni-doctor checks 20,000 hosts in $(awk "BEGIN {printf \"%.2f\", ${ours[20000]} / ${pyyaml[20000]}}")x the time PyYAML takes to parse them"
