from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModulesConfig(AppConfig):
    name = "modules"
    verbose_name = _("Interactive modules")

    def ready(self):
        from modules.messages import register_kinds

        register_kinds()
