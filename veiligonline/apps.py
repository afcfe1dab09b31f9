from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VeiligOnlineConfig(AppConfig):
    name = "veiligonline"
    verbose_name = _("Information site")

    def ready(self):
        from veiligonline.lib import pagecache

        pagecache.connect_signals()
