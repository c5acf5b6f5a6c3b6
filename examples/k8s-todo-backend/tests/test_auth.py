import base64
import json

import pytest

from app.auth import InvalidToken, sign, verify


def test_a_signed_token_yields_its_subject():
    assert verify(sign({"sub": "u1", "exp": 2_000_000_000}, "s"), "s", now=1_900_000_000) == "u1"


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        (sign({"sub": "u1"}, "other-secret"), "bad signature"),
        (sign({"sub": "u1", "exp": 100}, "s"), "token expired"),
        (sign({"name": "no subject"}, "s"), "token has no subject"),
        ("not-a-token", "malformed token"),
        ("a.b.c", "malformed token"),
    ],
)
def test_invalid_tokens_are_refused(token, reason):
    with pytest.raises(InvalidToken, match=reason):
        verify(token, "s", now=1_000)


def test_alg_none_is_refused_even_without_a_signature():
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()  # noqa: E731
    token = f"{enc({'alg': 'none'})}.{enc({'sub': 'admin'})}."
    with pytest.raises(InvalidToken, match="unsupported algorithm"):
        verify(token, "s")
