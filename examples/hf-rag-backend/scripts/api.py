"""Entry point: `uvicorn scripts.api:app`. Configuration problems end the process with one message."""

from __future__ import annotations

import sys

from .settings import ConfigError, load_env, read_settings


def _build():
    load_env()
    try:
        settings = read_settings()
        from .app import create_app

        return create_app(settings)
    except ConfigError as err:
        message = str(err)
    except OSError as err:
        message = f"Cannot write the conversation database: {err}. Point DATA_DIR at a writable directory (e.g. /tmp/data)."
    print(f"hf-rag-backend: {message}", file=sys.stderr, flush=True)
    # SystemExit, not an exception: uvicorn then exits with this code and no traceback.
    raise SystemExit(78)  # EX_CONFIG


app = _build()
