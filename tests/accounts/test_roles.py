"""Coordinators run the programme without being superusers; looking is not acting."""

from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEvent
from accounts.roles import COORDINATOR, COORDINATOR_APPS
from tests.accounts.helpers import login_verified
from trainings.models import Province, TrainingSession, Venue
from veiligonline.models import Article

pytestmark = pytest.mark.django_db


def test_the_coordinator_group_has_our_apps_and_nothing_of_auth():
    permissions = Group.objects.get(name=COORDINATOR).permissions.select_related("content_type")
    labels = {p.content_type.app_label for p in permissions}
    with_models = {label for label in COORDINATOR_APPS if apps.get_app_config(label).models}
    assert with_models <= labels
    assert "auth" not in labels
    codenames = {(p.content_type.app_label, p.codename) for p in permissions}
    # The audit trail: readable, never changed; users and devices: not theirs.
    assert ("accounts", "view_auditevent") in codenames
    assert not {c for c in codenames if c[0] in ("accounts", "otp_totp", "otp_static")} - {
        ("accounts", "view_auditevent")
    }


def test_make_run_creates_a_coordinator_not_a_superuser(settings, django_user_model):
    settings.DEBUG = True
    call_command("ensure_coordinator", stdout=open("/dev/null", "w"))  # noqa: SIM115
    user = django_user_model.objects.get(username="coordinator")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name=COORDINATOR).exists()


def test_every_admin_list_of_our_apps_opens_for_a_coordinator(client, staff_user):
    login_verified(client, staff_user)
    assert client.get("/admin/").status_code == 200
    for model, _model_admin in admin.site._registry.items():
        opts = model._meta
        if opts.app_label not in COORDINATOR_APPS and opts.label_lower != "accounts.auditevent":
            continue
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        response = client.get(url, follow=True)  # a counter's list leads to its overview
        assert response.status_code == 200, url
        assert response.redirect_chain[-1:] in ([], [(response.request["PATH_INFO"], 302)])


def test_a_coordinator_cannot_manage_users_or_groups(client, staff_user):
    login_verified(client, staff_user)
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_group_add")).status_code == 403


@pytest.fixture
def viewer(client, django_user_model):
    """Staff who may only look at articles and sessions."""
    user = django_user_model.objects.create_user(username="viewer", password="x", is_staff=True)
    for codename in ("view_article", "view_trainingsession"):
        user.user_permissions.add(Permission.objects.get(codename=codename))
    login_verified(client, user)
    return client


def test_staff_who_may_only_look_cannot_unpublish_or_publish(viewer, make_article):
    article = make_article()
    changelist = reverse("admin:veiligonline_article_changelist")
    for action in ("unpublish", "publish"):
        viewer.post(changelist, {"action": action, "_selected_action": [article.pk]})
        article.refresh_from_db()
        assert article.status == Article.Status.PUBLISHED
    assert not AuditEvent.objects.filter(action__in=["publish", "unpublish"]).exists()


def test_staff_who_may_only_look_cannot_export_participants(viewer):
    venue = Venue.objects.create(
        slug="buurthuis",
        name="Buurthuis",
        street="Lindestraat 12",
        postcode="9000",
        municipality="Gent",
        province=Province.EAST_FLANDERS,
    )
    starts = timezone.now() + timedelta(days=7)
    session = TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=10
    )
    response = viewer.post(
        reverse("admin:trainings_trainingsession_changelist"),
        {"action": "export_participants", "_selected_action": [session.pk]},
    )
    assert response.get("Content-Disposition") is None
    assert "text/csv" not in response.get("Content-Type", "")
    assert not AuditEvent.objects.filter(action="export_participants").exists()
