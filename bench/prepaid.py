#!/usr/bin/env python3
"""Prepaid benchmark against a running CloudSub (the built jar on its embedded database, simulation profile).

(a) N accounts, each opened, topped up and given one monthly subscription with auto-renew through the API
    by C concurrent clients: purchases/s and p50/p95 purchase latency.
(b) the simulation clock moved one month, then the lifecycle pass run: seconds until all N are renewed.

Authentication: start the jar with a known token secret and operator password, and give both to this script
(console calls carry HS256 bearer tokens minted here with that secret; admin calls use HTTP Basic):

    java -jar bootstrap/target/cloudsub.jar --cloudsub.security.jwt-secret=$SECRET --cloudsub.security.admin-password=$PW
    python3 bench/prepaid.py --jwt-secret $SECRET --admin-password $PW [--base http://localhost:8080] [--accounts 1000] [--clients 4]
"""
import argparse, base64, hashlib, hmac, json, statistics, threading, time, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor

SECRET = None
ADMIN = None

def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def token(subject, scope=None):
    """An HS256 JWT as the console backend issues it: sub = the account, one hour of validity."""
    now = int(time.time())
    claims = {"sub": subject, "iat": now, "exp": now + 3600}
    if scope: claims["scope"] = scope
    signing_input = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + b64(json.dumps(claims).encode())
    signature = hmac.new(SECRET.encode(), signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + b64(signature)

def call(base, method, path, body=None, account=None, key=None, authorization=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
    if account: req.add_header("Authorization", "Bearer " + token(account))
    if authorization: req.add_header("Authorization", authorization)
    if key: req.add_header("Idempotency-Key", key)
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.status, json.loads(r.read() or b"null")

def operator(base, method, path, body=None):
    return call(base, method, path, body, authorization="Basic " + base64.b64encode(("admin:" + ADMIN).encode()).decode())

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--accounts", type=int, default=1000)
    p.add_argument("--clients", type=int, default=4)
    p.add_argument("--jwt-secret", required=True, help="the jar's cloudsub.security.jwt-secret")
    p.add_argument("--admin-password", required=True, help="the jar's cloudsub.security.admin-password")
    a = p.parse_args()
    base = a.base
    global SECRET, ADMIN
    SECRET, ADMIN = a.jwt_secret, a.admin_password
    console = "Bearer " + token("console-backend", "accounts:open")

    def prepare(i):
        _, acc = call(base, "POST", "/api/v1/accounts", {"name": f"bench-{i}", "contacts": [
            {"name": "Bench", "email": f"b{i}@bench.test", "phone": "+8613800000000", "roles": ["CREATOR"]}]}, authorization=console)
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

    _, clock = operator(base, "GET", "/admin/simulation/clock")
    operator(base, "POST", "/admin/simulation/clock", {"by": "P31D", "reason": "benchmark (b)"})
    start = time.perf_counter()
    _, result = operator(base, "POST", "/admin/simulation/lifecycle-runs")
    elapsed = time.perf_counter() - start
    renewed = 0
    for acc, sub in zip(accounts, subs):
        _, view = call(base, "GET", f"/api/v1/subscriptions/{sub}", account=acc)
        renewed += view["state"] == "ACTIVE" and view["version"] >= 1
    print(f"(b) clock moved one month; lifecycle pass {elapsed:.2f} s; {renewed}/{len(subs)} renewed; pass result {result['lifecycle']}")

if __name__ == "__main__":
    main()
