"""Roles are named bundles of permissions, defined here and synced after every migrate.

Coordinators run the programme in the admin: content, venues, sessions, requests,
moderators, surveys, messages. Nothing of `auth` (users, groups, permissions) is
theirs: creating accounts and granting rights stays with one or two technical
superusers. Moderators have no admin permission at all; their own space checks the
group. Syncing is idempotent: a group gains what the code lists and loses what it
no longer lists.
"""

from __future__ import annotations

from django.apps import apps as global_apps
from django.db.models import Q

COORDINATOR = "coordinator"
MODERATOR = "moderator"

# Apps whose every model coordinators manage, and the extra codenames they need.
COORDINATOR_APPS = ["veiligonline", "modules", "trainings", "moderators", "surveys", "outbox"]
# Exceptions: (app_label, codename) pairs that coordinators never get.
COORDINATOR_EXCLUDED: set[tuple[str, str]] = set()
# Outside those apps, what coordinators may also do: read the audit trail (never change it).
COORDINATOR_EXTRA: set[tuple[str, str]] = {("accounts", "view_auditevent")}


def role_permissions(role: str, using: str = "default"):
    from django.contrib.auth.models import Permission

    if role == COORDINATOR:
        installed = [label for label in COORDINATOR_APPS if global_apps.is_installed(label)]
        extra = Q()
        for app_label, codename in COORDINATOR_EXTRA:
            extra |= Q(content_type__app_label=app_label, codename=codename)
        permissions = Permission.objects.using(using).filter(
            Q(content_type__app_label__in=installed) | extra
        )
        return [
            permission
            for permission in permissions.select_related("content_type")
            if (permission.content_type.app_label, permission.codename) not in COORDINATOR_EXCLUDED
        ]
    return []


def sync_roles(sender=None, using="default", **kwargs) -> None:
    # post_migrate is sent once per app, in INSTALLED_APPS order, and each app's permissions
    # are created at its own turn: sync once, at the last app's, when they all exist.
    last_app = list(global_apps.get_app_configs())[-1]
    if sender is not None and sender.label != last_app.label:
        return
    from django.contrib.auth.models import Group

    for role in (COORDINATOR, MODERATOR):
        group, _created = Group.objects.using(using).get_or_create(name=role)
        group.permissions.set(role_permissions(role, using))
