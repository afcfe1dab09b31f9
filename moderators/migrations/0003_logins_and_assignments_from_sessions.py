"""Give every moderator a login, and move `TrainingSession.moderator` into assignments.

Each existing moderator gets a user (username and e-mail = their address, an unusable
password: they set their own from a coordinator's invitation) in the moderator group.
Each session's moderator becomes that session's *accepted lead* assignment, so the
organisation's page keeps saying who leads their training. Going back puts the lead
on the session again.
"""

import secrets

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import migrations


def logins_and_assignments(apps, schema_editor):
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    Group = apps.get_model("auth", "Group")
    Moderator = apps.get_model("moderators", "Moderator")
    Assignment = apps.get_model("moderators", "Assignment")
    TrainingSession = apps.get_model("trainings", "TrainingSession")

    group, _created = Group.objects.get_or_create(name="moderator")
    for moderator in Moderator.objects.filter(user__isnull=True):
        address = moderator.email.strip()
        user = User.objects.filter(email__iexact=address).first()
        if user is None:
            first, _space, last = moderator.name.partition(" ")
            user = User.objects.create(
                username=address.lower()[:150],
                email=address,
                first_name=first[:150],
                last_name=last[:150],
                password=make_password(None),
                is_active=moderator.is_active,
            )
        user.groups.add(group)
        moderator.user = user
        moderator.gives_dutch = True  # the programme started in Flanders
        moderator.calendar_token = secrets.token_urlsafe(24)
        moderator.save(update_fields=["user", "gives_dutch", "calendar_token"])

    for session in TrainingSession.objects.filter(moderator__isnull=False).iterator():
        Assignment.objects.get_or_create(
            session_id=session.pk,
            moderator_id=session.moderator_id,
            defaults={
                "role": "lead",
                "status": "accepted",
                "invited_at": session.starts_at,
                "answered_at": session.starts_at,
            },
        )


def back_to_sessions(apps, schema_editor):
    Assignment = apps.get_model("moderators", "Assignment")
    TrainingSession = apps.get_model("trainings", "TrainingSession")
    for assignment in Assignment.objects.filter(role="lead", status="accepted"):
        TrainingSession.objects.filter(pk=assignment.session_id).update(
            moderator_id=assignment.moderator_id
        )


class Migration(migrations.Migration):
    dependencies = [
        ("moderators", "0002_certifications_assignments_reports"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(logins_and_assignments, back_to_sessions)]
