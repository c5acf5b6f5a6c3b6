"""Entry point: `uvicorn app.main:app` (or `python -m app`). Configuration problems end the process with one message."""

from __future__ import annotations

import sys

from fastapi import FastAPI

from .api import create_app
from .settings import ConfigError, read_settings


def _build() -> FastAPI:
    try:
        return create_app(read_settings())
    except ConfigError as err:
        print(f"k8s-todo-backend: {err}", file=sys.stderr, flush=True)
        # SystemExit, not an exception: uvicorn then exits with this code and no traceback.
        raise SystemExit(78) from None  # EX_CONFIG


app = _build()
