from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from scripts.app import create_app
from scripts.settings import DEFAULT_ORIGIN_REGEX, Settings


@pytest.fixture()
def settings(tmp_path):
    return Settings(
        data_dir=tmp_path / "data",
        allowed_origins=("http://localhost:3000", "https://2-book.vercel.app"),
        allowed_origin_regex=DEFAULT_ORIGIN_REGEX,
    )


@pytest.fixture()
def client(settings):
    with TestClient(create_app(settings)) as c:
        yield c
