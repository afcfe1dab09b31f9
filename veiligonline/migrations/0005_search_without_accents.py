"""Search finds "harcèlement" when a parent types "harcelement": the stored search vectors
and the queries use text search configurations that drop accents before stemming
(PostgreSQL's unaccent dictionary, then the Dutch or French stemmer)."""

from django.db import migrations

CONFIGS = {"vo_dutch": ("dutch", "dutch_stem"), "vo_french": ("french", "french_stem")}


def create_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        for name, (parent, stemmer) in CONFIGS.items():
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{parent})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer}"
            )


def drop_configs(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


def refresh_vectors(apps, schema_editor):
    """The stored vectors again, with the new configurations (in batches)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    from django.contrib.postgres.search import SearchVector

    Article = apps.get_model("veiligonline", "Article")
    weights = {"title": "A", "summary": "B", "body": "C"}
    vectors = {}
    for language, config in (("nl", "vo_dutch"), ("fr", "vo_french")):
        parts = [
            SearchVector(f"{field}_{language}", weight=weight, config=config)
            for field, weight in weights.items()
        ]
        vectors[f"search_{language}"] = parts[0] + parts[1] + parts[2]
    pks = list(Article.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), 200):
        Article.objects.filter(pk__in=pks[start : start + 200]).update(**vectors)


class Migration(migrations.Migration):
    dependencies = [("veiligonline", "0004_programme_settings")]

    operations = [
        migrations.RunPython(create_configs, drop_configs),
        migrations.RunPython(refresh_vectors, migrations.RunPython.noop, elidable=True),
    ]
