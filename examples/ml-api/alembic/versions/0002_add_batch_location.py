"""add batch location

Revision ID: 0002
Revises: 0001
Create Date: 2025-10-16
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("batches", sa.Column("location", sa.String(120), nullable=True))


def downgrade() -> None:
    # batch_alter_table lets SQLite (tests) drop the column too.
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("location")
