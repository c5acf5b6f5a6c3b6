"""`python -m app`: serve with PORT, WORKERS and LOG_LEVEL from the environment.

Exec-form `CMD ["python", "-m", "app"]` keeps this process PID 1, so SIGTERM from the kubelet
reaches uvicorn, which drains requests before exiting.
"""

from __future__ import annotations

import sys

import uvicorn

from .settings import ConfigError, read_settings


def main() -> None:
    try:
        settings = read_settings()
    except ConfigError as err:
        print(f"k8s-todo-backend: {err}", file=sys.stderr, flush=True)
        raise SystemExit(78) from None
    uvicorn.run(
        "app.main:app",
        host="0.0.0.0",
        port=settings.port,
        workers=settings.workers,
        log_level=settings.log_level,
        timeout_graceful_shutdown=20,  # below the pod's terminationGracePeriodSeconds (30 s)
    )


if __name__ == "__main__":
    main()
