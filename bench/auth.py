"""Credentials for the bench scripts, as the console backend and an operator present them.

Console calls carry HS256 bearer tokens minted here with the jar's token secret (sub = the account; opening an
account needs the accounts:open scope); /admin calls use HTTP Basic with the operator password. Start the jar with
both set, e.g. --cloudsub.security.jwt-secret=$SECRET --cloudsub.security.admin-password=$PW, and pass the same
values here — or export CLOUDSUB_SECURITY_JWT_SECRET and CLOUDSUB_SECURITY_ADMIN_PASSWORD, which both the jar and
these scripts read.
"""
import base64, hashlib, hmac, json, os, time


def add_arguments(parser):
    parser.add_argument("--jwt-secret", default=os.environ.get("CLOUDSUB_SECURITY_JWT_SECRET"),
                        help="the jar's cloudsub.security.jwt-secret")
    parser.add_argument("--admin-password", default=os.environ.get("CLOUDSUB_SECURITY_ADMIN_PASSWORD"),
                        help="the jar's cloudsub.security.admin-password")


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(args, subject, scope=None):
    """An HS256 JWT as the console backend issues it: one hour of validity."""
    now = int(time.time())
    claims = {"sub": subject, "iat": now, "exp": now + 3600}
    if scope:
        claims["scope"] = scope
    signing_input = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode()) + "." + _b64(json.dumps(claims).encode())
    signature = hmac.new(args.jwt_secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + _b64(signature)


def account_headers(args, account):
    return {"Authorization": "Bearer " + token(args, account)}


def payment_headers(args, account):
    """The payment side's token for a top-up of the account (scope payments:credit)."""
    return {"Authorization": "Bearer " + token(args, account, "payments:credit")}


def opener_headers(args):
    return {"Authorization": "Bearer " + token(args, "console-backend", "accounts:open")}


def operator_headers(args):
    return {"Authorization": "Basic " + base64.b64encode(("admin:" + args.admin_password).encode()).decode()}
