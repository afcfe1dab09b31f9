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

COORDINATOR = "coordinator"
MODERATOR = "moderator"

# Apps whose every model coordinators manage, and the extra codenames they need.
COORDINATOR_APPS = ["veiligonline", "modules", "trainings", "moderators", "surveys", "outbox"]
# Exceptions: (app_label, codename) pairs that coordinators never get.
COORDINATOR_EXCLUDED: set[tuple[str, str]] = set()


def role_permissions(role: str, using: str = "default"):
    from django.contrib.auth.models import Permission

    if role == COORDINATOR:
        installed = [label for label in COORDINATOR_APPS if global_apps.is_installed(label)]
        permissions = Permission.objects.using(using).filter(content_type__app_label__in=installed)
        return [
            permission
            for permission in permissions.select_related("content_type")
            if (permission.content_type.app_label, permission.codename) not in COORDINATOR_EXCLUDED
        ]
    return []


def sync_roles(sender=None, using="default", **kwargs) -> None:
    if sender is not None and sender.label != "accounts":
        return  # once per migrate, after every app's permissions were created
    from django.contrib.auth.models import Group

    for role in (COORDINATOR, MODERATOR):
        group, _created = Group.objects.using(using).get_or_create(name=role)
        group.permissions.set(role_permissions(role, using))
