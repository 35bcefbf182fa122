"""A GIN index on the vector PostgreSQL's search backend actually queries.

modelsearch matches ``title || body`` of its index entries, an expression the GIN
indexes on ``title`` and ``body`` alone cannot serve: without this index every search
reads every entry (bench/search.py measures the difference). Other databases have no
such expression to index.
"""

from django.db import migrations

INDEX = "casebook_indexentry_text_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS {INDEX} ON "{table}" USING gin (("title" || "body"))'
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create_index, drop_index)]
