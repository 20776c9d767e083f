#!/usr/bin/env python3
"""Builds the hostile inputs of bench/hostile/run.sh in a folder: small files made to
take time or memory (issue 16), each under 1 MB."""
import json
import os
import sys
import zipfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)

ROUTE = """- apiVersion: apigee.cloud.google.com/v1alpha1
  kind: ApigeeRoute
  metadata: {{name: {name}, namespace: apigee}}
  spec:
    hostnames: [{host}]
    enableNonSniClient: {nonsni}
    ports: [{{number: 443, protocol: HTTPS, tls: {{credentialName: tls-{i}, mode: SIMPLE}}}}]
    selector: {{app: apigee-ingressgateway}}
  status: {{state: running}}
"""


def routes(count):
    text = "apiVersion: v1\nkind: List\nitems:\n"
    for i in range(count):
        wildcard = i == 0
        text += ROUTE.format(name="non-sni" if wildcard else f"org-grp{i}-abc",
                             host="'*'" if wildcard else f"api{i}.example.test",
                             nonsni="true" if wildcard else "false", i=i)
    return text


OVERRIDES_HEAD = """instanceID: "hostile-1"
gcp: {projectID: p, region: us-central1}
k8sCluster: {name: c, region: us-central1}
org: org
ingressGateways: [{name: ingress}]
virtualhosts:
- name: grp
  selector: {app: apigee-ingressgateway, ingress_name: ingress}
  sslSecret: tls
"""

LOG = json.dumps({"start_time": "2026-01-01T00:00:00.000Z", "remote_address": "10.0.0.1:5000",
                  "sni_host": None, "status_details": "filter_chain_not_found",
                  "upstream_response_flags": "NR", "status": 0, "request": "- - -"}) + "\n"


def overrides(comment_lines):
    return OVERRIDES_HEAD + "".join(f"# comment line {i}\n" for i in range(comment_lines))


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(out, name), mode) as f:
        f.write(data)


def bundle(name, comment_lines):
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("overrides.yaml", overrides(comment_lines))
        z.writestr("routes.yaml", routes(2))
        z.writestr("ingress.log", LOG)


# 1-2. A bundle whose overrides.yaml is mostly comments: the remediation's diff.
bundle("comments-30k.zip", 30000)
bundle("comments-100k.zip", 100000)
# 3. Nested aliases in a routes list: every level multiplies.
bomb = "r0: &r0 {kind: ApigeeRoute, metadata: {name: bomb}, spec: {hostnames: ['*'], enableNonSniClient: true}}\n"
for level in range(1, 9):
    prev = "*r0" if level == 1 else f"*l{level - 1}"
    bomb += f"l{level}: &l{level} {{kind: List, items: [{','.join([prev] * 10)}]}}\n"
bomb += "kind: List\nitems: [" + ",".join(["*l8"] * 10) + "]\n"
write("routes-bomb.yaml", bomb)
# 4. diagnose --overrides on 20,000 lines.
write("overrides-20k.yaml", overrides(20000))
write("routes-2.yaml", routes(2))
# 5. A 1 MB JSON object nobody recognises: never parsed again as YAML.
write("unknown.json", json.dumps({"items": [{"k": i, "v": "x" * 20} for i in range(24000)]}))
# 6. Many routes (kubectl -o yaml of 3,000): de-duplication and findings.
write("routes-3000.yaml", routes(3000))
# 7. Deep nesting in a routes list.
deep = "kind: List\nitems:\n"
for i in range(2000):
    deep += "  " * i + "- kind: List\n" + "  " * i + "  items:\n"
write("routes-deep.yaml", deep[: 1000 * 1000])
# 8. A kubeconfig of 18,000 contexts (the duplicate check was a scan per context).
kube = "apiVersion: v1\nkind: Config\nclusters: []\nusers: []\ncontexts:\n"
kube += "".join(f"- {{name: c{i}, context: {{cluster: x, user: y}}}}\n" for i in range(18000))
write("kubeconfig-18k", kube)
# 9. A kubeconfig whose aliases copy one long exec argument list into every user.
kube = "apiVersion: v1\nkind: Config\nargs: &a [" + ",".join(["x"] * 9000) + "]\nusers:\n"
kube += "".join(f"- {{name: u{i}, user: {{exec: {{command: c, args: *a}}}}}}\n" for i in range(1000))
kube += "clusters: []\ncontexts: [{name: c, context: {cluster: x, user: u0}}]\n"
write("kubeconfig-alias-args", kube)
# 10. A saved session whose overrides text is 100,000 comment lines: the diff again.
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "../../tests/fuzz/corpus/session/session-overrides.json")) as f:
    session = json.load(f)
session["overrides"]["text"] = overrides(100000)
write("session-comments-100k.json", json.dumps(session))
for name in sorted(os.listdir(out)):
    print(f"{name}: {os.path.getsize(os.path.join(out, name))} bytes", file=sys.stderr)
