#!/usr/bin/env python3
"""Writes a realistic Apigee ingress access log, as `kubectl logs --timestamps
--prefix` prints it, of about SIZE megabytes (default 300): mostly served requests
with SNI, some clients refused for lack of SNI (the seed's record), a few unknown
names and upstream errors, Envoy start-up text and a few cut lines.

    generate.py [--bare] OUTPUT [SIZE_MB] [SEED]

--bare writes what plain `kubectl logs` prints (no prefix, no timestamp): the only
form jq can read.
"""
import json
import random
import sys

args = sys.argv[1:]
bare = "--bare" in args
args = [a for a in args if a != "--bare"]
out_path = args[0]
target = int(args[1] if len(args) > 1 else 300) * 1024 * 1024
rng = random.Random(int(args[2]) if len(args) > 2 else 42)

hosts = ["api-test.mydomain.com", "api.mydomain.com", "partners.mydomain.com", "internal.mydomain.com"]
paths = ["/v1/orders", "/v1/orders/12345", "/v2/customers?page=2", "/oauth/token", "/v1/catalog/items"]
agents = ["okhttp/4.9.3", "Apache-HttpClient/4.5.13 (Java/1.8.0_202)", "curl/7.88.1",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) \"quoted\" \\ agent", "PostmanRuntime/7.36.0"]
pods = ["apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-dvrcp",
        "apigee-ingressgateway-ext-ingress-myorg-hyb-8f2c412-wg26k"]
legacy_clients = ["10.138.0.%d" % i for i in range(20, 40)]


KEY_ORDER = ["request_time", "tls_protocol", "upstream_service_time", "request_method", "request_protocol",
             "upstream_response_time", "bytes_sent", "start_time", "bytes_received", "host", "upstream_cluster",
             "upstream_address", "remote_address", "request_path", "request_id", "user_agent", "status_details",
             "request", "status", "x_forwarded_for", "apigee_dynamic_data", "upstream_response_flags", "sni_host"]


def record(ms):
    kind = rng.random()
    t = "2025-05-19T%02d:%02d:%02d.%03dZ" % (ms // 3600000 % 24, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)
    base = {
        "start_time": t,
        "remote_address": "10.%d.%d.%d:%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(256),
                                               rng.randrange(1024, 65535)),
        "x_forwarded_for": None, "upstream_address": None, "upstream_cluster": None,
        "upstream_response_time": None, "upstream_service_time": None, "request_id": None,
        "apigee_dynamic_data": None,
    }
    if kind < 0.05:  # the runbook's refused non-SNI client
        base.update({"remote_address": "%s:%d" % (rng.choice(legacy_clients), rng.randrange(1024, 65535)),
                     "request_time": 1, "tls_protocol": None, "request_method": None, "request_protocol": None,
                     "bytes_sent": 0, "bytes_received": 0, "host": None, "request_path": None, "user_agent": None,
                     "status_details": "filter_chain_not_found", "request": "- - -", "status": 0,
                     "upstream_response_flags": "NR", "sni_host": None})
    elif kind < 0.06:  # a name no route serves
        base.update({"request_time": 0, "tls_protocol": "-", "request_method": "-", "request_protocol": "-",
                     "bytes_sent": 0, "bytes_received": 0, "host": "-", "request_path": "-", "user_agent": "-",
                     "status_details": "filter_chain_not_found", "request": "- - -", "status": 0,
                     "upstream_response_flags": "NR", "sni_host": "old-name.mydomain.com"})
    else:
        host = rng.choice(hosts)
        path = rng.choice(paths)
        method = rng.choice(["GET", "GET", "POST", "PUT"])
        error = rng.random() < 0.04
        flags, details, status = "-", "via_upstream", rng.choice([200, 200, 200, 201, 204, 401, 404])
        if error:
            flags, details, status = rng.choice([("UF", "upstream_reset_before_response_started{connection_failure}", 503),
                                                 ("UH", "no_healthy_upstream", 503),
                                                 ("DC", "downstream_remote_disconnect", 0),
                                                 ("URX", "via_upstream", 503)])
        base.update({"request_time": rng.randrange(1, 900), "tls_protocol": rng.choice(["TLSv1.3", "TLSv1.2"]),
                     "request_method": method, "request_protocol": "HTTP/1.1", "bytes_sent": rng.randrange(0, 50000),
                     "bytes_received": rng.randrange(0, 5000), "host": host, "request_path": path,
                     "user_agent": rng.choice(agents), "status_details": details,
                     "request": "%s %s HTTP/1.1" % (method, path), "status": status,
                     "upstream_response_flags": flags, "sni_host": host,
                     "upstream_cluster": "outbound|8443||apigee-runtime-myorg-prod.apigee.svc.cluster.local",
                     "upstream_address": "10.4.%d.%d:8443" % (rng.randrange(256), rng.randrange(256)),
                     "request_id": "%08x-%04x-%04x-%04x-%012x" % (rng.getrandbits(32), rng.getrandbits(16),
                                                                 rng.getrandbits(16), rng.getrandbits(16),
                                                                 rng.getrandbits(48)),
                     "apigee_dynamic_data": {"env": "prod", "proxy": "orders-v1",
                                             "tags": ["a", "b\u00e9", {"nested": "x\"y"}]} if rng.random() < 0.3 else None})
    # Envoy prints the keys of its JSON format in one fixed order: the seed's.
    return json.dumps({k: base[k] for k in KEY_ORDER}, separators=(", ", ": "), ensure_ascii=rng.random() < 0.5)


written = 0
ms = 4 * 3600000
with open(out_path, "w", encoding="utf-8") as out:
    if not bare:
        out.write("2025-05-19T04:00:00.000000Z [2025-05-19 04:00:00.000][1][info][main] initializing epoch 0\n")
    batch = []
    while written < target:
        ms += rng.randrange(0, 20)
        roll = rng.random()
        if roll < 0.0005 and not bare:  # jq stops at the first line that is not JSON
            line = "[2025-05-19 04:00:01.000][14][warning][config] gRPC config stream closed: 13,"
        elif roll < 0.001 and not bare:
            line = record(ms)[: rng.randrange(10, 200)]  # a line cut short
        else:
            line = record(ms)
        prefix = "[pod/%s/istio-proxy] " % rng.choice(pods) if rng.random() < 0.5 and not bare else ""
        stamp = "" if bare else "2025-05-19T%02d:%02d:%02d.%06dZ " % (
            ms // 3600000 % 24, ms // 60000 % 60, ms // 1000 % 60, (ms % 1000) * 1000)
        text = prefix + stamp + line + "\n"
        batch.append(text)
        written += len(text.encode("utf-8"))
        if len(batch) >= 10000:
            out.write("".join(batch))
            batch.clear()
    out.write("".join(batch))
print("wrote %s: %.0f MB" % (out_path, written / 1048576))
