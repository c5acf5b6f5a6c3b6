"""create batches

Revision ID: 0001
Revises:
Create Date: 2025-10-09
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "batches",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("species", sa.String(120), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("quantity >= 0", name="batches_quantity_not_negative"),
    )
    op.create_index("batches_species", "batches", ["species"])


def downgrade() -> None:
    op.drop_index("batches_species", table_name="batches")
    op.drop_table("batches")
