from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from accounts import audit
        from accounts.roles import sync_roles
        from accounts.sessions import start_staff_session

        # Permissions exist only after post_migrate; roles follow them on every migrate.
        post_migrate.connect(sync_roles, dispatch_uid="accounts.sync_roles")
        audit.connect_signals()
        user_logged_in.connect(start_staff_session, dispatch_uid="accounts.staff_session")
