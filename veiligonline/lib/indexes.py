"""Indexes that PostgreSQL and SQLite can both create from the same migration."""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.db.models import Index


class SearchVectorIndex(GinIndex):
    """A GIN index on PostgreSQL; a plain index on SQLite.

    SQLite knows no `USING gin`, and any migration that rebuilds the table there (SQLite
    alters a table by copying it) would recreate every index of the model. The stored
    search vector stays empty on SQLite (substring search is used instead), so the plain
    index there costs nothing and keeps one migration history for both databases.
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return Index.create_sql(self, model, schema_editor, **kwargs)
        return super().create_sql(model, schema_editor, using=using, **kwargs)
