from __future__ import annotations

import os
import uuid

import pytest
from fastapi.testclient import TestClient

from app import auth
from app.api import create_app
from app.settings import Settings

SECRET = "test-better-auth-secret"
# Nothing listens on port 1: connecting fails at once, like a database that is down.
DOWN_URL = "postgresql://todo@127.0.0.1:1/todo"


def bearer(user: str, secret: str = SECRET, **claims) -> dict[str, str]:
    return {"Authorization": "Bearer " + auth.sign({"sub": user, **claims}, secret)}


@pytest.fixture()
def user() -> str:
    # A fresh user per test keeps tests apart on a shared database without truncating anything.
    return f"user-{uuid.uuid4().hex[:12]}"


@pytest.fixture()
def down_client():
    with TestClient(create_app(Settings(database_url=DOWN_URL, auth_secret=SECRET))) as c:
        yield c


@pytest.fixture()
def postgres_url() -> str:
    url = os.environ.get("DOCKSPEC_POSTGRES_URL")
    if not url:
        pytest.skip("set DOCKSPEC_POSTGRES_URL (e.g. from scripts/engine/postgres up) to run against PostgreSQL")
    return url


@pytest.fixture()
def client(postgres_url):
    with TestClient(create_app(Settings(database_url=postgres_url, auth_secret=SECRET))) as c:
        yield c
