"""Run-time configuration from the environment (a Kubernetes Secret and the pod's env)."""

from __future__ import annotations

import os
from dataclasses import dataclass

# OPENAI_API_KEY is in the pod's Secret too, but optional: the reference app calls no model.
REQUIRED_SECRETS = ("DATABASE_URL", "BETTER_AUTH_SECRET")
LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


class ConfigError(Exception):
    """A configuration problem the operator must fix; the message says what to do."""


@dataclass(frozen=True)
class Settings:
    database_url: str
    auth_secret: str
    port: int = 8000
    log_level: str = "info"
    workers: int = 1


def _positive_int(environ, name: str, default: int) -> int:
    raw = environ.get(name, "").strip() or str(default)
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(f"{name} must be a positive integer, got {raw!r}.")
    return int(raw)


def read_settings(environ=os.environ) -> Settings:
    missing = [name for name in REQUIRED_SECRETS if not environ.get(name, "").strip()]
    if missing:
        raise ConfigError(
            f"Missing required environment variables: {', '.join(missing)}. "
            "Add them to the Kubernetes Secret the Deployment reads (envFrom.secretRef)."
        )
    log_level = (environ.get("LOG_LEVEL", "").strip() or "info").lower()
    if log_level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {log_level!r}.")
    return Settings(
        database_url=environ["DATABASE_URL"].strip(),
        auth_secret=environ["BETTER_AUTH_SECRET"],
        port=_positive_int(environ, "PORT", 8000),
        log_level=log_level,
        workers=_positive_int(environ, "WORKERS", 1),
    )
