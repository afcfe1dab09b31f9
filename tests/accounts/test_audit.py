"""The audit trail, read as a data-protection officer would: who did what, no parents in it."""

from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts import audit
from accounts.models import AuditEvent
from tests.accounts.conftest import password_login
from tests.accounts.helpers import login_verified
from trainings.models import Province, Registration, TrainingSession, Venue
from trainings.services import register

pytestmark = pytest.mark.django_db

PARENT = {"name": "Fatima El Amrani", "email": "fatima@example.org"}


@pytest.fixture
def session_with_a_parent():
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
    register(session_id=session.pk, **PARENT)
    return session


def everything_stored() -> str:
    return "\n".join(
        " ".join(str(value) for value in row.values()) for row in AuditEvent.objects.values()
    )


def test_logins_failures_and_logouts_are_recorded_without_the_password(staff_user):
    client = Client(REMOTE_ADDR="203.0.113.9")
    password_login(client, password="wrong one")
    password_login(client)
    client.post("/admin/logout/")
    actions = list(AuditEvent.objects.order_by("id").values_list("action", "username"))
    # The password alone is not a login: the second step was never taken.
    assert actions == [("login_failed", ""), ("password_ok", "coco"), ("logout", "coco")]
    stored = everything_stored()
    assert "wrong one" not in stored and "a long test password" not in stored
    assert "203.0.113.9" not in stored


def test_exports_cancels_and_publishing_name_who_and_what_but_no_parent(
    client, staff_user, session_with_a_parent, make_article
):
    login_verified(client, staff_user)
    sessions = reverse("admin:trainings_trainingsession_changelist")
    pk = session_with_a_parent.pk
    export = client.post(sessions, {"action": "export_participants", "_selected_action": [pk]})
    assert PARENT["name"] in export.content.decode("utf-8-sig")  # the list itself has them
    client.post(
        sessions, {"action": "cancel_sessions", "_selected_action": [pk], "confirmed": "yes"}
    )
    article = make_article()
    articles = reverse("admin:veiligonline_article_changelist")
    client.post(articles, {"action": "unpublish", "_selected_action": [article.pk]})
    client.post(articles, {"action": "publish", "_selected_action": [article.pk]})

    rows = AuditEvent.objects.exclude(action__in=["login", "password_ok", "logout"]).order_by("id")
    assert [(r.action, r.username, r.object_label) for r in rows] == [
        ("export_participants", "coco", f"#{pk} training session"),
        ("cancel_session", "coco", f"#{pk} training session"),
        ("unpublish", "coco", f"#{article.pk} advice article"),
        ("publish", "coco", f"#{article.pk} advice article"),
    ]
    stored = everything_stored()
    assert PARENT["name"] not in stored and PARENT["email"] not in stored
    assert "Fatima" not in stored


def test_record_names_objects_by_type_and_number_only(staff_user, session_with_a_parent):
    registration = Registration.objects.get()
    (event,) = audit.record(staff_user, audit.Action.ERASE, registration)
    assert event.object_label == f"#{registration.pk} registration"
    assert event.object_type == "trainings.registration"
    assert event.user == staff_user and event.address_hash == ""


def test_the_trail_is_read_only_in_the_admin(client, staff_user):
    audit.record(staff_user, audit.Action.LOGIN)
    login_verified(client, staff_user)
    listing = client.get(reverse("admin:accounts_auditevent_changelist") + "?action=login")
    assert listing.status_code == 200
    event = AuditEvent.objects.filter(action="login").first()
    change = reverse("admin:accounts_auditevent_change", args=[event.pk])
    client.post(change, {"action": "publish"})
    event.refresh_from_db()
    assert event.action == "login"
    assert client.get(reverse("admin:accounts_auditevent_delete", args=[event.pk])).status_code in (
        302,
        403,
    )


def test_logged_in_is_recorded_only_after_the_second_step(staff_user):
    from tests.accounts.helpers import current_code, device_for

    device = device_for(staff_user)
    client = Client(REMOTE_ADDR="203.0.113.9")
    password_login(client)
    assert list(AuditEvent.objects.values_list("action", flat=True)) == ["password_ok"]
    verify = reverse("accounts:verify")
    client.post(verify, {"code": current_code(device), "next": "/admin/"})
    actions = list(AuditEvent.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["password_ok", "login"]


def test_an_event_page_says_when_in_local_time_and_what_in_the_readers_words(
    client, staff_user, settings
):
    (event,) = audit.record(staff_user, audit.Action.LOGOUT)
    AuditEvent.objects.filter(pk=event.pk).update(at=datetime(2026, 12, 2, 18, 14, tzinfo=UTC))
    login_verified(client, staff_user)
    page = client.get(
        reverse("admin:accounts_auditevent_change", args=[event.pk]),
        headers={"accept-language": "nl"},
    ).content.decode()
    # 18:14 UTC is 19:14 in Brussels; the action in Dutch, not its code.
    assert "19:14" in page and "18:14" not in page
    assert "afgemeld" in page or "uitgelogd" in page
    assert "coordinator logout" not in page and "coco logout" not in page
