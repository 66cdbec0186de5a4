#!/usr/bin/env python3
"""Benchmark (c) of issue 3: the daily lifecycle pass over 1,000,000 subscriptions, 100,000 of them due.

Start the jar on a fresh embedded database with a known database port, e.g.
    java -jar bootstrap/target/cloudsub.jar --spring.quartz.auto-startup=false --cloudsub.embedded-db.port=3307 \
        --cloudsub.security.jwt-secret=$SECRET --cloudsub.security.admin-password=$PW
then run
    python3 bench/lifecycle.py --subscriptions 1000000 --accounts 10000 --jwt-secret $SECRET --admin-password $PW

The data is written straight into the database with set-based SQL (MariaDB's seq_1_to_N sequence table):
accounts with two contacts each, and subscriptions of which one in ten is due — a quarter each for an expiry
warning (ends in 3 days), an auto-renewal (ended 1 hour ago, auto-renew on), a suspension (ended 25 hours ago,
auto-renew off; the expiry-day notice already sent by the previous day's pass, as in steady state) and a release (suspended 16 days ago, secrets manager: 15 days' retention). The rest end 30 to
330 days from now. Then the lifecycle pass runs once through the simulation endpoint, without delivering
notices, and the script prints its seconds and what it did; a second run shows the re-run cost.
"""
import argparse, json, os, subprocess, time, urllib.request
from datetime import datetime, timedelta, timezone

import auth


def call(a, method, path, body=None):
    request = urllib.request.Request(a.base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json", **auth.operator_headers(a)})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read() or b"null")


def sql(args, statement):
    subprocess.run([args.client, "-h127.0.0.1", f"-P{args.db_port}", "-uroot", "cloudsub", "-e", statement], check=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://localhost:8080")
    p.add_argument("--db-port", type=int, default=3307)
    p.add_argument("--client", default=os.path.expanduser("~/.cache/cloudsub/mariadb-11.4.5/bin/mariadb"))
    p.add_argument("--subscriptions", type=int, default=1_000_000)
    p.add_argument("--accounts", type=int, default=10_000)
    p.add_argument("--no-setup", action="store_true", help="the data is already there: only run the pass")
    p.add_argument("--runs", type=int, default=2, help="how many passes to run (the second shows the re-run cost)")
    auth.add_arguments(p)
    a = p.parse_args()

    now = datetime.fromisoformat(call(a, "GET", "/admin/simulation/clock")["now"].replace("Z", "+00:00"))
    ts = lambda delta: "'" + (now + delta).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f") + "'"
    if not a.no_setup:
        setup(a, ts)
    for run in range(1, a.runs + 1):
        start = time.perf_counter()
        result = call(a, "POST", "/admin/simulation/lifecycle-runs?notices=false")
        print(f"(c) lifecycle pass {run}: {time.perf_counter() - start:.2f} s; {result['lifecycle']}")


def setup(a, ts):
    n, m = a.subscriptions, a.accounts
    start = time.perf_counter()
    sql(a, f"""
        INSERT INTO account (id, name, currency, cash, gift, version, created_at)
        SELECT CONCAT('bench-acc-', seq), CONCAT('Bench ', seq), 'CNY', 10000000, 0, 0, {ts(timedelta(days=-400))}
        FROM seq_1_to_{m};
        INSERT INTO contact (account_id, seq, name, email, phone, roles, language)
        SELECT CONCAT('bench-acc-', seq), 0, 'Owner', CONCAT('owner', seq, '@bench.example'), '+8613800000000', 'CREATOR', 'zh'
        FROM seq_1_to_{m};
        INSERT INTO contact (account_id, seq, name, email, phone, roles, language)
        SELECT CONCAT('bench-acc-', seq), 1, 'Finance', CONCAT('finance', seq, '@bench.example'), '+8613900000000', 'FINANCE', 'en'
        FROM seq_1_to_{m};
        INSERT INTO subscription (id, account_id, product_code, edition_code, region_code, add_ons, state, purchased_at,
                                  ends_at, suspended_at, isolated_at, auto_renew, auto_renew_months, version)
        SELECT CONCAT('bench-sub-', LPAD(seq, 8, '0')), CONCAT('bench-acc-', 1 + seq MOD {m}),
               IF(seq MOD 40 = 3, 'ssm', 'kms'), IF(seq MOD 40 = 3, 'enterprise', 'basic'), 'ap-guangzhou', '',
               IF(seq MOD 40 = 3, 'SUSPENDED', 'ACTIVE'), {ts(timedelta(days=-400))},
               CASE seq MOD 40
                   WHEN 0 THEN {ts(timedelta(days=3))}
                   WHEN 1 THEN {ts(timedelta(hours=-1))}
                   WHEN 2 THEN {ts(timedelta(hours=-25))}
                   WHEN 3 THEN {ts(timedelta(days=-17))}
                   ELSE {ts(timedelta(days=30))} + INTERVAL (seq MOD 300) DAY END,
               IF(seq MOD 40 = 3, {ts(timedelta(days=-16))}, NULL), NULL,
               seq MOD 40 = 1, 1, 0
        FROM seq_1_to_{n};
        INSERT INTO lifecycle_action (subscription_id, term_end, action, taken_at)
        SELECT id, ends_at, 'EXPIRY_NOTICE', ends_at FROM subscription
        WHERE id LIKE 'bench-sub-%' AND state = 'ACTIVE' AND auto_renew = FALSE AND ends_at < {ts(timedelta(hours=-24))};""")
    print(f"set-up: {m} accounts, {n} subscriptions ({n // 10} due) inserted in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
