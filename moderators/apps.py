from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModeratorsConfig(AppConfig):
    name = "moderators"
    verbose_name = _("Moderators")

    def ready(self):
        from moderators.messages import register_hooks, register_kinds

        register_kinds()
        register_hooks()
