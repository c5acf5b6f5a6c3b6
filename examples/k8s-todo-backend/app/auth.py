"""Bearer tokens: HS256 JWTs signed with BETTER_AUTH_SECRET by the frontend's Better Auth server."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time


class InvalidToken(Exception):
    pass


def _b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def sign(claims: dict, secret: str) -> str:
    """Issue a token (the frontend's job in production; tests and local runs use it)."""
    head = _b64encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64encode(json.dumps(claims).encode())
    mac = hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{_b64encode(mac)}"


def verify(token: str, secret: str, now: float | None = None) -> str:
    """Return the user id (`sub`) of a valid token; raise InvalidToken otherwise."""
    try:
        head, body, mac = token.split(".")
        header = json.loads(_b64decode(head))
        claims = json.loads(_b64decode(body))
        given = _b64decode(mac)
    except ValueError as err:  # bad shape, base64 or JSON
        raise InvalidToken("malformed token") from err
    if header.get("alg") != "HS256":  # never let the token choose `none` or another algorithm
        raise InvalidToken("unsupported algorithm")
    expected = hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(given, expected):
        raise InvalidToken("bad signature")
    exp = claims.get("exp")
    if isinstance(exp, (int, float)) and exp < (now if now is not None else time.time()):
        raise InvalidToken("token expired")
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub:
        raise InvalidToken("token has no subject")
    return sub
