#!/usr/bin/env python3
"""Writes the sample case's ingress access log: `kubectl logs -l app=apigee-ingressgateway
--prefix --timestamps` output of two ingress pods over ten minutes. Most connections are
healthy HTTPS calls with SNI; two client addresses (an old batch job and a monitoring
probe) connect without SNI and are refused (filter_chain_not_found); one client sends an
SNI no virtual host serves. Deterministic (fixed seed), so the file is reproducible."""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

random.seed(20251119)
start = datetime(2025, 11, 19, 8, 0, 0, tzinfo=timezone.utc)
pods = ["apigee-ingressgateway-ext-ingress-myorg-hyb-7d9f6c8b5-2xk4q",
        "apigee-ingressgateway-ext-ingress-myorg-hyb-7d9f6c8b5-q8m2n"]
healthy = [("10.20.4.11", "api-test.mydomain.com"), ("10.20.4.12", "api-test.mydomain.com"),
           ("10.20.7.33", "api.mydomain.com"), ("10.20.9.5", "api.mydomain.com")]
no_sni = ["10.138.0.28", "10.138.0.41"]
paths = ["/v1/orders", "/v1/orders/1842", "/v1/customers", "/v2/catalog/items", "/healthz"]


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def record(t, remote, sni, ok):
    port = random.randint(20000, 60999)
    if ok:
        path = random.choice(paths)
        return {"request_time": random.randint(8, 120), "tls_protocol": "TLSv1.3",
                "upstream_service_time": str(random.randint(5, 100)), "request_method": "GET",
                "request_protocol": "HTTP/2", "upstream_response_time": str(random.randint(5, 100)),
                "bytes_sent": random.randint(300, 9000), "start_time": iso(t), "bytes_received": 0,
                "host": sni, "upstream_cluster": "outbound|8843||apigee-runtime-myorg-hyb-dev.apigee.svc.cluster.local",
                "upstream_address": "10.24.1.17:8443", "remote_address": "%s:%d" % (remote, port),
                "request_path": path, "request_id": "%08x-%04x-4%03x-8%03x-%012x" % (
                    random.getrandbits(32), random.getrandbits(16), random.getrandbits(12),
                    random.getrandbits(12), random.getrandbits(48)),
                "user_agent": "okhttp/4.12.0", "status_details": "via_upstream",
                "request": "GET %s HTTP/2" % path, "status": 200, "x_forwarded_for": None,
                "apigee_dynamic_data": "myorg-hyb-dev", "upstream_response_flags": "-", "sni_host": sni}
    return {"request_time": 1, "tls_protocol": None, "upstream_service_time": None, "request_method": None,
            "request_protocol": None, "upstream_response_time": None, "bytes_sent": 0, "start_time": iso(t),
            "bytes_received": 0, "host": None, "upstream_cluster": None, "upstream_address": None,
            "remote_address": "%s:%d" % (remote, port), "request_path": None, "request_id": None,
            "user_agent": None, "status_details": "filter_chain_not_found", "request": "- - -", "status": 0,
            "x_forwarded_for": None, "apigee_dynamic_data": None, "upstream_response_flags": "NR",
            "sni_host": sni}


lines = []
t = start
for i in range(160):
    t += timedelta(milliseconds=random.randint(200, 2800))
    roll = random.random()
    if roll < 0.08:
        remote, sni, ok = random.choice(no_sni), None, False
    elif roll < 0.10:
        remote, sni, ok = "10.20.9.77", "legacy.mydomain.com", False
    else:
        remote, sni = random.choice(healthy)
        ok = True
    pod = random.choice(pods)
    logged = t + timedelta(milliseconds=random.randint(1, 40))
    lines.append("[pod/%s/istio-proxy] %s %s" % (pod, iso(logged), json.dumps(record(t, remote, sni, ok))))
    if i == 70:  # Envoy's own lines are in the same stream
        lines.append("[pod/%s/istio-proxy] %s 2025-11-19T08:03:01.004Z\twarning\tenvoy config\t"
                     "gRPC config stream to xds-grpc closed since 1800s ago: 13, " % (pods[0], iso(logged)))
sys.stdout.write("\n".join(lines) + "\n")
