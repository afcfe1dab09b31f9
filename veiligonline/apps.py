from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VeiligOnlineConfig(AppConfig):
    name = "veiligonline"
    verbose_name = _("Information site")

    def ready(self):
        from django.db.backends.signals import connection_created

        from veiligonline.lib import pagecache

        pagecache.connect_signals()
        connection_created.connect(_sqlite_functions)


def _sqlite_functions(sender, connection, **kwargs):
    """VO_FOLD(text) on SQLite, for the search without accents (veiligonline.models.Folded)."""
    if connection.vendor == "sqlite":
        from veiligonline.models import fold_text

        connection.connection.create_function("VO_FOLD", 1, fold_text, deterministic=True)
