"""What a second walkthrough as coordinators, view-only staff and moderators found."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from accounts import audit
from accounts.models import AuditEvent
from moderators.models import Assignment
from outbox.models import Message
from outbox.rendering import render
from tests.accounts.helpers import login_verified
from tests.moderators.conftest import url
from trainings import services as trainings_services
from trainings.models import Registration, TrainingSession

pytestmark = pytest.mark.django_db

CANCELLED = "moderator_session_cancelled"
MOVED = "moderator_session_moved"


@pytest.fixture
def viewer(django_user_model):
    """Staff who may look at sessions and assignments, not change them."""
    user = django_user_model.objects.create_user(username="viewer", password="x", is_staff=True)
    for codename in ("view_trainingsession", "view_assignment", "view_unstaffedsession"):
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return login_verified(Client(), user)


def _staffed(make_session, make_moderator):
    session = make_session()
    lead = make_moderator(name="Lead Accepted")
    co = make_moderator(name="Co Invited")
    declined = make_moderator(name="Said No")
    Assignment.objects.create(session=session, moderator=lead, status="accepted")
    Assignment.objects.create(session=session, moderator=co, role="co", status="invited")
    Assignment.objects.create(session=session, moderator=declined, status="declined")
    return session, lead, co, declined


# 1. A cancelled or moved session reaches its moderators.


def test_cancelling_tells_the_moderators_asked_once(make_session, make_moderator):
    session, lead, co, declined = _staffed(make_session, make_moderator)
    trainings_services.cancel_session(session_id=session.pk)
    trainings_services.cancel_session(session_id=session.pk)  # again: nobody told twice
    sent = Message.objects.filter(kind=CANCELLED)
    assert sorted(sent.values_list("address", flat=True)) == sorted(
        [lead.user.email, co.user.email]
    )
    rendered = render(sent.get(address=lead.user.email))
    assert "geannuleerd" in rendered.subject.lower() and "Gent" in rendered.subject
    assert "Buurthuis De Linde" in rendered.text and "Lead Accepted" in rendered.html


def test_the_admin_cancel_action_says_moderators_are_told(coordinator, make_session):
    session = make_session()
    page = coordinator.post(
        reverse("admin:trainings_trainingsession_changelist"),
        {"action": "cancel_sessions", "_selected_action": [session.pk]},
    ).content.decode()
    assert "ook de begeleiders" in page


def test_a_moved_session_tells_its_moderators_once_per_move(make_session, make_moderator):
    """Those who lead it, and those asked who have not answered yet (their invitation
    names the old date); not those who declined."""
    session, lead, co, declined = _staffed(make_session, make_moderator)
    was = TrainingSession.objects.get(pk=session.pk)
    later = session.starts_at + timedelta(days=1)
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=later, ends_at=later + timedelta(hours=2)
    )
    trainings_services.session_moved(session_id=session.pk, was=was)
    trainings_services.session_moved(session_id=session.pk, was=was)  # saved unchanged
    sent = Message.objects.filter(kind=MOVED)
    assert sorted(sent.values_list("address", flat=True)) == sorted(
        [lead.user.email, co.user.email]
    )
    rendered = render(sent.get(address=lead.user.email))
    assert "Verplaatst" in rendered.subject
    assert url("session", pk=session.pk) in rendered.text
    # Moved again: a new message for the new facts; the older one is no longer sent.
    again = later + timedelta(days=1)
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=again, ends_at=again + timedelta(hours=2)
    )
    trainings_services.session_moved(session_id=session.pk)
    assert Message.objects.filter(kind=MOVED).count() == 4
    first = Message.objects.filter(kind=MOVED).order_by("pk").first()
    assert render(first) is None


def test_the_page_of_a_cancelled_session_says_so(moderator_client, moderator, make_session):
    session = make_session()
    Assignment.objects.create(session=session, moderator=moderator, status="accepted")
    trainings_services.cancel_session(session_id=session.pk)
    page = moderator_client.get(url("session", pk=session.pk)).content.decode()
    assert "geannuleerd" in page
    assert "begeleidt deze sessie" not in page
    assert url("calendar", pk=session.pk) not in page


# 4. View-only staff are not sent to a page that refuses them.


def test_view_only_staff_see_no_find_a_moderator_link(viewer, coordinator, make_session):
    session = make_session()
    suggestions = reverse("admin:moderators_suggestions", args=[session.pk])
    change = reverse("admin:trainings_trainingsession_change", args=[session.pk])
    unstaffed = reverse("admin:moderators_unstaffedsession_changelist")
    for page in (viewer.get(change), viewer.get(unstaffed)):
        assert page.status_code == 200
        assert suggestions not in page.content.decode()
        assert "Begeleider zoeken" not in page.content.decode()
    for page in (coordinator.get(change), coordinator.get(unstaffed)):
        assert suggestions in page.content.decode()
    refused = viewer.get(suggestions)
    # 3. …and the refusal is in their language, in the admin's layout.
    assert refused.status_code == 403
    text = refused.content.decode()
    assert '<html lang="nl"' in text and "Geen toegang" in text
    assert "geen toestemming" in text and reverse("admin:index") in text
    assert "403 Forbidden" not in text


def test_a_403_on_the_site_is_in_the_pages_language(client, moderator, make_session):
    from django.core.exceptions import PermissionDenied

    from accounts.views import permission_denied

    request = Client().get("/fr/").wsgi_request
    response = permission_denied(request, PermissionDenied())
    assert response.status_code == 403
    assert "Vous ne pouvez pas ouvrir cette page" in response.content.decode()


# 3. English left in the admin.


def test_the_audit_trail_names_objects_in_the_readers_language(coordinator, make_session):
    session = make_session()
    audit.record(None, audit.Action.CANCEL_SESSION, session)
    page = coordinator.get(reverse("admin:accounts_auditevent_changelist")).content.decode()
    assert f"#{session.pk} vorming" in page and "training session" not in page


def test_the_admin_index_table_headers_are_translated(coordinator):
    page = coordinator.get(reverse("admin:index")).content.decode()
    for english in ("Model name", "Add link", "Change or view list link"):
        assert english not in page
    assert "Naam van het gegevenstype" in page


# 5. Wording.


def test_a_co_moderator_who_accepts_is_thanked_as_co(moderator_client, moderator, make_session):
    session = make_session()
    Assignment.objects.create(session=session, moderator=moderator, role="co", status="invited")
    page = moderator_client.get(url("session", pk=session.pk)).content.decode()
    assert "deze sessie mee te begeleiden" in page
    page = moderator_client.post(url("accept", pk=session.pk), follow=True).content.decode()
    assert "Dank je: je begeleidt deze sessie mee." in page
    assert "Je begeleidt deze sessie mee." in page


def test_confirming_one_event_reads_in_the_singular(coordinator, module, make_moderator):
    from tests.moderators.test_walkthrough import EVENTS, event_covering

    event = event_covering(module, attendees=[make_moderator(certified=[])])
    page = coordinator.post(
        reverse(EVENTS), {"action": "confirm", "_selected_action": [event.pk]}, follow=True
    ).content.decode()
    assert "Aanwezigheid bevestigd voor 1 opleiding;" in page and "(en)" not in page


def test_an_erasure_counts_each_thing_in_its_own_plural(coordinator, make_session):
    session = make_session()
    trainings_services.register(
        session_id=session.pk, name="Lea Peeters", email="lea@example.org", consent=True
    )
    page = coordinator.post(
        reverse("privacy:erase"), {"contact": "lea@example.org", "confirm": "on"}, follow=True
    ).content.decode()
    found = re.search(r"Gewist: 1 inschrijving, 0 aanvragen, (\d+) bericht(en)?\.", page)
    assert found and (found.group(1) == "1") == (found.group(2) is None)


def test_the_moderator_form_reads_like_django_forms(coordinator, moderator):
    page = coordinator.get(
        reverse("admin:moderators_moderator_change", args=[moderator.pk])
    ).content.decode()
    labels = re.findall(r"<label[^>]*>([^<]+)</label>", page)
    assert "Provincies" in " ".join(labels) or "Provinces" in " ".join(labels)
    lower = [label for label in labels if label.strip() and label.strip()[0].islower()]
    assert lower == []
    assert "Nog een Certificaat" not in page and "Certificaat toevoegen" in page


def test_registration_rows_are_not_titled_with_a_code(coordinator, make_session):
    session = make_session()
    registration = trainings_services.register(
        session_id=session.pk, name="Lea Peeters", email="lea@example.org", consent=True
    ).registration
    page = coordinator.get(
        reverse("admin:trainings_trainingsession_change", args=[session.pk])
    ).content.decode()
    assert "Lea Peeters" in page
    assert f"#{registration.pk} Bevestigd" not in page
    assert Registration.objects.filter(pk=registration.pk).exists()


def test_every_fitting_moderator_says_the_language_they_give(
    coordinator, make_session, make_moderator
):
    session = make_session(language="nl")
    make_moderator(name="Native Speaker", language="nl")
    make_moderator(name="Nadia Benali", language="fr", gives_dutch=True)
    page = coordinator.get(
        reverse("admin:moderators_suggestions", args=[session.pk])
    ).content.decode()
    for name in ("Native Speaker", "Nadia Benali"):
        row = page[page.index(f'<th scope="row">{name}') :]
        row = row[: row.index("</tr>")]
        assert "spreekt Nederlands" in row, name
    assert page.index("Native Speaker") < page.index("Nadia Benali")  # own language first


# 6. A person quicker than the bot check is asked to send again, never told "sent".


def test_a_quick_password_reset_asks_to_send_again(client, moderator, settings):
    from veiligonline.lib import antibot

    settings.ANTIBOT_ENABLED = True
    response = client.post(
        url("password_reset"),
        {
            "email": moderator.user.email,
            antibot.STARTED_FIELD: antibot.started_value("password-reset"),
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "verstuur" in page.lower() and f'value="{moderator.user.email}"' in page
    assert not Message.objects.exists()
    # Sent again a few seconds later, it goes.
    settings.ANTIBOT_MIN_SECONDS = 0
    again = client.post(
        url("password_reset"),
        {
            "email": moderator.user.email,
            antibot.STARTED_FIELD: antibot.started_value("password-reset"),
        },
    )
    assert again.status_code == 302 and Message.objects.count() == 1
    # A filled honeypot still gets the neutral reply, and nothing is sent.
    bot = client.post(
        url("password_reset"),
        {"email": "x@example.org", antibot.HONEYPOT_FIELD: "http://spam.example"},
    )
    assert bot.status_code == 302 and Message.objects.count() == 1


# 7. The audit row of an invitation carries the address hash, like the others.


def test_an_invitation_from_the_admin_is_audited_with_the_address(
    coordinator, make_session, make_moderator
):
    session = make_session()
    chosen = make_moderator(name="Chosen")
    coordinator.post(
        reverse("admin:moderators_suggestions", args=[session.pk]),
        {"moderator": chosen.pk, "role": "lead"},
    )
    row = AuditEvent.objects.get(action="assignment_invited")
    assert row.address_hash and row.object_id == str(Assignment.objects.get().pk)
