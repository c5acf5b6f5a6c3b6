from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from app.config import database_url

# Nothing listens on port 1: connecting fails at once, like a database that is down.
DOWN_URL = "postgresql+psycopg://ml@127.0.0.1:1/ml"


@pytest.fixture()
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path}/ml.db"


@pytest.fixture()
def postgres_url():
    """A private schema on the real PostgreSQL of DOCKSPEC_POSTGRES_URL, dropped afterwards."""
    raw = os.environ.get("DOCKSPEC_POSTGRES_URL")
    if not raw:
        pytest.skip("set DOCKSPEC_POSTGRES_URL (e.g. from scripts/engine/postgres up) to run against PostgreSQL")
    base = database_url(raw)
    schema = f"mlapi_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield base + ("&" if "?" in base else "?") + f"options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request) -> str:
    return request.getfixturevalue(f"{request.param}_url")
