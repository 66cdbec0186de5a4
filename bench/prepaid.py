#!/usr/bin/env python3
"""Benchmarks (a) and (b) of issue 3, against the running jar (see docs/benchmarks.md).

(a) N accounts, each opened through the API, topped up and given one monthly KMS subscription with auto-renew,
    by C concurrent clients on keep-alive connections (as a console backend's connection pool calls):
    purchases/s and p50/p95 purchase latency. A warm-up round (yearly subscriptions, so not due in (b)) runs first
    and is not counted: a cold JVM spends a core on JIT compilation for the first thousands of requests.
(b) the simulation clock moved one month, then the lifecycle pass run: seconds until all N are renewed.

    java -jar bootstrap/target/cloudsub.jar --spring.quartz.auto-startup=false \\
        --cloudsub.security.jwt-secret=$SECRET --cloudsub.security.admin-password=$PW
    python3 bench/prepaid.py --jwt-secret $SECRET --admin-password $PW [--accounts 1000] [--clients 4] [--warmup 500]
"""
import argparse, http.client, json, statistics, threading, time, uuid
from concurrent.futures import ThreadPoolExecutor

import auth
import cpu


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="localhost")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--accounts", type=int, default=1000)
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--warmup", type=int, default=5000,
                   help="accounts and yearly purchases made first and not counted, so the JIT has compiled the hot paths")
    auth.add_arguments(p)
    a = p.parse_args()
    local = threading.local()

    def call(method, path, body=None, headers=None):
        if not hasattr(local, "c"):
            local.c = http.client.HTTPConnection(a.host, a.port, timeout=600)
        local.c.request(method, path, body=None if body is None else json.dumps(body),
                        headers={"Content-Type": "application/json", **(headers or {})})
        r = local.c.getresponse()
        return r.status, json.loads(r.read() or b"null")

    def prepare(i):
        status, opened = call("POST", "/api/v1/accounts", {"name": f"bench-{i}", "contacts": [
            {"name": "Bench", "email": f"b{i}@bench.test", "phone": "+8613800000000", "roles": ["CREATOR"]}]},
                              auth.opener_headers(a))
        assert status == 201, (status, opened)
        account = opened["id"]
        status, _ = call("POST", "/api/v1/accounts/me/top-ups", {"amount": 40000},
                         {**auth.payment_headers(a, account), "Idempotency-Key": str(uuid.uuid4())})
        assert status == 200, status
        return account

    latencies = []
    lock = threading.Lock()

    def purchase(account, months=1, auto_renew=True):
        headers = {**auth.account_headers(a, account), "Idempotency-Key": str(uuid.uuid4())}
        t = time.perf_counter()
        status, sub = call("POST", "/api/v1/subscriptions", {"product": "kms", "edition": "basic", "region": "ap-guangzhou",
                                                             "months": months, "autoRenew": auto_renew}, headers)
        elapsed = time.perf_counter() - t
        assert status == 201, (status, sub)
        with lock:
            latencies.append(elapsed)
        return sub["id"]

    with ThreadPoolExecutor(a.clients) as pool:
        warm = list(pool.map(prepare, range(a.warmup)))
        list(pool.map(lambda account: purchase(account, 12, False), warm))  # yearly: not due in (b)
        accounts = list(pool.map(prepare, range(a.warmup, a.warmup + a.accounts)))
        latencies.clear()
        before = cpu.seconds()
        start = time.perf_counter()
        subs = list(pool.map(purchase, accounts))
        elapsed = time.perf_counter() - start
        used = cpu.spent(before)
    q = statistics.quantiles(latencies, n=100)
    print(f"(a) {len(subs)} purchases by {a.clients} clients in {elapsed:.2f} s: {len(subs) / elapsed:.0f} purchases/s, "
          f"p50 {q[49] * 1000:.1f} ms, p95 {q[94] * 1000:.1f} ms (after {a.warmup} warm-up purchases); "
          f"CPU seconds: {used}")

    operator = auth.operator_headers(a)
    call("POST", "/admin/simulation/clock", {"by": "P31D", "reason": "benchmark (b)"}, operator)
    start = time.perf_counter()
    status, result = call("POST", "/admin/simulation/lifecycle-runs?notices=false", None, operator)
    elapsed = time.perf_counter() - start
    assert status == 200, (status, result)
    renewed = 0
    for account, sub in zip(accounts, subs):
        _, view = call("GET", f"/api/v1/subscriptions/{sub}", None, auth.account_headers(a, account))
        renewed += view["state"] == "ACTIVE" and view["version"] >= 1
    print(f"(b) clock moved one month; lifecycle pass {elapsed:.2f} s; {renewed}/{len(subs)} of the measured subscriptions "
          f"renewed; pass result {result['lifecycle']}")


if __name__ == "__main__":
    main()
