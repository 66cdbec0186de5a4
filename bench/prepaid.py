#!/usr/bin/env python3
"""Prepaid benchmark against a running CloudSub (the built jar on its embedded database, simulation profile).

(a) N accounts, each opened, topped up and given one monthly subscription with auto-renew through the API
    by C concurrent clients: purchases/s and p50/p95 purchase latency.
(b) the simulation clock moved one month, then the lifecycle pass run: seconds until all N are renewed.

Usage: python3 bench/prepaid.py [--base http://localhost:8080] [--accounts 1000] [--clients 4]
"""
import argparse, json, statistics, threading, time, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor

def call(base, method, path, body=None, account=None, key=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
    if account: req.add_header("X-Account-Id", account)
    if key: req.add_header("Idempotency-Key", key)
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, json.loads(r.read() or b"null")

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--accounts", type=int, default=1000)
    p.add_argument("--clients", type=int, default=4)
    a = p.parse_args()
    base = a.base

    def prepare(i):
        _, acc = call(base, "POST", "/api/v1/accounts", {"name": f"bench-{i}", "contacts": [
            {"name": "Bench", "email": f"b{i}@bench.test", "phone": "+8613800000000", "roles": ["CREATOR"]}]})
        call(base, "POST", "/api/v1/accounts/me/top-ups", {"amount": 10000}, account=acc["id"])
        return acc["id"]

    with ThreadPoolExecutor(a.clients) as pool:
        accounts = list(pool.map(prepare, range(a.accounts)))

    latencies = []
    lock = threading.Lock()
    def purchase(acc):
        t = time.perf_counter()
        status, sub = call(base, "POST", "/api/v1/subscriptions", {"product": "kms", "edition": "basic",
                           "region": "ap-guangzhou", "months": 1, "autoRenew": True}, account=acc, key=str(uuid.uuid4()))
        assert status == 201, status
        with lock:
            latencies.append(time.perf_counter() - t)
        return sub["id"]

    start = time.perf_counter()
    with ThreadPoolExecutor(a.clients) as pool:
        subs = list(pool.map(purchase, accounts))
    elapsed = time.perf_counter() - start
    q = statistics.quantiles(latencies, n=100)
    print(f"(a) {len(subs)} purchases by {a.clients} clients in {elapsed:.2f} s: {len(subs)/elapsed:.0f} purchases/s, "
          f"p50 {q[49]*1000:.1f} ms, p95 {q[94]*1000:.1f} ms")

    _, clock = call(base, "GET", "/admin/simulation/clock")
    call(base, "POST", "/admin/simulation/clock", {"by": "P31D"})
    start = time.perf_counter()
    _, result = call(base, "POST", "/admin/simulation/lifecycle-runs")
    elapsed = time.perf_counter() - start
    renewed = 0
    for acc, sub in zip(accounts, subs):
        _, view = call(base, "GET", f"/api/v1/subscriptions/{sub}", account=acc)
        renewed += view["state"] == "ACTIVE" and view["version"] >= 1
    print(f"(b) clock moved one month; lifecycle pass {elapsed:.2f} s; {renewed}/{len(subs)} renewed; pass result {result['lifecycle']}")

if __name__ == "__main__":
    main()
