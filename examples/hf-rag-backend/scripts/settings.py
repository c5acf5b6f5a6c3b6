"""Run-time configuration: secrets from the environment (Hugging Face Secrets) or an optional .env."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from dotenv import load_dotenv

# The secrets the deployment plan requires; the Space refuses to start without any of them.
REQUIRED_SECRETS = ("COHERE_API_KEY", "OPENAI_API_KEY", "QDRANT_URL", "QDRANT_API_KEY", "DATABASE_URL")

DEFAULT_ORIGINS = "http://localhost:3000,http://127.0.0.1:3000,https://2-book.vercel.app"
# Vercel preview URLs are <project>-<hash>-<team>.vercel.app or <project>-git-<branch>-<team>.vercel.app.
# Anchored and scoped to this project and team: `.*\.vercel\.app` would admit every Vercel tenant.
DEFAULT_ORIGIN_REGEX = r"^https://2-book-[a-z0-9-]+-book-team\.vercel\.app$"

APP_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(Exception):
    """A configuration problem the operator must fix; the message says what to do."""


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    allowed_origins: tuple[str, ...]
    allowed_origin_regex: str | None


def load_env(env_file: Path | None = None) -> None:
    """Read `.env` when there is one. Variables already set (Space secrets) win over the file."""
    path = env_file or APP_ROOT / ".env"
    if path.is_file():
        load_dotenv(path, override=False)


def missing_secrets(environ: dict[str, str] | os._Environ[str]) -> list[str]:
    return [name for name in REQUIRED_SECRETS if not environ.get(name, "").strip()]


def parse_origins(raw: str) -> tuple[str, ...]:
    origins = tuple(o.strip().rstrip("/") for o in raw.split(",") if o.strip())
    wildcards = [o for o in origins if "*" in o and o != "*"]
    if wildcards:
        # Starlette compares allow_origins literally, so such an entry would silently never match.
        raise ConfigError(
            f"ALLOWED_ORIGINS holds wildcard entries that never match: {', '.join(wildcards)}. "
            "List exact origins there and put patterns in ALLOWED_ORIGIN_REGEX."
        )
    return origins


def read_settings(environ: dict[str, str] | os._Environ[str] = os.environ) -> Settings:
    missing = missing_secrets(environ)
    if missing:
        raise ConfigError(
            f"Missing required environment variables: {', '.join(missing)}. "
            "Set them as Space secrets (Settings > Variables and secrets) or in a .env file next to scripts/."
        )
    regex = environ.get("ALLOWED_ORIGIN_REGEX", DEFAULT_ORIGIN_REGEX).strip() or None
    if regex is not None:
        try:
            re.compile(regex)
        except re.error as err:
            raise ConfigError(f"ALLOWED_ORIGIN_REGEX is not a valid regular expression: {err}") from None
    home = environ.get("HOME") or "/tmp"
    return Settings(
        data_dir=Path(environ.get("DATA_DIR") or Path(home) / "data"),
        allowed_origins=parse_origins(environ.get("ALLOWED_ORIGINS", DEFAULT_ORIGINS)),
        allowed_origin_regex=regex,
    )
