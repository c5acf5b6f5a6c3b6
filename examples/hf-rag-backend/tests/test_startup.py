"""Start the real server the way the image does (`uvicorn scripts.api:app`) in a subprocess."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from scripts.settings import REQUIRED_SECRETS, load_env

APP_ROOT = Path(__file__).resolve().parent.parent


def run_server(env: dict[str, str], port: int) -> subprocess.Popen:
    base = {"PATH": os.environ["PATH"], "PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "scripts.api:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=APP_ROOT,
        env={**base, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def no_dotenv():
    # A developer's .env next to scripts/ would fill the secrets and hide the failure under test.
    if (APP_ROOT / ".env").exists():
        pytest.skip("examples/hf-rag-backend/.env exists")


def test_missing_secrets_end_start_up_with_one_message(no_dotenv, tmp_path):
    proc = run_server({"HOME": str(tmp_path), "QDRANT_URL": "https://q.example"}, free_port())
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 78
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if "Missing required environment variables" in line]
    assert len(lines) == 1
    for name in REQUIRED_SECRETS:
        assert (name in lines[0]) == (name != "QDRANT_URL")


def test_server_starts_with_every_secret_and_answers_health(no_dotenv, tmp_path):
    port = free_port()
    env = {name: "x" for name in REQUIRED_SECRETS} | {"HOME": str(tmp_path)}
    proc = run_server(env, port)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    assert json.load(response)["status"] == "healthy"
                    break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "no answer from /health within 20 s"
                time.sleep(0.1)
        assert (tmp_path / "data" / "conversations.sqlite3").is_file()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_dotenv_fills_only_what_the_environment_lacks(tmp_path, monkeypatch):
    env_file = tmp_path / ".env"
    env_file.write_text("DOCKSPEC_EXAMPLE_A=from-file\nDOCKSPEC_EXAMPLE_B=from-file\n")
    monkeypatch.delenv("DOCKSPEC_EXAMPLE_A", raising=False)
    monkeypatch.setenv("DOCKSPEC_EXAMPLE_B", "from-secret")
    load_env(env_file)
    assert os.environ["DOCKSPEC_EXAMPLE_A"] == "from-file"
    assert os.environ["DOCKSPEC_EXAMPLE_B"] == "from-secret"
    monkeypatch.delenv("DOCKSPEC_EXAMPLE_A")
    load_env(tmp_path / "absent.env")  # no file: nothing happens
