#!/usr/bin/env bash
# Hostile inputs under 1 MB through the commands that read them, one run each: time
# and peak memory, against the targets (every one under 2 s and 256 MB on this
# machine). Prints one line per case and a summary; exits 1 if a target is missed.
#
#   bench/hostile/run.sh [BINARY]      (default: build/sni-doctor)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=${1:-$here/../../build/sni-doctor}
for tool in python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool: installer/setup-debian.sh installs it" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$work" 2>/dev/null

missed=0
run_case() {
    local name=$1; shift
    /usr/bin/time -f '%e %M' -o "$work/time" timeout 60 "$@" >"$work/out" 2>&1
    local status=$?
    read -r seconds kb < <(tail -n1 "$work/time")
    local mb=$((kb / 1024)) verdict=ok
    if awk "BEGIN {exit !($seconds >= 2)}" || [ "$mb" -ge 256 ] || [ "$status" -ge 124 ]; then
        verdict=MISSED; missed=$((missed + 1))
    fi
    printf '%-44s %6.2f s %5d MB  exit %3d  %s\n' "$name" "$seconds" "$mb" "$status" "$verdict"
}

run_case "review: 30,000 comment lines in a zip" "$binary" review "$work/comments-30k.zip" --lang en
run_case "review: 100,000 comment lines in a zip" "$binary" review "$work/comments-100k.zip" --lang en
run_case "routes --from: nested aliases (10^9 refs)" "$binary" routes --from "$work/routes-bomb.yaml" --lang en
run_case "routes --from: lists nested 2,000 deep" "$binary" routes --from "$work/routes-deep.yaml" --lang en
run_case "diagnose --overrides: 20,000 lines" "$binary" diagnose --overrides "$work/overrides-20k.yaml" --routes-from "$work/routes-2.yaml" --lang en
run_case "review: 1 MB of unknown JSON" "$binary" review "$work/unknown.json" --lang en
run_case "review: 3,000 routes" "$binary" review "$work/routes-3000.yaml" --lang en
run_case "routes --from: 3,000 routes" "$binary" routes --from "$work/routes-3000.yaml" --lang en
run_case "routes --kubeconfig: 18,000 contexts" "$binary" routes --kubeconfig "$work/kubeconfig-18k" --context none --lang en
run_case "routes --kubeconfig: aliased exec args" "$binary" routes --kubeconfig "$work/kubeconfig-alias-args" --context c --lang en
run_case "review: session, 100,000 comment lines" "$binary" review "$work/session-comments-100k.json" --lang en
if [ "$missed" -eq 0 ]; then
    echo "all cases within 2 s and 256 MB"
else
    echo "$missed case(s) missed the targets (2 s, 256 MB)"
    exit 1
fi
