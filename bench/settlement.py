#!/usr/bin/env python3
"""Hourly settlement benchmark against a running CloudSub jar (embedded database on a known port, simulation profile).

Sets up N accounts (default 100,000) with one hour of API gateway usage each, inserted set-based with SQL straight
into the embedded database: per account one contact, an API gateway service opened 400 days ago (second year, no
free tier; --free-tier opens them now so each settlement also creates the free-tier packs), 50,000 calls and 100 MB
of traffic in Guangzhou in that hour. Then moves the simulation clock past the hour and times
POST /admin/simulation/settlement-runs: the seconds to settle that hour for every account.

Start the jar first, e.g.:
  java -jar bootstrap/target/cloudsub.jar --spring.quartz.auto-startup=false \
       --cloudsub.embedded-db.dir=/tmp/cloudsub-bench/db --cloudsub.embedded-db.port=3399
Usage: python3 bench/settlement.py [--base http://localhost:8080] [--db-port 3399] [--accounts 100000] [--free-tier]
(operator credentials as in bench/auth.py: --admin-password or CLOUDSUB_SECURITY_ADMIN_PASSWORD)
"""
import argparse, json, os, subprocess, time, urllib.request
from datetime import datetime, timedelta, timezone

import auth
import cpu

OPERATOR = {}

def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json", **OPERATOR})
    with urllib.request.urlopen(req, timeout=3600) as r:
        return json.loads(r.read() or b"null")

def sql(port, statement):
    client = os.path.expanduser("~/.cache/cloudsub/mariadb-11.4.5/bin/mariadb")
    out = subprocess.run([client, "-h127.0.0.1", f"-P{port}", "-uroot", "-N", "cloudsub", "-e", statement],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()

def parse(instant):
    return datetime.fromisoformat(instant.replace("Z", "+00:00"))

def move_to(base, target):
    now = parse(call(base, "GET", "/admin/simulation/clock")["now"])
    seconds = (target - now).total_seconds()
    call(base, "POST", "/admin/simulation/clock", {"by": f"PT{seconds:.6f}S"})

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db-port", type=int, default=3399)
    p.add_argument("--accounts", type=int, default=100_000)
    p.add_argument("--free-tier", action="store_true")
    auth.add_arguments(p)
    a = p.parse_args()
    OPERATOR.update(auth.operator_headers(a))
    base, port, n = a.base, a.db_port, a.accounts

    call(base, "POST", "/admin/simulation/settlement-runs")  # settle whatever is due before the measured hour
    now = parse(call(base, "GET", "/admin/simulation/clock")["now"])
    hour = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    move_to(base, hour + timedelta(minutes=1))
    h = hour.strftime("%Y-%m-%d %H:%M:%S")
    opened = f"'{h}'" if a.free_tier else f"TIMESTAMP'{h}' - INTERVAL 400 DAY"
    tag = hour.strftime("%Y%m%d%H")
    seq = f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {n}) "
    setup = time.perf_counter()
    sql(port, "SET SESSION max_recursive_iterations = 10000000; "
        f"INSERT INTO account (id, name, currency, cash, gift, version, created_at) {seq}"
        f"SELECT CONCAT('acc-bench-{tag}-', n), CONCAT('bench ', n), 'CNY', 100.00, 0.00, 0, TIMESTAMP'{h}' - INTERVAL 400 DAY FROM s; "
        f"INSERT INTO contact (account_id, seq, name, email, phone, roles, language) {seq}"
        f"SELECT CONCAT('acc-bench-{tag}-', n), 0, 'Bench', CONCAT('b', n, '@bench.test'), '+8613800000000', 'CREATOR', 'en' FROM s; "
        f"INSERT INTO payg_service (account_id, product_code, opened_at, state, arrears_since, released_at, version) {seq}"
        f"SELECT CONCAT('acc-bench-{tag}-', n), 'apigw', {opened}, 'NORMAL', NULL, NULL, 0 FROM s; "
        f"INSERT INTO usage_record (account_id, event_id, product_code, region_code, meter, quantity, unit, occurred_at, received_at) {seq}"
        f"SELECT CONCAT('acc-bench-{tag}-', n), 'calls', 'apigw', 'ap-guangzhou', 'apigw.api-call', 50000, 'CALL', "
        f"TIMESTAMP'{h}' + INTERVAL (n MOD 3600) SECOND, TIMESTAMP'{h}' FROM s; "
        f"INSERT INTO usage_record (account_id, event_id, product_code, region_code, meter, quantity, unit, occurred_at, received_at) {seq}"
        f"SELECT CONCAT('acc-bench-{tag}-', n), 'traffic', 'apigw', 'ap-guangzhou', 'apigw.traffic', 100, 'MEGABYTE', "
        f"TIMESTAMP'{h}' + INTERVAL (n MOD 3600) SECOND, TIMESTAMP'{h}' FROM s;")
    print(f"setup: {n} accounts with one hour ({h} UTC) of API gateway usage inserted in {time.perf_counter() - setup:.1f} s")

    move_to(base, hour + timedelta(hours=1, minutes=10))
    before = cpu.seconds()
    start = time.perf_counter()
    result = call(base, "POST", "/admin/simulation/settlement-runs")
    elapsed = time.perf_counter() - start
    used = cpu.spent(before)
    bills = sql(port, f"SELECT COUNT(*), SUM(total) FROM bill WHERE account_id LIKE 'acc-bench-{tag}-%'")
    print(f"settlement of the hour: {elapsed:.2f} s for {n} accounts; bills, total: {bills}; run result {result['hourly']}; CPU seconds: {used}")
    again = time.perf_counter()
    call(base, "POST", "/admin/simulation/settlement-runs")
    print(f"re-run: {time.perf_counter() - again:.2f} s; bills now: {sql(port, f'SELECT COUNT(*) FROM bill WHERE account_id LIKE ' + chr(39) + f'acc-bench-{tag}-%' + chr(39))}")

if __name__ == "__main__":
    main()
