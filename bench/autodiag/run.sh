#!/usr/bin/env bash
# The automatic diagnosis against doing the runbook's commands by hand: a fake cluster
# (tests' API server, two practice labs as the ingress load balancers) with 12 host
# names in 3 virtual hosts and 2 ingresses; `sni-doctor diagnose --cluster` (one
# command) against by-hand.sh, which types kubectl and openssl for steps 2, 4 and 5.
# Prints both times, best of three, the number of commands each takes, and checks that
# both saw every host refused without SNI through both ingresses. Target: one action,
# faster than the script.
#
#   bench/autodiag/run.sh [BINARY] [FAKE_CLUSTER]
#     (defaults: build/sni-doctor, build/tests/sni-doctor-fakecluster)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=${1:-$here/../../build/sni-doctor}
fake=${2:-$here/../../build/tests/sni-doctor-fakecluster}
for tool in kubectl openssl jq; do
    command -v "$tool" >/dev/null || { echo "missing $tool: installer/setup-debian.sh installs it" >&2; exit 2; }
done
work=$(mktemp -d)
coproc FAKE { exec "$fake" --hosts 12 --virtual-hosts 3 --scenario strict; }
trap 'exec {FAKE[1]}>&- 2>/dev/null || true; wait "$FAKE_PID" 2>/dev/null || true; rm -rf "$work"' EXIT
read -r kubeconfig <&"${FAKE[0]}"
export KUBECONFIG=$kubeconfig

seconds() { # runs "$@" with its output in $work/out; prints the seconds, best of three
    local best=999
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$@" >"$work/out" 2>"$work/err" || true
        end=$(date +%s.%N)
        best=$(awk -v a="$best" -v b="$(awk "BEGIN {print $end - $start}")" 'BEGIN {print (b < a) ? b : a}')
    done
    echo "$best"
}

ours=$(seconds "$binary" diagnose --cluster --json)
ours_refused=$(jq '[.probe_matrix.cells[] | select(.verdict == "non_sni_refused")] | length' "$work/out")
ours_cells=$(jq '.probe_matrix.cells | length' "$work/out")
ours_root=$(jq -r '.verdict.root_cause' "$work/out")
hand=$(seconds bash "$here/by-hand.sh" apigee)
hand_refused=$(grep -c 'refused without SNI' "$work/out" || true)
hand_commands=$(sed -n 's/^commands: //p' "$work/out")

printf 'Fake cluster: 12 host names in 3 virtual hosts, 2 ingresses (strict: no wildcard route), loopback, best of 3:\n'
printf '  %-52s %6.2f s  %3d command(s)\n' "sni-doctor diagnose --cluster --json" "$ours" 1
printf '  %-52s %6.2f s  %3d command(s)\n' "by hand: kubectl and openssl (by-hand.sh)" "$hand" "$hand_commands"
printf 'Same answer: sni-doctor found %s of %s host/ingress pairs refused without SNI (%s); the script %s.\n' \
    "$ours_refused" "$ours_cells" "$ours_root" "$hand_refused"
echo "ratio: sni-doctor is $(awk "BEGIN {printf \"%.1f\", $hand / $ours}")x faster than the script (target > 1), in 1 command instead of $hand_commands"
