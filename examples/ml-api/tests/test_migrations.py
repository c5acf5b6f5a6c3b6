import os
import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from app import migrations

APP_ROOT = Path(__file__).resolve().parent.parent


def columns(engine, table):
    return [c["name"] for c in inspect(engine).get_columns(table)]


def test_upgrade_creates_the_schema_at_head(db_url):
    engine = create_engine(db_url)
    assert migrations.current_revision(engine) is None
    migrations.upgrade(engine)
    assert migrations.current_revision(engine) == migrations.head_revision() == "0002"
    assert columns(engine, "batches") == ["id", "species", "quantity", "created_at", "location"]
    migrations.upgrade(engine)  # a second start changes nothing
    assert migrations.current_revision(engine) == "0002"


def test_every_migration_downgrades(db_url):
    engine = create_engine(db_url)
    migrations.upgrade(engine)
    config = migrations.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    assert "location" not in columns(engine, "batches")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert "batches" not in inspect(engine).get_table_names()


def run(args, env):
    return subprocess.run(
        args, cwd=APP_ROOT, env={"PATH": os.environ["PATH"], "PYTHONDONTWRITEBYTECODE": "1", **env}, capture_output=True, text=True, timeout=60
    )


def test_migrate_entry_script(db_url):
    done = run([sys.executable, "-m", "app.migrations"], {"DATABASE_URL": db_url})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ml-api: database at revision 0002"
    missing = run([sys.executable, "-m", "app.migrations"], {})
    assert missing.returncode == 78
    assert "DATABASE_URL is not set" in missing.stderr


def test_alembic_cli_reads_DATABASE_URL(sqlite_url):
    alembic = str(Path(sys.executable).parent / "alembic")
    done = run([alembic, "upgrade", "head"], {"DATABASE_URL": sqlite_url})
    assert done.returncode == 0, done.stderr
    assert "Running upgrade 0001 -> 0002" in done.stderr
    assert migrations.current_revision(create_engine(sqlite_url)) == "0002"
