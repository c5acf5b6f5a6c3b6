"""Start the real server the way the image does (`uvicorn app.main:app`) in a subprocess."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

APP_ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as err:
        return err.code, json.load(err)


def serve_and_get(env: dict[str, str], paths: list[str]) -> list[tuple[int, dict]]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
        cwd=APP_ROOT,
        env={"PATH": os.environ["PATH"], "PYTHONDONTWRITEBYTECODE": "1", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                return [get(f"http://127.0.0.1:{port}{path}") for path in paths]
            except urllib.error.URLError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "no answer within 30 s"
                time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_runs_without_any_environment_like_seed_ac7():
    assert serve_and_get({}, ["/health"]) == [(200, {"status": "healthy"})]


def test_migrations_run_at_start(db_url):
    (status, body), = serve_and_get({"DATABASE_URL": db_url}, ["/health/ready"])
    assert (status, body["revision"]) == (200, "0002")
