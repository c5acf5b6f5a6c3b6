"""Apply alembic migrations from code: at start-up (RUN_MIGRATIONS) or as `python -m app.migrations`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, text

from .config import read_settings

ALEMBIC_INI = Path(__file__).resolve().parent.parent / "alembic.ini"
# Several workers or replicas may start at once; one migrates, the others wait on this lock.
_LOCK_KEY = 80020001

log = logging.getLogger("app.migrations")


def alembic_config() -> Config:
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(ALEMBIC_INI.parent / "alembic"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = read_settings()
    if not settings.database_url:
        print("ml-api: DATABASE_URL is not set; nothing to migrate.", file=sys.stderr)
        raise SystemExit(78)
    engine = create_engine(settings.database_url)
    upgrade(engine)
    print(f"ml-api: database at revision {current_revision(engine)}")


if __name__ == "__main__":
    main()
