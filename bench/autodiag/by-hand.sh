#!/usr/bin/env bash
# The runbook's steps 2, 4 and 5 as an admin types them, one command after the other,
# with kubectl and openssl against a cluster (KUBECONFIG): the ingress pods and their
# logs, the ApigeeRoutes and the three fields of each, the ingress Services' addresses,
# then for every host of every virtual host through every ingress the three handshakes
# of step 4 (with the host as SNI, without SNI, with an unknown name). Prints what it
# found and, on the last line, "commands: N" (each kubectl or openssl run it typed).
#
#   KUBECONFIG=FILE bench/autodiag/by-hand.sh [NAMESPACE]
set -uo pipefail
ns=${1:-apigee}
commands=0
typed() { commands=$((commands + 1)); } # one command the admin types (counted before its $(...))

# Step 2: the ingress pods and their access logs.
typed
pods=$(kubectl -n "$ns" get pods -l app=apigee-ingressgateway -o name)
refused=0
for pod in $pods; do
    typed
    n=$(kubectl -n "$ns" logs "$pod" | grep -c filter_chain_not_found)
    refused=$((refused + n))
done
echo "step 2: $refused refused connections in the logs of $(wc -w <<<"$pods") pods"

# Step 5: the routes, then hostnames, enableNonSniClient and additionalGateways of each.
typed
routes=$(kubectl -n "$ns" get apigeeroutes -o name)
hosts=()
wildcard=""
for route in $routes; do
    typed
    names=$(kubectl -n "$ns" get "$route" -o jsonpath='{.spec.hostnames}')
    typed
    nonsni=$(kubectl -n "$ns" get "$route" -o jsonpath='{.spec.enableNonSniClient}')
    typed
    gateways=$(kubectl -n "$ns" get "$route" -o jsonpath='{.spec.additionalGateways}')
    if [[ $names == '["*"]' ]]; then
        wildcard="$route (enableNonSniClient: ${nonsni:-unset})"
    else
        for host in $(tr -d '[]"' <<<"$names" | tr ',' ' '); do hosts+=("$host"); done
        echo "step 5: $route lists ${gateways:-no additionalGateways}"
    fi
done
echo "step 5: wildcard route: ${wildcard:-none}"

# The ingress Services: load-balancer address (else cluster IP) and HTTPS port.
typed
ingresses=$(kubectl -n "$ns" get services -l app=apigee-ingressgateway \
    -o jsonpath='{range .items[*]}{.status.loadBalancer.ingress[0].ip}{" "}{.spec.clusterIP}{" "}{.spec.ports[?(@.name=="https")].port}{"\n"}{end}')

# Step 4: every host through every ingress, with SNI, without, with an unknown name.
while read -r lb cluster port; do
    [[ -z ${port:-} ]] && continue
    address=${lb:-$cluster}
    for host in "${hosts[@]}"; do
        typed
        with=$(openssl s_client -connect "$address:$port" -servername "$host" </dev/null 2>&1 | grep -c 'BEGIN CERTIFICATE\|Server certificate')
        typed
        without=$(openssl s_client -connect "$address:$port" -noservername </dev/null 2>&1 | grep -c 'Server certificate')
        typed
        unknown=$(openssl s_client -connect "$address:$port" -servername sni-doctor-probe.invalid </dev/null 2>&1 | grep -c 'Server certificate')
        verdict="refused without SNI"
        ((without > 0)) && verdict="served without SNI"
        ((with == 0)) && verdict="fails with SNI too"
        echo "step 4: $host via $address:$port: $verdict (unknown name: $unknown)"
    done
done <<<"$ingresses"
echo "commands: $commands"
