"""Start the real server the way the image does (`python -m app`) in a subprocess."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.conftest import DOWN_URL

APP_ROOT = Path(__file__).resolve().parent.parent


def start(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "app"],
        cwd=APP_ROOT,
        env={"PATH": os.environ["PATH"], "PYTHONUNBUFFERED": "1", "PYTHONDONTWRITEBYTECODE": "1", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code


def test_missing_secrets_end_start_up_with_one_message():
    proc = start({"OPENAI_API_KEY": "x"})
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 78
    assert "Traceback" not in stderr
    assert stderr.strip() == (
        "k8s-todo-backend: Missing required environment variables: DATABASE_URL, BETTER_AUTH_SECRET. "
        "Add them to the Kubernetes Secret the Deployment reads (envFrom.secretRef)."
    )


def test_serves_on_PORT_is_live_not_ready_and_stops_on_sigterm():
    port = free_port()
    proc = start({"DATABASE_URL": DOWN_URL, "BETTER_AUTH_SECRET": "s", "PORT": str(port), "LOG_LEVEL": "warning"})
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                assert status(f"http://127.0.0.1:{port}/health/live") == 200
                break
            except urllib.error.URLError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "no answer from /health/live within 20 s"
                time.sleep(0.1)
        assert status(f"http://127.0.0.1:{port}/health/ready") == 503
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) in (0, -signal.SIGTERM)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
