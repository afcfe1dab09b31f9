"""Coordinators run sessions in the admin: fill, participants' CSV, cancelling, requests."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from modules.models import Module
from outbox.models import Message
from tests.accounts.helpers import login_verified
from trainings.models import BookingRequest, Registration, TrainingSession
from trainings.services import register

CHANGELIST = "admin:trainings_trainingsession_changelist"


def change_form(session, **changes):
    """The session's change form as the admin posts it, with `changes` applied."""
    if not session.modules.exists():
        session.modules.add(Module.objects.create(number=1, slug="social-media", title_nl="SM"))
    local = timezone.localtime
    data = {
        "venue": session.venue_id,
        "organisation": "",
        "modules": [m.pk for m in session.modules.all()],
        "starts_at_0": local(session.starts_at).strftime("%d/%m/%Y"),
        "starts_at_1": local(session.starts_at).strftime("%H:%M:%S"),
        "ends_at_0": local(session.ends_at).strftime("%d/%m/%Y"),
        "ends_at_1": local(session.ends_at).strftime("%H:%M:%S"),
        "language": session.language,
        "audience": session.audience,
        "is_open": "on",
        "capacity": session.capacity,
        "interpreter_language": "",
        "status": session.status,
        "practical_nl": "",
        "practical_fr": "",
        "registrations-TOTAL_FORMS": "0",
        "registrations-INITIAL_FORMS": "0",
    }
    return data | changes


@pytest.mark.django_db
def test_the_list_shows_how_full_each_session_is_and_who_waits(coordinator, make_session):
    session = make_session(capacity=3)
    register(session_id=session.pk, name="A", email="a@example.org", adults=3)
    register(session_id=session.pk, name="B", email="b@example.org")
    register(session_id=session.pk, name="C", email="c@example.org")
    page = coordinator.get(reverse(CHANGELIST)).content.decode()
    assert "3 / 3" in page
    assert '<td class="field-waiting">2</td>' in page


@pytest.mark.django_db
def test_participant_export_opens_in_excel_is_safe_against_formulas_and_minimal(
    coordinator, make_session
):
    session = make_session()
    register(
        session_id=session.pk,
        name=' =HYPERLINK("http://x")',
        email="a@example.org",
        needs="+rolstoel",
    )
    register(session_id=session.pk, name="Élodie Müller", phone="+32470000001")
    response = coordinator.post(
        reverse(CHANGELIST), {"action": "export_participants", "_selected_action": [session.pk]}
    )
    assert (
        f"{timezone.localtime(session.starts_at):%Y-%m-%d}-gent.csv"
        in (response["Content-Disposition"])
    )
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads the accents right
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert len(rows) == 3
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {'\'=HYPERLINK("http://x")', "Élodie Müller"}
    assert by_name['\'=HYPERLINK("http://x")'][4] == "'+rolstoel"
    # Who comes and what they need; not how to reach them.
    assert "a@example.org" not in text and "470" not in text


@pytest.mark.django_db
def test_cancelling_sessions_asks_first_then_cancels_and_tells_everyone(coordinator, make_session):
    session = make_session(capacity=1)
    register(session_id=session.pk, name="A", email="a@example.org")
    register(session_id=session.pk, name="B", email="b@example.org")
    action = {"action": "cancel_sessions", "_selected_action": [session.pk]}
    question = coordinator.post(reverse(CHANGELIST), action)
    assert "2 personen te verwittigen" in question.content.decode()
    session.refresh_from_db()
    assert session.status == "planned"  # nothing happened yet

    coordinator.post(reverse(CHANGELIST), action | {"confirmed": "yes"})
    session.refresh_from_db()
    assert session.status == "cancelled" and session.seats_taken == 0
    assert set(Registration.objects.values_list("status", flat=True)) == {"cancelled"}
    assert Message.objects.filter(kind="session_cancelled").count() == 2


@pytest.mark.django_db
def test_registrations_are_shown_but_not_edited_in_the_session(coordinator, make_session):
    session = make_session(capacity=1)
    register(session_id=session.pk, name="Samira", email="s@example.org")
    page = coordinator.get(
        reverse("admin:trainings_trainingsession_change", args=[session.pk])
    ).content.decode()
    assert "Samira" in page
    assert 'name="registrations-0-status"' not in page
    assert 'name="registrations-0-DELETE"' not in page


@pytest.mark.django_db
def test_raising_the_capacity_moves_the_waiting_list_up(coordinator, make_session):
    session = make_session(capacity=1)
    register(session_id=session.pk, name="A", email="a@example.org")
    waiting = register(session_id=session.pk, name="B", email="b@example.org").registration
    response = coordinator.post(
        reverse("admin:trainings_trainingsession_change", args=[session.pk]),
        change_form(session, capacity=2),
    )
    assert response.status_code == 302
    waiting.refresh_from_db()
    session.refresh_from_db()
    assert waiting.status == "confirmed" and session.seats_taken == 2
    assert waiting.messages.filter(kind="moved_up").exists()


@pytest.mark.django_db
def test_impossible_seats_and_times_get_a_message_next_to_the_field(coordinator, make_session):
    session = make_session(capacity=5)
    register(session_id=session.pk, name="A", email="a@example.org", adults=3)
    url = reverse("admin:trainings_trainingsession_change", args=[session.pk])
    response = coordinator.post(url, change_form(session, capacity=2))
    assert response.status_code == 200
    assert "3 plaatsen zijn al ingenomen" in str(
        response.context["adminform"].form.errors["capacity"]
    )
    earlier = timezone.localtime(session.starts_at - timedelta(hours=1))
    response = coordinator.post(
        url,
        change_form(
            session, ends_at_0=earlier.strftime("%d/%m/%Y"), ends_at_1=earlier.strftime("%H:%M:%S")
        ),
    )
    assert response.context["adminform"].form.errors["ends_at"]
    session.refresh_from_db()
    assert session.capacity == 5


@pytest.mark.django_db
def test_practical_notes_are_written_in_both_languages(coordinator, make_session):
    # A French-reading parent got "Bon à savoir : Ingang via de speelplaats" (walkthrough).
    session = make_session()
    change = reverse("admin:trainings_trainingsession_change", args=[session.pk])
    response = coordinator.post(
        change, change_form(session, practical_nl="Ingang via de speelplaats.")
    )
    assert response.status_code == 200
    assert "ook in het Frans" in response.content.decode()
    session.refresh_from_db()
    assert session.practical_nl == ""
    both = change_form(
        session,
        practical_nl="Ingang via de speelplaats.",
        practical_fr="Entrée par la cour de récréation.",
    )
    assert coordinator.post(change, both).status_code == 302


@pytest.mark.django_db
def test_setting_the_status_to_cancelled_cancels_the_registrations(coordinator, make_session):
    session = make_session()
    register(session_id=session.pk, name="A", email="a@example.org")
    change = reverse("admin:trainings_trainingsession_change", args=[session.pk])
    # First asked: it tells everyone at once.
    asked = coordinator.post(change, change_form(session, status=TrainingSession.Status.CANCELLED))
    assert asked.status_code == 200
    assert "Annuleren brengt 1 persoon meteen op de hoogte" in asked.content.decode()
    assert (
        Registration.objects.get().status == "confirmed"
        and not Message.objects.filter(kind="session_cancelled").exists()
    )
    coordinator.post(
        change,
        change_form(session, status=TrainingSession.Status.CANCELLED, confirm_cancel="on"),
    )
    assert Registration.objects.get().status == "cancelled"
    assert Message.objects.filter(kind="session_cancelled").count() == 1


@pytest.mark.django_db
def test_a_coordinator_finds_a_caller_by_number_and_cancels_for_them(coordinator, make_session):
    """Found by their number in a POST (never in the address bar), cancelled there."""
    session = make_session(capacity=1)
    ahmed = register(session_id=session.pk, name="Ahmed", phone="+32470123456").registration
    waiting = register(session_id=session.pk, name="Bart", email="b@example.org").registration
    found = coordinator.post(reverse("privacy:person"), {"contact": "0470 12 34 56"})
    assert [r.name for r in found.context["found"].registrations] == ["Ahmed"]
    assert f'action="{reverse("privacy:cancel")}"' in found.content.decode()
    done = coordinator.post(
        reverse("privacy:cancel"), {"contact": "0470 12 34 56", "registration": ahmed.pk}
    )
    assert done.status_code == 200
    ahmed.refresh_from_db()
    waiting.refresh_from_db()
    assert ahmed.status == "cancelled"
    assert waiting.status == "confirmed"  # moved up: the seat did not stay empty
    assert "0470" not in done.request["PATH_INFO"] and not done.request.get("QUERY_STRING")


@pytest.mark.django_db
def test_someone_elses_registration_cannot_be_cancelled_through_a_contact(
    coordinator, make_session
):
    session = make_session()
    other = register(session_id=session.pk, name="Other", email="o@example.org").registration
    coordinator.post(
        reverse("privacy:cancel"), {"contact": "0470 12 34 56", "registration": other.pk}
    )
    other.refresh_from_db()
    assert other.status == "confirmed"


@pytest.mark.django_db
def test_the_registration_list_has_no_search_box(coordinator):
    page = coordinator.get(reverse("admin:trainings_registration_changelist")).content.decode()
    assert 'name="q"' not in page


@pytest.mark.django_db
def test_outgoing_messages_are_a_record_not_something_to_edit(coordinator, make_session):
    session = make_session()
    register(session_id=session.pk, name="A", email="a@example.org")
    message = Message.objects.get()
    page = coordinator.get(reverse("admin:outbox_message_changelist")).content.decode()
    assert "Inschrijving bevestigd" in page
    response = coordinator.post(
        reverse("admin:outbox_message_delete", args=[message.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Message.objects.filter(pk=message.pk).exists()


def request_form(coordinator, booking_request, **changes):
    url = reverse("admin:trainings_bookingrequest_change", args=[booking_request.pk])
    form = coordinator.get(url).context["adminform"].form
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name not in ("modules", "preferred_1")
    }
    local = timezone.localtime(booking_request.preferred_1)
    data |= {
        "modules": [m.pk for m in booking_request.modules.all()],
        "preferred_1_0": local.strftime("%d/%m/%Y"),
        "preferred_1_1": local.strftime("%H:%M:%S"),
        "venue": booking_request.venue_id or "",
        "session": "",
    }
    return coordinator.post(url, data | changes)


@pytest.mark.django_db
def test_declining_a_request_needs_a_reason_and_tells_the_organisation(
    coordinator, booking_request
):
    response = request_form(coordinator, booking_request, status="declined", decline_reason="")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["decline_reason"]
    booking_request.refresh_from_db()
    assert booking_request.status == BookingRequest.Status.RECEIVED

    reason = "Geen begeleider vrij in die week."
    response = request_form(coordinator, booking_request, status="declined", decline_reason=reason)
    assert response.status_code == 302
    assert booking_request.messages.filter(kind="request_declined").exists()


@pytest.mark.django_db
def test_a_request_is_planned_by_the_action_not_by_hand(coordinator, booking_request):
    response = request_form(coordinator, booking_request, status="planned")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["status"]


@pytest.mark.django_db
def test_planning_says_which_requests_it_could_not_plan(coordinator, booking_request):
    changelist = reverse("admin:trainings_bookingrequest_changelist")
    action = {
        "action": "plan",
        "_selected_action": [booking_request.pk],
        "plan_confirmed": "yes",
        f"plan-{booking_request.pk}-when": "1",
    }
    coordinator.post(changelist, action)
    booking_request.refresh_from_db()
    assert booking_request.status == BookingRequest.Status.PLANNED
    assert booking_request.messages.filter(kind="request_planned").exists()
    again = coordinator.post(changelist, action, follow=True)
    shown = [str(m) for m in again.context["messages"]]
    assert any("1 aanvraag werd niet gepland" in m for m in shown), shown


@pytest.mark.django_db
def test_module_checkboxes_can_be_saved_with_only_some_ticked(coordinator, make_session):
    session = make_session()
    change_form(session)  # gives the session a module
    Module.objects.create(number=2, slug="relations", title_nl="Relaties")
    page = coordinator.get(
        reverse("admin:trainings_trainingsession_change", args=[session.pk])
    ).content.decode()
    boxes = re.findall(r'<input type="checkbox" name="modules"[^>]*>', page)
    assert len(boxes) == 2 and not any("required" in box for box in boxes)


@pytest.mark.django_db
def test_cancelling_every_session_at_once_cancels_what_it_showed(coordinator, make_session):
    sessions = [make_session(), make_session(), make_session()]
    action = {
        "action": "cancel_sessions",
        "_selected_action": [sessions[0].pk],
        "select_across": "1",
    }
    question = coordinator.post(reverse(CHANGELIST), action).content.decode()
    ids = re.findall(r'name="_selected_action" value="(\d+)"', question)
    coordinator.post(
        reverse(CHANGELIST),
        {"action": "cancel_sessions", "_selected_action": ids, "confirmed": "yes"},
    )
    assert set(TrainingSession.objects.values_list("status", flat=True)) == {"cancelled"}


@pytest.mark.django_db
def test_staff_who_may_only_look_cannot_cancel(client, django_user_model, make_session):
    from django.contrib.auth.models import Permission

    viewer = django_user_model.objects.create_user(username="viewer", password="x", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_trainingsession"))
    login_verified(client, viewer)
    session = make_session()
    client.post(
        reverse(CHANGELIST),
        {"action": "cancel_sessions", "_selected_action": [session.pk], "confirmed": "yes"},
    )
    session.refresh_from_db()
    assert session.status == "planned"


@pytest.mark.django_db
def test_correcting_an_address_to_one_already_registered_says_so(coordinator, make_session):
    session = make_session()
    register(session_id=session.pk, name="A", email="a@example.org")
    other = register(session_id=session.pk, name="B", email="b@example.org").registration
    url = reverse("admin:trainings_registration_change", args=[other.pk])
    response = coordinator.post(
        url,
        {"name": "B", "email": "A@example.org", "phone": "", "childcare_ages": "", "needs": ""}
        | {"language": "nl"},
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["email"]
    other.refresh_from_db()
    assert other.email == "b@example.org"


@pytest.mark.django_db
def test_exporting_sessions_that_are_gone_says_so(coordinator):
    response = coordinator.post(
        reverse(CHANGELIST),
        # "Select all" on a list that has emptied in the meantime.
        {"action": "export_participants", "_selected_action": [999], "select_across": "1"},
        follow=True,
    )
    assert response.status_code == 200
    assert not response.get("Content-Disposition")
