"""Settings from the environment. The API starts without a database (seed AC7: `docker run` then `/health`)."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


def database_url(raw: str) -> str:
    """Use psycopg 3 for plain PostgreSQL URLs (SQLAlchemy's default driver would be psycopg2)."""
    for prefix in ("postgres://", "postgresql://"):
        if raw.startswith(prefix):
            return "postgresql+psycopg://" + raw[len(prefix) :]
    return raw


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None
    app_env: str = "production"
    enable_gpu: bool = False
    run_migrations: bool = True


def read_settings(environ=os.environ) -> Settings:
    raw = environ.get("DATABASE_URL", "").strip()
    return Settings(
        database_url=database_url(raw) if raw else None,
        app_env=environ.get("APP_ENV", "").strip() or "production",
        enable_gpu=_flag(environ.get("ENABLE_GPU")),
        run_migrations=_flag(environ.get("RUN_MIGRATIONS", "true")),
    )
