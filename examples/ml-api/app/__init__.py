"""DemeterAI's API server: plant stock batches on PostgreSQL, schema managed by alembic."""

__version__ = "0.1.0"
