"""A person's data on request, tried as a data-protection officer would.

A coordinator finds a parent by the contact they gave (typed however), sees every record,
exports it for an access request (audited) and erases it: the registration is cancelled
(the waiting list moves up), the details go, the counts stay; a view-only staff member
gets nowhere; the contact never appears in a URL.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditEvent
from accounts.roles import COORDINATOR
from outbox.models import Message
from tests.accounts.helpers import login_verified
from tests.private_links import give_link
from tests.trainings.conftest import booking_request  # noqa: F401, F811 - a fixture
from trainings import services
from trainings.models import Province, Registration, TrainingSession, Venue

PERSON = "/admin/privacy/"


@pytest.fixture
def session(db):
    venue = Venue.objects.create(
        slug="de-linde",
        name="Buurthuis De Linde",
        kind=Venue.Kind.COMMUNITY_CENTRE,
        street="Lindestraat 12",
        postcode="9000",
        municipality="Gent",
        province=Province.EAST_FLANDERS,
    )
    starts = timezone.now() + timedelta(days=7)
    return TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=2
    )


@pytest.fixture
def coordinator_group_member(db, django_user_model):
    user = django_user_model.objects.create_user(
        username="dpo", password="a long test password", is_staff=True
    )
    user.groups.add(Group.objects.get(name=COORDINATOR))
    return login_verified(Client(), user)


@pytest.fixture
def viewer(db, django_user_model):
    user = django_user_model.objects.create_user(username="viewer", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_registration"))
    return login_verified(Client(), user)


@pytest.fixture
def lea(session):
    outcome = services.register(
        session_id=session.pk,
        name="Lea Peeters",
        email="lea@example.org",
        adults=2,
        needs="Rolstoel",
        consent=True,
    )
    return outcome.registration


def test_the_privacy_page_is_linked_from_the_admin_index(coordinator_group_member):
    page = coordinator_group_member.get(reverse("admin:index")).content.decode()
    assert reverse("privacy:person") in page


def test_find_by_contact_typed_any_way_without_it_in_the_url(coordinator_group_member, lea):
    by_phone = services.register(
        session_id=lea.session_id, name="Omar", phone="+32470123456", consent=True
    ).registration
    page = coordinator_group_member.post(PERSON, {"contact": "  LEA@Example.org "})
    assert page.status_code == 200
    text = page.content.decode()
    assert reverse("admin:trainings_registration_change", args=[lea.pk]) in text
    assert reverse("admin:trainings_registration_change", args=[by_phone.pk]) not in text
    assert page["Cache-Control"].startswith("no-store") or "no-store" in page["Cache-Control"]
    page = coordinator_group_member.post(PERSON, {"contact": "0470 12.34.56"})
    assert reverse("admin:trainings_registration_change", args=[by_phone.pk]) in (
        page.content.decode()
    )
    # The forms post: nothing of the contact goes into an address (or a log line).
    assert 'method="post"' in text and "lea@example.org" not in page.request["PATH_INFO"]


def test_an_access_export_holds_everything_and_is_audited(coordinator_group_member, lea):
    response = coordinator_group_member.post(
        reverse("privacy:export"), {"contact": "lea@example.org"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "lea" not in response["Content-Disposition"]
    data = json.loads(response.content)
    (registration,) = data["registrations"]
    assert registration["name"] == "Lea Peeters" and registration["needs"] == "Rolstoel"
    assert [m["address"] for m in data["messages"]] == ["lea@example.org"]
    event = AuditEvent.objects.get(action="access_export", object_type="trainings.registration")
    assert event.username == "dpo" and event.object_id == str(lea.pk)
    # The trail holds the rows, never the contact or the name.
    assert "lea" not in f"{event.object_label} {event.object_type}".lower()


def test_erasure_cancels_moves_the_waiting_list_up_and_keeps_the_counts(
    coordinator_group_member, lea, session
):
    waiting = services.register(
        session_id=session.pk, name="Wim", email="wim@example.org", consent=True
    ).registration
    assert waiting.status == "waiting"
    code = give_link(lea)
    response = coordinator_group_member.post(
        reverse("privacy:erase"), {"contact": "lea@example.org", "confirm": "on"}
    )
    assert response.status_code == 302
    lea.refresh_from_db()
    waiting.refresh_from_db()
    session.refresh_from_db()
    # Cancelled through the service: Wim moved up into the freed seats.
    assert lea.status == "cancelled" and waiting.status == "confirmed"
    assert session.seats_taken == 1
    # The details are gone, the row (adults, status) stays for the counts.
    assert (lea.name, lea.email, lea.phone, lea.needs, lea.childcare_ages) == ("—", "", "", "", "")
    assert lea.erased_at is not None and lea.adults == 2
    assert Registration.objects.count() == 2
    # Her messages lost address and text, and none is still to be sent to her.
    mine = Message.objects.filter(subject_id=lea.pk, kind__startswith="registration")
    assert mine.exists()
    assert set(mine.values_list("address", "sent_text")) == {("", "")}
    assert not mine.filter(status="queued").exists()
    assert not Message.objects.filter(address__iexact="lea@example.org").exists()
    # Her private link no longer opens anything.
    assert Client().get(reverse("trainings:registration", kwargs={"token": code})).status_code == (
        404
    )
    assert AuditEvent.objects.filter(action="erase", object_id=str(lea.pk)).exists()
    # Found again: nothing holds the contact any more.
    page = coordinator_group_member.post(PERSON, {"contact": "lea@example.org"})
    assert reverse("admin:trainings_registration_change", args=[lea.pk]) not in (
        page.content.decode()
    )


def test_erasure_needs_the_confirmation(coordinator_group_member, lea):
    coordinator_group_member.post(reverse("privacy:erase"), {"contact": "lea@example.org"})
    lea.refresh_from_db()
    assert lea.name == "Lea Peeters" and lea.status == "confirmed"


def test_a_request_is_anonymised_with_its_messages(
    coordinator_group_member,
    booking_request,  # noqa: F811 - the fixture
):
    from trainings.messages import Organisation, tell_organisation

    tell_organisation(Organisation.RECEIVED, booking_request)
    coordinator_group_member.post(
        reverse("privacy:erase"), {"contact": "inge@debrug.example.org", "confirm": "on"}
    )
    booking_request.refresh_from_db()
    assert booking_request.contact_name == "—" and booking_request.contact_email == ""
    assert booking_request.notes == "" and booking_request.anonymised_at is not None
    assert booking_request.expected_parents == 14  # what the programme counts stays
    assert set(booking_request.messages.values_list("address", flat=True)) == {""}


def test_view_only_staff_and_strangers_are_refused(viewer, lea):
    for url, data in [
        (PERSON, None),
        (PERSON, {"contact": "lea@example.org"}),
        (reverse("privacy:export"), {"contact": "lea@example.org"}),
        (reverse("privacy:erase"), {"contact": "lea@example.org", "confirm": "on"}),
    ]:
        response = viewer.post(url, data) if data else viewer.get(url)
        assert response.status_code == 403
    anonymous = Client().post(reverse("privacy:export"), {"contact": "lea@example.org"})
    assert anonymous.status_code == 302 and "lea" not in anonymous["Location"]
    lea.refresh_from_db()
    assert lea.name == "Lea Peeters"
    assert not AuditEvent.objects.filter(action__in=["access_export", "erase"]).exists()


def test_registrations_are_deleted_90_days_after_the_session_with_their_messages(lea, session):
    from trainings.tasks import forget_past_registrations

    assert Message.objects.filter(subject_id=lea.pk).exists()
    long_ago = timezone.now() - timedelta(days=91)
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=long_ago - timedelta(hours=2), ends_at=long_ago
    )
    assert forget_past_registrations() == 1
    assert not Registration.objects.exists()
    # The messages go with their subject (GenericRelation), addresses and all.
    assert not Message.objects.filter(address="lea@example.org").exists()
    assert not Message.objects.exists()
