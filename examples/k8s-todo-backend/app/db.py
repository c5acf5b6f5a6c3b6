"""PostgreSQL through psycopg 3: one short connection per request, schema created on first use."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg.rows import dict_row

CONNECT_TIMEOUT_S = 3

_SCHEMA = """
-- Serialise concurrent first requests from several workers or pods.
SELECT pg_advisory_xact_lock(74210001);
CREATE TABLE IF NOT EXISTS todos (
  id BIGSERIAL PRIMARY KEY,
  user_id TEXT NOT NULL,
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  completed BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS todos_user_id ON todos (user_id);
"""


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self._schema_ready = False
        self._lock = threading.Lock()

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection]:
        """A transaction: committed when the block ends, rolled back on error."""
        with psycopg.connect(self.url, connect_timeout=CONNECT_TIMEOUT_S, row_factory=dict_row) as conn:
            if not self._schema_ready:
                with self._lock:
                    if not self._schema_ready:
                        # The database may be down at start-up; the pod must still start and report not-ready.
                        conn.execute(_SCHEMA)
                        conn.commit()
                        self._schema_ready = True
            yield conn

    def ping(self) -> None:
        with psycopg.connect(self.url, connect_timeout=2) as conn:
            conn.execute("SELECT 1")
