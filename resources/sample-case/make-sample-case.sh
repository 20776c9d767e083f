#!/usr/bin/env bash
# Makes the sample case of offline review (resources/sample-case/collected/): what an admin
# collects from a broken Apigee hybrid installation where clients without SNI are
# reset. The wildcard route non-sni exists and enables clients without SNI, but
# neither virtual host lists it in additionalGateways: it is not attached.
#
#   apigeeroutes.yaml     kubectl -n apigee get apigeeroutes -o yaml
#   overrides.yaml        the overrides of two environment groups (dev-grp, test-grp)
#   ingress-gateway.log   kubectl logs --prefix --timestamps of two ingress pods
#                         (make_ingress_log.py: refused clients among healthy traffic)
#   non-sni.pcap          tcpdump -i any against the practice lab in strict mode, while
#                         a client connects with SNI and two connect without
#
# Needs root (tcpdump), openssl and the built sni-doctor. The files are committed;
# run again only to change the case:  resources/sample-case/make-sample-case.sh [BINARY]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
binary=${1:-$here/../../build/sni-doctor}
out=$here/collected
mkdir -p "$out"
port=18443

python3 "$here/make_ingress_log.py" > "$out/ingress-gateway.log"

cat > "$out/apigeeroutes.yaml" <<'YAML'
apiVersion: v1
items:
- apiVersion: apigee.cloud.google.com/v1alpha1
  kind: ApigeeRoute
  metadata:
    creationTimestamp: "2025-06-02T09:14:51Z"
    generation: 1
    name: myorg-hyb-dev-grp-000-33620d0
    namespace: apigee
    resourceVersion: "2203381"
    uid: 4e0b3f7a-9d21-4c55-8e0f-1b2a6c7d8e90
  spec:
    hostnames:
    - api-test.mydomain.com
    ports:
    - number: 443
      protocol: HTTPS
      tls:
        credentialName: myorg-hyb-dev-grp
        mode: SIMPLE
        minProtocolVersion: TLS_AUTO
    selector:
      app: apigee-ingressgateway
      ingress_name: ext-ingress
  status:
    state: running
- apiVersion: apigee.cloud.google.com/v1alpha1
  kind: ApigeeRoute
  metadata:
    creationTimestamp: "2025-06-02T09:15:07Z"
    generation: 1
    name: myorg-hyb-test-grp-000-8f41c2a
    namespace: apigee
    resourceVersion: "2203402"
    uid: 7c3d9e11-2b6f-4a8d-9c0e-5f1a2b3c4d5e
  spec:
    hostnames:
    - api.mydomain.com
    ports:
    - number: 443
      protocol: HTTPS
      tls:
        credentialName: myorg-hyb-test-grp
        mode: SIMPLE
        minProtocolVersion: TLS_AUTO
    selector:
      app: apigee-ingressgateway
      ingress_name: ext-ingress
  status:
    state: running
- apiVersion: apigee.cloud.google.com/v1alpha1
  kind: ApigeeRoute
  metadata:
    creationTimestamp: "2025-11-18T16:40:22Z"
    generation: 1
    name: non-sni
    namespace: apigee
    resourceVersion: "2911873"
    uid: 0b6c2f44-1d7e-4a21-8f5c-7f3a9e8d6c21
  spec:
    enableNonSniClient: true
    hostnames:
    - '*'
    ports:
    - number: 443
      protocol: HTTPS
      tls:
        credentialName: myorg-hyb-dev-grp
        mode: SIMPLE
    selector:
      app: apigee-ingressgateway
      ingress_name: ext-ingress
  status:
    state: running
kind: List
metadata:
  resourceVersion: ""
YAML

cat > "$out/overrides.yaml" <<'YAML'
# Apigee hybrid 1.12 overrides (Helm), two environment groups.
instanceID: "my-hybrid-instance"
namespace: apigee

gcp:
  projectID: my-project
  region: us-central1

k8sCluster:
  name: hybrid-cluster
  region: us-central1

org: myorg-hyb

envs:
- name: dev
  serviceAccountPaths:
    synchronizer: ./service-accounts/myorg-apigee-synchronizer.json
    runtime: ./service-accounts/myorg-apigee-runtime.json
    udca: ./service-accounts/myorg-apigee-udca.json
- name: test
  serviceAccountPaths:
    synchronizer: ./service-accounts/myorg-apigee-synchronizer.json
    runtime: ./service-accounts/myorg-apigee-runtime.json
    udca: ./service-accounts/myorg-apigee-udca.json

ingressGateways:
- name: ext-ingress
  replicaCountMin: 2
  replicaCountMax: 10

virtualhosts:
- name: dev-grp
  selector:
    app: apigee-ingressgateway
    ingress_name: ext-ingress
  sslCertPath: ./certs/dev-grp.pem
  sslKeyPath: ./certs/dev-grp.key
- name: test-grp
  selector:
    app: apigee-ingressgateway
    ingress_name: ext-ingress
  sslCertPath: ./certs/test-grp.pem
  sslKeyPath: ./certs/test-grp.key
YAML

"$binary" lab --port $port --mode strict --host api-test.mydomain.com >/dev/null 2>&1 &
lab=$!
sleep 0.5
tcpdump -n -i any -s 0 -U --immediate-mode -w "$out/non-sni.pcap" "tcp port $port" 2>/dev/null &
dump=$!
sleep 1
openssl s_client -connect 127.0.0.1:$port -servername api-test.mydomain.com </dev/null >/dev/null 2>&1 || true
openssl s_client -connect 127.0.0.1:$port -noservername </dev/null >/dev/null 2>&1 || true
curl -sk --connect-to ::127.0.0.1:$port https://127.0.0.1/ >/dev/null 2>&1 || true
sleep 1
kill $dump; wait $dump 2>/dev/null || true
kill $lab 2>/dev/null || true; wait $lab 2>/dev/null || true
ls -l "$out"
