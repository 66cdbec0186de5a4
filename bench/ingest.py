#!/usr/bin/env python3
"""Benchmark of issue 4: ingest 1,000,000 usage records through POST /api/v1/usage and report records/s.

Start the jar on a fresh embedded database (see docs/benchmarks.md), then run
    python3 bench/ingest.py --records 1000000 --batch 1000 --clients 4

It opens --accounts accounts through the API, builds every request body first (API gateway calls and traffic,
one record per event id, spread over the last 9 minutes), sends --warmup records untimed (a JVM just started spends
a core compiling the path), then sends the batches from --clients keep-alive connections and prints records/s, the
latency of a batch and the CPU seconds the jar, its database and this client spent on the timed part. A second pass
resends the first 100 batches to show that resent records are counted once (accepted 0). Needs the simulation
profile (the embedded default).
"""
import argparse, http.client, json, statistics, threading, time, uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import auth
import cpu


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="localhost")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--records", type=int, default=1_000_000)
    p.add_argument("--batch", type=int, default=1000)
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--accounts", type=int, default=100)
    p.add_argument("--warmup", type=int, default=100_000, help="records sent first and not timed, so the JIT has compiled the path")
    auth.add_arguments(p)
    a = p.parse_args()
    local = threading.local()

    def connection():
        if not hasattr(local, "c"):
            local.c = http.client.HTTPConnection(a.host, a.port, timeout=120)
        return local.c

    def post(path, body, headers):
        c = connection()
        c.request("POST", path, body=body, headers={"Content-Type": "application/json", **headers})
        r = c.getresponse()
        data = r.read()
        return r.status, json.loads(data or b"null")

    accounts = []
    for i in range(a.accounts):
        status, opened = post("/api/v1/accounts", json.dumps({"name": f"Ingest {i}", "contacts": [
            {"name": "Ops", "email": f"ops{i}@ingest.example", "roles": ["CREATOR"]}]}), auth.opener_headers(a))
        assert status == 201, (status, opened)
        accounts.append(opened["id"])

    # Usage must not predate the accounts: move the platform clock an hour on and report usage of the last 9 minutes
    # (usage of an hour the hourly settlement has closed, at the earliest 10 minutes after it ended, is refused).
    status, _ = post("/admin/simulation/clock", json.dumps({"by": "PT1H", "reason": "ingestion benchmark"}), auth.operator_headers(a))
    assert status == 200, status
    c = connection()
    c.request("GET", "/admin/simulation/clock", headers=auth.operator_headers(a))
    now = datetime.fromisoformat(json.loads(c.getresponse().read())["now"].replace("Z", "+00:00"))
    batches = []
    run = uuid.uuid4().hex[:8]
    for b in range((a.warmup + a.records) // a.batch):
        account = accounts[b % len(accounts)]
        records = []
        for i in range(a.batch):
            n = b * a.batch + i
            at = (now - timedelta(seconds=1 + n % 540)).isoformat().replace("+00:00", "Z")
            if n % 2:
                records.append({"eventId": f"{run}-{n}", "product": "apigw", "region": "ap-guangzhou", "meter": "apigw.api-call",
                                "quantity": 1 + n % 500, "unit": "CALL", "occurredAt": at})
            else:
                records.append({"eventId": f"{run}-{n}", "product": "apigw", "region": "ap-guangzhou", "meter": "apigw.traffic",
                                "quantity": 1024 * (1 + n % 4096), "unit": "BYTE", "occurredAt": at})
        batches.append((account, json.dumps({"records": records})))

    latencies, accepted = [], [0]
    lock = threading.Lock()

    def send(batch):
        account, body = batch
        t = time.perf_counter()
        status, result = post("/api/v1/usage", body, auth.account_headers(a, account))
        assert status == 200, (status, str(result)[:300])
        with lock:
            latencies.append(time.perf_counter() - t)
            accepted[0] += result["accepted"]

    warmup, batches = batches[:a.warmup // a.batch], batches[a.warmup // a.batch:]
    with ThreadPoolExecutor(a.clients) as pool:
        list(pool.map(send, warmup))
    print(f"warm-up: {accepted[0]} records", flush=True)
    latencies.clear()
    accepted[0] = 0
    before = cpu.seconds()
    start = time.perf_counter()
    with ThreadPoolExecutor(a.clients) as pool:
        list(pool.map(send, batches))
    elapsed = time.perf_counter() - start
    used = cpu.spent(before)
    q = statistics.quantiles(latencies, n=100)
    print(f"ingested {accepted[0]} records in {len(batches)} batches of {a.batch} by {a.clients} clients in {elapsed:.2f} s: "
          f"{accepted[0] / elapsed:,.0f} records/s; batch p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms; "
          f"CPU seconds: {used}")

    accepted[0] = 0
    start = time.perf_counter()
    with ThreadPoolExecutor(a.clients) as pool:
        list(pool.map(send, batches[:100]))
    print(f"resent {100 * a.batch} records in {time.perf_counter() - start:.2f} s: accepted {accepted[0]} (counted once)")


if __name__ == "__main__":
    main()
